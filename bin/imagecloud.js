#!/usr/bin/env node
'use strict';
// This repository's CLI from the TypeScript sources through tsx, so tests and
// `npm start` never run stale output. The published package's bin is the
// compiled dist/cli/bin.js instead.
require('tsx/cjs/api').register();
require('../src/cli/bin.ts');
