/**
 * GENERATED FILE - do not edit by hand; re-run scripts/gen_event_table.py.
 * Generated from falcosecurity/libs commit 48dfd53c (driver/event_table.c, driver/flags_table.c,
 * driver/dynamic_params_table.c, driver/ppm_events_public.h).
 * Editing rules (same as upstream): event ids are append-only and are never renumbered; existing
 * events may only gain trailing parameters - any other change needs a new event id/version.
 */

export interface FlagEntry {
  readonly name: string;
  readonly value: number;
}

/** One entry of a dynamic-parameter table (indexed by the PPM_*_IDX_* byte in the capture). */
export interface DynParamInfo {
  readonly name: string;
  readonly type: number /* PT */;
  readonly format: number /* PF */;
}

/* name_value tables from driver/flags_table.c, same order as C (the C {0, 0} terminator is dropped).
 * Values are C uint32_t, so all fit in a JS number exactly (no value exceeds 2^32-1). */

export const socket_families: readonly FlagEntry[] = [
  { name: "AF_NFC", value: 0x27 },
  { name: "AF_ALG", value: 0x26 },
  { name: "AF_CAIF", value: 0x25 },
  { name: "AF_IEEE802154", value: 0x24 },
  { name: "AF_PHONET", value: 0x23 },
  { name: "AF_ISDN", value: 0x22 },
  { name: "AF_RXRPC", value: 0x21 },
  { name: "AF_IUCV", value: 0x20 },
  { name: "AF_BLUETOOTH", value: 0x1f },
  { name: "AF_TIPC", value: 0x1e },
  { name: "AF_CAN", value: 0x1d },
  { name: "AF_LLC", value: 0x1a },
  { name: "AF_WANPIPE", value: 0x19 },
  { name: "AF_PPPOX", value: 0x18 },
  { name: "AF_IRDA", value: 0x17 },
  { name: "AF_SNA", value: 0x16 },
  { name: "AF_RDS", value: 0x15 },
  { name: "AF_ATMSVC", value: 0x14 },
  { name: "AF_ECONET", value: 0x13 },
  { name: "AF_ASH", value: 0x12 },
  { name: "AF_PACKET", value: 0x11 },
  { name: "AF_ROUTE", value: 0x10 },
  { name: "AF_NETLINK", value: 0x10 },
  { name: "AF_KEY", value: 0xf },
  { name: "AF_SECURITY", value: 0xe },
  { name: "AF_NETBEUI", value: 0xd },
  { name: "AF_DECnet", value: 0xc },
  { name: "AF_ROSE", value: 0xb },
  { name: "AF_INET6", value: 0xa },
  { name: "AF_X25", value: 9 },
  { name: "AF_ATMPVC", value: 8 },
  { name: "AF_BRIDGE", value: 7 },
  { name: "AF_NETROM", value: 6 },
  { name: "AF_APPLETALK", value: 5 },
  { name: "AF_IPX", value: 4 },
  { name: "AF_AX25", value: 3 },
  { name: "AF_INET", value: 2 },
  { name: "AF_LOCAL", value: 1 },
  { name: "AF_UNIX", value: 1 },
  { name: "AF_UNSPEC", value: 0 },
];

export const file_flags: readonly FlagEntry[] = [
  { name: "O_LARGEFILE", value: 0x800 },
  { name: "O_DIRECTORY", value: 0x400 },
  { name: "O_DIRECT", value: 0x200 },
  { name: "O_TRUNC", value: 0x100 },
  { name: "O_SYNC", value: 0x80 },
  { name: "O_NONBLOCK", value: 0x40 },
  { name: "O_EXCL", value: 0x20 },
  { name: "O_DSYNC", value: 0x10 },
  { name: "O_APPEND", value: 8 },
  { name: "O_CREAT", value: 4 },
  { name: "O_RDWR", value: 3 },
  { name: "O_WRONLY", value: 2 },
  { name: "O_RDONLY", value: 1 },
  { name: "O_CLOEXEC", value: 0x1000 },
  { name: "O_NONE", value: 0 },
  { name: "O_TMPFILE", value: 0x2000 },
  { name: "O_F_CREATED", value: 0x4000 },
  { name: "FD_UPPER_LAYER", value: 0x8000 },
  { name: "FD_LOWER_LAYER", value: 0x10000 },
];

export const creat_flags: readonly FlagEntry[] = [
  { name: "FD_UPPER_LAYER_CREAT", value: 1 },
  { name: "FD_LOWER_LAYER_CREAT", value: 2 },
];

export const flock_flags: readonly FlagEntry[] = [
  { name: "LOCK_SH", value: 1 },
  { name: "LOCK_EX", value: 2 },
  { name: "LOCK_NB", value: 4 },
  { name: "LOCK_UN", value: 8 },
  { name: "LOCK_NONE", value: 0 },
];

