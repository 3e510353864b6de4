/**
 * The little of the protobuf wire format the CRI calls need: messages written from (field,
 * value) lists, and read into a field-number index of raw values that typed readers pick from.
 * Unknown fields are skipped, as protobuf readers do.
 */

export type ProtoField =
  | { no: number; string: string }
  | { no: number; bool: boolean }
  | { no: number; varint: number | bigint }
  | { no: number; message: Buffer };

function varint(n: bigint): Buffer {
  const out: number[] = [];
  let v = BigInt.asUintN(64, n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return Buffer.from(out);
}

const key = (no: number, wire: number) => varint(BigInt((no << 3) | wire));

/** Writes a message; strings are UTF-8; false, zero and empty values are written too. */
export function encodeMessage(fields: readonly ProtoField[]): Buffer {
  const parts: Buffer[] = [];
  for (const f of fields) {
    if ('string' in f) {
      const b = Buffer.from(f.string, 'utf8');
      parts.push(key(f.no, 2), varint(BigInt(b.length)), b);
    } else if ('message' in f) {
      parts.push(key(f.no, 2), varint(BigInt(f.message.length)), f.message);
    } else if ('bool' in f) {
      parts.push(key(f.no, 0), varint(f.bool ? 1n : 0n));
    } else {
      parts.push(key(f.no, 0), varint(BigInt(f.varint)));
    }
  }
  return Buffer.concat(parts);
}

export class ProtoError extends Error {
  override readonly name = 'ProtoError';
}

/** A decoded value: varints as bigint, length-delimited fields as their bytes, fixed ones as their bytes too. */
export type ProtoValue = bigint | Buffer;

/** A message's fields by number, each with every value it had, in order. */
export class ProtoMessage {
  private constructor(private readonly fields: Map<number, ProtoValue[]>) {}

  static decode(buf: Buffer): ProtoMessage {
    const fields = new Map<number, ProtoValue[]>();
    let p = 0;
    const readVarint = (): bigint => {
      let v = 0n, shift = 0n;
      for (;;) {
        if (p >= buf.length) throw new ProtoError('truncated varint');
        const b = buf[p++];
        v |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0) return v;
        shift += 7n;
        if (shift > 63n) throw new ProtoError('varint too long');
      }
    };
    while (p < buf.length) {
      const k = readVarint();
      const no = Number(k >> 3n), wire = Number(k & 7n);
      if (no === 0) throw new ProtoError('field number 0');
      let value: ProtoValue;
      switch (wire) {
        case 0: value = readVarint(); break;
        case 1: if (p + 8 > buf.length) throw new ProtoError('truncated fixed64'); value = buf.subarray(p, p + 8); p += 8; break;
        case 2: {
          const len = Number(readVarint());
          if (len < 0 || p + len > buf.length) throw new ProtoError('truncated field');
          value = buf.subarray(p, p + len); p += len; break;
        }
        case 5: if (p + 4 > buf.length) throw new ProtoError('truncated fixed32'); value = buf.subarray(p, p + 4); p += 4; break;
        default: throw new ProtoError(`unsupported wire type ${wire}`);
      }
      let list = fields.get(no);
      if (!list) fields.set(no, (list = []));
      list.push(value);
    }
    return new ProtoMessage(fields);
  }

  has(no: number): boolean { return this.fields.has(no); }

  /** the last value of a field, as protobuf readers take a repeated scalar field's last occurrence */
  private last(no: number): ProtoValue | undefined {
    const l = this.fields.get(no);
    return l === undefined ? undefined : l[l.length - 1];
  }

  string(no: number): string {
    const v = this.last(no);
    return Buffer.isBuffer(v) ? v.toString('utf8') : '';
  }

  /** an int64 field (two's complement varint) */
  int64(no: number): bigint {
    const v = this.last(no);
    return typeof v === 'bigint' ? BigInt.asIntN(64, v) : 0n;
  }

  uint(no: number): number {
    const v = this.last(no);
    return typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : 0;
  }

  bool(no: number): boolean {
    const v = this.last(no);
    return typeof v === 'bigint' && v !== 0n;
  }

  /** an embedded message; several occurrences merge, the way protobuf reads them */
  message(no: number): ProtoMessage {
    const l = this.fields.get(no);
    if (l === undefined) return ProtoMessage.decode(Buffer.alloc(0));
    return ProtoMessage.decode(Buffer.concat(l.filter(Buffer.isBuffer)));
  }

  /** every occurrence of a repeated embedded message */
  messages(no: number): ProtoMessage[] {
    return (this.fields.get(no) ?? []).filter(Buffer.isBuffer).map((b) => ProtoMessage.decode(b));
  }

  strings(no: number): string[] {
    return (this.fields.get(no) ?? []).filter(Buffer.isBuffer).map((b) => b.toString('utf8'));
  }

  /** a map<string, string> field (entries with key 1 and value 2); a later entry for a key wins */
  stringMap(no: number): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of this.messages(no)) out.set(e.string(1), e.string(2));
    return out;
  }
}
