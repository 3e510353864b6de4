// SPDX-License-Identifier: GPL-2.0-only
/* tsysdig's CO-RE eBPF probe.
 *
 * sys_enter/sys_exit raw tracepoints route each syscall to the event pair sysdig 0.29.3's driver
 * records for it (probe_tables.gen.h); a filler program for that event, reached by tail call,
 * writes the event in the scap layout into the ring buffer (event_writer.h). Syscalls without a
 * filler here are recorded as sysdig's generic syscall event with their syscall code. Process exit
 * and scheduler switches come from their own tracepoints.
 *
 * Userspace (native/src) sizes the ring buffer, fills `settings`, `syscall_mask` and
 * `comm_filter`, attaches the programs whose names start with attach_, and drains the ring on a
 * timer: events are submitted without waking it. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "probe_abi.h"
#include "probe_tables.gen.h"
#include "event_writer.h"

char LICENSE[] SEC("license") = "GPL";

#ifndef container_of
#define container_of(ptr, type, member) ((type *)((void *)(ptr) - __builtin_offsetof(type, member)))
#endif

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, PROBE_SYSCALL_SLOTS);
	__type(key, __u32);
	__type(value, __u8);
} syscall_mask SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, PROBE_MAX_COMM_FILTERS);
	__type(key, __u32);
	__type(value, struct probe_comm);
} comm_filter SEC(".maps");

/* The n-th syscall argument (x86_64 calling convention), still in the saved registers at exit.
 * `regs` is a BTF pointer the tracepoint hands us: plain loads, no probe-read helper calls
 * (these run for every syscall). */
static __always_inline __u64 syscall_arg(struct pt_regs *regs, int n)
{
	switch (n) {
	case 0: return regs->di;
	case 1: return regs->si;
	case 2: return regs->dx;
	case 3: return regs->r10;
	case 4: return regs->r8;
	default: return regs->r9;
	}
}

/* The syscall's return value, at exit. */
static __always_inline __s64 syscall_ret(struct pt_regs *regs)
{
	return regs->ax;
}

static __always_inline void count_skipped(void)
{
	struct probe_counters *c = probe_counters();
	if (c)
		c->skipped++;
}

/* Capture on and not our own process; with check_comm, not a process the user's filter excludes
 * by name either. */
static __always_inline int should_record_task(int check_comm)
{
	struct probe_settings *cfg = probe_settings();
	if (!cfg || !cfg->capturing)
		return 0;
	if ((__u32)(bpf_get_current_pid_tgid() >> 32) == cfg->own_tgid)
		return 0;
	__u32 n = cfg->comm_filter_count;
	if (check_comm && n) {
		/* the process's name (its leader's comm), as sysdig's proc.name sees it: a thread that
		 * renamed itself keeps its process's name there. The kernel keeps comm NUL-padded, so
		 * two word loads compare it; the few names a filter excludes are scanned in order
		 * (cheaper than hashing, and this runs for every syscall of every process). */
		struct task_struct *leader = bpf_get_current_task_btf()->group_leader;
		__u64 lo = *(__u64 *)&leader->comm[0], hi = *(__u64 *)&leader->comm[8];
		for (__u32 i = 0; i < PROBE_MAX_COMM_FILTERS && i < n; i++) {
			__u32 key = i;
			struct probe_comm *c = bpf_map_lookup_elem(&comm_filter, &key);
			if (c && c->lo == lo && c->hi == hi) {
				count_skipped();
				return 0;
			}
		}
	}
	return 1;
}

static __always_inline int should_record_syscall(long id)
{
	if (id < 0 || id >= PROBE_SYSCALL_SLOTS)
		return 0;
	__u32 key = id;
	__u8 *wanted = bpf_map_lookup_elem(&syscall_mask, &key);
	if (!wanted || *wanted == PROBE_SYSCALL_SKIP) {
		count_skipped();
		return 0;
	}
	return should_record_task(*wanted == PROBE_SYSCALL_RECORD_UNLESS_COMM);
}

/* Filler programs: tail-called from the dispatchers with the same context. */
#define FILLER_ENTER(name) \
	SEC("tp_btf/sys_enter") int BPF_PROG(name, struct pt_regs *regs, long id)
#define FILLER_EXIT(name) \
	SEC("tp_btf/sys_exit") int BPF_PROG(name, struct pt_regs *regs, long ret)

