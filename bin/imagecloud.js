#!/usr/bin/env node
'use strict';
// Runs the compiled CLI when `npm run build` has produced it, else the TypeScript
// sources through tsx, so `npx imagecloud` works on a fresh clone after `npm ci`.
const path = require('node:path');
const fs = require('node:fs');

const compiled = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled).main(process.argv.slice(2));
} else {
  require('tsx/cjs/api').register();
  require(path.join(__dirname, '..', 'src', 'cli', 'main.ts')).main(process.argv.slice(2));
}
