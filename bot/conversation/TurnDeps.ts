import type { SummaryService } from '../../jobs/createSummaryService';
import type { JobsService } from '../../jobs/JobsService';
import type { Logger } from '../../jobs/Logger';
import type { Understand } from '../../jobs/understand/types';
import type { ConversationStore } from '../ConversationStore';

/** What every conversation handler may use. */
export interface TurnDeps {
  jobs: JobsService;
  summaries: SummaryService;
  understand: Understand;
  conversations: ConversationStore;
  logger: Logger;
  now: () => Date;
}
