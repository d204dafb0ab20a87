import type { AdaptiveCardJson, JobPreview } from '../../cards';
import type { InvokeAnswer } from './Reply';

/** One result of a search or an unfurled link: the preview in the list, the card that is inserted. */
export interface ComposeResult {
  card: AdaptiveCardJson;
  preview: JobPreview;
}

/**
 * The answer Teams expects to `composeExtension/query` and `queryLink`: a list of attachments, each
 * an Adaptive Card with a thumbnail preview. An empty list is "no results" (for a link: not unfurled).
 * https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search
 */
export const composeResults = (results: ComposeResult[]): InvokeAnswer => ({
  status: 200,
  body: {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: results.map(({ card, preview }) => ({
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: card,
        preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: preview },
      })),
    },
  },
});

/** A sentence shown in place of results: why there are none (not understood, refused, the upstream failed). */
export const composeMessage = (text: string): InvokeAnswer => ({
  status: 200,
  body: { composeExtension: { type: 'message', text } },
});