export const clone_flags: readonly FlagEntry[] = [
  { name: "CLONE_FILES", value: 1 },
  { name: "CLONE_FS", value: 2 },
  { name: "CLONE_IO", value: 4 },
  { name: "CLONE_NEWIPC", value: 8 },
  { name: "CLONE_NEWNET", value: 0x10 },
  { name: "CLONE_NEWNS", value: 0x20 },
  { name: "CLONE_NEWPID", value: 0x40 },
  { name: "CLONE_NEWUTS", value: 0x80 },
  { name: "CLONE_PARENT", value: 0x100 },
  { name: "CLONE_PARENT_SETTID", value: 0x200 },
  { name: "CLONE_PTRACE", value: 0x400 },
  { name: "CLONE_SIGHAND", value: 0x800 },
  { name: "CLONE_SYSVSEM", value: 0x1000 },
  { name: "CLONE_THREAD", value: 0x2000 },
  { name: "CLONE_UNTRACED", value: 0x4000 },
  { name: "CLONE_VM", value: 0x8000 },
  { name: "CLONE_INVERTED", value: 0x10000 },
  { name: "NAME_CHANGED", value: 0x20000 },
  { name: "CLOSED", value: 0x40000 },
  { name: "CLONE_NEWUSER", value: 0x100000 },
  { name: "CLONE_CHILD_CLEARTID", value: 0x800000 },
  { name: "CLONE_CHILD_SETTID", value: 0x1000000 },
  { name: "CLONE_SETTLS", value: 0x2000000 },
  { name: "CLONE_STOPPED", value: 0x4000000 },
  { name: "CLONE_VFORK", value: 0x8000000 },
  { name: "CLONE_NEWCGROUP", value: 0x10000000 },
  { name: "CLONE_CHILD_IN_PIDNS", value: 0x20000000 },
];

export const futex_operations: readonly FlagEntry[] = [
  { name: "FUTEX_CLOCK_REALTIME", value: 0x100 },
  { name: "FUTEX_PRIVATE_FLAG", value: 0x80 },
  { name: "FUTEX_CMP_REQUEUE_PI", value: 0xc },
  { name: "FUTEX_WAIT_REQUEUE_PI", value: 0xb },
  { name: "FUTEX_WAKE_BITSET", value: 0xa },
  { name: "FUTEX_WAIT_BITSET", value: 9 },
  { name: "FUTEX_TRYLOCK_PI", value: 8 },
  { name: "FUTEX_UNLOCK_PI", value: 7 },
  { name: "FUTEX_LOCK_PI", value: 6 },
  { name: "FUTEX_WAKE_OP", value: 5 },
  { name: "FUTEX_CMP_REQUEUE", value: 4 },
  { name: "FUTEX_REQUEUE", value: 3 },
  { name: "FUTEX_FD", value: 2 },
  { name: "FUTEX_WAKE", value: 1 },
  { name: "FUTEX_WAIT", value: 0 },
];

export const poll_flags: readonly FlagEntry[] = [
  { name: "POLLIN", value: 1 },
  { name: "POLLPRI", value: 2 },
  { name: "POLLOUT", value: 4 },
  { name: "POLLRDHUP", value: 8 },
  { name: "POLLERR", value: 0x10 },
  { name: "POLLHUP", value: 0x20 },
  { name: "POLLNVAL", value: 0x40 },
  { name: "POLLRDNORM", value: 0x80 },
  { name: "POLLRDBAND", value: 0x100 },
  { name: "POLLWRNORM", value: 0x200 },
  { name: "POLLWRBAND", value: 0x400 },
];

export const mount_flags: readonly FlagEntry[] = [
  { name: "RDONLY", value: 1 },
  { name: "NOSUID", value: 2 },
  { name: "NODEV", value: 4 },
  { name: "NOEXEC", value: 8 },
  { name: "SYNCHRONOUS", value: 0x10 },
  { name: "REMOUNT", value: 0x20 },
  { name: "MANDLOCK", value: 0x40 },
  { name: "DIRSYNC", value: 0x80 },
  { name: "NOATIME", value: 0x400 },
  { name: "NODIRATIME", value: 0x800 },
  { name: "BIND", value: 0x1000 },
  { name: "MOVE", value: 0x2000 },
  { name: "REC", value: 0x4000 },
  { name: "SILENT", value: 0x8000 },
  { name: "POSIXACL", value: 0x10000 },
  { name: "UNBINDABLE", value: 0x20000 },
  { name: "PRIVATE", value: 0x40000 },
  { name: "SLAVE", value: 0x80000 },
  { name: "SHARED", value: 0x100000 },
  { name: "RELATIME", value: 0x200000 },
  { name: "KERNMOUNT", value: 0x400000 },
  { name: "I_VERSION", value: 0x800000 },
  { name: "STRICTATIME", value: 0x1000000 },
  { name: "LAZYTIME", value: 0x2000000 },
  { name: "NOSEC", value: 0x10000000 },
  { name: "BORN", value: 0x20000000 },
  { name: "ACTIVE", value: 0x40000000 },
  { name: "NOUSER", value: 0x80000000 },
];

export const umount_flags: readonly FlagEntry[] = [
  { name: "FORCE", value: 1 },
  { name: "DETACH", value: 2 },
  { name: "EXPIRE", value: 4 },
  { name: "NOFOLLOW", value: 8 },
];

export const lseek_whence: readonly FlagEntry[] = [
  { name: "SEEK_END", value: 2 },
  { name: "SEEK_CUR", value: 1 },
  { name: "SEEK_SET", value: 0 },
];

export const shutdown_how: readonly FlagEntry[] = [
  { name: "SHUT_UNKNOWN", value: 0xffff },
  { name: "SHUT_RDWR", value: 2 },
  { name: "SHUT_WR", value: 1 },
  { name: "SHUT_RD", value: 0 },
];

export const rlimit_resources: readonly FlagEntry[] = [
  { name: "RLIMIT_UNKNOWN", value: 0xff },
  { name: "RLIMIT_RTTIME", value: 0xf },
  { name: "RLIMIT_RTPRIO", value: 0xe },
  { name: "RLIMIT_NICE", value: 0xd },
  { name: "RLIMIT_MSGQUEUE", value: 0xc },
  { name: "RLIMIT_SIGPENDING", value: 0xb },
  { name: "RLIMIT_LOCKS", value: 0xa },
  { name: "RLIMIT_AS", value: 9 },
  { name: "RLIMIT_MEMLOCK", value: 8 },
  { name: "RLIMIT_NOFILE", value: 7 },
  { name: "RLIMIT_NPROC", value: 6 },
  { name: "RLIMIT_RSS", value: 5 },
  { name: "RLIMIT_CORE", value: 4 },
  { name: "RLIMIT_STACK", value: 3 },
  { name: "RLIMIT_DATA", value: 2 },
  { name: "RLIMIT_FSIZE", value: 1 },
  { name: "RLIMIT_CPU", value: 0 },
];

