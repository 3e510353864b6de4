/* What the probe reads about tasks, files and memory, with CO-RE relocations so one object works
 * across kernel versions. */
#ifndef TSYSDIG_TASK_INFO_H
#define TSYSDIG_TASK_INFO_H

#define PATH_MAX_DEPTH 32   /* path components walked for cwd and cgroup paths */
#define PATH_AREA_END 8192  /* paths are assembled backwards, ending here */
#define PATH_AREA_MASK 8191
#define NAME_MAX_BYTES 256
#define CGROUPS_MAX_BYTES 3072
#define ARGS_AREA_BYTES 4096

/* Per-CPU work area for path walks and argument copies. The walk state lives here, in map
 * memory, rather than on the stack: the verifier then sees the same state on every iteration of
 * a bpf_loop callback and verifies it once, instead of once per possible path length. */
struct work_area {
	__u32 pos;                 /* start of the path being assembled in path[] */
	__u32 out_len;             /* bytes of cgroups text in out[] */
	__u64 dentry;              /* walk cursors (kernel addresses) */
	__u64 mnt;
	__u64 kn;
	__u64 task;
	__u64 walked_cgroup;       /* the cgroup whose path is in path[] */
	__u32 nsubsys;
	__u32 pad;
	__u32 items;               /* list walks (poll fds): entries to visit */
	__u32 items_out;           /* entries written */
	__u32 items_mode;          /* what the walk records (poll: 0 requested events, 1 returned) */
	__u32 pad2;
	__u8 path[PATH_AREA_END + 8];
	__u8 out[CGROUPS_MAX_BYTES + 1024 + 64];
	__u8 name[NAME_MAX_BYTES];
	__u8 args[ARGS_AREA_BYTES + 8];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct work_area);
} work SEC(".maps");

/* bpf_loop hands callbacks a stack pointer: this one carries the work area. */
struct work_ref {
	struct work_area *wa;
};

static __always_inline struct work_area *work_area(void)
{
	__u32 zero = 0;
	return bpf_map_lookup_elem(&work, &zero);
}

/* Kernels before 6.15 name the kernfs parent `parent`; later ones `__parent`. */
struct kernfs_node___old {
	struct kernfs_node *parent;
} __attribute__((preserve_access_index));

static __always_inline struct kernfs_node *kernfs_parent(struct kernfs_node *kn)
{
	if (bpf_core_field_exists(kn->__parent))
		return BPF_CORE_READ(kn, __parent);
	return BPF_CORE_READ((struct kernfs_node___old *)kn, parent);
}

/* The kernel's dev_t (12-bit major << 20 | minor) in the userspace encoding sysdig records. */
static __always_inline __u32 encode_dev(__u32 dev)
{
	__u32 major = dev >> 20, minor = dev & ((1U << 20) - 1);
	return (minor & 0xff) | (major << 8) | ((minor & ~0xffU) << 12);
}

static __always_inline struct file *task_fd_file(struct task_struct *task, __s64 fd)
{
	if (fd < 0)
		return NULL;
	struct fdtable *fdt = BPF_CORE_READ(task, files, fdt);
	if (!fdt || fd >= BPF_CORE_READ(fdt, max_fds))
		return NULL;
	struct file **fds = BPF_CORE_READ(fdt, fd);
	struct file *f = NULL;
	bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]);
	return f;
}

static __always_inline __u32 file_dev(struct file *f)
{
	if (!f)
		return 0;
	return encode_dev(BPF_CORE_READ(f, f_inode, i_sb, s_dev));
}

/* Resident set in KiB, as the task's mm counts it (file + anon + shmem pages). */
static __always_inline __u32 mm_rss_kb(struct mm_struct *mm)
{
	__s64 pages = 0;
	for (int i = 0; i < 4; i++) {
		if (i == 2) /* MM_SWAPENTS */
			continue;
		pages += BPF_CORE_READ(mm, rss_stat[i].count);
	}
	return pages > 0 ? (__u32)(pages << 2) : 0;
}

