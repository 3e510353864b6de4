/**
 * The state engine: turns the reader's raw events into Events with their thread and fd
 * resolved, and keeps the thread, fd, user, group and container tables current
 * (libsinsp's sinsp + sinsp_parser, for what replay needs).
 */
import { CaptureHandler } from '../capture/scapParser';
import { RawEvent } from '../capture/rawEvent';
import { FdEntry, GroupEntry, InterfaceEntry, MachineInfo, ProcEntry, UserEntry } from '../capture/records';
import { FD_TYPE } from '../capture/blockTypes';
import { Event } from '../events/event';
import { EF } from '../events/paramTypes';
import { EVENT_TABLE } from '../events/eventTable';
import { ThreadInfo, PPM_CL, normalizeCgroups } from './threadInfo';
import { FdInfo, FDF, L4 } from './fdInfo';
import { ipv4ToString, ipv6ToString, isIpv4MappedIpv6, portToString } from './netFormat';
import { ContainerInfo, containerFromCgroups, parseContainerJson } from './containerInfo';
import { containerIdFromCgroups, matchContainer, RuntimeEngine } from './containerIds';
import { parseEventState, needsEnterEventCopy } from './parsers';
import type { Predicate } from '../filter/compile';
import type { ParamFormatter } from '../output/paramFormat';

/** Receives each event after the state engine has processed it. Return false to stop. */
export type EventSink = (ev: Event) => boolean | void;

export class Inspector implements CaptureHandler {
  readonly threads = new Map<number, ThreadInfo>();
  readonly users = new Map<number, UserEntry>();
  readonly groups = new Map<number, GroupEntry>();
  readonly containers = new Map<string, ContainerInfo>();
  interfaces: InterfaceEntry[] = [];
  machineInfo: MachineInfo | undefined = undefined;

  /** Capture time base: event timestamps are kept as ns since tsBaseSec seconds (exact doubles). */
  tsBaseSec = -1;
  private tsBaseHi = 0;
  private tsBaseLo = 0;
  /** ts of the first event, relative to the base */
  firstTs = 0;
  /** ts of the first event that is not a container event (sinsp m_firstevent_ts; evt.reltime counts from it) */
  firstEventTs = Number.NEGATIVE_INFINITY;
  /** ts of the current event, and of the one before it (evt.deltatime) */
  lastTs = 0;
  prevTs = 0;
  eventCount = 0;
  private sawFirstRealEvent = false;

  readonly event = new Event();
  /** scratch view for a thread's stored enter event */
  readonly enterEvent = new Event();

  // Removals sinsp defers until the next event, so the event that closes an fd or ends a
  // thread still shows it.
  pendingFdRemoveTid = -1;
  readonly pendingFdRemovals: number[] = [];
  pendingThreadRemoval = -1;

  /** renders parameters for fields like evt.info, with the command line's buffer options */
  paramFormatter: ParamFormatter | undefined = undefined;

  /** device of the last /proc file loaded (see onFd) */
  private procDev = 0;

  /** sysdig -R: fd names and rendered addresses show ports as service names */
  resolvePorts = false;

  /** the user's filter, run where sinsp runs it (see onEvent) */
  filter: Predicate | undefined = undefined;
  /**
   * The event types the filter can match (one flag per id), when known: other events that do
   * not change state are known to be filtered out without running the filter.
   */
  filterEventTypes: Uint8Array | undefined = undefined;

  /**
   * Told of each event the filter drops: sinsp hands those back as timeouts, and sysdig runs
   * the chisels' interval logic on them.
   */
  filteredOutSink: ((ev: Event) => void) | undefined = undefined;

  /** Told of each event as soon as it has its number (progress reports). */
  onEventNumber: ((ev: Event) => void) | undefined = undefined;

  /**
   * Live capture: told of each thread given a container id (from the /proc scan, a clone or an
   * execve), where sinsp asks its container engines about the container.
   */
  onContainerThread: ((t: ThreadInfo) => void) | undefined = undefined;

  constructor(private sink: EventSink = () => true) {}

  setSink(sink: EventSink): void { this.sink = sink; }

  // ---- metadata blocks -------------------------------------------------------------