export const fcntl_commands: readonly FlagEntry[] = [
  { name: "F_GETPIPE_SZ", value: 0x1d },
  { name: "F_SETPIPE_SZ", value: 0x1c },
  { name: "F_NOTIFY", value: 0x1b },
  { name: "F_DUPFD_CLOEXEC", value: 0x1a },
  { name: "F_CANCELLK", value: 0x19 },
  { name: "F_GETLEASE", value: 0x18 },
  { name: "F_SETLEASE", value: 0x17 },
  { name: "F_GETOWN_EX", value: 0x16 },
  { name: "F_SETOWN_EX", value: 0x15 },
  { name: "F_SETLKW64", value: 0x13 },
  { name: "F_SETLK64", value: 0x12 },
  { name: "F_GETLK64", value: 0x11 },
  { name: "F_GETSIG", value: 0xf },
  { name: "F_SETSIG", value: 0xd },
  { name: "F_GETOWN", value: 0xc },
  { name: "F_SETOWN", value: 0xa },
  { name: "F_SETLKW", value: 9 },
  { name: "F_SETLK", value: 8 },
  { name: "F_GETLK", value: 6 },
  { name: "F_SETFL", value: 5 },
  { name: "F_GETFL", value: 4 },
  { name: "F_SETFD", value: 3 },
  { name: "F_GETFD", value: 2 },
  { name: "F_DUPFD", value: 1 },
  { name: "F_OFD_GETLK", value: 0x1e },
  { name: "F_OFD_SETLK", value: 0x1f },
  { name: "F_OFD_SETLKW", value: 0x20 },
  { name: "UNKNOWN", value: 0 },
];

export const sockopt_levels: readonly FlagEntry[] = [
  { name: "SOL_SOCKET", value: 1 },
  { name: "SOL_TCP", value: 2 },
  { name: "UNKNOWN", value: 0 },
];

export const sockopt_options: readonly FlagEntry[] = [
  { name: "SO_COOKIE", value: 0x35 },
  { name: "SO_MEMINFO", value: 0x34 },
  { name: "SO_PEERGROUPS", value: 0x33 },
  { name: "SO_ATTACH_BPF", value: 0x32 },
  { name: "SO_INCOMING_CPU", value: 0x31 },
  { name: "SO_BPF_EXTENSIONS", value: 0x30 },
  { name: "SO_MAX_PACING_RATE", value: 0x2f },
  { name: "SO_BUSY_POLL", value: 0x2e },
  { name: "SO_SELECT_ERR_QUEUE", value: 0x2d },
  { name: "SO_LOCK_FILTER", value: 0x2c },
  { name: "SO_NOFCS", value: 0x2b },
  { name: "SO_PEEK_OFF", value: 0x2a },
  { name: "SO_WIFI_STATUS", value: 0x29 },
  { name: "SO_RXQ_OVFL", value: 0x28 },
  { name: "SO_DOMAIN", value: 0x27 },
  { name: "SO_PROTOCOL", value: 0x26 },
  { name: "SO_TIMESTAMPING", value: 0x25 },
  { name: "SO_MARK", value: 0x24 },
  { name: "SO_TIMESTAMPNS", value: 0x23 },
  { name: "SO_PASSSEC", value: 0x22 },
  { name: "SO_PEERSEC", value: 0x1f },
  { name: "SO_ACCEPTCONN", value: 0x1e },
  { name: "SO_TIMESTAMP", value: 0x1d },
  { name: "SO_PEERNAME", value: 0x1c },
  { name: "SO_DETACH_FILTER", value: 0x1b },
  { name: "SO_ATTACH_FILTER", value: 0x1a },
  { name: "SO_BINDTODEVICE", value: 0x19 },
  { name: "SO_SECURITY_ENCRYPTION_NETWORK", value: 0x18 },
  { name: "SO_SECURITY_ENCRYPTION_TRANSPORT", value: 0x17 },
  { name: "SO_SECURITY_AUTHENTICATION", value: 0x16 },
  { name: "SO_SNDTIMEO", value: 0x15 },
  { name: "SO_RCVTIMEO", value: 0x14 },
  { name: "SO_SNDLOWAT", value: 0x13 },
  { name: "SO_RCVLOWAT", value: 0x12 },
  { name: "SO_PEERCRED", value: 0x11 },
  { name: "SO_PASSCRED", value: 0x10 },
  { name: "SO_REUSEPORT", value: 0xf },
  { name: "SO_BSDCOMPAT", value: 0xe },
  { name: "SO_LINGER", value: 0xd },
  { name: "SO_PRIORITY", value: 0xc },
  { name: "SO_NO_CHECK", value: 0xb },
  { name: "SO_OOBINLINE", value: 0xa },
  { name: "SO_KEEPALIVE", value: 9 },
  { name: "SO_RCVBUFFORCE", value: 0x21 },
  { name: "SO_SNDBUFFORCE", value: 0x20 },
  { name: "SO_RCVBUF", value: 8 },
  { name: "SO_SNDBUF", value: 7 },
  { name: "SO_BROADCAST", value: 6 },
  { name: "SO_DONTROUTE", value: 5 },
  { name: "SO_ERROR", value: 4 },
  { name: "SO_TYPE", value: 3 },
  { name: "SO_REUSEADDR", value: 2 },
  { name: "SO_DEBUG", value: 1 },
  { name: "UNKNOWN", value: 0 },
];

