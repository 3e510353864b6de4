/**
 * The procinfo events a live capture inserts: after the first event of each new second (at
 * most every half second of wall time), one per thread with CPU time, stamped 1 ns before the
 * second that ended; the thread list's last entry always goes out (sinsp's scheduling quirk).
 */
import { describe, it, expect } from 'vitest';
import { ProcinfoInjector, ThreadCpuTimes } from '../../src/live/procinfoEvents';
import { ScapParser } from '../../src/capture/scapParser';
import { ScapWriter } from '../../src/capture/scapWriter';
import { EV_BLOCK_TYPE_V2 } from '../../src/capture/blockTypes';
import { PPME } from '../../src/events/eventTable';
import type { RawEvent } from '../../src/capture/rawEvent';

const S = 1_000_000_000n;

/** A block of a live batch (EV_BLOCK_TYPE_V2): u16 cpu + a generic-exit event of one u16 parameter. */
function record(ts: bigint, tid: number): Buffer {
  const b = Buffer.alloc(8 + 32 + 4);
  b.writeUInt32LE(EV_BLOCK_TYPE_V2, 0);
  b.writeUInt32LE(b.length, 4);
  b.writeUInt16LE(1, 8);
  b.writeBigUInt64LE(ts, 10);
  b.writeBigInt64LE(BigInt(tid), 18);
  b.writeUInt32LE(26 + 2 + 2, 26);
  b.writeUInt16LE(PPME.GENERIC_X, 30);
  b.writeUInt32LE(1, 32);
  b.writeUInt16LE(2, 36);
  b.writeUInt32LE(b.length, b.length - 4);
  return b;
}

function decode(batch: Buffer): { type: number; tid: number; ts: bigint; vals: bigint[] }[] {
  const out: { type: number; tid: number; ts: bigint; vals: bigint[] }[] = [];
  const p = new ScapParser({
    onEvent(ev: RawEvent) {
      const vals = ev.type === PPME.PROCINFO_E ? [ev.buf.readBigUInt64LE(ev.off + 30), ev.buf.readBigUInt64LE(ev.off + 38)] : [];
      out.push({ type: ev.type, tid: Number(ev.buf.readBigInt64LE(ev.off + 8)), ts: ev.buf.readBigUInt64LE(ev.off), vals });
    },
  });
  const head: Buffer[] = [];
  new ScapWriter((b) => head.push(b)).sectionHeader();
  p.push(Buffer.concat([...head, batch]));
  p.finish();
  return out;
}

const THREADS: ThreadCpuTimes[] = [{ tid: 1, utime: 5, stime: 7 }, { tid: 2, utime: 0, stime: 0 }, { tid: 3, utime: 0, stime: 0 }];

describe('procinfo events of a live capture', () => {
  it('follow the first event of each new second, stamped 1 ns before it', () => {
    let now = 0;
    const inj = new ProcinfoInjector(() => THREADS, () => now);
    const t0 = 100n * S + 5n;
    // the first event only sets the boundary
    expect(decode(inj.inject(Buffer.concat([record(t0, 9), record(t0 + 10n, 9)]))).map((e) => e.type)).toEqual([PPME.GENERIC_X, PPME.GENERIC_X]);
    now = 1000;
    const evs = decode(inj.inject(Buffer.concat([record(101n * S + 3n, 9), record(101n * S + 4n, 9)])));
    expect(evs.map((e) => [e.type, e.tid])).toEqual([
      [PPME.GENERIC_X, 9], [PPME.PROCINFO_E, 1], [PPME.PROCINFO_E, 3], [PPME.GENERIC_X, 9],
    ]);
    expect(evs[1].ts).toBe(101n * S - 1n);
    expect(evs[1].vals).toEqual([5n, 7n]);
  });

  it('wait half a second of wall time between thread-list reads', () => {
    let now = 0, reads = 0;
    const inj = new ProcinfoInjector(() => { reads++; return THREADS; }, () => now);
    inj.inject(record(100n * S, 9));
    now = 10_000;
    inj.inject(record(101n * S + 1n, 9));
    now += 100; // a replay-fast burst: the next second comes 100 ms later
    const evs = decode(inj.inject(record(102n * S + 1n, 9)));
    expect(reads).toBe(1);
    expect(evs).toHaveLength(1);
  });
});