static __always_inline __u32 mm_swap_kb(struct mm_struct *mm)
{
	__s64 pages = BPF_CORE_READ(mm, rss_stat[2].count);
	return pages > 0 ? (__u32)(pages << 2) : 0;
}

static __always_inline __u32 mm_size_kb(struct mm_struct *mm)
{
	return (__u32)(BPF_CORE_READ(mm, total_vm) << 2);
}

/* Writes the memory triple (vm_size, vm_rss, vm_swap) sysdig records with process events. */
static __always_inline void put_vm_stats(struct event_writer *w, struct task_struct *task)
{
	struct mm_struct *mm = BPF_CORE_READ(task, mm);
	put_u32(w, mm ? mm_size_kb(mm) : 0);
	put_u32(w, mm ? mm_rss_kb(mm) : 0);
	put_u32(w, mm ? mm_swap_kb(mm) : 0);
}

/* Prepends "/name" to the path being assembled; returns 0 when it does not fit. */
static __always_inline int path_prepend(struct work_area *wa, const void *name, __u32 len)
{
	__u32 pos = wa->pos;
	if (len >= NAME_MAX_BYTES)
		len = NAME_MAX_BYTES - 1;
	if (pos > PATH_AREA_END || pos < len + 2 + NAME_MAX_BYTES)
		return 0;
	pos -= len;
	bpf_probe_read_kernel(&wa->path[pos & PATH_AREA_MASK], len & (NAME_MAX_BYTES - 1), name);
	pos -= 1;
	wa->path[pos & PATH_AREA_MASK] = '/';
	wa->pos = pos;
	return 1;
}

static long cwd_step(__u32 index, void *data)
{
	struct work_area *wa = ((struct work_ref *)data)->wa;
	struct dentry *d = (struct dentry *)wa->dentry;
	struct mount *mnt = (struct mount *)wa->mnt;
	struct dentry *root = BPF_CORE_READ(mnt, mnt.mnt_root);
	if (d == root) {
		struct mount *up = BPF_CORE_READ(mnt, mnt_parent);
		if (up == mnt)
			return 1; /* the namespace's root */
		wa->dentry = (__u64)BPF_CORE_READ(mnt, mnt_mountpoint);
		wa->mnt = (__u64)up;
		return 0;
	}
	struct dentry *parent = BPF_CORE_READ(d, d_parent);
	if (d == parent)
		return 1;
	struct qstr q = BPF_CORE_READ(d, d_name);
	if (!path_prepend(wa, q.name, q.len))
		return 1;
	wa->dentry = (__u64)parent;
	return 0;
}

static long kernfs_step(__u32 index, void *data)
{
	struct work_area *wa = ((struct work_ref *)data)->wa;
	struct kernfs_node *kn = (struct kernfs_node *)wa->kn;
	if (!kn)
		return 1;
	struct kernfs_node *parent = kernfs_parent(kn);
	if (!parent)
		return 1; /* the hierarchy's root has no name in the path */
	long n = bpf_probe_read_kernel_str(wa->name, NAME_MAX_BYTES, BPF_CORE_READ(kn, name));
	if (n <= 1 || !path_prepend(wa, wa->name, (__u32)(n - 1)))
		return 1;
	wa->kn = (__u64)parent;
	return 0;
}

/* Length of the assembled path with its NUL, making it "/" when nothing was prepended. */
static __always_inline __u32 finish_path(struct work_area *wa)
{
	__u32 pos = wa->pos;
	if (pos >= PATH_AREA_END || pos == 0) {
		pos = PATH_AREA_END - 1;
		wa->path[pos & PATH_AREA_MASK] = '/';
		wa->pos = pos;
	}
	wa->path[PATH_AREA_END & PATH_AREA_MASK] = 0;
	return PATH_AREA_END + 1 - pos;
}