export const ptrace_requests: readonly FlagEntry[] = [
  { name: "PTRACE_SINGLEBLOCK", value: 0x26 },
  { name: "PTRACE_SYSEMU_SINGLESTEP", value: 0x25 },
  { name: "PTRACE_SYSEMU", value: 0x24 },
  { name: "PTRACE_ARCH_PRCTL", value: 0x23 },
  { name: "PTRACE_SET_THREAD_AREA", value: 0x22 },
  { name: "PTRACE_GET_THREAD_AREA", value: 0x21 },
  { name: "PTRACE_OLDSETOPTIONS", value: 0x20 },
  { name: "PTRACE_SETFPXREGS", value: 0x1f },
  { name: "PTRACE_GETFPXREGS", value: 0x1e },
  { name: "PTRACE_SETFPREGS", value: 0x1d },
  { name: "PTRACE_GETFPREGS", value: 0x1c },
  { name: "PTRACE_SETREGS", value: 0x1b },
  { name: "PTRACE_GETREGS", value: 0x1a },
  { name: "PTRACE_SETSIGMASK", value: 0x19 },
  { name: "PTRACE_GETSIGMASK", value: 0x18 },
  { name: "PTRACE_PEEKSIGINFO", value: 0x17 },
  { name: "PTRACE_LISTEN", value: 0x16 },
  { name: "PTRACE_INTERRUPT", value: 0x15 },
  { name: "PTRACE_SEIZE", value: 0x14 },
  { name: "PTRACE_SETREGSET", value: 0x13 },
  { name: "PTRACE_GETREGSET", value: 0x12 },
  { name: "PTRACE_SETSIGINFO", value: 0x11 },
  { name: "PTRACE_GETSIGINFO", value: 0x10 },
  { name: "PTRACE_GETEVENTMSG", value: 0xf },
  { name: "PTRACE_SETOPTIONS", value: 0xe },
  { name: "PTRACE_SYSCALL", value: 0xd },
  { name: "PTRACE_DETACH", value: 0xc },
  { name: "PTRACE_ATTACH", value: 0xb },
  { name: "PTRACE_SINGLESTEP", value: 0xa },
  { name: "PTRACE_KILL", value: 9 },
  { name: "PTRACE_CONT", value: 8 },
  { name: "PTRACE_POKEUSR", value: 7 },
  { name: "PTRACE_POKEDATA", value: 6 },
  { name: "PTRACE_POKETEXT", value: 5 },
  { name: "PTRACE_PEEKUSR", value: 4 },
  { name: "PTRACE_PEEKDATA", value: 3 },
  { name: "PTRACE_PEEKTEXT", value: 2 },
  { name: "PTRACE_TRACEME", value: 1 },
  { name: "PTRACE_UNKNOWN", value: 0 },
];

export const prot_flags: readonly FlagEntry[] = [
  { name: "PROT_READ", value: 1 },
  { name: "PROT_WRITE", value: 2 },
  { name: "PROT_EXEC", value: 4 },
  { name: "PROT_SEM", value: 8 },
  { name: "PROT_GROWSDOWN", value: 0x10 },
  { name: "PROT_GROWSUP", value: 0x20 },
  { name: "PROT_SAO", value: 0x40 },
  { name: "PROT_NONE", value: 0 },
];

export const mmap_flags: readonly FlagEntry[] = [
  { name: "MAP_SHARED", value: 1 },
  { name: "MAP_PRIVATE", value: 2 },
  { name: "MAP_FIXED", value: 4 },
  { name: "MAP_ANONYMOUS", value: 8 },
  { name: "MAP_32BIT", value: 0x10 },
  { name: "MAP_RENAME", value: 0x20 },
  { name: "MAP_NORESERVE", value: 0x40 },
  { name: "MAP_POPULATE", value: 0x80 },
  { name: "MAP_NONBLOCK", value: 0x100 },
  { name: "MAP_GROWSDOWN", value: 0x200 },
  { name: "MAP_DENYWRITE", value: 0x400 },
  { name: "MAP_EXECUTABLE", value: 0x800 },
  { name: "MAP_INHERIT", value: 0x1000 },
  { name: "MAP_FILE", value: 0x2000 },
  { name: "MAP_LOCKED", value: 0x4000 },
];

export const splice_flags: readonly FlagEntry[] = [
  { name: "SPLICE_F_MOVE", value: 1 },
  { name: "SPLICE_F_NONBLOCK", value: 2 },
  { name: "SPLICE_F_MORE", value: 4 },
  { name: "SPLICE_F_GIFT", value: 8 },
];

export const quotactl_dqi_flags: readonly FlagEntry[] = [
  { name: "DQF_NONE", value: 1 },
  { name: "V1_DQF_RSQUASH", value: 2 },
];

export const quotactl_cmds: readonly FlagEntry[] = [
  { name: "Q_QUOTAON", value: 1 },
  { name: "Q_QUOTAOFF", value: 2 },
  { name: "Q_GETFMT", value: 4 },
  { name: "Q_GETINFO", value: 8 },
  { name: "Q_SETINFO", value: 0x10 },
  { name: "Q_GETQUOTA", value: 0x20 },
  { name: "Q_SETQUOTA", value: 0x40 },
  { name: "Q_SYNC", value: 0x80 },
  { name: "Q_XQUOTAON", value: 0x100 },
  { name: "Q_XQUOTAOFF", value: 0x200 },
  { name: "Q_XGETQUOTA", value: 0x400 },
  { name: "Q_XSETQLIM", value: 0x800 },
  { name: "Q_XGETQSTAT", value: 0x1000 },
  { name: "Q_XQUOTARM", value: 0x2000 },
  { name: "Q_XQUOTASYNC", value: 0x4000 },
];

