import { readPort } from './readPort';

describe('PORT', () => {
  test.each([
    [undefined, 7071],
    ['', 7071],
    ['8080', 8080],
    [' 0 ', 0],
  ])('%p → %p', (value, port) => {
    expect(readPort(value)).toBe(port);
  });

  test.each(['7071x', '-1', '65536', '70.5', 'http'])('%p is a configuration error naming PORT', (value) => {
    expect(() => readPort(value)).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining('PORT') }),
    );
  });
});
