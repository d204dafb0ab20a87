import type { Dispatcher } from 'undici';

/**
 * One request on the client's own connection pool, through the pool's `request` method rather than
 * undici's top-level `request` (the same call): the deploy bundle then needs undici's Agent alone,
 * not the whole package (infra/bundle.js, docs/PERFORMANCE.md figure 4a).
 */
export function requestOn(
  dispatcher: Dispatcher,
  url: string,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'>,
): Promise<Dispatcher.ResponseData> {
  const { origin, pathname, search } = new URL(url);
  return dispatcher.request({ ...options, origin, path: `${pathname}${search}` });
}
