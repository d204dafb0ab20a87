import { cardTemplate } from './expand';
import type { AdaptiveCardJson } from './expand';
import template from './templates/refusal.json';

const refusal = cardTemplate<Record<string, never>>(template);

/** The only answer for tenants not in the allowed list: no data, no hints about the service. */
export const refusalCard = (): AdaptiveCardJson => refusal.expand({});
