/**
 * The process, user, group and container field classes: what the state engine knows about
 * the thread that generated the event (libsinsp sinsp_filter_check_thread, _user, _group and
 * _container of sysdig 0.29.3). Every field has no value when the event has no thread,
 * except thread.tid.
 */
import { PT, PF } from '../events/paramTypes';
import { PPME } from '../events/eventTable';
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';
import type { ThreadInfo } from '../state/threadInfo';
import type { ContainerInfo, ContainerMount } from '../state/containerInfo';
import { registerFieldClass } from './registry';
import { BindContext, Extractor, FF, FieldArgError, FieldDef, FieldValue } from './fieldTypes';

const NA = undefined;

function field(
  name: string, type: number, format: number, display: string, description: string,
  bind: (arg: string | undefined, ctx: BindContext) => Extractor, flags: number = FF.NONE,
): FieldDef {
  return { name, type, format, flags, display, description, bind };
}

/** a field computed from the event's thread; no value without one */
function fromThread(f: (t: ThreadInfo, ins: Inspector, ev: Event) => FieldValue | undefined): () => Extractor {
  const ex: Extractor = (ev, ins) => (ev.tinfo === undefined ? NA : f(ev.tinfo, ins, ev));
  return () => ex;
}

/** the main thread of t's process (sinsp get_main_thread) */
function mainOf(t: ThreadInfo, ins: Inspector): ThreadInfo | undefined {
  return t.tid === t.pid ? t : ins.threads.get(t.pid);
}

/** comm followed by the arguments, each after a space (sinsp populate_cmdline) */
function cmdline(t: ThreadInfo): string {
  let s = t.comm;
  for (const a of t.args) s += ' ' + a;
  return s;
}

/** The ancestor n levels up from t's process (0 = the process itself). */
function ancestor(t: ThreadInfo, ins: Inspector, n: number): ThreadInfo | undefined {
  let mt = mainOf(t, ins);
  for (let j = 0; j < n && mt !== undefined; j++) mt = ins.threads.get(mt.ptid);
  return mt;
}

/** Calls visit on each ancestor of mt (its parent first) while visit returns true; stops on loops. */
function traverseParents(mt: ThreadInfo, ins: Inspector, visit: (p: ThreadInfo) => boolean): void {
  const seen = new Set<number>([mt.tid]);
  let cur = ins.threads.get(mt.ptid);
  while (cur !== undefined && !seen.has(cur.tid)) {
    if (!visit(cur)) return;
    seen.add(cur.tid);
    cur = ins.threads.get(cur.ptid);
  }
}

function ancestorIndex(field: string, arg: string | undefined): number {
  if (arg === undefined) return -1;
  if (!/^\d+$/.test(arg)) throw new FieldArgError(`invalid argument for ${field}: ${arg}`);
  return Number(arg);
}

/**
 * proc.aname / proc.apid: with an index, that ancestor; without one (filters only), a value
 * list of every ancestor that filters match when any of them does.
 */
function bindAncestor(field: string, pick: (a: ThreadInfo) => FieldValue): (arg: string | undefined) => Extractor {
  return (arg) => {
    const n = ancestorIndex(field, arg);
    if (n >= 0) {
      return (ev, ins) => {
        if (ev.tinfo === undefined) return NA;
        const a = ancestor(ev.tinfo, ins, n);
        return a === undefined ? NA : pick(a);
      };
    }
    // without an index the value is the process itself (filters compare every ancestor: see below)
    return (ev, ins) => {
      if (ev.tinfo === undefined) return NA;
      const a = mainOf(ev.tinfo, ins);
      return a === undefined ? NA : pick(a);
    };
  };
}

