#!/usr/bin/env node
// The conformance ratchet: case ids in passing.txt once passed against sysdig 0.29.3's
// expected output (../shared/conformance) and must keep passing.
//
//   node test/conformance/ratchet.mjs           run the listed cases; exit 1 if any fails
//   node test/conformance/ratchet.mjs --grow    run every case, add the newly passing ids
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const runner = resolve(root, '../shared/conformance/run');
const listFile = join(here, 'passing.txt');

export function listedCases() {
  return readFileSync(listFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export function runnerAvailable() { return existsSync(runner); }

function escape(id) { return id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/** Runs the given case ids (all when ids is null); returns { passed: Set, failed: Set, output }. */
export function runCases(ids, show = 5) {
  const args = ['--show', String(show)];
  if (ids) args.push('--only', `^(${ids.map(escape).join('|')})$`);
  const r = spawnSync(process.execPath, [runner, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const output = (r.stdout || '') + (r.stderr || '');
  const passed = new Set();
  const failed = new Set();
  for (const line of output.split('\n')) {
    const m = /^(ok|FAIL)\s+([^\s:]+)/.exec(line);
    if (m) (m[1] === 'ok' ? passed : failed).add(m[2]);
  }
  return { passed, failed, output, status: r.status };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!runnerAvailable()) {
    console.log(`conformance: skipped, ${runner} not found`);
    process.exit(0);
  }
  const grow = process.argv.includes('--grow');
  const listed = listedCases();
  const { passed, failed, output } = runCases(grow ? null : listed);
  if (grow) {
    const add = [...passed].filter((id) => !listed.includes(id)).sort();
    const lost = listed.filter((id) => !passed.has(id));
    if (add.length) writeFileSync(listFile, [...listed, ...add].join('\n') + '\n');
    console.log(`added ${add.length} case(s)${add.length ? ': ' + add.join(' ') : ''}`);
    if (lost.length) { console.log(`REGRESSED: ${lost.join(' ')}`); process.exit(1); }
  } else {
    process.stdout.write(output.split('\n').filter((l) => !/^ok /.test(l)).join('\n'));
    if (failed.size || passed.size !== listed.length) process.exit(1);
  }
}
