/** -w / -z: captures written from a replay read back with the same events (by us, and by sysdig when installed). */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
const FIX = (f: string) => path.join(ROOT, 'fixtures', 'captures', f);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-w-'));

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { env: { ...process.env, TZ: 'UTC' }, encoding: 'latin1' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, missing: r.error !== undefined };
}
const ts = (args: string[]) => run(process.execPath, [BIN, ...args]);
/** the default lines without their event numbers (a filtered capture numbers its events anew) */
const body = (out: string) => out.split('\n').map((l) => l.replace(/^\d+ /, '')).join('\n');

describe('writing captures', () => {
  it.each([
    ['shell_session.scap', false], ['shell_session.scap', true], ['tcp_connect.scap', false], ['cat_etc_hosts_old_blocks.scap', false],
  ])('%s (gzip %s) round-trips: same events, nothing printed while writing', (fixture, gz) => {
    const out = path.join(tmp, `${fixture}${gz ? '.gz' : ''}`);
    const w = ts(['-r', FIX(fixture), '-w', out, ...(gz ? ['-z'] : [])]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    if (gz) expect(fs.readFileSync(out).subarray(0, 2).toString('hex')).toBe('1f8b');
    expect(ts(['-r', out, '-D']).stdout).toBe(ts(['-r', FIX(fixture), '-D']).stdout);
    const sysdig = run('sysdig', ['-r', out, '-D']);
    if (!sysdig.missing) expect(sysdig.stdout.split('\n').filter((l) => !/^\d\d-\d\d /.test(l)).join('\n')).toBe(ts(['-r', FIX(fixture), '-D']).stdout);
  });
  it('a filter keeps the matching events only', () => {
    const out = path.join(tmp, 'filtered.scap');
    expect(ts(['-r', FIX('shell_session.scap'), '-w', out, 'proc.name=nginx']).code).toBe(0);
    const back = ts(['-r', out]).stdout;
    expect(back.split('\n').filter(Boolean)).toHaveLength(6);
    expect(body(back)).toBe(body(ts(['-r', FIX('shell_session.scap'), 'proc.name=nginx']).stdout));
  });
  it('-n limits the events written', () => {
    const out = path.join(tmp, 'n.scap');
    ts(['-r', FIX('shell_session.scap'), '-w', out, '-n', '4']);
    expect(ts(['-r', out, '-D']).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });
  it('an unwritable file is one error line', () => {
    const r = ts(['-r', FIX('shell_session.scap'), '-w', '/nonexistent-dir/x.scap']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot write \/nonexistent-dir\/x.scap/);
  });
});
