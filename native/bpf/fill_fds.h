/* File-descriptor events: positioned and vectored I/O (pread64/pwrite64, readv/writev,
 * preadv/pwritev), fd duplication (dup/dup2/dup3), fd-creating calls (pipe/pipe2,
 * eventfd/eventfd2, signalfd/signalfd4, timerfd_create, inotify_init/inotify_init1), fcntl,
 * lseek, sendfile, splice, flock, ioctl and fstat, in sysdig 0.29.3's parameter order.
 *
 * Several 0.29.3 events carry fixed placeholder values where the driver does not decode the
 * argument (eventfd's flags, signalfd's mask and flags, timerfd_create's clockid and flags,
 * inotify_init's flags: all 0); dup2/dup3 and pipe2 share dup's and pipe's events, so their
 * extra arguments are not recorded. */
#ifndef TSYSDIG_FILL_FDS_H
#define TSYSDIG_FILL_FDS_H

/* ---- flag translations (x86_64 uapi values to PPM_* values) ---- */

/* fcntl commands: F_DUPFD 0 ... F_GETOWN_EX 16 (12..14 are the 32-bit-only *LK64 commands,
 * unknown on x86_64), F_OFD_* 36..38, and the Linux-specific ones from 1024. 0 = unknown. */
static const __u8 fcntl_low_to_scap[17] = {
	1, 2, 3, 4, 5,  /* DUPFD GETFD SETFD GETFL SETFL */
	6, 8, 9,        /* GETLK SETLK SETLKW */
	10, 12, 13, 15, /* SETOWN GETOWN SETSIG GETSIG */
	0, 0, 0,        /* GETLK64 SETLK64 SETLKW64 */
	21, 22,         /* SETOWN_EX GETOWN_EX */
};

static const __u8 fcntl_linux_to_scap[9] = {
	23, 24, 27, /* SETLEASE GETLEASE NOTIFY */
	0, 0,
	25, 26,     /* CANCELLK DUPFD_CLOEXEC */
	28, 29,     /* SETPIPE_SZ GETPIPE_SZ */
};

static __always_inline __u8 fcntl_cmd_to_scap(__u64 cmd)
{
	if (cmd < 17)
		return fcntl_low_to_scap[cmd & 31];
	if (cmd >= 36 && cmd <= 38)
		return (__u8)(cmd - 36 + 30); /* OFD_GETLK OFD_SETLK OFD_SETLKW */
	if (cmd >= 1024 && cmd < 1024 + 9)
		return fcntl_linux_to_scap[(cmd - 1024) & 15];
	return 0;
}

/* SEEK_SET/CUR/END keep their values; SEEK_DATA, SEEK_HOLE and others are recorded as 0. */
static __always_inline __u8 lseek_whence_to_scap(__u64 whence)
{
	return whence <= 2 ? (__u8)whence : 0;
}

/* LOCK_SH 1, LOCK_EX 2, LOCK_NB 4, LOCK_UN 8 have the PPM_LOCK_* values. */
static __always_inline __u32 flock_op_to_scap(__u64 op)
{
	return (__u32)(op & 0xf);
}

/* ---- positioned I/O ---- */

/* pread64/pwrite64 enter: fd, requested size, file position. */
static __always_inline void fill_pio_enter(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 3))
		return;
	put_s64(&w, int_arg(regs, 0));
	put_u32(&w, (__u32)syscall_arg(regs, 2));
	put_u64(&w, syscall_arg(regs, 3));
	writer_submit(&w);
}

FILLER_ENTER(fill_pread_e) { fill_pio_enter(regs, PPME_SYSCALL_PREAD_E); return 0; }
FILLER_EXIT(fill_pread_x) { fill_res_data_exit(regs, PPME_SYSCALL_PREAD_X); return 0; }
FILLER_ENTER(fill_pwrite_e) { fill_pio_enter(regs, PPME_SYSCALL_PWRITE_E); return 0; }
FILLER_EXIT(fill_pwrite_x) { fill_res_wdata_exit(regs, PPME_SYSCALL_PWRITE_X); return 0; }

/* ---- vectored I/O ---- */

/* The iovecs of a vector call: arguments 1 (array) and 2 (count). */
static __always_inline struct iov_walk *walk_iovecs(struct event_writer *w, struct pt_regs *regs,
						    __u32 at, __u64 limit, int sum_all)
{
	return walk_iov(w, syscall_arg(regs, 1), syscall_arg(regs, 2), at, limit, sum_all);
}