export const quotactl_types: readonly FlagEntry[] = [
  { name: "USRQUOTA", value: 1 },
  { name: "GRPQUOTA", value: 2 },
];

export const quotactl_quota_fmts: readonly FlagEntry[] = [
  { name: "QFMT_NOT_USED", value: 1 },
  { name: "QFMT_VFS_OLD", value: 2 },
  { name: "QFMT_VFS_V0", value: 4 },
  { name: "QFMT_VFS_V1", value: 8 },
];

export const semop_flags: readonly FlagEntry[] = [
  { name: "IPC_NOWAIT", value: 1 },
  { name: "SEM_UNDO", value: 2 },
];

export const semget_flags: readonly FlagEntry[] = [
  { name: "IPC_EXCL", value: 0x4000 },
  { name: "IPC_CREAT", value: 0x2000 },
];

export const semctl_commands: readonly FlagEntry[] = [
  { name: "IPC_STAT", value: 1 },
  { name: "IPC_SET", value: 2 },
  { name: "IPC_RMID", value: 4 },
  { name: "IPC_INFO", value: 8 },
  { name: "SEM_INFO", value: 0x10 },
  { name: "SEM_STAT", value: 0x20 },
  { name: "GETALL", value: 0x40 },
  { name: "GETNCNT", value: 0x80 },
  { name: "GETPID", value: 0x100 },
  { name: "GETVAL", value: 0x200 },
  { name: "GETZCNT", value: 0x400 },
  { name: "SETALL", value: 0x800 },
  { name: "SETVAL", value: 0x1000 },
];

export const access_flags: readonly FlagEntry[] = [
  { name: "F_OK", value: 0 },
  { name: "R_OK", value: 4 },
  { name: "W_OK", value: 2 },
  { name: "X_OK", value: 1 },
];

export const pf_flags: readonly FlagEntry[] = [
  { name: "PROTECTION_VIOLATION", value: 1 },
  { name: "PAGE_NOT_PRESENT", value: 2 },
  { name: "WRITE_ACCESS", value: 4 },
  { name: "READ_ACCESS", value: 8 },
  { name: "USER_FAULT", value: 0x10 },
  { name: "SUPERVISOR_FAULT", value: 0x20 },
  { name: "RESERVED_PAGE", value: 0x40 },
  { name: "INSTRUCTION_FETCH", value: 0x80 },
];

export const unlinkat_flags: readonly FlagEntry[] = [
  { name: "AT_REMOVEDIR", value: 0x200 },
];

export const linkat_flags: readonly FlagEntry[] = [
  { name: "AT_SYMLINK_FOLLOW", value: 0x400 },
  { name: "AT_EMPTY_PATH", value: 0x1000 },
];

export const newfstatat_flags: readonly FlagEntry[] = [
  { name: "AT_EMPTY_PATH", value: 0x1000 },
  { name: "AT_NO_AUTOMOUNT", value: 0x800 },
  { name: "AT_SYMLINK_NOFOLLOW", value: 0x100 },
];

export const chmod_mode: readonly FlagEntry[] = [
  { name: "S_IXOTH", value: 1 },
  { name: "S_IWOTH", value: 2 },
  { name: "S_IROTH", value: 4 },
  { name: "S_IXGRP", value: 8 },
  { name: "S_IWGRP", value: 0x10 },
  { name: "S_IRGRP", value: 0x20 },
  { name: "S_IXUSR", value: 0x40 },
  { name: "S_IWUSR", value: 0x80 },
  { name: "S_IRUSR", value: 0x100 },
  { name: "S_ISVTX", value: 0x200 },
  { name: "S_ISGID", value: 0x400 },
  { name: "S_ISUID", value: 0x800 },
];

export const fchownat_flags: readonly FlagEntry[] = [
  { name: "AT_SYMLINK_NOFOLLOW", value: 0x400 },
  { name: "AT_EMPTY_PATH", value: 0x1000 },
];

export const renameat2_flags: readonly FlagEntry[] = [
  { name: "RENAME_NOREPLACE", value: 1 },
  { name: "RENAME_EXCHANGE", value: 2 },
  { name: "RENAME_WHITEOUT", value: 4 },
];

export const openat2_flags: readonly FlagEntry[] = [
  { name: "RESOLVE_BENEATH", value: 1 },
  { name: "RESOLVE_IN_ROOT", value: 2 },
  { name: "RESOLVE_NO_MAGICLINKS", value: 4 },
  { name: "RESOLVE_NO_SYMLINKS", value: 8 },
  { name: "RESOLVE_NO_XDEV", value: 0x10 },
  { name: "RESOLVE_CACHED", value: 0x20 },
];

export const execve_flags: readonly FlagEntry[] = [
  { name: "EXE_WRITABLE", value: 1 },
  { name: "EXE_UPPER_LAYER", value: 2 },
  { name: "EXE_FROM_MEMFD", value: 4 },
  { name: "EXE_LOWER_LAYER", value: 8 },
];

export const execveat_flags: readonly FlagEntry[] = [
  { name: "AT_EMPTY_PATH", value: 1 },
  { name: "AT_SYMLINK_NOFOLLOW", value: 2 },
];

