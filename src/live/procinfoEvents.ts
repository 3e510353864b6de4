/**
 * The per-thread CPU-time events a live sysdig interleaves with the probe's events: once per
 * second of event time (and at most every half second of wall time) it reads every thread's
 * user and system ticks from /proc and inserts one `procinfo` event per thread, stamped one
 * nanosecond before the second that just ended. topprocs_cpu and thread.cpu live on these; -w
 * writes them, which is why sysdig's own captures carry them.
 */
import * as fs from 'node:fs';
import { PPME } from '../events/eventTable';
import { EV_BLOCK_TYPE_V2 } from '../capture/blockTypes';

const NS_PER_S = 1_000_000_000n;
// batches are scap event blocks (EV_BLOCK_TYPE_V2): u32 type, u32 length, u16 cpu, the event
const TS_AT = 8 + 2;
const EVENT_BYTES = 26 + 2 * 2 + 2 * 8; // header, two u16 lengths, two u64 values
const BLOCK_BYTES = 8 + ((2 + EVENT_BYTES + 3) & ~3) + 4;

export interface ThreadCpuTimes {
  tid: number;
  utime: number;
  stime: number;
}

/** Every thread's cumulative user/system clock ticks, pids and tids in ascending order as /proc lists them. */
export function readThreadCpuTimes(procRoot = '/proc'): ThreadCpuTimes[] {
  const out: ThreadCpuTimes[] = [];
  const numeric = (names: string[]) => names.filter((n) => /^\d+$/.test(n)).map(Number).sort((a, b) => a - b);
  let pids: number[];
  try { pids = numeric(fs.readdirSync(procRoot)); } catch { return out; }
  for (const pid of pids) {
    let tids: number[];
    try { tids = numeric(fs.readdirSync(`${procRoot}/${pid}/task`)); } catch { continue; }
    for (const tid of tids) {
      let stat: string;
      try { stat = fs.readFileSync(`${procRoot}/${pid}/task/${tid}/stat`, 'latin1'); } catch { continue; }
      // fields after the parenthesised comm: state(3) ... utime(14) stime(15)
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const utime = Number(f[11]), stime = Number(f[12]);
      if (Number.isFinite(utime) && Number.isFinite(stime)) out.push({ tid, utime, stime });
    }
  }
  return out;
}

/**
 * Inserts procinfo event blocks into ordered batches of the probe's event blocks. sinsp checks each event's time against
 * the next second boundary; the first event past it is followed by the thread list.
 */
export class ProcinfoInjector {
  /** next second boundary, as a float for the per-record check (exact compare follows) */
  private nextFlushApprox = 0;
  private nextFlushNs = 0n;
  private lastRequestMs = -Infinity;

  constructor(
    private readonly readTimes: () => ThreadCpuTimes[] = readThreadCpuTimes,
    private readonly nowMs: () => number = Date.now,
  ) {}

  inject(batch: Buffer): Buffer {
    let p = 0;
    let parts: Buffer[] | undefined;
    let copiedTo = 0;
    while (p + TS_AT + 8 <= batch.length) {
      const next = p + batch.readUInt32LE(p + 4);
      const approx = batch.readUInt32LE(p + TS_AT + 4) * 4294967296 + batch.readUInt32LE(p + TS_AT);
      if (approx + 1024 >= this.nextFlushApprox) {
        const extra = this.crossed(batch.readBigUInt64LE(p + TS_AT));
        if (extra !== undefined) {
          parts ??= [];
          parts.push(batch.subarray(copiedTo, next), extra);
          copiedTo = next;
        }
      }
      p = next;
    }
    if (parts === undefined) return batch;
    parts.push(batch.subarray(copiedTo));
    return Buffer.concat(parts);
  }

  /** sinsp's get_procs_cpu_from_driver for one event time: the records to follow it, if any */
  private crossed(ts: bigint): Buffer | undefined {
    if (ts <= this.nextFlushNs) return undefined;
    const nextSecond = ts - (ts % NS_PER_S) + NS_PER_S;
    const first = this.nextFlushNs === 0n;
    this.nextFlushNs = nextSecond;
    this.nextFlushApprox = Number(nextSecond);
    if (first) return undefined;
    const now = this.nowMs();
    if (now - this.lastRequestMs <= 500) return undefined;
    this.lastRequestMs = now;
    const times = this.readTimes();
    // sinsp skips threads with no CPU time, except that the list's last thread always goes out
    const shown = times.filter((t, i) => t.utime !== 0 || t.stime !== 0 || i === times.length - 1);
    if (shown.length === 0) return undefined;
    const stamp = nextSecond - NS_PER_S - 1n;
    const out = Buffer.alloc(shown.length * BLOCK_BYTES);
    let o = 0;
    for (const t of shown) {
      out.writeUInt32LE(EV_BLOCK_TYPE_V2, o);
      out.writeUInt32LE(BLOCK_BYTES, o + 4);
      const e = o + 8 + 2;                              // cpu 0, then the event
      out.writeBigUInt64LE(stamp, e);
      out.writeBigInt64LE(BigInt(t.tid), e + 8);
      out.writeUInt32LE(EVENT_BYTES, e + 16);
      out.writeUInt16LE(PPME.PROCINFO_E, e + 20);
      out.writeUInt32LE(2, e + 22);
      out.writeUInt16LE(8, e + 26);
      out.writeUInt16LE(8, e + 28);
      out.writeBigUInt64LE(BigInt(t.utime), e + 30);
      out.writeBigUInt64LE(BigInt(t.stime), e + 38);
      out.writeUInt32LE(BLOCK_BYTES, o + BLOCK_BYTES - 4);
      o += BLOCK_BYTES;
    }
    return out;
  }
}
