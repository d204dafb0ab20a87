import type { Example } from './exampleKit';
import { OTHER_EXAMPLES } from './examplesOther';
import { WHAT_EXAMPLES } from './examplesWhat';
import { WHEN_EXAMPLES } from './examplesWhen';

export { contextOf, expectedQuery, type Example } from './exampleKit';

/** Every example sentence with its exact meaning; shared by the tests and the benchmark. */
export const EXAMPLES: readonly Example[] = [...WHAT_EXAMPLES, ...WHEN_EXAMPLES, ...OTHER_EXAMPLES];