/* Enter of writev/pwritev: the fd and the total size of the buffers. */
static __always_inline void put_fd_iov_size(struct event_writer *w, struct pt_regs *regs)
{
	put_s64(w, int_arg(regs, 0));
	struct iov_walk *st = walk_iovecs(w, regs, 0, 0, 1);
	put_u32(w, st ? (__u32)st->total : 0);
}

/* Exit of readv/preadv: the result, the size read (the buffers' total, cut to the result when
 * the call succeeded; the driver compares unsigned, so a failed call keeps the total) and the
 * data read, up to the snaplen. */
static __always_inline void fill_readv_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 3))
		return;
	__s64 res = syscall_ret(regs);
	put_s64(&w, res);
	struct iov_walk *st = walk_iovecs(&w, regs, w.off + 4, res > 0 ? (__u64)res : 0, 1);
	__u64 size = st ? st->total : 0;
	if (size > (__u64)res)
		size = (__u64)res;
	put_u32(&w, (__u32)size);
	put_gathered(&w, res > 0 ? st : NULL);
	writer_submit(&w);
}

/* Exit of writev/pwritev: the result and the start of the data written, up to the snaplen,
 * whatever the call returned (as the driver records it). */
static __always_inline void fill_writev_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 2))
		return;
	put_s64(&w, syscall_ret(regs));
	struct iov_walk *st = walk_iovecs(&w, regs, w.off, MAX_PARAM_BYTES - 1, 0);
	put_gathered(&w, st);
	writer_submit(&w);
}

FILLER_ENTER(fill_readv_e) { fill_fd_enter(regs, PPME_SYSCALL_READV_E); return 0; }
FILLER_EXIT(fill_readv_x) { fill_readv_exit(regs, PPME_SYSCALL_READV_X); return 0; }

FILLER_ENTER(fill_writev_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_WRITEV_E, PPME_SYSCALL_WRITEV_E_NPARAMS))
		return 0;
	put_fd_iov_size(&w, regs);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_writev_x) { fill_writev_exit(regs, PPME_SYSCALL_WRITEV_X); return 0; }

/* preadv/pwritev pass the position in argument 3 (its high half in 4 is unused on 64-bit). */
FILLER_ENTER(fill_preadv_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_PREADV_E, PPME_SYSCALL_PREADV_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u64(&w, syscall_arg(regs, 3));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_preadv_x) { fill_readv_exit(regs, PPME_SYSCALL_PREADV_X); return 0; }

FILLER_ENTER(fill_pwritev_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_PWRITEV_E, PPME_SYSCALL_PWRITEV_E_NPARAMS))
		return 0;
	put_fd_iov_size(&w, regs);
	put_u64(&w, syscall_arg(regs, 3));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_pwritev_x) { fill_writev_exit(regs, PPME_SYSCALL_PWRITEV_X); return 0; }

/* ---- fd duplication and creation ---- */

/* dup, dup2 and dup3 all record dup's event: the old fd on enter, the new one on exit. */
FILLER_ENTER(fill_dup_e) { fill_fd_enter(regs, PPME_SYSCALL_DUP_E); return 0; }
FILLER_EXIT(fill_dup_x) { fill_res_exit(regs, PPME_SYSCALL_DUP_X); return 0; }

/* pipe/pipe2 exit: the result, the two fds the call stored and the inode of the pipe (from the
 * first fd). */
FILLER_ENTER(fill_pipe_e) { fill_empty_event(PPME_SYSCALL_PIPE_E); return 0; }
FILLER_EXIT(fill_pipe_x)
{
	struct event_writer w;
	__s32 fds[2] = {};
	if (!writer_begin(&w, PPME_SYSCALL_PIPE_X, PPME_SYSCALL_PIPE_X_NPARAMS))
		return 0;
	bpf_probe_read_user(fds, sizeof(fds), (const void *)syscall_arg(regs, 0));
	put_s64(&w, syscall_ret(regs));
	put_s64(&w, fds[0]);
	put_s64(&w, fds[1]);
	struct file *f = task_fd_file(bpf_get_current_task_btf(), fds[0]);
	put_u64(&w, f ? BPF_CORE_READ(f, f_inode, i_ino) : 0);
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_eventfd_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_EVENTFD_E, PPME_SYSCALL_EVENTFD_E_NPARAMS))
		return 0;
	put_u64(&w, syscall_arg(regs, 0));
	put_u32(&w, 0);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_eventfd_x) { fill_res_exit(regs, PPME_SYSCALL_EVENTFD_X); return 0; }

