/** Teams rejects bot messages above about 28 KB (the whole activity, so the card needs margin). */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/**
 * The largest list page the bot should ask for. Measured with worst-case realistic rows
 * (long names, long reading, two statuses, an organisation filter, a long zone name): every row
 * carries its detail action twice (Execute and its Submit fallback) with the list context, about
 * 1.4 KB a row; 15 rows are about 24 KB, 20 rows about 31 KB (see test/cards/size.test.ts).
 */
export const MAX_LIST_ROWS = 15;
