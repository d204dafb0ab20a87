import type { TableClient } from '@azure/data-tables';

/** Table Storage requests seen on the wire, reads (GET) apart from writes (every other method, a refused insert too). */
export interface TableRequests {
  reads: number;
  writes: number;
}

/**
 * Counts every HTTP request a TableClient sends (retries included) with a pipeline policy: what
 * Table Storage bills and what a run waits for, rather than what the stores intend to do.
 */
export function countTableRequests(client: TableClient, counts: TableRequests): TableClient {
  client.pipeline.addPolicy({
    name: 'countTableRequests',
    sendRequest: (request, next) => {
      if (request.method === 'GET') counts.reads += 1;
      else counts.writes += 1;
      return next(request);
    },
  });
  return client;
}
