import { startLocalHost } from '../dev/startLocalHost';
import type { Logger } from '../shared/Logger';
import type { HostReady, HostRequest, HostReply } from './hostProtocol';

/** Samples RSS often enough to catch the peak of one page walk. */
const SAMPLE_MS = 10;

/**
 * The whole product (startLocalHost: facade, bot, embedded simulator, Azurite) in its own process,
 * so that benchmarks measure its memory and CPU apart from the load generator's. Driven over IPC.
 */
async function main(): Promise<void> {
  const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const host = await startLocalHost({ settings: {}, port: 0, logger: quiet });
  const simulator = host.simulator!;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), SAMPLE_MS);
  sampler.unref();
  process.on('message', (request: HostRequest) => {
    const reply = (message: HostReply) => process.send!(message);
    if (request.kind === 'memory') {
      // A full collection first, so that RSS reflects what is kept, not what is merely not yet collected.
      global.gc?.();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      reply({ kind: 'memory', rss, heapUsed, heapTotal, external, peakRss });
      peakRss = process.memoryUsage.rss();
    } else if (request.kind === 'close') {
      clearInterval(sampler);
      void host.close().then(() => process.exit(0));
    }
  });
  const ready: HostReady = {
    kind: 'ready',
    url: host.url,
    routePrefix: host.routePrefix,
    simulatorUrl: simulator.url,
    tokenUrl: simulator.tokenUrl,
    clientId: simulator.clients.secret.clientId,
    clientSecret: simulator.clients.secret.clientSecret,
  };
  process.send!(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
