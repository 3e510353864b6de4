/** netstat: the network connections and listening sockets, at the first event. */
import type { ChiselModule } from '../src/chisels/api';
import { extendString, luaNumber } from '../src/chisels/format';
import { snapshotChisel } from '../src/chisels/snapshot';
import { socketText } from '../src/chisels/fdText';

export const chisel: ChiselModule = {
  info: {
    name: 'netstat',
    category: 'System State',
    shortDescription: 'List the network connections, optionally filtered',
    description: "Lists the IPv4 and IPv6 sockets of every thread: protocol, server and client address, state and the owning thread. A filter narrows the list, e.g. 'proc.name=nginx and fd.port=80'.",
    args: [{ name: 'filter', description: 'keep the sockets matching this filter', argtype: 'filter', optional: true }],
  },
  create(host, args) {
    let filter = '(fd.type=ipv4 or fd.type=ipv6)';
    const extra = args.get('filter');
    if (extra !== undefined) filter = filter + 'and (' + extra + ')';
    return snapshotChisel(host, () => {
      host.print(extendString('Proto', 6) + extendString('Server Address', 25) + extendString('Client Address', 25) +
        extendString('State', 15) + 'TID/PID/Program Name');
      for (const { thread: t, fds } of host.threadTable(filter)) {
        for (const [, f] of fds) {
          const s = socketText(f);
          if (!s) continue;
          const listening = s.cip === undefined;
          const cip = listening ? '0.0.0.0' : s.cip;
          const cport = listening ? '*' : luaNumber(s.cport!);
          host.print(extendString(s.l4proto, 6) + extendString(`${s.sip}:${luaNumber(s.sport)}`, 25) + extendString(`${cip}:${cport}`, 25) +
            extendString(listening ? 'LISTEN' : 'ESTABLISHED', 15) + `${luaNumber(t.tid >>> 0)}/${luaNumber(t.pid >>> 0)}/${t.comm}`);
        }
      }
    });
  },
};
