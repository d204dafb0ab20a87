import { startHostProcess } from './startHostProcess';
import { facadeTargets } from './facadeOverhead';

const CALLS = 100;

interface SimStats {
  tokenRequests: number;
  apiRequests: number;
}

const stats = async (simulatorUrl: string) => (await (await fetch(`${simulatorUrl}/_sim/stats`)).json()) as SimStats;

/** A fresh product (empty token cache) meets 100 concurrent facade calls: how many tokens does it ask for? */
export async function benchTokenEconomy(): Promise<{ concurrentCalls: number; tokenRequests: number; okAnswers: number }> {
  const host = await startHostProcess();
  try {
    const { facade } = await facadeTargets(host);
    // facadeTargets took one token for the direct target itself; count from here.
    const before = await stats(host.simulatorUrl);
    const statuses = await Promise.all(
      Array.from({ length: CALLS }, async () => {
        const response = await fetch(facade.url, { method: facade.method, headers: facade.headers, body: facade.body });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const after = await stats(host.simulatorUrl);
    return {
      concurrentCalls: CALLS,
      tokenRequests: after.tokenRequests - before.tokenRequests,
      okAnswers: statuses.filter((s) => s === 200).length,
    };
  } finally {
    await host.close();
  }
}
