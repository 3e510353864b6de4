/**
 * Container metadata in live capture, end to end through the CLI: processes placed in
 * container cgroups, a fake Docker API (and a fake CRI runtime) on unix sockets, and what
 * -pc, container.* fields and -w files show. Runs as root with BPF; otherwise every test is
 * skipped with the reason (TSYSDIG_REQUIRE_LIVE=1 turns a missing prerequisite into a failure).
 */
import { describe, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, liveEnv, liveTests, MAX_OUTPUT, sysdigInstalled } from '../helpers/live';
import { makeCgroup, removeCgroup, startTsysdig } from '../helpers/cgroups';
import { startFakeCri, startFakeDocker, FakeCri, FakeDocker } from '../helpers/fakeRuntimes';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-containers-'));
const dockerSock = path.join(tmp, 'docker.sock');
const criSock = path.join(tmp, 'containerd.sock');
// no real runtime answers during these tests: only the fakes, or nothing
const env = {
  ...liveEnv, TSYSDIG_DOCKER_SOCKET: dockerSock, TSYSDIG_PODMAN_SOCKET: path.join(tmp, 'no-podman.sock'), TSYSDIG_CRI_SOCKET: path.join(tmp, 'no-cri.sock'),
};

const { liveIt, reason } = liveTests('live container tests');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tsysdigRead = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;
const sysdigRead = (args: string[]) => spawnSync('sysdig', args, { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;

const ids = {
  web: 'c1'.repeat(32),      // started while capturing
  db: 'c2'.repeat(32),       // already running when the capture starts
  unknown: 'c3'.repeat(32),  // the runtime does not know it
  cri: 'c4'.repeat(32),      // containerd's, systemd cgroup driver
};
const short = (id: string) => id.slice(0, 12);
const IMAGE_ID = 'ddcca4b8a6f0367b5de2764dfe76b0a4bfa6d75237932185923705da47004347';
const DIGEST = 'sha256:' + 'b'.repeat(64);

/** A realistic GET /containers/<id>/json answer. */
function inspectBody(id: string, name: string, image: string, ip: string, privileged: boolean): unknown {
  return {
    Id: id, Created: '2024-03-01T10:20:30.123456789Z', Path: '/docker-entrypoint.sh', Args: ['nginx', '-g', 'daemon off;'],
    State: { Status: 'running', Running: true, Pid: 4242, StartedAt: '2024-03-01T10:20:31.5Z' },
    Image: 'sha256:' + IMAGE_ID, Name: '/' + name, RestartCount: 0, Driver: 'overlay2', Platform: 'linux',
    HostConfig: { Binds: ['/srv/www:/usr/share/nginx/html:ro'], NetworkMode: 'bridge', Privileged: privileged, Memory: 268435456, MemorySwap: 536870912, CpuShares: 512, NanoCpus: 0, CpuQuota: 0, CpuPeriod: 0, CpusetCpus: '' },
    Mounts: [{ Type: 'bind', Source: '/srv/www', Destination: '/usr/share/nginx/html', Mode: 'ro', RW: false, Propagation: 'rprivate' }],
    Config: { Hostname: id.slice(0, 12), Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.25.4'], Cmd: ['nginx', '-g', 'daemon off;'], Image: image, Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' } },
    NetworkSettings: { Bridge: '', Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }] }, IPAddress: ip, Gateway: '172.17.0.1', MacAddress: '02:42:ac:11:00:05' },
  };
}

let docker: FakeDocker;
let cri: FakeCri;
beforeAll(async () => {
  if (reason !== undefined) return;
  docker = await startFakeDocker(dockerSock, {
    containers: {
      [short(ids.web)]: inspectBody(ids.web, 'web-frontend', 'nginx:1.25', '172.17.0.5', true),
      [short(ids.db)]: inspectBody(ids.db, 'orders-db', 'postgres:16', '172.17.0.6', false),
    },
    images: { [IMAGE_ID]: { Id: 'sha256:' + IMAGE_ID, RepoTags: ['nginx:1.25'], RepoDigests: ['nginx@' + DIGEST] } },
  });
  cri = await startFakeCri(criSock, {
    runtimeName: 'containerd',
    containers: { [short(ids.cri)]: { fullId: ids.cri, name: 'payments', createdAtNs: 1709288430_000_000_000n, image: 'registry.local/payments:2.1', imageRef: 'registry.local/payments@' + DIGEST } },
  });
});
afterAll(async () => { await Promise.all([docker?.close(), cri?.close()]); });

/** Runs `script` in a shell placed in the cgroup first; resolves when it exits. */
function inCgroup(cgroup: string, script: string): Promise<void> {
  return new Promise((resolve) => {
    const p = spawn('sh', ['-c', `echo $$ > ${cgroup}/cgroup.procs && ${script}`], { stdio: 'ignore' });
    p.on('close', () => resolve());
  });
}

function cgroupOrFail(relative: string): string {
  const dir = makeCgroup(relative);
  if (dir === undefined) throw new Error('no writable cgroup hierarchy to place a test process in');
  return dir;
}

/**
 * Captures with `args` while a shell in the container's cgroup (under docker/) starts a cat,
 * whose clone puts a thread in the container before the cat's own events; the cgroup goes after.
 */
