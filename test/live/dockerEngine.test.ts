/**
 * Reading the Docker Engine API's answers the way libsinsp's docker engine does: which fields
 * of GET /containers/<id>/json it keeps and how, when it asks for the image's details, the API
 * version fallback, podman's differences, and the helpers with libc's and libsinsp's semantics.
 * Table-driven, with the HTTP side faked (no sockets).
 */
import { describe, it, expect } from 'vitest';
import {
  DockerEngine, HttpAnswer, atoi, countCpuList, epochUtcSeconds, normalizeProbeArg, parseIpv4, splitImage,
} from '../../src/live/dockerEngine';
import { CONTAINER_TYPE, ContainerRecord, LOOKUP, newContainerRecord } from '../../src/live/containerRecord';

const FULL = '3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e';
const ID = FULL.slice(0, 12);
const IMAGE_ID = 'ddcca4b8a6f0367b5de2764dfe76b0a4bfa6d75237932185923705da47004347';
const DIGEST = 'sha256:' + 'b'.repeat(64);

/** an inspect body like Docker's, with overrides */
function inspect(over: { [k: string]: unknown } = {}, config: { [k: string]: unknown } = {}, host: { [k: string]: unknown } = {}, net: { [k: string]: unknown } = {}): unknown {
  return {
    Id: FULL, Created: '2024-03-01T10:20:30.123456789Z', Path: 'nginx', Name: '/web', Image: 'sha256:' + IMAGE_ID,
    Config: { Hostname: '3ad7b26ded6d', Image: 'nginx:1.25', Env: ['PATH=/usr/bin'], Labels: { maintainer: 'NGINX' }, ...config },
    HostConfig: { Privileged: false, Memory: 0, MemorySwap: 0, CpuShares: 0, NanoCpus: 0, CpuQuota: 0, CpuPeriod: 0, CpusetCpus: '', NetworkMode: 'bridge', ...host },
    NetworkSettings: { IPAddress: '172.17.0.2', Ports: {}, ...net },
    Mounts: [],
    ...over,
  };
}

interface Case {
  what: string;
  /** answers by request path */
  answers: Record<string, HttpAnswer | unknown>;
  type?: number;
  uid?: number;
  known?: Record<string, ContainerRecord>;
  expect: Partial<ContainerRecord> & { labels?: Map<string, string> };
  requests?: string[];
}

const ok = (body: unknown): HttpAnswer => ({ status: 200, body: typeof body === 'string' ? body : JSON.stringify(body) });
const image = (over: { [k: string]: unknown } = {}) => ok({ Id: 'sha256:' + IMAGE_ID, RepoTags: ['nginx:1.25'], RepoDigests: ['nginx@' + DIGEST], ...over });

