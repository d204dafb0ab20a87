import { app } from '@azure/functions';
import { compose } from '../app/compose';
import { loadConfig } from '../app/config';
import { warmUpWhenIdle } from '../app/warmUpWhenIdle';
import { registrations } from './registrations';

// The Functions host loads this file once per worker: read settings, compose, register every row.
const composed = compose(loadConfig(process.env), { loopbackOnly: false });
const { http, timers } = registrations(composed);
for (const { name, methods, authLevel, route, handler } of http) app.http(name, { methods, authLevel, route, handler });
for (const { name, schedule, handler } of timers) app.timer(name, { schedule, handler });
// What start-up leaves to first use (the bot, the storage SDK) is built before a user asks: by
// the warm-up trigger before a scaled-out instance takes traffic, and a moment after any other start.
app.warmup('warmup', { handler: () => composed.prepare() });
warmUpWhenIdle(() => composed.prepare());
