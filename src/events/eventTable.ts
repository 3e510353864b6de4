/**
 * GENERATED FILE - do not edit by hand; re-run scripts/gen_event_table.py.
 * Generated from falcosecurity/libs commit 48dfd53c (driver/event_table.c, driver/flags_table.c,
 * driver/dynamic_params_table.c, driver/ppm_events_public.h) compared with libs commit e5c53d64 (the libs of sysdig 0.29.3).
 * Editing rules (same as upstream): event ids are append-only and are never renumbered; existing
 * events may only gain trailing parameters - any other change needs a new event id/version.
 */

/*
 * OLD (libs e5c53d64, sysdig 0.29.3) vs NEW (libs 48dfd53c) event table comparison, ids 0..335:
 *
 * Ids whose OLD params are NOT a prefix of the NEW params (name/type/order); their old layout is in
 * OLD_LAYOUTS below:
 *   18 PPME_SOCKET_SOCKET_E (socket): old [domain:FLAGS32, type:UINT32, proto:UINT32] -> new [domain:ENUMFLAGS32, type:UINT32, proto:UINT32]
 *   24 PPME_SOCKET_LISTEN_E (listen): old [fd:FD, backlog:UINT32] -> new [fd:FD, backlog:INT32]
 *   36 PPME_SOCKET_SHUTDOWN_E (shutdown): old [fd:FD, how:FLAGS8] -> new [fd:FD, how:ENUMFLAGS8]
 *   42 PPME_SOCKET_SOCKETPAIR_E (socketpair): old [domain:FLAGS32, type:UINT32, proto:UINT32] -> new [domain:ENUMFLAGS32, type:UINT32, proto:UINT32]
 *   45 PPME_SOCKET_SETSOCKOPT_X (setsockopt): old [res:ERRNO, fd:FD, level:FLAGS8, optname:FLAGS8, val:DYN, optlen:UINT32] -> new [res:ERRNO, fd:FD, level:ENUMFLAGS8, optname:ENUMFLAGS8, val:DYN, optlen:UINT32]
 *   47 PPME_SOCKET_GETSOCKOPT_X (getsockopt): old [res:ERRNO, fd:FD, level:FLAGS8, optname:FLAGS8, val:DYN, optlen:UINT32] -> new [res:ERRNO, fd:FD, level:ENUMFLAGS8, optname:ENUMFLAGS8, val:DYN, optlen:UINT32]
 *   62 PPME_SYSCALL_EVENTFD_E (eventfd): old [initval:UINT64, flags:FLAGS32] -> new [initval:UINT64, flags:UINT32]
 *   86 PPME_SYSCALL_LSEEK_E (lseek): old [fd:FD, offset:UINT64, whence:FLAGS8] -> new [fd:FD, offset:UINT64, whence:ENUMFLAGS8]
 *   88 PPME_SYSCALL_LLSEEK_E (llseek): old [fd:FD, offset:UINT64, whence:FLAGS8] -> new [fd:FD, offset:UINT64, whence:ENUMFLAGS8]
 *   126 PPME_SYSCALL_SIGNALFD_E (signalfd): old [fd:FD, mask:UINT32, flags:FLAGS8] -> new [fd:FD, mask:UINT32, flags:UINT8]
 *   136 PPME_SYSCALL_TIMERFD_CREATE_E (timerfd_create): old [clockid:UINT8, flags:FLAGS8] -> new [clockid:UINT8, flags:UINT8]
 *   138 PPME_SYSCALL_INOTIFY_INIT_E (inotify_init): old [flags:FLAGS8] -> new [flags:UINT8]
 *   140 PPME_SYSCALL_GETRLIMIT_E (getrlimit): old [resource:FLAGS8] -> new [resource:ENUMFLAGS8]
 *   142 PPME_SYSCALL_SETRLIMIT_E (setrlimit): old [resource:FLAGS8] -> new [resource:ENUMFLAGS8]
 *   144 PPME_SYSCALL_PRLIMIT_E (prlimit): old [pid:PID, resource:FLAGS8] -> new [pid:PID, resource:ENUMFLAGS8]
 *   150 PPME_SYSCALL_FCNTL_E (fcntl): old [fd:FD, cmd:FLAGS8] -> new [fd:FD, cmd:ENUMFLAGS8]
 *   161 PPME_SYSCALL_MMAP_X (mmap): old [res:UINT64, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32] -> new [res:ERRNO, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32, addr:UINT64, length:UINT64, prot:FLAGS32, flags:FLAGS32, fd:FD, offset:UINT64]
 *   163 PPME_SYSCALL_MMAP2_X (mmap2): old [res:UINT64, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32] -> new [res:ERRNO, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32, addr:UINT64, length:UINT64, prot:FLAGS32, flags:FLAGS32, fd:FD, pgoffset:UINT64]
 *   168 PPME_SYSCALL_PTRACE_E (ptrace): old [request:FLAGS16, pid:PID] -> new [request:ENUMFLAGS16, pid:PID]
 *   293 PPME_SYSCALL_EXECVE_19_X (execve): old [res:ERRNO, exe:CHARBUF, args:BYTEBUF, tid:PID, pid:PID, ptid:PID, cwd:CHARBUF, fdlimit:UINT64, pgft_maj:UINT64, pgft_min:UINT64, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32, comm:CHARBUF, cgroups:BYTEBUF, env:BYTEBUF, tty:INT32, pgid:PID, loginuid:INT32, flags:FLAGS32] -> new [res:ERRNO, exe:CHARBUF, args:BYTEBUF, tid:PID, pid:PID, ptid:PID, cwd:CHARBUF, fdlimit:UINT64, pgft_maj:UINT64, pgft_min:UINT64, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32, comm:CHARBUF, cgroups:BYTEBUF, env:BYTEBUF, tty:UINT32, vpgid:PID, loginuid:UID, flags:FLAGS32, cap_inheritable:UINT64, cap_permitted:UINT64, cap_effective:UINT64, exe_ino:UINT64, exe_ino_ctime:ABSTIME, exe_ino_mtime:ABSTIME, uid:UID, trusted_exepath:FSPATH, pgid:PID, gid:GID, filename:FSPATH]
 *   295 PPME_SYSCALL_SETPGID_X (setpgid): old [res:PID] -> new [res:ERRNO, pid:PID, pgid:PID]
 *   322 PPME_PLUGINEVENT_E (pluginevent): old [plugin ID:UINT32, event_data:BYTEBUF] -> new [plugin_id:UINT32, event_data:BYTEBUF]
 *   331 PPME_SYSCALL_EXECVEAT_X (execveat): old [res:ERRNO, exe:CHARBUF, args:BYTEBUF, tid:PID, pid:PID, ptid:PID, cwd:CHARBUF, fdlimit:UINT64, pgft_maj:UINT64, pgft_min:UINT64, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32, comm:CHARBUF, cgroups:BYTEBUF, env:BYTEBUF, tty:INT32, pgid:PID, loginuid:INT32, flags:FLAGS32] -> new [res:ERRNO, exe:CHARBUF, args:BYTEBUF, tid:PID, pid:PID, ptid:PID, cwd:CHARBUF, fdlimit:UINT64, pgft_maj:UINT64, pgft_min:UINT64, vm_size:UINT32, vm_rss:UINT32, vm_swap:UINT32, comm:CHARBUF, cgroups:BYTEBUF, env:BYTEBUF, tty:UINT32, vpgid:PID, loginuid:UID, flags:FLAGS32, cap_inheritable:UINT64, cap_permitted:UINT64, cap_effective:UINT64, exe_ino:UINT64, exe_ino_ctime:ABSTIME, exe_ino_mtime:ABSTIME, uid:UID, trusted_exepath:FSPATH, pgid:PID, gid:GID]
 *
 * Ids whose common params differ only in print format or info table (also kept in OLD_LAYOUTS):
 *   326 PPME_SYSCALL_OPENAT2_E param 1 name: old fmt=NA info=1 -> new fmt=NA info=-
 *
 * Event NAME differences (old -> new):
 *   17 PPME_PROCEXIT_X: "NA1" -> "NA"
 *   147 PPME_SCHEDSWITCH_1_X: "NA2" -> "NA"
 *   153 PPME_SCHEDSWITCH_6_X: "NA2" -> "NA"
 *   187 PPME_PROCEXIT_1_X: "NA1" -> "NA"
 *   196 PPME_SCAPEVENT_E: "sysdigevent" -> "scapevent"
 *   197 PPME_SCAPEVENT_X: "sysdigevent" -> "NA"
 *   229 PPME_CONTAINER_X: "container" -> "NA"
 *   233 PPME_SIGNALDELIVER_X: "signaldeliver" -> "NA"
 *   235 PPME_PROCINFO_X: "NA2" -> "NA"
 *   245 PPME_CPU_HOTPLUG_X: "NA2" -> "NA"
 *   261 PPME_K8S_X: "NA3" -> "NA"
 *   269 PPME_TRACER_X: "tracer" -> "NA"
 *   271 PPME_MESOS_X: "NA4" -> "NA"
 *   273 PPME_CONTAINER_JSON_X: "container" -> "NA"
 *   281 PPME_NOTIFICATION_X: "NA4" -> "NA"
 *   287 PPME_INFRASTRUCTURE_EVENT_X: "NA4" -> "NA"
 *   291 PPME_PAGE_FAULT_X: "NA5" -> "NA"
 *   323 PPME_PLUGINEVENT_X: "pluginevent" -> "NA"
 *   325 PPME_CONTAINER_JSON_2_X: "container" -> "NA"
 *
 * Category differences beyond the new EC_SYSCALL/EC_TRACEPOINT/EC_PLUGIN/EC_METAEVENT/EC_ITER bits
 * (values: old -> new):
 *   17 PPME_PROCEXIT_X: 6 -> EC.UNKNOWN
 *   147 PPME_SCHEDSWITCH_1_X: 128 -> EC.UNKNOWN
 *   153 PPME_SCHEDSWITCH_6_X: 128 -> EC.UNKNOWN
 *   187 PPME_PROCEXIT_1_X: 6 -> EC.UNKNOWN
 *   197 PPME_SCAPEVENT_X: 256 -> EC.UNKNOWN
 *   229 PPME_CONTAINER_X: 256 -> EC.UNKNOWN
 *   233 PPME_SIGNALDELIVER_X: 9 -> EC.UNKNOWN
 *   235 PPME_PROCINFO_X: 256 -> EC.UNKNOWN
 *   245 PPME_CPU_HOTPLUG_X: 8 -> EC.UNKNOWN
 *   261 PPME_K8S_X: 8 -> EC.UNKNOWN
 *   269 PPME_TRACER_X: 1 -> EC.UNKNOWN
 *   271 PPME_MESOS_X: 8 -> EC.UNKNOWN
 *   273 PPME_CONTAINER_JSON_X: 6 -> EC.UNKNOWN
 *   281 PPME_NOTIFICATION_X: 8 -> EC.UNKNOWN
 *   287 PPME_INFRASTRUCTURE_EVENT_X: 8 -> EC.UNKNOWN
 *   291 PPME_PAGE_FAULT_X: 1 -> EC.UNKNOWN
 *   323 PPME_PLUGINEVENT_X: 1 -> EC.UNKNOWN
 *   325 PPME_CONTAINER_JSON_2_X: 6 -> EC.UNKNOWN
 *
 * 134 ids gained EF_OLD_VERSION in the new table (almost all syscall enter events: the newest drivers
 * no longer emit them); 0.29.3 did not set it there - use OLD_EVENT_META for 0.29.3 behaviour.
 * Flag differences ignoring EF_OLD_VERSION, new-only flags (EF_CONVERTER_MANAGED) and old-only flags (EF_DROP_SIMPLE_CONS) (old -> new):
 *   51 PPME_SOCKET_SENDMMSG_X: EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED
 *   55 PPME_SOCKET_RECVMMSG_X: EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED
 *   77 PPME_SYSCALL_FSTAT64_X: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.NONE
 *   147 PPME_SCHEDSWITCH_1_X: EF.UNUSED | EF.SKIPPARSERESET | EF.OLD_VERSION -> EF.UNUSED
 *   160 PPME_SYSCALL_MMAP_E: EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED
 *   161 PPME_SYSCALL_MMAP_X: EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.USES_FD | EF.CONVERTER_MANAGED
 *   162 PPME_SYSCALL_MMAP2_E: EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED
 *   163 PPME_SYSCALL_MMAP2_X: EF_OLD_ONLY.DROP_SIMPLE_CONS -> EF.USES_FD | EF.CONVERTER_MANAGED
 *   181 PPME_SYSCALL_SYMLINKAT_X: EF.NONE -> EF.USES_FD
 *   269 PPME_TRACER_X: EF.NONE -> EF.UNUSED
 *   294 PPME_SYSCALL_SETPGID_E: EF.MODIFIES_STATE -> EF.OLD_VERSION | EF.CONVERTER_MANAGED
 *   295 PPME_SYSCALL_SETPGID_X: EF.MODIFIES_STATE -> EF.CONVERTER_MANAGED
 *   303 PPME_SYSCALL_UNLINKAT_2_X: EF.NONE -> EF.USES_FD
 *   305 PPME_SYSCALL_MKDIRAT_X: EF.NONE -> EF.USES_FD
 *   313 PPME_SYSCALL_FCHMODAT_X: EF.NONE -> EF.USES_FD
 *   317 PPME_SYSCALL_FCHMOD_X: EF.NONE -> EF.USES_FD
 *
 * Enum symbol renames for the same id (old -> new):
 *   196: PPME_SYSDIGEVENT_E -> PPME_SCAPEVENT_E
 *   197: PPME_SYSDIGEVENT_X -> PPME_SCAPEVENT_X
 *
 * The complete old per-event name/category/flags are in OLD_EVENT_META (old EC/EF numbering, which is
 * a subset of the new one; DIFFERENCES: PT PT_MAX old=44 new=49; EF EF_DROP_SIMPLE_CONS=1024 missing in new).
 *
 * Flag-table content differences (old -> new), relevant for rendering flags as sysdig 0.29.3 does:
 *   file_flags: only-old=[] only-new=[('FD_LOWER_LAYER', 65536), ('FD_UPPER_LAYER', 32768), ('O_F_CREATED', 16384)]
 *   clone_flags: only-old=[] only-new=[('CLONE_CHILD_IN_PIDNS', 536870912)]
 *   shutdown_how: only-old=[] only-new=[('SHUT_UNKNOWN', 65535)]
 *   execve_flags: only-old=[] only-new=[('EXE_FROM_MEMFD', 4), ('EXE_LOWER_LAYER', 8), ('EXE_UPPER_LAYER', 2)]
 */
