/* Miscellaneous syscall events: user and group ids, ptrace, memory (mmap/munmap/brk), waiting
 * (poll/ppoll, select, epoll_wait, futex, nanosleep), signals (kill/tkill/tgkill), resource
 * limits, namespaces (setns/unshare), working directory (chdir/fchdir) and sessions
 * (setsid/setpgid), in sysdig 0.29.3's parameter order.
 *
 * Where sysdig's driver drops the whole event because user memory could not be read (a bad
 * timespec, rlimit or poll array pointer), these fillers record the event with a neutral value
 * instead (0, -1 for limits, an empty fd list), so the enter/exit pairing stays intact. */
#ifndef TSYSDIG_FILL_MISC_H
#define TSYSDIG_FILL_MISC_H

#define POLL_MAX_FDS 256 /* fds recorded per poll call; each takes 10 bytes in the FDLIST */
#define FDLIST_MAX_BYTES (2 + POLL_MAX_FDS * 10)

/* Syscall arguments declared int (pid_t, fd, signal...): the kernel sees the low 32 bits. */
static __always_inline __s64 int_arg(struct pt_regs *regs, int n)
{
	return (__s32)syscall_arg(regs, n);
}

/* Events with no parameters. */
static __always_inline void fill_empty_event(__u16 type)
{
	struct event_writer w;
	if (writer_begin(&w, type, 0))
		writer_submit(&w);
}

/* Events whose parameters are the first `n` integer arguments (int-sized), as s64. */
static __always_inline void fill_int_args(struct pt_regs *regs, __u16 type, int n)
{
	struct event_writer w;
	if (!writer_begin(&w, type, n))
		return;
	for (int i = 0; i < 3; i++)
		if (i < n)
			put_s64(&w, int_arg(regs, i));
	writer_submit(&w);
}

/* Events whose parameters are the first `n` arguments as 32-bit ids (uid/gid). */
static __always_inline void fill_id_args(struct pt_regs *regs, __u16 type, int n)
{
	struct event_writer w;
	if (!writer_begin(&w, type, n))
		return;
	for (int i = 0; i < 3; i++)
		if (i < n)
			put_u32(&w, (__u32)syscall_arg(regs, i));
	writer_submit(&w);
}

/* Exit events whose only parameter is the return value as a 32-bit id (getuid & co). */
static __always_inline void fill_id_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 1))
		return;
	put_u32(&w, (__u32)syscall_ret(regs));
	writer_submit(&w);
}

/* A struct timespec from user memory as nanoseconds (RELTIME); 0 when unreadable. */
static __always_inline __u64 user_timespec_ns(__u64 ptr)
{
	struct { __s64 sec, nsec; } ts = {};
	if (!ptr || bpf_probe_read_user(&ts, sizeof(ts), (const void *)ptr) != 0)
		return 0;
	return (__u64)ts.sec * 1000000000ULL + (__u64)ts.nsec;
}

/* ---- flag translations (x86_64 uapi values to PPM_* values) ---- */

static __always_inline __u32 prot_flags_to_scap(__u64 v)
{
	return MOVE_FLAG(v, 0x1, 1 << 0) |        /* PROT_READ */
	       MOVE_FLAG(v, 0x2, 1 << 1) |        /* PROT_WRITE */
	       MOVE_FLAG(v, 0x4, 1 << 2) |        /* PROT_EXEC */
	       MOVE_FLAG(v, 0x8, 1 << 3) |        /* PROT_SEM */
	       MOVE_FLAG(v, 0x01000000, 1 << 4) | /* PROT_GROWSDOWN */
	       MOVE_FLAG(v, 0x02000000, 1 << 5);  /* PROT_GROWSUP */
}

