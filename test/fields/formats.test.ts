/**
 * Format x event -> output: every row of formatRows.ts run through the CLI on the synthesized
 * cat/curl session, compared with the golden output sysdig 0.29.3 printed for the same capture.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catSession } from '../helpers/syntheticCapture';
import { FORMAT_ROWS } from './formatRows';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
let capture = '';

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-fmt-'));
  capture = path.join(dir, 'cat.scap');
  fs.writeFileSync(capture, catSession());
});

describe('output formats match sysdig on a synthesized session', () => {
  it.each(FORMAT_ROWS)('$name', ({ name, args }) => {
    if (process.env.RECORD_GOLDENS) {
      // RECORD_GOLDENS=1 npx vitest run test/fields/formats.test.ts: re-record with the real sysdig
      const ref = execFileSync('sysdig', ['-r', capture, ...args], { env: { ...process.env, TZ: 'UTC' } });
      fs.writeFileSync(path.join(__dirname, 'golden', `${name}.out`), ref);
    }
    const out = execFileSync(process.execPath, [BIN, '-r', capture, ...args], { env: { ...process.env, TZ: 'UTC' } });
    const golden = fs.readFileSync(path.join(__dirname, 'golden', `${name}.out`));
    expect(out.toString('latin1')).toBe(golden.toString('latin1'));
  });
});