/** proc.aname/proc.apid without an index in filters: true when any ancestor satisfies the test. */
function anyAncestorCompare(pick: (a: ThreadInfo) => FieldValue) {
  return {
    ops: ['=', '!=', '<', '<=', '>', '>=', 'contains', 'icontains', 'startswith', 'endswith', 'glob', 'in', 'intersects', 'pmatch', 'exists', 'bcontains', 'bstartswith'],
    error: 'unsupported operator',
    bind: (arg: string | undefined, op: string, _values: readonly string[], test: (v: FieldValue) => boolean) => {
      const n = arg === undefined ? -1 : Number(arg);
      return (ev: Event, ins: Inspector): boolean => {
        const t = ev.tinfo;
        if (t === undefined) return false;
        if (n >= 0) {
          const a = ancestor(t, ins, n);
          if (a === undefined) return false;
          return op === 'exists' ? true : test(pick(a));
        }
        const mt = mainOf(t, ins);
        if (mt === undefined) return false;
        let found = false;
        traverseParents(mt, ins, (p) => {
          if (op === 'exists' || test(pick(p))) { found = true; return false; }
          return true;
        });
        return found;
      };
    },
  };
}

function sessionName(t: ThreadInfo, ins: Inspector): string | undefined {
  const leader = ins.threads.get(t.sid);
  if (leader !== undefined) return leader.comm;
  // the session leader is gone: the eldest ancestor in the same session stands for it
  let mt = mainOf(t, ins);
  if (mt === undefined) return NA;
  const sid = mt.sid;
  traverseParents(mt, ins, (p) => {
    if (p.sid !== sid) return false;
    mt = p;
    return true;
  });
  return mt.comm;
}

function loginShellId(t: ThreadInfo, ins: Inspector): number | undefined {
  const mt = mainOf(t, ins);
  if (mt === undefined) return NA;
  let res: number | undefined;
  const check = (p: ThreadInfo) => {
    if (p.comm.length >= 2 && p.comm.endsWith('sh')) res = p.pid;
    return true;
  };
  check(mt);
  traverseParents(mt, ins, check);
  return res;
}

function fdOpenCount(t: ThreadInfo, ins: Inspector): number {
  const mt = mainOf(t, ins);
  return mt ? mt.fds.size : 0;
}

function fdLimit(t: ThreadInfo, ins: Inspector): number {
  const mt = mainOf(t, ins);
  return mt ? mt.fdlimit : 0;
}

function cgroupList(t: ThreadInfo): string | undefined {
  return t.cgroups.length === 0 ? NA : t.cgroups.join(' ');
}

function cgroupOf(t: ThreadInfo, subsys: string): string | undefined {
  for (const c of t.cgroups) {
    const eq = c.lastIndexOf('=');
    if (eq >= 0 && c.slice(0, eq) === subsys) return c.slice(eq + 1);
  }
  return NA;
}

function duration(t: ThreadInfo, ev: Event): number | undefined {
  if (t.cloneTs === 0) return NA;
  return ev.ts - t.cloneTs;
}

/**
 * thread.cpu*: on procinfo events, the growth of the thread's CPU counters (user and/or
 * system) since the previous procinfo event this use of the field saw, capped at 100 (sinsp
 * keeps the previous total per thread and per field use).
 */
/**
 * sinsp extract_exectime: on a switch event, the time since the previous switch this use of the
 * field saw on the same CPU (0 for the first one); 0 for other events. Each use keeps its own
 * times, and they move only when the field is read.
 */
function switchExecTime(): (ev: Event) => number {
  const lastSwitch: number[] = [];
  return (ev) => {
    if (ev.type !== PPME.SCHEDSWITCH_1_E && ev.type !== PPME.SCHEDSWITCH_6_E) return 0;
    const last = lastSwitch[ev.cpu];
    lastSwitch[ev.cpu] = ev.ts;
    return last === undefined ? 0 : ev.ts - last;
  };
}

function bindThreadCpu(user: boolean, system: boolean): () => Extractor {
  return () => {
    const lastTotal = new WeakMap<ThreadInfo, number>();
    return (ev) => {
      const t = ev.tinfo;
      if (t === undefined || ev.type !== PPME.PROCINFO_E || ev.nparams < 2) return NA;
      const total = (user ? ev.u64(0) : 0) + (system ? ev.u64(1) : 0);
      const last = lastTotal.get(t) ?? 0;
      lastTotal.set(t, total);
      return last !== 0 ? Math.min(total - last, 100) : 0;
    };
  };
}

