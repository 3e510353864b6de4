/** What the state engine knows about one thread (sinsp_threadinfo). */
import { FdInfo } from './fdInfo';
import { splitEnv } from '../capture/blockCursor';

/** clone flags the state engine reads (PPM_CL_*). */
export const PPM_CL = {
  CLONE_FILES: 1 << 0,
  CLONE_FS: 1 << 1,
  CLONE_NEWPID: 1 << 6,
  CLONE_THREAD: 1 << 13,
  CLONE_VM: 1 << 15,
  CLONE_INVERTED: 1 << 16,
  NAME_CHANGED: 1 << 17,
  CLOSED: 1 << 18,
  ACTIVE: 1 << 19,
  CLONE_VFORK: 1 << 27,
  CHILD_IN_PIDNS: 1 << 29,
  IS_MAIN_THREAD: 1 << 30,
} as const;

/** fd table shared by the threads of a process that share their files. */
export type FdTable = Map<number, FdInfo>;

export class ThreadInfo {
  tid = 0;
  pid = 0;
  ptid = -1;
  sid = -1;
  vpgid = -1;
  pgid = -1;
  comm = '';
  exe = '';
  exepath = '';
  args: string[] = [];
  /** the environment as recorded, split into its strings when first asked for */
  private envBytes: Buffer | undefined = undefined;
  private envList: string[] | undefined = [];
  cgroups: string[] = [];
  /** working directory, always ending in '/' once set */
  cwd = '';
  root = '';
  fdlimit = -1;
  flags = 0;
  uid = 0xffffffff;
  gid = 0xffffffff;
  loginuid = 0xffffffff;
  vtid = -1;
  vpid = -1;
  tty = 0;
  vmsizeKb = 0;
  vmrssKb = 0;
  vmswapKb = 0;
  pfmajor = 0;
  pfminor = 0;
  nchilds = 0;
  containerId = '';
  /** ns timestamps relative to the capture time base */
  cloneTs = 0;
  lastAccessTs = 0;
  exeWritable = false;

  fds: FdTable = new Map();

  get env(): string[] {
    if (this.envList === undefined) {
      this.envList = splitEnv(this.envBytes ?? Buffer.alloc(0));
      this.envBytes = undefined;
    }
    return this.envList;
  }
  set env(v: string[]) { this.envList = v; this.envBytes = undefined; }

  /** The environment block of an event (copied: the event's buffer is reused). */
  setEnvBytes(b: Buffer): void { this.envBytes = Buffer.from(b); this.envList = undefined; }

  /** The same environment as `other`, still unsplit if it is. */
  copyEnvFrom(other: ThreadInfo): void { this.envBytes = other.envBytes; this.envList = other.envList; }

  // Per-thread bookkeeping used to pair enter and exit events.
  lastEventType = -1;
  /** the fd of the event being parsed; 0 for a thread no event has set it for yet, as sinsp starts it */
  lastEventFd = 0;
  lastEventTs = 0;
  /** copy of the last stored enter event, and whether it pairs with the next exit */
  lastEventData: Buffer | undefined = undefined;
  lastEventLen = 0;
  lastEventLenSize = 2;
  lastEventCpu = 0;
  lastEventValid = false;
  latency = 0;
  lastLatencyEnter = 0;
  /** the main thread of this thread's process, filled in lazily by the thread table */
  mainThread: ThreadInfo | undefined = undefined;

  isMainThread(): boolean { return this.tid === this.pid; }

  getFd(fd: number): FdInfo | undefined { return this.fds.get(fd); }

  /** Adds (or replaces) an fd; like sinsp add_fd it becomes the thread's last event fd. */
  addFd(fd: number, info: FdInfo): FdInfo {
    this.fds.set(fd, info);
    this.lastEventFd = fd;
    return info;
  }

  removeFd(fd: number): void { this.fds.delete(fd); }

  /** argv[1..] joined as sysdig's proc.args shows them */
  argsString(): string { return this.args.join(' '); }
}

/**
 * Cgroup entries as sinsp keeps them (set_cgroups): "subsystem=path" split at the last '=',
 * "_cgroup" dropped from subsystem names, and the kernel's short names perf, mem and io given
 * their usual names perf_event, memory and blkio. Parsing stops at an entry without '='.
 */
export function normalizeCgroups(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const sep = e.lastIndexOf('=');
    if (sep < 0) break;
    let subsys = e.slice(0, sep).replace('_cgroup', '');
    if (subsys === 'perf') subsys = 'perf_event';
    else if (subsys === 'mem') subsys = 'memory';
    else if (subsys === 'io') subsys = 'blkio';
    out.push(subsys + '=' + e.slice(sep + 1));
  }
  return out;
}
