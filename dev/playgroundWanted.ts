/** Values of PLAYGROUND that turn the chat window off. */
const OFF = new Set(['off', '0', 'false', 'no']);

/**
 * Whether `npm start` opens the Playground: not with `--no-playground` (which reaches the script only
 * as `npm start -- --no-playground`: npm keeps flags before `--` for itself) nor with PLAYGROUND=off
 * (or 0, false, no) in the environment or local.settings.json.
 */
export function playgroundWanted(args: readonly string[], setting: string | undefined): boolean {
  return !args.includes('--no-playground') && !OFF.has((setting ?? '').trim().toLowerCase());
}