  onMachineInfo(mi: MachineInfo): void { this.machineInfo = mi; }
  onUser(u: UserEntry): void { this.users.set(u.uid, u); }
  onGroup(g: GroupEntry): void { this.groups.set(g.gid, g); }
  onInterfaces(list: InterfaceEntry[]): void { this.interfaces = list; }
  onInitialContainer(_block: Buffer, json: string): void {
    const info = parseContainerJson(json);
    if (info) this.containers.set(info.id, info);
  }

  onProc(p: ProcEntry): void {
    const t = new ThreadInfo();
    t.tid = p.tid; t.pid = p.pid; t.ptid = p.ptid; t.sid = p.sid; t.vpgid = p.vpgid; t.pgid = p.pgid;
    t.comm = p.comm; t.exe = p.exe; t.exepath = p.exepath; t.args = p.args; t.env = p.env;
    t.cwd = withTrailingSlash(p.cwd); t.root = p.root; t.fdlimit = p.fdlimit; t.flags = p.flags;
    t.uid = p.uid; t.gid = p.gid; t.loginuid = p.loginuid; t.vtid = p.vtid; t.vpid = p.vpid;
    t.tty = p.tty; t.vmsizeKb = p.vmsizeKb; t.vmrssKb = p.vmrssKb; t.vmswapKb = p.vmswapKb;
    t.pfmajor = p.pfmajor; t.pfminor = p.pfminor; t.cgroups = normalizeCgroups(p.cgroups); t.exeWritable = p.exeWritable;
    const old = this.threads.get(p.tid);
    if (old) t.fds = old.fds;
    // thread counts are computed once the table is complete (before the first event)
    this.threads.set(t.tid, t);
    this.resolveContainer(t);
  }

  /**
   * sinsp's container engines on a thread whose cgroups may place it in a container (a /proc
   * entry, a clone, an execve): its container id, and what is known of the container before any
   * container event. Docker and podman containers get their id and type when no runtime is
   * asked (a replay); a live capture asks the runtime (onContainerThread), whose answer arrives
   * as a container event. LXC-style containers need no lookup: their id is their name.
   */
  resolveContainer(t: ThreadInfo, inherited = ''): void {
    const m = matchContainer(t.cgroups);
    t.containerId = m?.id ?? inherited;
    if (t.containerId === '') return;
    if (m !== undefined && !this.containers.has(m.id)) {
      if (m.engine === undefined) this.containers.set(m.id, containerFromCgroups(m.id, m.type, m.id));
      else if (this.onContainerThread === undefined && m.engine !== RuntimeEngine.CRI) this.containers.set(m.id, containerFromCgroups(m.id, m.type));
    }
    if (this.onContainerThread !== undefined) this.onContainerThread(t);
  }

  onFd(tid: number, e: FdEntry): void {
    let t = this.threads.get(tid);
    if (!t) {
      t = this.newFakeThread(tid);
    }
    const f = new FdInfo();
    f.type = e.type; f.name = e.name; f.openFlags = e.openFlags; f.dev = e.dev; f.ino = e.ino;
    f.l4proto = e.l4proto; f.sport = e.sport; f.dport = e.dport; f.sip = e.sip; f.dip = e.dip;
    f.sip6 = e.sip6; f.dip6 = e.dip6; f.unixSource = e.unixSource; f.unixDest = e.unixDest;
    // sinsp loads /proc fds through one reused object that only files set the device of:
    // other fds keep the device of the file loaded before them
    if (e.type === FD_TYPE.FILE_V2) this.procDev = e.dev;
    f.dev = this.procDev;
    if (e.type === FD_TYPE.FILE) f.type = FD_TYPE.FILE_V2;
    if (f.type === FD_TYPE.IPV6_SOCK && f.sip6 && f.dip6 && isIpv4MappedIpv6(f.sip6, 0) && isIpv4MappedIpv6(f.dip6, 0)) {
      // IPv4-mapped IPv6 tuples become IPv4 sockets (sinsp add_fd_from_scap)
      f.type = FD_TYPE.IPV4_SOCK;
      f.sip = f.sip6.readUInt32LE(12); f.dip = f.dip6.readUInt32LE(12);
      f.sip6 = undefined; f.dip6 = undefined;
    }
    // sockets read from /proc: TCP ones count as connected, unix ones get a role from their name
    if ((f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK) && f.l4proto === L4.TCP) f.flags |= FDF.SOCKET_CONNECTED;
    if (f.type === FD_TYPE.UNIX_SOCK) f.flags |= f.name === '' ? FDF.ROLE_CLIENT : FDF.ROLE_SERVER;
    if (f.type === FD_TYPE.IPV4_SOCK || f.type === FD_TYPE.IPV6_SOCK) f.name = socketNameOf(f, this.resolvePorts);
    else if (f.type === FD_TYPE.IPV4_SERVSOCK || f.type === FD_TYPE.IPV6_SERVSOCK) f.name = serverNameOf(f, this.resolvePorts);
    // a thread sharing its process's files adds to the process's table (sinsp get_fd_table)
    this.fdTableOf(t).set(e.fd, f);
  }

