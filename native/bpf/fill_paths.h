/* Path events: unlink/unlinkat, rename/renameat/renameat2, mkdir/mkdirat, rmdir,
 * chmod/fchmod/fchmodat, link/linkat, symlink/symlinkat, mount/umount2, access, stat/lstat, in
 * sysdig 0.29.3's parameter order. Most record nothing on enter and everything on exit, where
 * the paths are still in user memory. (chown & co., faccessat and newfstatat have no event of
 * their own in 0.29.3: they stay generic syscall events.) */
#ifndef TSYSDIG_FILL_PATHS_H
#define TSYSDIG_FILL_PATHS_H

/* AT_REMOVEDIR (0x200), AT_SYMLINK_FOLLOW (0x400) and AT_EMPTY_PATH (0x1000) have the same values
 * as PPM_AT_*; other bits are dropped. */
#define K_AT_REMOVEDIR 0x200
#define K_AT_SYMLINK_FOLLOW 0x400
#define K_AT_EMPTY_PATH 0x1000

/* MS_MGC_VAL: the magic old programs put in the high half of mount's flags. */
#define K_MS_MGC_MASK 0xffff0000ULL
#define K_MS_MGC_VAL 0xc0ed0000ULL

/* A path argument: the string from user memory, or "(NULL)" for a null pointer as the driver
 * records it. */
static __always_inline void put_user_path(struct event_writer *w, __u64 ptr)
{
	if (ptr) {
		put_user_str(w, (const void *)ptr, PATH_PARAM_MAX);
		return;
	}
	__builtin_memcpy(&w->buf[w->off & OFFSET_MASK], "(NULL)", 7);
	writer_param_done(w, 7);
}

/* Mode bits of chmod & co.: PPM_S_* share the POSIX octal values. */
static __always_inline __u32 chmod_mode_to_scap(__u64 mode)
{
	return (__u32)(mode & 07777);
}

/* Exit events made of the result and the first `n` arguments as paths. */
static __always_inline void fill_res_paths(struct pt_regs *regs, __u16 type, int n)
{
	struct event_writer w;
	if (!writer_begin(&w, type, n + 1))
		return;
	put_s64(&w, syscall_ret(regs));
	for (int i = 0; i < 3; i++)
		if (i < n)
			put_user_path(&w, syscall_arg(regs, i));
	writer_submit(&w);
}

/* Exits of renameat/renameat2/linkat: result, old dirfd and path, new dirfd and path. */
static __always_inline void put_res_two_dirfd_paths(struct event_writer *w, struct pt_regs *regs)
{
	put_s64(w, syscall_ret(regs));
	put_s64(w, dirfd_arg(syscall_arg(regs, 0)));
	put_user_path(w, syscall_arg(regs, 1));
	put_s64(w, dirfd_arg(syscall_arg(regs, 2)));
	put_user_path(w, syscall_arg(regs, 3));
}

/* Exits of unlinkat/mkdirat/fchmodat: result, dirfd, path and a 32-bit flags/mode value. */
static __always_inline void fill_res_dirfd_path_u32(struct pt_regs *regs, __u16 type, __u32 v)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 4))
		return;
	put_s64(&w, syscall_ret(regs));
	put_s64(&w, dirfd_arg(syscall_arg(regs, 0)));
	put_user_path(&w, syscall_arg(regs, 1));
	put_u32(&w, v);
	writer_submit(&w);
}

/* ---- removing and renaming ---- */

FILLER_ENTER(fill_unlink_e) { fill_empty_event(PPME_SYSCALL_UNLINK_2_E); return 0; }
FILLER_EXIT(fill_unlink_x) { fill_res_paths(regs, PPME_SYSCALL_UNLINK_2_X, 1); return 0; }

FILLER_ENTER(fill_unlinkat_e) { fill_empty_event(PPME_SYSCALL_UNLINKAT_2_E); return 0; }
FILLER_EXIT(fill_unlinkat_x)
{
	fill_res_dirfd_path_u32(regs, PPME_SYSCALL_UNLINKAT_2_X, (__u32)syscall_arg(regs, 2) & K_AT_REMOVEDIR);
	return 0;
}

