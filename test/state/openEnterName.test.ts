/**
 * The name an open-family exit gives its new fd: sinsp takes the enter event's name unless that
 * parameter has length 0 or reads "(NULL)". An enter name that is only its NUL (length 1, as a
 * live probe writes when the user string cannot be read) is still taken, and names the cwd.
 */
import { describe, it, expect } from 'vitest';
import { buildCapture, replayBuffer, proc, param, PPME } from '../helpers/syntheticCapture';

function fdNameAfterOpenat(enterName: Buffer): string | undefined {
  const { i64, u32, str } = param;
  const bytes = buildCapture({
    procs: [proc({ tid: 10, comm: 'wl', cwd: '/usr/lib/' })],
    events: [
      { tid: 10, type: PPME.SYSCALL_OPENAT_2_E, params: [i64(-100), enterName, u32(1), u32(0)] },
      { tid: 10, type: PPME.SYSCALL_OPENAT_2_X, params: [i64(8), i64(-100), str('/proc/self/ns/uts'), u32(1), u32(0), u32(4)] },
    ],
  });
  let name: string | undefined;
  replayBuffer(bytes, (ev) => { if (ev.num === 2) name = ev.fdinfo?.name; });
  return name;
}

describe('open exit: the enter event name', () => {
  it('is used when it is just a NUL (length 1)', () => {
    expect(fdNameAfterOpenat(param.str(''))).toBe('/usr/lib');
  });
  it('is ignored when empty (length 0) or (NULL)', () => {
    expect(fdNameAfterOpenat(Buffer.alloc(0))).toBe('/proc/self/ns/uts');
    expect(fdNameAfterOpenat(param.str('(NULL)'))).toBe('/proc/self/ns/uts');
  });
  it('wins over the exit name otherwise', () => {
    expect(fdNameAfterOpenat(param.str('/etc/hosts'))).toBe('/etc/hosts');
  });
});
