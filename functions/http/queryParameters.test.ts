import { ValidationError } from '../../shared/errors';
import { checkParameters, FILTER_PARAMETERS, SENTENCE_PARAMETERS, STATUS_PARAMETER } from './queryParameters';

const ALL = Object.keys(FILTER_PARAMETERS) as (keyof typeof FILTER_PARAMETERS)[];
const issuesOf = (query: string, fields = ALL, extra: readonly string[] = [STATUS_PARAMETER, ...SENTENCE_PARAMETERS]) => {
  try {
    checkParameters(new URLSearchParams(query), fields, extra);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
};

describe('query parameters: nothing unknown is ignored silently', () => {
  test.each([
    [
      'a misspelling, with the nearest name',
      'stauts=failed',
      { field: 'stauts', message: 'is not a parameter of this endpoint; did you mean "status"?' },
    ],
    ['the wrong case', 'Status=failed', { field: 'Status', message: 'is not a parameter of this endpoint; did you mean "status"?' }],
    ['a single-valued parameter twice', 'size=5&size=7', { field: 'size', message: 'is given more than once; give it once' }],
    [
      'one field under two names',
      'org=a&organizationId=b',
      { field: 'organizationId', message: 'names the same filter as org; give one of org, organizationId' },
    ],
    ['a name far from any', 'colour=blue', { field: 'colour', message: 'is not a parameter of this endpoint' }],
  ])('%s is refused', (_, query, issue) => {
    expect(issuesOf(query)).toEqual([issue]);
  });

  test.each([
    [
      'every documented name and alias',
      'page=1&size=5&type=1&start=2026-11-01&endTime=2026-11-02&organizationId=x&objectType=1&tz=UTC&locale=en-GB',
    ],
    ['status repeated', 'status=failed&status=finished'],
    ['the function key', 'code=secret&status=failed'],
  ])('%s is accepted', (_, query) => {
    expect(issuesOf(query)).toEqual([]);
  });

  test('an endpoint that takes fewer filters refuses the others', () => {
    expect(issuesOf('status=failed&page=2', ['type'], SENTENCE_PARAMETERS).map((issue) => issue.field)).toEqual(['status', 'page']);
  });
});
