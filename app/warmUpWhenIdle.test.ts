import { WARM_UP_AFTER_MS, warmUpWhenIdle } from './warmUpWhenIdle';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('warmUpWhenIdle', () => {
  test('prepares once, WARM_UP_AFTER_MS after start-up, not before', async () => {
    const prepare = jest.fn(async () => undefined);
    const warmUp = warmUpWhenIdle(prepare);
    jest.advanceTimersByTime(WARM_UP_AFTER_MS - 1);
    expect(prepare).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(prepare).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(10 * WARM_UP_AFTER_MS);
    expect(prepare).toHaveBeenCalledTimes(1);
    await warmUp.stop();
  });

  test('stopped before its time, it never prepares', async () => {
    const prepare = jest.fn(async () => undefined);
    await warmUpWhenIdle(prepare).stop();
    jest.advanceTimersByTime(10 * WARM_UP_AFTER_MS);
    expect(prepare).not.toHaveBeenCalled();
  });

  test('stopped while preparing, stop() waits until the warm-up has ended', async () => {
    let finish!: () => void;
    const prepare = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const warmUp = warmUpWhenIdle(prepare);
    jest.advanceTimersByTime(WARM_UP_AFTER_MS);
    let stopped = false;
    const stopping = warmUp.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });

  test('a warm-up that fails is left to the first request: it rejects nothing, stop() included', async () => {
    const warmUp = warmUpWhenIdle(async () => Promise.reject(new Error('storage SDK missing')));
    jest.advanceTimersByTime(WARM_UP_AFTER_MS);
    await expect(warmUp.stop()).resolves.toBeUndefined();
  });
});
