#!/usr/bin/env node
// Replay benchmark: tsysdig vs sysdig on a large synthesized capture.
//
//   node bench/replay.mjs [--events N] [--runs N] [--from FILE] [--out FILE] [--variant NAME]... [--no-verify]
//
// 1. Builds a big capture (default 1,000,000 events) in /tmp/tsysdig-bench/ from a real
//    capture: its metadata blocks once, then its event blocks repeated with timestamps
//    shifted by (span of the original + 1 ms) per repetition. Reused when it already
//    exists for the same source and event count.
// 2. Times `tsysdig -r BIG <args>` and `sysdig -r BIG <args>` alternately (TZ=UTC, stdout to
//    /dev/null) for each variant below, with peak RSS from /usr/bin/time -f %M (or
//    /proc/<pid>/status VmHWM polling when GNU time is missing).
// 3. Checks once per variant that both outputs are byte-identical.
//
// The third-party corpus is only read; the generated capture lives in /tmp.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

// ---- command-line variants: args appended after `-r BIG` -------------------------------
const VARIANTS = [
  { name: 'default', args: [] },
  // the filter/format issue's three measurements (the capture repeats curl_google.scap)
  { name: 'filter', args: ['proc.name=curl and evt.type=sendto'] },
  // curl_google's sockets are IPv6 ones: fd.type=ipv6 is the equivalent of the ipv4
  { name: 'format', args: ['-p', '%evt.num %proc.name %fd.name %evt.type', 'fd.type=ipv6'] },
  { name: 'json', args: ['-j', 'evt.type in (sendto,recvfrom)'] },
  // the chisel issue's two measurements
  { name: 'topprocs_net', args: ['-c', 'topprocs_net'] },
  { name: 'fdbytes_by', args: ['-c', 'fdbytes_by', 'fd.name'] },
];

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const TSYSDIG = path.join(ROOT, 'bin', 'tsysdig.js');
const WORKDIR = '/tmp/tsysdig-bench';

