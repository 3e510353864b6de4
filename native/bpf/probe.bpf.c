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
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PROBE_MAX_COMM_FILTERS);
	__type(key, char[PROBE_COMM_LEN]);
	__type(value, __u8);
} comm_filter SEC(".maps");

/* The n-th syscall argument (x86_64 calling convention), still in the saved registers at exit. */
static __always_inline __u64 syscall_arg(struct pt_regs *regs, int n)
{
	switch (n) {
	case 0: return BPF_CORE_READ(regs, di);
	case 1: return BPF_CORE_READ(regs, si);
	case 2: return BPF_CORE_READ(regs, dx);
	case 3: return BPF_CORE_READ(regs, r10);
	case 4: return BPF_CORE_READ(regs, r8);
	default: return BPF_CORE_READ(regs, r9);
	}
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
	if (check_comm && cfg->comm_filter_used) {
		char comm[PROBE_COMM_LEN] = {};
		bpf_get_current_comm(comm, sizeof(comm));
		if (bpf_map_lookup_elem(&comm_filter, comm)) {
			count_skipped();
			return 0;
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

/* Filler programs by event type; a syscall whose event has no entry falls back to the generic
 * syscall event. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, PPM_EVENT_MAX);
	__uint(key_size, sizeof(__u32));
	__array(values, int(void *));
} enter_fillers SEC(".maps") = {
	.values = {
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
	},
};

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, PPM_EVENT_MAX);
	__uint(key_size, sizeof(__u32));
	__array(values, int(void *));
} exit_fillers SEC(".maps") = {
	.values = {
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
	long id = BPF_CORE_READ(regs, orig_ax);
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
