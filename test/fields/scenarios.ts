/**
 * Synthetic captures for the fd-related field tests. Expected values in the tests were
 * checked against sysdig 0.29.3 reading these same captures (see dump.test.ts).
 */
import { FD_TYPE } from '../../src/capture/blockTypes';
import { L4 } from '../../src/state/fdInfo';
import { buildCapture, proc, fdEntry, ip4, iface4, iface6, p, PPME, v6 } from './synth';

const T = 100; // the thread of most events

const AF_INET = 2, AF_INET6 = 10, AF_UNIX = 1, SOCK_STREAM = 1, SOCK_DGRAM = 2;

function call(enter: number, enterParams: Buffer[], exit: number, exitParams: Buffer[], tid = T) {
  return [{ tid, type: enter, params: enterParams }, { tid, type: exit, params: exitParams }];
}

/** Files, sockets of each family, a listening socket, /proc fds, poll, syslog writes. */
export function netCapture(): Buffer {
  const local6 = v6('2600:1f18::5');
  const remote6 = v6('2001:4860:4860::8888');
  return buildCapture({
    procs: [proc(T, 'client')],
    fds: [{
      tid: T,
      fds: [
        fdEntry(12, FD_TYPE.IPV4_SOCK, { sip: ip4('10.0.0.5'), sport: 22, dip: ip4('10.0.0.7'), dport: 50000, l4proto: L4.TCP }),
        fdEntry(13, FD_TYPE.UNIX_SOCK, { name: '/run/x.sock', unixSource: 0x1234n, unixDest: 0x5678n }),
        fdEntry(14, FD_TYPE.FILE_V2, { name: '/var/log/syslog', dev: 0x801, openFlags: 1 }),
        fdEntry(15, FD_TYPE.IPV4_SERVSOCK, { dip: ip4('0.0.0.0'), dport: 443, l4proto: L4.TCP }),
        fdEntry(16, FD_TYPE.DIRECTORY, { name: '/home/user' }),
        fdEntry(19, FD_TYPE.FILE_V2, { name: '/tmp/caf\xc3\xa9\x01/n\x7fote.txt', dev: 0x10803 }),
      ],
    }],
    interfaces: [iface4('lo', '127.0.0.1'), iface4('eth0', '10.0.0.5', '255.255.255.0'), iface6('lo', v6('::1')), iface6('eth0', local6)],
    events: [
      // 1-2: open a file by relative path
      ...call(PPME.SYSCALL_OPEN_E, [p.str('data/x.txt'), p.u32(1), p.u32(0)],
        PPME.SYSCALL_OPEN_X, [p.i64(3), p.str('data/x.txt'), p.u32(1), p.u32(0), p.u32(0x10803)]),
      // 3-4: a failed open
      ...call(PPME.SYSCALL_OPEN_E, [p.str('missing.txt'), p.u32(1), p.u32(0)],
        PPME.SYSCALL_OPEN_X, [p.i64(-2), p.str('missing.txt'), p.u32(1), p.u32(0), p.u32(0)]),
      // 5-6: read on the file
      ...call(PPME.SYSCALL_READ_E, [p.i64(3), p.u32(100)], PPME.SYSCALL_READ_X, [p.i64(5), p.bytes('hello')]),
      // 7-8: read on an fd that is not in the table
      ...call(PPME.SYSCALL_READ_E, [p.i64(9), p.u32(100)], PPME.SYSCALL_READ_X, [p.i64(0), p.bytes('')]),
      // 9-14: TCP client over IPv4
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_INET), p.u32(SOCK_STREAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(4)]),
      ...call(PPME.SOCKET_CONNECT_E, [p.i64(4), p.sockaddr4('10.0.0.9', 80)],
        PPME.SOCKET_CONNECT_X, [p.i64(0), p.tuple4('10.0.0.5', 40000, '10.0.0.9', 80)]),
      ...call(PPME.SOCKET_SENDTO_E, [p.i64(4), p.u32(3), p.bytes('')], PPME.SOCKET_SENDTO_X, [p.i64(3), p.bytes('GET')]),
      // 15-18: UDP client over IPv6
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_INET6), p.u32(SOCK_DGRAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(5)]),
      ...call(PPME.SOCKET_CONNECT_E, [p.i64(5), p.sockaddr6(remote6, 53)],
        PPME.SOCKET_CONNECT_X, [p.i64(0), p.tuple6(local6, 40251, remote6, 53)]),
      // 19-22: unix socket connect
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_UNIX), p.u32(SOCK_STREAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(6)]),
      ...call(PPME.SOCKET_CONNECT_E, [p.i64(6), p.sockaddrUnix('/var/run/app.sock')],
        PPME.SOCKET_CONNECT_X, [p.i64(0), p.tupleUnix(0xffff8800aaaa0000n, 0xffff8800bbbb0000n, '/var/run/app.sock')]),
      // 23-28: a TCP server: bind, accept
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_INET), p.u32(SOCK_STREAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(7)]),
      ...call(PPME.SOCKET_BIND_E, [p.i64(7)], PPME.SOCKET_BIND_X, [p.i64(0), p.sockaddr4('0.0.0.0', 8080)]),
      ...call(PPME.SOCKET_ACCEPT_5_E, [], PPME.SOCKET_ACCEPT_5_X,
        [p.i64(8), p.tuple4('10.0.0.9', 5555, '10.0.0.5', 8080), p.u8(0), p.u32(0), p.u32(128)]),
      // 29-30: poll over several fds
      ...call(PPME.SYSCALL_POLL_E, [p.fdlist([3, 4, 5, 7, 8, 15, 99]), p.i64(1000)], PPME.SYSCALL_POLL_X, [p.i64(1), p.fdlist([4])]),
      // 31-36: syslog over a unix datagram socket
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_UNIX), p.u32(SOCK_DGRAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(10)]),
      ...call(PPME.SOCKET_CONNECT_E, [p.i64(10), p.sockaddrUnix('/dev/log')],
        PPME.SOCKET_CONNECT_X, [p.i64(0), p.tupleUnix(0xffff8800cccc0000n, 0xffff8800dddd0000n, '/dev/log')]),
      ...call(PPME.SOCKET_SENDTO_E, [p.i64(10), p.u32(20), p.bytes('')], PPME.SOCKET_SENDTO_X, [p.i64(20), p.bytes('<13>Nov 1 app: hello')]),
      // 37-40: more syslog writes: a write(2), and a message without priority
      ...call(PPME.SYSCALL_WRITE_E, [p.i64(10), p.u32(10)], PPME.SYSCALL_WRITE_X, [p.i64(10), p.bytes('<187>disk full')]),
      ...call(PPME.SYSCALL_WRITE_E, [p.i64(10), p.u32(10)], PPME.SYSCALL_WRITE_X, [p.i64(10), p.bytes('no priority')]),
      // 41-48: the /proc fds (12 TCP, 13 unix, 14 file, 15 listening)
      ...call(PPME.SYSCALL_FSTAT_E, [p.i64(12)], PPME.SYSCALL_FSTAT_X, [p.i64(0)]),
      ...call(PPME.SYSCALL_FSTAT_E, [p.i64(13)], PPME.SYSCALL_FSTAT_X, [p.i64(0)]),
      ...call(PPME.SYSCALL_FSTAT_E, [p.i64(14)], PPME.SYSCALL_FSTAT_X, [p.i64(0)]),
      ...call(PPME.SYSCALL_FSTAT_E, [p.i64(15)], PPME.SYSCALL_FSTAT_X, [p.i64(0)]),
      // 49-50: the directory
      ...call(PPME.SYSCALL_FSTAT_E, [p.i64(16)], PPME.SYSCALL_FSTAT_X, [p.i64(0)]),
      // 51-54: a failed connect keeps the address as the name
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_INET), p.u32(SOCK_STREAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(17)]),
      ...call(PPME.SOCKET_CONNECT_E, [p.i64(17), p.sockaddr4('10.0.0.10', 443)],
        PPME.SOCKET_CONNECT_X, [p.i64(-111), p.tuple4('10.0.0.5', 40001, '10.0.0.10', 443)]),
      // 55-56: close the TCP client
      ...call(PPME.SYSCALL_CLOSE_E, [p.i64(4)], PPME.SYSCALL_CLOSE_X, [p.i64(0)]),
      // 57-58: an event without fds
      ...call(PPME.SYSCALL_BRK_4_E, [p.u64(0)], PPME.SYSCALL_BRK_4_X, [p.u64(0), p.u32(0), p.u32(0), p.u32(0)]),
      // 59-62: a loopback connection
      ...call(PPME.SOCKET_SOCKET_E, [p.u32(AF_INET), p.u32(SOCK_STREAM), p.u32(0)], PPME.SOCKET_SOCKET_X, [p.i64(18)]),
      ...call(PPME.SOCKET_CONNECT_E, [p.i64(18), p.sockaddr4('127.0.0.1', 6379)],
        PPME.SOCKET_CONNECT_X, [p.i64(0), p.tuple4('127.0.0.1', 41000, '127.0.0.1', 6379)]),
      // 63-64: getsockopt names its fd in the exit event only
      ...call(PPME.SOCKET_GETSOCKOPT_E, [], PPME.SOCKET_GETSOCKOPT_X,
        [p.i64(0), p.i64(18), p.u8(1), p.u8(4), Buffer.from([0]), p.u32(4)]),
      // 65-66: a file whose name has bytes sinsp does not print
      ...call(PPME.SYSCALL_FSTAT_E, [p.i64(19)], PPME.SYSCALL_FSTAT_X, [p.i64(0)]),
    ],
  });
}
