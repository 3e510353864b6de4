/**
 * The checker: resolves each field against the registry, checks the operator against the
 * field's type and parses the values into typed comparands, so that nothing is parsed
 * or looked up per event. Errors are FilterErrors naming the offending position.
 */
import { CheckNode, FilterNode, Operator } from './ast';
import { FilterError } from './filterError';
import { resolveField, FieldRef } from '../fields';
import { FieldArgError, FF, BindContext, Extractor, CheckPredicate } from '../fields/fieldTypes';
import { PT } from '../events/paramTypes';
import { DISPLAY_TABLE } from '../events/displayTable';
import { SYSCALL_NAMES } from '../events/syscallNames';
import { portByName } from './services';

/** How values of a field type compare. */
export type TypeClass = 'number' | 'string' | 'bytes' | 'bool' | 'ip' | 'ipnet' | 'dyn';

export function typeClassOf(type: number): TypeClass {
  switch (type) {
    case PT.CHARBUF: case PT.FSPATH: case PT.FSRELPATH: case PT.SOCKADDR: case PT.SOCKTUPLE: case PT.SOCKFAMILY:
    case PT.CHARBUFARRAY: case PT.CHARBUF_PAIR_ARRAY: case PT.FDLIST:
      return 'string';
    case PT.BYTEBUF: return 'bytes';
    case PT.BOOL: return 'bool';
    case PT.IPV4ADDR: case PT.IPV6ADDR: case PT.IPADDR: return 'ip';
    case PT.IPV4NET: case PT.IPV6NET: case PT.IPNET: return 'ipnet';
    case PT.DYN: return 'dyn';
    default: return 'number';
  }
}

/** A parsed comparand: what one check compares the field with. */
export type Comparand =
  | { readonly kind: 'none' }
  | { readonly kind: 'number'; readonly values: readonly number[]; readonly bigValues: readonly bigint[] }
  | { readonly kind: 'string'; readonly values: readonly string[] }
  | { readonly kind: 'bytes'; readonly values: readonly Buffer[] }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'ip'; readonly nets: readonly IpNet[] }
  | { readonly kind: 'dyn'; readonly text: readonly string[]; readonly numbers: readonly (number | undefined)[] };

export interface IpNet {
  readonly v6: boolean;
  /** IPv4 address and mask as u32 in wire order read LE (first octet in the low byte) */
  readonly v4: number;
  readonly mask4: number;
  readonly bytes6?: Buffer;
  readonly prefix6: number;
}

export type CheckedNode =
  | { readonly kind: 'and' | 'or'; readonly children: readonly CheckedNode[] }
  | { readonly kind: 'not'; readonly child: CheckedNode }
  | CheckedCheck;

export interface CheckedCheck {
  readonly kind: 'check';
  readonly ref: FieldRef;
  readonly op: Operator;
  readonly cls: TypeClass;
  readonly comparand: Comparand;
  readonly extract: Extractor;
  readonly node: CheckNode;
  /** the field's own compiled check (FieldDef.bindCheck), used instead of extract + comparand */
  readonly custom?: CheckPredicate;
}

const STRING_ONLY_OPS: ReadonlySet<Operator> = new Set(['contains', 'icontains', 'startswith', 'endswith', 'glob', 'pmatch']);
const BYTES_OPS: ReadonlySet<Operator> = new Set(['bcontains', 'bstartswith']);
const ORDER_OPS: ReadonlySet<Operator> = new Set(['<', '<=', '>', '>=']);

export function checkFilter(node: FilterNode, ctx: BindContext): CheckedNode {
  switch (node.kind) {
    case 'and': case 'or': return { kind: node.kind, children: node.children.map((c) => checkFilter(c, ctx)) };
    case 'not': return { kind: 'not', child: checkFilter(node.child, ctx) };
    case 'check': return checkOne(node, ctx);
  }
}

