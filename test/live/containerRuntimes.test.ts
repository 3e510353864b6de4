/**
 * The runtime clients against fake runtimes on unix sockets (no root needed): the protobuf
 * codec, the CRI engine's calls and how it reads containerd's and cri-o's answers, and the
 * container manager's lookups (which engines ask, what goes into the stream, what is dropped).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeMessage, ProtoError, ProtoMessage } from '../../src/live/protobuf';
import { CriEngine, cgroupLimits } from '../../src/live/criEngine';
import {
  ContainerMetadataManager, ContainerRuntimeConfig, libpodOwner, runtimeConfigFromEnv, userNamespaceRootUid,
} from '../../src/live/containerMetadata';
import { CONTAINER_TYPE, ContainerRecord, LOOKUP } from '../../src/live/containerRecord';
import { parseIpv4 } from '../../src/live/dockerEngine';
import { startFakeCri, startFakeDocker, FakeCri, FakeDocker } from '../helpers/fakeRuntimes';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-runtimes-'));
const FULL = '3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e';
const ID = FULL.slice(0, 12);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('protobuf wire format', () => {
  it('writes fields as protoc does', () => {
    expect(encodeMessage([{ no: 1, string: 'abc' }, { no: 2, bool: true }]).toString('hex')).toBe('0a03616263' + '1001');
    expect(encodeMessage([{ no: 1, message: encodeMessage([{ no: 1, message: encodeMessage([{ no: 1, string: 'x' }]) }]) }]).toString('hex')).toBe('0a05' + '0a03' + '0a0178');
    expect(encodeMessage([{ no: 16, varint: 300 }]).toString('hex')).toBe('8001' + 'ac02');
    expect(encodeMessage([{ no: 1, varint: -1n }]).toString('hex')).toBe('08ffffffffffffffffff01');
  });

  it('reads nested, repeated and map fields, skips unknown ones, takes the last of a repeated scalar', () => {
    const bytes = Buffer.from([
      0x0a, 0x02, 0x69, 0x64,                         // 1: "id"
      0x12, 0x04, 0x0a, 0x02, 0x6e, 0x6d,             // 2: { 1: "nm" }
      0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, // 4: -1 (int64)
      0x3d, 0x01, 0x02, 0x03, 0x04,                   // 7: fixed32, unknown
      0x39, 1, 2, 3, 4, 5, 6, 7, 8,                   // 7: fixed64, unknown
      0x62, 0x06, 0x0a, 0x01, 0x6b, 0x12, 0x01, 0x76, // 12: map entry k=v
      0x62, 0x06, 0x0a, 0x01, 0x6b, 0x12, 0x01, 0x77, // 12: k=w (a later entry wins)
      0x72, 0x02, 0x18, 0x01,                         // 14: { 3: true }
      0x72, 0x02, 0x28, 0x02,                         // 14: { 5: 2 }
      0x0a, 0x02, 0x49, 0x44,                         // 1 again: "ID"
    ]);
    const m = ProtoMessage.decode(bytes);
    expect(m.string(1)).toBe('ID');
    expect(m.message(2).string(1)).toBe('nm');
    expect(m.int64(4)).toBe(-1n);
    expect([...m.stringMap(12)]).toEqual([['k', 'w']]);
    expect(m.messages(14).map((x) => [x.bool(3), x.uint(5)])).toEqual([[true, 0], [false, 2]]);
    expect(m.string(99)).toBe('');
    expect(m.message(99).has(1)).toBe(false);
  });

  it.each([[[0x0a, 0x05, 0x61]], [[0x08]], [[0x0b]], [[0x00, 0x01]]])('rejects the malformed message %j', (bytes) => {
    expect(() => ProtoMessage.decode(Buffer.from(bytes))).toThrow(ProtoError);
  });
});

describe('CRI engine', () => {
  let containerd: FakeCri;
  let crio: FakeCri;
  let broken: FakeCri;
  const containerdSock = path.join(tmp, 'containerd.sock');
  const crioSock = path.join(tmp, 'crio.sock');
  const brokenSock = path.join(tmp, 'broken.sock');
  const cgroupRoot = path.join(tmp, 'cgroup');

  beforeAll(async () => {
    containerd = await startFakeCri(containerdSock, {
      runtimeName: 'containerd',
      containers: {
        [ID]: {
          fullId: FULL, name: 'app', createdAtNs: 1709288430_999_999_999n, image: 'docker.io/library/nginx:1.25',
          imageRef: 'docker.io/library/nginx@sha256:' + 'b'.repeat(64), labels: { 'io.kubernetes.pod.name': 'web-0', long: 'x'.repeat(101) },
          mounts: [{ containerPath: '/data', hostPath: '/srv', readonly: true, propagation: 1 }, { containerPath: '/etc/hosts', hostPath: '/var/lib/h', readonly: false, propagation: 7 }],
          info: {
            sandboxID: 'sandbox1', config: { envs: [{ key: 'A', value: '1' }, { key: 'MESOS_X', value: '2' }, { key: 3 }], image: { image: 'sha256:' + 'f'.repeat(64) }, linux: { security_context: { privileged: true } } },
            runtimeSpec: { linux: { resources: { memory: { limit: 134217728 }, cpu: { shares: 256, quota: 20000, period: 100000 } } } },
          },
        },
        'bbbbbbbbbbbb': { fullId: 'b'.repeat(64), name: 'no-info', createdAtNs: 0n, image: 'busybox', imageRef: 'sha256:' + 'e'.repeat(64) },
      },
      sandboxes: { sandbox1: { ip: '10.0.0.7' }, sandbox2: { ip: '10.0.0.8' }, hostnet: { ip: '192.168.1.1', hostNetwork: true }, cccccccccccc: { ip: '10.0.0.9' } },
      containerSandbox: { bbbbbbbbbbbb: 'sandbox2' },
      imageIds: { ['sha256:' + 'e'.repeat(64)]: 'sha256:' + 'e'.repeat(64) },
    });
    crio = await startFakeCri(crioSock, {
      runtimeName: 'cri-o',
      containers: { [ID]: { fullId: FULL, name: 'crio-app', createdAtNs: 5_000_000_000n, image: 'quay.io/app:v1', imageRef: 'quay.io/app:v1', info: { privileged: false, runtimeSpec: {} } } },
    });
    broken = await startFakeCri(brokenSock, { runtimeName: 'x', containers: {}, versionStatus: 12 });
    // a cgroup v1 layout for the limits cri-o's answer leaves out
    for (const [sub, files] of Object.entries({
      memory: { 'memory.limit_in_bytes': '9223372036854771712\n' },
      cpu: { 'cpu.shares': '512\n', 'cpu.cfs_quota_us': '-1\n', 'cpu.cfs_period_us': '100000\n' },
      cpuset: { 'cpuset.cpus': '0-1\n' },
    })) {
      const dir = path.join(cgroupRoot, sub, 'kubepods', `crio-${FULL}`);
      fs.mkdirSync(dir, { recursive: true });
      for (const [f, v] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), v);
    }
  });
  afterAll(async () => { await Promise.all([containerd?.close(), crio?.close(), broken?.close()]); });

  it('connects to the first socket that answers Version and knows containerd from cri-o', async () => {
    const notSocket = path.join(tmp, 'plain-file');
    fs.writeFileSync(notSocket, '');
    const a = await CriEngine.connect([path.join(tmp, 'missing.sock'), notSocket, brokenSock, containerdSock, crioSock], { timeoutMs: 1000 });
    expect(a?.socketPath).toBe(containerdSock);
    expect(a?.runtimeType).toBe(CONTAINER_TYPE.CONTAINERD);
    a?.close();
    const b = await CriEngine.connect([crioSock], { timeoutMs: 1000 });
    expect(b?.runtimeType).toBe(CONTAINER_TYPE.CRIO);
    b?.close();
    expect(await CriEngine.connect([brokenSock, path.join(tmp, 'missing.sock')], { timeoutMs: 1000 })).toBeUndefined();
  });

  it('reads a containerd container: status, verbose info, the sandbox\'s IP', async () => {
    const cri = (await CriEngine.connect([containerdSock], { timeoutMs: 1000 }))!;
    const calls = containerd.calls.length;
    const rec = await cri.lookup(ID, [`cpu=/kubepods/pod1/${FULL}`]);
    cri.close();
    expect(rec).toMatchObject({
      id: ID, fullId: FULL, type: CONTAINER_TYPE.CONTAINERD, name: 'app', createdTime: 1709288430, lookupState: LOOKUP.SUCCESSFUL,
      image: 'docker.io/library/nginx:1.25', imageRepo: 'docker.io/library/nginx', imageTag: '1.25', imageDigest: 'sha256:' + 'b'.repeat(64),
      imageId: 'f'.repeat(64), env: ['A=1', 'MESOS_X=2'], memoryLimit: 134217728, swapLimit: 134217728, cpuShares: 256, cpuQuota: 20000,
      cpuPeriod: 100000, privileged: true, ip: parseIpv4('10.0.0.7'),
      mounts: [{ source: '/srv', dest: '/data', mode: '', rdwr: false, propagation: 'rslave' }, { source: '/var/lib/h', dest: '/etc/hosts', mode: '', rdwr: true, propagation: 'unknown' }],
    });
    expect([...rec.labels]).toEqual([['io.kubernetes.pod.name', 'web-0']]);
    expect(containerd.calls.slice(calls)).toEqual(['ContainerStatus', 'PodSandboxStatus']);
  });

  it('asks for the IP and the image id when the verbose info does not carry them', async () => {
    const cri = (await CriEngine.connect([containerdSock], { timeoutMs: 1000 }))!;
    const calls = containerd.calls.length;
    const rec = await cri.lookup('bbbbbbbbbbbb', []);
    cri.close();
    expect(rec).toMatchObject({ name: 'no-info', ip: parseIpv4('10.0.0.8'), imageId: 'sha256:' + 'e'.repeat(64), imageDigest: 'sha256:' + 'e'.repeat(64), imageTag: '', cpuShares: 0, cpuPeriod: 0 });
    expect(containerd.calls.slice(calls)).toEqual(['ContainerStatus', 'ListContainers', 'PodSandboxStatus', 'ListImages']);
  });

  it('knows a pod sandbox, and fails for an id the runtime does not know', async () => {
    const cri = (await CriEngine.connect([containerdSock], { timeoutMs: 1000 }))!;
    expect(await cri.lookup('cccccccccccc', [])).toMatchObject({ id: 'cccccccccccc', isPodSandbox: true, lookupState: LOOKUP.SUCCESSFUL, name: '' });
    expect(await cri.lookup('dddddddddddd', [])).toMatchObject({ id: 'dddddddddddd', type: CONTAINER_TYPE.CONTAINERD, lookupState: LOOKUP.FAILED });
    cri.close();
  });

  it('reads a cri-o container; limits missing from its info come from the cgroups', async () => {
    const cri = (await CriEngine.connect([crioSock], { timeoutMs: 1000, cgroupMount: (s) => path.join(cgroupRoot, s) }))!;
    const cgroups = [`cpu=/kubepods/crio-${FULL}`, `memory=/kubepods/crio-${FULL}`, `cpuset=/kubepods/crio-${FULL}`];
    const rec = await cri.lookup(ID, cgroups);
    cri.close();
    // unlimited memory and an unset quota count 0
    expect(rec).toMatchObject({ type: CONTAINER_TYPE.CRIO, name: 'crio-app', createdTime: 5, imageRepo: 'quay.io/app', imageTag: 'v1', imageDigest: '', privileged: false, memoryLimit: 0, cpuShares: 512, cpuQuota: 0, cpuPeriod: 100000, cpusetCpuCount: 2 });
  });

  it('reads no limits from cgroups that do not name the container', () => {
    expect(cgroupLimits(ID, ['cpu=/kubepods', 'memory=/'], (s) => path.join(cgroupRoot, s))).toEqual({ memoryLimit: 0, cpuShares: 0, cpuQuota: 0, cpuPeriod: 0, cpusetCpuCount: 0 });
  });
});

describe('container manager', () => {
  let docker: FakeDocker;
  let slowDocker: FakeDocker;
  let cri: FakeCri;
  const dockerSock = path.join(tmp, 'docker.sock');
  const slowSock = path.join(tmp, 'slow-docker.sock');
  const criSock = path.join(tmp, 'm-containerd.sock');
  const body = (name: string, id: string) => ({ Id: id.padEnd(64, '0'), Name: '/' + name, Image: 'sha256:' + 'f'.repeat(64), Config: { Image: 'img:1' }, HostConfig: {}, NetworkSettings: { IPAddress: '' } });
  const config = (over: Partial<ContainerRuntimeConfig> = {}): ContainerRuntimeConfig => ({
    ...runtimeConfigFromEnv({}), dockerSocket: dockerSock, podmanSocket: path.join(tmp, 'podman-none.sock'), criSockets: [path.join(tmp, 'no-cri.sock')],
    criDelayMs: 20, httpTimeoutMs: 2000, initialWaitMs: 2000, ...over,
  });
  const thread = (id: string, cgroups: string[]) => ({ tid: 1, containerId: id, cgroups });

  beforeAll(async () => {
    docker = await startFakeDocker(dockerSock, { containers: { aaaaaaaaaaaa: body('first', 'aaaaaaaaaaaa'), bbbbbbbbbbbb: body('second', 'bbbbbbbbbbbb'), cccccccccccc: body('third', 'cccccccccccc') } });
    slowDocker = await startFakeDocker(slowSock, { containers: { aaaaaaaaaaaa: body('slow', 'aaaaaaaaaaaa') }, delayMs: 400 });
    cri = await startFakeCri(criSock, { runtimeName: 'containerd', containers: { dddddddddddd: { fullId: 'd'.repeat(64), name: 'from-cri', createdAtNs: 0n, image: 'x:1', imageRef: 'x:1' } } });
  });
  afterAll(async () => { await Promise.all([docker?.close(), slowDocker?.close(), cri?.close()]); });

  it('reads its sockets from the environment', () => {
    expect(runtimeConfigFromEnv({})).toMatchObject({ dockerSocket: '/var/run/docker.sock', podmanSocket: '/run/podman/podman.sock', criSockets: ['/run/containerd/containerd.sock'] });
    expect(runtimeConfigFromEnv({ TSYSDIG_DOCKER_SOCKET: '/d.sock', TSYSDIG_PODMAN_SOCKET: '/p.sock', TSYSDIG_CRI_SOCKET: '/a.sock:/run/crio/crio.sock' }))
      .toMatchObject({ dockerSocket: '/d.sock', podmanSocket: '/p.sock', criSockets: ['/a.sock', '/run/crio/crio.sock'] });
  });

  it('looks the scan\'s containers up before the capture starts, each once, in the threads\' order', async () => {
    const m = new ContainerMetadataManager(config());
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    const recs = await m.initialLookups([
      thread('', ['cpu=/']), thread('bbbbbbbbbbbb', ['cpu=/docker/' + 'b'.repeat(64)]), thread('aaaaaaaaaaaa', ['cpu=/docker/' + 'a'.repeat(64)]),
      thread('bbbbbbbbbbbb', ['cpu=/docker/' + 'b'.repeat(64)]), thread('eeeeeeeeeeee', ['cpu=/docker/' + 'e'.repeat(64)]),
    ]);
    m.close();
    expect(recs.map((r) => [r.id, r.name, r.lookupState])).toEqual([['bbbbbbbbbbbb', 'second', 1], ['aaaaaaaaaaaa', 'first', 1], ['eeeeeeeeeeee', '', 2]]);
    // they open the capture: none of them is an event
    expect(delivered).toEqual([]);
  });

  it('looks a container met during the capture up in the background, once', async () => {
    const m = new ContainerMetadataManager(config());
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    await m.start();
    const before = docker.requests.length;
    m.request(thread('cccccccccccc', ['cpu=/docker/' + 'c'.repeat(64)]));
    m.request(thread('cccccccccccc', ['cpu=/docker/' + 'c'.repeat(64)]));
    m.request(thread('', ['cpu=/']));
    expect(delivered).toEqual([]); // never on the spot
    await sleep(300);
    m.close();
    expect(delivered.map((r) => [r.id, r.name, r.type])).toEqual([['cccccccccccc', 'third', CONTAINER_TYPE.DOCKER]]);
    expect(docker.requests.slice(before).filter((r) => r.startsWith('/v1.24/containers/'))).toEqual(['/v1.24/containers/cccccccccccc/json']);
  });

  it('a missing socket answers a failed lookup, which still goes into the stream', async () => {
    const m = new ContainerMetadataManager(config({ dockerSocket: path.join(tmp, 'nothing-here.sock') }));
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    m.request(thread('aaaaaaaaaaaa', ['cpu=/docker/' + 'a'.repeat(64)]));
    await sleep(200);
    m.close();
    expect(delivered.map((r) => [r.id, r.type, r.lookupState, r.name])).toEqual([['aaaaaaaaaaaa', CONTAINER_TYPE.DOCKER, LOOKUP.FAILED, '']]);
  });

  it('docker and the CRI runtime both ask about a cgroupfs container; an answer after a complete one is dropped', async () => {
    // the CRI runtime is asked later (sinsp's delay), so docker's answer comes first
    const m = new ContainerMetadataManager(config({ criSockets: [criSock], criDelayMs: 150 }));
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    await m.start();
    const calls = cri.calls.length;
    m.request(thread('aaaaaaaaaaaa', ['cpu=/docker/' + 'a'.repeat(64)]));
    await sleep(500);
    // docker knew it; the CRI runtime's failed answer came later and is not delivered
    expect(cri.calls.slice(calls)).toEqual(['ContainerStatus', 'PodSandboxStatus']);
    expect(delivered.map((r) => [r.name, r.type, r.lookupState])).toEqual([['first', CONTAINER_TYPE.DOCKER, LOOKUP.SUCCESSFUL]]);
    // the other way around: docker fails first, the CRI runtime's answer completes the container
    m.request(thread('dddddddddddd', ['cpu=/kubepods/pod1/' + 'd'.repeat(64)]));
    await sleep(500);
    m.close();
    expect(delivered.slice(1).map((r) => [r.id, r.name, r.type, r.lookupState])).toEqual([
      ['dddddddddddd', '', CONTAINER_TYPE.DOCKER, LOOKUP.FAILED], ['dddddddddddd', 'from-cri', CONTAINER_TYPE.CONTAINERD, LOOKUP.SUCCESSFUL],
    ]);
  });

  it('the CRI runtime alone answers for containerd\'s systemd cgroups, after sinsp\'s delay', async () => {
    const m = new ContainerMetadataManager(config({ criSockets: [criSock], criDelayMs: 150 }));
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    await m.start();
    const before = docker.requests.length;
    m.request(thread('dddddddddddd', ['=/kubepods.slice/cri-containerd-' + 'd'.repeat(64) + '.scope']));
    await sleep(60);
    expect(delivered).toEqual([]);
    await sleep(300);
    m.close();
    expect(delivered.map((r) => [r.name, r.type])).toEqual([['from-cri', CONTAINER_TYPE.CONTAINERD]]);
    expect(docker.requests.length).toBe(before);
  });

  it('asks podman\'s socket about libpod cgroups', async () => {
    const podman = await startFakeDocker(path.join(tmp, 'podman.sock'), { containers: { aaaaaaaaaaaa: { ...body('pod-ctr', 'aaaaaaaaaaaa'), Image: 'docker.io/library/img:1' } }, imageList: [] });
    const m = new ContainerMetadataManager(config({ podmanSocket: path.join(tmp, 'podman.sock') }));
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    m.request(thread('aaaaaaaaaaaa', ['=/machine.slice/libpod-' + 'a'.repeat(64) + '.scope/container']));
    await sleep(300);
    m.close();
    await podman.close();
    expect(delivered.map((r) => [r.name, r.type, r.imageRepo])).toEqual([['pod-ctr', CONTAINER_TYPE.PODMAN, 'docker.io/library/img']]);
    expect(podman.requests).toEqual(['/v1.24/containers/aaaaaaaaaaaa/json', '/v1.24/images/json?digests=1']);
  });

  it('drops what arrives after it is closed', async () => {
    const m = new ContainerMetadataManager(config({ dockerSocket: slowSock }));
    const delivered: ContainerRecord[] = [];
    m.onRecord = (r) => delivered.push(r);
    m.request(thread('aaaaaaaaaaaa', ['cpu=/docker/' + 'a'.repeat(64)]));
    await sleep(50);
    m.close();
    await sleep(600);
    expect(delivered).toEqual([]);
  });

  it('finds a rootless container\'s owner', () => {
    expect(libpodOwner('/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-x.scope')).toBe(1000);
    expect(libpodOwner('/machine.slice/libpod-x.scope')).toBe(0);
    expect(userNamespaceRootUid('         0       1000          1\n         1     100000      65536\n')).toBe(1000);
    expect(userNamespaceRootUid('         1     100000      65536\n')).toBeUndefined();
  });
});
