import type { BotEndpoint } from './BotEndpoint';
import type { BotDependencies } from './BotDependencies';
import { refuseOpenEndpoint } from './refuseOpenEndpoint';
import { sharedPromise } from '../shared/sharedPromise';
import { errorLine } from '../shared/errorLine';

export type BuildBotEndpoint = (deps: BotDependencies) => Promise<BotEndpoint>;

/**
 * Loaded on demand: botbuilder and the card templating are about two thirds of the app's cold
 * start (docs/PERFORMANCE.md, figure 4), and a facade call never needs them. esbuild's bundle keeps
 * a dynamically imported module uninitialised until this runs.
 */
const loadAndBuild: BuildBotEndpoint = async (deps) => (await import('./createBotEndpoint')).createBotEndpoint(deps);

/**
 * The bot endpoint, built on the first request rather than at start-up. The start-up checks stay
 * eager: an open endpoint off loopback still throws here. Concurrent first requests share one
 * build; a failed build is logged, answered 500 and tried again on the next request.
 */
export function createLazyBotEndpoint(deps: BotDependencies, build: BuildBotEndpoint = loadAndBuild): BotEndpoint {
  refuseOpenEndpoint(deps.settings, deps.loopbackOnly);
  const endpoint = sharedPromise(() => build(deps), 'failed');
  const built = () =>
    endpoint().catch((error: unknown) => {
      deps.logger.error('Bot endpoint could not be built', {
        error: errorLine(error),
      });
      return undefined;
    });
  return {
    requiresToken: Boolean(deps.settings.appId),
    async prepare() {
      await (await built())?.prepare().catch((error: unknown) => {
        deps.logger.warn('Bot warm-up failed; the first turn builds what it needs', {
          error: errorLine(error),
        });
      });
    },
    async handle(request) {
      const bot = await built();
      return bot ? bot.handle(request) : { status: 500 };
    },
  };
}
