/**
 * Block type numbers of the pcapng-based scap capture format (facts from libscap's
 * scap_savefile.h). `_INT` are the unofficial numbers used before libscap's first
 * release; readers still accept them.
 */
export const SHB_BLOCK_TYPE = 0x0a0d0d0a;
export const SHB_MAGIC = 0x1a2b3c4d;
export const SHB_MAGIC_SWAPPED = 0x4d3c2b1a;

export const MI_BLOCK_TYPE = 0x201;
export const MI_BLOCK_TYPE_INT = 0x8002abcd;

export const PL_BLOCK_TYPE_V1 = 0x202;
export const PL_BLOCK_TYPE_V1_INT = 0x8000abcd;
export const PL_BLOCK_TYPE_V2 = 0x207;
export const PL_BLOCK_TYPE_V2_INT = 0x8013abcd;
export const PL_BLOCK_TYPE_V3 = 0x209;
export const PL_BLOCK_TYPE_V3_INT = 0x8014abcd;
export const PL_BLOCK_TYPE_V4 = 0x210;
export const PL_BLOCK_TYPE_V5 = 0x211;
export const PL_BLOCK_TYPE_V6 = 0x212;
export const PL_BLOCK_TYPE_V7 = 0x213;
export const PL_BLOCK_TYPE_V8 = 0x214;
export const PL_BLOCK_TYPE_V9 = 0x215;

export const FDL_BLOCK_TYPE = 0x203;
export const FDL_BLOCK_TYPE_INT = 0x8001abcd;
export const FDL_BLOCK_TYPE_V2 = 0x218;

export const EV_BLOCK_TYPE = 0x204;
export const EV_BLOCK_TYPE_INT = 0x8010abcd;
export const EV_BLOCK_TYPE_V2 = 0x216;
export const EV_BLOCK_TYPE_V2_LARGE = 0x221;

export const EVF_BLOCK_TYPE = 0x208;
export const EVF_BLOCK_TYPE_V2 = 0x217;
export const EVF_BLOCK_TYPE_V2_LARGE = 0x222;

export const IL_BLOCK_TYPE = 0x205;
export const IL_BLOCK_TYPE_INT = 0x8011abcd;
export const IL_BLOCK_TYPE_V2 = 0x219;

export const UL_BLOCK_TYPE = 0x206;
export const UL_BLOCK_TYPE_INT = 0x8012abcd;
export const UL_BLOCK_TYPE_V2 = 0x220;

/** Process-list block version (1..9) by block type, or 0 when not a process list. */
export function procListVersion(blockType: number): number {
  switch (blockType) {
    case PL_BLOCK_TYPE_V1: case PL_BLOCK_TYPE_V1_INT: return 1;
    case PL_BLOCK_TYPE_V2: case PL_BLOCK_TYPE_V2_INT: return 2;
    case PL_BLOCK_TYPE_V3: case PL_BLOCK_TYPE_V3_INT: return 3;
    case PL_BLOCK_TYPE_V4: return 4;
    case PL_BLOCK_TYPE_V5: return 5;
    case PL_BLOCK_TYPE_V6: return 6;
    case PL_BLOCK_TYPE_V7: return 7;
    case PL_BLOCK_TYPE_V8: return 8;
    case PL_BLOCK_TYPE_V9: return 9;
    default: return 0;
  }
}

/** How an event block is laid out: whether it has a flags word, an nparams header field. */
export interface EventBlockKind {
  readonly hasFlags: boolean;
  readonly hasNparams: boolean;
}
const EV_V1: EventBlockKind = { hasFlags: false, hasNparams: false };
const EV_V2: EventBlockKind = { hasFlags: false, hasNparams: true };
const EVF_V1: EventBlockKind = { hasFlags: true, hasNparams: false };
const EVF_V2: EventBlockKind = { hasFlags: true, hasNparams: true };

export function eventBlockKind(blockType: number): EventBlockKind | undefined {
  switch (blockType) {
    case EV_BLOCK_TYPE: case EV_BLOCK_TYPE_INT: return EV_V1;
    case EV_BLOCK_TYPE_V2: case EV_BLOCK_TYPE_V2_LARGE: return EV_V2;
    case EVF_BLOCK_TYPE: return EVF_V1;
    case EVF_BLOCK_TYPE_V2: case EVF_BLOCK_TYPE_V2_LARGE: return EVF_V2;
    default: return undefined;
  }
}

/** fd types as libscap numbers them (scap_fd_type). */
export const FD_TYPE = {
  UNINITIALIZED: -1, UNKNOWN: 0, FILE: 1, DIRECTORY: 2, IPV4_SOCK: 3, IPV6_SOCK: 4,
  IPV4_SERVSOCK: 5, IPV6_SERVSOCK: 6, FIFO: 7, UNIX_SOCK: 8, EVENT: 9, UNSUPPORTED: 10,
  SIGNALFD: 11, EVENTPOLL: 12, INOTIFY: 13, TIMERFD: 14, NETLINK: 15, FILE_V2: 16, BPF: 17,
  USERFAULTFD: 18, IOURING: 19, MEMFD: 20, PIDFD: 21,
} as const;

/** Interface list entry types (scap_ifinfo_type). */
export const IF_TYPE = { IPV4: 1, IPV6: 2, IPV4_NOLINKSPEED: 3, IPV6_NOLINKSPEED: 4 } as const;

/** Size of the event header in V2 blocks: ts u64, tid u64, len u32, type u16, nparams u32. */
export const EVENT_HEADER_SIZE = 26;
/** V1 event blocks lack the nparams field. */
export const EVENT_HEADER_SIZE_V1 = 22;