  /**
   * Once the /proc tables are loaded, sinsp gives their IPv4 sockets a role: a socket whose
   * source port is a listening port of the capture is the server end of the connection
   * (its tuple is turned around), any other one a client (fix_sockets_coming_from_proc).
   */
  private fixSocketsFromProc(): void {
    const serverPorts = new Set<number>();
    for (const t of this.threads.values()) {
      for (const f of t.fds.values()) if (f.type === FD_TYPE.IPV4_SERVSOCK || f.type === FD_TYPE.IPV6_SERVSOCK) serverPorts.add(f.dport);
    }
    const seen = new Set<FdInfo>();
    for (const t of this.threads.values()) {
      for (const f of t.fds.values()) {
        if (f.type !== FD_TYPE.IPV4_SOCK || seen.has(f)) continue;
        seen.add(f);
        if (serverPorts.has(f.sport)) {
          const ip = f.sip; f.sip = f.dip; f.dip = ip;
          const port = f.sport; f.sport = f.dport; f.dport = port;
          f.name = socketNameOf(f, this.resolvePorts);
          f.flags |= FDF.ROLE_SERVER;
        } else {
          f.flags |= FDF.ROLE_CLIENT;
        }
      }
    }
  }

  // ---- events ------------------------------------------------------------------------

  onEvent(raw: RawEvent): boolean | void {
    if (this.eventCount === 0) {
      // the process and fd lists are complete: finish what sinsp derives from them
      this.countChildrenOfProcList();
      this.shareFdTablesOfProcList();
      this.fixSocketsFromProc();
    }
    this.applyPendingRemovals();
    const ev = this.event;
    ev.setRaw(raw);
    ev.num = ++this.eventCount;
    if (this.onEventNumber !== undefined) this.onEventNumber(ev);
    ev.ts = this.relativeTs(raw.buf, raw.off);
    this.prevTs = this.lastTs;
    this.lastTs = ev.ts;
    if (this.firstEventTs === Number.NEGATIVE_INFINITY && !isContainerJsonEvent(ev.type)) this.firstEventTs = ev.ts;
    let leadingContainerEvent = false;
    if (!this.sawFirstRealEvent) {
      if (isContainerEvent(ev.type)) leadingContainerEvent = true;
      else this.sawFirstRealEvent = true;
    }
    const filter = this.filter;
    const modifiesState = (ev.info.flags & EF.MODIFIES_STATE) !== 0;
    const types = this.filterEventTypes;
    if (types !== undefined && !modifiesState && filter !== undefined && !this.typePossible(types, ev)) {
      this.resetFilteredOut(ev);
      if (this.filteredOutSink !== undefined) this.filteredOutSink(ev);
      return true;
    }
    this.resetEvent(ev);
    if (filter !== undefined && ev.type === PPME_SYSCALL_WRITE_X && ev.fdinfo === undefined && ev.tinfo !== undefined) {
      // sinsp looks up a write's fd even when the exit did not pair with its enter (it checks
      // for tracer fds there), and the filter then sees it
      ev.fdinfo = ev.tinfo.fds.get(ev.tinfo.lastEventFd);
    }
    if (filter !== undefined && !modifiesState && !filter(ev, this)) {
      // sinsp filters events that do not change state before parsing them, and forgets the
      // thread's pending enter event so the exit does not pair with stale data
      const t = ev.tinfo;
      if (t && !(ev.info.flags & EF.SKIPPARSERESET) && ev.type !== PPME_SCHEDSWITCH_6_E) t.lastEventType = -1;
      if (this.filteredOutSink !== undefined) this.filteredOutSink(ev);
      return true;
    }
    parseEventState(this, ev);
    ev.parsed = true;
    if (leadingContainerEvent) {
      // sinsp consumes the container events that open a capture while it initializes:
      // they update state and take event numbers, but are never delivered
      return true;
    }
    if (isContainerJsonEvent(ev.type) && this.containerLookupFailed(ev)) {
      // the container table keeps what a failed lookup says, but sinsp filters its event out
      if (this.filteredOutSink !== undefined) this.filteredOutSink(ev);
      return true;
    }
    if (filter !== undefined && modifiesState && !filter(ev, this)) {
      if (this.filteredOutSink !== undefined) this.filteredOutSink(ev);
      return true;
    }
    // sinsp compares the fd's name with the one it had when the event looked it up, after
    // filtering: filters never see a changed name
    const f = ev.fdinfo;
    if (f !== undefined) ev.fdNameChanged = f.name !== f.oldName;
    return this.sink(ev);
  }

