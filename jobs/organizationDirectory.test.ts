import type { Organization } from './model';
import { createOrganizationDirectory, type OrganizationStore } from './organizationDirectory';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const page = (orgs: Organization[]) => ({
  totalCount: orgs.length,
  pageIndex: 1,
  pageSize: 100,
  nextLink: null,
  jobs: orgs.map((o) => ({ organizationId: o.id, organizationName: o.name }) as never),
});

function setup(stored: Organization[] = []) {
  let clock = 0;
  const saved: Organization[][] = [];
  let reads = 0;
  const store: OrganizationStore = { list: async () => (reads++, stored), save: async (o) => void saved.push(o) };
  const client = {
    getJobs: jest.fn(async () =>
      page([
        { id: 'b', name: 'Fabrikam' },
        { id: 'a', name: 'Contoso' },
        { id: 'a', name: 'Contoso' },
      ]),
    ),
  };
  const directory = createOrganizationDirectory({ client, store, now: () => new Date(clock), logger: silent, ttlMs: 1000 });
  return { directory, client, saved, reads: () => reads, advance: (ms: number) => (clock += ms) };
}

describe('organisation directory', () => {
  it('fills an empty store on demand from recent jobs, distinct and sorted', async () => {
    const { directory, saved } = setup();
    const expected = [
      { id: 'a', name: 'Contoso' },
      { id: 'b', name: 'Fabrikam' },
    ];
    expect(await directory.list()).toEqual(expected);
    expect(saved).toEqual([expected]);
  });

  it('shares one scan among concurrent first requests', async () => {
    const { directory, client } = setup();
    const lists = await Promise.all([directory.list(), directory.list(), directory.refresh()]);
    expect(new Set(lists.map((list) => JSON.stringify(list))).size).toBe(1);
    expect(client.getJobs).toHaveBeenCalledTimes(1);
  });

  it('answers from the store, then from the instance cache until the TTL passes', async () => {
    const { directory, client, reads, advance } = setup([{ id: 'n', name: 'Northwind Traders' }]);
    expect(await directory.list()).toEqual([{ id: 'n', name: 'Northwind Traders' }]);
    await directory.list();
    expect(reads()).toBe(1);
    advance(1000);
    await directory.list();
    expect(reads()).toBe(2);
    expect(client.getJobs).not.toHaveBeenCalled();
  });
});
