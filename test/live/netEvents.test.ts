/**
 * Live network events: a Python workload does TCP over 127.0.0.1 and ::1, UDP, a socketpair, a
 * unix stream server and client, an abstract unix datagram, sendmsg/recvmsg, accept4 and plain
 * accept, shutdown and socket options under `tsysdig -w -M 3`; the file must show the events
 * with the parameters sysdig's kernel driver records (tuples with the listener's port, fds named
 * after their connections, data cut at the snaplen), and read identically by sysdig when it is
 * installed. Runs as root with BPF; otherwise skipped with the reason (TSYSDIG_REQUIRE_LIVE=1
 * turns a missing prerequisite into a failure).
 */
import { describe, expect, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, liveEnv, liveTests, MAX_OUTPUT, sysdigInstalled } from '../helpers/live';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-net-'));
const env = liveEnv;
const { liveIt, reason } = liveTests('live network tests', () =>
  spawnSync('python3', ['-c', 'pass']).status !== 0 ? 'the network workload needs python3' : undefined);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const UNIX_PATH = path.join(tmp, 'srv.sock');
const ABSTRACT = `tsysdig-net-${process.pid}`;
const BIG = 'N'.repeat(200); // longer than the default snaplen (80)

/** The workload; prints one JSON line with the ports and addresses it used. */
const WORKLOAD = `
import socket, os, ctypes, json, struct
libc = ctypes.CDLL(None, use_errno=True)
out = {}
def tcp(fam, host, key):
    srv = socket.socket(fam, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, 0)); srv.listen(7)
    port = srv.getsockname()[1]
    c = socket.socket(fam, socket.SOCK_STREAM); c.connect((host, port))
    a, peer = srv.accept()
    c.send(b"tcp-hello-" + key.encode()); a.recv(100)
    c.sendmsg([b"part1-", b"part2"]); a.recvmsg(100)
    c.send(b"${BIG}"); a.recv(1000)
    c.shutdown(socket.SHUT_WR)
    out[key] = {"port": port, "client": c.getsockname()[1]}
    c.close(); a.close(); srv.close()
tcp(socket.AF_INET, "127.0.0.1", "tcp4")
tcp(socket.AF_INET6, "::1", "tcp6")
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0))
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(("127.0.0.1", 0))
s.sendto(b"udp-datagram", r.getsockname()); r.recvfrom(100)
out["udp"] = {"port": r.getsockname()[1], "client": s.getsockname()[1]}
s.close(); r.close()
x, y = socket.socketpair(); x.send(b"pair-data"); y.recv(100); x.close(); y.close()
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); us.bind(${JSON.stringify(UNIX_PATH)}); us.listen(1)
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); uc.connect(${JSON.stringify(UNIX_PATH)})
ua = socket.socket(fileno=libc.accept(us.fileno(), None, None))
uc.send(b"unix-stream"); ua.recv(100)
uc.close(); ua.close(); us.close(); os.unlink(${JSON.stringify(UNIX_PATH)})
d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d1.bind("\\0${ABSTRACT}")
d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d2.sendto(b"abstract-dgram", "\\0${ABSTRACT}"); d1.recvfrom(100)
d1.close(); d2.close()
print(json.dumps(out), flush=True)
`;

interface Ports { tcp4: { port: number; client: number }; tcp6: { port: number; client: number }; udp: { port: number; client: number } }