const cases: Case[] = [
  {
    what: 'a docker container: name without its slash, image split, digest from the image, labels, IP, created time',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect()), [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image() },
    expect: {
      id: ID, fullId: FULL, type: 0, name: 'web', image: 'nginx:1.25', imageId: IMAGE_ID, imageRepo: 'nginx', imageTag: '1.25',
      imageDigest: DIGEST, ip: parseIpv4('172.17.0.2'), createdTime: 1709288430, lookupState: LOOKUP.SUCCESSFUL,
      labels: new Map([['maintainer', 'NGINX']]), env: ['PATH=/usr/bin'], cpuShares: 1024, cpuPeriod: 100000, privileged: false,
    },
    requests: [`/v1.24/containers/${ID}/json`, `/v1.24/images/${IMAGE_ID}/json?digests=1`],
  },
  {
    what: 'an image given with tag and digest needs no image request',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Image: 'registry.local:5000/team/app:2.0@' + DIGEST })) },
    expect: { imageRepo: 'registry.local:5000/team/app', imageTag: '2.0', imageDigest: DIGEST },
    requests: [`/v1.24/containers/${ID}/json`],
  },
  {
    what: 'without a tag the image is asked for; when it does not answer the tag is latest',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Image: 'team/app@' + DIGEST })) },
    expect: { imageRepo: 'team/app', imageTag: 'latest', imageDigest: DIGEST, lookupState: LOOKUP.SUCCESSFUL },
    requests: [`/v1.24/containers/${ID}/json`, `/v1.24/images/${IMAGE_ID}/json?digests=1`],
  },
  {
    what: 'a container started by image id: repository and tag come from the image',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Image: 'ddcca4b8' })), [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image({ RepoTags: ['library/nginx:stable'], RepoDigests: [] }) },
    expect: { image: 'ddcca4b8', imageRepo: 'library/nginx', imageTag: 'stable', imageDigest: '' },
  },
  {
    what: 'one digest under several names is the digest',
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Image: 'mirror/nginx' })),
      [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image({ RepoDigests: ['docker.io/library/nginx@' + DIGEST, 'quay.io/nginx@' + DIGEST], RepoTags: [] }),
    },
    expect: { imageRepo: 'mirror/nginx', imageTag: 'latest', imageDigest: DIGEST },
  },
  {
    what: 'an API that refuses /v1.24 is asked without the version, for the image too',
    answers: {
      [`/v1.24/containers/${ID}/json`]: { status: 400, body: '{"message":"too old"}' },
      [`/containers/${ID}/json`]: ok(inspect()), [`/images/${IMAGE_ID}/json?digests=1`]: image(),
    },
    expect: { name: 'web', imageDigest: DIGEST },
    requests: [`/v1.24/containers/${ID}/json`, `/containers/${ID}/json`, `/images/${IMAGE_ID}/json?digests=1`],
  },
  {
    what: 'no answer (no socket, refused connection): lookup failed, id and type only',
    answers: {},
    expect: { ...newContainerRecord(ID, 0, LOOKUP.FAILED) },
    requests: [`/v1.24/containers/${ID}/json`],
  },
  {
    what: 'an unknown container (404 twice): lookup failed',
    answers: { [`/v1.24/containers/${ID}/json`]: { status: 404, body: '{}' }, [`/containers/${ID}/json`]: { status: 404, body: '{}' } },
    expect: { lookupState: LOOKUP.FAILED, name: '' },
  },
  {
    what: 'an answer that is not JSON: lookup failed',
    answers: { [`/v1.24/containers/${ID}/json`]: ok('<html>oops') },
    expect: { lookupState: LOOKUP.FAILED },
  },
  {
    what: 'resource limits: memory, swap, shares, --cpus as NanoCpus, the CPU set counted, privileged',
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({}, {}, { Memory: 268435456, MemorySwap: -1, CpuShares: 512, NanoCpus: 1500000000, CpuQuota: 0, CpuPeriod: 0, CpusetCpus: '0-3,8', Privileged: true })),
      [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image(),
    },
    expect: { memoryLimit: 268435456, swapLimit: -1, cpuShares: 512, cpuQuota: 150000, cpuPeriod: 100000, cpusetCpuCount: 5, privileged: true },
  },
  {
    what: 'an explicit quota and period win over a smaller NanoCpus; a malformed CPU set counts -1',
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({}, {}, { CpuQuota: 50000, CpuPeriod: 200000, NanoCpus: 100000000, CpusetCpus: '3-1' })),
      [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image(),
    },
    expect: { cpuQuota: 50000, cpuPeriod: 200000, cpusetCpuCount: -1 },
  },
  {
    what: 'mounts, and TCP port bindings only (IPv6 host addresses become 0)',
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({
        Mounts: [{ Type: 'bind', Source: '/srv', Destination: '/data', Mode: 'ro', RW: false, Propagation: 'rprivate' }, { Type: 'volume', Name: 'v', Source: '/var/lib/docker/volumes/v/_data', Destination: '/v', Driver: 'local', Mode: '', RW: true, Propagation: '' }],
      }, {}, {}, { Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }], '443/tcp': null, '53/udp': [{ HostIp: '127.0.0.1', HostPort: '53' }] } })),
      [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image(),
    },
    expect: {
      mounts: [{ source: '/srv', dest: '/data', mode: 'ro', rdwr: false, propagation: 'rprivate' }, { source: '/var/lib/docker/volumes/v/_data', dest: '/v', mode: '', rdwr: true, propagation: '' }],
      portMappings: [{ hostIp: 0, hostPort: 8080, containerPort: 80 }, { hostIp: 0, hostPort: 8080, containerPort: 80 }],
    },
  },
  {
    what: 'labels longer than 100 bytes are left out',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Labels: { short: 'x', long: 'y'.repeat(101), edge: 'z'.repeat(100) } })), [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image() },
    expect: { labels: new Map([['edge', 'z'.repeat(100)], ['short', 'x']]) },
  },
  {
    what: 'a Kubernetes pod sandbox by its name; no IP of its own, the IP of the container whose network it joins',
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({ Name: '/k8s_POD_web_default_1' }, {}, { NetworkMode: 'container:' + 'c'.repeat(64) }, { IPAddress: '' })),
      [`/v1.24/containers/${'c'.repeat(64)}/json`]: ok(inspect({}, {}, {}, { IPAddress: '10.1.2.3' })),
      [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image(),
    },
    expect: { name: 'k8s_POD_web_default_1', isPodSandbox: true, ip: parseIpv4('10.1.2.3') },
  },
  {
    what: 'a health check (CMD, quoted arguments lose their quotes)',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Healthcheck: { Test: ['CMD', '"/bin/check"', "'--fast'", 'plain'] } })), [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image() },
    expect: { healthProbes: [{ kind: 'Healthcheck', exe: '/bin/check', args: ['--fast', 'plain'] }] },
  },
  {
    what: 'a health check (CMD-SHELL runs through /bin/sh -c); ["NONE"] is none',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Healthcheck: { Test: ['CMD-SHELL', 'curl -f http://localhost/'] } })), [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image() },
    expect: { healthProbes: [{ kind: 'Healthcheck', exe: '/bin/sh', args: ['-c', 'curl -f http://localhost/'] }] },
  },
  {
    what: 'a liveness probe from the pod spec kubectl leaves in a label wins over the health check',
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({}, {
        Labels: { 'annotation.kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ spec: { containers: [{ livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] } } }] } }) },
        Healthcheck: { Test: ['CMD', 'true'] },
      })),
      [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image(),
    },
    expect: { healthProbes: [{ kind: 'LivenessProbe', exe: 'cat', args: ['/tmp/healthy'] }] },
  },
  {
    what: 'a Kubernetes container copies its sandbox\'s probes',
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({}, { Labels: { 'io.kubernetes.sandbox.id': 'abcdefabcdef0123' } })), [`/v1.24/images/${IMAGE_ID}/json?digests=1`]: image() },
    known: { abcdefabcdef: Object.assign(newContainerRecord('abcdefabcdef', 0), { healthProbes: [{ kind: 'ReadinessProbe', exe: '/ready', args: ['-q'] }] }) },
    expect: { healthProbes: [{ kind: 'ReadinessProbe', exe: '/ready', args: ['-q'] }] },
  },
  {
    what: 'podman: the Image field names the image; its id and digest come from the image list; the owner uid label',
    type: CONTAINER_TYPE.PODMAN,
    uid: 1000,
    answers: {
      [`/v1.24/containers/${ID}/json`]: ok(inspect({ Image: 'docker.io/library/redis:7' }, { Image: 'redis:7', Labels: { podman_owner_uid: '0' } })),
      '/v1.24/images/json?digests=1': ok([
        { Id: 'sha256:' + '9'.repeat(64), Names: ['docker.io/library/alpine:latest'] },
        { Id: 'sha256:' + IMAGE_ID, Names: ['docker.io/library/redis:7'], Digest: DIGEST, RepoTags: ['docker.io/library/redis:7'] },
      ]),
    },
    expect: {
      type: CONTAINER_TYPE.PODMAN, image: 'redis:7', imageRepo: 'docker.io/library/redis', imageTag: '7', imageId: IMAGE_ID, imageDigest: DIGEST,
      labels: new Map([['podman_owner_uid', '1000']]),
    },
  },
  {
    what: 'podman, root\'s container: no owner label',
    type: CONTAINER_TYPE.PODMAN,
    uid: 0,
    answers: { [`/v1.24/containers/${ID}/json`]: ok(inspect({ Image: 'quay.io/x/y' }, { Image: 'quay.io/x/y', Labels: { podman_owner_uid: '0', a: 'b' } })), '/v1.24/images/json?digests=1': ok([]) },
    expect: { imageRepo: 'quay.io/x/y', imageTag: 'latest', imageId: '', labels: new Map([['a', 'b']]) },
  },
];

