/**
 * Preloaded into the provider process (NODE_OPTIONS=--require) by tests of
 * long waits: every timer fires SCALE times sooner (FAST_TIMERS_SCALE), so a
 * 60-minute timeout or a 30-minute waiter default passes in seconds, matching
 * an emulator started with the same timeScale. Date.now is left alone: request
 * signatures carry the time and the emulator checks it.
 */
'use strict';
const scale = Number(process.env.FAST_TIMERS_SCALE);
if (!(scale >= 1)) throw new Error(`fast-timers: FAST_TIMERS_SCALE must be a number >= 1, got ${process.env.FAST_TIMERS_SCALE}`);
const { setTimeout: realSetTimeout, setInterval: realSetInterval } = globalThis;
globalThis.setTimeout = (callback, ms, ...args) => realSetTimeout(callback, (Number(ms) || 0) / scale, ...args);
globalThis.setInterval = (callback, ms, ...args) => realSetInterval(callback, (Number(ms) || 0) / scale, ...args);