static __always_inline __u32 mmap_flags_to_scap(__u64 v)
{
	return MOVE_FLAG(v, 0x1, 1 << 0) |      /* MAP_SHARED */
	       MOVE_FLAG(v, 0x2, 1 << 1) |      /* MAP_PRIVATE */
	       MOVE_FLAG(v, 0x10, 1 << 2) |     /* MAP_FIXED */
	       MOVE_FLAG(v, 0x20, 1 << 3) |     /* MAP_ANONYMOUS */
	       MOVE_FLAG(v, 0x40, 1 << 4) |     /* MAP_32BIT */
	       MOVE_FLAG(v, 0x4000, 1 << 6) |   /* MAP_NORESERVE */
	       MOVE_FLAG(v, 0x8000, 1 << 7) |   /* MAP_POPULATE */
	       MOVE_FLAG(v, 0x10000, 1 << 8) |  /* MAP_NONBLOCK */
	       MOVE_FLAG(v, 0x100, 1 << 9) |    /* MAP_GROWSDOWN */
	       MOVE_FLAG(v, 0x800, 1 << 10) |   /* MAP_DENYWRITE */
	       MOVE_FLAG(v, 0x1000, 1 << 11) |  /* MAP_EXECUTABLE */
	       MOVE_FLAG(v, 0x2000, 1 << 14);   /* MAP_LOCKED (MAP_FILE is 0 on Linux) */
}

static __always_inline __u16 poll_events_to_scap(__u64 v)
{
	return MOVE_FLAG(v, 0x1, 1 << 0) |    /* POLLIN */
	       MOVE_FLAG(v, 0x2, 1 << 1) |    /* POLLPRI */
	       MOVE_FLAG(v, 0x4, 1 << 2) |    /* POLLOUT */
	       MOVE_FLAG(v, 0x2000, 1 << 3) | /* POLLRDHUP */
	       MOVE_FLAG(v, 0x8, 1 << 4) |    /* POLLERR */
	       MOVE_FLAG(v, 0x10, 1 << 5) |   /* POLLHUP */
	       MOVE_FLAG(v, 0x20, 1 << 6) |   /* POLLNVAL */
	       MOVE_FLAG(v, 0x40, 1 << 7) |   /* POLLRDNORM */
	       MOVE_FLAG(v, 0x80, 1 << 8) |   /* POLLRDBAND */
	       MOVE_FLAG(v, 0x100, 1 << 9) |  /* POLLWRNORM */
	       MOVE_FLAG(v, 0x200, 1 << 10);  /* POLLWRBAND */
}

/* futex: the command (FUTEX_WAIT 0 ... FUTEX_CMP_REQUEUE_PI 12 keep their values, later ones
 * are unknown to sysdig's table and read as 0) plus FUTEX_PRIVATE_FLAG (128) and
 * FUTEX_CLOCK_REALTIME (256), which keep theirs. */
static __always_inline __u16 futex_op_to_scap(__u64 op)
{
	__u32 cmd = op & 127;
	__u32 known = (cmd <= 12);
	return (__u16)((cmd & (0U - known)) | (op & 128) | (op & 256));
}

/* RLIMIT_CPU 0 ... RLIMIT_RTTIME 15 have the same values; others are PPM_RLIMIT_UNKNOWN. */
static __always_inline __u8 rlimit_resource_to_scap(__u64 r)
{
	return r <= 15 ? (__u8)r : 255;
}

#define PPM_PTRACE_PEEKTEXT 2
#define PPM_PTRACE_PEEKDATA 3
#define PPM_PTRACE_PEEKUSR 4
#define PPM_PTRACE_CONT 8
#define PPM_PTRACE_SINGLESTEP 10
#define PPM_PTRACE_DETACH 12
#define PPM_PTRACE_SYSCALL 13
#define PPM_PTRACE_IDX_UINT64 0
#define PPM_PTRACE_IDX_SIGTYPE 1

/* ptrace requests 0..33 (x86_64) and 0x4200..0x420b to PPM_PTRACE_*; 0 = unknown. */
static const __u8 ptrace_low_to_scap[34] = {
	[0] = 1,   /* TRACEME */
	[1] = 2,   /* PEEKTEXT */
	[2] = 3,   /* PEEKDATA */
	[3] = 4,   /* PEEKUSR */
	[4] = 5,   /* POKETEXT */
	[5] = 6,   /* POKEDATA */
	[6] = 7,   /* POKEUSR */
	[7] = 8,   /* CONT */
	[8] = 9,   /* KILL */
	[9] = 10,  /* SINGLESTEP */
	[12] = 26, /* GETREGS */
	[13] = 27, /* SETREGS */
	[14] = 28, /* GETFPREGS */
	[15] = 29, /* SETFPREGS */
	[16] = 11, /* ATTACH */
	[17] = 12, /* DETACH */
	[18] = 30, /* GETFPXREGS */
	[19] = 31, /* SETFPXREGS */
	[21] = 32, /* OLDSETOPTIONS */
	[24] = 13, /* SYSCALL */
	[25] = 33, /* GET_THREAD_AREA */
	[26] = 34, /* SET_THREAD_AREA */
	[30] = 35, /* ARCH_PRCTL */
	[31] = 36, /* SYSEMU */
	[32] = 37, /* SYSEMU_SINGLESTEP */
	[33] = 38, /* SINGLEBLOCK */
};

