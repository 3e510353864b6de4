/**
 * Command-line outputs other than events: --list-markdown, --libs-version, and the progress
 * sysdig prints on stderr while -w writes a capture from a file (or with -P).
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
const FIXTURE = path.join(ROOT, 'fixtures', 'captures', 'shell_session.scap');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC' }, encoding: 'latin1' });

describe('--list-markdown', () => {
  const md = run(['--list-markdown']).stdout;
  const plain = run(['-lv']).stdout;
  it('has one table per field class, as -l lists them', () => {
    const classes = [...md.matchAll(/^## Field Class: (\S+)$/gm)].map((m) => m[1]);
    expect(classes).toEqual([...plain.matchAll(/^Field Class:\s+(\S+)/gm)].map((m) => m[1]));
    expect(md).toMatch(/\n## Field Class: evt\n\n.+\n\nName \| Type \| Description\n:----\|:-----\|:-----------\n`evt\.num` \| UINT64 \| /);
  });
  it('lists the fields -lv lists, with the same types', () => {
    const rows = [...md.matchAll(/^`([^`]+)` \| (\S+) \| /gm)].map((m) => `${m[1]} ${m[2]}`);
    const listed = [...plain.matchAll(/^(\S+)\s+\(Type: (\S+)\)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows.length).toBeGreaterThan(200);
    expect(rows).toEqual(listed);
  });
});

describe('--libs-version', () => {
  it('names the libs of sysdig 0.29.3', () => {
    expect(run(['--libs-version']).stdout).toBe('falcosecurity/libs version 0.1.1dev+git20220316.e5c53d64348\n');
  });
});

describe('progress on stderr', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-progress-'));
  it.each([
    ['-w from a file', ['-w', path.join(dir, 'out.scap')]],
    ['-P', ['-P', '-q']],
  ])('%s: sysdig\'s end of file line', (_name, args) => {
    const r = run(['-r', FIXTURE, ...args]);
    expect(r.status).toBe(0);
    // blank the (empty) last figure, blank again, print 100.00, end the line
    expect(r.stderr).toBe('\r\r\r100.00\n');
  });
  it('without -P or -w, nothing', () => {
    expect(run(['-r', FIXTURE, '-q']).stderr).toBe('');
  });
});

describe('-v statistics at the end', () => {
  it.each([
    [[] as string[], 0, 36],
    [['-U', 'zsh', 'proc.name!=ls'], 24, 12],
  ])('%j: suppressed %i, captured %i', (args, suppressed, captured) => {
    const r = run(['-r', FIXTURE, '-v', '-q', ...args]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Driver Events:0', 'Driver Drops:0', `Suppressed by Comm:${suppressed}`]);
    expect(lines[3]).toMatch(new RegExp(`^Elapsed time: \\d+\\.\\d{3}, Captured Events: ${captured}, \\d+\\.\\d{2} eps$`));
  });
});