// ---- options --------------------------------------------------------------------------
function parseArgs(argv) {
  const o = {
    events: 1_000_000, runs: 5,
    from: path.resolve(ROOT, '..', 'shared', 'conformance', 'corpus', 'curl_google.scap'),
    out: path.join(WORKDIR, 'big.scap'), variants: [], verify: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    switch (a) {
      case '--events': o.events = Number(val()); break;
      case '--runs': o.runs = Number(val()); break;
      case '--from': o.from = path.resolve(val()); break;
      case '--out': o.out = path.resolve(val()); break;
      case '--variant': o.variants.push(val()); break;
      case '--no-verify': o.verify = false; break;
      case '-h': case '--help':
        console.log('usage: node bench/replay.mjs [--events N] [--runs N] [--from FILE] [--out FILE] [--variant NAME]... [--no-verify]');
        console.log('variants: ' + VARIANTS.map((v) => v.name).join(', '));
        process.exit(0);
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!Number.isInteger(o.events) || o.events < 1) throw new Error('--events must be a positive integer');
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  return o;
}

// ---- capture synthesis ----------------------------------------------------------------
const SHB = 0x0a0d0d0a;
// event block types -> whether a u32 flags word follows cpuid
const EVENT_BLOCKS = new Map([
  [0x204, false], [0x8010abcd, false], [0x216, false], [0x221, false],
  [0x208, true], [0x217, true], [0x222, true],
]);

function readCapture(file) {
  let d = fs.readFileSync(file);
  if (d[0] === 0x1f && d[1] === 0x8b) d = zlib.gunzipSync(d);
  if (d.length < 12 || d.readUInt32LE(0) !== SHB) throw new Error(`${file}: not a little-endian scap capture`);
  const meta = [];
  const events = []; // { start, end, tsOff }
  let minTs = null, maxTs = null;
  for (let p = 0; p < d.length;) {
    if (p + 8 > d.length) throw new Error(`${file}: truncated block header at ${p}`);
    const type = d.readUInt32LE(p);
    const len = d.readUInt32LE(p + 4);
    if (len < 12 || p + len > d.length) throw new Error(`${file}: bad block length ${len} at ${p}`);
    const hasFlags = EVENT_BLOCKS.get(type);
    if (hasFlags === undefined) {
      meta.push(d.subarray(p, p + len));
    } else {
      const tsOff = p + 8 + 2 + (hasFlags ? 4 : 0);
      const ts = d.readBigUInt64LE(tsOff);
      if (minTs === null || ts < minTs) minTs = ts;
      if (maxTs === null || ts > maxTs) maxTs = ts;
      events.push({ start: p, end: p + len, tsOff });
    }
    p += len;
  }
  if (events.length === 0) throw new Error(`${file}: no event blocks`);
  return { data: d, meta, events, minTs, maxTs };
}

function synthesize(opts) {
  const st = fs.statSync(opts.from);
  const stamp = { from: opts.from, size: st.size, mtimeMs: st.mtimeMs, events: opts.events, v: 1 };
  const metaFile = opts.out + '.meta.json';
  try {
    const old = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    if (JSON.stringify(old.stamp) === JSON.stringify(stamp) && fs.statSync(opts.out).size === old.bytes) {
      console.log(`capture: reusing ${opts.out} (${opts.events} events, ${(old.bytes / 2 ** 20).toFixed(1)} MiB)`);
      return;
    }
  } catch { /* regenerate */ }

  const t0 = process.hrtime.bigint();
  const cap = readCapture(opts.from);
  const shift = cap.maxTs - cap.minTs + 1_000_000n; // span + 1 ms
  // one contiguous template of all event blocks, with ts offsets relative to it
  const parts = cap.events.map((e) => cap.data.subarray(e.start, e.end));
  const template = Buffer.concat(parts);
  const tsOffs = [];
  const ends = [];
  let acc = 0;
  for (const e of cap.events) {
    tsOffs.push(acc + (e.tsOff - e.start));
    acc += e.end - e.start;
    ends.push(acc);
  }

  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  const tmp = opts.out + '.tmp';
  const fd = fs.openSync(tmp, 'w');
  let bytes = 0;
  const write = (b) => { let o = 0; while (o < b.length) o += fs.writeSync(fd, b, o); bytes += b.length; };
  for (const m of cap.meta) write(m);
  const per = cap.events.length;
  const buf = Buffer.allocUnsafe(template.length);
  let left = opts.events;
  for (let rep = 0n; left > 0; rep++) {
    template.copy(buf);
    const delta = shift * rep;
    const n = Math.min(per, left);
    for (let i = 0; i < n; i++) buf.writeBigUInt64LE(template.readBigUInt64LE(tsOffs[i]) + delta, tsOffs[i]);
    write(n === per ? buf : buf.subarray(0, ends[n - 1]));
    left -= n;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, opts.out);
  fs.writeFileSync(metaFile, JSON.stringify({ stamp, bytes }));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`capture: wrote ${opts.out}: ${cap.meta.length} metadata blocks + ${opts.events} events ` +
    `(${per} per repetition from ${path.basename(opts.from)}, shift ${shift} ns), ` +
    `${(bytes / 2 ** 20).toFixed(1)} MiB in ${(ms / 1000).toFixed(1)} s`);
}

// ---- running ---------------------------------------------------------------------------
const HAVE_GNU_TIME = (() => {
  try { return spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0; } catch { return false; }
})();
const HAVE_SYSDIG = (() => {
  const r = spawnSync('sysdig', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0 ? r.stdout.trim() : null;
})();

function commandFor(tool, big, variant) {
  return tool === 'tsysdig'
    ? [process.execPath, [TSYSDIG, '-r', big, ...variant.args]]
    : ['sysdig', ['-r', big, ...variant.args]];
}

/** Runs one command, stdout to `outFile`; resolves { wall, rssKiB, code }. */
function run(cmd, args, outFile = '/dev/null') {
  return new Promise((resolve, reject) => {
    const outFd = fs.openSync(outFile, 'w');
    const env = { ...process.env, TZ: 'UTC' };
    let stderr = '';
    let hwm = 0;
    let poll = null;
    const t0 = process.hrtime.bigint();
    const child = HAVE_GNU_TIME
      ? spawn('/usr/bin/time', ['-f', '__RSS__%M', cmd, ...args], { env, stdio: ['ignore', outFd, 'pipe'] })
      : spawn(cmd, args, { env, stdio: ['ignore', outFd, 'pipe'] });
    if (!HAVE_GNU_TIME) {
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
        } catch { /* gone */ }
      }, 20);
    }
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      fs.closeSync(outFd);
      let rssKiB = hwm;
      if (HAVE_GNU_TIME) {
        const m = /__RSS__(\d+)\s*$/.exec(stderr);
        if (m) { rssKiB = Number(m[1]); stderr = stderr.slice(0, m.index); }
      }
      resolve({ wall, rssKiB, code, stderr });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function hashFile(file) {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    let lines = 0;
    const s = fs.createReadStream(file);
    s.on('data', (c) => {
      h.update(c);
      for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) lines++;
    });
    s.on('error', reject);
    s.on('end', () => resolve({ sha: h.digest('hex'), lines, bytes: fs.statSync(file).size }));
  });
}

