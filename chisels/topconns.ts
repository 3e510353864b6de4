/** topconns: top connections by bytes (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topconns",
    category: "Net",
    shortDescription: "Top connections by bytes",
    description: "Lists the network connections that carried the most bytes in both directions. With -pc the container is shown too.",
    args: [],
  },
  create(host) {
    if (host.printContainerData) {
      host.exec('table_generator', "container.name,fd.l4proto,fd.name", "container.name,Proto,Conn", "evt.rawarg.res", "Bytes", "(fd.type=ipv4 or fd.type=ipv6) and evt.is_io=true", "30", "bytes");
    } else {
      host.exec('table_generator', "fd.l4proto,fd.name", "Proto,Conn", "evt.rawarg.res", "Bytes", "(fd.type=ipv4 or fd.type=ipv6) and evt.is_io=true", "30", "bytes");
    }
    return {};
  },
};
