import type { TimeProblem } from './TimeProblem';

/** What to tell a user whose time cannot be answered, in their own words and with the limit. */
export function timeProblemMessage(problem: TimeProblem): string {
  switch (problem.kind) {
    case 'future':
      return `No job has run ${problem.words} yet: jobs are only known once they start. Ask about today or earlier.`;
    case 'tooLong':
      return `“${problem.words}” is longer than the ${problem.maxDays} days one question can cover. Ask for a shorter range, e.g. “last 90 days”.`;
    case 'tooEarly':
      return `“${problem.words}” is before ${problem.earliest.slice(0, 10)}, and there are no jobs that old. Ask about a later date.`;
  }
}
