export { understand } from './understand';
export { describeQuery, DEFAULT_PAGE_SIZE } from './reading';
export type { Intent, UnderstandContext, Understanding } from './types';
