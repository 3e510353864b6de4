/**
 * GENERATED FILE - do not edit by hand; re-run scripts/gen_event_table.py.
 * Generated from falcosecurity/libs commit 48dfd53c (driver/event_table.c, driver/flags_table.c,
 * driver/dynamic_params_table.c, driver/ppm_events_public.h).
 * Editing rules (same as upstream): event ids are append-only and are never renumbered; existing
 * events may only gain trailing parameters - any other change needs a new event id/version.
 */

/* Naming: C enumerator names without their prefix (PT_, PF_, EC_, EF_). The one C name that is not
 * a valid identifier once the prefix is dropped, PF_10_PADDED_DEC, is exported as PF.DEC_PADDED_10.
 * PT.MAX is the array-size sentinel of enum ppm_param_type. EC.IO_BASE and EC.IO_READ share a value. */

/** enum ppm_param_type */
export const PT = {
  NONE: 0,
  INT8: 1,
  INT16: 2,
  INT32: 3,
  INT64: 4,
  UINT8: 5,
  UINT16: 6,
  UINT32: 7,
  UINT64: 8,
  CHARBUF: 9,
  BYTEBUF: 10,
  ERRNO: 11,
  SOCKADDR: 12,
  SOCKTUPLE: 13,
  FD: 14,
  PID: 15,
  FDLIST: 16,
  FSPATH: 17,
  SYSCALLID: 18,
  SIGTYPE: 19,
  RELTIME: 20,
  ABSTIME: 21,
  PORT: 22,
  L4PROTO: 23,
  SOCKFAMILY: 24,
  BOOL: 25,
  IPV4ADDR: 26,
  DYN: 27,
  FLAGS8: 28,
  FLAGS16: 29,
  FLAGS32: 30,
  UID: 31,
  GID: 32,
  DOUBLE: 33,
  SIGSET: 34,
  CHARBUFARRAY: 35,
  CHARBUF_PAIR_ARRAY: 36,
  IPV4NET: 37,
  IPV6ADDR: 38,
  IPV6NET: 39,
  IPADDR: 40,
  IPNET: 41,
  MODE: 42,
  FSRELPATH: 43,
  ENUMFLAGS8: 44,
  ENUMFLAGS16: 45,
  ENUMFLAGS32: 46,
  FD32: 47,
  PID32: 48,
  MAX: 49,
} as const;

/** enum ppm_print_format */
export const PF = {
  NA: 0,
  DEC: 1,
  HEX: 2,
  DEC_PADDED_10: 3,
  ID: 4,
  DIR: 5,
  OCT: 6,
} as const;

/** enum ppm_event_category */
export const EC = {
  UNKNOWN: 0,
  OTHER: 1,
  FILE: 2,
  NET: 3,
  IPC: 4,
  MEMORY: 5,
  PROCESS: 6,
  SLEEP: 7,
  SYSTEM: 8,
  SIGNAL: 9,
  USER: 10,
  TIME: 11,
  PROCESSING: 12,
  IO_BASE: 32,
  IO_READ: 32,
  IO_WRITE: 33,
  IO_OTHER: 34,
  WAIT: 64,
  SCHEDULER: 128,
  INTERNAL: 256,
  SYSCALL: 512,
  TRACEPOINT: 1024,
  PLUGIN: 2048,
  METAEVENT: 4096,
  ITER: 8192,
} as const;

/** enum ppm_event_flags */
export const EF = {
  NONE: 0,
  CREATES_FD: 1,
  DESTROYS_FD: 2,
  USES_FD: 4,
  READS_FROM_FD: 8,
  WRITES_TO_FD: 16,
  MODIFIES_STATE: 32,
  UNUSED: 64,
  WAITS: 128,
  SKIPPARSERESET: 256,
  OLD_VERSION: 512,
  LARGE_PAYLOAD: 2048,
  CONVERTER_MANAGED: 4096,
} as const;

/** ppm_event_flags of libs e5c53d64 (sysdig 0.29.3) that no longer exist in the newest libs; used by OLD_EVENT_META */
export const EF_OLD_ONLY = {
  DROP_SIMPLE_CONS: 1024,
} as const;