describe('Docker API answers', () => {
  for (const c of cases) {
    it(c.what, async () => {
      const requests: string[] = [];
      const engine = new DockerEngine(async (socket, path) => {
        expect(socket).toBe('/run/test.sock');
        requests.push(path);
        const a = c.answers[path] as HttpAnswer | undefined;
        return a ?? { status: 0, body: '' };
      }, (id) => c.known?.[id]);
      const rec = await engine.lookup({ id: ID, socket: '/run/test.sock', type: c.type ?? CONTAINER_TYPE.DOCKER, uid: c.uid ?? 0 });
      expect(rec).toMatchObject(c.expect);
      if (c.expect.labels !== undefined) expect([...rec.labels]).toEqual([...c.expect.labels]);
      if (c.requests !== undefined) expect(requests).toEqual(c.requests);
    });
  }

  it('keeps asking without the version once it was refused', async () => {
    const requests: string[] = [];
    const engine = new DockerEngine(async (_s, path) => {
      requests.push(path);
      return path.startsWith('/v1.24') ? { status: 400, body: '' } : { status: 404, body: '' };
    });
    await engine.lookup({ id: 'aaaaaaaaaaaa', socket: '/s', type: 0, uid: 0 });
    await engine.lookup({ id: 'bbbbbbbbbbbb', socket: '/s', type: 0, uid: 0 });
    // any refusal is retried without the version, which by then it already is
    expect(requests).toEqual(['/v1.24/containers/aaaaaaaaaaaa/json', '/containers/aaaaaaaaaaaa/json', '/containers/bbbbbbbbbbbb/json', '/containers/bbbbbbbbbbbb/json']);
  });
});