export const io_uring_setup_flags: readonly FlagEntry[] = [
  { name: "IORING_SETUP_IOPOLL", value: 1 },
  { name: "IORING_SETUP_SQPOLL", value: 2 },
  { name: "IORING_SQ_NEED_WAKEUP", value: 4 },
  { name: "IORING_SETUP_SQ_AFF", value: 8 },
  { name: "IORING_SETUP_CQSIZE", value: 0x10 },
  { name: "IORING_SETUP_CLAMP", value: 0x20 },
  { name: "IORING_SETUP_ATTACH_RW", value: 0x40 },
  { name: "IORING_SETUP_R_DISABLED", value: 0x80 },
];

export const io_uring_setup_feats: readonly FlagEntry[] = [
  { name: "IORING_FEAT_SINGLE_MMAP", value: 1 },
  { name: "IORING_FEAT_NODROP", value: 2 },
  { name: "IORING_FEAT_SUBMIT_STABLE", value: 4 },
  { name: "IORING_FEAT_RW_CUR_POS", value: 8 },
  { name: "IORING_FEAT_CUR_PERSONALITY", value: 0x10 },
  { name: "IORING_FEAT_FAST_POLL", value: 0x20 },
  { name: "IORING_FEAT_POLL_32BITS", value: 0x40 },
  { name: "IORING_FEAT_SQPOLL_NONFIXED", value: 0x80 },
  { name: "IORING_FEAT_ENTER_EXT_ARG", value: 0x100 },
  { name: "IORING_FEAT_NATIVE_WORKERS", value: 0x200 },
  { name: "IORING_FEAT_RSRC_TAGS", value: 0x400 },
];

export const io_uring_enter_flags: readonly FlagEntry[] = [
  { name: "IORING_ENTER_GETEVENTS", value: 1 },
  { name: "IORING_ENTER_SQ_WAKEUP", value: 2 },
  { name: "IORING_ENTER_SQ_WAIT", value: 4 },
  { name: "IORING_ENTER_EXT_ARG", value: 8 },
];

export const io_uring_register_opcodes: readonly FlagEntry[] = [
  { name: "IORING_REGISTER_BUFFERS", value: 0 },
  { name: "IORING_UNREGISTER_BUFFERS", value: 1 },
  { name: "IORING_REGISTER_FILES", value: 2 },
  { name: "IORING_UNREGISTER_FILES", value: 3 },
  { name: "IORING_REGISTER_EVENTFD", value: 4 },
  { name: "IORING_UNREGISTER_EVENTFD", value: 5 },
  { name: "IORING_REGISTER_FILES_UPDATE", value: 6 },
  { name: "IORING_REGISTER_EVENTFD_ASYNC", value: 7 },
  { name: "IORING_REGISTER_PROBE", value: 8 },
  { name: "IORING_REGISTER_PERSONALITY", value: 9 },
  { name: "IORING_UNREGISTER_PERSONALITY", value: 0xa },
  { name: "IORING_REGISTER_RESTRICTIONS", value: 0xb },
  { name: "IORING_REGISTER_ENABLE_RINGS", value: 0xc },
  { name: "IORING_REGISTER_FILES2", value: 0xd },
  { name: "IORING_REGISTER_FILES_UPDATE2", value: 0xe },
  { name: "IORING_REGISTER_BUFFERS2", value: 0xf },
  { name: "IORING_REGISTER_BUFFERS_UPDATE", value: 0x10 },
  { name: "IORING_REGISTER_IOWQ_AFF", value: 0x11 },
  { name: "IORING_UNREGISTER_IOWQ_AFF", value: 0x12 },
  { name: "IORING_REGISTER_IOWQ_MAX_WORKERS", value: 0x13 },
  { name: "IORING_REGISTER_RING_FDS", value: 0x14 },
  { name: "IORING_UNREGISTER_RING_FDS", value: 0x15 },
];

export const mlockall_flags: readonly FlagEntry[] = [
  { name: "MCL_CURRENT", value: 1 },
  { name: "MCL_FUTURE", value: 2 },
  { name: "MCL_ONFAULT", value: 4 },
];

export const mlock2_flags: readonly FlagEntry[] = [
  { name: "MLOCK_ONFAULT", value: 1 },
];

export const fsconfig_cmds: readonly FlagEntry[] = [
  { name: "FSCONFIG_SET_FLAG", value: 0 },
  { name: "FSCONFIG_SET_STRING", value: 1 },
  { name: "FSCONFIG_SET_BINARY", value: 2 },
  { name: "FSCONFIG_SET_PATH", value: 3 },
  { name: "FSCONFIG_SET_PATH_EMPTY", value: 4 },
  { name: "FSCONFIG_SET_FD", value: 5 },
  { name: "FSCONFIG_CMD_CREATE", value: 6 },
  { name: "FSCONFIG_CMD_RECONFIGURE", value: 7 },
];

export const epoll_create1_flags: readonly FlagEntry[] = [
  { name: "EPOLL_CLOEXEC", value: 1 },
];

