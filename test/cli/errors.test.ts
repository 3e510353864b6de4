/**
 * Bad input on the command line: one line on stderr, a non-zero exit, never a stack trace,
 * and whatever was read before the damage still printed.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catSession } from '../helpers/syntheticCapture';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'tsysdig.js');
let dir = '';
let good = '';

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC' }, encoding: 'latin1' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-cli-'));
  good = path.join(dir, 'good.scap');
  const bytes = catSession();
  fs.writeFileSync(good, bytes);
  fs.writeFileSync(path.join(dir, 'truncated.scap'), bytes.subarray(0, bytes.length - 10));
  fs.writeFileSync(path.join(dir, 'text.scap'), 'this is not a capture\n');
  fs.writeFileSync(path.join(dir, 'empty.scap'), '');
  const corrupt = Buffer.from(bytes);
  // the second block's trailer no longer matches its header
  const second = corrupt.readUInt32LE(4);
  corrupt.writeUInt32LE(0xdead, second + corrupt.readUInt32LE(second + 4) - 4);
  fs.writeFileSync(path.join(dir, 'corrupt.scap'), corrupt);
});

const ERRORS: [string, string[], RegExp][] = [
  ['missing file', ['-r', '/nonexistent/x.scap'], /cannot open .*no such file/],
  ['a directory', ['-r', '/tmp'], /is a directory/],
  ['not a capture', ['-r', '@/text.scap'], /not a scap capture/],
  ['an empty file', ['-r', '@/empty.scap'], /./],
  ['corrupt block', ['-r', '@/corrupt.scap'], /corrupt block.*byte offset \d+/],
  ['unknown flag', ['--no-such-flag'], /unknown option/],
  ['flag not supported yet', ['-r', '@/good.scap', '-F'], /not supported yet/],
  ['plugin listing not supported yet', ['-Il'], /option -Il is not supported yet/],
  ['-N is not a sysdig flag', ['-r', '@/good.scap', '-N'], /unknown option '-N'/],
  ['too many suppressed comms', ['-r', '@/good.scap', ...Array.from({ length: 33 }, (_v, i) => ['-U', `c${i}`]).flat()], /at most 32 names/],
  ['rotation without -w', ['-r', '@/good.scap', '-G', '5'], /use them with -w FILE/],
  ['bad -n', ['-r', '@/good.scap', '-n', 'abc'], /invalid event count/],
  ['bad -t', ['-r', '@/good.scap', '-t', 'x'], /invalid modifier/],
  ['bad --cri-timeout', ['-r', '@/good.scap', '--cri-timeout', '1s'], /invalid value for --cri-timeout: 1s/],
  ['bad filter', ['-r', '@/good.scap', 'evt.type=nonexist'], /filter error at position 17: unknown event type nonexist/],
  ['unclosed parenthesis', ['-r', '@/good.scap', '(evt.num=1'], /filter error at position \d+/],
  ['unknown field', ['-r', '@/good.scap', 'foo.bar=1'], /unrecognized field foo.bar/],
  ['bad format', ['-r', '@/good.scap', '-p', '%nosuch.field'], /invalid formatting token/],
  ['unknown chisel', ['-r', '@/good.scap', '-c', 'nosuchchisel'], /chisel nosuchchisel not found/],
];

describe('command-line errors', () => {
  it.each(ERRORS)('%s', (_name, args, msg) => {
    const r = run(args.map((a) => a.replace('@', dir)));
    expect(r.code).not.toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a truncated capture prints every event before the damage, then one error line', () => {
    const whole = run(['-r', good]);
    const cut = run(['-r', path.join(dir, 'truncated.scap')]);
    expect(whole.code).toBe(0);
    expect(cut.code).not.toBe(0);
    const wholeLines = whole.stdout.split('\n').filter(Boolean);
    const cutLines = cut.stdout.split('\n').filter(Boolean);
    expect(cutLines).toEqual(wholeLines.slice(0, wholeLines.length - 1));
    expect(cut.stderr.trim().split('\n')).toHaveLength(1);
    expect(cut.stderr).toMatch(/truncated block .* at byte offset \d+/);
  });

  it('-n stops after N events with exit 0', () => {
    const r = run(['-r', good, '-n', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });
});
