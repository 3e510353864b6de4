/** -w / -z: captures written from a replay read back with the same events (by us, and by sysdig when installed). */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { proc, param, PPME } from '../helpers/syntheticCapture';
import { ScapWriter } from '../../src/capture/scapWriter';
import { CONTAINER_TYPE, containerEventBlock, containerToJson, newContainerRecord } from '../../src/live/containerRecord';

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

describe('rotating capture files (-C, -G, -W, -e)', () => {
  const dir = (name: string) => { const d = path.join(tmp, name); fs.mkdirSync(d, { recursive: true }); return d; };
  const eventsIn = (f: string) => ts(['-r', f, '-D']).stdout.split('\n').filter(Boolean).length;
  const total = eventsIn(FIX('shell_session.scap'));
  it.each([
    // [options, expected file names, events per file] - sysdig's cycle writer: every event counts
    // before it is written, so with -e N the first file holds N - 1
    [['-e', '10'], (n: number) => Array.from({ length: Math.floor(n / 10) + 1 }, (_, i) => `x.scap${i}`)],
    [['-C', '1'], () => ['x.scap0']],
    [['-C', '1', '-W', '10'], () => ['x.scap00']],
  ] as const)('%j names files as sysdig does and loses no event', (args, names) => {
    const d = dir(args.join(''));
    expect(ts(['-r', FIX('shell_session.scap'), '-w', path.join(d, 'x.scap'), ...args]).code).toBe(0);
    const files = fs.readdirSync(d).sort();
    expect(files).toEqual(names(total).sort());
    expect(files.reduce((sum, f) => sum + eventsIn(path.join(d, f)), 0)).toBe(total);
    if (args[0] === '-e') expect(eventsIn(path.join(d, 'x.scap0'))).toBe(9);
  });
  it('-W wraps the counter and overwrites the oldest files', () => {
    const d = dir('wrap');
    expect(ts(['-r', FIX('shell_session.scap'), '-w', path.join(d, 'x.scap'), '-e', '5', '-W', '2']).code).toBe(0);
    expect(fs.readdirSync(d).sort()).toEqual(['x.scap0', 'x.scap1']);
  });
  it('each new file starts with the state, so its events resolve on their own', () => {
    const d = dir('state');
    ts(['-r', FIX('shell_session.scap'), '-w', path.join(d, 'x.scap'), '-e', '10']);
    const last = fs.readdirSync(d).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))).pop()!;
    expect(ts(['-r', path.join(d, last)]).stdout).not.toMatch(/<NA>/);
  });
  it('each new file starts with the containers known by then, as sysdig dumps its container table', () => {
    const d = dir('containers');
    const id = 'c1'.repeat(32);
    const container = newContainerRecord(id.slice(0, 12), CONTAINER_TYPE.DOCKER);
    Object.assign(container, { name: 'web', image: 'nginx:1.25' });
    const input = path.join(d, 'in.scap');
    const parts: Buffer[] = [];
    const w = new ScapWriter((b) => parts.push(b));
    w.sectionHeader();
    w.procList([proc({ tid: 42, comm: 'nginx', cgroups: [`cpu=/docker/${id}`] })]);
    // the container event opens the capture, after the head
    parts.push(containerEventBlock(containerToJson(container), 1_700_000_000_000_000_000n, true));
    for (let i = 1; i <= 6; i++) w.event({ ts: 1_700_000_000_000_000_000n + BigInt(i * 1000), tid: 42, type: PPME.PROCINFO_E, params: [param.u64(1n), param.u64(1n)] });
    fs.writeFileSync(input, Buffer.concat(parts));
    expect(ts(['-r', input, '-w', path.join(d, 'x.scap'), '-e', '3']).code).toBe(0);
    for (const f of ['x.scap0', 'x.scap1', 'x.scap2']) {
      expect(ts(['-r', path.join(d, f), '-D', '-p', '%container.name %container.image']).stdout.split('\n').filter(Boolean)).toEqual(expect.arrayContaining(['web nginx:1.25']));
    }
  });
  it('-G names files by strftime conversions of the slice time', () => {
    const d = dir('time');
    expect(ts(['-r', FIX('shell_session.scap'), '-w', path.join(d, 'x-%Y%m%d.scap'), '-G', '3600']).code).toBe(0);
    expect(fs.readdirSync(d)).toHaveLength(1);
    expect(fs.readdirSync(d)[0]).toMatch(/^x-\d{8}\.scap$/);
  });
  it('rotation without -w, or an unwritable name, is one error line', () => {
    expect(ts(['-r', FIX('shell_session.scap'), '-e', '5']).stderr).toMatch(/use them with -w FILE/);
    const r = ts(['-r', FIX('shell_session.scap'), '-w', '/nonexistent-dir/x.scap', '-e', '5']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['tsysdig: cannot write /nonexistent-dir/x.scap0: no such directory']);
  });
});
