/** list_login_shells: the login shell ids (proc.loginshellid) of the commands run, optionally matching a command or arguments. */
import type { ChiselModule, ChiselValue } from '../src/chisels/api';
import { luaToString } from '../src/chisels/format';

export const chisel: ChiselModule = {
  info: {
    name: 'list_login_shells',
    category: 'Security',
    shortDescription: 'List the login shell ids',
    description: 'Prints the login shell id of the commands executed during the capture. The first argument keeps commands whose name contains it (* for any), the second commands whose arguments contain it.',
    args: [
      { name: 'command', description: 'keep commands whose name contains this text; * for any', argtype: 'string', optional: true },
      { name: 'arguments', description: 'keep commands whose arguments contain this text', argtype: 'string', optional: true },
    ],
  },
  create(host, args) {
    const cmd = args.get('command');
    const matchComm = cmd !== undefined && cmd !== '*' ? cmd : undefined;
    const matchArgs = args.get('arguments');
    const sid = host.requestField('proc.loginshellid');
    const exe = host.requestField('evt.arg.exe');
    const eargs = host.requestField('evt.arg.args');
    const cname = host.requestField('container.name');
    const cid = host.requestField('container.id');
    host.setFilter('evt.type=execve');
    // the last match, kept like sysdig's three-entry Lua table: one line per entry it holds
    let last: { sid: ChiselValue; cname: ChiselValue; cid: ChiselValue } | undefined;
    return {
      onEvent(ev) {
        const s = sid.get(ev);
        const e = exe.get(ev);
        if (s === undefined || e === undefined) return;
        if (matchComm !== undefined && !String(e).includes(matchComm)) return;
        const a = eargs.get(ev);
        if (matchArgs !== undefined && a !== undefined && !String(a).includes(matchArgs)) return;
        last = { sid: s, cname: cname.get(ev), cid: cid.get(ev) };
      },
      onCaptureEnd() {
        host.print(matchComm !== undefined ? `Shells containing ${matchComm}:` : 'All shells:');
        if (!last) return;
        const entries = [last.sid, last.cname, last.cid].filter((v) => v !== undefined).length;
        for (let i = 0; i < entries; i++) {
          host.print(host.printContainerData
            ? `${luaToString(last.sid)} ${luaToString(last.cname)} ${luaToString(last.cid)}`
            : luaToString(last.sid));
        }
      },
    };
  },
};
