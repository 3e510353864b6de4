/**
 * spy_users: the commands run from interactive shells (execve) and the directories shells
 * move to (chdir), indented by their depth below the shell they came from.
 */
import type { ChiselModule, ChiselValue, FieldHandle } from '../src/chisels/api';
import type { Event } from '../src/events/event';
import { extendString, luaToString } from '../src/chisels/format';
import { colors } from '../src/chisels/terminal';

const MAX_ANCESTORS = 16;

export const chisel: ChiselModule = {
  info: {
    name: 'spy_users',
    category: 'Security',
    shortDescription: 'Show what users do in their shells',
    description: 'Lists the commands started from interactive shells and the directory changes of the shells themselves, indented by how far below the shell they run. With -pc the container is named too.',
    args: [
      { name: 'max_depth', description: 'deepest level of the process hierarchy to show', argtype: 'int', optional: true },
      { name: 'disable_color', description: "'disable_color' turns colours off", argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    let maxDepth = -1;
    const md = args.get('max_depth');
    if (md !== undefined) {
      maxDepth = Number(md);
      if (!Number.isFinite(maxDepth)) throw new Error(`Input max_depth must be a number.`);
    }
    const term = colors(args.get('disable_color') !== 'disable_color');
    const etype = host.requestField('evt.type');
    const exe = host.requestField('proc.exe');
    const pargs = host.requestField('proc.args');
    const dir = host.requestField('evt.arg.path');
    const user = host.requestField('user.name');
    const time = host.requestField('evt.time.s');
    const pidF = host.requestField('proc.pid');
    const ppidF = host.requestField('proc.ppid');
    const cname = host.requestField('container.name');
    host.setFilter('((evt.type=execve and evt.dir=<) or (evt.type=chdir and evt.dir=< and proc.name contains sh and not proc.name contains sshd)) and evt.failed=false');
    const anames: FieldHandle[] = [];
    const apids: FieldHandle[] = [];
    for (let j = 0; j <= MAX_ANCESTORS; j++) {
      anames.push(host.requestField(`proc.aname[${j}]`));
      apids.push(host.requestField(`proc.apid[${j}]`));
    }
    // sysdig's Lua shifts its ancestor field lists by one at every chdir (a table.insert at 0):
    // after k chdirs, entry j reads ancestor j-k, and the first k entries read nothing
    let shift = 0;
    const ancestorName = (ev: Event, j: number): ChiselValue => (j - shift >= 0 ? anames[j - shift].get(ev) : undefined);
    const ancestorPid = (ev: Event, j: number): ChiselValue => (j - shift >= 0 ? apids[j - shift].get(ev) : undefined);
    /** pid -> [depth below its shell, the shell's pid] (depth -1: not under a shell) */
    const tree = new Map<ChiselValue, [number, ChiselValue]>();

    return {
      onEvent(ev) {
        let color = host.printContainerData ? term.green : '';
        const u = user.get(ev) ?? '<NA>';
        const dtime = luaToString(time.get(ev));
        const pid = pidF.get(ev);
        let ppid = ppidF.get(ev);
        const isChdir = etype.get(ev) === 'chdir';
        let icorr = 1;
        if (isChdir) {
          ppid = pid;
          shift++;
          icorr = 0;
        }
        if (!tree.has(ppid)) {
          tree.set(ppid, [-1, undefined]);
          for (let j = 1; j <= MAX_ANCESTORS; j++) {
            const aname = ancestorName(ev, j);
            if (aname === undefined) {
              if (ancestorPid(ev, j) === undefined) break;
            } else if (String(aname).length >= 2 && String(aname).endsWith('sh')) {
              const apid = ancestorPid(ev, j);
              tree.set(ppid, tree.has(apid) ? [j - 1, apid] : [0, apid]);
            }
          }
        }
        const parent = tree.get(ppid)!;
        if (parent[0] === -1) return;
        if (!tree.has(pid)) tree.set(pid, [1 + parent[0], parent[1]]);
        const [depth, shell] = tree.get(pid)!;
        const c = cname.get(ev);
        if (host.printContainerData && c !== 'host') color = term.blue;
        if (isChdir) {
          if (maxDepth !== -1 && depth - icorr > maxDepth) return;
          host.print(color + extendString('', 4 * (depth - icorr)) + luaToString(shell) + ' ' + dtime + ' ' + luaToString(u) +
            (host.printContainerData ? '@' + luaToString(c) : '') + ') cd ' + luaToString(dir.get(ev)));
        } else {
          if (maxDepth !== -1 && depth - 1 > maxDepth) return;
          const indent = host.printContainerData ? 4 : 3;
          host.print(color + extendString('', indent * (depth - 1)) + luaToString(shell) + ' ' + dtime + ' ' + luaToString(u) +
            (host.printContainerData ? '@' + luaToString(c) : '') + ') ' + luaToString(exe.get(ev)) + ' ' + luaToString(pargs.get(ev)));
        }
      },
      onCaptureEnd() {
        host.print(term.reset);
      },
    };
  },
};
