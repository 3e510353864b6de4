/** fdbytes_by: i/o bytes grouped by a field (a table_generator configuration, as in sysdig). */
import type { ChiselModule } from '../src/chisels/api';

export const chisel: ChiselModule = {
  info: {
    name: "fdbytes_by",
    category: "I/O",
    shortDescription: "I/O bytes grouped by a field",
    description: "Sums the bytes read and written through fds, grouped by the field given as argument, and lists the groups that moved the most: for example the processes or ports with the most traffic.",
    args: [
      { name: "key", description: "the field to group by", argtype: "string" },
    ],
  },
  create(host, args) {
    const key = args.get('key') ?? '';
    host.exec('table_generator', key, key, "evt.rawarg.res", "Bytes", "evt.is_io=true and evt.failed=false", "30", "bytes");
    return {};
  },
};
