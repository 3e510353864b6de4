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

/** g_event_info, indexed by PPME id (0..PPM_EVENT_MAX-1). */
export const EVENT_TABLE: readonly EventInfo[] = [
  { id: 0, symbol: "PPME_GENERIC_E", name: "syscall", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "ID", type: PT.SYSCALLID, format: PF.DEC }, { name: "nativeID", type: PT.UINT16, format: PF.DEC }] },
  { id: 1, symbol: "PPME_GENERIC_X", name: "syscall", category: EC.OTHER | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "ID", type: PT.SYSCALLID, format: PF.DEC }, { name: "nativeID", type: PT.UINT16, format: PF.DEC }] },
  { id: 2, symbol: "PPME_SYSCALL_OPEN_E", name: "open", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "name", type: PT.FSPATH, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }] },
  { id: 3, symbol: "PPME_SYSCALL_OPEN_X", name: "open", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSPATH, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }, { name: "dev", type: PT.UINT32, format: PF.HEX }, { name: "ino", type: PT.UINT64, format: PF.DEC }] },
  { id: 4, symbol: "PPME_SYSCALL_CLOSE_E", name: "close", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.DESTROYS_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 5, symbol: "PPME_SYSCALL_CLOSE_X", name: "close", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.DESTROYS_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 6, symbol: "PPME_SYSCALL_READ_E", name: "read", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 7, symbol: "PPME_SYSCALL_READ_X", name: "read", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 8, symbol: "PPME_SYSCALL_WRITE_E", name: "write", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 9, symbol: "PPME_SYSCALL_WRITE_X", name: "write", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 10, symbol: "PPME_SYSCALL_BRK_1_E", name: "brk", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 11, symbol: "PPME_SYSCALL_BRK_1_X", name: "brk", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.UINT64, format: PF.HEX }] },
  { id: 12, symbol: "PPME_SYSCALL_EXECVE_8_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 13, symbol: "PPME_SYSCALL_EXECVE_8_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }] },
  { id: 14, symbol: "PPME_SYSCALL_CLONE_11_E", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 15, symbol: "PPME_SYSCALL_CLONE_11_X", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 16, symbol: "PPME_PROCEXIT_E", name: "procexit", category: EC.PROCESS | EC.TRACEPOINT, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 17, symbol: "PPME_PROCEXIT_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 18, symbol: "PPME_SOCKET_SOCKET_E", name: "socket", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "domain", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.socket_families }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "proto", type: PT.UINT32, format: PF.DEC }] },
  { id: 19, symbol: "PPME_SOCKET_SOCKET_X", name: "socket", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "domain", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.socket_families }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "proto", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }] },
  { id: 20, symbol: "PPME_SOCKET_BIND_E", name: "bind", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 21, symbol: "PPME_SOCKET_BIND_X", name: "bind", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.SOCKADDR, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 22, symbol: "PPME_SOCKET_CONNECT_E", name: "connect", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "addr", type: PT.SOCKADDR, format: PF.NA }] },
  { id: 23, symbol: "PPME_SOCKET_CONNECT_X", name: "connect", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "addr", type: PT.SOCKADDR, format: PF.NA }] },
  { id: 24, symbol: "PPME_SOCKET_LISTEN_E", name: "listen", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "backlog", type: PT.INT32, format: PF.DEC }] },
  { id: 25, symbol: "PPME_SOCKET_LISTEN_X", name: "listen", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "backlog", type: PT.INT32, format: PF.DEC }] },
  { id: 26, symbol: "PPME_SOCKET_ACCEPT_E", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 27, symbol: "PPME_SOCKET_ACCEPT_X", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "queuepct", type: PT.UINT8, format: PF.DEC }] },
  { id: 28, symbol: "PPME_SOCKET_SEND_E", name: "send", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 29, symbol: "PPME_SOCKET_SEND_X", name: "send", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 30, symbol: "PPME_SOCKET_SENDTO_E", name: "sendto", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 31, symbol: "PPME_SOCKET_SENDTO_X", name: "sendto", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 32, symbol: "PPME_SOCKET_RECV_E", name: "recv", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 33, symbol: "PPME_SOCKET_RECV_X", name: "recv", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 34, symbol: "PPME_SOCKET_RECVFROM_E", name: "recvfrom", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 35, symbol: "PPME_SOCKET_RECVFROM_X", name: "recvfrom", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 36, symbol: "PPME_SOCKET_SHUTDOWN_E", name: "shutdown", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "how", type: PT.ENUMFLAGS8, format: PF.HEX, flagTable: F.shutdown_how }] },
  { id: 37, symbol: "PPME_SOCKET_SHUTDOWN_X", name: "shutdown", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "how", type: PT.ENUMFLAGS8, format: PF.HEX, flagTable: F.shutdown_how }] },
  { id: 38, symbol: "PPME_SOCKET_GETSOCKNAME_E", name: "getsockname", category: EC.NET | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 39, symbol: "PPME_SOCKET_GETSOCKNAME_X", name: "getsockname", category: EC.NET | EC.SYSCALL, flags: EF.NONE, params: [] },
  { id: 40, symbol: "PPME_SOCKET_GETPEERNAME_E", name: "getpeername", category: EC.NET | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 41, symbol: "PPME_SOCKET_GETPEERNAME_X", name: "getpeername", category: EC.NET | EC.SYSCALL, flags: EF.NONE, params: [] },
  { id: 42, symbol: "PPME_SOCKET_SOCKETPAIR_E", name: "socketpair", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "domain", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.socket_families }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "proto", type: PT.UINT32, format: PF.DEC }] },
  { id: 43, symbol: "PPME_SOCKET_SOCKETPAIR_X", name: "socketpair", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd1", type: PT.FD, format: PF.DEC }, { name: "fd2", type: PT.FD, format: PF.DEC }, { name: "source", type: PT.UINT64, format: PF.HEX }, { name: "peer", type: PT.UINT64, format: PF.HEX }, { name: "domain", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.socket_families }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "proto", type: PT.UINT32, format: PF.DEC }] },
  { id: 44, symbol: "PPME_SOCKET_SETSOCKOPT_E", name: "setsockopt", category: EC.NET | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 45, symbol: "PPME_SOCKET_SETSOCKOPT_X", name: "setsockopt", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "level", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.sockopt_levels }, { name: "optname", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.sockopt_options }, { name: "val", type: PT.DYN, format: PF.DEC, dynamic: F.sockopt_dynamic_param }, { name: "optlen", type: PT.UINT32, format: PF.DEC }] },
  { id: 46, symbol: "PPME_SOCKET_GETSOCKOPT_E", name: "getsockopt", category: EC.NET | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 47, symbol: "PPME_SOCKET_GETSOCKOPT_X", name: "getsockopt", category: EC.NET | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "level", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.sockopt_levels }, { name: "optname", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.sockopt_options }, { name: "val", type: PT.DYN, format: PF.DEC, dynamic: F.sockopt_dynamic_param }, { name: "optlen", type: PT.UINT32, format: PF.DEC }] },
  { id: 48, symbol: "PPME_SOCKET_SENDMSG_E", name: "sendmsg", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 49, symbol: "PPME_SOCKET_SENDMSG_X", name: "sendmsg", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 50, symbol: "PPME_SOCKET_SENDMMSG_E", name: "sendmmsg", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 51, symbol: "PPME_SOCKET_SENDMMSG_X", name: "sendmmsg", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }] },
  { id: 52, symbol: "PPME_SOCKET_RECVMSG_E", name: "recvmsg", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 53, symbol: "PPME_SOCKET_RECVMSG_X", name: "recvmsg", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "msgcontrol", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 54, symbol: "PPME_SOCKET_RECVMMSG_E", name: "recvmmsg", category: EC.IO_READ | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 55, symbol: "PPME_SOCKET_RECVMMSG_X", name: "recvmmsg", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "msgcontrol", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 56, symbol: "PPME_SOCKET_ACCEPT4_E", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.INT32, format: PF.HEX }] },
  { id: 57, symbol: "PPME_SOCKET_ACCEPT4_X", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "queuepct", type: PT.UINT8, format: PF.DEC }] },
  { id: 58, symbol: "PPME_SYSCALL_CREAT_E", name: "creat", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "name", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.UINT32, format: PF.OCT }] },
  { id: 59, symbol: "PPME_SYSCALL_CREAT_X", name: "creat", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.UINT32, format: PF.OCT }, { name: "dev", type: PT.UINT32, format: PF.HEX }, { name: "ino", type: PT.UINT64, format: PF.DEC }, { name: "creat_flags", type: PT.FLAGS16, format: PF.HEX, flagTable: F.creat_flags }] },
  { id: 60, symbol: "PPME_SYSCALL_PIPE_E", name: "pipe", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 61, symbol: "PPME_SYSCALL_PIPE_X", name: "pipe", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd1", type: PT.FD, format: PF.DEC }, { name: "fd2", type: PT.FD, format: PF.DEC }, { name: "ino", type: PT.UINT64, format: PF.DEC }] },
  { id: 62, symbol: "PPME_SYSCALL_EVENTFD_E", name: "eventfd", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "initval", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.UINT32, format: PF.HEX }] },
  { id: 63, symbol: "PPME_SYSCALL_EVENTFD_X", name: "eventfd", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "initval", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.UINT32, format: PF.HEX }] },
  { id: 64, symbol: "PPME_SYSCALL_FUTEX_E", name: "futex", category: EC.IPC | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "op", type: PT.FLAGS16, format: PF.HEX, flagTable: F.futex_operations }, { name: "val", type: PT.UINT64, format: PF.DEC }] },
  { id: 65, symbol: "PPME_SYSCALL_FUTEX_X", name: "futex", category: EC.IPC | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "op", type: PT.FLAGS16, format: PF.HEX, flagTable: F.futex_operations }, { name: "val", type: PT.UINT64, format: PF.DEC }] },
  { id: 66, symbol: "PPME_SYSCALL_STAT_E", name: "stat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 67, symbol: "PPME_SYSCALL_STAT_X", name: "stat", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 68, symbol: "PPME_SYSCALL_LSTAT_E", name: "lstat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 69, symbol: "PPME_SYSCALL_LSTAT_X", name: "lstat", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 70, symbol: "PPME_SYSCALL_FSTAT_E", name: "fstat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 71, symbol: "PPME_SYSCALL_FSTAT_X", name: "fstat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 72, symbol: "PPME_SYSCALL_STAT64_E", name: "stat64", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 73, symbol: "PPME_SYSCALL_STAT64_X", name: "stat64", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 74, symbol: "PPME_SYSCALL_LSTAT64_E", name: "lstat64", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 75, symbol: "PPME_SYSCALL_LSTAT64_X", name: "lstat64", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 76, symbol: "PPME_SYSCALL_FSTAT64_E", name: "fstat64", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION, params: [{ name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 77, symbol: "PPME_SYSCALL_FSTAT64_X", name: "fstat64", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 78, symbol: "PPME_SYSCALL_EPOLLWAIT_E", name: "epoll_wait", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "maxevents", type: PT.ERRNO, format: PF.DEC }] },
  { id: 79, symbol: "PPME_SYSCALL_EPOLLWAIT_X", name: "epoll_wait", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "maxevents", type: PT.ERRNO, format: PF.DEC }] },
  { id: 80, symbol: "PPME_SYSCALL_POLL_E", name: "poll", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fds", type: PT.FDLIST, format: PF.DEC }, { name: "timeout", type: PT.INT64, format: PF.DEC }] },
  { id: 81, symbol: "PPME_SYSCALL_POLL_X", name: "poll", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fds", type: PT.FDLIST, format: PF.DEC }, { name: "timeout", type: PT.INT64, format: PF.DEC }] },
  { id: 82, symbol: "PPME_SYSCALL_SELECT_E", name: "select", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION, params: [] },
  { id: 83, symbol: "PPME_SYSCALL_SELECT_X", name: "select", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 84, symbol: "PPME_SYSCALL_NEWSELECT_E", name: "select", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION, params: [] },
  { id: 85, symbol: "PPME_SYSCALL_NEWSELECT_X", name: "select", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 86, symbol: "PPME_SYSCALL_LSEEK_E", name: "lseek", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "whence", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.lseek_whence }] },
  { id: 87, symbol: "PPME_SYSCALL_LSEEK_X", name: "lseek", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "whence", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.lseek_whence }] },
  { id: 88, symbol: "PPME_SYSCALL_LLSEEK_E", name: "llseek", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "whence", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.lseek_whence }] },
  { id: 89, symbol: "PPME_SYSCALL_LLSEEK_X", name: "llseek", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "whence", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.lseek_whence }] },
  { id: 90, symbol: "PPME_SYSCALL_IOCTL_2_E", name: "ioctl", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "request", type: PT.UINT64, format: PF.HEX }] },
  { id: 91, symbol: "PPME_SYSCALL_IOCTL_2_X", name: "ioctl", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 92, symbol: "PPME_SYSCALL_GETCWD_E", name: "getcwd", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 93, symbol: "PPME_SYSCALL_GETCWD_X", name: "getcwd", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.CHARBUF, format: PF.NA }] },
  { id: 94, symbol: "PPME_SYSCALL_CHDIR_E", name: "chdir", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 95, symbol: "PPME_SYSCALL_CHDIR_X", name: "chdir", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.CHARBUF, format: PF.NA }] },
  { id: 96, symbol: "PPME_SYSCALL_FCHDIR_E", name: "fchdir", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 97, symbol: "PPME_SYSCALL_FCHDIR_X", name: "fchdir", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 98, symbol: "PPME_SYSCALL_MKDIR_E", name: "mkdir", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "path", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.UINT32, format: PF.HEX }] },
  { id: 99, symbol: "PPME_SYSCALL_MKDIR_X", name: "mkdir", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 100, symbol: "PPME_SYSCALL_RMDIR_E", name: "rmdir", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 101, symbol: "PPME_SYSCALL_RMDIR_X", name: "rmdir", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 102, symbol: "PPME_SYSCALL_OPENAT_E", name: "openat", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }] },
  { id: 103, symbol: "PPME_SYSCALL_OPENAT_X", name: "openat", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 104, symbol: "PPME_SYSCALL_LINK_E", name: "link", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "oldpath", type: PT.FSPATH, format: PF.NA }, { name: "newpath", type: PT.FSPATH, format: PF.NA }] },
  { id: 105, symbol: "PPME_SYSCALL_LINK_X", name: "link", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 106, symbol: "PPME_SYSCALL_LINKAT_E", name: "linkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "olddir", type: PT.FD, format: PF.DEC }, { name: "oldpath", type: PT.CHARBUF, format: PF.NA }, { name: "newdir", type: PT.FD, format: PF.DEC }, { name: "newpath", type: PT.CHARBUF, format: PF.NA }] },
  { id: 107, symbol: "PPME_SYSCALL_LINKAT_X", name: "linkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 108, symbol: "PPME_SYSCALL_UNLINK_E", name: "unlink", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 109, symbol: "PPME_SYSCALL_UNLINK_X", name: "unlink", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 110, symbol: "PPME_SYSCALL_UNLINKAT_E", name: "unlinkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }] },
  { id: 111, symbol: "PPME_SYSCALL_UNLINKAT_X", name: "unlinkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 112, symbol: "PPME_SYSCALL_PREAD_E", name: "pread", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 113, symbol: "PPME_SYSCALL_PREAD_X", name: "pread", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 114, symbol: "PPME_SYSCALL_PWRITE_E", name: "pwrite", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 115, symbol: "PPME_SYSCALL_PWRITE_X", name: "pwrite", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 116, symbol: "PPME_SYSCALL_READV_E", name: "readv", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 117, symbol: "PPME_SYSCALL_READV_X", name: "readv", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 118, symbol: "PPME_SYSCALL_WRITEV_E", name: "writev", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 119, symbol: "PPME_SYSCALL_WRITEV_X", name: "writev", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }] },
  { id: 120, symbol: "PPME_SYSCALL_PREADV_E", name: "preadv", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 121, symbol: "PPME_SYSCALL_PREADV_X", name: "preadv", category: EC.IO_READ | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 122, symbol: "PPME_SYSCALL_PWRITEV_E", name: "pwritev", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 123, symbol: "PPME_SYSCALL_PWRITEV_X", name: "pwritev", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT32, format: PF.DEC }, { name: "pos", type: PT.UINT64, format: PF.DEC }] },
  { id: 124, symbol: "PPME_SYSCALL_DUP_E", name: "dup", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 125, symbol: "PPME_SYSCALL_DUP_X", name: "dup", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }] },
  { id: 126, symbol: "PPME_SYSCALL_SIGNALFD_E", name: "signalfd", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "mask", type: PT.UINT32, format: PF.HEX }, { name: "flags", type: PT.UINT8, format: PF.HEX }] },
  { id: 127, symbol: "PPME_SYSCALL_SIGNALFD_X", name: "signalfd", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "mask", type: PT.UINT32, format: PF.HEX }, { name: "flags", type: PT.UINT8, format: PF.HEX }] },
  { id: 128, symbol: "PPME_SYSCALL_KILL_E", name: "kill", category: EC.SIGNAL | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "pid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 129, symbol: "PPME_SYSCALL_KILL_X", name: "kill", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 130, symbol: "PPME_SYSCALL_TKILL_E", name: "tkill", category: EC.SIGNAL | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "tid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 131, symbol: "PPME_SYSCALL_TKILL_X", name: "tkill", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 132, symbol: "PPME_SYSCALL_TGKILL_E", name: "tgkill", category: EC.SIGNAL | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "pid", type: PT.PID, format: PF.DEC }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 133, symbol: "PPME_SYSCALL_TGKILL_X", name: "tgkill", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 134, symbol: "PPME_SYSCALL_NANOSLEEP_E", name: "nanosleep", category: EC.SLEEP | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "interval", type: PT.RELTIME, format: PF.DEC }] },
  { id: 135, symbol: "PPME_SYSCALL_NANOSLEEP_X", name: "nanosleep", category: EC.SLEEP | EC.SYSCALL, flags: EF.WAITS | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "interval", type: PT.RELTIME, format: PF.DEC }] },
  { id: 136, symbol: "PPME_SYSCALL_TIMERFD_CREATE_E", name: "timerfd_create", category: EC.TIME | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "clockid", type: PT.UINT8, format: PF.DEC }, { name: "flags", type: PT.UINT8, format: PF.HEX }] },
  { id: 137, symbol: "PPME_SYSCALL_TIMERFD_CREATE_X", name: "timerfd_create", category: EC.TIME | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "clockid", type: PT.UINT8, format: PF.DEC }, { name: "flags", type: PT.UINT8, format: PF.HEX }] },
  { id: 138, symbol: "PPME_SYSCALL_INOTIFY_INIT_E", name: "inotify_init", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.UINT8, format: PF.HEX }] },
  { id: 139, symbol: "PPME_SYSCALL_INOTIFY_INIT_X", name: "inotify_init", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.UINT8, format: PF.HEX }] },
  { id: 140, symbol: "PPME_SYSCALL_GETRLIMIT_E", name: "getrlimit", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "resource", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }] },
  { id: 141, symbol: "PPME_SYSCALL_GETRLIMIT_X", name: "getrlimit", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "cur", type: PT.INT64, format: PF.DEC }, { name: "max", type: PT.INT64, format: PF.DEC }, { name: "resource", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }] },
  { id: 142, symbol: "PPME_SYSCALL_SETRLIMIT_E", name: "setrlimit", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "resource", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }] },
  { id: 143, symbol: "PPME_SYSCALL_SETRLIMIT_X", name: "setrlimit", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "cur", type: PT.INT64, format: PF.DEC }, { name: "max", type: PT.INT64, format: PF.DEC }, { name: "resource", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }] },
  { id: 144, symbol: "PPME_SYSCALL_PRLIMIT_E", name: "prlimit", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "pid", type: PT.PID, format: PF.DEC }, { name: "resource", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }] },
  { id: 145, symbol: "PPME_SYSCALL_PRLIMIT_X", name: "prlimit", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "newcur", type: PT.INT64, format: PF.DEC }, { name: "newmax", type: PT.INT64, format: PF.DEC }, { name: "oldcur", type: PT.INT64, format: PF.DEC }, { name: "oldmax", type: PT.INT64, format: PF.DEC }, { name: "pid", type: PT.INT64, format: PF.DEC }, { name: "resource", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }] },
  { id: 146, symbol: "PPME_SCHEDSWITCH_1_E", name: "switch", category: EC.SCHEDULER | EC.TRACEPOINT, flags: EF.SKIPPARSERESET | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "next", type: PT.PID, format: PF.DEC }] },
  { id: 147, symbol: "PPME_SCHEDSWITCH_1_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 148, symbol: "PPME_DROP_E", name: "drop", category: EC.INTERNAL | EC.METAEVENT, flags: EF.SKIPPARSERESET, params: [{ name: "ratio", type: PT.UINT32, format: PF.DEC }] },
  { id: 149, symbol: "PPME_DROP_X", name: "drop", category: EC.INTERNAL | EC.METAEVENT, flags: EF.SKIPPARSERESET, params: [{ name: "ratio", type: PT.UINT32, format: PF.DEC }] },
  { id: 150, symbol: "PPME_SYSCALL_FCNTL_E", name: "fcntl", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "cmd", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.fcntl_commands }] },
  { id: 151, symbol: "PPME_SYSCALL_FCNTL_X", name: "fcntl", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "cmd", type: PT.ENUMFLAGS8, format: PF.DEC, flagTable: F.fcntl_commands }, { name: "arg", type: PT.UINT64, format: PF.HEX }] },
  { id: 152, symbol: "PPME_SCHEDSWITCH_6_E", name: "switch", category: EC.SCHEDULER | EC.TRACEPOINT, flags: EF.NONE, params: [{ name: "next", type: PT.PID, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }] },
  { id: 153, symbol: "PPME_SCHEDSWITCH_6_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 154, symbol: "PPME_SYSCALL_EXECVE_13_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 155, symbol: "PPME_SYSCALL_EXECVE_13_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }] },
  { id: 156, symbol: "PPME_SYSCALL_CLONE_16_E", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 157, symbol: "PPME_SYSCALL_CLONE_16_X", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 158, symbol: "PPME_SYSCALL_BRK_4_E", name: "brk", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }] },
  { id: 159, symbol: "PPME_SYSCALL_BRK_4_X", name: "brk", category: EC.MEMORY | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.UINT64, format: PF.HEX }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }] },
  { id: 160, symbol: "PPME_SYSCALL_MMAP_E", name: "mmap", category: EC.MEMORY | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "prot", type: PT.FLAGS32, format: PF.HEX, flagTable: F.prot_flags }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mmap_flags }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }] },
  { id: 161, symbol: "PPME_SYSCALL_MMAP_X", name: "mmap", category: EC.MEMORY | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.HEX }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "prot", type: PT.FLAGS32, format: PF.HEX, flagTable: F.prot_flags }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mmap_flags }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }] },
  { id: 162, symbol: "PPME_SYSCALL_MMAP2_E", name: "mmap2", category: EC.MEMORY | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "prot", type: PT.FLAGS32, format: PF.HEX, flagTable: F.prot_flags }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mmap_flags }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "pgoffset", type: PT.UINT64, format: PF.DEC }] },
  { id: 163, symbol: "PPME_SYSCALL_MMAP2_X", name: "mmap2", category: EC.MEMORY | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.HEX }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "prot", type: PT.FLAGS32, format: PF.HEX, flagTable: F.prot_flags }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mmap_flags }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "pgoffset", type: PT.UINT64, format: PF.DEC }] },
  { id: 164, symbol: "PPME_SYSCALL_MUNMAP_E", name: "munmap", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }] },
  { id: 165, symbol: "PPME_SYSCALL_MUNMAP_X", name: "munmap", category: EC.MEMORY | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }] },
  { id: 166, symbol: "PPME_SYSCALL_SPLICE_E", name: "splice", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd_in", type: PT.FD, format: PF.DEC }, { name: "fd_out", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.splice_flags }] },
  { id: 167, symbol: "PPME_SYSCALL_SPLICE_X", name: "splice", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd_in", type: PT.FD, format: PF.DEC }, { name: "fd_out", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.splice_flags }] },
  { id: 168, symbol: "PPME_SYSCALL_PTRACE_E", name: "ptrace", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "request", type: PT.ENUMFLAGS16, format: PF.DEC, flagTable: F.ptrace_requests }, { name: "pid", type: PT.PID, format: PF.DEC }] },
  { id: 169, symbol: "PPME_SYSCALL_PTRACE_X", name: "ptrace", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.DYN, format: PF.HEX, dynamic: F.ptrace_dynamic_param }, { name: "data", type: PT.DYN, format: PF.HEX, dynamic: F.ptrace_dynamic_param }, { name: "request", type: PT.ENUMFLAGS16, format: PF.DEC, flagTable: F.ptrace_requests }, { name: "pid", type: PT.PID, format: PF.DEC }] },
  { id: 170, symbol: "PPME_SYSCALL_IOCTL_3_E", name: "ioctl", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "request", type: PT.UINT64, format: PF.HEX }, { name: "argument", type: PT.UINT64, format: PF.HEX }] },
  { id: 171, symbol: "PPME_SYSCALL_IOCTL_3_X", name: "ioctl", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "request", type: PT.UINT64, format: PF.HEX }, { name: "argument", type: PT.UINT64, format: PF.HEX }] },
  { id: 172, symbol: "PPME_SYSCALL_EXECVE_14_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 173, symbol: "PPME_SYSCALL_EXECVE_14_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "env", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 174, symbol: "PPME_SYSCALL_RENAME_E", name: "rename", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 175, symbol: "PPME_SYSCALL_RENAME_X", name: "rename", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "oldpath", type: PT.FSPATH, format: PF.NA }, { name: "newpath", type: PT.FSPATH, format: PF.NA }] },
  { id: 176, symbol: "PPME_SYSCALL_RENAMEAT_E", name: "renameat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 177, symbol: "PPME_SYSCALL_RENAMEAT_X", name: "renameat", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "olddirfd", type: PT.FD, format: PF.DEC }, { name: "oldpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "newdirfd", type: PT.FD, format: PF.DEC }, { name: "newpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 3 }] },
  { id: 178, symbol: "PPME_SYSCALL_SYMLINK_E", name: "symlink", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 179, symbol: "PPME_SYSCALL_SYMLINK_X", name: "symlink", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "target", type: PT.CHARBUF, format: PF.NA }, { name: "linkpath", type: PT.FSPATH, format: PF.NA }] },
  { id: 180, symbol: "PPME_SYSCALL_SYMLINKAT_E", name: "symlinkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 181, symbol: "PPME_SYSCALL_SYMLINKAT_X", name: "symlinkat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "target", type: PT.CHARBUF, format: PF.NA }, { name: "linkdirfd", type: PT.FD, format: PF.DEC }, { name: "linkpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 2 }] },
  { id: 182, symbol: "PPME_SYSCALL_FORK_E", name: "fork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 183, symbol: "PPME_SYSCALL_FORK_X", name: "fork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 184, symbol: "PPME_SYSCALL_VFORK_E", name: "vfork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 185, symbol: "PPME_SYSCALL_VFORK_X", name: "vfork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 186, symbol: "PPME_PROCEXIT_1_E", name: "procexit", category: EC.PROCESS | EC.TRACEPOINT, flags: EF.MODIFIES_STATE, params: [{ name: "status", type: PT.ERRNO, format: PF.DEC }, { name: "ret", type: PT.ERRNO, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }, { name: "core", type: PT.UINT8, format: PF.DEC }, { name: "reaper_tid", type: PT.PID, format: PF.DEC }] },
  { id: 187, symbol: "PPME_PROCEXIT_1_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 188, symbol: "PPME_SYSCALL_SENDFILE_E", name: "sendfile", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "out_fd", type: PT.FD, format: PF.DEC }, { name: "in_fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "size", type: PT.UINT64, format: PF.DEC }] },
  { id: 189, symbol: "PPME_SYSCALL_SENDFILE_X", name: "sendfile", category: EC.IO_WRITE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "out_fd", type: PT.FD, format: PF.DEC }, { name: "in_fd", type: PT.FD, format: PF.DEC }, { name: "size", type: PT.UINT64, format: PF.DEC }] },
  { id: 190, symbol: "PPME_SYSCALL_QUOTACTL_E", name: "quotactl", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "cmd", type: PT.FLAGS16, format: PF.DEC, flagTable: F.quotactl_cmds }, { name: "type", type: PT.FLAGS8, format: PF.DEC, flagTable: F.quotactl_types }, { name: "id", type: PT.UINT32, format: PF.DEC }, { name: "quota_fmt", type: PT.FLAGS8, format: PF.DEC, flagTable: F.quotactl_quota_fmts }] },
  { id: 191, symbol: "PPME_SYSCALL_QUOTACTL_X", name: "quotactl", category: EC.USER | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "special", type: PT.CHARBUF, format: PF.NA }, { name: "quotafilepath", type: PT.CHARBUF, format: PF.NA }, { name: "dqb_bhardlimit", type: PT.UINT64, format: PF.DEC }, { name: "dqb_bsoftlimit", type: PT.UINT64, format: PF.DEC }, { name: "dqb_curspace", type: PT.UINT64, format: PF.DEC }, { name: "dqb_ihardlimit", type: PT.UINT64, format: PF.DEC }, { name: "dqb_isoftlimit", type: PT.UINT64, format: PF.DEC }, { name: "dqb_btime", type: PT.RELTIME, format: PF.DEC }, { name: "dqb_itime", type: PT.RELTIME, format: PF.DEC }, { name: "dqi_bgrace", type: PT.RELTIME, format: PF.DEC }, { name: "dqi_igrace", type: PT.RELTIME, format: PF.DEC }, { name: "dqi_flags", type: PT.FLAGS8, format: PF.DEC, flagTable: F.quotactl_dqi_flags }, { name: "quota_fmt_out", type: PT.FLAGS8, format: PF.DEC, flagTable: F.quotactl_quota_fmts }, { name: "cmd", type: PT.FLAGS16, format: PF.DEC, flagTable: F.quotactl_cmds }, { name: "type", type: PT.FLAGS8, format: PF.DEC, flagTable: F.quotactl_types }, { name: "id", type: PT.UINT32, format: PF.DEC }, { name: "quota_fmt", type: PT.FLAGS8, format: PF.DEC, flagTable: F.quotactl_quota_fmts }] },
  { id: 192, symbol: "PPME_SYSCALL_SETRESUID_E", name: "setresuid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "ruid", type: PT.UID, format: PF.DEC }, { name: "euid", type: PT.UID, format: PF.DEC }, { name: "suid", type: PT.UID, format: PF.DEC }] },
  { id: 193, symbol: "PPME_SYSCALL_SETRESUID_X", name: "setresuid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "ruid", type: PT.UID, format: PF.DEC }, { name: "euid", type: PT.UID, format: PF.DEC }, { name: "suid", type: PT.UID, format: PF.DEC }] },
  { id: 194, symbol: "PPME_SYSCALL_SETRESGID_E", name: "setresgid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "rgid", type: PT.GID, format: PF.DEC }, { name: "egid", type: PT.GID, format: PF.DEC }, { name: "sgid", type: PT.GID, format: PF.DEC }] },
  { id: 195, symbol: "PPME_SYSCALL_SETRESGID_X", name: "setresgid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "rgid", type: PT.GID, format: PF.DEC }, { name: "egid", type: PT.GID, format: PF.DEC }, { name: "sgid", type: PT.GID, format: PF.DEC }] },
  { id: 196, symbol: "PPME_SCAPEVENT_E", name: "scapevent", category: EC.INTERNAL | EC.METAEVENT, flags: EF.SKIPPARSERESET, params: [{ name: "event_type", type: PT.UINT32, format: PF.DEC }, { name: "event_data", type: PT.UINT64, format: PF.DEC }] },
  { id: 197, symbol: "PPME_SCAPEVENT_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 198, symbol: "PPME_SYSCALL_SETUID_E", name: "setuid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "uid", type: PT.UID, format: PF.DEC }] },
  { id: 199, symbol: "PPME_SYSCALL_SETUID_X", name: "setuid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "uid", type: PT.UID, format: PF.DEC }] },
  { id: 200, symbol: "PPME_SYSCALL_SETGID_E", name: "setgid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "gid", type: PT.GID, format: PF.DEC }] },
  { id: 201, symbol: "PPME_SYSCALL_SETGID_X", name: "setgid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "gid", type: PT.GID, format: PF.DEC }] },
  { id: 202, symbol: "PPME_SYSCALL_GETUID_E", name: "getuid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 203, symbol: "PPME_SYSCALL_GETUID_X", name: "getuid", category: EC.USER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "uid", type: PT.UID, format: PF.DEC }] },
  { id: 204, symbol: "PPME_SYSCALL_GETEUID_E", name: "geteuid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 205, symbol: "PPME_SYSCALL_GETEUID_X", name: "geteuid", category: EC.USER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "euid", type: PT.UID, format: PF.DEC }] },
  { id: 206, symbol: "PPME_SYSCALL_GETGID_E", name: "getgid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 207, symbol: "PPME_SYSCALL_GETGID_X", name: "getgid", category: EC.USER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "gid", type: PT.GID, format: PF.DEC }] },
  { id: 208, symbol: "PPME_SYSCALL_GETEGID_E", name: "getegid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 209, symbol: "PPME_SYSCALL_GETEGID_X", name: "getegid", category: EC.USER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "egid", type: PT.GID, format: PF.DEC }] },
  { id: 210, symbol: "PPME_SYSCALL_GETRESUID_E", name: "getresuid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 211, symbol: "PPME_SYSCALL_GETRESUID_X", name: "getresuid", category: EC.USER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "ruid", type: PT.UID, format: PF.DEC }, { name: "euid", type: PT.UID, format: PF.DEC }, { name: "suid", type: PT.UID, format: PF.DEC }] },
  { id: 212, symbol: "PPME_SYSCALL_GETRESGID_E", name: "getresgid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 213, symbol: "PPME_SYSCALL_GETRESGID_X", name: "getresgid", category: EC.USER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "rgid", type: PT.GID, format: PF.DEC }, { name: "egid", type: PT.GID, format: PF.DEC }, { name: "sgid", type: PT.GID, format: PF.DEC }] },
  { id: 214, symbol: "PPME_SYSCALL_EXECVE_15_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 215, symbol: "PPME_SYSCALL_EXECVE_15_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 216, symbol: "PPME_SYSCALL_CLONE_17_E", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 217, symbol: "PPME_SYSCALL_CLONE_17_X", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 218, symbol: "PPME_SYSCALL_FORK_17_E", name: "fork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 219, symbol: "PPME_SYSCALL_FORK_17_X", name: "fork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 220, symbol: "PPME_SYSCALL_VFORK_17_E", name: "vfork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 221, symbol: "PPME_SYSCALL_VFORK_17_X", name: "vfork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 222, symbol: "PPME_SYSCALL_CLONE_20_E", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 223, symbol: "PPME_SYSCALL_CLONE_20_X", name: "clone", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "vtid", type: PT.PID, format: PF.DEC }, { name: "vpid", type: PT.PID, format: PF.DEC }, { name: "pidns_init_start_ts", type: PT.UINT64, format: PF.DEC }] },
  { id: 224, symbol: "PPME_SYSCALL_FORK_20_E", name: "fork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 225, symbol: "PPME_SYSCALL_FORK_20_X", name: "fork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "vtid", type: PT.PID, format: PF.DEC }, { name: "vpid", type: PT.PID, format: PF.DEC }, { name: "pidns_init_start_ts", type: PT.UINT64, format: PF.DEC }] },
  { id: 226, symbol: "PPME_SYSCALL_VFORK_20_E", name: "vfork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 227, symbol: "PPME_SYSCALL_VFORK_20_X", name: "vfork", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "vtid", type: PT.PID, format: PF.DEC }, { name: "vpid", type: PT.PID, format: PF.DEC }, { name: "pidns_init_start_ts", type: PT.UINT64, format: PF.DEC }] },
  { id: 228, symbol: "PPME_CONTAINER_E", name: "container", category: EC.INTERNAL | EC.METAEVENT, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "id", type: PT.CHARBUF, format: PF.NA }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "image", type: PT.CHARBUF, format: PF.NA }] },
  { id: 229, symbol: "PPME_CONTAINER_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 230, symbol: "PPME_SYSCALL_EXECVE_16_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 231, symbol: "PPME_SYSCALL_EXECVE_16_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 232, symbol: "PPME_SIGNALDELIVER_E", name: "signaldeliver", category: EC.SIGNAL | EC.TRACEPOINT, flags: EF.NONE, params: [{ name: "spid", type: PT.PID, format: PF.DEC }, { name: "dpid", type: PT.PID, format: PF.DEC }, { name: "sig", type: PT.SIGTYPE, format: PF.DEC }] },
  { id: 233, symbol: "PPME_SIGNALDELIVER_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 234, symbol: "PPME_PROCINFO_E", name: "procinfo", category: EC.INTERNAL | EC.METAEVENT, flags: EF.SKIPPARSERESET, params: [{ name: "cpu_usr", type: PT.UINT64, format: PF.DEC }, { name: "cpu_sys", type: PT.UINT64, format: PF.DEC }] },
  { id: 235, symbol: "PPME_PROCINFO_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 236, symbol: "PPME_SYSCALL_GETDENTS_E", name: "getdents", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 237, symbol: "PPME_SYSCALL_GETDENTS_X", name: "getdents", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 238, symbol: "PPME_SYSCALL_GETDENTS64_E", name: "getdents64", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 239, symbol: "PPME_SYSCALL_GETDENTS64_X", name: "getdents64", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.NA }] },
  { id: 240, symbol: "PPME_SYSCALL_SETNS_E", name: "setns", category: EC.PROCESS | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.NA }, { name: "nstype", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }] },
  { id: 241, symbol: "PPME_SYSCALL_SETNS_X", name: "setns", category: EC.PROCESS | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.NA }, { name: "nstype", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }] },
  { id: 242, symbol: "PPME_SYSCALL_FLOCK_E", name: "flock", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.NA }, { name: "operation", type: PT.FLAGS32, format: PF.HEX, flagTable: F.flock_flags }] },
  { id: 243, symbol: "PPME_SYSCALL_FLOCK_X", name: "flock", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.NA }, { name: "operation", type: PT.FLAGS32, format: PF.HEX, flagTable: F.flock_flags }] },
  { id: 244, symbol: "PPME_CPU_HOTPLUG_E", name: "cpu_hotplug", category: EC.SYSTEM | EC.METAEVENT, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET, params: [{ name: "cpu", type: PT.UINT32, format: PF.DEC }, { name: "action", type: PT.UINT32, format: PF.DEC }] },
  { id: 245, symbol: "PPME_CPU_HOTPLUG_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 246, symbol: "PPME_SOCKET_ACCEPT_5_E", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 247, symbol: "PPME_SOCKET_ACCEPT_5_X", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "queuepct", type: PT.UINT8, format: PF.DEC }, { name: "queuelen", type: PT.UINT32, format: PF.DEC }, { name: "queuemax", type: PT.UINT32, format: PF.DEC }] },
  { id: 248, symbol: "PPME_SOCKET_ACCEPT4_5_E", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.INT32, format: PF.HEX }] },
  { id: 249, symbol: "PPME_SOCKET_ACCEPT4_5_X", name: "accept", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "queuepct", type: PT.UINT8, format: PF.DEC }, { name: "queuelen", type: PT.UINT32, format: PF.DEC }, { name: "queuemax", type: PT.UINT32, format: PF.DEC }] },
  { id: 250, symbol: "PPME_SYSCALL_SEMOP_E", name: "semop", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "semid", type: PT.INT32, format: PF.DEC }] },
  { id: 251, symbol: "PPME_SYSCALL_SEMOP_X", name: "semop", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "nsops", type: PT.UINT32, format: PF.DEC }, { name: "sem_num_0", type: PT.UINT16, format: PF.DEC }, { name: "sem_op_0", type: PT.INT16, format: PF.DEC }, { name: "sem_flg_0", type: PT.FLAGS16, format: PF.HEX, flagTable: F.semop_flags }, { name: "sem_num_1", type: PT.UINT16, format: PF.DEC }, { name: "sem_op_1", type: PT.INT16, format: PF.DEC }, { name: "sem_flg_1", type: PT.FLAGS16, format: PF.HEX, flagTable: F.semop_flags }, { name: "semid", type: PT.INT32, format: PF.DEC }] },
  { id: 252, symbol: "PPME_SYSCALL_SEMCTL_E", name: "semctl", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "semid", type: PT.INT32, format: PF.DEC }, { name: "semnum", type: PT.INT32, format: PF.DEC }, { name: "cmd", type: PT.FLAGS16, format: PF.HEX, flagTable: F.semctl_commands }, { name: "val", type: PT.INT32, format: PF.DEC }] },
  { id: 253, symbol: "PPME_SYSCALL_SEMCTL_X", name: "semctl", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "semid", type: PT.INT32, format: PF.DEC }, { name: "semnum", type: PT.INT32, format: PF.DEC }, { name: "cmd", type: PT.FLAGS16, format: PF.HEX, flagTable: F.semctl_commands }, { name: "val", type: PT.INT32, format: PF.DEC }] },
  { id: 254, symbol: "PPME_SYSCALL_PPOLL_E", name: "ppoll", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fds", type: PT.FDLIST, format: PF.DEC }, { name: "timeout", type: PT.RELTIME, format: PF.DEC }, { name: "sigmask", type: PT.SIGSET, format: PF.DEC }] },
  { id: 255, symbol: "PPME_SYSCALL_PPOLL_X", name: "ppoll", category: EC.WAIT | EC.SYSCALL, flags: EF.WAITS | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fds", type: PT.FDLIST, format: PF.DEC }, { name: "timeout", type: PT.RELTIME, format: PF.DEC }, { name: "sigmask", type: PT.SIGSET, format: PF.DEC }] },
  { id: 256, symbol: "PPME_SYSCALL_MOUNT_E", name: "mount", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mount_flags }] },
  { id: 257, symbol: "PPME_SYSCALL_MOUNT_X", name: "mount", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dev", type: PT.CHARBUF, format: PF.NA }, { name: "dir", type: PT.FSPATH, format: PF.NA }, { name: "type", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mount_flags }] },
  { id: 258, symbol: "PPME_SYSCALL_UMOUNT_E", name: "umount", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [{ name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.umount_flags }] },
  { id: 259, symbol: "PPME_SYSCALL_UMOUNT_X", name: "umount", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "name", type: PT.FSPATH, format: PF.NA }] },
  { id: 260, symbol: "PPME_K8S_E", name: "k8s", category: EC.INTERNAL | EC.METAEVENT, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET | EF.OLD_VERSION, params: [{ name: "json", type: PT.CHARBUF, format: PF.NA }] },
  { id: 261, symbol: "PPME_K8S_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 262, symbol: "PPME_SYSCALL_SEMGET_E", name: "semget", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "key", type: PT.INT32, format: PF.HEX }, { name: "nsems", type: PT.INT32, format: PF.DEC }, { name: "semflg", type: PT.FLAGS32, format: PF.HEX, flagTable: F.semget_flags }] },
  { id: 263, symbol: "PPME_SYSCALL_SEMGET_X", name: "semget", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "key", type: PT.INT32, format: PF.HEX }, { name: "nsems", type: PT.INT32, format: PF.DEC }, { name: "semflg", type: PT.FLAGS32, format: PF.HEX, flagTable: F.semget_flags }] },
  { id: 264, symbol: "PPME_SYSCALL_ACCESS_E", name: "access", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "mode", type: PT.FLAGS32, format: PF.HEX, flagTable: F.access_flags }] },
  { id: 265, symbol: "PPME_SYSCALL_ACCESS_X", name: "access", category: EC.FILE | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "name", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.FLAGS32, format: PF.HEX, flagTable: F.access_flags }] },
  { id: 266, symbol: "PPME_SYSCALL_CHROOT_E", name: "chroot", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 267, symbol: "PPME_SYSCALL_CHROOT_X", name: "chroot", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 268, symbol: "PPME_TRACER_E", name: "tracer", category: EC.OTHER | EC.METAEVENT, flags: EF.OLD_VERSION, params: [{ name: "id", type: PT.INT64, format: PF.DEC }, { name: "tags", type: PT.CHARBUFARRAY, format: PF.NA }, { name: "args", type: PT.CHARBUF_PAIR_ARRAY, format: PF.NA }] },
  { id: 269, symbol: "PPME_TRACER_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [{ name: "id", type: PT.INT64, format: PF.DEC }, { name: "tags", type: PT.CHARBUFARRAY, format: PF.NA }, { name: "args", type: PT.CHARBUF_PAIR_ARRAY, format: PF.NA }] },
  { id: 270, symbol: "PPME_MESOS_E", name: "mesos", category: EC.INTERNAL | EC.METAEVENT, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET | EF.OLD_VERSION, params: [{ name: "json", type: PT.CHARBUF, format: PF.NA }] },
  { id: 271, symbol: "PPME_MESOS_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 272, symbol: "PPME_CONTAINER_JSON_E", name: "container", category: EC.PROCESS | EC.METAEVENT, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "json", type: PT.CHARBUF, format: PF.NA }] },
  { id: 273, symbol: "PPME_CONTAINER_JSON_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 274, symbol: "PPME_SYSCALL_SETSID_E", name: "setsid", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 275, symbol: "PPME_SYSCALL_SETSID_X", name: "setsid", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.PID, format: PF.DEC }] },
  { id: 276, symbol: "PPME_SYSCALL_MKDIR_2_E", name: "mkdir", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "mode", type: PT.UINT32, format: PF.HEX }] },
  { id: 277, symbol: "PPME_SYSCALL_MKDIR_2_X", name: "mkdir", category: EC.FILE | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.UINT32, format: PF.HEX }] },
  { id: 278, symbol: "PPME_SYSCALL_RMDIR_2_E", name: "rmdir", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 279, symbol: "PPME_SYSCALL_RMDIR_2_X", name: "rmdir", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 280, symbol: "PPME_NOTIFICATION_E", name: "notification", category: EC.OTHER | EC.METAEVENT, flags: EF.SKIPPARSERESET, params: [{ name: "id", type: PT.CHARBUF, format: PF.DEC }, { name: "desc", type: PT.CHARBUF, format: PF.NA }] },
  { id: 281, symbol: "PPME_NOTIFICATION_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 282, symbol: "PPME_SYSCALL_EXECVE_17_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [] },
  { id: 283, symbol: "PPME_SYSCALL_EXECVE_17_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }, { name: "tty", type: PT.INT32, format: PF.DEC }] },
  { id: 284, symbol: "PPME_SYSCALL_UNSHARE_E", name: "unshare", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }] },
  { id: 285, symbol: "PPME_SYSCALL_UNSHARE_X", name: "unshare", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }] },
  { id: 286, symbol: "PPME_INFRASTRUCTURE_EVENT_E", name: "infra", category: EC.INTERNAL | EC.METAEVENT, flags: EF.SKIPPARSERESET, params: [{ name: "source", type: PT.CHARBUF, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "description", type: PT.CHARBUF, format: PF.NA }, { name: "scope", type: PT.CHARBUF, format: PF.NA }] },
  { id: 287, symbol: "PPME_INFRASTRUCTURE_EVENT_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 288, symbol: "PPME_SYSCALL_EXECVE_18_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "filename", type: PT.FSPATH, format: PF.NA }] },
  { id: 289, symbol: "PPME_SYSCALL_EXECVE_18_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }, { name: "tty", type: PT.INT32, format: PF.DEC }] },
  { id: 290, symbol: "PPME_PAGE_FAULT_E", name: "page_fault", category: EC.OTHER | EC.TRACEPOINT, flags: EF.SKIPPARSERESET, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "ip", type: PT.UINT64, format: PF.HEX }, { name: "error", type: PT.FLAGS32, format: PF.HEX, flagTable: F.pf_flags }] },
  { id: 291, symbol: "PPME_PAGE_FAULT_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 292, symbol: "PPME_SYSCALL_EXECVE_19_E", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "filename", type: PT.FSPATH, format: PF.NA }] },
  { id: 293, symbol: "PPME_SYSCALL_EXECVE_19_X", name: "execve", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }, { name: "tty", type: PT.UINT32, format: PF.DEC }, { name: "vpgid", type: PT.PID, format: PF.DEC }, { name: "loginuid", type: PT.UID, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.execve_flags }, { name: "cap_inheritable", type: PT.UINT64, format: PF.HEX }, { name: "cap_permitted", type: PT.UINT64, format: PF.HEX }, { name: "cap_effective", type: PT.UINT64, format: PF.HEX }, { name: "exe_ino", type: PT.UINT64, format: PF.DEC }, { name: "exe_ino_ctime", type: PT.ABSTIME, format: PF.DEC }, { name: "exe_ino_mtime", type: PT.ABSTIME, format: PF.DEC }, { name: "uid", type: PT.UID, format: PF.DEC }, { name: "trusted_exepath", type: PT.FSPATH, format: PF.NA }, { name: "pgid", type: PT.PID, format: PF.NA }, { name: "gid", type: PT.GID, format: PF.DEC }, { name: "filename", type: PT.FSPATH, format: PF.NA }] },
  { id: 294, symbol: "PPME_SYSCALL_SETPGID_E", name: "setpgid", category: EC.PROCESS | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "pid", type: PT.PID, format: PF.DEC }, { name: "pgid", type: PT.PID, format: PF.DEC }] },
  { id: 295, symbol: "PPME_SYSCALL_SETPGID_X", name: "setpgid", category: EC.PROCESS | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "pgid", type: PT.PID, format: PF.DEC }] },
  { id: 296, symbol: "PPME_SYSCALL_BPF_E", name: "bpf", category: EC.OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "cmd", type: PT.INT64, format: PF.DEC }] },
  { id: 297, symbol: "PPME_SYSCALL_BPF_X", name: "bpf", category: EC.OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "res_or_fd", type: PT.DYN, format: PF.DEC, dynamic: F.bpf_dynamic_param }] },
  { id: 298, symbol: "PPME_SYSCALL_SECCOMP_E", name: "seccomp", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "op", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.UINT64, format: PF.HEX }] },
  { id: 299, symbol: "PPME_SYSCALL_SECCOMP_X", name: "seccomp", category: EC.OTHER | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "op", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.UINT64, format: PF.HEX }] },
  { id: 300, symbol: "PPME_SYSCALL_UNLINK_2_E", name: "unlink", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 301, symbol: "PPME_SYSCALL_UNLINK_2_X", name: "unlink", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }] },
  { id: 302, symbol: "PPME_SYSCALL_UNLINKAT_2_E", name: "unlinkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 303, symbol: "PPME_SYSCALL_UNLINKAT_2_X", name: "unlinkat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.unlinkat_flags }] },
  { id: 304, symbol: "PPME_SYSCALL_MKDIRAT_E", name: "mkdirat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 305, symbol: "PPME_SYSCALL_MKDIRAT_X", name: "mkdirat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "path", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "mode", type: PT.UINT32, format: PF.HEX }] },
  { id: 306, symbol: "PPME_SYSCALL_OPENAT_2_E", name: "openat", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 0 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }] },
  { id: 307, symbol: "PPME_SYSCALL_OPENAT_2_X", name: "openat", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }, { name: "dev", type: PT.UINT32, format: PF.HEX }, { name: "ino", type: PT.UINT64, format: PF.DEC }] },
  { id: 308, symbol: "PPME_SYSCALL_LINK_2_E", name: "link", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 309, symbol: "PPME_SYSCALL_LINK_2_X", name: "link", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "oldpath", type: PT.FSPATH, format: PF.NA }, { name: "newpath", type: PT.FSPATH, format: PF.NA }] },
  { id: 310, symbol: "PPME_SYSCALL_LINKAT_2_E", name: "linkat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 311, symbol: "PPME_SYSCALL_LINKAT_2_X", name: "linkat", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "olddir", type: PT.FD, format: PF.DEC }, { name: "oldpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "newdir", type: PT.FD, format: PF.DEC }, { name: "newpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 3 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.linkat_flags }] },
  { id: 312, symbol: "PPME_SYSCALL_FCHMODAT_E", name: "fchmodat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 313, symbol: "PPME_SYSCALL_FCHMODAT_X", name: "fchmodat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "filename", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "mode", type: PT.MODE, format: PF.OCT, flagTable: F.chmod_mode }] },
  { id: 314, symbol: "PPME_SYSCALL_CHMOD_E", name: "chmod", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 315, symbol: "PPME_SYSCALL_CHMOD_X", name: "chmod", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "filename", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.MODE, format: PF.OCT, flagTable: F.chmod_mode }] },
  { id: 316, symbol: "PPME_SYSCALL_FCHMOD_E", name: "fchmod", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 317, symbol: "PPME_SYSCALL_FCHMOD_X", name: "fchmod", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "mode", type: PT.MODE, format: PF.OCT, flagTable: F.chmod_mode }] },
  { id: 318, symbol: "PPME_SYSCALL_RENAMEAT2_E", name: "renameat2", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 319, symbol: "PPME_SYSCALL_RENAMEAT2_X", name: "renameat2", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "olddirfd", type: PT.FD, format: PF.DEC }, { name: "oldpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "newdirfd", type: PT.FD, format: PF.DEC }, { name: "newpath", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 3 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.renameat2_flags }] },
  { id: 320, symbol: "PPME_SYSCALL_USERFAULTFD_E", name: "userfaultfd", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 321, symbol: "PPME_SYSCALL_USERFAULTFD_X", name: "userfaultfd", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }] },
  { id: 322, symbol: "PPME_PLUGINEVENT_E", name: "pluginevent", category: EC.OTHER | EC.PLUGIN, flags: EF.LARGE_PAYLOAD, params: [{ name: "plugin_id", type: PT.UINT32, format: PF.DEC }, { name: "event_data", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 323, symbol: "PPME_PLUGINEVENT_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 324, symbol: "PPME_CONTAINER_JSON_2_E", name: "container", category: EC.PROCESS | EC.METAEVENT, flags: EF.MODIFIES_STATE | EF.LARGE_PAYLOAD, params: [{ name: "json", type: PT.CHARBUF, format: PF.NA }] },
  { id: 325, symbol: "PPME_CONTAINER_JSON_2_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 326, symbol: "PPME_SYSCALL_OPENAT2_E", name: "openat2", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 0 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }, { name: "resolve", type: PT.FLAGS32, format: PF.HEX, flagTable: F.openat2_flags }] },
  { id: 327, symbol: "PPME_SYSCALL_OPENAT2_X", name: "openat2", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }, { name: "resolve", type: PT.FLAGS32, format: PF.HEX, flagTable: F.openat2_flags }, { name: "dev", type: PT.UINT32, format: PF.HEX }, { name: "ino", type: PT.UINT64, format: PF.DEC }] },
  { id: 328, symbol: "PPME_SYSCALL_MPROTECT_E", name: "mprotect", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "prot", type: PT.FLAGS32, format: PF.HEX, flagTable: F.prot_flags }] },
  { id: 329, symbol: "PPME_SYSCALL_MPROTECT_X", name: "mprotect", category: EC.MEMORY | EC.SYSCALL, flags: EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "prot", type: PT.FLAGS32, format: PF.HEX, flagTable: F.prot_flags }] },
  { id: 330, symbol: "PPME_SYSCALL_EXECVEAT_E", name: "execveat", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "pathname", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 0 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.execveat_flags }] },
  { id: 331, symbol: "PPME_SYSCALL_EXECVEAT_X", name: "execveat", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }, { name: "tty", type: PT.UINT32, format: PF.DEC }, { name: "vpgid", type: PT.PID, format: PF.DEC }, { name: "loginuid", type: PT.UID, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.execve_flags }, { name: "cap_inheritable", type: PT.UINT64, format: PF.HEX }, { name: "cap_permitted", type: PT.UINT64, format: PF.HEX }, { name: "cap_effective", type: PT.UINT64, format: PF.HEX }, { name: "exe_ino", type: PT.UINT64, format: PF.DEC }, { name: "exe_ino_ctime", type: PT.ABSTIME, format: PF.DEC }, { name: "exe_ino_mtime", type: PT.ABSTIME, format: PF.DEC }, { name: "uid", type: PT.UID, format: PF.DEC }, { name: "trusted_exepath", type: PT.FSPATH, format: PF.NA }, { name: "pgid", type: PT.PID, format: PF.NA }, { name: "gid", type: PT.GID, format: PF.DEC }] },
  { id: 332, symbol: "PPME_SYSCALL_COPY_FILE_RANGE_E", name: "copy_file_range", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.WRITES_TO_FD | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fdin", type: PT.FD, format: PF.DEC }, { name: "offin", type: PT.UINT64, format: PF.DEC }, { name: "len", type: PT.UINT64, format: PF.DEC }] },
  { id: 333, symbol: "PPME_SYSCALL_COPY_FILE_RANGE_X", name: "copy_file_range", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD | EF.WRITES_TO_FD | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fdout", type: PT.FD, format: PF.DEC }, { name: "offout", type: PT.UINT64, format: PF.DEC }, { name: "fdin", type: PT.FD, format: PF.DEC }, { name: "offin", type: PT.UINT64, format: PF.DEC }, { name: "len", type: PT.UINT64, format: PF.DEC }] },
  { id: 334, symbol: "PPME_SYSCALL_CLONE3_E", name: "clone3", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 335, symbol: "PPME_SYSCALL_CLONE3_X", name: "clone3", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.PID, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.INT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.clone_flags }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "vtid", type: PT.PID, format: PF.DEC }, { name: "vpid", type: PT.PID, format: PF.DEC }, { name: "pidns_init_start_ts", type: PT.UINT64, format: PF.DEC }] },
  { id: 336, symbol: "PPME_SYSCALL_OPEN_BY_HANDLE_AT_E", name: "open_by_handle_at", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 337, symbol: "PPME_SYSCALL_OPEN_BY_HANDLE_AT_X", name: "open_by_handle_at", category: EC.FILE | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "mountfd", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "dev", type: PT.UINT32, format: PF.HEX }, { name: "ino", type: PT.UINT64, format: PF.DEC }] },
  { id: 338, symbol: "PPME_SYSCALL_IO_URING_SETUP_E", name: "io_uring_setup", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 339, symbol: "PPME_SYSCALL_IO_URING_SETUP_X", name: "io_uring_setup", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "entries", type: PT.UINT32, format: PF.DEC }, { name: "sq_entries", type: PT.UINT32, format: PF.DEC }, { name: "cq_entries", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.io_uring_setup_flags }, { name: "sq_thread_cpu", type: PT.UINT32, format: PF.DEC }, { name: "sq_thread_idle", type: PT.UINT32, format: PF.DEC }, { name: "features", type: PT.FLAGS32, format: PF.HEX, flagTable: F.io_uring_setup_feats }] },
  { id: 340, symbol: "PPME_SYSCALL_IO_URING_ENTER_E", name: "io_uring_enter", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 341, symbol: "PPME_SYSCALL_IO_URING_ENTER_X", name: "io_uring_enter", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "to_submit", type: PT.UINT32, format: PF.DEC }, { name: "min_complete", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.io_uring_enter_flags }, { name: "sig", type: PT.SIGSET, format: PF.DEC }] },
  { id: 342, symbol: "PPME_SYSCALL_IO_URING_REGISTER_E", name: "io_uring_register", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 343, symbol: "PPME_SYSCALL_IO_URING_REGISTER_X", name: "io_uring_register", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "opcode", type: PT.ENUMFLAGS16, format: PF.DEC, flagTable: F.io_uring_register_opcodes }, { name: "arg", type: PT.UINT64, format: PF.HEX }, { name: "nr_args", type: PT.UINT32, format: PF.DEC }] },
  { id: 344, symbol: "PPME_SYSCALL_MLOCK_E", name: "mlock", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 345, symbol: "PPME_SYSCALL_MLOCK_X", name: "mlock", category: EC.MEMORY | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "len", type: PT.UINT64, format: PF.DEC }] },
  { id: 346, symbol: "PPME_SYSCALL_MUNLOCK_E", name: "munlock", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 347, symbol: "PPME_SYSCALL_MUNLOCK_X", name: "munlock", category: EC.MEMORY | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "len", type: PT.UINT64, format: PF.DEC }] },
  { id: 348, symbol: "PPME_SYSCALL_MLOCKALL_E", name: "mlockall", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 349, symbol: "PPME_SYSCALL_MLOCKALL_X", name: "mlockall", category: EC.MEMORY | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mlockall_flags }] },
  { id: 350, symbol: "PPME_SYSCALL_MUNLOCKALL_E", name: "munlockall", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 351, symbol: "PPME_SYSCALL_MUNLOCKALL_X", name: "munlockall", category: EC.MEMORY | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }] },
  { id: 352, symbol: "PPME_SYSCALL_CAPSET_E", name: "capset", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 353, symbol: "PPME_SYSCALL_CAPSET_X", name: "capset", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "cap_inheritable", type: PT.UINT64, format: PF.HEX }, { name: "cap_permitted", type: PT.UINT64, format: PF.HEX }, { name: "cap_effective", type: PT.UINT64, format: PF.HEX }] },
  { id: 354, symbol: "PPME_USER_ADDED_E", name: "useradded", category: EC.PROCESS | EC.METAEVENT, flags: EF.MODIFIES_STATE, params: [{ name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "home", type: PT.CHARBUF, format: PF.NA }, { name: "shell", type: PT.CHARBUF, format: PF.NA }, { name: "container_id", type: PT.CHARBUF, format: PF.NA }] },
  { id: 355, symbol: "PPME_USER_ADDED_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 356, symbol: "PPME_USER_DELETED_E", name: "userdeleted", category: EC.PROCESS | EC.METAEVENT, flags: EF.MODIFIES_STATE, params: [{ name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "home", type: PT.CHARBUF, format: PF.NA }, { name: "shell", type: PT.CHARBUF, format: PF.NA }, { name: "container_id", type: PT.CHARBUF, format: PF.NA }] },
  { id: 357, symbol: "PPME_USER_DELETED_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 358, symbol: "PPME_GROUP_ADDED_E", name: "groupadded", category: EC.PROCESS | EC.METAEVENT, flags: EF.MODIFIES_STATE, params: [{ name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "container_id", type: PT.CHARBUF, format: PF.NA }] },
  { id: 359, symbol: "PPME_GROUP_ADDED_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 360, symbol: "PPME_GROUP_DELETED_E", name: "groupdeleted", category: EC.PROCESS | EC.METAEVENT, flags: EF.MODIFIES_STATE, params: [{ name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "container_id", type: PT.CHARBUF, format: PF.NA }] },
  { id: 361, symbol: "PPME_GROUP_DELETED_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 362, symbol: "PPME_SYSCALL_DUP2_E", name: "dup2", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 363, symbol: "PPME_SYSCALL_DUP2_X", name: "dup2", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "oldfd", type: PT.FD, format: PF.DEC }, { name: "newfd", type: PT.FD, format: PF.DEC }] },
  { id: 364, symbol: "PPME_SYSCALL_DUP3_E", name: "dup3", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 365, symbol: "PPME_SYSCALL_DUP3_X", name: "dup3", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "oldfd", type: PT.FD, format: PF.DEC }, { name: "newfd", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }] },
  { id: 366, symbol: "PPME_SYSCALL_DUP_1_E", name: "dup", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [{ name: "fd", type: PT.FD, format: PF.DEC }] },
  { id: 367, symbol: "PPME_SYSCALL_DUP_1_X", name: "dup", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "oldfd", type: PT.FD, format: PF.DEC }] },
  { id: 368, symbol: "PPME_SYSCALL_BPF_2_E", name: "bpf", category: EC.OTHER | EC.SYSCALL, flags: EF.CREATES_FD | EF.OLD_VERSION, params: [{ name: "cmd", type: PT.INT64, format: PF.DEC }] },
  { id: 369, symbol: "PPME_SYSCALL_BPF_2_X", name: "bpf", category: EC.OTHER | EC.SYSCALL, flags: EF.CREATES_FD, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "cmd", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.bpf_commands }] },
  { id: 370, symbol: "PPME_SYSCALL_MLOCK2_E", name: "mlock2", category: EC.MEMORY | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 371, symbol: "PPME_SYSCALL_MLOCK2_X", name: "mlock2", category: EC.MEMORY | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "addr", type: PT.UINT64, format: PF.HEX }, { name: "len", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.mlock2_flags }] },
  { id: 372, symbol: "PPME_SYSCALL_FSCONFIG_E", name: "fsconfig", category: EC.SYSTEM | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 373, symbol: "PPME_SYSCALL_FSCONFIG_X", name: "fsconfig", category: EC.SYSTEM | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "cmd", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.fsconfig_cmds }, { name: "key", type: PT.CHARBUF, format: PF.NA }, { name: "value_bytebuf", type: PT.BYTEBUF, format: PF.NA }, { name: "value_charbuf", type: PT.CHARBUF, format: PF.NA }, { name: "aux", type: PT.INT32, format: PF.DEC }] },
  { id: 374, symbol: "PPME_SYSCALL_EPOLL_CREATE_E", name: "epoll_create", category: EC.WAIT | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "size", type: PT.INT32, format: PF.DEC }] },
  { id: 375, symbol: "PPME_SYSCALL_EPOLL_CREATE_X", name: "epoll_create", category: EC.WAIT | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "size", type: PT.INT32, format: PF.DEC }] },
  { id: 376, symbol: "PPME_SYSCALL_EPOLL_CREATE1_E", name: "epoll_create1", category: EC.WAIT | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.epoll_create1_flags }] },
  { id: 377, symbol: "PPME_SYSCALL_EPOLL_CREATE1_X", name: "epoll_create1", category: EC.WAIT | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.epoll_create1_flags }] },
  { id: 378, symbol: "PPME_SYSCALL_CHOWN_E", name: "chown", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 379, symbol: "PPME_SYSCALL_CHOWN_X", name: "chown", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 380, symbol: "PPME_SYSCALL_LCHOWN_E", name: "lchown", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 381, symbol: "PPME_SYSCALL_LCHOWN_X", name: "lchown", category: EC.FILE | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 382, symbol: "PPME_SYSCALL_FCHOWN_E", name: "fchown", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 383, symbol: "PPME_SYSCALL_FCHOWN_X", name: "fchown", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }] },
  { id: 384, symbol: "PPME_SYSCALL_FCHOWNAT_E", name: "fchownat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 385, symbol: "PPME_SYSCALL_FCHOWNAT_X", name: "fchownat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "pathname", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "uid", type: PT.UINT32, format: PF.DEC }, { name: "gid", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.fchownat_flags }] },
  { id: 386, symbol: "PPME_SYSCALL_UMOUNT_1_E", name: "umount", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 387, symbol: "PPME_SYSCALL_UMOUNT_1_X", name: "umount", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "name", type: PT.FSPATH, format: PF.NA }] },
  { id: 388, symbol: "PPME_SOCKET_ACCEPT4_6_E", name: "accept4", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.INT32, format: PF.HEX }] },
  { id: 389, symbol: "PPME_SOCKET_ACCEPT4_6_X", name: "accept4", category: EC.NET | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "tuple", type: PT.SOCKTUPLE, format: PF.NA }, { name: "queuepct", type: PT.UINT8, format: PF.DEC }, { name: "queuelen", type: PT.UINT32, format: PF.DEC }, { name: "queuemax", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.INT32, format: PF.HEX }] },
  { id: 390, symbol: "PPME_SYSCALL_UMOUNT2_E", name: "umount2", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.umount_flags }] },
  { id: 391, symbol: "PPME_SYSCALL_UMOUNT2_X", name: "umount2", category: EC.FILE | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "name", type: PT.FSPATH, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.umount_flags }] },
  { id: 392, symbol: "PPME_SYSCALL_PIPE2_E", name: "pipe2", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 393, symbol: "PPME_SYSCALL_PIPE2_X", name: "pipe2", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd1", type: PT.FD, format: PF.DEC }, { name: "fd2", type: PT.FD, format: PF.DEC }, { name: "ino", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }] },
  { id: 394, symbol: "PPME_SYSCALL_INOTIFY_INIT1_E", name: "inotify_init1", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 395, symbol: "PPME_SYSCALL_INOTIFY_INIT1_X", name: "inotify_init1", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.FLAGS16, format: PF.HEX, flagTable: F.file_flags }] },
  { id: 396, symbol: "PPME_SYSCALL_EVENTFD2_E", name: "eventfd2", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "initval", type: PT.UINT64, format: PF.DEC }] },
  { id: 397, symbol: "PPME_SYSCALL_EVENTFD2_X", name: "eventfd2", category: EC.IPC | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.FLAGS16, format: PF.HEX, flagTable: F.file_flags }, { name: "initval", type: PT.UINT64, format: PF.DEC }] },
  { id: 398, symbol: "PPME_SYSCALL_SIGNALFD4_E", name: "signalfd4", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION | EF.CONVERTER_MANAGED, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "mask", type: PT.UINT32, format: PF.HEX }] },
  { id: 399, symbol: "PPME_SYSCALL_SIGNALFD4_X", name: "signalfd4", category: EC.SIGNAL | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.CONVERTER_MANAGED, params: [{ name: "res", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.FLAGS16, format: PF.HEX, flagTable: F.file_flags }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "mask", type: PT.UINT32, format: PF.HEX }] },
  { id: 400, symbol: "PPME_SYSCALL_PRCTL_E", name: "prctl", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 401, symbol: "PPME_SYSCALL_PRCTL_X", name: "prctl", category: EC.PROCESS | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "option", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.prctl_options }, { name: "arg2_str", type: PT.CHARBUF, format: PF.NA }, { name: "arg2_int", type: PT.INT64, format: PF.DEC }] },
  { id: 402, symbol: "PPME_ASYNCEVENT_E", name: "asyncevent", category: EC.OTHER | EC.METAEVENT, flags: EF.LARGE_PAYLOAD, params: [{ name: "plugin_id", type: PT.UINT32, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "data", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 403, symbol: "PPME_ASYNCEVENT_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 404, symbol: "PPME_SYSCALL_MEMFD_CREATE_E", name: "memfd_create", category: EC.MEMORY | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 405, symbol: "PPME_SYSCALL_MEMFD_CREATE_X", name: "memfd_create", category: EC.MEMORY | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.memfd_create_flags }] },
  { id: 406, symbol: "PPME_SYSCALL_PIDFD_GETFD_E", name: "pidfd_getfd", category: EC.PROCESS | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 407, symbol: "PPME_SYSCALL_PIDFD_GETFD_X", name: "pidfd_getfd", category: EC.PROCESS | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "pid_fd", type: PT.FD, format: PF.DEC }, { name: "target_fd", type: PT.FD, format: PF.DEC }, { name: "flags", type: PT.UINT32, format: PF.HEX }] },
  { id: 408, symbol: "PPME_SYSCALL_PIDFD_OPEN_E", name: "pidfd_open", category: EC.PROCESS | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 409, symbol: "PPME_SYSCALL_PIDFD_OPEN_X", name: "pidfd_open", category: EC.PROCESS | EC.SYSCALL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.pidfd_open_flags }] },
  { id: 410, symbol: "PPME_SYSCALL_INIT_MODULE_E", name: "init_module", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 411, symbol: "PPME_SYSCALL_INIT_MODULE_X", name: "init_module", category: EC.OTHER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "img", type: PT.BYTEBUF, format: PF.NA }, { name: "length", type: PT.UINT64, format: PF.DEC }, { name: "uargs", type: PT.CHARBUF, format: PF.NA }] },
  { id: 412, symbol: "PPME_SYSCALL_FINIT_MODULE_E", name: "finit_module", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 413, symbol: "PPME_SYSCALL_FINIT_MODULE_X", name: "finit_module", category: EC.OTHER | EC.SYSCALL, flags: EF.USES_FD | EF.READS_FROM_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "uargs", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.finit_module_flags }] },
  { id: 414, symbol: "PPME_SYSCALL_MKNOD_E", name: "mknod", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 415, symbol: "PPME_SYSCALL_MKNOD_X", name: "mknod", category: EC.OTHER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "mode", type: PT.MODE, format: PF.OCT, flagTable: F.mknod_mode }, { name: "dev", type: PT.UINT32, format: PF.DEC }] },
  { id: 416, symbol: "PPME_SYSCALL_MKNODAT_E", name: "mknodat", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 417, symbol: "PPME_SYSCALL_MKNODAT_X", name: "mknodat", category: EC.OTHER | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "path", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "mode", type: PT.MODE, format: PF.OCT, flagTable: F.mknod_mode }, { name: "dev", type: PT.UINT32, format: PF.DEC }] },
  { id: 418, symbol: "PPME_SYSCALL_NEWFSTATAT_E", name: "newfstatat", category: EC.FILE | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 419, symbol: "PPME_SYSCALL_NEWFSTATAT_X", name: "newfstatat", category: EC.FILE | EC.SYSCALL, flags: EF.USES_FD, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "path", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.newfstatat_flags }] },
  { id: 420, symbol: "PPME_SYSCALL_PROCESS_VM_READV_E", name: "process_vm_readv", category: EC.IPC | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 421, symbol: "PPME_SYSCALL_PROCESS_VM_READV_X", name: "process_vm_readv", category: EC.IPC | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.INT64, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 422, symbol: "PPME_SYSCALL_PROCESS_VM_WRITEV_E", name: "process_vm_writev", category: EC.IPC | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 423, symbol: "PPME_SYSCALL_PROCESS_VM_WRITEV_X", name: "process_vm_writev", category: EC.IPC | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.INT64, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "data", type: PT.BYTEBUF, format: PF.NA }] },
  { id: 424, symbol: "PPME_SYSCALL_DELETE_MODULE_E", name: "delete_module", category: EC.OTHER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 425, symbol: "PPME_SYSCALL_DELETE_MODULE_X", name: "delete_module", category: EC.OTHER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "name", type: PT.CHARBUF, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.delete_module_flags }] },
  { id: 426, symbol: "PPME_SYSCALL_SETREUID_E", name: "setreuid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, params: [] },
  { id: 427, symbol: "PPME_SYSCALL_SETREUID_X", name: "setreuid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "ruid", type: PT.UID, format: PF.DEC }, { name: "euid", type: PT.UID, format: PF.DEC }] },
  { id: 428, symbol: "PPME_SYSCALL_SETREGID_E", name: "setregid", category: EC.USER | EC.SYSCALL, flags: EF.OLD_VERSION, params: [] },
  { id: 429, symbol: "PPME_SYSCALL_SETREGID_X", name: "setregid", category: EC.USER | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "rgid", type: PT.UID, format: PF.DEC }, { name: "egid", type: PT.UID, format: PF.DEC }] },
  { id: 430, symbol: "PPME_ITER_TASK_E", name: "task", category: EC.PROCESS | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "ppid", type: PT.PID32, format: PF.DEC }, { name: "pgid", type: PT.PID32, format: PF.DEC }, { name: "vpgid", type: PT.PID32, format: PF.DEC }, { name: "sid", type: PT.PID32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "argv", type: PT.CHARBUFARRAY, format: PF.NA }, { name: "exepath", type: PT.FSPATH, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.execve_flags }, { name: "env", type: PT.CHARBUFARRAY, format: PF.NA }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "euid", type: PT.UID, format: PF.DEC }, { name: "egid", type: PT.GID, format: PF.DEC }, { name: "cap_permitted", type: PT.UINT64, format: PF.HEX }, { name: "cap_effective", type: PT.UINT64, format: PF.HEX }, { name: "cap_inheritable", type: PT.UINT64, format: PF.HEX }, { name: "exe_ino_num", type: PT.UINT64, format: PF.DEC }, { name: "exe_ino_ctime", type: PT.ABSTIME, format: PF.DEC }, { name: "exe_ino_mtime", type: PT.ABSTIME, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vtgid", type: PT.PID32, format: PF.DEC }, { name: "vpid", type: PT.PID32, format: PF.DEC }, { name: "pidns_init_start_ts", type: PT.UINT64, format: PF.DEC }, { name: "cgroups", type: PT.CHARBUFARRAY, format: PF.NA }, { name: "root", type: PT.FSPATH, format: PF.NA }, { name: "start_time", type: PT.ABSTIME, format: PF.DEC }, { name: "tty", type: PT.UINT32, format: PF.DEC }, { name: "loginuid", type: PT.UID, format: PF.DEC }] },
  { id: 431, symbol: "PPME_ITER_TASK_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 432, symbol: "PPME_ITER_TASK_FILE_PIPE_E", name: "task_file_pipe", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 433, symbol: "PPME_ITER_TASK_FILE_PIPE_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 434, symbol: "PPME_ITER_TASK_FILE_MEMFD_E", name: "task_file_memfd", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 435, symbol: "PPME_ITER_TASK_FILE_MEMFD_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 436, symbol: "PPME_ITER_TASK_FILE_REGULAR_E", name: "task_file_regular", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mnt_id", type: PT.UINT32, format: PF.DEC }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 437, symbol: "PPME_ITER_TASK_FILE_REGULAR_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 438, symbol: "PPME_ITER_TASK_FILE_DIRECTORY_E", name: "task_file_directory", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 439, symbol: "PPME_ITER_TASK_FILE_DIRECTORY_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 440, symbol: "PPME_ITER_TASK_FILE_SOCKET_INET_E", name: "task_file_socket_inet", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "sk_type", type: PT.UINT16, format: PF.DEC }, { name: "sk_proto", type: PT.UINT16, format: PF.DEC }, { name: "local_ip", type: PT.IPV4ADDR, format: PF.HEX }, { name: "local_port", type: PT.PORT, format: PF.HEX }, { name: "remote_ip", type: PT.IPV4ADDR, format: PF.HEX }, { name: "remote_port", type: PT.PORT, format: PF.HEX }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 441, symbol: "PPME_ITER_TASK_FILE_SOCKET_INET_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 442, symbol: "PPME_ITER_TASK_FILE_SOCKET_INET6_E", name: "task_file_socket_inet6", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "sk_type", type: PT.UINT16, format: PF.DEC }, { name: "sk_proto", type: PT.UINT16, format: PF.DEC }, { name: "local_ip", type: PT.IPV6ADDR, format: PF.HEX }, { name: "local_port", type: PT.PORT, format: PF.HEX }, { name: "remote_ip", type: PT.IPV6ADDR, format: PF.HEX }, { name: "remote_port", type: PT.PORT, format: PF.HEX }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 443, symbol: "PPME_ITER_TASK_FILE_SOCKET_INET6_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 444, symbol: "PPME_ITER_TASK_FILE_SOCKET_UNIX_E", name: "task_file_socket_unix", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "sk_type", type: PT.UINT16, format: PF.DEC }, { name: "sk_proto", type: PT.UINT16, format: PF.DEC }, { name: "sk_pointer", type: PT.UINT64, format: PF.NA }, { name: "sun_path", type: PT.FSPATH, format: PF.NA }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 445, symbol: "PPME_ITER_TASK_FILE_SOCKET_UNIX_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 446, symbol: "PPME_ITER_TASK_FILE_SOCKET_NETLINK_E", name: "task_file_socket_netlink", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "sk_type", type: PT.UINT16, format: PF.DEC }, { name: "sk_proto", type: PT.UINT16, format: PF.DEC }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 447, symbol: "PPME_ITER_TASK_FILE_SOCKET_NETLINK_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 448, symbol: "PPME_ITER_TASK_FILE_ANON_INODE_E", name: "task_file_anon_inode", category: EC.FILE | EC.ITER, flags: EF.MODIFIES_STATE, params: [{ name: "fd", type: PT.FD32, format: PF.DEC }, { name: "fd_type", type: PT.FLAGS8, format: PF.DEC, flagTable: F.anon_inode_fd_types }, { name: "path", type: PT.FSPATH, format: PF.NA }, { name: "ino_num", type: PT.UINT64, format: PF.DEC }] },
  { id: 449, symbol: "PPME_ITER_TASK_FILE_ANON_INODE_X", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 450, symbol: "PPME_SYSCALL_CLOSE_RANGE_E", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 451, symbol: "PPME_SYSCALL_CLOSE_RANGE_X", name: "close_range", category: EC.IO_OTHER | EC.SYSCALL, flags: EF.MODIFIES_STATE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "first", type: PT.UINT32, format: PF.DEC }, { name: "last", type: PT.UINT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.close_range_flags }] },
  { id: 452, symbol: "PPME_SYSCALL_KEYCTL_E", name: "NA", category: EC.UNKNOWN, flags: EF.UNUSED, params: [] },
  { id: 453, symbol: "PPME_SYSCALL_KEYCTL_X", name: "keyctl", category: EC.OTHER | EC.SYSCALL, flags: EF.NONE, params: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "operation", type: PT.ENUMFLAGS32, format: PF.DEC, flagTable: F.keyctl_operations }, { name: "arg2", type: PT.DYN, format: PF.DEC, dynamic: F.keyctl_dynamic_param }, { name: "arg3", type: PT.DYN, format: PF.DEC, dynamic: F.keyctl_dynamic_param }, { name: "arg4", type: PT.DYN, format: PF.DEC, dynamic: F.keyctl_dynamic_param }, { name: "arg5", type: PT.DYN, format: PF.DEC, dynamic: F.keyctl_dynamic_param }] },
];