static const __u8 ptrace_high_to_scap[12] = {
	14, /* 0x4200 SETOPTIONS */
	15, /* GETEVENTMSG */
	16, /* GETSIGINFO */
	17, /* SETSIGINFO */
	18, /* GETREGSET */
	19, /* SETREGSET */
	20, /* SEIZE */
	21, /* INTERRUPT */
	22, /* LISTEN */
	23, /* PEEKSIGINFO */
	24, /* GETSIGMASK */
	25, /* SETSIGMASK */
};

static __always_inline __u16 ptrace_request_to_scap(__u64 req)
{
	if (req < 34)
		return ptrace_low_to_scap[req & 63];
	if (req >= 0x4200 && req < 0x4200 + 12)
		return ptrace_high_to_scap[(req - 0x4200) & 15];
	return 0;
}

/* ---- ids ---- */

FILLER_ENTER(fill_setuid_e) { fill_id_args(regs, PPME_SYSCALL_SETUID_E, 1); return 0; }
FILLER_EXIT(fill_setuid_x) { fill_res_exit(regs, PPME_SYSCALL_SETUID_X); return 0; }
FILLER_ENTER(fill_setgid_e) { fill_id_args(regs, PPME_SYSCALL_SETGID_E, 1); return 0; }
FILLER_EXIT(fill_setgid_x) { fill_res_exit(regs, PPME_SYSCALL_SETGID_X); return 0; }
FILLER_ENTER(fill_setresuid_e) { fill_id_args(regs, PPME_SYSCALL_SETRESUID_E, 3); return 0; }
FILLER_EXIT(fill_setresuid_x) { fill_res_exit(regs, PPME_SYSCALL_SETRESUID_X); return 0; }
FILLER_ENTER(fill_setresgid_e) { fill_id_args(regs, PPME_SYSCALL_SETRESGID_E, 3); return 0; }
FILLER_EXIT(fill_setresgid_x) { fill_res_exit(regs, PPME_SYSCALL_SETRESGID_X); return 0; }

FILLER_ENTER(fill_getuid_e) { fill_empty_event(PPME_SYSCALL_GETUID_E); return 0; }
FILLER_EXIT(fill_getuid_x) { fill_id_exit(regs, PPME_SYSCALL_GETUID_X); return 0; }
FILLER_ENTER(fill_geteuid_e) { fill_empty_event(PPME_SYSCALL_GETEUID_E); return 0; }
FILLER_EXIT(fill_geteuid_x) { fill_id_exit(regs, PPME_SYSCALL_GETEUID_X); return 0; }
FILLER_ENTER(fill_getgid_e) { fill_empty_event(PPME_SYSCALL_GETGID_E); return 0; }
FILLER_EXIT(fill_getgid_x) { fill_id_exit(regs, PPME_SYSCALL_GETGID_X); return 0; }
FILLER_ENTER(fill_getegid_e) { fill_empty_event(PPME_SYSCALL_GETEGID_E); return 0; }
FILLER_EXIT(fill_getegid_x) { fill_id_exit(regs, PPME_SYSCALL_GETEGID_X); return 0; }

/* getresuid/getresgid exit: the result and the three ids the call stored in user memory. */
static __always_inline void fill_getres_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 4))
		return;
	put_s64(&w, syscall_ret(regs));
	for (int i = 0; i < 3; i++) {
		__u32 id = 0;
		bpf_probe_read_user(&id, sizeof(id), (const void *)syscall_arg(regs, i));
		put_u32(&w, id);
	}
	writer_submit(&w);
}

