/* Process lifecycle events: execve/execveat, clone/fork/vfork/clone3, process exit, and the
 * scheduler switch. Their exit events carry the process description the state engine is built on
 * (exe, args, ids, cwd, limits, memory, comm, cgroups...), in sysdig 0.29.3's parameter order. */
#ifndef TSYSDIG_FILL_PROCESS_H
#define TSYSDIG_FILL_PROCESS_H

#define ARGS_MAX_BYTES 4095
#define ENV_MAX_BYTES 4095
#define RLIMIT_NOFILE_INDEX 7

static __always_inline __s64 pid_nr_in_own_ns(struct pid *p)
{
	if (!p)
		return 0;
	unsigned int level = BPF_CORE_READ(p, level);
	return BPF_CORE_READ(p, numbers[level & 31].nr);
}

static __always_inline __s64 pid_nr_global(struct pid *p)
{
	return p ? BPF_CORE_READ(p, numbers[0].nr) : 0;
}

/* exe (argv[0]) then args (the rest, NUL-separated) from the task's argument area. */
static __always_inline void put_exe_and_args(struct event_writer *w, struct task_struct *task)
{
	struct work_area *wa = work_area();
	struct mm_struct *mm = BPF_CORE_READ(task, mm);
	__u64 start = mm ? BPF_CORE_READ(mm, arg_start) : 0;
	__u64 end = mm ? BPF_CORE_READ(mm, arg_end) : 0;
	__u64 len = end > start ? end - start : 0;
	if (len > ARGS_MAX_BYTES)
		len = ARGS_MAX_BYTES;
	if (!wa || !len || bpf_probe_read_user(wa->args, len & ARGS_MAX_BYTES, (const void *)start) != 0) {
		/* no arguments (a kernel-spawned process's child, say): an empty exe, no args */
		put_empty_str(w);
		put_empty(w);
		return;
	}
	wa->args[len & ARGS_MAX_BYTES] = 0;
	long exe_len = bpf_probe_read_kernel_str(&w->buf[w->off & OFFSET_MASK], MAX_PARAM_BYTES, wa->args);
	if (exe_len <= 0) {
		put_empty_str(w);
		exe_len = 0;
	} else {
		writer_param_done(w, exe_len);
	}
	__u64 rest = len > (__u64)exe_len ? len - exe_len : 0;
	rest &= ARGS_MAX_BYTES;
	if (rest && bpf_probe_read_kernel(&w->buf[w->off & OFFSET_MASK], rest, &wa->args[exe_len & ARGS_MAX_BYTES]) != 0)
		rest = 0;
	writer_param_done(w, rest);
}

/* Parameters 2..15 shared by execve and clone exits: exe ... cgroups. */
static __always_inline void put_process_description(struct event_writer *w, struct task_struct *task)
{
	put_exe_and_args(w, task);
	put_s64(w, BPF_CORE_READ(task, pid));
	put_s64(w, BPF_CORE_READ(task, tgid));
	put_s64(w, BPF_CORE_READ(task, real_parent, tgid));
	put_task_cwd(w, task);
	put_u64(w, BPF_CORE_READ(task, signal, rlim[RLIMIT_NOFILE_INDEX].rlim_cur));
	put_u64(w, BPF_CORE_READ(task, maj_flt));
	put_u64(w, BPF_CORE_READ(task, min_flt));
	put_vm_stats(w, task);
	put_kernel_str(w, task->comm, 16);
	put_task_cgroups(w, task);
}

static __always_inline __u32 task_tty(struct task_struct *task)
{
	struct tty_struct *tty = BPF_CORE_READ(task, signal, tty);
	if (!tty)
		return 0;
	__u32 major = BPF_CORE_READ(tty, driver, major);
	__u32 minor = BPF_CORE_READ(tty, driver, minor_start) + BPF_CORE_READ(tty, index);
	return encode_dev((major << 20) | minor);
}

static __always_inline void fill_exec_exit(struct event_writer *w, struct pt_regs *regs, __u16 type, __u32 nparams)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__s64 res = syscall_ret(regs);
	if (!writer_begin(w, type, nparams))
		return;
	put_s64(w, res);
	put_process_description(w, task);
	struct mm_struct *mm = BPF_CORE_READ(task, mm);
	if (mm)
		put_user_range(w, BPF_CORE_READ(mm, env_start), BPF_CORE_READ(mm, env_end), ENV_MAX_BYTES);
	else
		put_empty(w);
	put_u32(w, task_tty(task));
	put_s64(w, pid_nr_global(BPF_CORE_READ(task, signal, pids[PIDTYPE_PGID])));
	__s32 loginuid = -1;
	if (bpf_core_field_exists(task->loginuid))
		loginuid = BPF_CORE_READ(task, loginuid.val);
	put_u32(w, (__u32)loginuid);
	put_u32(w, 0); /* flags: exe-writable detection is not done in the probe */
	writer_submit(w);
}

/* The clone family's exit, in the parent (res = child tid) and in the child (res = 0). */
static __always_inline void fill_clone_exit(struct event_writer *w, struct pt_regs *regs, __u16 type,
					    __u32 nparams, __u64 kernel_flags)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__s64 res = syscall_ret(regs);
	if (!writer_begin(w, type, nparams))
		return;
	put_s64(w, res);
	put_process_description(w, task);
	__u32 flags = clone_flags_to_scap(kernel_flags);
	struct pid *tpid = BPF_CORE_READ(task, thread_pid);
	if (tpid && BPF_CORE_READ(tpid, level) > 0)
		flags |= SCAP_CL_CHILD_IN_PIDNS;
	put_u32(w, flags);
	put_u32(w, BPF_CORE_READ(task, cred, euid.val));
	put_u32(w, BPF_CORE_READ(task, cred, egid.val));
	put_s64(w, pid_nr_in_own_ns(tpid));
	put_s64(w, pid_nr_in_own_ns(BPF_CORE_READ(task, group_leader, thread_pid)));
	writer_submit(w);
}