function checkOne(node: CheckNode, ctx: BindContext): CheckedCheck {
  let ref: FieldRef | undefined;
  try {
    ref = resolveField(node.field);
  } catch (e) {
    if (e instanceof FieldArgError) throw new FilterError(e.message, node.pos);
    throw e;
  }
  if (!ref) throw new FilterError(`unrecognized field ${node.field}`, node.pos);
  if (ref.def.flags & FF.PRINT_ONLY) throw new FilterError(`field ${ref.def.name} can only be used in output formats`, node.pos);
  if (ref.def.bindCheck) {
    let custom: CheckPredicate;
    try {
      custom = ref.def.bindCheck(ref.arg, node.op === '==' ? '=' : node.op, node.values);
    } catch (e) {
      if (e instanceof FieldArgError) throw new FilterError(e.message, node.pos);
      throw e;
    }
    const cls = typeClassOf(ref.def.type);
    return { kind: 'check', ref, op: node.op, cls, comparand: { kind: 'none' }, extract: () => undefined, node, custom };
  }
  let extract: Extractor;
  try {
    extract = ref.def.bind(ref.arg, ctx);
  } catch (e) {
    if (e instanceof FieldArgError) throw new FilterError(e.message, node.pos);
    throw e;
  }
  const cls = typeClassOf(ref.def.type);
  const op = node.op === '==' ? '=' : node.op;
  const opName = node.op;
  if (op !== 'exists') {
    if (STRING_ONLY_OPS.has(op) && cls !== 'string' && cls !== 'dyn' && !(cls === 'bytes' && op !== 'icontains' && op !== 'glob' && op !== 'pmatch')) {
      throw new FilterError(`'${opName}' not supported for ${describe(cls)} fields (${ref.def.name})`, node.pos);
    }
    if (BYTES_OPS.has(op) && cls !== 'string' && cls !== 'bytes') {
      throw new FilterError(`'${opName}' not supported for ${describe(cls)} fields (${ref.def.name})`, node.pos);
    }
    if (ORDER_OPS.has(op) && (cls === 'bool' || cls === 'ip' || cls === 'ipnet' || cls === 'bytes')) {
      throw new FilterError(`'${opName}' not supported for ${describe(cls)} fields (${ref.def.name})`, node.pos);
    }
  }
  const comparand = op === 'exists' ? { kind: 'none' as const } : parseComparand(node, ref, cls, op);
  if (ref.def.name === 'evt.type' && op !== 'exists') {
    // sysdig checks every value compared with evt.type against the event names, whatever the operator
    for (const v of node.values) {
      if (!isKnownEventName(v)) throw new FilterError(`unknown event type ${v}`, node.valuePos + v.length);
    }
  }
  return { kind: 'check', ref, op, cls, comparand, extract, node };
}

function describe(cls: TypeClass): string {
  switch (cls) {
    case 'number': return 'numeric';
    case 'bool': return 'boolean';
    case 'ip': return 'IP address';
    case 'ipnet': return 'IP network';
    case 'bytes': return 'buffer';
    default: return cls;
  }
}

let eventNames: Set<string> | undefined;
function isKnownEventName(name: string): boolean {
  if (!eventNames) {
    eventNames = new Set();
    for (const e of DISPLAY_TABLE) if (e.name !== 'NA' && !/^NA\d$/.test(e.name)) eventNames.add(e.name);
    for (const s of SYSCALL_NAMES) eventNames.add(s);
  }
  return eventNames.has(name);
}

function parseComparand(node: CheckNode, ref: FieldRef, cls: TypeClass, op: Operator): Comparand {
  const values = node.values;
  if (values.length === 0) throw new FilterError(`missing value for ${ref.def.name}`, node.valuePos);
  if (BYTES_OPS.has(op)) {
    return { kind: 'bytes', values: values.map((v) => parseHex(v, node)) };
  }
  switch (cls) {
    case 'string': return { kind: 'string', values };
    case 'bytes': return { kind: 'bytes', values: values.map((v) => Buffer.from(v, 'latin1')) };
    case 'bool': {
      if (values.length !== 1 || (values[0] !== 'true' && values[0] !== 'false')) {
        throw new FilterError(`unrecognized boolean value ${values[0]}`, node.valuePos);
      }
      return { kind: 'bool', value: values[0] === 'true' };
    }
    case 'ip': case 'ipnet':
      return { kind: 'ip', nets: values.map((v) => parseIp(v, node, cls === 'ipnet' || v.includes('/'))) };
    case 'dyn': {
      const numbers = values.map((v) => (/^\s*[-+]?\d+/.test(v) ? parseInt(v, 10) : undefined));
      return { kind: 'dyn', text: values, numbers };
    }
    default: {
      const nums = values.map((v) => parseNumber(v, ref.def.type, node));
      return { kind: 'number', values: nums.map(Number), bigValues: nums };
    }
  }
}

