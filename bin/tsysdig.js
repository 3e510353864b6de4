#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in dist/src/cli/main.js (compiled from src/ on install).
require('../dist/src/cli/main.js').main(process.argv.slice(2));