/* Enter events with no parameters (clone, fork, vfork, clone3). */
static __always_inline void fill_no_params(struct event_writer *w, __u16 type)
{
	if (writer_begin(w, type, 0))
		writer_submit(w);
}

FILLER_ENTER(fill_clone_e)
{
	struct event_writer w;
	fill_no_params(&w, PPME_SYSCALL_CLONE_20_E);
	return 0;
}

FILLER_EXIT(fill_clone_x)
{
	struct event_writer w;
	fill_clone_exit(&w, regs, PPME_SYSCALL_CLONE_20_X, PPME_SYSCALL_CLONE_20_X_NPARAMS, syscall_arg(regs, 0));
	return 0;
}

FILLER_ENTER(fill_fork_e)
{
	struct event_writer w;
	fill_no_params(&w, PPME_SYSCALL_FORK_20_E);
	return 0;
}

FILLER_EXIT(fill_fork_x)
{
	struct event_writer w;
	fill_clone_exit(&w, regs, PPME_SYSCALL_FORK_20_X, PPME_SYSCALL_FORK_20_X_NPARAMS, 0);
	return 0;
}

FILLER_ENTER(fill_vfork_e)
{
	struct event_writer w;
	fill_no_params(&w, PPME_SYSCALL_VFORK_20_E);
	return 0;
}

FILLER_EXIT(fill_vfork_x)
{
	struct event_writer w;
	fill_clone_exit(&w, regs, PPME_SYSCALL_VFORK_20_X, PPME_SYSCALL_VFORK_20_X_NPARAMS,
			0x00004000 | 0x00000100 /* CLONE_VFORK | CLONE_VM */);
	return 0;
}

FILLER_ENTER(fill_clone3_e)
{
	struct event_writer w;
	fill_no_params(&w, PPME_SYSCALL_CLONE3_E);
	return 0;
}

FILLER_EXIT(fill_clone3_x)
{
	struct event_writer w;
	__u64 flags = 0;
	/* struct clone_args starts with the 64-bit flags */
	bpf_probe_read_user(&flags, sizeof(flags), (const void *)syscall_arg(regs, 0));
	fill_clone_exit(&w, regs, PPME_SYSCALL_CLONE3_X, PPME_SYSCALL_CLONE3_X_NPARAMS, flags);
	return 0;
}

FILLER_ENTER(fill_execve_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_EXECVE_19_E, PPME_SYSCALL_EXECVE_19_E_NPARAMS))
		return 0;
	put_user_str(&w, (const void *)syscall_arg(regs, 0), MAX_PARAM_BYTES);
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_execve_x)
{
	struct event_writer w;
	fill_exec_exit(&w, regs, PPME_SYSCALL_EXECVE_19_X, PPME_SYSCALL_EXECVE_19_X_NPARAMS);
	return 0;
}

FILLER_ENTER(fill_execveat_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SYSCALL_EXECVEAT_E, PPME_SYSCALL_EXECVEAT_E_NPARAMS))
		return 0;
	put_s64(&w, (__s32)syscall_arg(regs, 0));
	put_user_str(&w, (const void *)syscall_arg(regs, 1), MAX_PARAM_BYTES);
	put_u32(&w, execveat_flags_to_scap(syscall_arg(regs, 4)));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_execveat_x)
{
	struct event_writer w;
	fill_exec_exit(&w, regs, PPME_SYSCALL_EXECVEAT_X, PPME_SYSCALL_EXECVEAT_X_NPARAMS);
	return 0;
}

/* Every exiting thread: status, exit code, terminating signal, core-dump bit. */
SEC("tp_btf/sched_process_exit")
int BPF_PROG(attach_process_exit, struct task_struct *task)
{
	if (!should_record_task(0)) /* the state engine needs every exit */
		return 0;
	struct event_writer w;
	if (!writer_begin(&w, PPME_PROCEXIT_1_E, PPME_PROCEXIT_1_E_NPARAMS))
		return 0;
	__s32 code = BPF_CORE_READ(task, exit_code);
	/* In a group exit (exit_group, a fatal signal) the status is the group's, as wait() reports
	 * it: a thread zapped while another one dumps core gets the core bit only from there. */
	if (BPF_CORE_READ(task, signal, flags) & 0x4 /* SIGNAL_GROUP_EXIT */)
		code = BPF_CORE_READ(task, signal, group_exit_code);
	put_s64(&w, code);
	put_s64(&w, code >> 8);
	put_u8(&w, code & 0x7f);
	put_u8(&w, (code & 0x80) ? 1 : 0);
	writer_submit(&w);
	return 0;
}

/* A context switch, recorded for the thread leaving the CPU with its fault and memory counters. */
SEC("tp_btf/sched_switch")
int BPF_PROG(attach_sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	struct probe_settings *cfg = probe_settings();
	if (!cfg || cfg->drop_switch)
		return 0;
	__u32 prev_tid = BPF_CORE_READ(prev, pid);
	if (prev_tid == 0 || !should_record_task(1))
		return 0;
	struct event_writer w;
	if (!writer_begin(&w, PPME_SCHEDSWITCH_6_E, PPME_SCHEDSWITCH_6_E_NPARAMS))
		return 0;
	writer_set_tid(&w, prev_tid);
	put_s64(&w, BPF_CORE_READ(next, pid));
	put_u64(&w, BPF_CORE_READ(prev, maj_flt));
	put_u64(&w, BPF_CORE_READ(prev, min_flt));
	put_vm_stats(&w, prev);
	writer_submit(&w);
	return 0;
}

#endif
