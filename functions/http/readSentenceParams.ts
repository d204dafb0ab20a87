import { ValidationError } from '../../shared/errors';
import type { Organization } from '../../jobs/model';
import { timeProblemMessage } from '../../jobs/timeProblemMessage';
import { luxonZoneName } from '../../jobs/timeZone';
import type { Intent, Understand, Understanding } from '../../reader/types';

export interface SentenceDeps {
  understand: Understand;
  organizations: () => Promise<Organization[]>;
  now: () => Date;
}

/**
 * Reads `q` (with `tz` and `locale`) like the bot reads a message, for GET /api/jobs and
 * /api/summary. A sentence read as another intent, or naming an organisation nobody knows, is a
 * 400 naming `q`: an HTTP caller cannot answer "did you mean …?", and a widened query would mislead.
 */
export async function readSentenceParams(
  params: URLSearchParams,
  accepted: readonly Intent[],
  deps: SentenceDeps,
  maxPageSize: number,
): Promise<Understanding> {
  const sentence = params.get('q') ?? '';
  const understanding = deps.understand(sentence, {
    now: deps.now(),
    ...readZoneAndLocale(params),
    organizations: await deps.organizations(),
    maxPageSize,
  });
  // Words that cannot be used are never dropped to answer a broader question: the caller is told which, and what would work.
  if (understanding.clarification) {
    const { message, words, choices } = understanding.clarification;
    throw new ValidationError([{ field: 'q', message, words, suggestions: choices.map((choice) => choice.sentence) }]);
  }
  // The rules of start/end apply to sentences too, said in the sentence's own words.
  if (understanding.timeProblem) throw new ValidationError([{ field: 'q', message: timeProblemMessage(understanding.timeProblem) }]);
  if (!accepted.includes(understanding.intent)) {
    throw new ValidationError([
      { field: 'q', message: `must describe jobs (e.g. "failed backups yesterday"); it was read as ${understanding.intent}` },
    ]);
  }
  return understanding;
}

/** What the response says about how `q` was read. */
export const interpretationOf = ({ reading, ignored, timeZone, intent }: Understanding) => ({ reading, ignored, timeZone, intent });

/** `tz` and `locale`, checked whether or not `q` is given. */
export function readZoneAndLocale(params: URLSearchParams): { timeZone: string; locale?: string } {
  const timeZone = params.get('tz')?.trim() || 'UTC';
  const locale = params.get('locale')?.trim() || undefined;
  const issues = [];
  if (luxonZoneName(timeZone) === undefined) issues.push({ field: 'tz', message: 'must be an IANA time zone such as Europe/Berlin' });
  if (locale !== undefined && !isLocale(locale)) issues.push({ field: 'locale', message: 'must be a BCP 47 locale such as en-GB' });
  if (issues.length > 0) throw new ValidationError(issues);
  return { timeZone, ...(locale && { locale }) };
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
