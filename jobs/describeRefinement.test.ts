import { describeRefinement } from './describeRefinement';
import type { Refinement } from './Refinement';

const CONTOSO = '6f1c2a4e-3b5d-4e8f-9a10-2b3c4d5e6f70';
const FABRIKAM = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const UNKNOWN = '00000000-0000-4000-8000-000000000001';
const names: Record<string, string> = { [CONTOSO]: 'Contoso', [FABRIKAM]: 'Fabrikam' };
const GB = 1024 ** 3;

describe('describeRefinement', () => {
  test.each<[Refinement, string]>([
    [{}, ''],
    [{ excludeOrganizationIds: [CONTOSO] }, 'excluding Contoso'],
    [{ excludeOrganizationIds: [CONTOSO, FABRIKAM, UNKNOWN] }, `excluding Contoso, Fabrikam, ${UNKNOWN}`],
    [{ excludeTypes: [2, 32] }, 'except restores, exports'],
    [{ modules: ['Customer Engagement', 'Dataverse'] }, 'Customer Engagement or Dataverse'],
    [{ minSize: 10 * GB }, 'at least 10 GB'],
    [{ maxSize: 1536 * 1024 }, 'at most 1.5 MB'],
    [{ minSize: GB, maxSize: 2 * GB }, 'between 1 and 2 GB'],
    [{ minSize: 512 * 1024 ** 2, maxSize: 2 * GB }, 'between 512 MB and 2 GB'],
    [{ minSize: 0 }, 'at least 0 B'],
    [{ minDurationHours: 1 }, 'ran at least 1 h'],
    [{ maxDurationHours: 0.25 }, 'ran at most 15 min'],
    [{ minDurationHours: 1, maxDurationHours: 2.5 }, 'ran between 1 and 2.5 h'],
    [{ minFailedItems: 1 }, 'at least 1 failed item'],
    [{ minSkippedItems: 10 }, 'at least 10 skipped items'],
    [{ sort: 'oldest' }, 'oldest first'],
    [{ sort: 'mostFailed' }, 'most failed items first'],
    [{ limit: 5 }, 'top 5'],
    [
      { excludeOrganizationIds: [CONTOSO], modules: ['Customer Engagement'], minSize: 10 * GB, sort: 'oldest', limit: 5 },
      'excluding Contoso · Customer Engagement · at least 10 GB · oldest first · top 5',
    ],
  ])('%j reads “%s”', (refine, words) => {
    expect(describeRefinement(refine, (id) => names[id])).toBe(words);
  });
});
