/**
 * Timestamp order for a batch of probe records. All CPUs share one ring buffer, where an event
 * lands when its CPU finished building it, so neighbours from different CPUs can be a little out
 * of time order (a single thread's events never are). Batches are almost always already sorted:
 * check first, and only then sort the records into a new buffer.
 */

const TS_AT = 2; // after the u16 CPU number
const LEN_AT = 2 + 16;

function tsHi(b: Buffer, p: number): number { return b.readUInt32LE(p + TS_AT + 4); }
function tsLo(b: Buffer, p: number): number { return b.readUInt32LE(p + TS_AT); }

export function orderRecords(batch: Buffer): Buffer {
  let p = 0;
  let prevHi = 0, prevLo = 0;
  let sorted = true;
  let count = 0;
  while (p + LEN_AT + 4 <= batch.length) {
    const hi = tsHi(batch, p), lo = tsLo(batch, p);
    if (hi < prevHi || (hi === prevHi && lo < prevLo)) sorted = false;
    prevHi = hi; prevLo = lo;
    p += 2 + batch.readUInt32LE(p + LEN_AT);
    count++;
  }
  if (sorted) return batch;
  const starts = new Array<number>(count);
  p = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = p;
    p += 2 + batch.readUInt32LE(p + LEN_AT);
  }
  // stable: equal timestamps keep ring order
  starts.sort((a, b) => (tsHi(batch, a) - tsHi(batch, b)) || (tsLo(batch, a) - tsLo(batch, b)) || (a - b));
  const out = Buffer.allocUnsafe(p);
  let o = 0;
  for (const s of starts) {
    const n = 2 + batch.readUInt32LE(s + LEN_AT);
    batch.copy(out, o, s, s + n);
    o += n;
  }
  return out;
}