FILLER_ENTER(fill_rmdir_e) { fill_empty_event(PPME_SYSCALL_RMDIR_2_E); return 0; }
FILLER_EXIT(fill_rmdir_x) { fill_res_paths(regs, PPME_SYSCALL_RMDIR_2_X, 1); return 0; }

FILLER_ENTER(fill_rename_e) { fill_empty_event(PPME_SYSCALL_RENAME_E); return 0; }
FILLER_EXIT(fill_rename_x) { fill_res_paths(regs, PPME_SYSCALL_RENAME_X, 2); return 0; }

FILLER_ENTER(fill_renameat_e) { fill_empty_event(PPME_SYSCALL_RENAMEAT_E); return 0; }
FILLER_EXIT(fill_renameat_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_RENAMEAT_X, PPME_SYSCALL_RENAMEAT_X_NPARAMS))
		return 0;
	put_res_two_dirfd_paths(&w, regs);
	writer_submit(&w);
	return 0;
}

/* RENAME_NOREPLACE/EXCHANGE/WHITEOUT have the PPM_RENAME_* values: recorded as passed. */
FILLER_ENTER(fill_renameat2_e) { fill_empty_event(PPME_SYSCALL_RENAMEAT2_E); return 0; }
FILLER_EXIT(fill_renameat2_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_RENAMEAT2_X, PPME_SYSCALL_RENAMEAT2_X_NPARAMS))
		return 0;
	put_res_two_dirfd_paths(&w, regs);
	put_u32(&w, (__u32)syscall_arg(regs, 4));
	writer_submit(&w);
	return 0;
}

/* ---- directories ---- */

/* mkdir's enter mode is a fixed 0 in 0.29.3 (the driver does not read the argument there). */
FILLER_ENTER(fill_mkdir_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_MKDIR_2_E, PPME_SYSCALL_MKDIR_2_E_NPARAMS))
		return 0;
	put_u32(&w, 0);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_mkdir_x) { fill_res_paths(regs, PPME_SYSCALL_MKDIR_2_X, 1); return 0; }

FILLER_ENTER(fill_mkdirat_e) { fill_empty_event(PPME_SYSCALL_MKDIRAT_E); return 0; }
FILLER_EXIT(fill_mkdirat_x)
{
	fill_res_dirfd_path_u32(regs, PPME_SYSCALL_MKDIRAT_X, (__u32)syscall_arg(regs, 2));
	return 0;
}

/* ---- permissions ---- */

FILLER_ENTER(fill_chmod_e) { fill_empty_event(PPME_SYSCALL_CHMOD_E); return 0; }
FILLER_EXIT(fill_chmod_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_CHMOD_X, PPME_SYSCALL_CHMOD_X_NPARAMS))
		return 0;
	put_s64(&w, syscall_ret(regs));
	put_user_path(&w, syscall_arg(regs, 0));
	put_u32(&w, chmod_mode_to_scap(syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_fchmod_e) { fill_empty_event(PPME_SYSCALL_FCHMOD_E); return 0; }
FILLER_EXIT(fill_fchmod_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_FCHMOD_X, PPME_SYSCALL_FCHMOD_X_NPARAMS))
		return 0;
	put_s64(&w, syscall_ret(regs));
	put_s64(&w, int_arg(regs, 0));
	put_u32(&w, chmod_mode_to_scap(syscall_arg(regs, 1)));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_fchmodat_e) { fill_empty_event(PPME_SYSCALL_FCHMODAT_E); return 0; }
FILLER_EXIT(fill_fchmodat_x)
{
	fill_res_dirfd_path_u32(regs, PPME_SYSCALL_FCHMODAT_X, chmod_mode_to_scap(syscall_arg(regs, 2)));
	return 0;
}

