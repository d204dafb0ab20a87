// What the deploy bundle gives the app for `undici`: the app takes only Agent from it and sends
// through the agent's own `request` method (avepoint/requestOn.ts). undici's index would also load
// fetch, WebSocket, EventSource, the mocks and the caches: four fifths of the package and a third
// of the cold start (docs/PERFORMANCE.md, figure 4a). The two lines below are what that index does
// for an Agent; test/infra/bundle.test.ts runs the facade and the bot through the bundle.
'use strict';
const Dispatcher = require('undici/lib/dispatcher/dispatcher');
Object.assign(Dispatcher.prototype, require('undici/lib/api'));
module.exports = { Agent: require('undici/lib/dispatcher/agent') };