  /** Whether a container event just parsed reported a failed metadata lookup. */
  private containerLookupFailed(ev: Event): boolean {
    const t = ev.tinfo;
    const c = t === undefined ? undefined : this.containers.get(t.containerId);
    return c !== undefined && !c.successful;
  }

  /**
   * Timestamp relative to the capture base, exact while the capture spans < 104 days. The
   * base is the second of the first non-zero timestamp; a zero timestamp (metadata events)
   * maps to -Infinity, which renders as time 0.
   */
  private relativeTs(buf: Buffer, off: number): number {
    const lo = (buf[off] | (buf[off + 1] << 8) | (buf[off + 2] << 16) | (buf[off + 3] << 24)) >>> 0;
    const hi = (buf[off + 4] | (buf[off + 5] << 8) | (buf[off + 6] << 16) | (buf[off + 7] << 24)) >>> 0;
    if (lo === 0 && hi === 0) return Number.NEGATIVE_INFINITY;
    if (this.tsBaseSec < 0) {
      const ts = buf.readBigUInt64LE(off);
      const sec = ts / 1000000000n;
      this.tsBaseSec = Number(sec);
      const base = sec * 1000000000n;
      this.tsBaseHi = Number(base >> 32n);
      this.tsBaseLo = Number(base & 0xffffffffn);
      this.firstTs = Number(ts - base);
      return this.firstTs;
    }
    return (hi - this.tsBaseHi) * 4294967296 + (lo - this.tsBaseLo);
  }

  /** Seconds since the epoch of a relative timestamp. */
  epochSeconds(rel: number): number {
    return rel === Number.NEGATIVE_INFINITY ? 0 : this.tsBaseSec + Math.floor(rel / 1e9);
  }

  /** Nanoseconds within the second of a relative timestamp. */
  subsecondNs(rel: number): number {
    return rel === Number.NEGATIVE_INFINITY ? 0 : rel - Math.floor(rel / 1e9) * 1e9;
  }

  /** Absolute timestamp in ns of a relative one. */
  absoluteTs(rel: number): bigint {
    if (rel === Number.NEGATIVE_INFINITY) return 0n;
    return BigInt(this.tsBaseSec) * 1000000000n + BigInt(rel);
  }

  private applyPendingRemovals(): void {
    if (this.pendingFdRemovals.length > 0) {
      const t = this.threads.get(this.pendingFdRemoveTid);
      if (t) for (const fd of this.pendingFdRemovals) t.fds.delete(fd);
      this.pendingFdRemovals.length = 0;
      this.pendingFdRemoveTid = -1;
    }
    if (this.pendingThreadRemoval !== -1) {
      this.removeThread(this.pendingThreadRemoval, false);
      this.pendingThreadRemoval = -1;
    }
  }

