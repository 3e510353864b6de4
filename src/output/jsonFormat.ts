/**
 * sysdig's -j output: one JSON object per event with the format's fields as keys, sorted
 * (jsoncpp keeps object members in a sorted map), written compactly. Values follow the
 * field type (sinsp rawval_to_json): integers in DEC/ID format as numbers, other numeric
 * formats as strings, booleans as booleans, everything else as strings.
 */
import { PT, PF } from '../events/paramTypes';
import { FieldValue, Extractor, BindContext, FieldDef } from '../fields/fieldTypes';
import { formatFieldValue } from '../fields/valueFormat';
import { FieldRef } from '../fields/registry';
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';

interface JsonField { key: string; def: FieldDef; extract: Extractor; raw: boolean }

export class JsonFormatter {
  private readonly fields: JsonField[];
  constructor(refs: FieldRef[], ctx: BindContext, private readonly requireAll: boolean) {
    const byKey = new Map<string, JsonField>();
    for (const r of refs) {
      const raw = r.def.bindJson !== undefined;
      const extract = raw ? r.def.bindJson!(r.arg, ctx) : r.def.bind(r.arg, ctx);
      byKey.set(r.text, { key: r.text, def: r.def, extract, raw });
    }
    this.fields = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The JSON line, or undefined when a required field has no value. */
  format(ev: Event, ins: Inspector): string | undefined {
    let out = '{';
    let first = true;
    let ok = true;
    for (const f of this.fields) {
      let v = f.extract(ev, ins);
      if (!ok) continue;
      if (v === undefined && this.requireAll) { ok = false; continue; }
      // sysdig extracts each value twice (a null test, then the value): stateful fields see that
      if (f.def.stateful) v = f.extract(ev, ins);
      out += (first ? '' : ',') + jsonString(f.key) + ':' + (v === undefined ? 'null' : f.raw ? rawJson(v) : typedJson(v, f.def));
      first = false;
    }
    return ok ? out + '}' : undefined;
  }
}

function rawJson(v: FieldValue): string {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return jsonString(typeof v === 'string' ? v : String(v));
}

function typedJson(v: FieldValue, def: FieldDef): string {
  switch (def.type) {
    case PT.INT8: case PT.INT16: case PT.INT32: case PT.INT64: case PT.PID:
    case PT.UINT8: case PT.UINT16: case PT.UINT32: case PT.UINT64: case PT.RELTIME: case PT.ABSTIME:
    case PT.PORT: case PT.L4PROTO:
      if (def.format === PF.DEC || def.format === PF.ID) return String(v);
      if (def.format === PF.NA && def.type !== PT.INT64 && def.type !== PT.PID) return 'null';
      return jsonString(formatFieldValue(v, def.type, def.format));
    case PT.BOOL:
      return v ? 'true' : 'false';
    case PT.SOCKADDR: case PT.SOCKFAMILY:
      return 'null';
    default:
      return jsonString(formatFieldValue(v, def.type, def.format));
  }
}

/** jsoncpp's string quoting: escapes quotes, backslash, control characters; non-ASCII UTF-8 as \\uXXXX. */
export function jsonString(s: string): string {
  let out = '"';
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c < 0x80) out += s[i];
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20) out += '\\u' + c.toString(16).padStart(4, '0');
    else {
      // strings hold bytes (latin1): decode a UTF-8 sequence into one code point
      const [cp, len] = decodeUtf8(s, i);
      if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
      else {
        const v = cp - 0x10000;
        out += '\\u' + (0xd800 + (v >> 10)).toString(16) + '\\u' + (0xdc00 + (v & 0x3ff)).toString(16);
      }
      i += len - 1;
    }
  }
  return out + '"';
}

function decodeUtf8(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  const cont = (k: number) => { const b = s.charCodeAt(i + k); return b >= 0x80 && b < 0xc0 ? b & 0x3f : -1; };
  if (b0 >= 0xc0 && b0 < 0xe0) { const b1 = cont(1); if (b1 >= 0) return [((b0 & 0x1f) << 6) | b1, 2]; }
  else if (b0 >= 0xe0 && b0 < 0xf0) { const b1 = cont(1), b2 = cont(2); if (b1 >= 0 && b2 >= 0) return [((b0 & 0x0f) << 12) | (b1 << 6) | b2, 3]; }
  else if (b0 >= 0xf0 && b0 < 0xf8) { const b1 = cont(1), b2 = cont(2), b3 = cont(3); if (b1 >= 0 && b2 >= 0 && b3 >= 0) return [((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3, 4]; }
  return [0xfffd, 1];
}
