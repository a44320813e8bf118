#!/usr/bin/env node
'use strict';
// The CLI runs from the TypeScript sources through tsx, so `npx imagecloud`
// works on a fresh clone after `npm ci` with no build step and never runs stale output.
require('tsx/cjs/api').register();
require('../src/cli/main.ts').main(process.argv.slice(2));