  /** sinsp_parser::reset: find the thread, pair enter/exit, resolve the fd, detect errors. */
  private resetEvent(ev: Event): void {
    const info = ev.info;
    const eflags = info.flags;
    const type = ev.type;
    if (eflags & EF.SKIPPARSERESET) {
      if (type === PPME_PROCINFO_E) ev.tinfo = this.threads.get(ev.tid);
      return;
    }
    if (isContainerJsonEvent(type)) return;
    const queryOs = !isCloneExit(type) && type !== PPME_SCHEDSWITCH_6_E;
    let t = this.threads.get(ev.tid);
    if (!t && queryOs) t = this.threadFromOs(ev.tid);
    ev.tinfo = t;
    if (type === PPME_SCHEDSWITCH_6_E || !t) return;
    if (queryOs) t.flags |= PPM_CL.ACTIVE;
    if ((type & 1) === 0) {
      t.lastEventFd = -1;
      t.lastEventType = type;
      if ((eflags & EF.USES_FD) && ev.nparams > 0) {
        t.lastEventFd = ev.i64(0);
        ev.fdNum = t.lastEventFd;
        ev.fdinfo = lookupFd(t, t.lastEventFd);
      }
      t.latency = 0;
      t.lastLatencyEnter = ev.ts;
      if (needsEnterEventCopy(type)) this.storeEnterEvent(t, ev);
    } else {
      if (t.lastLatencyEnter !== 0) t.latency = ev.ts - t.lastLatencyEnter;
      if (type === t.lastEventType + 1) {
        t.lastEventValid = true;
      } else {
        t.lastEventValid = false;
        return;
      }
      if (ev.nparams > 0) {
        const n0 = info.params[0].name;
        if (n0 === 'res' || n0 === 'fd') {
          const res = ev.i64(0);
          if (res < 0) ev.errorCode = -res;
        }
      }
      if (eflags & EF.USES_FD) {
        if (type === PPME_SYSCALL_COPY_FILE_RANGE_X && ev.nparams > 1) t.lastEventFd = ev.i64(1);
        ev.fdNum = t.lastEventFd;
        ev.fdinfo = lookupFd(t, t.lastEventFd);
      }
    }
  }

  /** Whether the filter's event-type set admits this event (generic events by their syscall id). */
  private typePossible(types: Uint8Array, ev: Event): boolean {
    const t = ev.type;
    if (t > 1) return types[t] === 1;
    if (ev.nparams === 0) return true;
    const i = GENERIC_TYPES_BASE + ev.u16(0);
    return i >= types.length || types[i] === 1;
  }

  /**
   * What resetEvent followed by a failed filter leaves behind, for an event the filter cannot
   * match: the thread exists, latency bookkeeping moves on, and no enter event is pending.
   */
  private resetFilteredOut(ev: Event): void {
    const type = ev.type;
    const eflags = ev.info.flags;
    if ((eflags & EF.SKIPPARSERESET) || isContainerJsonEvent(type)) return;
    const queryOs = !isCloneExit(type) && type !== PPME_SCHEDSWITCH_6_E;
    let t = this.threads.get(ev.tid);
    if (!t && queryOs) t = this.threadFromOs(ev.tid);
    if (type === PPME_SCHEDSWITCH_6_E || !t) return;
    if (queryOs) t.flags |= PPM_CL.ACTIVE;
    if ((type & 1) === 0) {
      t.lastEventFd = (eflags & EF.USES_FD) && ev.nparams > 0 ? ev.i64(0) : -1;
      t.latency = 0;
      t.lastLatencyEnter = ev.ts;
    } else if (t.lastLatencyEnter !== 0) {
      t.latency = ev.ts - t.lastLatencyEnter;
    }
    t.lastEventValid = false;
    t.lastEventType = -1;
  }

  /** Copies an enter event for its exit's parser, always in the V2 layout (with nparams). */
  private storeEnterEvent(t: ThreadInfo, ev: Event): void {
    const body = ev.off + ev.byteLength - ev.lensOff; // lengths + params
    const len = 26 + body;
    if (!t.lastEventData || t.lastEventData.length < len) t.lastEventData = Buffer.allocUnsafe(Math.max(len, 256));
    const d = t.lastEventData;
    ev.buf.copy(d, 0, ev.off, ev.off + 22);
    d.writeUInt32LE(len, 16);
    d.writeUInt32LE(ev.rawParams, 22);
    ev.buf.copy(d, 26, ev.lensOff, ev.lensOff + body);
    t.lastEventLen = len;
    t.lastEventLenSize = ev.lenSize;
    t.lastEventCpu = ev.cpu;
  }

