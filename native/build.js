#!/usr/bin/env node
// Builds the addon with node-gyp against the headers of the Node.js that runs this script
// (<prefix>/include/node), so a build never downloads headers. A machine without a C++
// toolchain or libbpf.so.1 still installs: live capture then reports the addon as missing.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const nodedir = path.resolve(path.dirname(process.execPath), '..');
if (!fs.existsSync(path.join(nodedir, 'include', 'node', 'node_api.h'))) {
  console.warn(`ebpf-capture-reader: no Node.js headers under ${nodedir}/include/node; live capture will be unavailable`);
  process.exit(0);
}
// npm puts its own node-gyp on PATH for install scripts; run by hand, use the one npm ships
const bundled = path.join(nodedir, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
const args = ['rebuild', `--nodedir=${nodedir}`];
let r = spawnSync('node-gyp', args, { cwd: __dirname, stdio: 'inherit' });
if (r.error && fs.existsSync(bundled)) r = spawnSync(process.execPath, [bundled, ...args], { cwd: __dirname, stdio: 'inherit' });
if (r.status !== 0) {
  console.warn('ebpf-capture-reader: build failed; live capture will be unavailable (replay is not affected)');
  if (process.env.TSYSDIG_REQUIRE_LIVE === '1') process.exit(1);
}
