/* File events: open/openat/openat2/creat, close, read/write. */
#ifndef TSYSDIG_FILL_FILES_H
#define TSYSDIG_FILL_FILES_H

#define PATH_PARAM_MAX 4096

/* AT_FDCWD (-100) has the same value in sysdig's recording, so dirfds pass through. */
static __always_inline __s64 dirfd_arg(__u64 raw)
{
	return (__s32)raw;
}

/* The device of the file a successful open returned, from the new fd. */
static __always_inline __u32 opened_dev(__s64 fd)
{
	if (fd < 0)
		return 0;
	return file_dev(task_fd_file(bpf_get_current_task_btf(), fd));
}

FILLER_ENTER(fill_open_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_OPEN_E, PPME_SYSCALL_OPEN_E_NPARAMS))
		return 0;
	__u64 flags = syscall_arg(regs, 1);
	put_user_str(&w, (const void *)syscall_arg(regs, 0), PATH_PARAM_MAX);
	put_u32(&w, open_flags_to_scap(flags));
	put_u32(&w, open_mode_to_scap(flags, syscall_arg(regs, 2)));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_open_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_OPEN_X, PPME_SYSCALL_OPEN_X_NPARAMS))
		return 0;
	__s64 fd = syscall_ret(regs);
	__u64 flags = syscall_arg(regs, 1);
	put_s64(&w, fd);
	put_user_str(&w, (const void *)syscall_arg(regs, 0), PATH_PARAM_MAX);
	put_u32(&w, open_flags_to_scap(flags));
	put_u32(&w, open_mode_to_scap(flags, syscall_arg(regs, 2)));
	put_u32(&w, opened_dev(fd));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_creat_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_CREAT_E, PPME_SYSCALL_CREAT_E_NPARAMS))
		return 0;
	put_user_str(&w, (const void *)syscall_arg(regs, 0), PATH_PARAM_MAX);
	put_u32(&w, open_mode_to_scap(K_O_CREAT, syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_creat_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_CREAT_X, PPME_SYSCALL_CREAT_X_NPARAMS))
		return 0;
	__s64 fd = syscall_ret(regs);
	put_s64(&w, fd);
	put_user_str(&w, (const void *)syscall_arg(regs, 0), PATH_PARAM_MAX);
	put_u32(&w, open_mode_to_scap(K_O_CREAT, syscall_arg(regs, 1)));
	put_u32(&w, opened_dev(fd));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_openat_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_OPENAT_2_E, PPME_SYSCALL_OPENAT_2_E_NPARAMS))
		return 0;
	__u64 flags = syscall_arg(regs, 2);
	put_s64(&w, dirfd_arg(syscall_arg(regs, 0)));
	put_user_str(&w, (const void *)syscall_arg(regs, 1), PATH_PARAM_MAX);
	put_u32(&w, open_flags_to_scap(flags));
	put_u32(&w, open_mode_to_scap(flags, syscall_arg(regs, 3)));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_openat_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_OPENAT_2_X, PPME_SYSCALL_OPENAT_2_X_NPARAMS))
		return 0;
	__s64 fd = syscall_ret(regs);
	__u64 flags = syscall_arg(regs, 2);
	put_s64(&w, fd);
	put_s64(&w, dirfd_arg(syscall_arg(regs, 0)));
	put_user_str(&w, (const void *)syscall_arg(regs, 1), PATH_PARAM_MAX);
	put_u32(&w, open_flags_to_scap(flags));
	put_u32(&w, open_mode_to_scap(flags, syscall_arg(regs, 3)));
	put_u32(&w, opened_dev(fd));
	writer_submit(&w);
	return 0;
}

/* openat2 takes a struct open_how { u64 flags; u64 mode; u64 resolve; } from user memory. */
struct open_how_copy {
	__u64 flags, mode, resolve;
};

static __always_inline void read_open_how(struct pt_regs *regs, struct open_how_copy *how)
{
	__builtin_memset(how, 0, sizeof(*how));
	bpf_probe_read_user(how, sizeof(*how), (const void *)syscall_arg(regs, 2));
}