  /** The stored enter event matching this exit event, as sinsp retrieve_enter_event. */
  retrieveEnterEvent(exit: Event): Event | undefined {
    const t = exit.tinfo;
    if (!t || !t.lastEventValid || !t.lastEventData) return undefined;
    const buf = t.lastEventData;
    const type = buf.readUInt16LE(20);
    if (type !== exit.type - 1) {
      t.lastEventValid = false;
      return undefined;
    }
    const nparams = buf.readUInt32LE(22);
    const e = this.enterEvent;
    e.setStored(buf, 26, nparams, t.lastEventLenSize, type);
    e.tinfo = t;
    return e;
  }

  // ---- thread table ------------------------------------------------------------------

  /** Adds a thread created by an event; a new thread of a process counts in its main thread's nchilds. */
  addThread(t: ThreadInfo): void {
    this.threads.set(t.tid, t);
    this.countChild(t, 1);
  }

  /** sinsp counts, on each main thread, the threads of its process that were cloned as threads. */
  private countChild(t: ThreadInfo, delta: 1 | -1): void {
    if ((t.flags & PPM_CL.CLONE_THREAD) === 0 || t.tid === t.pid) return;
    const main = this.threads.get(t.pid);
    if (main !== undefined && (delta > 0 || main.nchilds > 0)) main.nchilds += delta;
  }

  /**
   * Threads of the process list that share their process's files use its fd table, as threads
   * cloned during the capture do (sinsp looks the table up through the main thread).
   */
  private shareFdTablesOfProcList(): void {
    for (const t of this.threads.values()) this.shareFdTable(t);
  }

  private shareFdTable(t: ThreadInfo): void {
    if ((t.flags & PPM_CL.CLONE_FILES) === 0 || t.tid === t.pid) return;
    const m = this.threads.get(t.pid);
    if (m === undefined || m.fds === t.fds) return;
    for (const [fd, f] of t.fds) if (!m.fds.has(fd)) m.fds.set(fd, f);
    t.fds = m.fds;
  }

  /** sinsp create_child_dependencies, once the process list is loaded. */
  private countChildrenOfProcList(): void {
    for (const t of this.threads.values()) t.nchilds = 0;
    for (const t of this.threads.values()) this.countChild(t, 1);
  }

  /**
   * Live capture: reads an unknown thread from /proc (sinsp's query of the OS). Replays have
   * none: an unknown thread gets a placeholder entry.
   */
  osThreadLookup: ((tid: number) => { proc: ProcEntry; fds: FdEntry[] } | undefined) | undefined = undefined;

  /** The thread from the OS when live, else a placeholder. */
  private threadFromOs(tid: number): ThreadInfo {
    const found = this.osThreadLookup?.(tid);
    if (found === undefined) return this.newFakeThread(tid);
    this.onProc(found.proc);
    for (const f of found.fds) this.onFd(tid, f);
    const t = this.threads.get(tid)!;
    this.shareFdTable(t);
    return t;
  }

  /** A placeholder for a thread seen before anything described it (sinsp's "<NA>" entry). */
  newFakeThread(tid: number): ThreadInfo {
    const t = new ThreadInfo();
    t.tid = tid; t.pid = tid; t.ptid = -1; t.comm = '<NA>'; t.exe = '<NA>';
    t.uid = 0xffffffff; t.gid = 0xffffffff; t.loginuid = 0xffffffff;
    this.threads.set(tid, t);
    return t;
  }

  /** sinsp remove_thread: unless forced, a main thread whose process still has threads stays
   * (a process's exit leaves its main thread in the table while other threads run on); a forced
   * removal of such a thread recounts every main thread's threads. */
  removeThread(tid: number, force = true): void {
    const t = this.threads.get(tid);
    if (t === undefined) return;
    const nchilds = t.nchilds;
    if (nchilds !== 0 && !force) return;
    this.countChild(t, -1);
    this.threads.delete(tid);
    if (nchilds !== 0) this.countChildrenOfProcList();
  }

  getThread(tid: number): ThreadInfo | undefined { return this.threads.get(tid); }

  /** Main thread of t's process (t itself for a main thread). */
  mainThread(t: ThreadInfo): ThreadInfo | undefined {
    if (t.tid === t.pid) return t;
    return this.threads.get(t.pid);
  }

