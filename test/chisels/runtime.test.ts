/** The chisel command line: -cl, -i, argument rules, unknown chisels and user chisel directories. */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { splitChiselArgs } from '../../src/cli/options';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
const CAP = path.join(ROOT, 'fixtures', 'captures', 'shell_session.scap');
let home = '';

function run(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC', ...env }, encoding: 'latin1', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ISSUE_CHISELS = ['topprocs_cpu', 'topprocs_net', 'topprocs_file', 'topprocs_errors', 'topfiles_bytes', 'topfiles_time',
  'topfiles_errors', 'topscalls', 'topscalls_time', 'topconns', 'topports_server', 'topcontainers_cpu', 'topcontainers_net',
  'topcontainers_file', 'topcontainers_error', 'fdbytes_by', 'fdcount_by', 'fdtime_by', 'iobytes', 'iobytes_file', 'iobytes_net',
  'ps', 'lsof', 'netstat', 'lscontainers', 'echo_fds', 'spy_file', 'spy_ip', 'spy_port', 'spy_users', 'spy_logs', 'stdin', 'stdout',
  'stderr', 'proc_exec_time', 'bottlenecks', 'fileslower', 'netlower', 'scallslower', 'list_login_shells', 'httplog', 'httptop'];

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-home-'));
  fs.mkdirSync(path.join(home, '.chisels'));
  fs.copyFileSync(path.join(ROOT, 'examples', 'chisels', 'countprocs.js'), path.join(home, '.chisels', 'countprocs.js'));
  // a TypeScript user chisel, transpiled when loaded
  fs.writeFileSync(path.join(home, '.chisels', 'tsnames.ts'), `
    import type { ChiselModule } from '${path.join(ROOT, 'src', 'chisels', 'api')}';
    export const chisel: ChiselModule = {
      info: { name: 'tsnames', category: 'Examples', shortDescription: 'Event types seen', description: 'Prints each event type once.', args: [] },
      create(host) {
        const seen = new Set<string>();
        const t = host.requestField('evt.type');
        return { onEvent(ev) { const v = String(t.get(ev)); if (!seen.has(v)) { seen.add(v); host.print(v); } } };
      },
    };`);
});

describe('chisel listings', () => {
  it('-cl lists every chisel of sysdig\'s set, by category, and not the hidden table_generator', () => {
    const r = run(['-cl']);
    expect(r.code).toBe(0);
    for (const c of ISSUE_CHISELS) expect(r.stdout).toMatch(new RegExp(`^${c}\\b`, 'm'));
    expect(r.stdout).not.toMatch(/^table_generator/m);
    expect(r.stdout).toMatch(/^Category: I\/O\n-------------\n/m);
    expect(r.stdout.trimEnd().endsWith('Use the -i flag to get detailed information about a specific chisel')).toBe(true);
  });
  it('--list-chisels is the same listing', () => {
    expect(run(['--list-chisels']).stdout).toBe(run(['-cl']).stdout);
  });
  it('-i describes a chisel with its arguments', () => {
    const r = run(['-i', 'fdbytes_by']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\nCategory: I\/O\n-------------\nfdbytes_by {6}/);
    expect(r.stdout).toMatch(/Args:\n\[string\] key - the field to group by\n/);
  });
  it('-i of an unknown chisel is one error line', () => {
    const r = run(['-i', 'nosuch']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('tsysdig: chisel nosuch not found - use -cl to list them.');
  });
});

describe('chisel arguments', () => {
  it('a required argument takes the next word; the rest is the filter', () => {
    const r = run(['-r', CAP, '-c', 'fdcount_by', 'proc.name', 'proc.name=ls']);
    expect(r.stdout.trim().split('\n')).toEqual(['ls\t2']); // as sysdig prints it
  });
  it('a missing required argument is an error', () => {
    const r = run(['-r', CAP, '-c', 'fdbytes_by']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing arguments for chisel fdbytes_by/);
  });
  it('an optional argument is not taken when the rest is a valid filter', () => {
    // countprocs takes an optional number; "proc.name=ls" is a filter, not its argument
    const r = run(['-r', CAP, '-c', 'countprocs', 'proc.name=ls'], { HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['9\tls']);
  });
  it('an optional argument is taken when the rest is not a filter', () => {
    const r = run(['-r', CAP, '-c', 'countprocs', '1'], { HOME: home });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it.each([
    ['a b c', ['a', 'b', 'c']],
    ["'a b' c", ['a b', 'c']],
    ['`x y`', ['x y']],
    ['  spaced  ', ['spaced']],
  ])('splitChiselArgs(%s)', (text, want) => {
    expect(splitChiselArgs(text, 'x')).toEqual(want);
  });
});

describe('user chisels', () => {
  it('a JavaScript chisel in ~/.chisels is found, listed and runs', () => {
    const r = run(['-r', CAP, '-c', 'countprocs'], { HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^\d+\t\S+$/);
    expect(run(['-cl'], { HOME: home }).stdout).toMatch(/^countprocs {6}Events per process$/m);
  });
  it('a TypeScript chisel in ~/.chisels is transpiled and runs', () => {
    const r = run(['-r', CAP, '-c', 'tsnames'], { HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['procinfo', 'chdir', 'clone']);
  });
  it('TSYSDIG_CHISEL_DIR adds directories', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-chd-'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'chisels', 'countprocs.js'), path.join(dir, 'mycount.js'));
    const r = run(['-r', CAP, '-c', 'mycount', '2'], { TSYSDIG_CHISEL_DIR: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
  it('a module that is not a chisel is reported in one line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-bad-'));
    fs.writeFileSync(path.join(dir, 'broken.js'), 'exports.notachisel = 1;');
    const r = run(['-r', CAP, '-c', 'broken'], { TSYSDIG_CHISEL_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a chisel/);
  });
});
