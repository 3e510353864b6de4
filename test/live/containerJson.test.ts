/**
 * The container event as sinsp's container manager writes it: container_to_json's JSON in
 * jsoncpp's compact form (sorted keys, its string escapes, null for empty objects), carried by
 * a PPME_CONTAINER_JSON_2_E event that reads back through our reader and state engine.
 */
import { describe, it, expect } from 'vitest';
import {
  ContainerRecord, containerEventBlock, containerToJson, fastWriterJson, newContainerRecord, quoteJsonString, LOOKUP, CONTAINER_TYPE,
} from '../../src/live/containerRecord';
import { parseContainerJson } from '../../src/state/containerInfo';
import { EV_BLOCK_TYPE_V2, EV_BLOCK_TYPE_V2_LARGE } from '../../src/capture/blockTypes';
import { PPME } from '../../src/events/eventTable';

const DEFAULTS_FAILED = '{"container":{"Mounts":[],"cpu_period":100000,"cpu_quota":0,"cpu_shares":1024,"cpuset_cpu_count":0,' +
  '"created_time":0,"env":[],"full_id":"","id":"0123456789ab","image":"","imagedigest":"","imageid":"","imagerepo":"",' +
  '"imagetag":"","ip":"0.0.0.0","is_pod_sandbox":false,"labels":null,"lookup_state":2,"memory_limit":0,"metadata_deadline":0,' +
  '"name":"","port_mappings":[],"privileged":false,"swap_limit":0,"type":0}}\n';

function full(): ContainerRecord {
  const c = newContainerRecord('3ad7b26ded6d', CONTAINER_TYPE.DOCKER);
  Object.assign(c, {
    fullId: '3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e', name: 'web', image: 'nginx:1.25',
    imageId: 'f'.repeat(64), imageRepo: 'nginx', imageTag: '1.25', imageDigest: 'sha256:' + 'a'.repeat(64),
    ip: (172 << 24 | 17 << 16 | 5) >>> 0, privileged: true, memoryLimit: 268435456, swapLimit: -1, cpuShares: 512,
    cpuQuota: 150000, cpusetCpuCount: 2, createdTime: 1709288430, env: ['PATH=/usr/bin', 'MESOS_TASK_ID=t1', 'MARATHON_APP=a', 'x_mesos=1'],
  });
  c.mounts.push({ source: '/srv', dest: '/data', mode: 'ro', rdwr: false, propagation: 'rprivate' });
  c.portMappings.push({ hostIp: (127 << 24 | 1) >>> 0, hostPort: 8080, containerPort: 80 });
  c.labels.set('zeta', 'last').set('Alpha', 'upper first').set('alpha', 'lower');
  c.healthProbes.push({ kind: 'Healthcheck', exe: '/bin/sh', args: ['-c', 'true'] }, { kind: 'LivenessProbe', exe: '/check', args: [] });
  return c;
}

