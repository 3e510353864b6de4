/**
 * The state engine's tables as capture metadata: what a rotated capture file (-C/-G/-e) starts
 * with, like the thread table sinsp dumps at the head of each new file.
 */
import type { CaptureMetadata } from '../capture/captureWriter';
import type { FdEntry, ProcEntry } from '../capture/records';
import type { Inspector } from './inspector';
import type { ThreadInfo } from './threadInfo';
import type { FdInfo } from './fdInfo';

function procEntry(t: ThreadInfo): ProcEntry {
  return {
    tid: t.tid, pid: t.pid, ptid: t.ptid, sid: t.sid, vpgid: t.vpgid, pgid: t.pgid,
    comm: t.comm, exe: t.exe, exepath: t.exepath, args: t.args, cwd: t.cwd, fdlimit: t.fdlimit,
    flags: t.flags, uid: t.uid, gid: t.gid, vmsizeKb: t.vmsizeKb, vmrssKb: t.vmrssKb, vmswapKb: t.vmswapKb,
    pfmajor: t.pfmajor, pfminor: t.pfminor, env: t.env, vtid: t.vtid, vpid: t.vpid, cgroups: t.cgroups,
    root: t.root, loginuid: t.loginuid, pidnsInitStartTs: 0n, tty: t.tty, exeWritable: t.exeWritable,
    capInheritable: 0n, capPermitted: 0n, capEffective: 0n, exeUpperLayer: false, exeLowerLayer: false,
    exeFromMemfd: false, exeIno: 0n,
  };
}

function fdEntry(fd: number, f: FdInfo): FdEntry {
  return {
    fd, ino: f.ino, type: f.type, name: f.name, openFlags: f.openFlags, dev: f.dev, sip: f.sip, dip: f.dip,
    sip6: f.sip6, dip6: f.dip6, sport: f.sport, dport: f.dport, l4proto: f.l4proto,
    unixSource: f.unixSource, unixDest: f.unixDest,
  };
}

export function stateSnapshot(ins: Inspector): CaptureMetadata {
  const procs: ProcEntry[] = [];
  const fds = new Map<number, FdEntry[]>();
  for (const t of ins.threads.values()) {
    procs.push(procEntry(t));
    // fd tables are shared by a process's threads: list them once, under the main thread
    if (t.isMainThread() && t.fds.size > 0) fds.set(t.tid, [...t.fds].map(([fd, f]) => fdEntry(fd, f)));
  }
  return {
    machine: ins.machineInfo, procs, fds, users: [...ins.users.values()], groups: [...ins.groups.values()],
    interfaces: ins.interfaces,
  };
}
