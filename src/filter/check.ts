/**
 * The checker: resolves each field against the registry, checks the operator against the
 * field's type and parses the values into typed comparands, so that nothing is parsed
 * or looked up per event. Errors are FilterErrors naming the offending position.
 */
import { CheckNode, FilterNode, Operator } from './ast';
import { FilterError } from './filterError';
import { resolveField, FieldRef } from '../fields';
import { FieldArgError, FF, BindContext, Extractor } from '../fields/fieldTypes';
import { PT } from '../events/paramTypes';
import { DISPLAY_TABLE } from '../events/displayTable';
import { SYSCALL_NAMES } from '../events/syscallNames';
import { portByName } from './services';
import { parseIpv6 } from '../state/netFormat';

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
  | { readonly kind: 'ip'; readonly net: boolean; readonly nets: readonly IpNet[] }
  | { readonly kind: 'dyn'; readonly text: readonly string[]; readonly numbers: readonly (number | undefined)[] };

/**
 * An IP comparand as libsinsp stores it: `raw` holds the parsed bytes in a zeroed 16-byte
 * buffer (an IPv4 address: 4 bytes; an IPv4 network: address then mask, 8 bytes; IPv6: 16
 * bytes), `len` how many are meaningful. Comparisons read the buffer as sinsp does, which
 * decides what happens when the value and the comparand are of different families.
 */
export interface IpNet {
  readonly net: boolean;
  readonly raw: Buffer;
  readonly len: 4 | 8 | 16;
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
  let extract: Extractor;
  try {
    extract = ref.def.bind(ref.arg, { ...ctx, filter: true });
  } catch (e) {
    if (e instanceof FieldArgError) throw new FilterError(e.message, node.pos);
    throw e;
  }
  const cls = typeClassOf(ref.def.type);
  const op = node.op === '==' ? '=' : node.op;
  const opName = node.op;
  // fields with their own comparison check their operators themselves
  if (op !== 'exists' && ref.def.compare === undefined) {
    if (STRING_ONLY_OPS.has(op) && cls !== 'string' && cls !== 'dyn' && !(cls === 'bytes' && op !== 'icontains' && op !== 'glob' && op !== 'pmatch')) {
      throw new FilterError(`'${opName}' not supported for ${describe(cls)} fields (${ref.def.name})`, node.pos);
    }
    if (BYTES_OPS.has(op) && cls !== 'string' && cls !== 'bytes') {
      throw new FilterError(`'${opName}' not supported for ${describe(cls)} fields (${ref.def.name})`, node.pos);
    }
    // IPv4 addresses order as numbers in sinsp; networks do not order
    if (ORDER_OPS.has(op) && (cls === 'bool' || cls === 'ipnet' || cls === 'bytes')) {
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
      return { kind: 'ip', net: cls === 'ipnet', nets: values.map((v) => parseIp(v, node, ref.def.type)) };
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

/**
 * sinsp's numeric parsing (sinsp_numparser, sscanf "%d%c" == 1): an optionally signed
 * integer after optional blanks, with nothing after it ("4x" and "0x801" are errors).
 */
function parseNumber(v: string, type: number, node: CheckNode): bigint {
  if (type === PT.PORT && v !== '' && !/^\d+$/.test(v)) {
    const port = portByName(v);
    if (port === undefined) throw new FilterError(`unrecognized protocol ${v}`, node.valuePos + v.length);
    return BigInt(port);
  }
  if (v === '' && type === PT.PORT) return 0n;
  const m = (type === PT.DOUBLE ? /^\s*([-+]?\d+)/ : /^\s*([-+]?\d+)$/).exec(v);
  if (!m) throw new FilterError(`${v} is not a valid number`, node.valuePos + v.length);
  return BigInt(m[1]);
}

function parseHex(v: string, node: CheckNode): Buffer {
  if (v.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(v)) throw new FilterError(`bcontains/bstartswith value ${v} is not a hex string`, node.valuePos);
  return Buffer.from(v, 'hex');
}

/** Parses an IP value by field type, as sinsp's value parser (inet_pton) does. */
function parseIp(v: string, node: CheckNode, type: number): IpNet {
  const at = node.valuePos + v.length;
  const raw = Buffer.alloc(16);
  const dotted = v.includes('.');
  if (type === PT.IPV4ADDR || (type === PT.IPADDR && dotted)) {
    const ip = parseIpv4(v);
    if (ip === undefined) throw new FilterError(`unrecognized IPv4 address ${v}`, at);
    raw.writeUInt32LE(ip, 0);
    return { net: false, raw, len: 4 };
  }
  if (type === PT.IPV4NET || (type === PT.IPNET && dotted)) {
    const slash = v.indexOf('/');
    if (slash < 0) throw new FilterError(`unrecognized IP network ${v}`, at);
    const ip = parseIpv4(v.slice(0, slash));
    if (ip === undefined) throw new FilterError(`unrecognized IP address ${v}`, at);
    const maskText = v.slice(slash + 1).split('/')[0];
    const m = /^\s*\+?(\d+)/.exec(maskText);
    if (!m) throw new FilterError(`${maskText} is not a valid number`, at);
    const bits = Number(m[1]) & 0xff; // sscanf %hhu keeps the low byte
    if (bits > 32) throw new FilterError(`invalid netmask ${maskText}`, at);
    // the mask in the address's byte order: the first octets are the low bytes
    let mask = 0;
    for (let b = 0; b < bits; b++) mask |= 1 << ((Math.floor(b / 8) * 8) + (7 - (b % 8)));
    raw.writeUInt32LE(ip, 0);
    raw.writeUInt32LE(mask >>> 0, 4);
    return { net: true, raw, len: 8 };
  }
  // IPv6 addresses and networks are plain addresses (networks compare their first 64 bits)
  const bytes = parseIpv6(v);
  if (!bytes) throw new FilterError(`unrecognized IPv6 address ${v}`, at);
  bytes.copy(raw);
  return { net: type === PT.IPV6NET || type === PT.IPNET, raw, len: 16 };
}

/** inet_pton(AF_INET): four decimal octets without leading zeros; the u32 reads the wire bytes LE. */
function parseIpv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let ip = 0;
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
    ip |= Number(p) << (8 * i);
  }
  return ip >>> 0;
}