/* access: F_OK 0, X_OK 1, W_OK 2, R_OK 4 have the PPM values. */
FILLER_ENTER(fill_access_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_ACCESS_E, PPME_SYSCALL_ACCESS_E_NPARAMS))
		return 0;
	put_u32(&w, (__u32)syscall_arg(regs, 1) & 7);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_access_x) { fill_res_paths(regs, PPME_SYSCALL_ACCESS_X, 1); return 0; }

/* ---- links ---- */

FILLER_ENTER(fill_link_e) { fill_empty_event(PPME_SYSCALL_LINK_2_E); return 0; }
FILLER_EXIT(fill_link_x) { fill_res_paths(regs, PPME_SYSCALL_LINK_2_X, 2); return 0; }

FILLER_ENTER(fill_linkat_e) { fill_empty_event(PPME_SYSCALL_LINKAT_2_E); return 0; }
FILLER_EXIT(fill_linkat_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_LINKAT_2_X, PPME_SYSCALL_LINKAT_2_X_NPARAMS))
		return 0;
	put_res_two_dirfd_paths(&w, regs);
	put_u32(&w, (__u32)syscall_arg(regs, 4) & (K_AT_SYMLINK_FOLLOW | K_AT_EMPTY_PATH));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_symlink_e) { fill_empty_event(PPME_SYSCALL_SYMLINK_E); return 0; }
FILLER_EXIT(fill_symlink_x) { fill_res_paths(regs, PPME_SYSCALL_SYMLINK_X, 2); return 0; }

/* symlinkat(target, newdirfd, linkpath) */
FILLER_ENTER(fill_symlinkat_e) { fill_empty_event(PPME_SYSCALL_SYMLINKAT_E); return 0; }
FILLER_EXIT(fill_symlinkat_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_SYMLINKAT_X, PPME_SYSCALL_SYMLINKAT_X_NPARAMS))
		return 0;
	put_s64(&w, syscall_ret(regs));
	put_user_path(&w, syscall_arg(regs, 0));
	put_s64(&w, dirfd_arg(syscall_arg(regs, 1)));
	put_user_path(&w, syscall_arg(regs, 2));
	writer_submit(&w);
	return 0;
}

/* ---- mounts ---- */

/* mount(dev, dir, type, flags, data): the flags on enter (without the old magic), the strings on
 * exit. MS_* have the PPM_MS_* values. */
FILLER_ENTER(fill_mount_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_MOUNT_E, PPME_SYSCALL_MOUNT_E_NPARAMS))
		return 0;
	__u64 flags = syscall_arg(regs, 3);
	if ((flags & K_MS_MGC_MASK) == K_MS_MGC_VAL)
		flags &= ~K_MS_MGC_MASK;
	put_u32(&w, (__u32)flags);
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_mount_x) { fill_res_paths(regs, PPME_SYSCALL_MOUNT_X, 3); return 0; }

/* umount2(name, flags): MNT_FORCE/DETACH/EXPIRE and UMOUNT_NOFOLLOW have the PPM values. */
FILLER_ENTER(fill_umount_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_UMOUNT_E, PPME_SYSCALL_UMOUNT_E_NPARAMS))
		return 0;
	put_u32(&w, (__u32)syscall_arg(regs, 1));
	writer_submit(&w);
	return 0;
}
FILLER_EXIT(fill_umount_x) { fill_res_paths(regs, PPME_SYSCALL_UMOUNT_X, 1); return 0; }

/* ---- stat ---- */

FILLER_ENTER(fill_stat_e) { fill_empty_event(PPME_SYSCALL_STAT_E); return 0; }
FILLER_EXIT(fill_stat_x) { fill_res_paths(regs, PPME_SYSCALL_STAT_X, 1); return 0; }
FILLER_ENTER(fill_lstat_e) { fill_empty_event(PPME_SYSCALL_LSTAT_E); return 0; }
FILLER_EXIT(fill_lstat_x) { fill_res_paths(regs, PPME_SYSCALL_LSTAT_X, 1); return 0; }

#endif