export const prctl_options: readonly FlagEntry[] = [
  { name: "PR_GET_DUMPABLE", value: 3 },
  { name: "PR_SET_DUMPABLE", value: 4 },
  { name: "PR_GET_KEEPCAPS", value: 7 },
  { name: "PR_SET_KEEPCAPS", value: 8 },
  { name: "PR_SET_NAME", value: 0xf },
  { name: "PR_GET_NAME", value: 0x10 },
  { name: "PR_GET_SECCOMP", value: 0x15 },
  { name: "PR_SET_SECCOMP", value: 0x16 },
  { name: "PR_CAPBSET_READ", value: 0x17 },
  { name: "PR_CAPBSET_DROP", value: 0x18 },
  { name: "PR_GET_SECUREBITS", value: 0x1b },
  { name: "PR_SET_SECUREBITS", value: 0x1c },
  { name: "PR_MCE_KILL", value: 0x21 },
  { name: "PR_MCE_KILL", value: 0x21 },
  { name: "PR_SET_MM", value: 0x23 },
  { name: "PR_SET_CHILD_SUBREAPER", value: 0x24 },
  { name: "PR_GET_CHILD_SUBREAPER", value: 0x25 },
  { name: "PR_SET_NO_NEW_PRIVS", value: 0x26 },
  { name: "PR_GET_NO_NEW_PRIVS", value: 0x27 },
  { name: "PR_GET_TID_ADDRESS", value: 0x28 },
  { name: "PR_SET_THP_DISABLE", value: 0x29 },
  { name: "PR_GET_THP_DISABLE", value: 0x2a },
  { name: "PR_CAP_AMBIENT", value: 0x2f },
];

export const keyctl_operations: readonly FlagEntry[] = [
  { name: "KEYCTL_GET_KEYRING_ID", value: 0 },
  { name: "KEYCTL_JOIN_SESSION_KEYRING", value: 1 },
  { name: "KEYCTL_UPDATE", value: 2 },
  { name: "KEYCTL_REVOKE", value: 3 },
  { name: "KEYCTL_CHOWN", value: 4 },
  { name: "KEYCTL_SETPERM", value: 5 },
  { name: "KEYCTL_DESCRIBE", value: 6 },
  { name: "KEYCTL_CLEAR", value: 7 },
  { name: "KEYCTL_LINK", value: 8 },
  { name: "KEYCTL_UNLINK", value: 9 },
  { name: "KEYCTL_SEARCH", value: 0xa },
  { name: "KEYCTL_READ", value: 0xb },
  { name: "KEYCTL_INSTANTIATE", value: 0xc },
  { name: "KEYCTL_NEGATE", value: 0xd },
  { name: "KEYCTL_SET_REQKEY_KEYRING", value: 0xe },
  { name: "KEYCTL_SET_TIMEOUT", value: 0xf },
  { name: "KEYCTL_ASSUME_AUTHORITY", value: 0x10 },
  { name: "KEYCTL_GET_SECURITY", value: 0x11 },
  { name: "KEYCTL_SESSION_TO_PARENT", value: 0x12 },
  { name: "KEYCTL_REJECT", value: 0x13 },
  { name: "KEYCTL_INSTANTIATE_IOV", value: 0x14 },
  { name: "KEYCTL_INVALIDATE", value: 0x15 },
  { name: "KEYCTL_GET_PERSISTENT", value: 0x16 },
  { name: "KEYCTL_DH_COMPUTE", value: 0x17 },
  { name: "KEYCTL_PKEY_QUERY", value: 0x18 },
  { name: "KEYCTL_PKEY_ENCRYPT", value: 0x19 },
  { name: "KEYCTL_PKEY_DECRYPT", value: 0x1a },
  { name: "KEYCTL_PKEY_SIGN", value: 0x1b },
  { name: "KEYCTL_PKEY_VERIFY", value: 0x1c },
  { name: "KEYCTL_RESTRICT_KEYRING", value: 0x1d },
  { name: "KEYCTL_MOVE", value: 0x1e },
  { name: "KEYCTL_CAPABILITIES", value: 0x1f },
  { name: "KEYCTL_WATCH_KEY", value: 0x20 },
];

export const memfd_create_flags: readonly FlagEntry[] = [
  { name: "MFD_CLOEXEC", value: 1 },
  { name: "MFD_ALLOW_SEALING", value: 2 },
  { name: "MFD_HUGETLB", value: 4 },
];

export const pidfd_open_flags: readonly FlagEntry[] = [
  { name: "PIDFD_NONBLOCK", value: 1 },
];

export const mknod_mode: readonly FlagEntry[] = [
  { name: "S_IXOTH", value: 1 },
  { name: "S_IWOTH", value: 2 },
  { name: "S_IROTH", value: 4 },
  { name: "S_IXGRP", value: 8 },
  { name: "S_IWGRP", value: 0x10 },
  { name: "S_IRGRP", value: 0x20 },
  { name: "S_IXUSR", value: 0x40 },
  { name: "S_IWUSR", value: 0x80 },
  { name: "S_IRUSR", value: 0x100 },
  { name: "S_ISVTX", value: 0x200 },
  { name: "S_ISGID", value: 0x400 },
  { name: "S_ISUID", value: 0x800 },
  { name: "S_IFREG", value: 0x8000 },
  { name: "S_IFCHR", value: 0x2000 },
  { name: "S_IFBLK", value: 0x6000 },
  { name: "S_IFIFO", value: 0x1000 },
  { name: "S_IFSOCK", value: 0xc000 },
];