import type { FlagEntry, DynParamInfo } from './flagTables';
import * as F from './flagTables';
import { PT, PF, EC, EF, EF_OLD_ONLY } from './paramTypes';
// The tables themselves are data (eventTable.json, generated beside this file): parsing JSON at
// start-up costs a fraction of compiling the same tables as object literals.
import TABLES = require('./eventTable.json');

export interface ParamInfo {
  readonly name: string;
  readonly type: number /* PT */;
  readonly format: number /* PF */;
  /** name/value table of FLAGS8/16/32, ENUMFLAGS8/16/32 and MODE (and a few UINTx) params */
  readonly flagTable?: readonly FlagEntry[];
  /** PT.DYN params: the table indexed by the 1-byte index that precedes the value */
  readonly dynamic?: readonly DynParamInfo[];
  /** PT.FSRELPATH params: index of the param holding the dirfd the path is relative to */
  readonly dirfdParam?: number;
}

export interface EventInfo {
  readonly id: number;
  readonly symbol: string;
  readonly name: string;
  readonly category: number;
  readonly flags: number;
  readonly params: readonly ParamInfo[];
}

/** enum ppm_event_code, PPME_ prefix dropped; EVENT_MAX is PPM_EVENT_MAX. */
export const PPME = {
  GENERIC_E: 0,
  GENERIC_X: 1,
  SYSCALL_OPEN_E: 2,
  SYSCALL_OPEN_X: 3,
  SYSCALL_CLOSE_E: 4,
  SYSCALL_CLOSE_X: 5,
  SYSCALL_READ_E: 6,
  SYSCALL_READ_X: 7,
  SYSCALL_WRITE_E: 8,
  SYSCALL_WRITE_X: 9,
  SYSCALL_BRK_1_E: 10,
  SYSCALL_BRK_1_X: 11,
  SYSCALL_EXECVE_8_E: 12,
  SYSCALL_EXECVE_8_X: 13,
  SYSCALL_CLONE_11_E: 14,
  SYSCALL_CLONE_11_X: 15,
  PROCEXIT_E: 16,
  PROCEXIT_X: 17,
  SOCKET_SOCKET_E: 18,
  SOCKET_SOCKET_X: 19,
  SOCKET_BIND_E: 20,
  SOCKET_BIND_X: 21,
  SOCKET_CONNECT_E: 22,
  SOCKET_CONNECT_X: 23,
  SOCKET_LISTEN_E: 24,
  SOCKET_LISTEN_X: 25,
  SOCKET_ACCEPT_E: 26,
  SOCKET_ACCEPT_X: 27,
  SOCKET_SEND_E: 28,
  SOCKET_SEND_X: 29,
  SOCKET_SENDTO_E: 30,
  SOCKET_SENDTO_X: 31,
  SOCKET_RECV_E: 32,
  SOCKET_RECV_X: 33,
  SOCKET_RECVFROM_E: 34,
  SOCKET_RECVFROM_X: 35,
  SOCKET_SHUTDOWN_E: 36,
  SOCKET_SHUTDOWN_X: 37,
  SOCKET_GETSOCKNAME_E: 38,
  SOCKET_GETSOCKNAME_X: 39,
  SOCKET_GETPEERNAME_E: 40,
  SOCKET_GETPEERNAME_X: 41,
  SOCKET_SOCKETPAIR_E: 42,
  SOCKET_SOCKETPAIR_X: 43,
  SOCKET_SETSOCKOPT_E: 44,
  SOCKET_SETSOCKOPT_X: 45,
  SOCKET_GETSOCKOPT_E: 46,
  SOCKET_GETSOCKOPT_X: 47,
  SOCKET_SENDMSG_E: 48,
  SOCKET_SENDMSG_X: 49,
  SOCKET_SENDMMSG_E: 50,
  SOCKET_SENDMMSG_X: 51,
  SOCKET_RECVMSG_E: 52,
  SOCKET_RECVMSG_X: 53,
  SOCKET_RECVMMSG_E: 54,
  SOCKET_RECVMMSG_X: 55,
  SOCKET_ACCEPT4_E: 56,
  SOCKET_ACCEPT4_X: 57,
  SYSCALL_CREAT_E: 58,
  SYSCALL_CREAT_X: 59,
  SYSCALL_PIPE_E: 60,
  SYSCALL_PIPE_X: 61,
  SYSCALL_EVENTFD_E: 62,
  SYSCALL_EVENTFD_X: 63,
  SYSCALL_FUTEX_E: 64,
  SYSCALL_FUTEX_X: 65,
  SYSCALL_STAT_E: 66,
  SYSCALL_STAT_X: 67,
  SYSCALL_LSTAT_E: 68,
  SYSCALL_LSTAT_X: 69,
  SYSCALL_FSTAT_E: 70,
  SYSCALL_FSTAT_X: 71,
  SYSCALL_STAT64_E: 72,
  SYSCALL_STAT64_X: 73,
  SYSCALL_LSTAT64_E: 74,
  SYSCALL_LSTAT64_X: 75,
  SYSCALL_FSTAT64_E: 76,
  SYSCALL_FSTAT64_X: 77,
  SYSCALL_EPOLLWAIT_E: 78,
  SYSCALL_EPOLLWAIT_X: 79,
  SYSCALL_POLL_E: 80,
  SYSCALL_POLL_X: 81,
  SYSCALL_SELECT_E: 82,
  SYSCALL_SELECT_X: 83,
  SYSCALL_NEWSELECT_E: 84,
  SYSCALL_NEWSELECT_X: 85,
  SYSCALL_LSEEK_E: 86,
  SYSCALL_LSEEK_X: 87,
  SYSCALL_LLSEEK_E: 88,
  SYSCALL_LLSEEK_X: 89,
  SYSCALL_IOCTL_2_E: 90,
  SYSCALL_IOCTL_2_X: 91,
  SYSCALL_GETCWD_E: 92,
  SYSCALL_GETCWD_X: 93,
  SYSCALL_CHDIR_E: 94,
  SYSCALL_CHDIR_X: 95,
  SYSCALL_FCHDIR_E: 96,
  SYSCALL_FCHDIR_X: 97,
  SYSCALL_MKDIR_E: 98,
  SYSCALL_MKDIR_X: 99,
  SYSCALL_RMDIR_E: 100,
  SYSCALL_RMDIR_X: 101,
  SYSCALL_OPENAT_E: 102,
  SYSCALL_OPENAT_X: 103,
  SYSCALL_LINK_E: 104,
  SYSCALL_LINK_X: 105,
  SYSCALL_LINKAT_E: 106,
  SYSCALL_LINKAT_X: 107,
  SYSCALL_UNLINK_E: 108,
  SYSCALL_UNLINK_X: 109,
  SYSCALL_UNLINKAT_E: 110,
  SYSCALL_UNLINKAT_X: 111,
  SYSCALL_PREAD_E: 112,
  SYSCALL_PREAD_X: 113,
  SYSCALL_PWRITE_E: 114,
  SYSCALL_PWRITE_X: 115,
  SYSCALL_READV_E: 116,
  SYSCALL_READV_X: 117,
  SYSCALL_WRITEV_E: 118,
  SYSCALL_WRITEV_X: 119,
  SYSCALL_PREADV_E: 120,
  SYSCALL_PREADV_X: 121,
  SYSCALL_PWRITEV_E: 122,
  SYSCALL_PWRITEV_X: 123,
  SYSCALL_DUP_E: 124,
  SYSCALL_DUP_X: 125,
  SYSCALL_SIGNALFD_E: 126,
  SYSCALL_SIGNALFD_X: 127,
  SYSCALL_KILL_E: 128,
  SYSCALL_KILL_X: 129,
  SYSCALL_TKILL_E: 130,
  SYSCALL_TKILL_X: 131,
  SYSCALL_TGKILL_E: 132,
  SYSCALL_TGKILL_X: 133,
  SYSCALL_NANOSLEEP_E: 134,
  SYSCALL_NANOSLEEP_X: 135,
  SYSCALL_TIMERFD_CREATE_E: 136,
  SYSCALL_TIMERFD_CREATE_X: 137,
  SYSCALL_INOTIFY_INIT_E: 138,
  SYSCALL_INOTIFY_INIT_X: 139,
  SYSCALL_GETRLIMIT_E: 140,
  SYSCALL_GETRLIMIT_X: 141,
  SYSCALL_SETRLIMIT_E: 142,
  SYSCALL_SETRLIMIT_X: 143,
  SYSCALL_PRLIMIT_E: 144,
  SYSCALL_PRLIMIT_X: 145,
  SCHEDSWITCH_1_E: 146,
  SCHEDSWITCH_1_X: 147,
  DROP_E: 148,
  DROP_X: 149,
  SYSCALL_FCNTL_E: 150,
  SYSCALL_FCNTL_X: 151,
  SCHEDSWITCH_6_E: 152,
  SCHEDSWITCH_6_X: 153,
  SYSCALL_EXECVE_13_E: 154,
  SYSCALL_EXECVE_13_X: 155,
  SYSCALL_CLONE_16_E: 156,
  SYSCALL_CLONE_16_X: 157,
  SYSCALL_BRK_4_E: 158,
  SYSCALL_BRK_4_X: 159,
  SYSCALL_MMAP_E: 160,
  SYSCALL_MMAP_X: 161,
  SYSCALL_MMAP2_E: 162,
  SYSCALL_MMAP2_X: 163,
  SYSCALL_MUNMAP_E: 164,
  SYSCALL_MUNMAP_X: 165,
  SYSCALL_SPLICE_E: 166,
  SYSCALL_SPLICE_X: 167,
  SYSCALL_PTRACE_E: 168,
  SYSCALL_PTRACE_X: 169,
  SYSCALL_IOCTL_3_E: 170,
  SYSCALL_IOCTL_3_X: 171,
  SYSCALL_EXECVE_14_E: 172,
  SYSCALL_EXECVE_14_X: 173,
  SYSCALL_RENAME_E: 174,
  SYSCALL_RENAME_X: 175,
  SYSCALL_RENAMEAT_E: 176,
  SYSCALL_RENAMEAT_X: 177,
  SYSCALL_SYMLINK_E: 178,
  SYSCALL_SYMLINK_X: 179,
  SYSCALL_SYMLINKAT_E: 180,
  SYSCALL_SYMLINKAT_X: 181,
  SYSCALL_FORK_E: 182,
  SYSCALL_FORK_X: 183,
  SYSCALL_VFORK_E: 184,
  SYSCALL_VFORK_X: 185,
  PROCEXIT_1_E: 186,
  PROCEXIT_1_X: 187,
  SYSCALL_SENDFILE_E: 188,
  SYSCALL_SENDFILE_X: 189,
  SYSCALL_QUOTACTL_E: 190,
  SYSCALL_QUOTACTL_X: 191,
  SYSCALL_SETRESUID_E: 192,
  SYSCALL_SETRESUID_X: 193,
  SYSCALL_SETRESGID_E: 194,
  SYSCALL_SETRESGID_X: 195,
  SCAPEVENT_E: 196,
  SCAPEVENT_X: 197,
  SYSCALL_SETUID_E: 198,
  SYSCALL_SETUID_X: 199,
  SYSCALL_SETGID_E: 200,
  SYSCALL_SETGID_X: 201,
  SYSCALL_GETUID_E: 202,
  SYSCALL_GETUID_X: 203,
  SYSCALL_GETEUID_E: 204,
  SYSCALL_GETEUID_X: 205,
  SYSCALL_GETGID_E: 206,
  SYSCALL_GETGID_X: 207,
  SYSCALL_GETEGID_E: 208,
  SYSCALL_GETEGID_X: 209,
  SYSCALL_GETRESUID_E: 210,
  SYSCALL_GETRESUID_X: 211,
  SYSCALL_GETRESGID_E: 212,
  SYSCALL_GETRESGID_X: 213,
  SYSCALL_EXECVE_15_E: 214,
  SYSCALL_EXECVE_15_X: 215,
  SYSCALL_CLONE_17_E: 216,
  SYSCALL_CLONE_17_X: 217,
  SYSCALL_FORK_17_E: 218,
  SYSCALL_FORK_17_X: 219,
  SYSCALL_VFORK_17_E: 220,
  SYSCALL_VFORK_17_X: 221,
  SYSCALL_CLONE_20_E: 222,
  SYSCALL_CLONE_20_X: 223,
  SYSCALL_FORK_20_E: 224,
  SYSCALL_FORK_20_X: 225,
  SYSCALL_VFORK_20_E: 226,
  SYSCALL_VFORK_20_X: 227,
  CONTAINER_E: 228,
  CONTAINER_X: 229,
  SYSCALL_EXECVE_16_E: 230,
  SYSCALL_EXECVE_16_X: 231,
  SIGNALDELIVER_E: 232,
  SIGNALDELIVER_X: 233,
  PROCINFO_E: 234,
  PROCINFO_X: 235,
  SYSCALL_GETDENTS_E: 236,
  SYSCALL_GETDENTS_X: 237,
  SYSCALL_GETDENTS64_E: 238,
  SYSCALL_GETDENTS64_X: 239,
  SYSCALL_SETNS_E: 240,
  SYSCALL_SETNS_X: 241,
  SYSCALL_FLOCK_E: 242,
  SYSCALL_FLOCK_X: 243,
  CPU_HOTPLUG_E: 244,
  CPU_HOTPLUG_X: 245,
  SOCKET_ACCEPT_5_E: 246,
  SOCKET_ACCEPT_5_X: 247,
  SOCKET_ACCEPT4_5_E: 248,
  SOCKET_ACCEPT4_5_X: 249,
  SYSCALL_SEMOP_E: 250,
  SYSCALL_SEMOP_X: 251,
  SYSCALL_SEMCTL_E: 252,
  SYSCALL_SEMCTL_X: 253,
  SYSCALL_PPOLL_E: 254,
  SYSCALL_PPOLL_X: 255,
  SYSCALL_MOUNT_E: 256,
  SYSCALL_MOUNT_X: 257,
  SYSCALL_UMOUNT_E: 258,
  SYSCALL_UMOUNT_X: 259,
  K8S_E: 260,
  K8S_X: 261,
  SYSCALL_SEMGET_E: 262,
  SYSCALL_SEMGET_X: 263,
  SYSCALL_ACCESS_E: 264,
  SYSCALL_ACCESS_X: 265,
  SYSCALL_CHROOT_E: 266,
  SYSCALL_CHROOT_X: 267,
  TRACER_E: 268,
  TRACER_X: 269,
  MESOS_E: 270,
  MESOS_X: 271,
  CONTAINER_JSON_E: 272,
  CONTAINER_JSON_X: 273,
  SYSCALL_SETSID_E: 274,
  SYSCALL_SETSID_X: 275,
  SYSCALL_MKDIR_2_E: 276,
  SYSCALL_MKDIR_2_X: 277,
  SYSCALL_RMDIR_2_E: 278,
  SYSCALL_RMDIR_2_X: 279,
  NOTIFICATION_E: 280,
  NOTIFICATION_X: 281,
  SYSCALL_EXECVE_17_E: 282,
  SYSCALL_EXECVE_17_X: 283,
  SYSCALL_UNSHARE_E: 284,
  SYSCALL_UNSHARE_X: 285,
  INFRASTRUCTURE_EVENT_E: 286,
  INFRASTRUCTURE_EVENT_X: 287,
  SYSCALL_EXECVE_18_E: 288,
  SYSCALL_EXECVE_18_X: 289,
  PAGE_FAULT_E: 290,
  PAGE_FAULT_X: 291,
  SYSCALL_EXECVE_19_E: 292,
  SYSCALL_EXECVE_19_X: 293,
  SYSCALL_SETPGID_E: 294,
  SYSCALL_SETPGID_X: 295,
  SYSCALL_BPF_E: 296,
  SYSCALL_BPF_X: 297,
  SYSCALL_SECCOMP_E: 298,
  SYSCALL_SECCOMP_X: 299,
  SYSCALL_UNLINK_2_E: 300,
  SYSCALL_UNLINK_2_X: 301,
  SYSCALL_UNLINKAT_2_E: 302,
  SYSCALL_UNLINKAT_2_X: 303,
  SYSCALL_MKDIRAT_E: 304,
  SYSCALL_MKDIRAT_X: 305,
  SYSCALL_OPENAT_2_E: 306,
  SYSCALL_OPENAT_2_X: 307,
  SYSCALL_LINK_2_E: 308,
  SYSCALL_LINK_2_X: 309,
  SYSCALL_LINKAT_2_E: 310,
  SYSCALL_LINKAT_2_X: 311,
  SYSCALL_FCHMODAT_E: 312,
  SYSCALL_FCHMODAT_X: 313,
  SYSCALL_CHMOD_E: 314,
  SYSCALL_CHMOD_X: 315,
  SYSCALL_FCHMOD_E: 316,
  SYSCALL_FCHMOD_X: 317,
  SYSCALL_RENAMEAT2_E: 318,
  SYSCALL_RENAMEAT2_X: 319,
  SYSCALL_USERFAULTFD_E: 320,
  SYSCALL_USERFAULTFD_X: 321,
  PLUGINEVENT_E: 322,
  PLUGINEVENT_X: 323,
  CONTAINER_JSON_2_E: 324,
  CONTAINER_JSON_2_X: 325,
  SYSCALL_OPENAT2_E: 326,
  SYSCALL_OPENAT2_X: 327,
  SYSCALL_MPROTECT_E: 328,
  SYSCALL_MPROTECT_X: 329,
  SYSCALL_EXECVEAT_E: 330,
  SYSCALL_EXECVEAT_X: 331,
  SYSCALL_COPY_FILE_RANGE_E: 332,
  SYSCALL_COPY_FILE_RANGE_X: 333,
  SYSCALL_CLONE3_E: 334,
  SYSCALL_CLONE3_X: 335,
  SYSCALL_OPEN_BY_HANDLE_AT_E: 336,
  SYSCALL_OPEN_BY_HANDLE_AT_X: 337,
  SYSCALL_IO_URING_SETUP_E: 338,
  SYSCALL_IO_URING_SETUP_X: 339,
  SYSCALL_IO_URING_ENTER_E: 340,
  SYSCALL_IO_URING_ENTER_X: 341,
  SYSCALL_IO_URING_REGISTER_E: 342,
  SYSCALL_IO_URING_REGISTER_X: 343,
  SYSCALL_MLOCK_E: 344,
  SYSCALL_MLOCK_X: 345,
  SYSCALL_MUNLOCK_E: 346,
  SYSCALL_MUNLOCK_X: 347,
  SYSCALL_MLOCKALL_E: 348,
  SYSCALL_MLOCKALL_X: 349,
  SYSCALL_MUNLOCKALL_E: 350,
  SYSCALL_MUNLOCKALL_X: 351,
  SYSCALL_CAPSET_E: 352,
  SYSCALL_CAPSET_X: 353,
  USER_ADDED_E: 354,
  USER_ADDED_X: 355,
  USER_DELETED_E: 356,
  USER_DELETED_X: 357,
  GROUP_ADDED_E: 358,
  GROUP_ADDED_X: 359,
  GROUP_DELETED_E: 360,
  GROUP_DELETED_X: 361,
  SYSCALL_DUP2_E: 362,
  SYSCALL_DUP2_X: 363,
  SYSCALL_DUP3_E: 364,
  SYSCALL_DUP3_X: 365,
  SYSCALL_DUP_1_E: 366,
  SYSCALL_DUP_1_X: 367,
  SYSCALL_BPF_2_E: 368,
  SYSCALL_BPF_2_X: 369,
  SYSCALL_MLOCK2_E: 370,
  SYSCALL_MLOCK2_X: 371,
  SYSCALL_FSCONFIG_E: 372,
  SYSCALL_FSCONFIG_X: 373,
  SYSCALL_EPOLL_CREATE_E: 374,
  SYSCALL_EPOLL_CREATE_X: 375,
  SYSCALL_EPOLL_CREATE1_E: 376,
  SYSCALL_EPOLL_CREATE1_X: 377,
  SYSCALL_CHOWN_E: 378,
  SYSCALL_CHOWN_X: 379,
  SYSCALL_LCHOWN_E: 380,
  SYSCALL_LCHOWN_X: 381,
  SYSCALL_FCHOWN_E: 382,
  SYSCALL_FCHOWN_X: 383,
  SYSCALL_FCHOWNAT_E: 384,
  SYSCALL_FCHOWNAT_X: 385,
  SYSCALL_UMOUNT_1_E: 386,
  SYSCALL_UMOUNT_1_X: 387,
  SOCKET_ACCEPT4_6_E: 388,
  SOCKET_ACCEPT4_6_X: 389,
  SYSCALL_UMOUNT2_E: 390,
  SYSCALL_UMOUNT2_X: 391,
  SYSCALL_PIPE2_E: 392,
  SYSCALL_PIPE2_X: 393,
  SYSCALL_INOTIFY_INIT1_E: 394,
  SYSCALL_INOTIFY_INIT1_X: 395,
  SYSCALL_EVENTFD2_E: 396,
  SYSCALL_EVENTFD2_X: 397,
  SYSCALL_SIGNALFD4_E: 398,
  SYSCALL_SIGNALFD4_X: 399,
  SYSCALL_PRCTL_E: 400,
  SYSCALL_PRCTL_X: 401,
  ASYNCEVENT_E: 402,
  ASYNCEVENT_X: 403,
  SYSCALL_MEMFD_CREATE_E: 404,
  SYSCALL_MEMFD_CREATE_X: 405,
  SYSCALL_PIDFD_GETFD_E: 406,
  SYSCALL_PIDFD_GETFD_X: 407,
  SYSCALL_PIDFD_OPEN_E: 408,
  SYSCALL_PIDFD_OPEN_X: 409,
  SYSCALL_INIT_MODULE_E: 410,
  SYSCALL_INIT_MODULE_X: 411,
  SYSCALL_FINIT_MODULE_E: 412,
  SYSCALL_FINIT_MODULE_X: 413,
  SYSCALL_MKNOD_E: 414,
  SYSCALL_MKNOD_X: 415,
  SYSCALL_MKNODAT_E: 416,
  SYSCALL_MKNODAT_X: 417,
  SYSCALL_NEWFSTATAT_E: 418,
  SYSCALL_NEWFSTATAT_X: 419,
  SYSCALL_PROCESS_VM_READV_E: 420,
  SYSCALL_PROCESS_VM_READV_X: 421,
  SYSCALL_PROCESS_VM_WRITEV_E: 422,
  SYSCALL_PROCESS_VM_WRITEV_X: 423,
  SYSCALL_DELETE_MODULE_E: 424,
  SYSCALL_DELETE_MODULE_X: 425,
  SYSCALL_SETREUID_E: 426,
  SYSCALL_SETREUID_X: 427,
  SYSCALL_SETREGID_E: 428,
  SYSCALL_SETREGID_X: 429,
  ITER_TASK_E: 430,
  ITER_TASK_X: 431,
  ITER_TASK_FILE_PIPE_E: 432,
  ITER_TASK_FILE_PIPE_X: 433,
  ITER_TASK_FILE_MEMFD_E: 434,
  ITER_TASK_FILE_MEMFD_X: 435,
  ITER_TASK_FILE_REGULAR_E: 436,
  ITER_TASK_FILE_REGULAR_X: 437,
  ITER_TASK_FILE_DIRECTORY_E: 438,
  ITER_TASK_FILE_DIRECTORY_X: 439,
  ITER_TASK_FILE_SOCKET_INET_E: 440,
  ITER_TASK_FILE_SOCKET_INET_X: 441,
  ITER_TASK_FILE_SOCKET_INET6_E: 442,
  ITER_TASK_FILE_SOCKET_INET6_X: 443,
  ITER_TASK_FILE_SOCKET_UNIX_E: 444,
  ITER_TASK_FILE_SOCKET_UNIX_X: 445,
  ITER_TASK_FILE_SOCKET_NETLINK_E: 446,
  ITER_TASK_FILE_SOCKET_NETLINK_X: 447,
  ITER_TASK_FILE_ANON_INODE_E: 448,
  ITER_TASK_FILE_ANON_INODE_X: 449,
  SYSCALL_CLOSE_RANGE_E: 450,
  SYSCALL_CLOSE_RANGE_X: 451,
  SYSCALL_KEYCTL_E: 452,
  SYSCALL_KEYCTL_X: 453,
  EVENT_MAX: 454,
} as const;