#include "flag_conv.h"
#include "task_info.h"
#include "fill_files.h"
#include "fill_process.h"
#include "fill_misc.h"
#include "iovec.h"
#include "fill_fds.h"
#include "fill_paths.h"
#include "fill_net.h"

/* Filler programs by event type; a syscall whose event has no entry falls back to the generic
 * syscall event. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, PPM_EVENT_MAX);
	__uint(key_size, sizeof(__u32));
	__array(values, int(void *));
} enter_fillers SEC(".maps") = {
	.values = {
		[PPME_SOCKET_SOCKET_E] = (void *)&fill_socket_e,
		[PPME_SOCKET_SOCKETPAIR_E] = (void *)&fill_socketpair_e,
		[PPME_SOCKET_BIND_E] = (void *)&fill_bind_e,
		[PPME_SOCKET_CONNECT_E] = (void *)&fill_connect_e,
		[PPME_SOCKET_LISTEN_E] = (void *)&fill_listen_e,
		[PPME_SOCKET_ACCEPT_5_E] = (void *)&fill_accept_e,
		[PPME_SOCKET_ACCEPT4_5_E] = (void *)&fill_accept4_e,
		[PPME_SOCKET_SHUTDOWN_E] = (void *)&fill_shutdown_e,
		[PPME_SOCKET_SENDTO_E] = (void *)&fill_sendto_e,
		[PPME_SOCKET_RECVFROM_E] = (void *)&fill_recvfrom_e,
		[PPME_SOCKET_SENDMSG_E] = (void *)&fill_sendmsg_e,
		[PPME_SOCKET_RECVMSG_E] = (void *)&fill_recvmsg_e,
		[PPME_SOCKET_SETSOCKOPT_E] = (void *)&fill_setsockopt_e,
		[PPME_SOCKET_GETSOCKOPT_E] = (void *)&fill_getsockopt_e,
		[PPME_SOCKET_GETSOCKNAME_E] = (void *)&fill_getsockname_e,
		[PPME_SOCKET_GETPEERNAME_E] = (void *)&fill_getpeername_e,
		[PPME_SOCKET_SENDMMSG_E] = (void *)&fill_sendmmsg_e,
		[PPME_SOCKET_RECVMMSG_E] = (void *)&fill_recvmmsg_e,
		[PPME_SYSCALL_OPEN_E] = (void *)&fill_open_e,
		[PPME_SYSCALL_CREAT_E] = (void *)&fill_creat_e,
		[PPME_SYSCALL_OPENAT_2_E] = (void *)&fill_openat_e,
		[PPME_SYSCALL_OPENAT2_E] = (void *)&fill_openat2_e,
		[PPME_SYSCALL_CLOSE_E] = (void *)&fill_close_e,
		[PPME_SYSCALL_READ_E] = (void *)&fill_read_e,
		[PPME_SYSCALL_WRITE_E] = (void *)&fill_write_e,
		[PPME_SYSCALL_CLONE_20_E] = (void *)&fill_clone_e,
		[PPME_SYSCALL_FORK_20_E] = (void *)&fill_fork_e,
		[PPME_SYSCALL_VFORK_20_E] = (void *)&fill_vfork_e,
		[PPME_SYSCALL_CLONE3_E] = (void *)&fill_clone3_e,
		[PPME_SYSCALL_EXECVE_19_E] = (void *)&fill_execve_e,
		[PPME_SYSCALL_EXECVEAT_E] = (void *)&fill_execveat_e,
		[PPME_SYSCALL_SETUID_E] = (void *)&fill_setuid_e,
		[PPME_SYSCALL_SETGID_E] = (void *)&fill_setgid_e,
		[PPME_SYSCALL_SETRESUID_E] = (void *)&fill_setresuid_e,
		[PPME_SYSCALL_SETRESGID_E] = (void *)&fill_setresgid_e,
		[PPME_SYSCALL_GETUID_E] = (void *)&fill_getuid_e,
		[PPME_SYSCALL_GETEUID_E] = (void *)&fill_geteuid_e,
		[PPME_SYSCALL_GETGID_E] = (void *)&fill_getgid_e,
		[PPME_SYSCALL_GETEGID_E] = (void *)&fill_getegid_e,
		[PPME_SYSCALL_GETRESUID_E] = (void *)&fill_getresuid_e,
		[PPME_SYSCALL_GETRESGID_E] = (void *)&fill_getresgid_e,
		[PPME_SYSCALL_SETSID_E] = (void *)&fill_setsid_e,
		[PPME_SYSCALL_SETPGID_E] = (void *)&fill_setpgid_e,
		[PPME_SYSCALL_SETNS_E] = (void *)&fill_setns_e,
		[PPME_SYSCALL_UNSHARE_E] = (void *)&fill_unshare_e,
		[PPME_SYSCALL_CHDIR_E] = (void *)&fill_chdir_e,
		[PPME_SYSCALL_FCHDIR_E] = (void *)&fill_fchdir_e,
		[PPME_SYSCALL_KILL_E] = (void *)&fill_kill_e,
		[PPME_SYSCALL_TKILL_E] = (void *)&fill_tkill_e,
		[PPME_SYSCALL_TGKILL_E] = (void *)&fill_tgkill_e,
		[PPME_SYSCALL_GETRLIMIT_E] = (void *)&fill_getrlimit_e,
		[PPME_SYSCALL_SETRLIMIT_E] = (void *)&fill_setrlimit_e,
		[PPME_SYSCALL_PRLIMIT_E] = (void *)&fill_prlimit_e,
		[PPME_SYSCALL_BRK_4_E] = (void *)&fill_brk_e,
		[PPME_SYSCALL_MMAP_E] = (void *)&fill_mmap_e,
		[PPME_SYSCALL_MUNMAP_E] = (void *)&fill_munmap_e,
		[PPME_SYSCALL_PTRACE_E] = (void *)&fill_ptrace_e,
		[PPME_SYSCALL_FUTEX_E] = (void *)&fill_futex_e,
		[PPME_SYSCALL_NANOSLEEP_E] = (void *)&fill_nanosleep_e,
		[PPME_SYSCALL_EPOLLWAIT_E] = (void *)&fill_epoll_wait_e,
		[PPME_SYSCALL_SELECT_E] = (void *)&fill_select_e,
		[PPME_SYSCALL_POLL_E] = (void *)&fill_poll_e,
		[PPME_SYSCALL_PPOLL_E] = (void *)&fill_ppoll_e,
		[PPME_SYSCALL_PREAD_E] = (void *)&fill_pread_e,
		[PPME_SYSCALL_PWRITE_E] = (void *)&fill_pwrite_e,
		[PPME_SYSCALL_READV_E] = (void *)&fill_readv_e,
		[PPME_SYSCALL_WRITEV_E] = (void *)&fill_writev_e,
		[PPME_SYSCALL_PREADV_E] = (void *)&fill_preadv_e,
		[PPME_SYSCALL_PWRITEV_E] = (void *)&fill_pwritev_e,
		[PPME_SYSCALL_DUP_E] = (void *)&fill_dup_e,
		[PPME_SYSCALL_PIPE_E] = (void *)&fill_pipe_e,
		[PPME_SYSCALL_EVENTFD_E] = (void *)&fill_eventfd_e,
		[PPME_SYSCALL_SIGNALFD_E] = (void *)&fill_signalfd_e,
		[PPME_SYSCALL_TIMERFD_CREATE_E] = (void *)&fill_timerfd_create_e,
		[PPME_SYSCALL_INOTIFY_INIT_E] = (void *)&fill_inotify_init_e,
		[PPME_SYSCALL_FCNTL_E] = (void *)&fill_fcntl_e,
		[PPME_SYSCALL_LSEEK_E] = (void *)&fill_lseek_e,
		[PPME_SYSCALL_SENDFILE_E] = (void *)&fill_sendfile_e,
		[PPME_SYSCALL_SPLICE_E] = (void *)&fill_splice_e,
		[PPME_SYSCALL_FLOCK_E] = (void *)&fill_flock_e,
		[PPME_SYSCALL_IOCTL_3_E] = (void *)&fill_ioctl_e,
		[PPME_SYSCALL_FSTAT_E] = (void *)&fill_fstat_e,
		[PPME_SYSCALL_UNLINK_2_E] = (void *)&fill_unlink_e,
		[PPME_SYSCALL_UNLINKAT_2_E] = (void *)&fill_unlinkat_e,
		[PPME_SYSCALL_RMDIR_2_E] = (void *)&fill_rmdir_e,
		[PPME_SYSCALL_RENAME_E] = (void *)&fill_rename_e,
		[PPME_SYSCALL_RENAMEAT_E] = (void *)&fill_renameat_e,
		[PPME_SYSCALL_RENAMEAT2_E] = (void *)&fill_renameat2_e,
		[PPME_SYSCALL_MKDIR_2_E] = (void *)&fill_mkdir_e,
		[PPME_SYSCALL_MKDIRAT_E] = (void *)&fill_mkdirat_e,
		[PPME_SYSCALL_CHMOD_E] = (void *)&fill_chmod_e,
		[PPME_SYSCALL_FCHMOD_E] = (void *)&fill_fchmod_e,
		[PPME_SYSCALL_FCHMODAT_E] = (void *)&fill_fchmodat_e,
		[PPME_SYSCALL_ACCESS_E] = (void *)&fill_access_e,
		[PPME_SYSCALL_LINK_2_E] = (void *)&fill_link_e,
		[PPME_SYSCALL_LINKAT_2_E] = (void *)&fill_linkat_e,
		[PPME_SYSCALL_SYMLINK_E] = (void *)&fill_symlink_e,
		[PPME_SYSCALL_SYMLINKAT_E] = (void *)&fill_symlinkat_e,
		[PPME_SYSCALL_MOUNT_E] = (void *)&fill_mount_e,
		[PPME_SYSCALL_UMOUNT_E] = (void *)&fill_umount_e,
		[PPME_SYSCALL_STAT_E] = (void *)&fill_stat_e,
		[PPME_SYSCALL_LSTAT_E] = (void *)&fill_lstat_e,
	},
};

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, PPM_EVENT_MAX);
	__uint(key_size, sizeof(__u32));
	__array(values, int(void *));
} exit_fillers SEC(".maps") = {
	.values = {
		[PPME_SOCKET_SOCKET_X] = (void *)&fill_socket_x,
		[PPME_SOCKET_SOCKETPAIR_X] = (void *)&fill_socketpair_x,
		[PPME_SOCKET_BIND_X] = (void *)&fill_bind_x,
		[PPME_SOCKET_CONNECT_X] = (void *)&fill_connect_x,
		[PPME_SOCKET_LISTEN_X] = (void *)&fill_listen_x,
		[PPME_SOCKET_ACCEPT_5_X] = (void *)&fill_accept_x,
		[PPME_SOCKET_ACCEPT4_5_X] = (void *)&fill_accept4_x,
		[PPME_SOCKET_SHUTDOWN_X] = (void *)&fill_shutdown_x,
		[PPME_SOCKET_SENDTO_X] = (void *)&fill_sendto_x,
		[PPME_SOCKET_RECVFROM_X] = (void *)&fill_recvfrom_x,
		[PPME_SOCKET_SENDMSG_X] = (void *)&fill_sendmsg_x,
		[PPME_SOCKET_RECVMSG_X] = (void *)&fill_recvmsg_x,
		[PPME_SOCKET_SETSOCKOPT_X] = (void *)&fill_setsockopt_x,
		[PPME_SOCKET_GETSOCKOPT_X] = (void *)&fill_getsockopt_x,
		[PPME_SOCKET_GETSOCKNAME_X] = (void *)&fill_getsockname_x,
		[PPME_SOCKET_GETPEERNAME_X] = (void *)&fill_getpeername_x,
		[PPME_SOCKET_SENDMMSG_X] = (void *)&fill_sendmmsg_x,
		[PPME_SOCKET_RECVMMSG_X] = (void *)&fill_recvmmsg_x,
		[PPME_SYSCALL_OPEN_X] = (void *)&fill_open_x,
		[PPME_SYSCALL_CREAT_X] = (void *)&fill_creat_x,
		[PPME_SYSCALL_OPENAT_2_X] = (void *)&fill_openat_x,
		[PPME_SYSCALL_OPENAT2_X] = (void *)&fill_openat2_x,
		[PPME_SYSCALL_CLOSE_X] = (void *)&fill_close_x,
		[PPME_SYSCALL_READ_X] = (void *)&fill_read_x,
		[PPME_SYSCALL_WRITE_X] = (void *)&fill_write_x,
		[PPME_SYSCALL_CLONE_20_X] = (void *)&fill_clone_x,
		[PPME_SYSCALL_FORK_20_X] = (void *)&fill_fork_x,
		[PPME_SYSCALL_VFORK_20_X] = (void *)&fill_vfork_x,
		[PPME_SYSCALL_CLONE3_X] = (void *)&fill_clone3_x,
		[PPME_SYSCALL_EXECVE_19_X] = (void *)&fill_execve_x,
		[PPME_SYSCALL_EXECVEAT_X] = (void *)&fill_execveat_x,
		[PPME_SYSCALL_SETUID_X] = (void *)&fill_setuid_x,
		[PPME_SYSCALL_SETGID_X] = (void *)&fill_setgid_x,
		[PPME_SYSCALL_SETRESUID_X] = (void *)&fill_setresuid_x,
		[PPME_SYSCALL_SETRESGID_X] = (void *)&fill_setresgid_x,
		[PPME_SYSCALL_GETUID_X] = (void *)&fill_getuid_x,
		[PPME_SYSCALL_GETEUID_X] = (void *)&fill_geteuid_x,
		[PPME_SYSCALL_GETGID_X] = (void *)&fill_getgid_x,
		[PPME_SYSCALL_GETEGID_X] = (void *)&fill_getegid_x,
		[PPME_SYSCALL_GETRESUID_X] = (void *)&fill_getresuid_x,
		[PPME_SYSCALL_GETRESGID_X] = (void *)&fill_getresgid_x,
		[PPME_SYSCALL_SETSID_X] = (void *)&fill_setsid_x,
		[PPME_SYSCALL_SETPGID_X] = (void *)&fill_setpgid_x,
		[PPME_SYSCALL_SETNS_X] = (void *)&fill_setns_x,
		[PPME_SYSCALL_UNSHARE_X] = (void *)&fill_unshare_x,
		[PPME_SYSCALL_CHDIR_X] = (void *)&fill_chdir_x,
		[PPME_SYSCALL_FCHDIR_X] = (void *)&fill_fchdir_x,
		[PPME_SYSCALL_KILL_X] = (void *)&fill_kill_x,
		[PPME_SYSCALL_TKILL_X] = (void *)&fill_tkill_x,
		[PPME_SYSCALL_TGKILL_X] = (void *)&fill_tgkill_x,
		[PPME_SYSCALL_GETRLIMIT_X] = (void *)&fill_getrlimit_x,
		[PPME_SYSCALL_SETRLIMIT_X] = (void *)&fill_setrlimit_x,
		[PPME_SYSCALL_PRLIMIT_X] = (void *)&fill_prlimit_x,
		[PPME_SYSCALL_BRK_4_X] = (void *)&fill_brk_x,
		[PPME_SYSCALL_MMAP_X] = (void *)&fill_mmap_x,
		[PPME_SYSCALL_MUNMAP_X] = (void *)&fill_munmap_x,
		[PPME_SYSCALL_PTRACE_X] = (void *)&fill_ptrace_x,
		[PPME_SYSCALL_FUTEX_X] = (void *)&fill_futex_x,
		[PPME_SYSCALL_NANOSLEEP_X] = (void *)&fill_nanosleep_x,
		[PPME_SYSCALL_EPOLLWAIT_X] = (void *)&fill_epoll_wait_x,
		[PPME_SYSCALL_SELECT_X] = (void *)&fill_select_x,
		[PPME_SYSCALL_POLL_X] = (void *)&fill_poll_x,
		[PPME_SYSCALL_PPOLL_X] = (void *)&fill_ppoll_x,
		[PPME_SYSCALL_PREAD_X] = (void *)&fill_pread_x,
		[PPME_SYSCALL_PWRITE_X] = (void *)&fill_pwrite_x,
		[PPME_SYSCALL_READV_X] = (void *)&fill_readv_x,
		[PPME_SYSCALL_WRITEV_X] = (void *)&fill_writev_x,
		[PPME_SYSCALL_PREADV_X] = (void *)&fill_preadv_x,
		[PPME_SYSCALL_PWRITEV_X] = (void *)&fill_pwritev_x,
		[PPME_SYSCALL_DUP_X] = (void *)&fill_dup_x,
		[PPME_SYSCALL_PIPE_X] = (void *)&fill_pipe_x,
		[PPME_SYSCALL_EVENTFD_X] = (void *)&fill_eventfd_x,
		[PPME_SYSCALL_SIGNALFD_X] = (void *)&fill_signalfd_x,
		[PPME_SYSCALL_TIMERFD_CREATE_X] = (void *)&fill_timerfd_create_x,
		[PPME_SYSCALL_INOTIFY_INIT_X] = (void *)&fill_inotify_init_x,
		[PPME_SYSCALL_FCNTL_X] = (void *)&fill_fcntl_x,
		[PPME_SYSCALL_LSEEK_X] = (void *)&fill_lseek_x,
		[PPME_SYSCALL_SENDFILE_X] = (void *)&fill_sendfile_x,
		[PPME_SYSCALL_SPLICE_X] = (void *)&fill_splice_x,
		[PPME_SYSCALL_FLOCK_X] = (void *)&fill_flock_x,
		[PPME_SYSCALL_IOCTL_3_X] = (void *)&fill_ioctl_x,
		[PPME_SYSCALL_FSTAT_X] = (void *)&fill_fstat_x,
		[PPME_SYSCALL_UNLINK_2_X] = (void *)&fill_unlink_x,
		[PPME_SYSCALL_UNLINKAT_2_X] = (void *)&fill_unlinkat_x,
		[PPME_SYSCALL_RMDIR_2_X] = (void *)&fill_rmdir_x,
		[PPME_SYSCALL_RENAME_X] = (void *)&fill_rename_x,
		[PPME_SYSCALL_RENAMEAT_X] = (void *)&fill_renameat_x,
		[PPME_SYSCALL_RENAMEAT2_X] = (void *)&fill_renameat2_x,
		[PPME_SYSCALL_MKDIR_2_X] = (void *)&fill_mkdir_x,
		[PPME_SYSCALL_MKDIRAT_X] = (void *)&fill_mkdirat_x,
		[PPME_SYSCALL_CHMOD_X] = (void *)&fill_chmod_x,
		[PPME_SYSCALL_FCHMOD_X] = (void *)&fill_fchmod_x,
		[PPME_SYSCALL_FCHMODAT_X] = (void *)&fill_fchmodat_x,
		[PPME_SYSCALL_ACCESS_X] = (void *)&fill_access_x,
		[PPME_SYSCALL_LINK_2_X] = (void *)&fill_link_x,
		[PPME_SYSCALL_LINKAT_2_X] = (void *)&fill_linkat_x,
		[PPME_SYSCALL_SYMLINK_X] = (void *)&fill_symlink_x,
		[PPME_SYSCALL_SYMLINKAT_X] = (void *)&fill_symlinkat_x,
		[PPME_SYSCALL_MOUNT_X] = (void *)&fill_mount_x,
		[PPME_SYSCALL_UMOUNT_X] = (void *)&fill_umount_x,
		[PPME_SYSCALL_STAT_X] = (void *)&fill_stat_x,
		[PPME_SYSCALL_LSTAT_X] = (void *)&fill_lstat_x,
	},
};

static __always_inline struct syscall_route route_of(long id)
{
	struct syscall_route r = {};
	if (id >= 0 && id < SYSCALL_TABLE_SIZE)
		r = syscall_routes[id & (SYSCALL_TABLE_SIZE - 1)];
	return r;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(attach_sys_enter, struct pt_regs *regs, long id)
{
	if (!should_record_syscall(id))
		return 0;
	struct syscall_route r = route_of(id);
	if (r.used)
		bpf_tail_call(ctx, &enter_fillers, r.enter_event);
	struct event_writer w;
	if (!writer_begin(&w, PPME_GENERIC_E, PPME_GENERIC_E_NPARAMS))
		return 0;
	put_u16(&w, r.ppm_sc);
	put_u16(&w, (__u16)id);
	writer_submit(&w);
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(attach_sys_exit, struct pt_regs *regs, long ret)
{
	long id = regs->orig_ax;
	if (!should_record_syscall(id))
		return 0;
	struct syscall_route r = route_of(id);
	if (r.used)
		bpf_tail_call(ctx, &exit_fillers, r.exit_event);
	struct event_writer w;
	if (!writer_begin(&w, PPME_GENERIC_X, PPME_GENERIC_X_NPARAMS))
		return 0;
	put_u16(&w, r.ppm_sc);
	writer_submit(&w);
	return 0;
}

/* The cost of tracing syscalls at all, for benchmarks: programs that do nothing, attached instead
 * of the dispatchers when the loader is asked for the "floor_" set. */
SEC("tp_btf/sys_enter")
int BPF_PROG(floor_sys_enter, struct pt_regs *regs, long id)
{
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(floor_sys_exit, struct pt_regs *regs, long ret)
{
	return 0;
}
