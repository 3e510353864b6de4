/**
 * Container ids from cgroups, by sinsp's engine layouts; and what the state engine does with
 * container events whose lookup failed (the table keeps them, the events are filtered out).
 */
import { describe, it, expect } from 'vitest';
import { containerIdFromCgroups, matchContainerId, matchEngines, matchContainer, CONTAINER_TYPE, RuntimeEngine } from '../../src/state/containerIds';
import { emptyProcEntry } from '../../src/capture/metadataBlocks';
import { Inspector } from '../../src/state/inspector';
import { ScapParser } from '../../src/capture/scapParser';
import { ScapWriter, encodeEventBlock, param } from '../../src/capture/scapWriter';
import { PPME } from '../../src/events/eventTable';
import { containerEventBlock, containerToJson, newContainerRecord, LOOKUP } from '../../src/live/containerRecord';
import { writeCaptureHead } from '../../src/live/captureHead';

const ID = '3ad7b26ded6d8e7b23da7d48fe889434573036c27ae5a74837233de441c3601e';
const UPPER = ID.toUpperCase();

describe('container ids from cgroups', () => {
  const cases: Array<[string, string[], string, RuntimeEngine[]]> = [
    ['docker, cgroupfs driver', [`cpu=/docker/${ID}`], ID.slice(0, 12), [RuntimeEngine.DOCKER, RuntimeEngine.CRI]],
    ['docker, systemd driver', [`=/system.slice/docker-${ID}.scope`], ID.slice(0, 12), [RuntimeEngine.DOCKER]],
    ['kubernetes pod, cgroupfs (docker and CRI layouts)', [`memory=/kubepods/besteffort/pod1234/${ID}`], ID.slice(0, 12), [RuntimeEngine.DOCKER, RuntimeEngine.CRI]],
    ['containerd, systemd driver', [`=/kubepods.slice/kubepods-pod1.slice/cri-containerd-${ID}.scope`], ID.slice(0, 12), [RuntimeEngine.CRI]],
    ['cri-o, systemd driver', [`=/kubepods.slice/crio-${ID}.scope`], ID.slice(0, 12), [RuntimeEngine.CRI]],
    ['cri-o, cgroupfs driver', [`cpu=/kubepods/pod1/crio-${ID}`], ID.slice(0, 12), [RuntimeEngine.CRI]],
    ['containerd without SystemdCgroup', [`=/system.slice/containerd.service/kubepods-pod1.slice:cri-containerd:${ID}`], ID.slice(0, 12), [RuntimeEngine.CRI]],
    ['podman (root)', [`=/machine.slice/libpod-${ID}.scope/container`], ID.slice(0, 12), [RuntimeEngine.PODMAN]],
    ['podman (rootless)', [`=/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-${ID}.scope`], ID.slice(0, 12), [RuntimeEngine.PODMAN]],
    ['uppercase hex counts, its case kept', [`cpu=/docker/${UPPER}`], UPPER.slice(0, 12), [RuntimeEngine.DOCKER, RuntimeEngine.CRI]],
    ['a nested cgroup below the container is not the container', [`cpu=/docker/${ID}/child`], '', []],
    ['the host', ['cpu=/', '=/user.slice/user-0.slice/session-1.scope'], '', []],
    ['63 characters are not an id', [`cpu=/docker/${ID.slice(1)}`], '', []],
    ['the first cgroup that matches wins', ['cpu=/', `memory=/docker/${ID}`, `pids=/docker/${'f'.repeat(64)}`], ID.slice(0, 12), [RuntimeEngine.DOCKER, RuntimeEngine.CRI]],
  ];
  for (const [what, cgroups, id, engines] of cases) {
    it(what, () => {
      expect(containerIdFromCgroups(cgroups)).toBe(id);
      expect(matchEngines(cgroups).map((m) => m.engine)).toEqual(engines);
    });
  }
});

