/* The contract between the eBPF probe (probe.bpf.c) and its loader (native/src): map names, the
 * layout of the values userspace reads and writes, and the record format of the ring buffer.
 * Included by both sides; only fixed-width types, no kernel headers. */
#ifndef TSYSDIG_PROBE_ABI_H
#define TSYSDIG_PROBE_ABI_H

#ifdef __BPF__
typedef __u8 abi_u8;
typedef __u32 abi_u32;
typedef __u64 abi_u64;
#else
#include <stdint.h>
typedef uint8_t abi_u8;
typedef uint32_t abi_u32;
typedef uint64_t abi_u64;
#endif

/* Map names (bpf_object__find_map_by_name). */
#define PROBE_MAP_EVENTS "events"         /* BPF_MAP_TYPE_RINGBUF; size set by the loader */
#define PROBE_MAP_SETTINGS "settings"     /* ARRAY, 1 x struct probe_settings */
#define PROBE_MAP_SYSCALLS "syscall_mask" /* ARRAY, PROBE_SYSCALL_SLOTS x abi_u8 (1 = record) */
#define PROBE_MAP_COMMS "comm_filter"     /* ARRAY, PROBE_MAX_COMM_FILTERS x struct probe_comm (the first
                                            settings.comm_filter_count entries are used) */
#define PROBE_MAP_COUNTERS "counters"     /* PERCPU_ARRAY, 1 x struct probe_counters per CPU */

#define PROBE_SYSCALL_SLOTS 512
#define PROBE_COMM_LEN 16
#define PROBE_MAX_COMM_FILTERS 32

/* Syscall mask values: what to record for a native syscall number. */
#define PROBE_SYSCALL_SKIP 0
#define PROBE_SYSCALL_RECORD 1              /* always (the state engine needs it) */
#define PROBE_SYSCALL_RECORD_UNLESS_COMM 2  /* unless the thread's comm is in comm_filter */

struct probe_settings {
	abi_u64 boot_time_ns; /* wall-clock ns at boot: event ts = boot_time_ns + bpf_ktime_get_boot_ns() */
	abi_u32 own_tgid;     /* the capturing process: never recorded */
	abi_u32 snaplen;      /* bytes of I/O data recorded per buffer (sysdig's -s, default 80) */
	abi_u32 capturing;    /* 0 until the loader has everything in place, then 1 */
	abi_u32 drop_switch;  /* 1: do not record scheduler switch events */
	abi_u32 comm_filter_count; /* entries of comm_filter in use (0: no comm is skipped) */
	abi_u32 reserved;
};

/* A process name to skip: the kernel's 16-byte comm, NUL-padded, compared as two words. */
struct probe_comm {
	abi_u64 lo, hi;
};

struct probe_counters {
	abi_u64 events;      /* records written to the ring buffer */
	abi_u64 drops_full;  /* records lost because the ring buffer was full */
	abi_u64 drops_large; /* records lost because they outgrew the scratch buffer */
	abi_u64 skipped;     /* events not recorded because of the syscall mask or comm filter */
};

/* Ring buffer record = the body of a scap EV block (EV_BLOCK_TYPE_V2, 0x216): a 16-bit CPU number
 * followed by one scap event (its 26-byte header carries the event's total length at offset 16),
 * so a record is written to a capture file as is, wrapped in a block header and trailer. */
#define PROBE_RECORD_CPU_BYTES 2
#define SCAP_EVENT_HEADER_BYTES 26

#endif
