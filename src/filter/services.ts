/** Service names from /etc/services (what getservbyname sees), read once on first use. */
import * as fs from 'fs';

let byName: Map<string, number> | undefined;

export function portByName(name: string): number | undefined {
  if (!byName) {
    byName = new Map();
    let text = '';
    try { text = fs.readFileSync('/etc/services', 'latin1'); } catch { /* no services database */ }
    for (const line of text.split('\n')) {
      const m = /^([^\s#]+)\s+(\d+)\/\w+((?:\s+[^\s#]+)*)/.exec(line);
      if (!m) continue;
      const port = Number(m[2]);
      for (const n of [m[1], ...m[3].trim().split(/\s+/).filter(Boolean)]) if (!byName.has(n)) byName.set(n, port);
    }
  }
  return byName.get(name);
}
