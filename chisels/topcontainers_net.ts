/** topcontainers_net: top containers by network bytes (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "topcontainers_net",
    category: "Net",
    shortDescription: "Top containers by network bytes",
    description: "Lists the containers that sent and received the most bytes over the network.",
    args: [],
  },
  create(host) {
    host.exec('table_generator', "container.name", "container.name", "evt.rawarg.res", "Bytes", "(fd.type=ipv4 or fd.type=ipv6) and evt.is_io=true and container.name!=host", "100", "bytes");
    return {};
  },
};
