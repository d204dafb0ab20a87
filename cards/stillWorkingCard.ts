import { executeAction } from './actions';
import type { CardActionData, ExecuteAction } from './actions';
import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { displayText } from './text';
import template from './templates/stillWorking.json';

export interface StillWorkingInput {
  /** The action to run again: the list (verb retry) or the job (verb detail) that was asked for. */
  retry: CardActionData;
}

const stillWorking = cardTemplate<{ message: string; actions: ExecuteAction[] }>(template);

/** Answer for an invoke that outlives Teams' invoke timeout: the upstream is slow, tap to fetch again. */
export function stillWorkingCard({ retry }: StillWorkingInput): AdaptiveCardJson {
  const what =
    retry.verb === 'detail'
      ? displayText(`job ${retry.jobId}`, 120)
      : 'reading' in retry
        ? displayText(retry.reading, 120, 'your jobs')
        : 'your request';
  return stillWorking.expand({
    message: `AvePoint is slow to answer “${what}”. Tap Refresh in a moment to see the result.`,
    actions: [executeAction(retry, '🔄 Refresh')],
  });
}