export const bpf_commands: readonly FlagEntry[] = [
  { name: "BPF_MAP_CREATE", value: 0 },
  { name: "BPF_MAP_LOOKUP_ELEM", value: 1 },
  { name: "BPF_MAP_UPDATE_ELEM", value: 2 },
  { name: "BPF_MAP_DELETE_ELEM", value: 3 },
  { name: "BPF_MAP_GET_NEXT_KEY", value: 4 },
  { name: "BPF_PROG_LOAD", value: 5 },
  { name: "BPF_OBJ_PIN", value: 6 },
  { name: "BPF_OBJ_GET", value: 7 },
  { name: "BPF_PROG_ATTACH", value: 8 },
  { name: "BPF_PROG_DETACH", value: 9 },
  { name: "BPF_PROG_TEST_RUN", value: 0xa },
  { name: "BPF_PROG_RUN", value: 0xa },
  { name: "BPF_PROG_GET_NEXT_ID", value: 0xb },
  { name: "BPF_MAP_GET_NEXT_ID", value: 0xc },
  { name: "BPF_PROG_GET_FD_BY_ID", value: 0xd },
  { name: "BPF_MAP_GET_FD_BY_ID", value: 0xe },
  { name: "BPF_OBJ_GET_INFO_BY_FD", value: 0xf },
  { name: "BPF_PROG_QUERY", value: 0x10 },
  { name: "BPF_RAW_TRACEPOINT_OPEN", value: 0x11 },
  { name: "BPF_BTF_LOAD", value: 0x12 },
  { name: "BPF_BTF_GET_FD_BY_ID", value: 0x13 },
  { name: "BPF_TASK_FD_QUERY", value: 0x14 },
  { name: "BPF_MAP_LOOKUP_AND_DELETE_ELEM", value: 0x15 },
  { name: "BPF_MAP_FREEZE", value: 0x16 },
  { name: "BPF_BTF_GET_NEXT_ID", value: 0x17 },
  { name: "BPF_MAP_LOOKUP_BATCH", value: 0x18 },
  { name: "BPF_MAP_LOOKUP_AND_DELETE_BATCH", value: 0x19 },
  { name: "BPF_MAP_UPDATE_BATCH", value: 0x1a },
  { name: "BPF_MAP_DELETE_BATCH", value: 0x1b },
  { name: "BPF_LINK_CREATE", value: 0x1c },
  { name: "BPF_LINK_UPDATE", value: 0x1d },
  { name: "BPF_LINK_GET_FD_BY_ID", value: 0x1e },
  { name: "BPF_LINK_GET_NEXT_ID", value: 0x1f },
  { name: "BPF_ENABLE_STATS", value: 0x20 },
  { name: "BPF_ITER_CREATE", value: 0x21 },
  { name: "BPF_LINK_DETACH", value: 0x22 },
  { name: "BPF_PROG_BIND_MAP", value: 0x23 },
];

export const delete_module_flags: readonly FlagEntry[] = [
  { name: "O_NONBLOCK", value: 2 },
  { name: "O_TRUNC", value: 1 },
];

export const close_range_flags: readonly FlagEntry[] = [
  { name: "CLOSE_RANGE_UNSHARE", value: 2 },
  { name: "CLOSE_RANGE_CLOEXEC", value: 4 },
];

export const finit_module_flags: readonly FlagEntry[] = [
  { name: "MODULE_INIT_IGNORE_MODVERSIONS", value: 1 },
  { name: "MODULE_INIT_IGNORE_VERMAGIC", value: 2 },
  { name: "MODULE_INIT_COMPRESSED_FILE", value: 4 },
];

export const anon_inode_fd_types: readonly FlagEntry[] = [
  { name: "ANON_INODE_FD_TYPE_UNKNOWN", value: 0 },
  { name: "ANON_INODE_FD_TYPE_EVENTFD", value: 1 },
  { name: "ANON_INODE_FD_TYPE_EVENTPOLL", value: 2 },
  { name: "ANON_INODE_FD_TYPE_INOTIFY", value: 3 },
  { name: "ANON_INODE_FD_TYPE_SIGNALFD", value: 4 },
  { name: "ANON_INODE_FD_TYPE_TIMERFD", value: 5 },
  { name: "ANON_INODE_FD_TYPE_IO_URING", value: 6 },
  { name: "ANON_INODE_FD_TYPE_USERFAULTFD", value: 7 },
  { name: "ANON_INODE_FD_TYPE_PIDFD", value: 8 },
  { name: "ANON_INODE_FD_TYPE_BPF_MAP", value: 9 },
  { name: "ANON_INODE_FD_TYPE_BPF_PROG", value: 0xa },
  { name: "ANON_INODE_FD_TYPE_BPF_LINK", value: 0xb },
  { name: "ANON_INODE_FD_TYPE_BPF_ITER", value: 0xc },
  { name: "ANON_INODE_FD_TYPE_PERF_EVENT", value: 0xd },
];

/* dynamic param tables from driver/dynamic_params_table.c (index = PPM_*_IDX_* value). */
export const sockopt_dynamic_param: readonly DynParamInfo[] = [
  { name: "", type: 10 /* BYTEBUF */, format: 2 /* HEX */ }, // [0]
  { name: "", type: 11 /* ERRNO */, format: 1 /* DEC */ }, // [1]
  { name: "", type: 7 /* UINT32 */, format: 1 /* DEC */ }, // [2]
  { name: "", type: 8 /* UINT64 */, format: 1 /* DEC */ }, // [3]
  { name: "", type: 20 /* RELTIME */, format: 1 /* DEC */ }, // [4]
];

export const ptrace_dynamic_param: readonly DynParamInfo[] = [
  { name: "", type: 8 /* UINT64 */, format: 2 /* HEX */ }, // [0]
  { name: "", type: 19 /* SIGTYPE */, format: 1 /* DEC */ }, // [1]
];

export const bpf_dynamic_param: readonly DynParamInfo[] = [
  { name: "", type: 14 /* FD */, format: 1 /* DEC */ }, // [0]
  { name: "", type: 11 /* ERRNO */, format: 1 /* DEC */ }, // [1]
];

export const keyctl_dynamic_param: readonly DynParamInfo[] = [
  { name: "", type: 4 /* INT64 */, format: 1 /* DEC */ }, // [0]
  { name: "", type: 9 /* CHARBUF */, format: 0 /* NA */ }, // [1]
];
