import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import { EXAMPLES, exampleActions } from './examples';
import type { ImBackAction } from './actions';
import { displayText } from './text';
import template from './templates/help.json';

export interface HelpInput {
  /** How much of the sentence was understood (the reading); presence makes this the "I did not understand" variant. */
  understood?: string;
  /** Words that were not understood. */
  ignored?: string[];
  /** An organisation name that matched none, with the closest known names. */
  unknownOrganization?: { name: string; suggestions: string[] };
}

interface HelpData {
  title: string;
  hasUnderstood: boolean;
  understood: string;
  hasIgnored: boolean;
  ignored: string;
  hasUnknownOrganization: boolean;
  unknownOrganization: string;
  language: { title: string; value: string }[];
  examples: { text: string; action: ImBackAction }[];
}

const help = cardTemplate<HelpData>(template);

/** The language in short: one line per part of a sentence. */
const LANGUAGE = [
  { title: 'Status', value: 'failed, in progress, finished, with warnings, problems' },
  { title: 'Type', value: 'backups, restores, dry runs, retention, audit, exports' },
  {
    title: 'When',
    value:
      'today, yesterday, last 24h, this week, last quarter, Q3, since the 15th, 3 days ago, between 8 and 6, July to September, on 20/11',
  },
  { title: 'Organisation', value: 'for contoso, org fabrikam, an organisation id; excluding contoso' },
  { title: 'Leave out', value: 'all except restores, other than finished ones, not running' },
  {
    title: 'Order and size',
    value: 'oldest first, top 5 largest, longest first, bigger than 10 GB, took longer than an hour, with failed items',
  },
  { title: 'Module', value: 'Customer Engagement, Finance and Operations, Power Apps, Dataverse' },
  { title: 'How many', value: 'top 5, page 2, then next or previous' },
  { title: 'One job', value: 'job and its id, e.g. job DCIB2026112722300031000000' },
  {
    title: 'Summary',
    value:
      'how are my backups?, were there any issues?, is anything running?, is contoso healthy?, when was the last good backup?, was the last backup ok?, how many backups failed this week?, what is our success rate?, which organisation has the worst record?',
  },
  {
    title: 'Alerts',
    value:
      'notify me about failed backups, warn if any organisation misses its backup, daily digest at 07:30, list my alerts, unsubscribe 2, stop all alerts, mute contoso for 4 hours',
  },
];

const quoteList = (words: readonly string[], max: number): string =>
  words
    .slice(0, max)
    .map((word) => `“${displayText(word, 40)}”`)
    .join(', ') + (words.length > max ? ', …' : '');

/** Pure: the help card's template data. */
export function helpData({ understood, ignored = [], unknownOrganization }: HelpInput = {}): HelpData {
  const confused = understood !== undefined || ignored.length > 0 || unknownOrganization !== undefined;
  const suggestions = unknownOrganization?.suggestions ?? [];
  return {
    title: confused ? 'I did not fully understand that' : 'What you can ask me',
    hasUnderstood: understood !== undefined,
    understood: `I understood: ${displayText(understood, 160, 'nothing yet')}`,
    hasIgnored: ignored.length > 0,
    ignored: `I ignored: ${quoteList(ignored, 8)}`,
    hasUnknownOrganization: unknownOrganization !== undefined,
    unknownOrganization:
      `I know no organisation called “${displayText(unknownOrganization?.name, 60)}”.` +
      (suggestions.length > 0 ? ` Did you mean ${quoteList(suggestions, 5)}?` : ''),
    language: LANGUAGE,
    examples: exampleActions(EXAMPLES).map((action) => ({ text: `▸ ${action.title}`, action })),
  };
}

/** The help card: the language in short and clickable examples; with `understood`/`ignored`, the "I did not understand" variant. */
export const helpCard = (input?: HelpInput): AdaptiveCardJson => help.expand(helpData(input));