FILLER_ENTER(fill_getresuid_e) { fill_empty_event(PPME_SYSCALL_GETRESUID_E); return 0; }
FILLER_EXIT(fill_getresuid_x) { fill_getres_exit(regs, PPME_SYSCALL_GETRESUID_X); return 0; }
FILLER_ENTER(fill_getresgid_e) { fill_empty_event(PPME_SYSCALL_GETRESGID_E); return 0; }
FILLER_EXIT(fill_getresgid_x) { fill_getres_exit(regs, PPME_SYSCALL_GETRESGID_X); return 0; }

/* ---- sessions, namespaces, working directory ---- */

FILLER_ENTER(fill_setsid_e) { fill_empty_event(PPME_SYSCALL_SETSID_E); return 0; }
FILLER_EXIT(fill_setsid_x) { fill_res_exit(regs, PPME_SYSCALL_SETSID_X); return 0; }
FILLER_ENTER(fill_setpgid_e) { fill_int_args(regs, PPME_SYSCALL_SETPGID_E, 2); return 0; }
FILLER_EXIT(fill_setpgid_x) { fill_res_exit(regs, PPME_SYSCALL_SETPGID_X); return 0; }

FILLER_ENTER(fill_setns_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_SETNS_E, PPME_SYSCALL_SETNS_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u32(&w, clone_flags_to_scap(syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_setns_x) { fill_res_exit(regs, PPME_SYSCALL_SETNS_X); return 0; }

FILLER_ENTER(fill_unshare_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_UNSHARE_E, PPME_SYSCALL_UNSHARE_E_NPARAMS))
		return 0;
	put_u32(&w, clone_flags_to_scap(syscall_arg(regs, 0)));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_unshare_x) { fill_res_exit(regs, PPME_SYSCALL_UNSHARE_X); return 0; }

FILLER_ENTER(fill_chdir_e) { fill_empty_event(PPME_SYSCALL_CHDIR_E); return 0; }
FILLER_EXIT(fill_chdir_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_CHDIR_X, PPME_SYSCALL_CHDIR_X_NPARAMS))
		return 0;
	put_s64(&w, syscall_ret(regs));
	put_user_str(&w, (const void *)syscall_arg(regs, 0), MAX_PARAM_BYTES);
	writer_submit(&w);
	return 0;
}
FILLER_ENTER(fill_fchdir_e) { fill_fd_enter(regs, PPME_SYSCALL_FCHDIR_E); return 0; }
FILLER_EXIT(fill_fchdir_x) { fill_res_exit(regs, PPME_SYSCALL_FCHDIR_X); return 0; }

/* ---- signals ---- */

/* kill/tkill (pid, sig) and tgkill (pid, tid, sig): ids as s64, the signal as one byte. */
static __always_inline void fill_kill_enter(struct pt_regs *regs, __u16 type, int nids)
{
	struct event_writer w;
	if (!writer_begin(&w, type, nids + 1))
		return;
	put_s64(&w, int_arg(regs, 0));
	if (nids > 1)
		put_s64(&w, int_arg(regs, 1));
	put_u8(&w, (__u8)syscall_arg(regs, nids));
	writer_submit(&w);
}

FILLER_ENTER(fill_kill_e) { fill_kill_enter(regs, PPME_SYSCALL_KILL_E, 1); return 0; }
FILLER_EXIT(fill_kill_x) { fill_res_exit(regs, PPME_SYSCALL_KILL_X); return 0; }
FILLER_ENTER(fill_tkill_e) { fill_kill_enter(regs, PPME_SYSCALL_TKILL_E, 1); return 0; }
FILLER_EXIT(fill_tkill_x) { fill_res_exit(regs, PPME_SYSCALL_TKILL_X); return 0; }
FILLER_ENTER(fill_tgkill_e) { fill_kill_enter(regs, PPME_SYSCALL_TGKILL_E, 2); return 0; }
FILLER_EXIT(fill_tgkill_x) { fill_res_exit(regs, PPME_SYSCALL_TGKILL_X); return 0; }

/* ---- resource limits ---- */

