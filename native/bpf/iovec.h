/* Walking user iovec arrays (readv/writev and their positioned forms, sendmsg/recvmsg): the
 * total length of the buffers, and their first bytes gathered in order straight into the event
 * being written. */
#ifndef TSYSDIG_IOVEC_H
#define TSYSDIG_IOVEC_H

#define IOV_MAX_VISIT 1024 /* UIO_MAXIOV: iovecs a vector call may pass */

/* A walk over a user iovec array: sums the lengths and gathers the first `limit` bytes the
 * buffers hold, in order, into the event. The mutable state is per-CPU map memory so the
 * bpf_loop callback is verified once; the stack reference only carries pointers. */
struct iov_walk {
	__u64 iov;      /* user address of the struct iovec array */
	__u64 total;    /* sum of the lengths visited */
	__u32 count;    /* iovecs to visit */
	__u32 copied;   /* bytes gathered so far */
	__u32 limit;    /* bytes to gather at most (<= MAX_PARAM_BYTES - 1) */
	__u32 at;       /* offset in the scratch buffer where the data goes */
	__u32 sum_all;  /* 1: visit every iovec for the total; 0: stop once `limit` is gathered */
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct iov_walk);
} iov_walks SEC(".maps");

struct iov_ref {
	struct iov_walk *st;
	__u8 *buf;
};

static long iov_step(__u32 i, void *data)
{
	struct iov_ref *ref = data;
	struct iov_walk *st = ref->st;
	if (i >= st->count)
		return 1;
	struct { __u64 base, len; } v = {};
	if (bpf_probe_read_user(&v, sizeof(v), (const void *)(st->iov + (__u64)i * 16)) != 0)
		return 1;
	st->total += v.len;
	__u32 copied = st->copied, limit = st->limit;
	if (copied < limit) {
		__u64 n = limit - copied;
		if (v.len < n)
			n = v.len;
		n &= MAX_PARAM_BYTES - 1;
		if (bpf_probe_read_user(&ref->buf[(st->at + copied) & OFFSET_MASK], n, (const void *)v.base) == 0)
			st->copied = copied + n;
		else
			st->limit = copied; /* unreadable buffer: keep what was gathered */
	} else if (!st->sum_all) {
		return 1;
	}
	return 0;
}

/* Walks `count` iovecs at user address `iov`, gathering up to `limit` bytes (cut at the
 * snaplen) at scratch offset `at`; with sum_all, visits every iovec for the total. Returns the
 * walk state (total and copied), or NULL. */
static __always_inline struct iov_walk *walk_iov(struct event_writer *w, __u64 iov, __u64 count,
						 __u32 at, __u64 limit, int sum_all)
{
	__u32 zero = 0;
	struct iov_ref ref = { .st = bpf_map_lookup_elem(&iov_walks, &zero), .buf = w->buf };
	struct iov_walk *st = ref.st;
	if (!st)
		return NULL;
	if (limit > w->snaplen)
		limit = w->snaplen;
	if (limit > MAX_PARAM_BYTES - 1)
		limit = MAX_PARAM_BYTES - 1;
	st->iov = iov;
	st->count = count > IOV_MAX_VISIT ? IOV_MAX_VISIT : (__u32)count;
	st->total = 0;
	st->copied = 0;
	st->limit = (__u32)limit;
	st->at = at;
	st->sum_all = sum_all;
	bpf_loop(IOV_MAX_VISIT, iov_step, &ref, 0);
	return st;
}

/* The data gathered by a walk that put it at the writer's current offset. */
static __always_inline void put_gathered(struct event_writer *w, struct iov_walk *st)
{
	writer_param_done(w, st ? st->copied & (MAX_PARAM_BYTES - 1) : 0);
}

#endif
