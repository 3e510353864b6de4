/** fdtime_by: i/o time grouped by a field (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "fdtime_by",
    category: "I/O",
    shortDescription: "I/O time grouped by a field",
    description: "Sums the time spent in fd I/O, grouped by the field given as argument, and lists the groups that waited the longest: for example the processes or files with the most I/O latency.",
    args: [
      { name: "key", description: "the field to group by", argtype: "string" },
    ],
  },
  create(host, args) {
    const key = args.get('key') ?? '';
    host.exec('table_generator', key, key, "evt.latency", "Time", "evt.is_io=true", "10", "time");
    return {};
  },
};
