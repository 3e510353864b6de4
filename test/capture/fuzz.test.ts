/**
 * Fuzzing the reader and the state engine: byte flips and truncations of our own captures and
 * of the conformance corpus (when ../shared is present). Every run must end cleanly or with a
 * CaptureError (one line for the user); any other exception is a bug. Mutations come from a
 * seeded generator, so a failure names a reproducible case.
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { ScapParser } from '../../src/capture/scapParser';
import { CaptureError } from '../../src/capture/captureError';
import { Inspector } from '../../src/state/inspector';
import { ParamFormatter } from '../../src/output/paramFormat';
import { BufferFormat } from '../../src/output/bufferFormat';
import { DefaultLineFormatter } from '../../src/output/defaultFormat';
import { catSession } from '../helpers/syntheticCapture';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'conformance', 'corpus');
const haveCorpus = fs.existsSync(CORPUS);
if (!haveCorpus) console.warn(`fuzz: ${CORPUS} not found, corpus fuzzing skipped (our own captures are still fuzzed)`);

/** mulberry32: small, seeded, good enough to pick offsets and bytes */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replays bytes through the reader, the state engine and the default line formatter. */
function replay(bytes: Buffer): 'clean' | 'capture-error' {
  const ins = new Inspector();
  const pf = new ParamFormatter(ins, { bufferFormat: BufferFormat.NORMAL, maxBufferOutput: 80 });
  ins.paramFormatter = pf;
  const fmt = new DefaultLineFormatter(ins, pf);
  let lines = 0;
  ins.setSink((ev) => { fmt.format(ev); lines++; return true; });
  const p = new ScapParser(ins);
  try {
    p.push(bytes);
    p.finish();
    return 'clean';
  } catch (e) {
    if (e instanceof CaptureError) {
      expect(e.message).not.toMatch(/\n/);
      return 'capture-error';
    }
    throw e;
  }
}

function mutate(bytes: Buffer, r: () => number): Buffer {
  const b = Buffer.from(bytes);
  const flips = 1 + Math.floor(r() * 8);
  for (let i = 0; i < flips; i++) {
    const o = Math.floor(r() * b.length);
    b[o] = r() < 0.5 ? b[o] ^ (1 << Math.floor(r() * 8)) : Math.floor(r() * 256);
  }
  return r() < 0.3 ? b.subarray(0, Math.floor(r() * b.length)) : b;
}

function fuzz(name: string, bytes: Buffer, runs: number, seed: number): void {
  const r = rng(seed);
  expect(replay(bytes)).toBe('clean');
  for (let i = 0; i < runs; i++) {
    const m = mutate(bytes, r);
    try {
      replay(m);
    } catch (e) {
      throw new Error(`${name}: mutation ${i} (seed ${seed}) threw ${(e as Error).stack}`);
    }
  }
}

describe('fuzzing', () => {
  it('our synthesized session: 2000 mutations', () => {
    fuzz('catSession', catSession(), 2000, 1);
  }, 60_000);

  const files = haveCorpus ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.scap')) : [];
  it.skipIf(!haveCorpus).each(files)('corpus %s: 300 mutations', (f) => {
    let bytes = fs.readFileSync(path.join(CORPUS, f));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
    fuzz(f, bytes, 300, 7);
  }, 60_000);
});