async function captureWhileInContainer(id: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cg = cgroupOrFail(`docker/${id}`);
  const run = startTsysdig(args, env);
  await sleep(1000);
  await inCgroup(cg, 'sleep 0.5 && exec cat /etc/hostname > /dev/null');
  const r = await run.done;
  await removeCgroup(cg);
  return r;
}

describe('live container metadata', () => {
  liveIt('-pc shows the name of a container started while capturing, looked up from the Docker API', async () => {
    // by the cat's open the metadata the sleep's clone asked for is in
    const r = await captureWhileInContainer(ids.web, ['-M', '3', '-pc', 'proc.name=cat and evt.type=openat']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^\\d+ \\S+ \\d+ web-frontend \\(${short(ids.web)}\\) cat \\(\\d+:\\d+\\) < openat fd=\\d+\\(<f>/etc/hostname\\)`, 'm'));
    expect(docker.requests).toContain(`/v1.24/containers/${short(ids.web)}/json`);
  }, 30_000);

  liveIt('container.* fields carry the image, its tag and digest, the type, privileges and mounts', async () => {
    const r = await captureWhileInContainer(ids.web, ['-M', '3', '-p', '%container.id|%container.name|%container.image|%container.image.repository|%container.image.tag|%container.image.digest|%container.type|%container.privileged|%container.mounts',
      `proc.name=cat and evt.type=openat and evt.dir=< and container.id=${short(ids.web)}`]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l).toBe(`${short(ids.web)}|web-frontend|nginx:1.25|nginx|1.25|${DIGEST}|docker|true|/srv/www:/usr/share/nginx/html:ro:false:rprivate`);
    }
  }, 30_000);

  liveIt('a container already running when the capture starts is known from its first event', async () => {
    const cg = cgroupOrFail(`docker/${ids.db}`);
    const workload = inCgroup(cg, 'for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat /etc/hostname > /dev/null; sleep 0.2; done');
    await sleep(300);
    const r = await startTsysdig(['-M', '2', '-p', '%container.name %container.image %proc.name', `container.id=${short(ids.db)} and evt.type=openat`], env).done;
    await workload;
    await removeCgroup(cg);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.split(' ').slice(0, 2).join(' ')))).toEqual(new Set(['orders-db postgres:16']));
  }, 30_000);

  liveIt('-w writes the containers, at the head and in the stream; sysdig -r shows the same names', async () => {
    const file = path.join(tmp, 'containers.scap');
    const cgDb = cgroupOrFail(`docker/${ids.db}`);
    const cgWeb = cgroupOrFail(`docker/${ids.web}`);
    const running = inCgroup(cgDb, 'for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat /etc/hostname > /dev/null; sleep 0.2; done');
    await sleep(300);
    const run = startTsysdig(['-M', '3', '-w', file], env);
    await sleep(1000);
    await inCgroup(cgWeb, 'sleep 0.5 && exec cat /etc/hostname > /dev/null');
    const r = await run.done;
    await running;
    await Promise.all([removeCgroup(cgDb), removeCgroup(cgWeb)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const filter = `container.id!=host and evt.type=openat`;
    const ours = tsysdigRead(['-r', file, '-pc', filter]);
    expect(ours).toMatch(new RegExp(` orders-db \\(${short(ids.db)}\\) cat `));
    expect(ours).toMatch(new RegExp(` web-frontend \\(${short(ids.web)}\\) cat `));
    // the chisel stops at the first event: it lists the containers the capture starts with
    const table = tsysdigRead(['-r', file, '-c', 'lscontainers']);
    expect(table).toMatch(/docker\s+postgres:16\s+orders-db\s+c2c2c2c2c2c2/);
    if (sysdigInstalled) {
      expect(sysdigRead(['-r', file, '-pc', filter])).toBe(ours);
      expect(sysdigRead(['-r', file, '-c', 'lscontainers'])).toBe(table);
    }
  }, 40_000);

  liveIt('a container the runtime does not know keeps its id; its name is <NA> and no container event shows', async () => {
    const r = await captureWhileInContainer(ids.unknown, ['-M', '3', '-pc', `container.id=${short(ids.unknown)}`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(new RegExp(`^\\d+ \\S+ \\d+ <NA> \\(${short(ids.unknown)}\\) `));
    expect(r.stdout).not.toContain('container json=');
    expect(docker.requests).toContain(`/v1.24/containers/${short(ids.unknown)}/json`);
  }, 30_000);

  liveIt('a containerd container (systemd cgroup driver) is looked up over CRI gRPC (--cri names the socket)', async () => {
    const cg = cgroupOrFail(`kubepods.slice/cri-containerd-${ids.cri}.scope`);
    const run = startTsysdig(['-M', '4', '--cri', criSock, '--cri-timeout', '1000', '-p', '%container.id %container.name %container.image %container.type',
      `proc.name=cat and evt.type=openat and container.id=${short(ids.cri)}`], env);
    await sleep(1000);
    // sinsp asks the CRI runtime half a second after it meets the container
    await inCgroup(cg, 'sleep 1.2 && exec cat /etc/hostname > /dev/null');
    const r = await run.done;
    await removeCgroup(cg);
    try { fs.rmdirSync(path.dirname(cg)); } catch { /* not ours, or not empty */ }
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toBe(`${short(ids.cri)} payments registry.local/payments:2.1 containerd`);
    expect(cri.calls).toContain('ContainerStatus');
  }, 30_000);
});
