/**
 * Golden tests on the project's own fixtures (scripts/make-fixtures.mjs writes the captures and
 * records sysdig 0.29.3's output for each command line in fixtures/expected/runs.json).
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
const RUNS: { file: string; args: string[]; expected: string }[] =
  JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'expected', 'runs.json'), 'utf8'));

describe('fixtures: tsysdig prints what sysdig printed', () => {
  it.each(RUNS.map((r) => [`${r.file} ${r.args.join(' ')}`, r] as const))('%s', (_name, r) => {
    const out = execFileSync(process.execPath, [BIN, '-r', path.join(ROOT, 'fixtures', 'captures', r.file), ...r.args], {
      env: { ...process.env, TZ: 'UTC' },
    });
    const want = fs.readFileSync(path.join(ROOT, 'fixtures', 'expected', r.expected));
    expect(out.toString('latin1')).toBe(want.toString('latin1'));
  });
});