const processFields: FieldDef[] = [
  field('proc.pid', PT.INT64, PF.ID, 'Process ID', 'id of the process that generated the event.', fromThread((t) => t.pid)),
  field('proc.exe', PT.CHARBUF, PF.NA, 'First Argument', 'the first command-line argument (argv[0]: usually the executable, or a name the program gave itself).', fromThread((t) => t.exe)),
  field('proc.name', PT.CHARBUF, PF.NA, 'Name', 'name of the executable that generated the event, without its path.', fromThread((t) => t.comm)),
  field('proc.args', PT.CHARBUF, PF.NA, 'Arguments', 'command-line arguments the process was started with, separated by spaces.', fromThread((t) => t.args.join(' '))),
  field('proc.env', PT.CHARBUF, PF.NA, 'Environment', 'environment variables of the process, separated by spaces.', fromThread((t, ins) => (mainOf(t, ins) ?? t).env.join(' '))),
  field('proc.cmdline', PT.CHARBUF, PF.NA, 'Command Line', 'the process name followed by its arguments (proc.name + proc.args).', fromThread((t) => cmdline(t))),
  field('proc.exeline', PT.CHARBUF, PF.NA, 'Executable Command Line', 'argv[0] followed by the arguments (proc.exe + proc.args).', fromThread((t) => t.exe + ' ' + t.args.join(' '))),
  field('proc.cwd', PT.CHARBUF, PF.NA, 'Current Working Directory', "the process's working directory.", fromThread((t, ins) => ins.cwdOf(t))),
  field('proc.nthreads', PT.UINT32, PF.DEC, 'Threads', 'how many threads the process has now, its main thread included.',
    fromThread((t, ins) => { const m = mainOf(t, ins); return m === undefined ? NA : m.nchilds + 1; })),
  field('proc.nchilds', PT.UINT32, PF.DEC, 'Children', 'how many threads the process has now besides its main thread.', fromThread((t) => t.nchilds)),
  field('proc.ppid', PT.INT64, PF.ID, 'Parent Process ID', 'pid of the parent of the process.',
    fromThread((t, ins) => { const m = mainOf(t, ins); return m === undefined ? NA : m.ptid; })),
  field('proc.pname', PT.CHARBUF, PF.NA, 'Parent Name', 'name of the parent process, without its path.',
    fromThread((t, ins) => ins.threads.get(t.ptid)?.comm)),
  field('proc.pcmdline', PT.CHARBUF, PF.NA, 'Parent Command Line', "the parent process's name followed by its arguments.",
    fromThread((t, ins) => { const p = ins.threads.get(t.ptid); return p === undefined ? NA : cmdline(p); })),
  {
    ...field('proc.apid', PT.INT64, PF.ID, 'Ancestor Process ID',
      'pid of an ancestor: proc.apid[1] is the parent, proc.apid[2] the grandparent, and so on; proc.apid[0] is the process itself. Without an index, filters match any ancestor.',
      bindAncestor('proc.apid', (a) => a.pid), FF.ARG_ALLOWED | FF.ARG_INDEX),
    compare: anyAncestorCompare((a) => a.pid),
  },
  {
    ...field('proc.aname', PT.CHARBUF, PF.NA, 'Ancestor Name',
      'name of an ancestor: proc.aname[1] is the parent, proc.aname[2] the grandparent, and so on; proc.aname[0] is the process itself. Without an index, filters match any ancestor.',
      bindAncestor('proc.aname', (a) => a.comm), FF.ARG_ALLOWED | FF.ARG_INDEX),
    compare: anyAncestorCompare((a) => a.comm),
  },
  field('proc.loginshellid', PT.INT64, PF.ID, 'Login Shell ID', 'pid of the oldest shell (a name ending in "sh") among the process and its ancestors: it tells user sessions apart.',
    fromThread((t, ins) => loginShellId(t, ins))),
  field('proc.duration', PT.RELTIME, PF.DEC, 'Duration', 'nanoseconds since the process started (known for processes started during the capture).',
    fromThread((t, _ins, ev) => duration(t, ev))),
  field('proc.fdopencount', PT.UINT64, PF.DEC, 'FD Count', 'number of fds the process has open.', fromThread((t, ins) => fdOpenCount(t, ins))),
  field('proc.fdlimit', PT.INT64, PF.DEC, 'FD Limit', 'most fds the process may open.', fromThread((t, ins) => fdLimit(t, ins))),
  field('proc.fdusage', PT.DOUBLE, PF.DEC, 'FD Usage', 'open fds as a percentage of the fd limit.',
    fromThread((t, ins) => { const l = fdLimit(t, ins); return l > 0 ? (fdOpenCount(t, ins) * 100) / l : 0; })),
  field('proc.vmsize', PT.UINT64, PF.DEC, 'VM Size', 'virtual memory of the process, in kB.', fromThread((t) => t.vmsizeKb)),
  field('proc.vmrss', PT.UINT64, PF.DEC, 'VM RSS', 'resident (not swapped) memory of the process, in kB.', fromThread((t) => t.vmrssKb)),
  field('proc.vmswap', PT.UINT64, PF.DEC, 'VM Swap', 'swapped-out memory of the process, in kB.', fromThread((t) => t.vmswapKb)),
  field('thread.pfmajor', PT.UINT64, PF.DEC, 'Major Page Faults', 'major page faults of the thread since it started.', fromThread((t) => t.pfmajor)),
  field('thread.pfminor', PT.UINT64, PF.DEC, 'Minor Page Faults', 'minor page faults of the thread since it started.', fromThread((t) => t.pfminor)),
  field('thread.tid', PT.INT64, PF.ID, 'Thread ID', 'id of the thread that generated the event.', () => (ev) => ev.tid),
  field('thread.ismain', PT.BOOL, PF.NA, 'Main Thread', "true when the thread is its process's main thread.", fromThread((t) => t.tid === t.pid)),
  // switch events are not decoded into per-thread CPU time yet: 0, as sysdig reports for every other event
  { ...field('thread.exectime', PT.RELTIME, PF.DEC, 'Scheduled Thread CPU Time', 'CPU time the thread that was switched out had just used, in ns (switch events only; 0 otherwise).',
    () => switchExecTime()), stateful: true },
  { ...field('thread.totexectime', PT.RELTIME, PF.DEC, 'Current Thread CPU Time', 'CPU time the thread has used since the capture began, in ns, as switch events report it.',
    () => {
      const exectime = switchExecTime();
      const totals = new WeakMap<ThreadInfo, number>();
      return (ev) => {
        const step = exectime(ev);
        const t = ev.tinfo;
        if (t === undefined) return NA;
        const total = (totals.get(t) ?? 0) + step;
        totals.set(t, total);
        return total;
      };
    }), stateful: true },
  field('thread.cgroups', PT.CHARBUF, PF.NA, 'Thread Cgroups', 'every cgroup of the thread, as subsystem=path pairs separated by spaces.', fromThread((t) => cgroupList(t))),
  field('thread.cgroup', PT.CHARBUF, PF.NA, 'Thread Cgroup', 'the cgroup of the thread for one subsystem, e.g. thread.cgroup.cpuacct.',
    (arg) => {
      if (!arg) throw new FieldArgError('thread.cgroup needs a subsystem, e.g. thread.cgroup.cpuacct');
      return (ev) => (ev.tinfo === undefined ? NA : cgroupOf(ev.tinfo, arg));
    }, FF.REQUIRES_ARGUMENT | FF.ARG_KEY),
  field('thread.vtid', PT.INT64, PF.ID, 'Virtual Thread ID', 'id of the thread inside its pid namespace.', fromThread((t) => (t.vtid === -1 ? NA : t.vtid))),
  field('proc.vpid', PT.INT64, PF.ID, 'Virtual Process ID', 'id of the process inside its pid namespace.', fromThread((t) => (t.vpid === -1 ? NA : t.vpid))),
  { ...field('thread.cpu', PT.DOUBLE, PF.NA, 'Thread CPU', 'CPU the thread used since its previous procinfo event (procinfo events only).', bindThreadCpu(true, true)), stateful: true },
  { ...field('thread.cpu.user', PT.DOUBLE, PF.NA, 'Thread User CPU', 'user CPU the thread used since its previous procinfo event (procinfo events only).', bindThreadCpu(true, false)), stateful: true },
  { ...field('thread.cpu.system', PT.DOUBLE, PF.NA, 'Thread System CPU', 'system CPU the thread used since its previous procinfo event (procinfo events only).', bindThreadCpu(false, true)), stateful: true },
  field('thread.vmsize', PT.UINT64, PF.DEC, 'Thread VM Size (kb)', 'for main threads the virtual memory of the process in kB; 0 for other threads.',
    fromThread((t) => (t.tid === t.pid ? t.vmsizeKb : 0))),
  field('thread.vmrss', PT.UINT64, PF.DEC, 'Thread VM RSS (kb)', 'for main threads the resident memory of the process in kB; 0 for other threads.',
    fromThread((t) => (t.tid === t.pid ? t.vmrssKb : 0))),
  field('thread.vmsize.b', PT.UINT64, PF.DEC, 'Thread VM Size (b)', 'thread.vmsize in bytes.', fromThread((t) => (t.tid === t.pid ? t.vmsizeKb * 1024 : 0)), FF.TABLE_ONLY),
  field('thread.vmrss.b', PT.UINT64, PF.DEC, 'Thread VM RSS (b)', 'thread.vmrss in bytes.', fromThread((t) => (t.tid === t.pid ? t.vmrssKb * 1024 : 0)), FF.TABLE_ONLY),
  field('proc.sid', PT.INT64, PF.ID, 'Process Session ID', 'session id of the process.', fromThread((t) => t.sid)),
  field('proc.sname', PT.CHARBUF, PF.NA, 'Process Session Name', "name of the session leader: the process whose pid is proc.sid, or when it is gone, the eldest ancestor in the same session.",
    fromThread((t, ins) => sessionName(t, ins))),
  field('proc.tty', PT.INT32, PF.ID, 'Process TTY', 'controlling terminal of the process; 0 when it has none.', fromThread((t) => t.tty | 0)),
  field('proc.exepath', PT.CHARBUF, PF.NA, 'Process Executable Path', 'full path of the executable of the process.', fromThread((t) => t.exepath)),
  field('thread.nametid', PT.CHARBUF, PF.NA, 'Thread Name + ID', 'process name and tid together, an identifier of a thread for one execve.', fromThread((t) => t.comm + t.tid), FF.TABLE_ONLY),
  field('proc.vpgid', PT.INT64, PF.ID, 'Process Virtual Group ID', 'process group id inside the pid namespace.', fromThread((t) => t.vpgid)),
  field('proc.is_container_healthcheck', PT.BOOL, PF.NA, 'Process Is Container Healthcheck', "true when the process runs as part of its container's health check.", fromThread(() => false)),
  field('proc.is_container_liveness_probe', PT.BOOL, PF.NA, 'Process Is Container Liveness', "true when the process runs as part of its container's liveness probe.", fromThread(() => false)),
  field('proc.is_container_readiness_probe', PT.BOOL, PF.NA, 'Process Is Container Readiness', "true when the process runs as part of its container's readiness probe.", fromThread(() => false)),
  field('proc.is_exe_writable', PT.BOOL, PF.NA, 'Process Executable Is Writable', "true when the process's executable is writable by the user that started it.", fromThread((t) => t.exeWritable)),
];

