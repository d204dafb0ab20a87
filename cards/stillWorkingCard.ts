import { executeAction, listContext } from './actions';
import type { ExecuteAction, ListContext } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { displayText } from './text';
import template from './templates/stillWorking.json';

export interface StillWorkingInput {
  /** What is being fetched; defaults to `retry.reading`. */
  reading?: string;
  /** The list to fetch again. */
  retry: ListContext;
}

const stillWorking = cardTemplate<{ message: string; actions: ExecuteAction[] }>(template);

/** Answer for an invoke that outlives Teams' invoke timeout: the upstream is slow, tap to fetch again. */
export function stillWorkingCard({ reading, retry }: StillWorkingInput): AdaptiveCardJson {
  const what = displayText(reading ?? retry.reading, 120, 'your jobs');
  return stillWorking.expand({
    message: `AvePoint is slow to answer “${what}”. Tap Refresh in a moment to see the result.`,
    actions: [executeAction({ verb: 'retry', ...listContext(retry.query, retry.reading, retry.timeZone) }, '🔄 Refresh')],
  });
}