struct rlimit_copy {
	__s64 cur, max;
};

static __always_inline int read_rlimit(__u64 ptr, struct rlimit_copy *rl)
{
	rl->cur = -1;
	rl->max = -1;
	if (!ptr || bpf_probe_read_user(rl, sizeof(*rl), (const void *)ptr) != 0) {
		rl->cur = -1;
		rl->max = -1;
		return 0;
	}
	return 1;
}

static __always_inline void fill_rlimit_enter(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 1))
		return;
	put_u8(&w, rlimit_resource_to_scap(syscall_arg(regs, 0)));
	writer_submit(&w);
}

/* getrlimit: the limit read back on success, -1 otherwise; setrlimit: the limit requested. */
static __always_inline void fill_rlimit_exit(struct pt_regs *regs, __u16 type, int always)
{
	struct event_writer w;
	struct rlimit_copy rl = { -1, -1 };
	if (!writer_begin(&w, type, 3))
		return;
	__s64 res = syscall_ret(regs);
	put_s64(&w, res);
	if (res >= 0 || always)
		read_rlimit(syscall_arg(regs, 1), &rl);
	put_s64(&w, rl.cur);
	put_s64(&w, rl.max);
	writer_submit(&w);
}

FILLER_ENTER(fill_getrlimit_e) { fill_rlimit_enter(regs, PPME_SYSCALL_GETRLIMIT_E); return 0; }
FILLER_EXIT(fill_getrlimit_x) { fill_rlimit_exit(regs, PPME_SYSCALL_GETRLIMIT_X, 0); return 0; }
FILLER_ENTER(fill_setrlimit_e) { fill_rlimit_enter(regs, PPME_SYSCALL_SETRLIMIT_E); return 0; }
FILLER_EXIT(fill_setrlimit_x) { fill_rlimit_exit(regs, PPME_SYSCALL_SETRLIMIT_X, 1); return 0; }

FILLER_ENTER(fill_prlimit_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_PRLIMIT_E, PPME_SYSCALL_PRLIMIT_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u8(&w, rlimit_resource_to_scap(syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}

/* prlimit64 exit: the new limit (when the call succeeded) and the old one (-1 when not asked
 * for). */
FILLER_EXIT(fill_prlimit_x)
{
	struct event_writer w;
	struct rlimit_copy newl = { -1, -1 }, oldl = { -1, -1 };
	if (!writer_begin(&w, PPME_SYSCALL_PRLIMIT_X, PPME_SYSCALL_PRLIMIT_X_NPARAMS))
		return 0;
	__s64 res = syscall_ret(regs);
	if (res >= 0)
		read_rlimit(syscall_arg(regs, 2), &newl);
	read_rlimit(syscall_arg(regs, 3), &oldl);
	put_s64(&w, res);
	put_s64(&w, newl.cur);
	put_s64(&w, newl.max);
	put_s64(&w, oldl.cur);
	put_s64(&w, oldl.max);
	writer_submit(&w);
	return 0;
}

/* ---- memory ---- */

FILLER_ENTER(fill_brk_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_BRK_4_E, PPME_SYSCALL_BRK_4_E_NPARAMS))
		return 0;
	put_u64(&w, syscall_arg(regs, 0));
	writer_submit(&w);
	return 0;
}

/* brk/mmap/munmap exit: the result and the memory triple after the call. */
static __always_inline void fill_mem_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 4))
		return;
	put_s64(&w, syscall_ret(regs));
	put_vm_stats(&w, bpf_get_current_task_btf());
	writer_submit(&w);
}

FILLER_EXIT(fill_brk_x) { fill_mem_exit(regs, PPME_SYSCALL_BRK_4_X); return 0; }

FILLER_ENTER(fill_mmap_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_MMAP_E, PPME_SYSCALL_MMAP_E_NPARAMS))
		return 0;
	put_u64(&w, syscall_arg(regs, 0));
	put_u64(&w, syscall_arg(regs, 1));
	put_u32(&w, prot_flags_to_scap(syscall_arg(regs, 2)));
	put_u32(&w, mmap_flags_to_scap(syscall_arg(regs, 3)));
	put_s64(&w, int_arg(regs, 4));
	put_u64(&w, syscall_arg(regs, 5));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_mmap_x) { fill_mem_exit(regs, PPME_SYSCALL_MMAP_X); return 0; }

