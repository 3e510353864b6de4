/**
 * What libscap itself keeps from the state engine, before anything sees it: the user and group
 * lists when users are not imported (sysdig -E), and every event of the threads of suppressed
 * process names (sysdig -U), which are never counted, filtered or shown.
 *
 * Suppression follows scap_check_suppressed: a thread becomes suppressed at the clone, fork,
 * vfork, execve or execveat exit whose comm is suppressed or whose parent is, stops being so at
 * an exec to another name (unless its parent is suppressed) and at its exit. A live capture also
 * leaves out the suppressed threads it finds in /proc; a capture file's process list is kept.
 */
import type { CaptureHandler } from './scapParser';
import type { RawEvent } from './rawEvent';
import type { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from './records';
import { CaptureError } from './captureError';
import { readInt64 } from './blockCursor';
import { PPME } from '../events/eventTable';

/** libscap's SCAP_MAX_SUPPRESSED_COMMS */
export const MAX_SUPPRESSED_COMMS = 32;

/** The events whose 14th parameter is the comm (and 6th the parent's tid), as scap reads them. */
const NEW_PROCESS_EXITS = new Set<number>([
  PPME.SYSCALL_CLONE_20_X, PPME.SYSCALL_FORK_20_X, PPME.SYSCALL_VFORK_20_X,
  PPME.SYSCALL_EXECVE_19_X, PPME.SYSCALL_EXECVEAT_X, PPME.SYSCALL_CLONE3_X,
]);
const COMM_PARAM = 13;
const PTID_PARAM = 5;

export interface ScapSideOptions {
  /** -E: leave out the capture's users and groups */
  readonly excludeUsers: boolean;
  /** -U: process names whose events are dropped */
  readonly suppressedComms: readonly string[];
  /** the process list comes from this machine's /proc (live capture) */
  readonly live: boolean;
}

export class ScapSideFilter implements CaptureHandler {
  private readonly comms: ReadonlySet<string>;
  private readonly tids = new Set<number>();
  /** events dropped because their thread is suppressed */
  suppressedEvents = 0;

  constructor(private readonly next: CaptureHandler, private readonly opts: ScapSideOptions) {
    this.comms = new Set(opts.suppressedComms);
  }

  onMachineInfo(m: MachineInfo): void { this.next.onMachineInfo?.(m); }
  onInterfaces(l: InterfaceEntry[]): void { this.next.onInterfaces?.(l); }
  onUser(u: UserEntry): void { if (!this.opts.excludeUsers) this.next.onUser?.(u); }
  onGroup(g: GroupEntry): void { if (!this.opts.excludeUsers) this.next.onGroup?.(g); }

  onProc(p: ProcEntry): void {
    if (this.opts.live && this.comms.size > 0 && this.update(p.comm, p.tid, 0)) return;
    this.next.onProc?.(p);
  }

  onFd(tid: number, f: FdEntry): void {
    if (this.opts.live && this.tids.has(tid)) return;
    this.next.onFd?.(tid, f);
  }

  onEvent(ev: RawEvent): boolean | void {
    if (this.comms.size > 0 && this.isSuppressed(ev)) {
      this.suppressedEvents++;
      return true;
    }
    return this.next.onEvent(ev);
  }

  private isSuppressed(ev: RawEvent): boolean {
    const tid = readInt64(ev.buf, ev.off + 8);
    if (NEW_PROCESS_EXITS.has(ev.type)) {
      if (ev.nparams <= COMM_PARAM) throw new CaptureError('could not find the process comm in the event parameters', ev.blockOffset);
      // walk the lengths to the parent tid and the comm
      let p = ev.lensOff + ev.nparams * ev.lenSize;
      let ptid = 0;
      for (let j = 0; j < COMM_PARAM; j++) {
        if (j === PTID_PARAM) ptid = readInt64(ev.buf, p);
        p += ev.lenSize === 2 ? ev.buf.readUInt16LE(ev.lensOff + 2 * j) : ev.buf.readUInt32LE(ev.lensOff + 4 * j);
      }
      const end = ev.off + ev.len;
      let e = p;
      while (e < end && ev.buf[e] !== 0) e++;
      return this.update(ev.buf.toString('latin1', p, e), tid, ptid);
    }
    const suppressed = this.tids.has(tid);
    // exiting threads are never suppressed again
    if (suppressed && ev.type === PPME.PROCEXIT_1_E) this.tids.delete(tid);
    return suppressed;
  }

  /** scap_update_suppressed: whether `tid` is suppressed now, given its comm and parent. */
  private update(comm: string, tid: number, ptid: number): boolean {
    const suppressed = this.tids.has(ptid) || this.comms.has(comm);
    if (suppressed) this.tids.add(tid);
    else this.tids.delete(tid);
    return suppressed;
  }
}
