/** lscontainers: the containers the capture's metadata describes, at the first event. */
import type { ChiselModule } from '../src/chisels/api';
import { extendString } from '../src/chisels/format';
import { snapshotChisel } from '../src/chisels/snapshot';

const TYPE_NAMES: Record<number, string> = {
  0: 'docker', 1: 'lxc', 2: 'libvirt_lxc', 3: 'mesos', 4: 'rkt', 6: 'cri', 7: 'containerd', 8: 'cri-o', 9: 'bpm',
};

/** Lua's %q quoting of a string */
const luaQuote = (s: string) => '"' + s.replace(/[\\"\n\r\0]/g, (c) => (c === '\n' ? '\\\n' : c === '\r' ? '\\r' : c === '\0' ? '\\000' : '\\' + c)) + '"';

export const chisel: ChiselModule = {
  info: {
    name: 'lscontainers',
    category: 'System State',
    shortDescription: 'List the containers',
    description: 'Lists the containers known when the capture starts: runtime type, image, name and id. With the argument desc, prints them as a data structure instead of a table.',
    args: [{ name: 'desc', description: "'desc' prints a data structure instead of a table", argtype: 'string', optional: true }],
  },
  create(host, args) {
    const desc = args.get('desc') === 'desc';
    return snapshotChisel(host, () => {
      const rows = [...host.inspector.containers.values()].map((c) => ({
        id: c.id, name: c.name, image: c.image, type: TYPE_NAMES[c.type] ?? 'unknown',
      }));
      if (desc) {
        let out = '{\n';
        rows.forEach((r, i) => {
          out += ` ${i + 1} = {\n`;
          for (const k of ['id', 'name', 'image', 'type'] as const) out += `  ${k} = ${luaQuote(r[k])},\n`;
          out += ' },\n';
        });
        host.print(out + '}');
        return;
      }
      host.print(extendString('container.type', 15) + extendString('container.image', 16) + extendString('container.name', 20) + extendString('container.id', 13));
      host.print(extendString('---------------', 15) + extendString('----------------', 16) + extendString('--------------------', 20) + extendString('-------------', 13));
      for (const r of rows) host.print(extendString(r.type, 15) + extendString(r.image, 16) + extendString(r.name, 20) + extendString(r.id, 13));
    }, false);
  },
};