const read = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;
const readWithSysdig = (args: string[]) => spawnSync('sysdig', args, { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;

describe('live network events', () => {
  const file = path.join(tmp, 'net.scap');
  let ports: Ports;
  let filter = '';
  let lines: string[] = [];
  let text = '';

  beforeAll(async () => {
    if (reason !== undefined) return;
    const rec = spawn(process.execPath, [BIN, '-w', file, '-M', '3'], { env, stdio: 'ignore' });
    const recorded = new Promise<number | null>((resolve) => rec.on('close', resolve));
    await sleep(1000);
    const wl = spawnSync('python3', ['-c', WORKLOAD], { encoding: 'utf8' });
    if (wl.status !== 0) throw new Error(`workload failed: ${wl.stderr}`);
    ports = JSON.parse(wl.stdout.trim()) as Ports;
    filter = `proc.pid=${wl.pid}`;
    expect(await recorded).toBe(0);
    text = read(['-r', file, filter]);
    // without the event number, time, cpu and process columns
    lines = text.split('\n').map((l) => l.replace(/^\d+ \S+ \d+ \S+ \(\d+\) /, ''));
  }, 30_000);

  const has = (re: RegExp) => expect(lines.some((l) => re.test(l)), `no line matches ${re}`).toBe(true);

  liveIt('socket, bind, listen and setsockopt carry their arguments', () => {
    has(/^> socket domain=2\(AF_INET\) type=\d+ proto=0 $/);
    has(/^> socket domain=10\(AF_INET6\) type=\d+ proto=0 $/);
    has(/^< setsockopt res=0 fd=\d+\(<4>\) level=1\(SOL_SOCKET\) optname=2\(SO_REUSEADDR\) val=1 optlen=4 $/);
    has(/^< bind res=0 addr=127\.0\.0\.1:0 $/);
    has(/^< bind res=0 addr=::1:0 $/);
    has(/^> listen fd=\d+\(<4>127\.0\.0\.1:0\) backlog=7 $/);
  });

  liveIt('connect and accept carry the tuple to the listener; the accepted fd is named after it', () => {
    const { port, client } = ports.tcp4;
    has(new RegExp(`^> connect fd=\\d+\\(<4>\\) addr=127\\.0\\.0\\.1:${port} $`));
    const tuple = `127\\.0\\.0\\.1:${client}->127\\.0\\.0\\.1:${port}`;
    has(new RegExp(`^< connect res=0 tuple=${tuple} $`));
    has(new RegExp(`^< accept fd=\\d+\\(<4t>${tuple}\\) tuple=${tuple} queuepct=\\d+ queuelen=\\d+ queuemax=7 $`));
    const t6 = `::1:${ports.tcp6.client}->::1:${ports.tcp6.port}`;
    has(new RegExp(`^< connect res=0 tuple=${t6} $`));
    has(new RegExp(`^< accept fd=\\d+\\(<6t>${t6}\\) tuple=${t6} queuepct=\\d+ queuelen=\\d+ queuemax=7 $`));
  });

  liveIt('sendto/recvfrom and sendmsg/recvmsg carry the data, cut at the snaplen', () => {
    const tuple = `127\\.0\\.0\\.1:${ports.tcp4.client}->127\\.0\\.0\\.1:${ports.tcp4.port}`;
    has(new RegExp(`^> sendto fd=\\d+\\(<4t>${tuple}\\) size=14 tuple=NULL $`));
    has(/^< sendto res=14 data=tcp-hello-tcp4 $/);
    has(new RegExp(`^> recvfrom fd=\\d+\\(<4t>${tuple}\\) size=100 $`));
    has(/^< recvfrom res=14 data=tcp-hello-tcp4 tuple=NULL $/);
    has(new RegExp(`^> sendmsg fd=\\d+\\(<4t>${tuple}\\) size=11 tuple=NULL $`));
    has(/^< sendmsg res=11 data=part1-part2 $/);
    has(/^< recvmsg res=11 size=11 data=part1-part2 tuple=NULL $/);
    has(new RegExp(`^> shutdown fd=\\d+\\(<4t>${tuple}\\) how=1\\(SHUT_WR\\) $`));
    const big = read(['-r', file, '-s', '1000', '-p', '%evt.rawarg.res %evt.rawarg.data', `${filter} and evt.type=sendto and evt.dir=< and evt.rawarg.res=200`]);
    expect(big.trim().split('\n')).toEqual(['200 ' + 'N'.repeat(80), '200 ' + 'N'.repeat(80)]);
  });

  liveIt('UDP datagrams carry the tuple towards and from the receiver', () => {
    const tuple = `127\\.0\\.0\\.1:${ports.udp.client}->127\\.0\\.0\\.1:${ports.udp.port}`;
    has(new RegExp(`^> sendto fd=\\d+\\(<4>127\\.0\\.0\\.1:0\\) size=12 tuple=${tuple} $`));
    has(new RegExp(`^< recvfrom res=12 data=udp-datagram tuple=${tuple} $`));
  });

  liveIt('unix sockets: socketpair ends, the server path and the kernel addresses', () => {
    has(/^< socketpair res=0 fd1=\d+\(<u>\) fd2=\d+\(<u>\) source=[1-9A-F][0-9A-F]+ peer=[1-9A-F][0-9A-F]+ $/);
    const p = UNIX_PATH.replace(/[.]/g, '\\.');
    has(new RegExp(`^< bind res=0 addr=${p} $`));
    has(new RegExp(`^< connect res=0 tuple=[1-9a-f][0-9a-f]+->[1-9a-f][0-9a-f]+ ${p} $`));
    has(new RegExp(`^< accept fd=\\d+\\(<u>[0-9a-f]+->[0-9a-f]+ ${p}\\) tuple=[0-9a-f]+->[0-9a-f]+ ${p} queuepct=\\d+ queuelen=\\d+ queuemax=1 $`));
    has(/^> accept $/); // plain accept(2): no flags parameter
    has(new RegExp(`^< bind res=0 addr=@${ABSTRACT} $`));
    has(new RegExp(`^> sendto fd=\\d+\\(<u>\\) size=14 tuple=0->[0-9a-f]+ @${ABSTRACT} $`));
    has(new RegExp(`^< recvfrom res=14 data=abstract-dgram tuple=[0-9a-f]+->0 @${ABSTRACT} $`));
  });

  liveIt('fd fields give the server and client ends of the connections', () => {
    const out = read(['-r', file, '-p', '%evt.type %fd.name %fd.sip %fd.sport %fd.cip %fd.cport',
      `${filter} and evt.dir=< and evt.type in (sendto,recvfrom,sendmsg,recvmsg) and fd.type in (ipv4,ipv6)`]);
    const rows = out.trim().split('\n');
    const { port, client } = ports.tcp4;
    expect(rows).toContain(`sendto 127.0.0.1:${client}->127.0.0.1:${port} 127.0.0.1 ${port} 127.0.0.1 ${client}`);
    expect(rows).toContain(`recvmsg 127.0.0.1:${client}->127.0.0.1:${port} 127.0.0.1 ${port} 127.0.0.1 ${client}`);
    expect(rows).toContain(`recvfrom ::1:${ports.tcp6.client}->::1:${ports.tcp6.port} ::1 ${ports.tcp6.port} ::1 ${ports.tcp6.client}`);
    expect(rows).toContain(`recvfrom 127.0.0.1:${ports.udp.client}->127.0.0.1:${ports.udp.port} 127.0.0.1 ${ports.udp.port} 127.0.0.1 ${ports.udp.client}`);
  });

  liveIt('sysdig -r prints the workload as tsysdig -r does', () => {
    if (!sysdigInstalled) return;
    const theirs = readWithSysdig(['-r', file, filter]);
    expect(theirs.length).toBeGreaterThan(0);
    expect(text).toBe(theirs);
    const fields = '%evt.num %evt.type %fd.num %fd.type %fd.name %fd.sip %fd.sport %fd.cip %fd.cport %fd.l4proto';
    expect(read(['-r', file, '-p', fields, filter])).toBe(readWithSysdig(['-r', file, '-p', fields, filter]));
  });
});
