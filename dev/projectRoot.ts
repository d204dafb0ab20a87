import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding host.json: two levels above dist/dev/*.js, one above dev/*.ts under jest. */
export function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'host.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`host.json not found above ${from}`);
  }
}
