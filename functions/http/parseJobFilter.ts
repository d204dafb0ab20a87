import { ValidationError } from '../../shared/errors';
import type { JobQuery } from '../../jobs/model';
import { normalizeJobQuery, type RawJobQuery } from './normalizeJobQuery';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON null means "not given": generated clients send every property, null when unset. */
const given = (value: unknown) => (value === null ? undefined : value);

const NAMES = {
  page: 'pageInfo.currentPage',
  pageSize: 'pageInfo.pageSize',
  type: 'type',
  start: 'startTime',
  end: 'endTime',
  organizationId: 'organizationId',
  objectType: 'objectType',
};

/**
 * Reads a JobFilterModel body (the seed's shape) into a JobQuery. Unknown properties are ignored,
 * `finishTime` is a synonym of `endTime`, `status` may be one value or (our extension) an array.
 * Throws ValidationError naming each field by its JSON path.
 */
export function parseJobFilter(body: unknown, now: Date): JobQuery {
  if (!isRecord(body)) throw new ValidationError([{ field: '$', message: 'the body must be a JSON object (a JobFilterModel)' }]);
  const pageInfo = given(body.pageInfo);
  if (pageInfo !== undefined && !isRecord(pageInfo)) throw new ValidationError([{ field: 'pageInfo', message: 'must be an object' }]);
  const endTime = given(body.endTime);
  const finishTime = given(body.finishTime);
  const status = given(body.status);
  const raw: RawJobQuery = {
    page: given(pageInfo?.currentPage),
    pageSize: given(pageInfo?.pageSize),
    type: given(body.type),
    start: given(body.startTime),
    end: endTime ?? finishTime,
    statuses: Array.isArray(status)
      ? (status as unknown[]).map((value, i) => ({ value, field: `status[${i}]` }))
      : status === undefined
        ? []
        : [{ value: status, field: 'status' }],
    organizationId: given(body.organizationId),
    objectType: given(body.objectType),
  };
  return normalizeJobQuery(raw, endTime === undefined && finishTime !== undefined ? { ...NAMES, end: 'finishTime' } : NAMES, now);
}
