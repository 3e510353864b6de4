/* Kernel flag values (x86_64 uapi) translated into the portable flag values sysdig records
 * (PPM_* in falcosecurity/libs' ppm_events_public.h), which its flag tables name. */
#ifndef TSYSDIG_FLAG_CONV_H
#define TSYSDIG_FLAG_CONV_H

/* uapi open(2) flags on x86_64 */
#define K_O_ACCMODE 03
#define K_O_WRONLY 01
#define K_O_RDWR 02
#define K_O_CREAT 0100
#define K_O_EXCL 0200
#define K_O_TRUNC 01000
#define K_O_APPEND 02000
#define K_O_NONBLOCK 04000
#define K_O_DSYNC 010000
#define K_O_DIRECT 040000
#define K_O_LARGEFILE 0100000
#define K_O_DIRECTORY 0200000
#define K_O_CLOEXEC 02000000
#define K_O_SYNC_BIT 04000000
#define K_O_TMPFILE_BIT 020000000

/* One kernel flag bit moved to its recorded position, without a branch: a conditional per flag
 * would give the verifier 2^n paths to walk. `kernel` is a single-bit constant. */
#define MOVE_FLAG(value, kernel, scap) ((__u32)(((value) >> __builtin_ctzll(kernel)) & 1) << __builtin_ctz(scap))

static __always_inline __u32 open_flags_to_scap(__u64 value)
{
	__u32 out = MOVE_FLAG(value, K_O_CREAT, 1 << 2) | MOVE_FLAG(value, K_O_APPEND, 1 << 3) |
		    MOVE_FLAG(value, K_O_DSYNC, 1 << 4) | MOVE_FLAG(value, K_O_EXCL, 1 << 5) |
		    MOVE_FLAG(value, K_O_NONBLOCK, 1 << 6) | MOVE_FLAG(value, K_O_SYNC_BIT, 1 << 7) |
		    MOVE_FLAG(value, K_O_TRUNC, 1 << 8) | MOVE_FLAG(value, K_O_DIRECT, 1 << 9) |
		    MOVE_FLAG(value, K_O_DIRECTORY, 1 << 10) | MOVE_FLAG(value, K_O_LARGEFILE, 1 << 11) |
		    MOVE_FLAG(value, K_O_CLOEXEC, 1 << 12) | MOVE_FLAG(value, K_O_TMPFILE_BIT, 1 << 13);
	/* access mode: O_RDONLY (0) -> RDONLY, O_WRONLY -> WRONLY, O_RDWR -> both bits */
	__u32 acc = value & K_O_ACCMODE;
	return out | ((acc == 0) | ((acc & K_O_WRONLY) << 1) | ((acc & K_O_RDWR) ? 3 : 0));
}

/* The creation mode only means something when the call may create a file. */
static __always_inline __u32 open_mode_to_scap(__u64 flags, __u64 mode)
{
	if (!(flags & (K_O_CREAT | K_O_TMPFILE_BIT)))
		return 0;
	return (__u32)(mode & 07777); /* PPM_S_* share the POSIX octal values */
}

static __always_inline __u32 openat2_resolve_to_scap(__u64 value)
{
	return MOVE_FLAG(value, 0x08, 1 << 0) |  /* RESOLVE_BENEATH */
	       MOVE_FLAG(value, 0x10, 1 << 1) |  /* RESOLVE_IN_ROOT */
	       MOVE_FLAG(value, 0x02, 1 << 2) |  /* RESOLVE_NO_MAGICLINKS */
	       MOVE_FLAG(value, 0x04, 1 << 3) |  /* RESOLVE_NO_SYMLINKS */
	       MOVE_FLAG(value, 0x01, 1 << 4) |  /* RESOLVE_NO_XDEV */
	       MOVE_FLAG(value, 0x20, 1 << 5);   /* RESOLVE_CACHED */
}

static __always_inline __u32 clone_flags_to_scap(__u64 value)
{
	return MOVE_FLAG(value, 0x00000400, 1 << 0) /* CLONE_FILES */ |
		MOVE_FLAG(value, 0x00000200, 1 << 1) /* CLONE_FS */ |
		MOVE_FLAG(value, 0x80000000, 1 << 2) /* CLONE_IO */ |
		MOVE_FLAG(value, 0x08000000, 1 << 3) /* CLONE_NEWIPC */ |
		MOVE_FLAG(value, 0x40000000, 1 << 4) /* CLONE_NEWNET */ |
		MOVE_FLAG(value, 0x00020000, 1 << 5) /* CLONE_NEWNS */ |
		MOVE_FLAG(value, 0x20000000, 1 << 6) /* CLONE_NEWPID */ |
		MOVE_FLAG(value, 0x04000000, 1 << 7) /* CLONE_NEWUTS */ |
		MOVE_FLAG(value, 0x00008000, 1 << 8) /* CLONE_PARENT */ |
		MOVE_FLAG(value, 0x00100000, 1 << 9) /* CLONE_PARENT_SETTID */ |
		MOVE_FLAG(value, 0x00002000, 1 << 10) /* CLONE_PTRACE */ |
		MOVE_FLAG(value, 0x00000800, 1 << 11) /* CLONE_SIGHAND */ |
		MOVE_FLAG(value, 0x00040000, 1 << 12) /* CLONE_SYSVSEM */ |
		MOVE_FLAG(value, 0x00010000, 1 << 13) /* CLONE_THREAD */ |
		MOVE_FLAG(value, 0x00800000, 1 << 14) /* CLONE_UNTRACED */ |
		MOVE_FLAG(value, 0x00000100, 1 << 15) /* CLONE_VM */ |
		MOVE_FLAG(value, 0x10000000, 1 << 20) /* CLONE_NEWUSER */ |
		MOVE_FLAG(value, 0x00200000, 1 << 23) /* CLONE_CHILD_CLEARTID */ |
		MOVE_FLAG(value, 0x01000000, 1 << 24) /* CLONE_CHILD_SETTID */ |
		MOVE_FLAG(value, 0x00080000, 1 << 25) /* CLONE_SETTLS */ |
		MOVE_FLAG(value, 0x00004000, 1 << 27) /* CLONE_VFORK */ |
		MOVE_FLAG(value, 0x02000000, 1 << 28) /* CLONE_NEWCGROUP */;
}
#define SCAP_CL_CHILD_IN_PIDNS (1 << 29)

static __always_inline __u32 execveat_flags_to_scap(__u64 value)
{
	return MOVE_FLAG(value, 0x1000, 1 << 0) | /* AT_EMPTY_PATH */
	       MOVE_FLAG(value, 0x100, 1 << 1);   /* AT_SYMLINK_NOFOLLOW */
}

#endif
