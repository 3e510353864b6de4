/**
 * Checked AST -> one predicate closure. Each check becomes a closure specialized by its
 * value class and operator at compile time: evaluation never walks the AST, parses a
 * value or builds a string for a numeric field. A missing field value makes a
 * comparison false (as in sysdig), `exists` tests exactly that.
 */
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';
import { CheckedCheck, CheckedNode, IpNet } from './check';
import { FieldValue, IpValue } from '../fields/fieldTypes';
import { globMatch } from './glob';

export type Predicate = (ev: Event, ins: Inspector) => boolean;

export function compilePredicate(n: CheckedNode): Predicate {
  switch (n.kind) {
    case 'and': {
      const parts = n.children.map(compilePredicate);
      if (parts.length === 2) { const [a, b] = parts; return (ev, ins) => a(ev, ins) && b(ev, ins); }
      return (ev, ins) => { for (const p of parts) if (!p(ev, ins)) return false; return true; };
    }
    case 'or': {
      const parts = n.children.map(compilePredicate);
      if (parts.length === 2) { const [a, b] = parts; return (ev, ins) => a(ev, ins) || b(ev, ins); }
      return (ev, ins) => { for (const p of parts) if (p(ev, ins)) return true; return false; };
    }
    case 'not': {
      const c = compilePredicate(n.child);
      return (ev, ins) => !c(ev, ins);
    }
    case 'check':
      return compileCheck(n);
  }
}

type Test = (v: FieldValue) => boolean;

function compileCheck(c: CheckedCheck): Predicate {
  if (c.custom) return c.custom;
  const extract = c.extract;
  if (c.op === 'exists') return (ev, ins) => extract(ev, ins) !== undefined;
  const test = compileTest(c);
  return (ev, ins) => {
    const v = extract(ev, ins);
    return v !== undefined && test(v);
  };
}

function compileTest(c: CheckedCheck): Test {
  const k = c.comparand;
  const op = c.op;
  switch (k.kind) {
    case 'number': {
      const single = k.values[0];
      const big = k.bigValues[0];
      if (op === 'in' || op === 'intersects') {
        const set = new Set(k.values);
        return (v) => set.has(typeof v === 'bigint' ? Number(v) : (v as number));
      }
      return numberTest(op, single, big);
    }
    case 'string': return stringTest(op, k.values);
    case 'bytes': return bytesTest(op, k.values);
    case 'bool': {
      const want = k.value;
      return op === '!=' ? (v) => !!v !== want : (v) => !!v === want;
    }
    case 'ip': {
      const nets = k.nets;
      const match = (v: IpValue) => nets.some((n) => ipInNet(v, n));
      return op === '!=' ? (v) => !match(v as IpValue) : (v) => match(v as IpValue);
    }
    case 'dyn': {
      const stringT = stringTest(op, k.text);
      const n0 = k.numbers[0];
      const numT = n0 !== undefined && k.numbers.every((x) => x !== undefined)
        ? (op === 'in' ? ((set) => (v: FieldValue) => set.has(Number(v)))(new Set(k.numbers as number[])) : numberTest(op, n0, BigInt(n0)))
        : undefined;
      return (v) => (typeof v === 'number' || typeof v === 'bigint') ? (numT ? numT(v) : false) : stringT(typeof v === 'string' ? v : String(v));
    }
    case 'none':
      return () => true;
  }
}

function numberTest(op: string, n: number, big: bigint): Test {
  const exact = Number.isSafeInteger(n);
  const cmp = (v: FieldValue): number => {
    if (typeof v === 'bigint') return v < big ? -1 : v > big ? 1 : 0;
    const x = v as number;
    if (!exact) { const b = BigInt(Math.trunc(x)); return b < big ? -1 : b > big ? 1 : 0; }
    return x < n ? -1 : x > n ? 1 : 0;
  };
  switch (op) {
    case '=': return exact ? (v) => (typeof v === 'number' ? v === n : cmp(v) === 0) : (v) => cmp(v) === 0;
    case '!=': return (v) => cmp(v) !== 0;
    case '<': return (v) => cmp(v) < 0;
    case '<=': return (v) => cmp(v) <= 0;
    case '>': return (v) => cmp(v) > 0;
    case '>=': return (v) => cmp(v) >= 0;
    default: return () => false;
  }
}

function strcmp(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }

function stringTest(op: string, values: readonly string[]): Test {
  const s = values[0];
  switch (op) {
    case '=': return (v) => v === s;
    case '!=': return (v) => v !== s;
    case 'contains': return (v) => (v as string).includes(s);
    case 'icontains': { const l = s.toLowerCase(); return (v) => (v as string).toLowerCase().includes(l); }
    case 'startswith': return (v) => (v as string).startsWith(s);
    case 'endswith': return (v) => (v as string).endsWith(s);
    case 'glob': return (v) => globMatch(s, v as string);
    case '<': return (v) => strcmp(v as string, s) < 0;
    case '<=': return (v) => strcmp(v as string, s) <= 0;
    case '>': return (v) => strcmp(v as string, s) > 0;
    case '>=': return (v) => strcmp(v as string, s) >= 0;
    case 'in': case 'intersects': {
      if (values.length === 1) return (v) => v === s;
      const set = new Set(values);
      return (v) => set.has(v as string);
    }
    case 'pmatch': {
      const prefixes = values.map((p) => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p));
      return (v) => {
        const x = v as string;
        for (const p of prefixes) if (x === p || (x.startsWith(p) && (p.endsWith('/') || x.charCodeAt(p.length) === 47))) return true;
        return false;
      };
    }
    default: return () => false;
  }
}

function toBytes(v: FieldValue): Buffer {
  return Buffer.isBuffer(v) ? v : Buffer.from(String(v), 'latin1');
}

function bytesTest(op: string, values: readonly Buffer[]): Test {
  const b = values[0];
  switch (op) {
    case '=': return (v) => toBytes(v).equals(b);
    case '!=': return (v) => !toBytes(v).equals(b);
    case 'contains': case 'bcontains': return (v) => toBytes(v).includes(b);
    case 'startswith': case 'bstartswith': return (v) => { const x = toBytes(v); return x.length >= b.length && x.subarray(0, b.length).equals(b); };
    case 'endswith': return (v) => { const x = toBytes(v); return x.length >= b.length && x.subarray(x.length - b.length).equals(b); };
    case 'in': case 'intersects': return (v) => { const x = toBytes(v); return values.some((y) => x.equals(y)); };
    default: return () => false;
  }
}

function ipInNet(v: IpValue, n: IpNet): boolean {
  if (v.v6 !== n.v6) return false;
  if (!v.v6) return ((v.v4 & n.mask4) >>> 0) === ((n.v4 & n.mask4) >>> 0);
  const a = v.bytes6!, b = n.bytes6!;
  const bits = n.prefix6;
  const full = bits >> 3;
  for (let i = 0; i < full; i++) if (a[i] !== b[i]) return false;
  const rem = bits & 7;
  if (rem === 0) return true;
  const mask = (0xff << (8 - rem)) & 0xff;
  return (a[full] & mask) === (b[full] & mask);
}
