/** Counters the probe keeps per CPU. */
export interface ProbeCounters {
  /** records written to the ring buffer */
  events: number;
  /** records lost because the ring buffer was full */
  dropsFull: number;
  /** records lost because they outgrew the probe's scratch buffer */
  dropsLarge: number;
  /** events not recorded because of the syscall mask or the comm filter */
  skipped: number;
}

export interface CaptureStats extends ProbeCounters {
  perCpu: ProbeCounters[];
}

export interface CaptureSessionOptions {
  /** the compiled probe; default: the one shipped beside this package */
  probePath?: string;
  /** ring buffer size in bytes, a power of two (default 16 MiB) */
  ringBufferBytes?: number;
  /** bytes of I/O data recorded per buffer (default 80) */
  snaplen?: number;
  /** per native syscall number (512 entries): 0 skip, 1 record, 2 record unless the comm is skipped */
  syscallMask?: Uint8Array;
  /** process names (comm) whose maskable events are not recorded */
  skipComms?: readonly string[];
  /** do not record scheduler switches */
  dropSwitch?: boolean;
  /**
   * the probe programs to attach, by name prefix: "attach_" (the default) records events;
   * "floor_" attaches programs that do nothing, to measure what tracing syscalls costs at all
   */
  attachPrefix?: string;
}

/**
 * A live capture. The constructor loads and attaches the probe (throws with one readable line
 * when it cannot: not root, no probe object, kernel refusal); start() delivers batches of
 * capture-file event blocks (EV_BLOCK_TYPE_V2, 0x216: u32 type, u32 length, a u16 CPU number,
 * one scap event, padding, u32 length), each batch in timestamp order.
 */
export class CaptureSession {
  constructor(options?: CaptureSessionOptions);
  start(onBatch: (batch: Buffer) => void): void;
  /** Stops recording; resolves after the last batch was delivered. */
  stop(): Promise<void>;
  stats(): CaptureStats;
}

export const probeObjectPath: string;
