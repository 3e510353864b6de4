/** Service names from /etc/services (what getservbyname/getservbyport see), read once on first use. */
import * as fs from 'fs';

let byName: Map<string, number> | undefined;
/** "port/proto" -> first name, and "port" -> first name of any protocol */
let byPort: Map<string, string> | undefined;

function load(): void {
  byName = new Map();
  byPort = new Map();
  let text = '';
  try { text = fs.readFileSync('/etc/services', 'latin1'); } catch { /* no services database */ }
  for (const line of text.split('\n')) {
    const m = /^([^\s#]+)\s+(\d+)\/(\w+)((?:\s+[^\s#]+)*)/.exec(line);
    if (!m) continue;
    const port = Number(m[2]);
    for (const n of [m[1], ...m[4].trim().split(/\s+/).filter(Boolean)]) if (!byName.has(n)) byName.set(n, port);
    const key = `${port}/${m[3]}`;
    if (!byPort.has(key)) byPort.set(key, m[1]);
    if (!byPort.has(String(port))) byPort.set(String(port), m[1]);
  }
}

export function portByName(name: string): number | undefined {
  if (!byName) load();
  return byName!.get(name);
}

/** The service name of a port (getservbyport), for protocol "tcp"/"udp" or any protocol when undefined. */
export function serviceByPort(port: number, proto: string | undefined): string | undefined {
  if (!byPort) load();
  return byPort!.get(proto === undefined ? String(port) : `${port}/${proto}`);
}
