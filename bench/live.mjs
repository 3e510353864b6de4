#!/usr/bin/env node
// Live-capture overhead: `dd bs=1` (two syscalls per byte) alone, then with programs that do
// nothing attached to sys_enter/sys_exit (the floor), then while `tsysdig -w` records
// everything, then while `tsysdig -w ... proc.name!=dd` lets the probe drop dd's events in the
// kernel. Prints dd's slowdown, the events recorded per second and the drops.
// Needs root and the ebpf-capture-reader addon.
//
//   node bench/live.mjs [--count N] [--runs R]
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : def; };
const COUNT = arg('--count', 1_000_000);
const RUNS = arg('--runs', 3);
const OUT = path.join(os.tmpdir(), 'tsysdig-bench-live.scap');

if (process.getuid?.() !== 0) {
  console.error('bench/live.mjs: live capture needs root');
  process.exit(1);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeDd() {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('dd', ['if=/dev/zero', 'of=/dev/null', 'bs=1', `count=${COUNT}`], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('dd failed');
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Runs dd while tsysdig captures with the given filter; returns dd's time and tsysdig's counters. */
async function underCapture(filter) {
  const proc = spawn(process.execPath, [BIN, '-v', '-w', OUT, ...filter], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => proc.on('close', resolve));
  // the probe is attached once the capture file has its head
  for (let i = 0; i < 100 && !(fs.existsSync(OUT) && fs.statSync(OUT).size > 0); i++) await sleep(50);
  await sleep(300);
  const seconds = timeDd();
  proc.kill('SIGINT');
  const code = await exited;
  if (code !== 0) throw new Error(`tsysdig exited ${code}: ${stderr.trim()}`);
  const num = (k) => Number((new RegExp(`${k}:(\\d+)`).exec(stderr) ?? [])[1] ?? NaN);
  return { seconds, events: num('Driver Events'), drops: num('Driver Drops'), bytes: fs.statSync(OUT).size };
}

/**
 * dd while the probe's floor_ programs (which do nothing) are attached to sys_enter/sys_exit:
 * what tracing every syscall costs before a single event is recorded.
 */
async function underFloor() {
  const script = `
    const { CaptureSession } = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'ebpf-capture-reader'))});
    const s = new CaptureSession({ attachPrefix: 'floor_' });
    s.start(() => {});
    process.stdout.write('ready\\n');
    process.stdin.once('data', async () => { await s.stop(); process.exit(0); });`;
  const proc = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise((resolve) => proc.stdout.once('data', resolve));
  const seconds = timeDd();
  proc.stdin.write('stop\n');
  await new Promise((resolve) => proc.on('close', resolve));
  return { seconds, events: 0, drops: 0, bytes: 0 };
}

const alone = [];
const floor = [];
const all = [];
const filtered = [];
for (let r = 0; r < RUNS; r++) {
  alone.push(timeDd());
  floor.push(await underFloor());
  all.push(await underCapture([]));
  filtered.push(await underCapture(['proc.name!=dd']));
}
fs.rmSync(OUT, { force: true });

const base = median(alone);
const row = (name, runs) => {
  const s = median(runs.map((x) => x.seconds));
  const ev = median(runs.map((x) => x.events));
  const drops = Math.max(...runs.map((x) => x.drops));
  console.log(`${name.padEnd(34)} dd ${s.toFixed(3)} s  slowdown ${(s / base).toFixed(2)}x  ` +
    `events ${ev}  ${(ev / s / 1e6).toFixed(2)} M ev/s  max drops ${drops}  file ${(median(runs.map((x) => x.bytes)) / 1e6).toFixed(1)} MB`);
};
console.log(`dd if=/dev/zero of=/dev/null bs=1 count=${COUNT}, ${RUNS} runs, medians`);
console.log(`${'dd alone'.padEnd(34)} dd ${base.toFixed(3)} s`);
const f = median(floor.map((x) => x.seconds));
console.log(`${'empty programs on sys_enter/exit'.padEnd(34)} dd ${f.toFixed(3)} s  slowdown ${(f / base).toFixed(2)}x  (the floor of any syscall tracer here)`);
row('tsysdig -w (everything)', all);
row('tsysdig -w proc.name!=dd', filtered);
