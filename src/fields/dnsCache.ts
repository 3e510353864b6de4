/**
 * The name <-> address cache behind fd.cip.name and friends (libsinsp's DNS manager): a
 * filter such as `fd.sip.name=example.com` resolves the name the first time an event
 * needs it and remembers its addresses; from then on those addresses also print with
 * that name. Nothing is ever resolved from an address, so without such a filter the
 * fields have no value.
 *
 * Resolution goes through the system resolver (getaddrinfo, via `getent ahosts`), run
 * synchronously like sinsp's first lookup.
 */
import { spawnSync } from 'child_process';
import { parseIpv6 } from '../state/netFormat';

interface Resolved {
  readonly v4: Set<number>;
  /** IPv6 addresses as 32-character hex */
  readonly v6: Set<string>;
}

const cache = new Map<string, Resolved>();

function resolve(name: string): Resolved {
  const r: Resolved = { v4: new Set(), v6: new Set() };
  let out = '';
  try {
    const p = spawnSync('getent', ['ahosts', name], { encoding: 'latin1', timeout: 10000 });
    if (p.status === 0 && typeof p.stdout === 'string') out = p.stdout;
  } catch { /* no resolver: the name resolves to nothing */ }
  for (const line of out.split('\n')) {
    const addr = line.split(/\s+/)[0];
    if (!addr) continue;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(addr)) {
      const q = addr.split('.').map(Number);
      r.v4.add((q[0] | (q[1] << 8) | (q[2] << 16) | (q[3] << 24)) >>> 0);
    } else {
      const b = parseIpv6(addr);
      if (b) r.v6.add(b.toString('hex'));
    }
  }
  return r;
}

/**
 * Whether `name` resolves to the address (IPv4 as the LE-read u32 of its wire bytes, or
 * IPv6 bytes). Resolves and caches the name on first use.
 */
export function dnsMatch(name: string, v6: boolean, v4: number, bytes6: Buffer | undefined): boolean {
  let r = cache.get(name);
  if (r === undefined) {
    r = resolve(name);
    cache.set(name, r);
  }
  return v6 ? bytes6 !== undefined && r.v6.has(bytes6.toString('hex')) : r.v4.has(v4 >>> 0);
}

/** The first cached name that resolved to this address, or undefined. */
export function dnsNameOf(v6: boolean, v4: number, bytes6: Buffer | undefined): string | undefined {
  if (cache.size === 0) return undefined;
  const hex = v6 && bytes6 !== undefined ? bytes6.toString('hex') : '';
  for (const [name, r] of cache) {
    if (v6 ? r.v6.has(hex) : r.v4.has(v4 >>> 0)) return name;
  }
  return undefined;
}

/** Forgets every resolved name (tests). */
export function clearDnsCache(): void {
  cache.clear();
}