  /** The fd table a thread uses: its process's when it shares it (sinsp get_fd_table). */
  fdTableOf(t: ThreadInfo): Map<number, FdInfo> {
    if ((t.flags & PPM_CL.CLONE_FILES) === 0) return t.fds;
    const m = this.threads.get(t.pid);
    return m ? m.fds : t.fds;
  }

  /** Working directory (shared by the process's threads, kept on the main thread). */
  cwdOf(t: ThreadInfo): string {
    if (t.tid === t.pid) return t.cwd;
    const m = this.threads.get(t.pid);
    return m ? m.cwd : t.cwd;
  }

  setCwdOf(t: ThreadInfo, cwd: string): void {
    const m = t.tid === t.pid ? t : this.threads.get(t.pid);
    (m ?? t).cwd = cwd;
  }
}

/** An fd of t's table, remembering its current name (sinsp get_fd sets m_oldname). */
function lookupFd(t: ThreadInfo, fd: number): FdInfo | undefined {
  const f = t.fds.get(fd);
  if (f !== undefined) f.oldName = f.name;
  return f;
}

export function withTrailingSlash(s: string): string {
  return s.length === 0 || s.endsWith('/') ? s : s + '/';
}

/** fd-list sockets are named from their tuple, as scap does when it reads /proc */
/** /proc sockets are named by their tuple whatever their protocol (ipv4tuple_to_string) */
function socketNameOf(f: FdInfo, resolve: boolean): string {
  const sp = portToString(f.sport, f.l4proto, resolve), dp = portToString(f.dport, f.l4proto, resolve);
  if (f.type === FD_TYPE.IPV4_SOCK) return `${ipv4ToString(f.sip)}:${sp}->${ipv4ToString(f.dip)}:${dp}`;
  return `${f.sip6 ? ipv6ToString(f.sip6) : '::'}:${sp}->${f.dip6 ? ipv6ToString(f.dip6) : '::'}:${dp}`;
}
function serverNameOf(f: FdInfo, resolve: boolean): string {
  const port = portToString(f.dport, f.l4proto, resolve);
  if (f.type === FD_TYPE.IPV4_SERVSOCK) return `${ipv4ToString(f.dip)}:${port}`;
  return `${f.dip6 ? ipv6ToString(f.dip6) : '::'}:${port}`;
}

/** Container id from cgroup paths (see containerIds.ts). */
export { containerIdFromCgroups };

import { PPME } from '../events/eventTable';
const PPME_PROCINFO_E = PPME.PROCINFO_E;
const PPME_SCHEDSWITCH_6_E = PPME.SCHEDSWITCH_6_E;
const PPME_SYSCALL_COPY_FILE_RANGE_X = PPME.SYSCALL_COPY_FILE_RANGE_X;
const PPME_SYSCALL_WRITE_X = PPME.SYSCALL_WRITE_X;
/** where generic syscall ids start in a filter's event-type set (see filter/eventTypes.ts) */
const GENERIC_TYPES_BASE = EVENT_TABLE.length;
const CLONE_EXITS = new Set<number>([
  PPME.SYSCALL_CLONE_11_X, PPME.SYSCALL_CLONE_16_X, PPME.SYSCALL_CLONE_17_X, PPME.SYSCALL_CLONE_20_X,
  PPME.SYSCALL_FORK_X, PPME.SYSCALL_FORK_17_X, PPME.SYSCALL_FORK_20_X, PPME.SYSCALL_VFORK_X,
  PPME.SYSCALL_VFORK_17_X, PPME.SYSCALL_VFORK_20_X, PPME.SYSCALL_CLONE3_X,
]);
const IS_CLONE_EXIT = new Uint8Array(1024);
for (const t of CLONE_EXITS) IS_CLONE_EXIT[t] = 1;
export function isCloneExit(type: number): boolean { return IS_CLONE_EXIT[type] === 1; }
export function isContainerEvent(type: number): boolean {
  return type === PPME.CONTAINER_E || type === PPME.CONTAINER_JSON_E || type === PPME.CONTAINER_JSON_2_E;
}
export function isContainerJsonEvent(type: number): boolean {
  return type === PPME.CONTAINER_JSON_E || type === PPME.CONTAINER_JSON_2_E;
}