async function verify(big, variant) {
  const tOut = path.join(WORKDIR, `${variant.name}.tsysdig.out`);
  const sOut = path.join(WORKDIR, `${variant.name}.sysdig.out`);
  const [tc, ta] = commandFor('tsysdig', big, variant);
  const [sc, sa] = commandFor('sysdig', big, variant);
  const tr = await run(tc, ta, tOut);
  const sr = await run(sc, sa, sOut);
  const th = await hashFile(tOut);
  const sh = await hashFile(sOut);
  const same = th.sha === sh.sha;
  let line = `  verify: ${same ? 'MATCH' : 'DIFFER'} — tsysdig ${th.lines} lines/${th.bytes} B (exit ${tr.code}), ` +
    `sysdig ${sh.lines} lines/${sh.bytes} B (exit ${sr.code})`;
  if (!same) {
    const c = spawnSync('cmp', [tOut, sOut], { encoding: 'utf8' });
    line += `\n  cmp: ${(c.stdout + c.stderr).trim()}\n  outputs kept: ${tOut} ${sOut}`;
  } else {
    fs.rmSync(tOut); fs.rmSync(sOut);
  }
  console.log(line);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const variants = opts.variants.length
    ? opts.variants.map((n) => VARIANTS.find((v) => v.name === n) ?? (() => { throw new Error(`unknown variant ${n}`); })())
    : VARIANTS;
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ missing: run `npx tsc -p .` first');
  synthesize(opts);
  const big = opts.out;
  console.log(`node ${process.version}; sysdig: ${HAVE_SYSDIG ?? 'NOT INSTALLED (timing tsysdig only)'}; ` +
    `RSS via ${HAVE_GNU_TIME ? '/usr/bin/time -f %M' : '/proc VmHWM polling'}; runs ${opts.runs}; TZ=UTC`);

  for (const v of variants) {
    console.log(`\nvariant '${v.name}': -r BIG ${v.args.map((a) => JSON.stringify(a)).join(' ')}`);
    const t = [], s = [];
    const tools = HAVE_SYSDIG ? ['tsysdig', 'sysdig'] : ['tsysdig'];
    for (let i = 0; i < opts.runs; i++) {
      for (const tool of tools) {
        const [cmd, args] = commandFor(tool, big, v);
        const r = await run(cmd, args);
        if (r.code !== 0) console.log(`  ${tool} run ${i + 1}: exit ${r.code}${r.stderr ? ': ' + r.stderr.trim().split('\n').slice(-3).join(' | ') : ''}`);
        (tool === 'tsysdig' ? t : s).push(r);
      }
      process.stdout.write(`  run ${i + 1}: tsysdig ${t[i].wall.toFixed(2)} s` + (HAVE_SYSDIG ? `, sysdig ${s[i].wall.toFixed(2)} s` : '') + '\n');
    }
    const tw = median(t.map((r) => r.wall));
    const trss = median(t.map((r) => r.rssKiB)) / 1024;
    const tmax = Math.max(...t.map((r) => r.rssKiB)) / 1024;
    console.log(`  tsysdig: median ${tw.toFixed(3)} s, ${Math.round(opts.events / tw).toLocaleString('en-US')} events/s, ` +
      `peak RSS ${trss.toFixed(1)} MiB (max ${tmax.toFixed(1)})`);
    if (HAVE_SYSDIG) {
      const sw = median(s.map((r) => r.wall));
      const srss = median(s.map((r) => r.rssKiB)) / 1024;
      console.log(`  sysdig:  median ${sw.toFixed(3)} s, ${Math.round(opts.events / sw).toLocaleString('en-US')} events/s, ` +
        `peak RSS ${srss.toFixed(1)} MiB`);
      console.log(`  ratio tsysdig/sysdig: ${(tw / sw).toFixed(2)}x`);
      if (opts.verify) await verify(big, v);
    }
  }
}

main().catch((e) => { console.error(`bench: ${e.message}`); process.exit(1); });