// ---- decoding eventTable.json: names of the enums above, joined by '|'; params as
// [name, PT, PF, {flags | dynamic | dirfd}?]

type JsonParam = [string, string, string, { flags?: string; dynamic?: string; dirfd?: number }?];
interface JsonEvent { id: number; symbol: string; name: string; category: string; flags: string; params: JsonParam[] }
interface JsonMeta { name: string; category: string; flags: string; nparams: number }

const TABLES_JSON = TABLES as unknown as { events: JsonEvent[]; oldLayouts: { [id: string]: JsonParam[] }; oldEventMeta: JsonMeta[] };
const FLAG_TABLES = F as unknown as { [name: string]: unknown };

function bits(expr: string, names: { readonly [name: string]: number }, what: string): number {
  let v = 0;
  for (const part of expr.split('|')) {
    if (part.startsWith('OLD_ONLY.')) v |= (EF_OLD_ONLY as { readonly [n: string]: number })[part.slice(9)];
    else if (/^[0-9]+$/.test(part)) v |= Number(part);
    else if (names[part] === undefined) throw new Error(`eventTable.json: unknown ${what} ${part}`);
    else v |= names[part];
  }
  return v;
}

function param(p: JsonParam): ParamInfo {
  const [name, type, format, extra] = p;
  const out: { -readonly [K in keyof ParamInfo]: ParamInfo[K] } = {
    name, type: (PT as { readonly [n: string]: number })[type], format: (PF as { readonly [n: string]: number })[format],
  };
  if (extra?.flags !== undefined) out.flagTable = FLAG_TABLES[extra.flags] as readonly FlagEntry[];
  if (extra?.dynamic !== undefined) out.dynamic = FLAG_TABLES[extra.dynamic] as readonly DynParamInfo[];
  if (extra?.dirfd !== undefined) out.dirfdParam = extra.dirfd;
  return out;
}

/** g_event_info, indexed by PPME id (0..PPM_EVENT_MAX-1). */
export const EVENT_TABLE: readonly EventInfo[] = TABLES_JSON.events.map((e) => ({
  id: e.id, symbol: e.symbol, name: e.name, category: bits(e.category, EC, 'category'), flags: bits(e.flags, EF, 'flag'),
  params: e.params.map(param),
}));

/**
 * Param layouts of libs e5c53d64 (sysdig 0.29.3) for the ids whose old layout is not a prefix of the new
 * one, or whose print format / info table changed. Decoders of old captures should prefer these.
 */
export const OLD_LAYOUTS: { readonly [id: number]: readonly ParamInfo[] } = Object.fromEntries(
  Object.entries(TABLES_JSON.oldLayouts).map(([id, ps]) => [id, ps.map(param)]));

/** name/category/flags of every event of libs e5c53d64 (sysdig 0.29.3), indexed by id 0..335. */
export const OLD_EVENT_META: readonly { readonly name: string; readonly category: number; readonly flags: number; readonly nparams: number }[] =
  TABLES_JSON.oldEventMeta.map((m) => ({ name: m.name, category: bits(m.category, EC, 'category'), flags: bits(m.flags, EF, 'flag'), nparams: m.nparams }));