describe('container_to_json', () => {
  it('a failed lookup: the id, the type and sinsp\'s defaults', () => {
    expect(containerToJson(newContainerRecord('0123456789ab', CONTAINER_TYPE.DOCKER, LOOKUP.FAILED))).toBe(DEFAULTS_FAILED);
  });

  it('every field, keys in byte order (uppercase first), probes under their names, mesos variables only', () => {
    expect(containerToJson(full())).toBe('{"container":{' +
      '"Healthcheck":{"args":["-c","true"],"exe":"/bin/sh"},"LivenessProbe":{"args":null,"exe":"/check"},' +
      '"Mounts":[{"Destination":"/data","Mode":"ro","Propagation":"rprivate","RW":false,"Source":"/srv"}],' +
      '"cpu_period":100000,"cpu_quota":150000,"cpu_shares":512,"cpuset_cpu_count":2,"created_time":1709288430,' +
      '"env":["MESOS_TASK_ID=t1","MARATHON_APP=a","x_mesos=1"],' +
      '"full_id":"3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e","id":"3ad7b26ded6d","image":"nginx:1.25",' +
      `"imagedigest":"sha256:${'a'.repeat(64)}","imageid":"${'f'.repeat(64)}","imagerepo":"nginx","imagetag":"1.25",` +
      '"ip":"172.17.0.5","is_pod_sandbox":false,"labels":{"Alpha":"upper first","alpha":"lower","zeta":"last"},"lookup_state":1,' +
      '"memory_limit":268435456,"metadata_deadline":0,"name":"web",' +
      '"port_mappings":[{"ContainerPort":80,"HostIp":2130706433,"HostPort":8080}],"privileged":true,"swap_limit":-1,"type":0}}\n');
  });

  it('a mesos task id is written only when there is one', () => {
    const c = newContainerRecord('0123456789ab', CONTAINER_TYPE.CRI);
    c.mesosTaskId = 'task.1';
    expect(containerToJson(c)).toContain('"memory_limit":0,"mesos_task_id":"task.1","metadata_deadline":0,');
    expect(containerToJson(newContainerRecord('0123456789ab', 6))).not.toContain('mesos_task_id');
  });

  const strings: Array<[string, string]> = [
    ['plain', '"plain"'],
    ['a/b', '"a/b"'],
    ['say "hi"\\', '"say \\"hi\\"\\\\"'],
    ['\b\f\n\r\t', '"\\b\\f\\n\\r\\t"'],
    ['\u0001\u001f\u007f', '"\\u0001\\u001f\u007f"'],
    ['café', '"caf\\u00e9"'],
    ['日本', '"\\u65e5\\u672c"'],
    ['😀', '"\\ud83d\\ude00"'],
  ];
  for (const [input, quoted] of strings) {
    it(`quotes ${JSON.stringify(input)} as jsoncpp does`, () => {
      expect(quoteJsonString(input)).toBe(quoted);
      // and it is still JSON that means the same string
      expect(JSON.parse(quoted)).toBe(input);
    });
  }

  it('writes empty containers, nulls and nesting compactly with a final line feed', () => {
    expect(fastWriterJson({ b: [], a: {}, c: null, d: [1, { z: true, y: false }] })).toBe('{"a":{},"b":[],"c":null,"d":[1,{"y":false,"z":true}]}\n');
  });

  it('reads back through the state engine\'s container JSON parser', () => {
    const info = parseContainerJson(containerToJson(full()));
    expect(info).toMatchObject({
      id: '3ad7b26ded6d', type: 0, name: 'web', image: 'nginx:1.25', imageRepo: 'nginx', imageTag: '1.25', privileged: true,
      ip: '172.17.0.5', labels: { Alpha: 'upper first', alpha: 'lower', zeta: 'last' }, successful: true,
      mounts: [{ source: '/srv', dest: '/data', mode: 'ro', rdwr: false, propagation: 'rprivate' }],
      healthProbes: [{ kind: 'Healthcheck', exe: '/bin/sh', args: ['-c', 'true'] }, { kind: 'LivenessProbe', exe: '/check', args: [] }],
    });
    expect(parseContainerJson(DEFAULTS_FAILED)?.successful).toBe(false);
  });
});

describe('the container event', () => {
  const json = containerToJson(full());

  it('is PPME_CONTAINER_JSON_2_E of thread -1 on CPU 0, the JSON with its NUL as a 4-byte-length parameter', () => {
    const ts = 1_700_000_000_123_456_789n;
    const b = containerEventBlock(json, ts);
    const payload = Buffer.from(json + '\0');
    expect(b.readUInt32LE(0)).toBe(EV_BLOCK_TYPE_V2);
    expect(b.readUInt32LE(4)).toBe(b.length);
    expect(b.length % 4).toBe(0);
    expect(b.readUInt32LE(b.length - 4)).toBe(b.length);
    expect(b.readUInt16LE(8)).toBe(0); // cpu
    const e = 10;
    expect(b.readBigUInt64LE(e)).toBe(ts);
    expect(b.readBigInt64LE(e + 8)).toBe(-1n);
    expect(b.readUInt32LE(e + 16)).toBe(26 + 4 + payload.length);
    expect(b.readUInt16LE(e + 20)).toBe(PPME.CONTAINER_JSON_2_E);
    expect(b.readUInt32LE(e + 22)).toBe(1);
    expect(b.readUInt32LE(e + 26)).toBe(payload.length);
    expect(b.subarray(e + 30, e + 30 + payload.length).equals(payload)).toBe(true);
  });

  it('uses the large block type at the head of a capture, and when the JSON does not fit the ordinary one', () => {
    expect(containerEventBlock(json, 1n, true).readUInt32LE(0)).toBe(EV_BLOCK_TYPE_V2_LARGE);
    const big = full();
    for (let i = 0; i < 1000; i++) big.labels.set(`label.${i}`, 'v'.repeat(90));
    expect(containerEventBlock(containerToJson(big), 1n).readUInt32LE(0)).toBe(EV_BLOCK_TYPE_V2_LARGE);
  });
});
