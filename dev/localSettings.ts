import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const localSettingsSchema = z.object({ Values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}) });

/**
 * The settings the local host runs with, like Core Tools: local.settings.json `Values`
 * (created from local.settings.example.json when absent), overridden by the process environment.
 */
export function loadLocalSettings(root: string, env: Record<string, string | undefined>): Record<string, string | undefined> {
  const file = join(root, 'local.settings.json');
  if (!existsSync(file)) copyFileSync(join(root, 'local.settings.example.json'), file);
  const parsed = localSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`local.settings.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const values = Object.fromEntries(Object.entries(parsed.data.Values).map(([name, value]) => [name, String(value)]));
  return { ...values, ...env };
}

/** host.json's HTTP route prefix ("api" unless changed), so the local host serves the same URLs as Azure. */
export function readRoutePrefix(root: string): string {
  const host = z
    .object({ extensions: z.object({ http: z.object({ routePrefix: z.string().optional() }).optional() }).optional() })
    .parse(JSON.parse(readFileSync(join(root, 'host.json'), 'utf8')));
  return host.extensions?.http?.routePrefix ?? 'api';
}
