#!/usr/bin/env node
// The `imagecloud` executable (package.json "bin"): compiled to dist/cli/bin.js.
import { main } from './main';

void main(process.argv.slice(2));
