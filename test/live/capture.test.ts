/**
 * Live capture end to end, through the CLI: the probe, the addon, the /proc scan, the state
 * engine, -w/-z files that sysdig reads back as we do, live filters, chisels and containers.
 * Runs as root with BPF; otherwise every test is skipped with the reason (TSYSDIG_REQUIRE_LIVE=1,
 * set by CI, turns a missing prerequisite into a failure instead).
 */
import { describe, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, liveEnv, liveTests, MAX_OUTPUT, sysdigInstalled } from '../helpers/live';
import { makeCgroup, startTsysdig as startWithEnv } from '../helpers/cgroups';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-live-'));
const env = liveEnv;
const { liveIt } = liveTests('live capture tests');

const startTsysdig = (args: string[]) => startWithEnv(args, env);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const read = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;
const readWithSysdig = (file: string) => spawnSync('sysdig', ['-r', file], { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;

/** The workload of the issue: cat /etc/hosts, a TCP connect to a local listener, a file write. */
async function workload(port: number, marker: string): Promise<void> {
  spawnSync('cat', ['/etc/hosts'], { stdio: 'ignore' });
  spawnSync('python3', ['-c', `import socket; s = socket.create_connection(("127.0.0.1", ${port})); s.send(b"hello"); s.close()`]);
  spawnSync('sh', ['-c', `echo ${marker} > ${path.join(tmp, 'written.txt')}`]);
}

describe('live capture', () => {
  let server: net.Server;
  let port = 0;
  beforeAll(async () => {
    server = net.createServer((c) => c.on('data', () => c.end()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => { server?.close(); });

  for (const gz of [false, true]) {
    liveIt(`-w${gz ? ' -z' : ''} records the workload; sysdig and tsysdig read the file identically`, async () => {
      const file = path.join(tmp, `t${gz ? '.scap.gz' : '.scap'}`);
      const marker = `tsysdig-marker-${gz ? 'z' : 'p'}`;
      const run = startTsysdig(['-w', file, '-M', '3', ...(gz ? ['-z'] : [])]);
      await sleep(1000);
      await workload(port, marker);
      const r = await run.done;
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      const ours = read(['-r', file]);
      expect(ours).toMatch(/cat \(\d+\) < openat fd=\d+\(<f>\/etc\/hosts\)/);
      expect(ours).toContain(marker);
      if (sysdigInstalled) {
        const theirs = readWithSysdig(file);
        expect(theirs.length).toBeGreaterThan(0);
        expect(ours).toBe(theirs);
      }
    }, 30_000);
  }

  liveIt('a live filter shows the open of a cat started after it', async () => {
    const run = startTsysdig(['-M', '3', 'proc.name=cat and evt.type=openat']);
    await sleep(1000);
    spawnSync('cat', ['/etc/hostname'], { stdio: 'ignore' });
    const r = await run.done;
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/ cat \(\d+\) [<>] openat /);
    expect(r.stdout).toMatch(/< openat fd=\d+\(<f>\/etc\/hostname\)/);
  }, 30_000);

  liveIt('-c topprocs_cpu prints its table while capturing', async () => {
    const busy = spawn('sh', ['-c', 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done']);
    const run = startTsysdig(['-c', 'topprocs_cpu', '-M', '3']);
    const r = await run.done;
    busy.kill();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/CPU%\s+Process\s+PID/);
    expect(r.stdout).toMatch(/\d+\.\d\d%\s+\S+/);
  }, 30_000);

  liveIt('-pc names the container of a process in a container cgroup', async () => {
    const id = 'ab'.repeat(32);
    const cgroup = makeCgroup(path.join('docker', id));
    if (cgroup === undefined) throw new Error('no writable cgroup hierarchy to place a test process in');
    const run = startTsysdig(['-M', '3', '-pc', 'proc.name=sleep and evt.type=execve']);
    await sleep(1000);
    // the shell moves itself into the container's cgroup, then execs a process there
    spawnSync('sh', ['-c', `echo $$ > ${cgroup}/cgroup.procs && exec sleep 0.2`]);
    const r = await run.done;
    fs.rmdirSync(cgroup);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`(${id.slice(0, 12)})`);
  }, 30_000);

  liveIt('without root it says what is missing and exits 1', () => {
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, '-M', '1'], { env, encoding: 'utf8' });
    if (r.error) return; // no setpriv: nothing to check
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['tsysdig: live capture needs root (CAP_BPF and CAP_PERFMON): run as root, or read a capture file with -r']);
  });
});