describe('LXC-style containers (named after their ids) and types without a lookup', () => {
  const cases: Array<[string, string[], string, number]> = [
    ['lxc', ['cpu=/lxc/web01/init.scope'], 'web01', CONTAINER_TYPE.LXC],
    ['lxc 4 (lxc.payload)', ['=/lxc.payload/db'], 'db', CONTAINER_TYPE.LXC],
    ['libvirt-lxc, cgroupfs', ['cpu=/machine/vm1.libvirt-lxc'], 'vm1', CONTAINER_TYPE.LIBVIRT_LXC],
    ['libvirt-lxc, systemd', ['cpu=/machine.slice/machine-lxc\\x2d1234\\x2dbox.scope'], '1234\\x2dbox', CONTAINER_TYPE.LIBVIRT_LXC],
    // the LXC engine, asked first, already finds /lxc/ in libvirt's legacy layout
    ['libvirt-lxc, legacy: taken by the lxc engine', ['cpu=/libvirt/lxc/old'], 'old', CONTAINER_TYPE.LXC],
    ['docker comes first', [`cpu=/docker/${ID}`, 'memory=/lxc/x'], ID.slice(0, 12), CONTAINER_TYPE.DOCKER],
    ['podman', [`=/machine.slice/libpod-${ID}.scope`], ID.slice(0, 12), CONTAINER_TYPE.PODMAN],
  ];
  it.each(cases)('%s', (_what, cgroups, id, type) => {
    expect(matchContainer(cgroups)).toMatchObject({ id, type });
  });

  /** A replay of one process in `cgroups`: the container table sinsp would build, with no container event. */
  function replayed(cgroups: string[]): Inspector {
    const ins = new Inspector();
    ins.onProc({ ...emptyProcEntry(), tid: 9, pid: 9, comm: 'sh', cgroups });
    return ins;
  }
  it('a docker container met in a replay has its id and type, no name, not privileged', () => {
    expect(replayed([`cpu=/docker/${ID}`]).containers.get(ID.slice(0, 12))).toMatchObject({ type: CONTAINER_TYPE.DOCKER, name: '', privileged: false, mounts: [] });
  });
  it('an lxc container is named after its id', () => {
    expect(replayed(['cpu=/lxc/web01']).containers.get('web01')).toMatchObject({ type: CONTAINER_TYPE.LXC, name: 'web01' });
  });
  it('a CRI container (no runtime to ask) has an id but no table entry', () => {
    const ins = replayed([`=/kubepods.slice/cri-containerd-${ID}.scope`]);
    expect(ins.threads.get(9)?.containerId).toBe(ID.slice(0, 12));
    expect(ins.containers.size).toBe(0);
  });

  it('rejects a non-hex character only where sinsp looks for it (before position 64 of the path)', () => {
    const bad = 'z' + ID.slice(1);
    expect(matchContainerId(`/docker/${bad}`, '/', '')).toBeUndefined();
    // the check compares the bad character's position in the whole path with 64
    const lateBad = ID.slice(0, 60) + 'zzzz';
    expect(matchContainerId(`/docker/${lateBad}`, '/', '')).toBe(lateBad.slice(0, 12));
    // the suffix is scanned too, past the id: ".scope" starts at 64 or later
    expect(matchContainerId(`/docker-${ID}.scope`, '/docker-', '.scope')).toBe(ID.slice(0, 12));
  });
});

/** A capture: a head with one process in a container, then container events. */
function captureWith(events: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  writeCaptureHead(new ScapWriter((b) => parts.push(b)), {
    machine: { numCpus: 1, memorySizeBytes: 1, maxPid: 32768, hostname: 'h', bootTsEpoch: 0n, flags: 0n },
    procs: [], fds: new Map(), users: [], groups: [], interfaces: [],
  });
  return Buffer.concat([...parts, ...events]);
}

describe('container events in the state engine', () => {
  const ts = 1_700_000_000_000_000_000n;
  const first = containerEventBlock(containerToJson(newContainerRecord('aaaaaaaaaaaa', 0)), ts, true);
  // an event that is not a container event ends the ones that open the capture
  const other = encodeEventBlock({ ts, tid: 1, type: PPME.PROCINFO_E, params: [param.u64(0n), param.u64(0n)] });

  it('a failed lookup updates the table but its event is filtered out; a successful one is delivered', () => {
    const ok = newContainerRecord('0123456789ab', 0);
    ok.name = 'web';
    const failed = newContainerRecord('ba9876543210', 0, LOOKUP.FAILED);
    const ins = new Inspector();
    const delivered: string[] = [];
    const filtered: string[] = [];
    ins.setSink((ev) => { if (ev.type !== PPME.PROCINFO_E) delivered.push(ev.tinfo?.containerId ?? ''); return true; });
    ins.filteredOutSink = (ev) => { filtered.push(ev.tinfo?.containerId ?? ''); };
    const parser = new ScapParser(ins);
    // the first container event opens the capture and is consumed there
    parser.push(captureWith([first, other, containerEventBlock(containerToJson(failed), ts + 1n), containerEventBlock(containerToJson(ok), ts + 2n)]));
    expect(delivered).toEqual(['0123456789ab']);
    expect(filtered).toEqual(['ba9876543210']);
    expect(ins.containers.get('ba9876543210')?.successful).toBe(false);
    expect(ins.containers.get('0123456789ab')?.name).toBe('web');
    expect(ins.containers.has('aaaaaaaaaaaa')).toBe(true);
  });

  it('a lookup recorded as still under way (STARTED) counts as failed, as sinsp reads it from a file', () => {
    const started = newContainerRecord('0123456789ab', 0, LOOKUP.STARTED);
    const ins = new Inspector();
    let delivered = 0;
    ins.setSink((ev) => { if (ev.type !== PPME.PROCINFO_E) delivered++; return true; });
    const parser = new ScapParser(ins);
    parser.push(captureWith([first, other, containerEventBlock(containerToJson(started), ts + 1n)]));
    expect(delivered).toBe(0);
    expect(ins.containers.get('0123456789ab')?.successful).toBe(false);
  });
});
