/**
 * Every chisel on one of our fixtures, compared with what sysdig 0.29.3's Lua chisel printed
 * for the same capture (golden/NAME.out; RECORD_GOLDENS=1 re-records them with sysdig). Tables
 * whose tie order sysdig leaves to Lua's hash order compare as sorted lines.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tsysdig.js');
const CAP = (f: string) => path.join(ROOT, 'fixtures', 'captures', f);

type Mode = 'exact' | 'sorted';
const S = 'shell_session.scap';
const C = 'cat_etc_hosts.scap';
const T = 'tcp_connect.scap';
// [name for the golden, capture, chisel arguments after -c, comparison]
export const CHISEL_RUNS: [string, string, string[], Mode][] = [
  ['topprocs_cpu', S, ['topprocs_cpu'], 'sorted'],
  ['topprocs_net', T, ['topprocs_net'], 'sorted'],
  ['topprocs_file', S, ['topprocs_file'], 'sorted'],
  ['topprocs_errors', S, ['topprocs_errors'], 'sorted'],
  ['topfiles_bytes', C, ['topfiles_bytes'], 'sorted'],
  ['topfiles_time', S, ['topfiles_time'], 'sorted'],
  ['topfiles_errors', C, ['topfiles_errors'], 'sorted'],
  ['topscalls', S, ['topscalls'], 'sorted'],
  ['topscalls_time', S, ['topscalls_time'], 'sorted'],
  ['topconns', T, ['topconns'], 'sorted'],
  ['topports_server', T, ['topports_server'], 'sorted'],
  ['topcontainers_cpu', S, ['topcontainers_cpu'], 'sorted'],
  ['topcontainers_net', T, ['topcontainers_net'], 'sorted'],
  ['topcontainers_file', S, ['topcontainers_file'], 'sorted'],
  ['topcontainers_error', S, ['topcontainers_error'], 'sorted'],
  ['fdbytes_by', S, ['fdbytes_by', 'fd.name'], 'sorted'],
  ['fdcount_by', S, ['fdcount_by', 'proc.name'], 'sorted'],
  ['fdtime_by', S, ['fdtime_by', 'fd.type'], 'sorted'],
  ['iobytes', S, ['iobytes'], 'exact'],
  ['iobytes_file', S, ['iobytes_file'], 'exact'],
  ['iobytes_net', S, ['iobytes_net'], 'exact'],
  ['ps', S, ['ps'], 'sorted'],
  ['lsof', S, ['lsof'], 'sorted'],
  ['netstat', T, ['netstat'], 'sorted'],
  ['lscontainers', S, ['lscontainers'], 'sorted'],
  ['echo_fds', C, ['echo_fds'], 'exact'],
  ['spy_file', C, ['spy_file'], 'exact'],
  ['spy_ip', T, ['spy_ip', '10.0.0.9'], 'exact'],
  ['spy_port', T, ['spy_port', '80'], 'exact'],
  ['spy_users', S, ['spy_users'], 'exact'],
  ['spy_logs', S, ['spy_logs'], 'exact'],
  ['stdin', S, ['stdin'], 'exact'],
  ['stdout', S, ['stdout'], 'exact'],
  ['stderr', S, ['stderr'], 'exact'],
  ['proc_exec_time', S, ['proc_exec_time'], 'exact'],
  ['bottlenecks', S, ['bottlenecks'], 'exact'],
  ['fileslower', S, ['fileslower', '10'], 'exact'],
  ['netlower', T, ['netlower', '0'], 'exact'],
  ['scallslower', S, ['scallslower', '10'], 'exact'],
  ['list_login_shells', S, ['list_login_shells'], 'exact'],
  ['httplog', S, ['httplog'], 'exact'],
  ['httptop', S, ['httptop'], 'sorted'],
];

const normalize = (text: string, mode: Mode) => (mode === 'sorted' ? text.split('\n').sort().join('\n') : text);

describe('chisels match sysdig on our fixtures', () => {
  it.each(CHISEL_RUNS)('%s', (name, capture, args, mode) => {
    const golden = path.join(__dirname, 'golden', `${name}.out`);
    if (process.env.RECORD_GOLDENS) {
      fs.writeFileSync(golden, execFileSync('sysdig', ['-r', CAP(capture), '-c', ...args], { env: { ...process.env, TZ: 'UTC' } }));
    }
    const out = execFileSync(process.execPath, [BIN, '-r', CAP(capture), '-c', ...args], { env: { ...process.env, TZ: 'UTC' } }).toString('latin1');
    const want = fs.readFileSync(golden).toString('latin1');
    expect(normalize(out, mode)).toBe(normalize(want, mode));
    // a chisel that prints nothing here would not be tested
    expect(want.trim().length, `${name} prints something on ${capture}`).toBeGreaterThan(0);
  });
});
