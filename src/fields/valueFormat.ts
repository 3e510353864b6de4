/**
 * Field values as text, by field type and print format (libsinsp rawval_to_string),
 * including its quirks: unsigned fields print decimal even when marked hex, doubles
 * print with one decimal.
 */
import { PT, PF } from '../events/paramTypes';
import { ipv4ToString, ipv6ToString } from '../state/netFormat';
import { FieldValue, IpValue } from './fieldTypes';
import { formatFixed } from '../output/printfG';

export function formatFieldValue(v: FieldValue, type: number, format: number): string {
  switch (type) {
    case PT.INT8: case PT.INT16: case PT.INT32: case PT.INT64: case PT.PID: case PT.ERRNO: case PT.FD:
      return formatSigned(v as number | bigint, format, type);
    case PT.UINT8: case PT.UINT16: case PT.UINT32: case PT.PORT: case PT.L4PROTO:
      return format === PF.OCT ? (v as number).toString(8) : String(v);
    case PT.UINT64: case PT.RELTIME: case PT.ABSTIME:
      if (format === PF.OCT) return BigInt(v as number | bigint).toString(8);
      if (format === PF.HEX) return BigInt(v as number | bigint).toString(16).toUpperCase();
      if (format === PF.DEC_PADDED_10) return String(v).padStart(9, '0');
      return String(v);
    case PT.BOOL:
      return v ? 'true' : 'false';
    case PT.IPV4ADDR: case PT.IPV6ADDR: case PT.IPADDR: case PT.IPNET: case PT.IPV4NET: case PT.IPV6NET:
      return formatIp(v as IpValue);
    case PT.DOUBLE:
      return formatFixed(v as number, 1);
    case PT.BYTEBUF:
      return Buffer.isBuffer(v) ? v.toString('latin1') : String(v);
    default:
      return typeof v === 'string' ? v : String(v);
  }
}

function formatSigned(v: number | bigint, format: number, type: number): string {
  switch (format) {
    case PF.OCT: return BigInt.asUintN(bitsOf(type), BigInt(v)).toString(8);
    case PF.HEX: return BigInt.asUintN(bitsOf(type), BigInt(v)).toString(16).toUpperCase();
    case PF.DEC_PADDED_10: return v < 0 ? '-' + String(-v).padStart(8, '0') : String(v).padStart(9, '0');
    default: return String(v);
  }
}

function bitsOf(type: number): number {
  return type === PT.INT8 ? 8 : type === PT.INT16 ? 16 : type === PT.INT32 ? 32 : 64;
}

export function formatIp(ip: IpValue): string {
  return ip.v6 && ip.bytes6 ? ipv6ToString(ip.bytes6) : ipv4ToString(ip.v4);
}
