/* Building one scap event in a per-CPU scratch buffer and handing it to the ring buffer.
 *
 * Layout written (the scap event format, so files and live capture share one decoder):
 *   [u16 cpu]                                   record prefix = body of a scap EV block
 *   [u64 ts][u64 tid][u32 len][u16 type][u32 nparams]   26-byte event header
 *   [u16 len] x nparams                         parameter lengths
 *   parameter data, back to back
 * Every offset into the scratch buffer is masked so the verifier can bound it; the mask leaves
 * headroom past EVENT_MAX_BYTES for the largest single write. */
#ifndef TSYSDIG_EVENT_WRITER_H
#define TSYSDIG_EVENT_WRITER_H

#define EVENT_MAX_BYTES 16384            /* whole record, cpu prefix included */
#define OFFSET_MASK (EVENT_MAX_BYTES - 1)
#define MAX_PARAM_BYTES 4096             /* the largest single parameter write */
#define SCRATCH_BYTES (EVENT_MAX_BYTES + MAX_PARAM_BYTES + 64)
#define EVENT_START PROBE_RECORD_CPU_BYTES
#define LENGTHS_START (EVENT_START + SCAP_EVENT_HEADER_BYTES)

struct scratch_area {
	__u8 data[SCRATCH_BYTES];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch_area);
} scratch SEC(".maps");


struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 24); /* the loader resizes it before load */
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct probe_settings);
} settings SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct probe_counters);
} counters SEC(".maps");

struct event_writer {
	__u8 *buf;        /* scratch area of this CPU */
	__u32 off;        /* where the next parameter's data goes */
	__u32 param;      /* index of the next parameter */
	__u32 snaplen;
	int overflow;     /* a parameter did not fit: the event is dropped, not truncated silently */
};

static __always_inline struct probe_settings *probe_settings(void)
{
	__u32 zero = 0;
	return bpf_map_lookup_elem(&settings, &zero);
}

static __always_inline struct probe_counters *probe_counters(void)
{
	__u32 zero = 0;
	return bpf_map_lookup_elem(&counters, &zero);
}

/* Starts an event of `type` with `nparams` parameters for the current thread. */
static __always_inline int writer_begin(struct event_writer *w, __u16 type, __u32 nparams)
{
	__u32 zero = 0;
	struct scratch_area *area = bpf_map_lookup_elem(&scratch, &zero);
	struct probe_settings *cfg = probe_settings();
	if (!area || !cfg)
		return 0;
	w->buf = area->data;
	w->param = 0;
	w->overflow = 0;
	w->snaplen = cfg->snaplen;
	w->off = LENGTHS_START + nparams * 2;
	__u8 *b = w->buf;
	*(__u16 *)&b[0] = (__u16)bpf_get_smp_processor_id();
	*(__u64 *)&b[EVENT_START + 0] = cfg->boot_time_ns + bpf_ktime_get_boot_ns();
	*(__u64 *)&b[EVENT_START + 8] = (__u32)bpf_get_current_pid_tgid();
	*(__u16 *)&b[EVENT_START + 20] = type;
	*(__u32 *)&b[EVENT_START + 22] = nparams;
	return 1;
}

/* Overrides the thread the event is about (scheduler and exit tracepoints). */
static __always_inline void writer_set_tid(struct event_writer *w, __u64 tid)
{
	*(__u64 *)&w->buf[EVENT_START + 8] = tid;
}

static __always_inline void writer_param_done(struct event_writer *w, __u32 len)
{
	__u32 at = (LENGTHS_START + w->param * 2) & OFFSET_MASK;
	*(__u16 *)&w->buf[at] = (__u16)len;
	w->param++;
	w->off += len;
	if (w->off > EVENT_MAX_BYTES - MAX_PARAM_BYTES)
		w->overflow = 1;
}

#define DEFINE_PUT_SCALAR(fname, ctype)                                      \
	static __always_inline void fname(struct event_writer *w, ctype v)   \
	{                                                                    \
		*(ctype *)&w->buf[w->off & OFFSET_MASK] = v;                 \
		writer_param_done(w, sizeof(ctype));                         \
	}
DEFINE_PUT_SCALAR(put_u8, __u8)
DEFINE_PUT_SCALAR(put_u16, __u16)
DEFINE_PUT_SCALAR(put_u32, __u32)
DEFINE_PUT_SCALAR(put_u64, __u64)
DEFINE_PUT_SCALAR(put_s64, __s64)

/* A parameter with no value (length 0): sysdig prints it as empty or <NA>. */
static __always_inline void put_empty(struct event_writer *w)
{
	writer_param_done(w, 0);
}

/* An empty string: its NUL alone, as the driver writes one (a string parameter of length 0
 * makes sysdig read past it). */
static __always_inline void put_empty_str(struct event_writer *w)
{
	w->buf[w->off & OFFSET_MASK] = 0;
	writer_param_done(w, 1);
}

/* NUL-terminated string from user memory, at most `max` bytes (<= MAX_PARAM_BYTES). */
static __always_inline void put_user_str(struct event_writer *w, const void *src, __u32 max)
{
	long n = 0;
	if (src)
		n = bpf_probe_read_user_str(&w->buf[w->off & OFFSET_MASK], max < MAX_PARAM_BYTES ? max : MAX_PARAM_BYTES, src);
	if (n <= 0) {
		w->buf[w->off & OFFSET_MASK] = 0;
		n = 1;
	}
	writer_param_done(w, n);
}

static __always_inline void put_kernel_str(struct event_writer *w, const void *src, __u32 max)
{
	long n = 0;
	if (src)
		n = bpf_probe_read_kernel_str(&w->buf[w->off & OFFSET_MASK], max < MAX_PARAM_BYTES ? max : MAX_PARAM_BYTES, src);
	if (n <= 0) {
		w->buf[w->off & OFFSET_MASK] = 0;
		n = 1;
	}
	writer_param_done(w, n);
}

/* Raw bytes from user memory, cut to `len` (<= MAX_PARAM_BYTES - 1). */
static __always_inline void put_user_bytes(struct event_writer *w, const void *src, __u64 len)
{
	__u32 n = len > MAX_PARAM_BYTES - 1 ? MAX_PARAM_BYTES - 1 : (__u32)len;
	n &= MAX_PARAM_BYTES - 1;
	if (!src || !n || bpf_probe_read_user(&w->buf[w->off & OFFSET_MASK], n, src) != 0)
		n = 0;
	writer_param_done(w, n);
}

/* An I/O buffer: the first `snaplen` bytes of what the call moved. */
static __always_inline void put_io_data(struct event_writer *w, const void *src, __s64 moved)
{
	if (moved <= 0) {
		put_empty(w);
		return;
	}
	__u64 n = (__u64)moved < w->snaplen ? (__u64)moved : w->snaplen;
	put_user_bytes(w, src, n);
}

/* Finishes the event and queues it without waking the reader: it drains on a timer. */
static __always_inline void writer_submit(struct event_writer *w)
{
	struct probe_counters *c = probe_counters();
	if (w->overflow) {
		if (c)
			c->drops_large++;
		return;
	}
	__u32 total = w->off & OFFSET_MASK;
	*(__u32 *)&w->buf[EVENT_START + 16] = total - EVENT_START;
	if (bpf_ringbuf_output(&events, w->buf, total, BPF_RB_NO_WAKEUP) != 0) {
		if (c)
			c->drops_full++;
		return;
	}
	if (c)
		c->events++;
}

#endif