FILLER_ENTER(fill_openat2_e)
{
	struct event_writer w;
	struct open_how_copy how;
	if (!writer_begin(&w, PPME_SYSCALL_OPENAT2_E, PPME_SYSCALL_OPENAT2_E_NPARAMS))
		return 0;
	read_open_how(regs, &how);
	put_s64(&w, dirfd_arg(syscall_arg(regs, 0)));
	put_user_str(&w, (const void *)syscall_arg(regs, 1), PATH_PARAM_MAX);
	put_u32(&w, open_flags_to_scap(how.flags));
	put_u32(&w, open_mode_to_scap(how.flags, how.mode));
	put_u32(&w, openat2_resolve_to_scap(how.resolve));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_openat2_x)
{
	struct event_writer w;
	struct open_how_copy how;
	if (!writer_begin(&w, PPME_SYSCALL_OPENAT2_X, PPME_SYSCALL_OPENAT2_X_NPARAMS))
		return 0;
	read_open_how(regs, &how);
	put_s64(&w, syscall_ret(regs));
	put_s64(&w, dirfd_arg(syscall_arg(regs, 0)));
	put_user_str(&w, (const void *)syscall_arg(regs, 1), PATH_PARAM_MAX);
	put_u32(&w, open_flags_to_scap(how.flags));
	put_u32(&w, open_mode_to_scap(how.flags, how.mode));
	put_u32(&w, openat2_resolve_to_scap(how.resolve));
	writer_submit(&w);
	return 0;
}

/* Enter events whose only parameter is the fd in the first argument (close, fsync, ...). */
static __always_inline void fill_fd_enter(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 1))
		return;
	put_s64(&w, (__s32)syscall_arg(regs, 0));
	writer_submit(&w);
}

/* Exit events whose only parameter is the return value. */
static __always_inline void fill_res_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 1))
		return;
	put_s64(&w, syscall_ret(regs));
	writer_submit(&w);
}

FILLER_ENTER(fill_close_e)
{
	fill_fd_enter(regs, PPME_SYSCALL_CLOSE_E);
	return 0;
}

FILLER_EXIT(fill_close_x)
{
	fill_res_exit(regs, PPME_SYSCALL_CLOSE_X);
	return 0;
}

/* read/write enter: fd and requested size. */
static __always_inline void fill_fd_size_enter(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 2))
		return;
	put_s64(&w, (__s32)syscall_arg(regs, 0));
	put_u32(&w, (__u32)syscall_arg(regs, 2));
	writer_submit(&w);
}

/* read/pread exit: result and the data read, up to the snaplen (none when the call failed). */
static __always_inline void fill_res_data_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 2))
		return;
	__s64 res = syscall_ret(regs);
	put_s64(&w, res);
	put_io_data(&w, (const void *)syscall_arg(regs, 1), res);
	writer_submit(&w);
}

/* write/pwrite exit: result and the start of the buffer passed (the requested size cut at the
 * snaplen), whatever the call returned: the driver records the data a write was given. */
static __always_inline void fill_res_wdata_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 2))
		return;
	put_s64(&w, syscall_ret(regs));
	put_io_data(&w, (const void *)syscall_arg(regs, 1), (__s64)syscall_arg(regs, 2));
	writer_submit(&w);
}

FILLER_ENTER(fill_read_e)
{
	fill_fd_size_enter(regs, PPME_SYSCALL_READ_E);
	return 0;
}

FILLER_EXIT(fill_read_x)
{
	fill_res_data_exit(regs, PPME_SYSCALL_READ_X);
	return 0;
}

FILLER_ENTER(fill_write_e)
{
	fill_fd_size_enter(regs, PPME_SYSCALL_WRITE_E);
	return 0;
}

FILLER_EXIT(fill_write_x)
{
	fill_res_wdata_exit(regs, PPME_SYSCALL_WRITE_X);
	return 0;
}

#endif