FILLER_ENTER(fill_munmap_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_MUNMAP_E, PPME_SYSCALL_MUNMAP_E_NPARAMS))
		return 0;
	put_u64(&w, syscall_arg(regs, 0));
	put_u64(&w, syscall_arg(regs, 1));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_munmap_x) { fill_mem_exit(regs, PPME_SYSCALL_MUNMAP_X); return 0; }

/* ---- ptrace ---- */

FILLER_ENTER(fill_ptrace_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_PTRACE_E, PPME_SYSCALL_PTRACE_E_NPARAMS))
		return 0;
	put_u16(&w, ptrace_request_to_scap(syscall_arg(regs, 0)));
	put_s64(&w, int_arg(regs, 1));
	writer_submit(&w);
	return 0;
}

/* A DYNAMIC parameter: the type index byte, then the value in that type's size. */
static __always_inline void put_dyn_u64(struct event_writer *w, __u64 v)
{
	w->buf[w->off & OFFSET_MASK] = PPM_PTRACE_IDX_UINT64;
	*(__u64 *)&w->buf[(w->off + 1) & OFFSET_MASK] = v;
	writer_param_done(w, 9);
}

static __always_inline void put_dyn_sig(struct event_writer *w, __u8 sig)
{
	w->buf[w->off & OFFSET_MASK] = PPM_PTRACE_IDX_SIGTYPE;
	w->buf[(w->off + 1) & OFFSET_MASK] = sig;
	writer_param_done(w, 2);
}

/* ptrace exit: addr as a number; data as the word a PEEK request stored, the signal a resuming
 * request delivers, or the number passed; both 0 when the call failed. */
FILLER_EXIT(fill_ptrace_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_PTRACE_X, PPME_SYSCALL_PTRACE_X_NPARAMS))
		return 0;
	__s64 res = syscall_ret(regs);
	put_s64(&w, res);
	if (res < 0) {
		put_dyn_u64(&w, 0);
		put_dyn_u64(&w, 0);
		writer_submit(&w);
		return 0;
	}
	__u16 req = ptrace_request_to_scap(syscall_arg(regs, 0));
	__u64 data = syscall_arg(regs, 3);
	put_dyn_u64(&w, syscall_arg(regs, 2));
	if (req == PPM_PTRACE_PEEKTEXT || req == PPM_PTRACE_PEEKDATA || req == PPM_PTRACE_PEEKUSR) {
		__u64 word = 0;
		bpf_probe_read_user(&word, sizeof(word), (const void *)data);
		put_dyn_u64(&w, word);
	} else if (req == PPM_PTRACE_CONT || req == PPM_PTRACE_SINGLESTEP || req == PPM_PTRACE_DETACH ||
		   req == PPM_PTRACE_SYSCALL) {
		put_dyn_sig(&w, (__u8)data);
	} else {
		put_dyn_u64(&w, data);
	}
	writer_submit(&w);
	return 0;
}

/* ---- waiting ---- */

FILLER_ENTER(fill_futex_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_FUTEX_E, PPME_SYSCALL_FUTEX_E_NPARAMS))
		return 0;
	put_u64(&w, syscall_arg(regs, 0));
	put_u16(&w, futex_op_to_scap(syscall_arg(regs, 1)));
	put_u64(&w, syscall_arg(regs, 2));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_futex_x) { fill_res_exit(regs, PPME_SYSCALL_FUTEX_X); return 0; }

FILLER_ENTER(fill_nanosleep_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_NANOSLEEP_E, PPME_SYSCALL_NANOSLEEP_E_NPARAMS))
		return 0;
	put_u64(&w, user_timespec_ns(syscall_arg(regs, 0)));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_nanosleep_x) { fill_res_exit(regs, PPME_SYSCALL_NANOSLEEP_X); return 0; }

FILLER_ENTER(fill_epoll_wait_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_EPOLLWAIT_E, PPME_SYSCALL_EPOLLWAIT_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 2)); /* maxevents */
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_epoll_wait_x) { fill_res_exit(regs, PPME_SYSCALL_EPOLLWAIT_X); return 0; }