FILLER_ENTER(fill_signalfd_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_SIGNALFD_E, PPME_SYSCALL_SIGNALFD_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u32(&w, 0);
	put_u8(&w, 0);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_signalfd_x) { fill_res_exit(regs, PPME_SYSCALL_SIGNALFD_X); return 0; }

FILLER_ENTER(fill_timerfd_create_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_TIMERFD_CREATE_E, PPME_SYSCALL_TIMERFD_CREATE_E_NPARAMS))
		return 0;
	put_u8(&w, 0);
	put_u8(&w, 0);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_timerfd_create_x) { fill_res_exit(regs, PPME_SYSCALL_TIMERFD_CREATE_X); return 0; }

FILLER_ENTER(fill_inotify_init_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_INOTIFY_INIT_E, PPME_SYSCALL_INOTIFY_INIT_E_NPARAMS))
		return 0;
	put_u8(&w, 0);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_inotify_init_x) { fill_res_exit(regs, PPME_SYSCALL_INOTIFY_INIT_X); return 0; }

/* ---- fd control ---- */

FILLER_ENTER(fill_fcntl_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_FCNTL_E, PPME_SYSCALL_FCNTL_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u8(&w, fcntl_cmd_to_scap(syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_fcntl_x) { fill_res_exit(regs, PPME_SYSCALL_FCNTL_X); return 0; }

FILLER_ENTER(fill_lseek_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_LSEEK_E, PPME_SYSCALL_LSEEK_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u64(&w, syscall_arg(regs, 1));
	put_u8(&w, lseek_whence_to_scap(syscall_arg(regs, 2)));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_lseek_x) { fill_res_exit(regs, PPME_SYSCALL_LSEEK_X); return 0; }

/* The file offset sendfile reads from and updates through its third argument; 0 without one. */
static __always_inline __u64 sendfile_offset(struct pt_regs *regs)
{
	__s64 off = 0;
	__u64 ptr = syscall_arg(regs, 2);
	if (ptr && bpf_probe_read_user(&off, sizeof(off), (const void *)ptr) != 0)
		off = 0;
	return (__u64)off;
}

FILLER_ENTER(fill_sendfile_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_SENDFILE_E, PPME_SYSCALL_SENDFILE_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_s64(&w, int_arg(regs, 1));
	put_u64(&w, sendfile_offset(regs));
	put_u64(&w, syscall_arg(regs, 3));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_sendfile_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_SENDFILE_X, PPME_SYSCALL_SENDFILE_X_NPARAMS))
		return 0;
	put_s64(&w, syscall_ret(regs));
	put_u64(&w, sendfile_offset(regs));
	writer_submit(&w);
	return 0;
}

/* splice(fd_in, off_in, fd_out, off_out, len, flags): SPLICE_F_* have the PPM values. */
FILLER_ENTER(fill_splice_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_SPLICE_E, PPME_SYSCALL_SPLICE_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_s64(&w, int_arg(regs, 2));
	put_u64(&w, syscall_arg(regs, 4));
	put_u32(&w, (__u32)syscall_arg(regs, 5));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_splice_x) { fill_res_exit(regs, PPME_SYSCALL_SPLICE_X); return 0; }

FILLER_ENTER(fill_flock_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_FLOCK_E, PPME_SYSCALL_FLOCK_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u32(&w, flock_op_to_scap(syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_flock_x) { fill_res_exit(regs, PPME_SYSCALL_FLOCK_X); return 0; }

FILLER_ENTER(fill_ioctl_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_IOCTL_3_E, PPME_SYSCALL_IOCTL_3_E_NPARAMS))
		return 0;
	put_s64(&w, int_arg(regs, 0));
	put_u64(&w, syscall_arg(regs, 1));
	put_u64(&w, syscall_arg(regs, 2));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_ioctl_x) { fill_res_exit(regs, PPME_SYSCALL_IOCTL_3_X); return 0; }

FILLER_ENTER(fill_fstat_e) { fill_fd_enter(regs, PPME_SYSCALL_FSTAT_E); return 0; }
FILLER_EXIT(fill_fstat_x) { fill_res_exit(regs, PPME_SYSCALL_FSTAT_X); return 0; }

#endif