// ---- user / group -------------------------------------------------------------------

const NO_ID = 0xffffffff;

const userFields: FieldDef[] = [
  field('user.uid', PT.UINT32, PF.ID, 'User ID', 'user id of the thread.', fromThread((t) => t.uid >>> 0)),
  field('user.name', PT.CHARBUF, PF.NA, 'User Name', 'name of the user.', fromThread((t, ins) => (t.uid === NO_ID ? NA : ins.users.get(t.uid)?.name))),
  field('user.homedir', PT.CHARBUF, PF.NA, 'Home Directory', "the user's home directory.", fromThread((t, ins) => (t.uid === NO_ID ? NA : ins.users.get(t.uid)?.homedir))),
  field('user.shell', PT.CHARBUF, PF.NA, 'Shell', "the user's login shell.", fromThread((t, ins) => (t.uid === NO_ID ? NA : ins.users.get(t.uid)?.shell))),
  field('user.loginuid', PT.INT32, PF.ID, 'Login User ID', 'audit user id (auid) of the thread; -1 when unset.', fromThread((t) => t.loginuid | 0)),
  field('user.loginname', PT.CHARBUF, PF.NA, 'Login User Name', 'name of the audit user (auid).', fromThread((t, ins) => (t.loginuid >>> 0 === NO_ID ? NA : ins.users.get(t.loginuid >>> 0)?.name))),
];