/** sinsp's numeric parsing: a leading (optionally signed) integer, like sscanf("%ld"). */
function parseNumber(v: string, type: number, node: CheckNode): bigint {
  if (type === PT.PORT && v !== '' && !/^\d+$/.test(v)) {
    const port = portByName(v);
    if (port === undefined) throw new FilterError(`unrecognized protocol ${v}`, node.valuePos + v.length);
    return BigInt(port);
  }
  if (v === '' && type === PT.PORT) return 0n;
  const m = /^\s*([-+]?\d+)/.exec(v);
  if (!m) throw new FilterError(`${v} is not a valid number`, node.valuePos + v.length);
  return BigInt(m[1]);
}

function parseHex(v: string, node: CheckNode): Buffer {
  if (v.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(v)) throw new FilterError(`bcontains/bstartswith value ${v} is not a hex string`, node.valuePos);
  return Buffer.from(v, 'hex');
}

function parseIp(v: string, node: CheckNode, net: boolean): IpNet {
  const [addr, bitsText] = v.split('/');
  if (net && bitsText === undefined) throw new FilterError(`unrecognized IP network ${v}`, node.valuePos);
  if (addr.includes('.') && !addr.includes(':')) {
    const parts = addr.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
      throw new FilterError(`unrecognized IPv4 ${net ? 'network' : 'address'} ${v}`, node.valuePos);
    }
    const ip = (Number(parts[0]) | (Number(parts[1]) << 8) | (Number(parts[2]) << 16) | (Number(parts[3]) << 24)) >>> 0;
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new FilterError(`unrecognized IP network ${v}`, node.valuePos);
    // mask in the same byte order as the address: the first octets are the low bytes
    let mask = 0;
    for (let b = 0; b < bits; b++) mask |= 1 << ((Math.floor(b / 8) * 8) + (7 - (b % 8)));
    return { v6: false, v4: ip, mask4: mask >>> 0, prefix6: 0 };
  }
  const bytes = parseIpv6(addr);
  if (!bytes) throw new FilterError(`unrecognized IPv6 ${net ? 'network' : 'address'} ${v}`, node.valuePos);
  const bits = bitsText === undefined ? 128 : Number(bitsText);
  // sinsp compares IPv6 networks on their first 64 bits
  return { v6: true, v4: 0, mask4: 0, bytes6: bytes, prefix6: bitsText === undefined ? 128 : Math.min(bits, 64) };
}

function parseIpv6(s: string): Buffer | undefined {
  const out = Buffer.alloc(16);
  let head = s, tail = '';
  const dbl = s.indexOf('::');
  if (dbl >= 0) { head = s.slice(0, dbl); tail = s.slice(dbl + 2); if (tail.includes('::')) return undefined; }
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.includes('.') && i === items.length - 1) {
        const q = it.split('.').map(Number);
        if (q.length !== 4 || q.some((x) => !(x >= 0 && x <= 255))) return undefined;
        groups.push((q[0] << 8) | q[1], (q[2] << 8) | q[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(it)) return undefined;
        groups.push(parseInt(it, 16));
      }
    }
    return groups;
  };
  const h = parse(head), t = parse(tail);
  if (!h || !t) return undefined;
  if (dbl < 0 ? h.length !== 8 : h.length + t.length > 7) return undefined;
  const all = [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  all.forEach((g, i) => out.writeUInt16BE(g, 2 * i));
  return out;
}