FILLER_ENTER(fill_select_e) { fill_empty_event(PPME_SYSCALL_SELECT_E); return 0; }
FILLER_EXIT(fill_select_x) { fill_res_exit(regs, PPME_SYSCALL_SELECT_X); return 0; }

/* One struct pollfd of the copy in the work area's args[] to "fd (s64), flags (s16)" in out[]:
 * the requested events on enter; on exit only the fds that returned events, with those. */
static long pollfd_step(__u32 i, void *data)
{
	struct work_area *wa = ((struct work_ref *)data)->wa;
	if (i >= wa->items)
		return 1;
	__u32 at = (i * 8) & (ARGS_AREA_BYTES - 1);
	__s32 fd = *(__s32 *)&wa->args[at];
	__u16 events = *(__u16 *)&wa->args[at + 4];
	__u16 revents = *(__u16 *)&wa->args[at + 6];
	if (wa->items_mode && !revents)
		return 0;
	__u32 o = wa->out_len;
	if (o > FDLIST_MAX_BYTES - 10)
		return 1;
	*(__s64 *)&wa->out[o & 4095] = fd;
	*(__u16 *)&wa->out[(o + 8) & 4095] = poll_events_to_scap(wa->items_mode ? revents : events);
	wa->out_len = o + 10;
	wa->items_out++;
	return 0;
}

/* poll/ppoll's fd list (FDLIST: u16 count, then count x (s64 fd, s16 flags)). */
static __always_inline void put_poll_fds(struct event_writer *w, struct pt_regs *regs, int exit)
{
	struct work_ref ref = { .wa = work_area() };
	struct work_area *wa = ref.wa;
	if (!wa) {
		put_empty(w);
		return;
	}
	__u64 nfds = syscall_arg(regs, 1);
	if (nfds > POLL_MAX_FDS)
		nfds = POLL_MAX_FDS;
	wa->items = 0;
	wa->items_mode = exit;
	wa->items_out = 0;
	wa->out_len = 2;
	if (nfds && bpf_probe_read_user(wa->args, (nfds * 8) & (ARGS_AREA_BYTES - 1),
					(const void *)syscall_arg(regs, 0)) == 0)
		wa->items = nfds;
	bpf_loop(POLL_MAX_FDS, pollfd_step, &ref, 0);
	*(__u16 *)&wa->out[0] = (__u16)wa->items_out;
	__u32 len = wa->out_len;
	if (len > FDLIST_MAX_BYTES)
		len = FDLIST_MAX_BYTES;
	len &= MAX_PARAM_BYTES - 1;
	bpf_probe_read_kernel(&w->buf[w->off & OFFSET_MASK], len, wa->out);
	writer_param_done(w, len);
}

FILLER_ENTER(fill_poll_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_POLL_E, PPME_SYSCALL_POLL_E_NPARAMS))
		return 0;
	put_poll_fds(&w, regs, 0);
	put_s64(&w, int_arg(regs, 2));
	writer_submit(&w);
	return 0;
}

/* poll and ppoll exits: the result and the fds that returned events. */
static __always_inline void fill_poll_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 2))
		return;
	put_s64(&w, syscall_ret(regs));
	put_poll_fds(&w, regs, 1);
	writer_submit(&w);
}

FILLER_EXIT(fill_poll_x) { fill_poll_exit(regs, PPME_SYSCALL_POLL_X); return 0; }

FILLER_ENTER(fill_ppoll_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_PPOLL_E, PPME_SYSCALL_PPOLL_E_NPARAMS))
		return 0;
	put_poll_fds(&w, regs, 0);
	__u64 tmo = syscall_arg(regs, 2);
	put_u64(&w, tmo ? user_timespec_ns(tmo) : (__u64)-1); /* no timeout: all ones */
	__u64 mask = syscall_arg(regs, 3);
	__u32 sigset = 0;
	if (mask)
		bpf_probe_read_user(&sigset, sizeof(sigset), (const void *)mask);
	put_u32(&w, sigset);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_ppoll_x) { fill_poll_exit(regs, PPME_SYSCALL_PPOLL_X); return 0; }

#endif