describe('helpers with libsinsp and libc semantics', () => {
  it.each([
    ['nginx', 'nginx', '', ''],
    ['nginx:1.25', 'nginx', '1.25', ''],
    ['library/nginx:1.25', 'library/nginx', '1.25', ''],
    ['localhost:5000/app:v2', 'localhost:5000/app', 'v2', ''],
    ['quay.io/org/app@sha256:abc', 'quay.io/org/app', '', 'sha256:abc'],
    ['app:1@sha256:abc', 'app', '1', 'sha256:abc'],
    ['', '', '', ''],
  ])('splits the image %j', (img, repo, tag, digest) => {
    expect(splitImage(img)).toEqual({ repo, tag, digest });
  });

  it.each([
    ['0', 1], ['0-3', 4], ['0-3,8', 5], ['1,3,5', 3], ['0-1,4-7\n', 6], ['3-1', -1], ['1,,2', -1], ['-2', -1], ['x', -1], ['1-2-3', -1],
  ])('counts the CPU list %j', (list, n) => {
    expect(countCpuList(list)).toBe(n);
  });

  it.each([
    ['2024-03-01T10:20:30Z', 1709288430],
    ['2024-03-01T10:20:30.123456789Z', 1709288430],
    ['1970-01-01T00:00:00Z', 0],
    ['0001-01-01T00:00:00Z', -62135596800],
    ['2024-02-30T00:00:00Z', 1709251200], // normalized like timegm: March 1st
    ['2024-03-01', 1709251200],
    ['garbage', -2209075200], // nothing read: 1900-01-00
  ])('reads the time %j', (s, t) => {
    expect(epochUtcSeconds(s)).toBe(t);
  });

  it.each([
    ['172.17.0.2', 0xac110002], ['0.0.0.0', 0], ['255.255.255.255', 0xffffffff], ['01.2.3.4', undefined], ['1.2.3', undefined], ['256.1.1.1', undefined], ['::1', undefined], ['', undefined],
  ])('reads the IPv4 address %j', (s, ip) => {
    expect(parseIpv4(s)).toBe(ip);
  });

  it.each([['"a b"', 'a b'], ["'x'", 'x'], [`"'y'"`, 'y'], ['"unbalanced', '"unbalanced'], ['plain', 'plain'], ['"', ''], ['', '']])('unquotes the probe argument %j', (a, b) => {
    expect(normalizeProbeArg(a)).toBe(b);
  });

  it.each([['80/tcp', 80], [' 42x', 42], ['-1', -1], ['x', 0]])('atoi %j', (s, n) => {
    expect(atoi(s)).toBe(n);
  });
});
