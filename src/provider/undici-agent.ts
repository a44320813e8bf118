/**
 * What the client uses of undici, for the provider bundle only (see
 * SUBSTITUTES in source-bundle.ts): the Agent, with the request API that
 * undici's index attaches to every dispatcher. The rest of undici's index
 * (fetch, WebSocket, EventSource, caches, mocks) would triple what a launch
 * that configures the provider loads. Deep paths of the undici version the
 * lockfile pins; the provider tests fail if they move.
 */
const Agent = require('undici/lib/dispatcher/agent');
const Dispatcher = require('undici/lib/dispatcher/dispatcher');
const api = require('undici/lib/api');

Object.assign(Dispatcher.prototype, api);

export { Agent };