/**
 * Param layouts of libs e5c53d64 (sysdig 0.29.3) for the ids whose old layout is not a prefix of the new
 * one, or whose print format / info table changed. Decoders of old captures should prefer these.
 */
export const OLD_LAYOUTS: { readonly [id: number]: readonly ParamInfo[] } = {
  18: [{ name: "domain", type: PT.FLAGS32, format: PF.DEC, flagTable: F.socket_families }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "proto", type: PT.UINT32, format: PF.DEC }], // PPME_SOCKET_SOCKET_E
  24: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "backlog", type: PT.UINT32, format: PF.DEC }], // PPME_SOCKET_LISTEN_E
  36: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "how", type: PT.FLAGS8, format: PF.HEX, flagTable: F.shutdown_how }], // PPME_SOCKET_SHUTDOWN_E
  42: [{ name: "domain", type: PT.FLAGS32, format: PF.DEC, flagTable: F.socket_families }, { name: "type", type: PT.UINT32, format: PF.DEC }, { name: "proto", type: PT.UINT32, format: PF.DEC }], // PPME_SOCKET_SOCKETPAIR_E
  45: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "level", type: PT.FLAGS8, format: PF.DEC, flagTable: F.sockopt_levels }, { name: "optname", type: PT.FLAGS8, format: PF.DEC, flagTable: F.sockopt_options }, { name: "val", type: PT.DYN, format: PF.DEC, dynamic: F.sockopt_dynamic_param }, { name: "optlen", type: PT.UINT32, format: PF.DEC }], // PPME_SOCKET_SETSOCKOPT_X
  47: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "fd", type: PT.FD, format: PF.DEC }, { name: "level", type: PT.FLAGS8, format: PF.DEC, flagTable: F.sockopt_levels }, { name: "optname", type: PT.FLAGS8, format: PF.DEC, flagTable: F.sockopt_options }, { name: "val", type: PT.DYN, format: PF.DEC, dynamic: F.sockopt_dynamic_param }, { name: "optlen", type: PT.UINT32, format: PF.DEC }], // PPME_SOCKET_GETSOCKOPT_X
  62: [{ name: "initval", type: PT.UINT64, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX }], // PPME_SYSCALL_EVENTFD_E
  86: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "whence", type: PT.FLAGS8, format: PF.DEC, flagTable: F.lseek_whence }], // PPME_SYSCALL_LSEEK_E
  88: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "offset", type: PT.UINT64, format: PF.DEC }, { name: "whence", type: PT.FLAGS8, format: PF.DEC, flagTable: F.lseek_whence }], // PPME_SYSCALL_LLSEEK_E
  126: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "mask", type: PT.UINT32, format: PF.HEX }, { name: "flags", type: PT.FLAGS8, format: PF.HEX }], // PPME_SYSCALL_SIGNALFD_E
  136: [{ name: "clockid", type: PT.UINT8, format: PF.DEC }, { name: "flags", type: PT.FLAGS8, format: PF.HEX }], // PPME_SYSCALL_TIMERFD_CREATE_E
  138: [{ name: "flags", type: PT.FLAGS8, format: PF.HEX }], // PPME_SYSCALL_INOTIFY_INIT_E
  140: [{ name: "resource", type: PT.FLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }], // PPME_SYSCALL_GETRLIMIT_E
  142: [{ name: "resource", type: PT.FLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }], // PPME_SYSCALL_SETRLIMIT_E
  144: [{ name: "pid", type: PT.PID, format: PF.DEC }, { name: "resource", type: PT.FLAGS8, format: PF.DEC, flagTable: F.rlimit_resources }], // PPME_SYSCALL_PRLIMIT_E
  150: [{ name: "fd", type: PT.FD, format: PF.DEC }, { name: "cmd", type: PT.FLAGS8, format: PF.DEC, flagTable: F.fcntl_commands }], // PPME_SYSCALL_FCNTL_E
  161: [{ name: "res", type: PT.UINT64, format: PF.HEX }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }], // PPME_SYSCALL_MMAP_X
  163: [{ name: "res", type: PT.UINT64, format: PF.HEX }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }], // PPME_SYSCALL_MMAP2_X
  168: [{ name: "request", type: PT.FLAGS16, format: PF.DEC, flagTable: F.ptrace_requests }, { name: "pid", type: PT.PID, format: PF.DEC }], // PPME_SYSCALL_PTRACE_E
  293: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }, { name: "tty", type: PT.INT32, format: PF.DEC }, { name: "pgid", type: PT.PID, format: PF.DEC }, { name: "loginuid", type: PT.INT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.execve_flags }], // PPME_SYSCALL_EXECVE_19_X
  295: [{ name: "res", type: PT.PID, format: PF.DEC }], // PPME_SYSCALL_SETPGID_X
  322: [{ name: "plugin ID", type: PT.UINT32, format: PF.DEC }, { name: "event_data", type: PT.BYTEBUF, format: PF.NA }], // PPME_PLUGINEVENT_E
  326: [{ name: "dirfd", type: PT.FD, format: PF.DEC }, { name: "name", type: PT.FSRELPATH, format: PF.NA, dirfdParam: 1 }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.file_flags }, { name: "mode", type: PT.UINT32, format: PF.OCT }, { name: "resolve", type: PT.FLAGS32, format: PF.HEX, flagTable: F.openat2_flags }], // PPME_SYSCALL_OPENAT2_E
  331: [{ name: "res", type: PT.ERRNO, format: PF.DEC }, { name: "exe", type: PT.CHARBUF, format: PF.NA }, { name: "args", type: PT.BYTEBUF, format: PF.NA }, { name: "tid", type: PT.PID, format: PF.DEC }, { name: "pid", type: PT.PID, format: PF.DEC }, { name: "ptid", type: PT.PID, format: PF.DEC }, { name: "cwd", type: PT.CHARBUF, format: PF.NA }, { name: "fdlimit", type: PT.UINT64, format: PF.DEC }, { name: "pgft_maj", type: PT.UINT64, format: PF.DEC }, { name: "pgft_min", type: PT.UINT64, format: PF.DEC }, { name: "vm_size", type: PT.UINT32, format: PF.DEC }, { name: "vm_rss", type: PT.UINT32, format: PF.DEC }, { name: "vm_swap", type: PT.UINT32, format: PF.DEC }, { name: "comm", type: PT.CHARBUF, format: PF.NA }, { name: "cgroups", type: PT.BYTEBUF, format: PF.NA }, { name: "env", type: PT.BYTEBUF, format: PF.NA }, { name: "tty", type: PT.INT32, format: PF.DEC }, { name: "pgid", type: PT.PID, format: PF.DEC }, { name: "loginuid", type: PT.INT32, format: PF.DEC }, { name: "flags", type: PT.FLAGS32, format: PF.HEX, flagTable: F.execve_flags }], // PPME_SYSCALL_EXECVEAT_X
};