const groupFields: FieldDef[] = [
  // sinsp declares group.gid as 64 bits but stores 32: the upper half it reads is the thread's
  // nchilds counter, which sits next to the gid in its thread record. Reproduced as sysdig prints it.
  field('group.gid', PT.UINT64, PF.ID, 'Group ID', 'group id of the thread.', fromThread((t) => (t.gid >>> 0) + t.nchilds * 4294967296)),
  field('group.name', PT.CHARBUF, PF.NA, 'Group Name', 'name of the group.', fromThread((t, ins) => (t.gid === NO_ID ? NA : ins.groups.get(t.gid)?.name))),
];

// ---- container ----------------------------------------------------------------------

const CONTAINER_TYPE_NAMES: Record<number, string> = {
  0: 'docker', 1: 'lxc', 2: 'libvirt-lxc', 3: 'mesos', 4: 'rkt', 6: 'cri', 7: 'containerd', 8: 'cri-o', 9: 'bpm',
};
/** runtimes whose metadata says whether a container is privileged (docker, cri, containerd, cri-o, podman) */
const DOCKER_COMPATIBLE = new Set([0, 6, 7, 8, 11]);

/** a field of the thread's container: hostValue for processes on the host, no value when the container is unknown */
function fromContainer(hostValue: string | undefined, f: (c: ContainerInfo) => FieldValue | undefined): () => Extractor {
  const ex: Extractor = (ev, ins) => {
    const t = ev.tinfo;
    if (t === undefined) return NA;
    if (t.containerId === '') return hostValue;
    const c = ins.containers.get(t.containerId);
    return c === undefined ? NA : f(c);
  };
  return () => ex;
}

