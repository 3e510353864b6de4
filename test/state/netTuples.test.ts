/**
 * Socket fds named from tuples as sinsp names them: an accept with an IPv6 tuple adds an IPv6
 * fd; a recvfrom tuple updates an IPv6 TCP fd too (sinsp's is_tcp_socket() is IPv4-only); a
 * unix tuple on a read or write names the fd after the whole tuple (addresses and path). The
 * same capture read by sysdig, when it is installed, prints what we print.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCapture, replayBuffer, proc, param, PPME } from '../helpers/syntheticCapture';

const { i64, u32, u8, str } = param;

function ip6(text: string): Buffer {
  // only the forms used here: "::1" and "::"
  const b = Buffer.alloc(16);
  if (text === '::1') b[15] = 1;
  return b;
}

function tuple6(sip: string, sport: number, dip: string, dport: number): Buffer {
  const b = Buffer.alloc(37);
  b[0] = 10;
  ip6(sip).copy(b, 1); b.writeUInt16LE(sport, 17);
  ip6(dip).copy(b, 19); b.writeUInt16LE(dport, 35);
  return b;
}

function tupleUnix(a: bigint, b: bigint, name: string): Buffer {
  const t = Buffer.alloc(17);
  t[0] = 1;
  t.writeBigUInt64LE(a, 1);
  t.writeBigUInt64LE(b, 9);
  return Buffer.concat([t, str(name)]);
}

function capture(): Buffer {
  return buildCapture({
    procs: [proc({ tid: 10, comm: 'srv' })],
    events: [
      // 1-2 socket(AF_INET6) = 3; 3-4 accept4 = 5 from ::1:40000 to ::1:8080
      { tid: 10, type: PPME.SOCKET_SOCKET_E, params: [u32(10), u32(1), u32(0)] },
      { tid: 10, type: PPME.SOCKET_SOCKET_X, params: [i64(3)] },
      { tid: 10, type: PPME.SOCKET_ACCEPT4_5_E, params: [param.i32(0)] },
      { tid: 10, type: PPME.SOCKET_ACCEPT4_5_X, params: [i64(5), tuple6('::1', 40000, '::1', 8080), u8(0), u32(0), u32(5)] },
      // 5-6 recvfrom(5) with an address of length 0: the driver's tuple then has a zero remote end
      { tid: 10, type: PPME.SOCKET_RECVFROM_E, params: [i64(5), u32(100)] },
      { tid: 10, type: PPME.SOCKET_RECVFROM_X, params: [i64(2), str('hi').subarray(0, 2), tuple6('::', 0, '::1', 8080)] },
      // 7-8 socket(AF_UNIX, SOCK_DGRAM) = 6; 9-10 sendto(6) towards @abstract
      { tid: 10, type: PPME.SOCKET_SOCKET_E, params: [u32(1), u32(2), u32(0)] },
      { tid: 10, type: PPME.SOCKET_SOCKET_X, params: [i64(6)] },
      { tid: 10, type: PPME.SOCKET_SENDTO_E, params: [i64(6), u32(2), tupleUnix(0n, 0xffff888100001000n, '@abstract')] },
      { tid: 10, type: PPME.SOCKET_SENDTO_X, params: [i64(2), Buffer.from('hi')] },
      // 11-12 close(5), 13-14 close(6): the fds' names as the enter events print them
      { tid: 10, type: PPME.SYSCALL_CLOSE_E, params: [i64(5)] },
      { tid: 10, type: PPME.SYSCALL_CLOSE_X, params: [i64(0)] },
      { tid: 10, type: PPME.SYSCALL_CLOSE_E, params: [i64(6)] },
      { tid: 10, type: PPME.SYSCALL_CLOSE_X, params: [i64(0)] },
    ],
  });
}

const sysdigInstalled = spawnSync('sysdig', ['--version']).error === undefined;

describe('socket fds named from tuples', () => {
  const names = new Map<number, string | undefined>();
  replayBuffer(capture(), (ev) => { names.set(ev.num, ev.fdinfo?.name); });

  it('accept with an IPv6 tuple adds the fd', () => {
    expect(names.get(4)).toBe('::1:40000->::1:8080');
  });
  it('a recvfrom tuple updates an IPv6 TCP fd as sinsp does', () => {
    // the source end is taken, the destination only where unset: the server's fd keeps ::1:8080
    expect(names.get(11)).toBe(':::0->::1:8080');
  });
  it('a unix tuple names the fd after the whole tuple', () => {
    expect(names.get(13)).toBe('0->ffff888100001000 @abstract');
  });

  it.skipIf(!sysdigInstalled)('sysdig -r prints the capture as tsysdig -r does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-nettuples-'));
    const file = path.join(dir, 'n.scap');
    fs.writeFileSync(file, capture());
    const env = { ...process.env, TZ: 'UTC' };
    const bin = path.resolve(__dirname, '..', '..', 'bin', 'tsysdig.js');
    const ours = spawnSync(process.execPath, [bin, '-r', file], { env, encoding: 'latin1' }).stdout;
    const theirs = spawnSync('sysdig', ['-r', file], { env, encoding: 'latin1' }).stdout;
    fs.rmSync(dir, { recursive: true });
    expect(ours).toContain('close fd=6(<u>0->ffff888100001000 @abstract)');
    expect(ours).toBe(theirs);
  });
});