/** name/category/flags of every event of libs e5c53d64 (sysdig 0.29.3), indexed by id 0..335. */
export const OLD_EVENT_META: readonly { readonly name: string; readonly category: number; readonly flags: number; readonly nparams: number }[] = [
  { name: "syscall", category: EC.OTHER, flags: EF.NONE, nparams: 2 }, // 0
  { name: "syscall", category: EC.OTHER, flags: EF.NONE, nparams: 1 }, // 1
  { name: "open", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 3 }, // 2
  { name: "open", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 5 }, // 3
  { name: "close", category: EC.IO_OTHER, flags: EF.DESTROYS_FD | EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 4
  { name: "close", category: EC.IO_OTHER, flags: EF.DESTROYS_FD | EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 5
  { name: "read", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 6
  { name: "read", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 7
  { name: "write", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 8
  { name: "write", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 9
  { name: "brk", category: EC.MEMORY, flags: EF.OLD_VERSION, nparams: 1 }, // 10
  { name: "brk", category: EC.MEMORY, flags: EF.OLD_VERSION, nparams: 1 }, // 11
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 12
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 8 }, // 13
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 14
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 11 }, // 15
  { name: "procexit", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 16
  { name: "NA1", category: EC.PROCESS, flags: EF.UNUSED, nparams: 0 }, // 17
  { name: "socket", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 3 }, // 18
  { name: "socket", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 19
  { name: "bind", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 20
  { name: "bind", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE, nparams: 2 }, // 21
  { name: "connect", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE, nparams: 2 }, // 22
  { name: "connect", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE, nparams: 2 }, // 23
  { name: "listen", category: EC.NET, flags: EF.USES_FD, nparams: 2 }, // 24
  { name: "listen", category: EC.NET, flags: EF.USES_FD, nparams: 1 }, // 25
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 26
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 3 }, // 27
  { name: "send", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 28
  { name: "send", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 29
  { name: "sendto", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE, nparams: 3 }, // 30
  { name: "sendto", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE, nparams: 2 }, // 31
  { name: "recv", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 32
  { name: "recv", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 33
  { name: "recvfrom", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE, nparams: 2 }, // 34
  { name: "recvfrom", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE, nparams: 3 }, // 35
  { name: "shutdown", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 36
  { name: "shutdown", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 37
  { name: "getsockname", category: EC.NET, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 38
  { name: "getsockname", category: EC.NET, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 39
  { name: "getpeername", category: EC.NET, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 40
  { name: "getpeername", category: EC.NET, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 41
  { name: "socketpair", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 3 }, // 42
  { name: "socketpair", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 5 }, // 43
  { name: "setsockopt", category: EC.NET, flags: EF.NONE, nparams: 0 }, // 44
  { name: "setsockopt", category: EC.NET, flags: EF.USES_FD, nparams: 6 }, // 45
  { name: "getsockopt", category: EC.NET, flags: EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 46
  { name: "getsockopt", category: EC.NET, flags: EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 6 }, // 47
  { name: "sendmsg", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE, nparams: 3 }, // 48
  { name: "sendmsg", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF.MODIFIES_STATE, nparams: 2 }, // 49
  { name: "sendmmsg", category: EC.IO_WRITE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 50
  { name: "sendmmsg", category: EC.IO_WRITE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 51
  { name: "recvmsg", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE, nparams: 1 }, // 52
  { name: "recvmsg", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF.MODIFIES_STATE, nparams: 4 }, // 53
  { name: "recvmmsg", category: EC.IO_READ, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 54
  { name: "recvmmsg", category: EC.IO_READ, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 55
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 1 }, // 56
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 3 }, // 57
  { name: "creat", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 2 }, // 58
  { name: "creat", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 4 }, // 59
  { name: "pipe", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 0 }, // 60
  { name: "pipe", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 4 }, // 61
  { name: "eventfd", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 62
  { name: "eventfd", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 63
  { name: "futex", category: EC.IPC, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 64
  { name: "futex", category: EC.IPC, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 65
  { name: "stat", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 66
  { name: "stat", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 67
  { name: "lstat", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 68
  { name: "lstat", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 69
  { name: "fstat", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 70
  { name: "fstat", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 71
  { name: "stat64", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 72
  { name: "stat64", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 73
  { name: "lstat64", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 74
  { name: "lstat64", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 75
  { name: "fstat64", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 76
  { name: "fstat64", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 77
  { name: "epoll_wait", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 78
  { name: "epoll_wait", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 79
  { name: "poll", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 80
  { name: "poll", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 81
  { name: "select", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 82
  { name: "select", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 83
  { name: "select", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 84
  { name: "select", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 85
  { name: "lseek", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 86
  { name: "lseek", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 87
  { name: "llseek", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 88
  { name: "llseek", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 89
  { name: "ioctl", category: EC.IO_OTHER, flags: EF.USES_FD | EF.OLD_VERSION, nparams: 2 }, // 90
  { name: "ioctl", category: EC.IO_OTHER, flags: EF.USES_FD | EF.OLD_VERSION, nparams: 1 }, // 91
  { name: "getcwd", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 92
  { name: "getcwd", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 93
  { name: "chdir", category: EC.FILE, flags: EF.MODIFIES_STATE, nparams: 0 }, // 94
  { name: "chdir", category: EC.FILE, flags: EF.MODIFIES_STATE, nparams: 2 }, // 95
  { name: "fchdir", category: EC.FILE, flags: EF.USES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 96
  { name: "fchdir", category: EC.FILE, flags: EF.USES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 97
  { name: "mkdir", category: EC.FILE, flags: EF.NONE, nparams: 2 }, // 98
  { name: "mkdir", category: EC.FILE, flags: EF.NONE, nparams: 1 }, // 99
  { name: "rmdir", category: EC.FILE, flags: EF.NONE, nparams: 1 }, // 100
  { name: "rmdir", category: EC.FILE, flags: EF.NONE, nparams: 1 }, // 101
  { name: "openat", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 4 }, // 102
  { name: "openat", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 1 }, // 103
  { name: "link", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 2 }, // 104
  { name: "link", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 1 }, // 105
  { name: "linkat", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 4 }, // 106
  { name: "linkat", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 1 }, // 107
  { name: "unlink", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 1 }, // 108
  { name: "unlink", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 1 }, // 109
  { name: "unlinkat", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 2 }, // 110
  { name: "unlinkat", category: EC.FILE, flags: EF.OLD_VERSION, nparams: 1 }, // 111
  { name: "pread", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 112
  { name: "pread", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 113
  { name: "pwrite", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 114
  { name: "pwrite", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 115
  { name: "readv", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 116
  { name: "readv", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 117
  { name: "writev", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 118
  { name: "writev", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 119
  { name: "preadv", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 120
  { name: "preadv", category: EC.IO_READ, flags: EF.USES_FD | EF.READS_FROM_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 121
  { name: "pwritev", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 122
  { name: "pwritev", category: EC.IO_WRITE, flags: EF.USES_FD | EF.WRITES_TO_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 123
  { name: "dup", category: EC.IO_OTHER, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 124
  { name: "dup", category: EC.IO_OTHER, flags: EF.CREATES_FD | EF.USES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 125
  { name: "signalfd", category: EC.SIGNAL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 3 }, // 126
  { name: "signalfd", category: EC.SIGNAL, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 127
  { name: "kill", category: EC.SIGNAL, flags: EF.NONE, nparams: 2 }, // 128
  { name: "kill", category: EC.SIGNAL, flags: EF.NONE, nparams: 1 }, // 129
  { name: "tkill", category: EC.SIGNAL, flags: EF.NONE, nparams: 2 }, // 130
  { name: "tkill", category: EC.SIGNAL, flags: EF.NONE, nparams: 1 }, // 131
  { name: "tgkill", category: EC.SIGNAL, flags: EF.NONE, nparams: 3 }, // 132
  { name: "tgkill", category: EC.SIGNAL, flags: EF.NONE, nparams: 1 }, // 133
  { name: "nanosleep", category: EC.SLEEP, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 134
  { name: "nanosleep", category: EC.SLEEP, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 135
  { name: "timerfd_create", category: EC.TIME, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 136
  { name: "timerfd_create", category: EC.TIME, flags: EF.CREATES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 137
  { name: "inotify_init", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 138
  { name: "inotify_init", category: EC.IPC, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 139
  { name: "getrlimit", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 140
  { name: "getrlimit", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 141
  { name: "setrlimit", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 142
  { name: "setrlimit", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 143
  { name: "prlimit", category: EC.PROCESS, flags: EF.NONE, nparams: 2 }, // 144
  { name: "prlimit", category: EC.PROCESS, flags: EF.NONE, nparams: 5 }, // 145
  { name: "switch", category: EC.SCHEDULER, flags: EF.SKIPPARSERESET | EF.OLD_VERSION | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 146
  { name: "NA2", category: EC.SCHEDULER, flags: EF.UNUSED | EF.SKIPPARSERESET | EF.OLD_VERSION, nparams: 0 }, // 147
  { name: "drop", category: EC.INTERNAL, flags: EF.SKIPPARSERESET, nparams: 1 }, // 148
  { name: "drop", category: EC.INTERNAL, flags: EF.SKIPPARSERESET, nparams: 1 }, // 149
  { name: "fcntl", category: EC.IO_OTHER, flags: EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 150
  { name: "fcntl", category: EC.IO_OTHER, flags: EF.USES_FD | EF.MODIFIES_STATE | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 151
  { name: "switch", category: EC.SCHEDULER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 6 }, // 152
  { name: "NA2", category: EC.SCHEDULER, flags: EF.UNUSED, nparams: 0 }, // 153
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 154
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 13 }, // 155
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 156
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 16 }, // 157
  { name: "brk", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 158
  { name: "brk", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 159
  { name: "mmap", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 6 }, // 160
  { name: "mmap", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 161
  { name: "mmap2", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 6 }, // 162
  { name: "mmap2", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 163
  { name: "munmap", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 164
  { name: "munmap", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 165
  { name: "splice", category: EC.IO_OTHER, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 166
  { name: "splice", category: EC.IO_OTHER, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 167
  { name: "ptrace", category: EC.PROCESS, flags: EF.NONE, nparams: 2 }, // 168
  { name: "ptrace", category: EC.PROCESS, flags: EF.NONE, nparams: 3 }, // 169
  { name: "ioctl", category: EC.IO_OTHER, flags: EF.USES_FD, nparams: 3 }, // 170
  { name: "ioctl", category: EC.IO_OTHER, flags: EF.USES_FD, nparams: 1 }, // 171
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 172
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 14 }, // 173
  { name: "rename", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 174
  { name: "rename", category: EC.FILE, flags: EF.NONE, nparams: 3 }, // 175
  { name: "renameat", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 176
  { name: "renameat", category: EC.FILE, flags: EF.NONE, nparams: 5 }, // 177
  { name: "symlink", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 178
  { name: "symlink", category: EC.FILE, flags: EF.NONE, nparams: 3 }, // 179
  { name: "symlinkat", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 180
  { name: "symlinkat", category: EC.FILE, flags: EF.NONE, nparams: 4 }, // 181
  { name: "fork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 182
  { name: "fork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 16 }, // 183
  { name: "vfork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 184
  { name: "vfork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 16 }, // 185
  { name: "procexit", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 4 }, // 186
  { name: "NA1", category: EC.PROCESS, flags: EF.UNUSED, nparams: 0 }, // 187
  { name: "sendfile", category: EC.IO_WRITE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 188
  { name: "sendfile", category: EC.IO_WRITE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 189
  { name: "quotactl", category: EC.USER, flags: EF.NONE, nparams: 4 }, // 190
  { name: "quotactl", category: EC.USER, flags: EF.NONE, nparams: 14 }, // 191
  { name: "setresuid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 3 }, // 192
  { name: "setresuid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 1 }, // 193
  { name: "setresgid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 3 }, // 194
  { name: "setresgid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 1 }, // 195
  { name: "sysdigevent", category: EC.INTERNAL, flags: EF.SKIPPARSERESET, nparams: 2 }, // 196
  { name: "sysdigevent", category: EC.INTERNAL, flags: EF.UNUSED, nparams: 0 }, // 197
  { name: "setuid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 1 }, // 198
  { name: "setuid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 1 }, // 199
  { name: "setgid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 1 }, // 200
  { name: "setgid", category: EC.USER, flags: EF.MODIFIES_STATE, nparams: 1 }, // 201
  { name: "getuid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 202
  { name: "getuid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 203
  { name: "geteuid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 204
  { name: "geteuid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 205
  { name: "getgid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 206
  { name: "getgid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 207
  { name: "getegid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 208
  { name: "getegid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 209
  { name: "getresuid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 210
  { name: "getresuid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 211
  { name: "getresgid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 0 }, // 212
  { name: "getresgid", category: EC.USER, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 213
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 214
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 15 }, // 215
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 216
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 17 }, // 217
  { name: "fork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 218
  { name: "fork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 17 }, // 219
  { name: "vfork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 220
  { name: "vfork", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 17 }, // 221
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 222
  { name: "clone", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 20 }, // 223
  { name: "fork", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 224
  { name: "fork", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 20 }, // 225
  { name: "vfork", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 226
  { name: "vfork", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 20 }, // 227
  { name: "container", category: EC.INTERNAL, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET | EF.OLD_VERSION, nparams: 4 }, // 228
  { name: "container", category: EC.INTERNAL, flags: EF.UNUSED | EF.OLD_VERSION, nparams: 0 }, // 229
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 230
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 16 }, // 231
  { name: "signaldeliver", category: EC.SIGNAL, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 232
  { name: "signaldeliver", category: EC.SIGNAL, flags: EF.UNUSED, nparams: 0 }, // 233
  { name: "procinfo", category: EC.INTERNAL, flags: EF.SKIPPARSERESET | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 234
  { name: "NA2", category: EC.INTERNAL, flags: EF.UNUSED, nparams: 0 }, // 235
  { name: "getdents", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 236
  { name: "getdents", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 237
  { name: "getdents64", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 238
  { name: "getdents64", category: EC.FILE, flags: EF.USES_FD | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 239
  { name: "setns", category: EC.PROCESS, flags: EF.USES_FD, nparams: 2 }, // 240
  { name: "setns", category: EC.PROCESS, flags: EF.USES_FD, nparams: 1 }, // 241
  { name: "flock", category: EC.FILE, flags: EF.USES_FD, nparams: 2 }, // 242
  { name: "flock", category: EC.FILE, flags: EF.USES_FD, nparams: 1 }, // 243
  { name: "cpu_hotplug", category: EC.SYSTEM, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET, nparams: 2 }, // 244
  { name: "NA2", category: EC.SYSTEM, flags: EF.UNUSED, nparams: 0 }, // 245
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 0 }, // 246
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 5 }, // 247
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 1 }, // 248
  { name: "accept", category: EC.NET, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 5 }, // 249
  { name: "semop", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 250
  { name: "semop", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 8 }, // 251
  { name: "semctl", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 4 }, // 252
  { name: "semctl", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 253
  { name: "ppoll", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 254
  { name: "ppoll", category: EC.WAIT, flags: EF.WAITS | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 255
  { name: "mount", category: EC.FILE, flags: EF.MODIFIES_STATE, nparams: 1 }, // 256
  { name: "mount", category: EC.FILE, flags: EF.MODIFIES_STATE, nparams: 4 }, // 257
  { name: "umount", category: EC.FILE, flags: EF.MODIFIES_STATE, nparams: 1 }, // 258
  { name: "umount", category: EC.FILE, flags: EF.MODIFIES_STATE, nparams: 2 }, // 259
  { name: "k8s", category: EC.INTERNAL, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET, nparams: 1 }, // 260
  { name: "NA3", category: EC.SYSTEM, flags: EF.UNUSED, nparams: 0 }, // 261
  { name: "semget", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 262
  { name: "semget", category: EC.PROCESS, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 263
  { name: "access", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 264
  { name: "access", category: EC.FILE, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 2 }, // 265
  { name: "chroot", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 266
  { name: "chroot", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 2 }, // 267
  { name: "tracer", category: EC.OTHER, flags: EF.NONE, nparams: 3 }, // 268
  { name: "tracer", category: EC.OTHER, flags: EF.NONE, nparams: 3 }, // 269
  { name: "mesos", category: EC.INTERNAL, flags: EF.MODIFIES_STATE | EF.SKIPPARSERESET, nparams: 1 }, // 270
  { name: "NA4", category: EC.SYSTEM, flags: EF.UNUSED, nparams: 0 }, // 271
  { name: "container", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 1 }, // 272
  { name: "container", category: EC.PROCESS, flags: EF.UNUSED, nparams: 0 }, // 273
  { name: "setsid", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 274
  { name: "setsid", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 1 }, // 275
  { name: "mkdir", category: EC.FILE, flags: EF.NONE, nparams: 1 }, // 276
  { name: "mkdir", category: EC.FILE, flags: EF.NONE, nparams: 2 }, // 277
  { name: "rmdir", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 278
  { name: "rmdir", category: EC.FILE, flags: EF.NONE, nparams: 2 }, // 279
  { name: "notification", category: EC.OTHER, flags: EF.SKIPPARSERESET, nparams: 2 }, // 280
  { name: "NA4", category: EC.SYSTEM, flags: EF.UNUSED, nparams: 0 }, // 281
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 0 }, // 282
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 17 }, // 283
  { name: "unshare", category: EC.PROCESS, flags: EF.NONE, nparams: 1 }, // 284
  { name: "unshare", category: EC.PROCESS, flags: EF.NONE, nparams: 1 }, // 285
  { name: "infra", category: EC.INTERNAL, flags: EF.SKIPPARSERESET, nparams: 4 }, // 286
  { name: "NA4", category: EC.SYSTEM, flags: EF.UNUSED, nparams: 0 }, // 287
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 1 }, // 288
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.OLD_VERSION, nparams: 17 }, // 289
  { name: "page_fault", category: EC.OTHER, flags: EF.SKIPPARSERESET | EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 290
  { name: "NA5", category: EC.OTHER, flags: EF.UNUSED, nparams: 0 }, // 291
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 1 }, // 292
  { name: "execve", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 20 }, // 293
  { name: "setpgid", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 2 }, // 294
  { name: "setpgid", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 1 }, // 295
  { name: "bpf", category: EC.OTHER, flags: EF.CREATES_FD, nparams: 1 }, // 296
  { name: "bpf", category: EC.OTHER, flags: EF.CREATES_FD, nparams: 1 }, // 297
  { name: "seccomp", category: EC.OTHER, flags: EF.NONE, nparams: 1 }, // 298
  { name: "seccomp", category: EC.OTHER, flags: EF.NONE, nparams: 1 }, // 299
  { name: "unlink", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 300
  { name: "unlink", category: EC.FILE, flags: EF.NONE, nparams: 2 }, // 301
  { name: "unlinkat", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 302
  { name: "unlinkat", category: EC.FILE, flags: EF.NONE, nparams: 4 }, // 303
  { name: "mkdirat", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 304
  { name: "mkdirat", category: EC.FILE, flags: EF.NONE, nparams: 4 }, // 305
  { name: "openat", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 4 }, // 306
  { name: "openat", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 6 }, // 307
  { name: "link", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 308
  { name: "link", category: EC.FILE, flags: EF.NONE, nparams: 3 }, // 309
  { name: "linkat", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 310
  { name: "linkat", category: EC.FILE, flags: EF.NONE, nparams: 6 }, // 311
  { name: "fchmodat", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 312
  { name: "fchmodat", category: EC.FILE, flags: EF.NONE, nparams: 4 }, // 313
  { name: "chmod", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 314
  { name: "chmod", category: EC.FILE, flags: EF.NONE, nparams: 3 }, // 315
  { name: "fchmod", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 316
  { name: "fchmod", category: EC.FILE, flags: EF.NONE, nparams: 3 }, // 317
  { name: "renameat2", category: EC.FILE, flags: EF.NONE, nparams: 0 }, // 318
  { name: "renameat2", category: EC.FILE, flags: EF.NONE, nparams: 6 }, // 319
  { name: "userfaultfd", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 0 }, // 320
  { name: "userfaultfd", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 2 }, // 321
  { name: "pluginevent", category: EC.OTHER, flags: EF.LARGE_PAYLOAD, nparams: 2 }, // 322
  { name: "pluginevent", category: EC.OTHER, flags: EF.UNUSED, nparams: 0 }, // 323
  { name: "container", category: EC.PROCESS, flags: EF.MODIFIES_STATE | EF.LARGE_PAYLOAD, nparams: 1 }, // 324
  { name: "container", category: EC.PROCESS, flags: EF.UNUSED, nparams: 0 }, // 325
  { name: "openat2", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 5 }, // 326
  { name: "openat2", category: EC.FILE, flags: EF.CREATES_FD | EF.MODIFIES_STATE, nparams: 6 }, // 327
  { name: "mprotect", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 3 }, // 328
  { name: "mprotect", category: EC.MEMORY, flags: EF_OLD_ONLY.DROP_SIMPLE_CONS, nparams: 1 }, // 329
  { name: "execveat", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 3 }, // 330
  { name: "execveat", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 20 }, // 331
  { name: "copy_file_range", category: EC.FILE, flags: EF.USES_FD | EF.READS_FROM_FD | EF.WRITES_TO_FD, nparams: 3 }, // 332
  { name: "copy_file_range", category: EC.FILE, flags: EF.USES_FD | EF.READS_FROM_FD | EF.WRITES_TO_FD, nparams: 3 }, // 333
  { name: "clone3", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 0 }, // 334
  { name: "clone3", category: EC.PROCESS, flags: EF.MODIFIES_STATE, nparams: 20 }, // 335
];