const nonEmpty = (s: string) => (s === '' ? NA : s);
/** the command of the container's first probe of a kind, its arguments after spaces, or NONE */
function probeCommand(c: ContainerInfo, kind: string): string {
  const p = c.healthProbes.find((x) => x.kind === kind);
  return p === undefined ? 'NONE' : [p.exe, ...p.args].join(' ');
}
const mountText = (m: ContainerMount) => `${m.source}:${m.dest}:${m.mode}:${m.rdwr ? 'true' : 'false'}:${m.propagation}`;

/** container.mount*[N] by index, or [path] by source (by destination for mount.source) */
function bindMount(name: string, byDest: boolean, pick: (m: ContainerMount) => string): (arg: string | undefined) => Extractor {
  return (arg) => {
    if (arg === undefined || arg === '') throw new FieldArgError(`${name} needs an argument: an index or a path`);
    const idx = /^\d+$/.test(arg) ? Number(arg) : -1;
    return fromContainer(NA, (c) => {
      const m = idx >= 0 ? c.mounts[idx] : c.mounts.find((x) => (byDest ? x.dest : x.source) === arg);
      return m === undefined ? NA : pick(m);
    })();
  };
}

const containerFields: FieldDef[] = [
  field('container.id', PT.CHARBUF, PF.NA, 'Container ID', "the container's id, or 'host'.", () => (ev) => (ev.tinfo === undefined ? NA : ev.tinfo.containerId === '' ? 'host' : ev.tinfo.containerId)),
  field('container.name', PT.CHARBUF, PF.NA, 'Container Name', "the container's name, or 'host'.", fromContainer('host', (c) => nonEmpty(c.name))),
  field('container.image', PT.CHARBUF, PF.NA, 'Image Name', "the container's image (e.g. falcosecurity/falco:latest).", fromContainer(NA, (c) => nonEmpty(c.image))),
  field('container.image.id', PT.CHARBUF, PF.NA, 'Image ID', "the id of the container's image (e.g. 6f7e2741b66b).", fromContainer(NA, (c) => nonEmpty(c.imageId))),
  field('container.type', PT.CHARBUF, PF.NA, 'Type', "the container runtime: docker, cri, containerd, cri-o, lxc, ...; 'host' outside containers.",
    fromContainer('host', (c) => CONTAINER_TYPE_NAMES[c.type] ?? '')),
  field('container.privileged', PT.BOOL, PF.NA, 'Privileged', 'true for containers running privileged (known for docker-compatible runtimes).',
    fromContainer(NA, (c) => (DOCKER_COMPATIBLE.has(c.type) ? c.privileged === true : NA))),
  field('container.mounts', PT.CHARBUF, PF.NA, 'Mounts', "the container's mounts separated by commas, each as source:dest:mode:rdwr:propagation.",
    fromContainer(NA, (c) => c.mounts.map(mountText).join(','))),
  field('container.mount', PT.CHARBUF, PF.NA, 'Mount', 'one mount, by index (container.mount[0]) or by source path (container.mount[/usr/local]), as source:dest:mode:rdwr:propagation.',
    bindMount('container.mount', false, mountText), FF.REQUIRES_ARGUMENT | FF.ARG_INDEX),
  field('container.mount.source', PT.CHARBUF, PF.NA, 'Mount Source', 'source of one mount, by index or by destination path.',
    bindMount('container.mount.source', true, (m) => m.source), FF.REQUIRES_ARGUMENT | FF.ARG_INDEX),
  field('container.mount.dest', PT.CHARBUF, PF.NA, 'Mount Destination', 'destination of one mount, by index or by source path.',
    bindMount('container.mount.dest', false, (m) => m.dest), FF.REQUIRES_ARGUMENT | FF.ARG_INDEX),
  field('container.mount.mode', PT.CHARBUF, PF.NA, 'Mount Mode', 'mode of one mount, by index or by source path.',
    bindMount('container.mount.mode', false, (m) => m.mode), FF.REQUIRES_ARGUMENT | FF.ARG_INDEX),
  field('container.mount.rdwr', PT.CHARBUF, PF.NA, 'Mount Read/Write', 'whether one mount is read-write (true/false), by index or by source path.',
    bindMount('container.mount.rdwr', false, (m) => (m.rdwr ? 'true' : 'false')), FF.REQUIRES_ARGUMENT | FF.ARG_INDEX),
  field('container.mount.propagation', PT.CHARBUF, PF.NA, 'Mount Propagation', 'propagation of one mount, by index or by source path.',
    bindMount('container.mount.propagation', false, (m) => m.propagation), FF.REQUIRES_ARGUMENT | FF.ARG_INDEX),
  field('container.image.repository', PT.CHARBUF, PF.NA, 'Repository', "the repository of the container's image (e.g. falcosecurity/falco).", fromContainer(NA, (c) => nonEmpty(c.imageRepo))),
  field('container.image.tag', PT.CHARBUF, PF.NA, 'Image Tag', "the tag of the container's image (e.g. latest).", fromContainer(NA, (c) => nonEmpty(c.imageTag))),
  field('container.image.digest', PT.CHARBUF, PF.NA, 'Registry Digest', "the registry digest of the container's image (sha256:...).", fromContainer(NA, (c) => nonEmpty(c.imageDigest))),
  field('container.healthcheck', PT.CHARBUF, PF.NA, 'Health Check', "the container's health check command, or NONE.", fromContainer(NA, (c) => probeCommand(c, 'Healthcheck'))),
  field('container.liveness_probe', PT.CHARBUF, PF.NA, 'Liveness', "the container's liveness probe command, or NONE.", fromContainer(NA, (c) => probeCommand(c, 'LivenessProbe'))),
  field('container.readiness_probe', PT.CHARBUF, PF.NA, 'Readiness', "the container's readiness probe command, or NONE.", fromContainer(NA, (c) => probeCommand(c, 'ReadinessProbe'))),
];

registerFieldClass({ name: 'process', shortDescription: '', description: 'What is known about the process and thread that made the system call.', fields: processFields });
registerFieldClass({ name: 'user', shortDescription: '', description: 'The user the thread runs as.', fields: userFields });
registerFieldClass({ name: 'group', shortDescription: '', description: 'The group the thread runs as.', fields: groupFields });
registerFieldClass({ name: 'container', shortDescription: '', description: 'The container the thread runs in (from the container metadata recorded in the capture, or asked of the container runtime in live capture).', fields: containerFields });

