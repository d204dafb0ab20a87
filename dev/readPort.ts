import { z } from 'zod';
import { ConfigurationError } from '../shared/errors';

const portSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().max(65_535));

/** The local host's PORT setting, checked like every other setting: a wrong value stops `npm start` naming it. */
export function readPort(value: string | undefined, fallback = 7071): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = portSchema.safeParse(value);
  if (!port.success) throw new ConfigurationError(`PORT must be a port number from 0 to 65535, e.g. 7071; it is "${value.slice(0, 20)}"`);
  return port.data;
}
