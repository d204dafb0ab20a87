/** Teams rejects bot messages above about 28 KB (the whole activity, so the card needs margin). */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/**
 * The largest list page the bot asks for: 50, the most the language allows ("top 50"). Rows are
 * compact (a Container, the status icon inline, a select action carrying only the job id, names
 * capped in bytes), about 450 bytes each: the worst case (longest words and names, 120-character
 * reading, long zone) is about 25 KB at 50 rows (see test/cards/cardSize.test.ts).
 */
export const MAX_LIST_ROWS = 50;