/* The task's working directory as an absolute path, crossing mount points. */
static __always_inline void put_task_cwd(struct event_writer *w, struct task_struct *task)
{
	struct work_ref ref = { .wa = work_area() };
	struct work_area *wa = ref.wa;
	if (!wa) {
		put_empty(w);
		return;
	}
	struct path pwd;
	BPF_CORE_READ_INTO(&pwd, task, fs, pwd);
	wa->pos = PATH_AREA_END;
	wa->dentry = (__u64)pwd.dentry;
	wa->mnt = (__u64)container_of(pwd.mnt, struct mount, mnt);
	bpf_loop(PATH_MAX_DEPTH, cwd_step, &ref, 0);
	__u32 len = finish_path(wa) & (MAX_PARAM_BYTES - 1);
	bpf_probe_read_kernel(&w->buf[w->off & OFFSET_MASK], len, &wa->path[wa->pos & PATH_AREA_MASK]);
	writer_param_done(w, len);
}

/* One subsystem: appends "name=/path\0" to the work area's out[]. */
static long cgroup_subsys_step(__u32 index, void *data)
{
	struct work_area *wa = ((struct work_ref *)data)->wa;
	struct task_struct *task = (struct task_struct *)wa->task;
	if (index >= wa->nsubsys || wa->out_len > CGROUPS_MAX_BYTES)
		return 1;
	struct cgroup_subsys_state *css = BPF_CORE_READ(task, cgroups, subsys[index & 15]);
	if (!css)
		return 0;
	__u64 cg = (__u64)BPF_CORE_READ(css, cgroup);
	if (cg != wa->walked_cgroup) {
		struct work_ref ref = { .wa = wa };
		wa->walked_cgroup = cg;
		wa->pos = PATH_AREA_END;
		wa->kn = (__u64)BPF_CORE_READ((struct cgroup *)cg, kn);
		bpf_loop(PATH_MAX_DEPTH, kernfs_step, &ref, 0);
	}
	__u32 at = wa->out_len & 4095;
	long n = bpf_probe_read_kernel_str(&wa->out[at], 32, BPF_CORE_READ(css, ss, name));
	if (n <= 1)
		return 0;
	at = (at + n - 1) & 4095;
	wa->out[at] = '=';
	at += 1;
	__u32 len = finish_path(wa) & 1023;
	bpf_probe_read_kernel(&wa->out[at & 4095], len, &wa->path[wa->pos & PATH_AREA_MASK]);
	wa->out_len = at + len;
	return 0;
}

/* "subsys=/path\0" for every cgroup subsystem the task is in, as sysdig's cgroups parameter.
 * Subsystems sharing a cgroup (all of them under cgroup v2) reuse the path walked last. */
static __always_inline void put_task_cgroups(struct event_writer *w, struct task_struct *task)
{
	struct work_ref ref = { .wa = work_area() };
	struct work_area *wa = ref.wa;
	if (!wa) {
		put_empty(w);
		return;
	}
	wa->task = (__u64)task;
	wa->out_len = 0;
	wa->walked_cgroup = 0;
	wa->nsubsys = bpf_core_enum_value(enum cgroup_subsys_id, CGROUP_SUBSYS_COUNT);
	bpf_loop(16, cgroup_subsys_step, &ref, 0);
	__u32 len = wa->out_len;
	if (len > CGROUPS_MAX_BYTES)
		len = CGROUPS_MAX_BYTES;
	len &= 4095;
	bpf_probe_read_kernel(&w->buf[w->off & OFFSET_MASK], len, wa->out);
	writer_param_done(w, len);
}

/* A user memory range [start, end) of NUL-separated strings (argv or environ), capped. */
static __always_inline void put_user_range(struct event_writer *w, __u64 start, __u64 end, __u32 cap)
{
	__u64 len = end > start ? end - start : 0;
	if (len > cap)
		len = cap;
	put_user_bytes(w, (const void *)start, len);
}

#endif
