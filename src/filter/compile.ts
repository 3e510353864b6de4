/**
 * Checked AST -> one predicate closure. Each check becomes a closure specialized by its
 * value class and operator at compile time: evaluation never walks the AST, parses a
 * value or builds a string for a numeric field. A missing field value makes a
 * comparison false (as in sysdig), `exists` tests exactly that.
 */
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';
import { CheckedCheck, CheckedNode, Comparand, IpNet } from './check';
import { FieldArgError, FieldValue, IpValue } from '../fields/fieldTypes';
import { globMatch } from './glob';
import { FilterError, FilterRuntimeError } from './filterError';

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
  const extract = c.extract;
  const own = c.ref.def.compare;
  if (own !== undefined) {
    // per-value equality tests, for fields that loop over `in` values themselves
    const k = c.comparand;
    const eqTests = c.node.values.map((_v, i) => compileTest({ ...c, op: '=', comparand: nthComparand(k, i) }));
    try {
      return own.bind(c.ref.arg, c.op, c.node.values, compileTest(c), eqTests);
    } catch (e) {
      // a field refusing an operator or value when the filter is compiled
      if (e instanceof FieldArgError) throw new FilterError(e.message, c.node.pos);
      throw e;
    }
  }
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
    case 'ip': return ipTest(op, k.net, k.nets);
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

function nthComparand(k: Comparand, i: number): Comparand {
  switch (k.kind) {
    case 'number': return { kind: 'number', values: [k.values[i]], bigValues: [k.bigValues[i]] };
    case 'string': return { kind: 'string', values: [k.values[i]] };
    case 'bytes': return { kind: 'bytes', values: [k.values[i]] };
    case 'ip': return { kind: 'ip', net: k.net, nets: [k.nets[i]] };
    case 'dyn': return { kind: 'dyn', text: [k.text[i]], numbers: [k.numbers[i]] };
    default: return k;
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

/**
 * IP comparisons as sinsp does them on its stored bytes: an IPv4 value compares with the
 * comparand's first 4 bytes (and, for networks, the mask in the next 4), an IPv6 value with
 * its 16 bytes (networks: the first 64 bits). `in` on addresses is a membership test on the
 * bytes, so it never matches across families.
 */
function ipTest(op: string, net: boolean, nets: readonly IpNet[]): Test {
  const eq = (v: IpValue, n: IpNet): boolean => {
    const raw = n.raw;
    if (!v.v6) {
      const ip = raw.readUInt32LE(0);
      if (!net) return v.v4 === ip;
      const mask = raw.readUInt32LE(4);
      return ((v.v4 & mask) >>> 0) === ((ip & mask) >>> 0);
    }
    const b = v.bytes6!;
    const len = net ? 8 : 16;
    for (let i = 0; i < len; i++) if (b[i] !== raw[i]) return false;
    return true;
  };
  const n0 = nets[0];
  switch (op) {
    case '=': return (v) => eq(v as IpValue, n0);
    case '!=': return (v) => !eq(v as IpValue, n0);
    case 'in': case 'intersects':
      if (net) return (v) => nets.some((n) => eq(v as IpValue, n));
      return (v) => { const ip = v as IpValue; return nets.some((n) => (n.len === 16) === ip.v6 && eq(ip, n)); };
    case '<': case '<=': case '>': case '>=': {
      const ref = n0.raw.readUInt32LE(0);
      const cmp = op === '<' ? (a: number) => a < ref : op === '<=' ? (a: number) => a <= ref
        : op === '>' ? (a: number) => a > ref : (a: number) => a >= ref;
      // sinsp orders IPv4 addresses as numbers; ordering an IPv6 one stops the replay
      return (v) => {
        const ip = v as IpValue;
        if (ip.v6) throw new FilterRuntimeError('comparison operator not supported for ipv6 addresses');
        return cmp(ip.v4 >>> 0);
      };
    }
    default: return () => false;
  }
}
