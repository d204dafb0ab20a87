/** Teams rejects bot messages above about 28 KB (the whole activity, so the card needs margin). */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/**
 * The largest list page the bot asks for (the language allows "top 50"). Each row is a ColumnSet
 * (status icon column, organisation over facts; Tables break on Teams mobile) with a select action
 * carrying only the job id, names capped in bytes: about 580 bytes a row in the worst case (longest
 * words, CJK names, 120-character reading, long zone), so 35 rows are about 23 KB and 40 would pass the
 * budget (see cards/cardSize.test.ts). Larger asks are capped and the card says so.
 */
export const MAX_LIST_ROWS = 35;
