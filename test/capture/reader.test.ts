/**
 * The capture reader on blocks written by our writer: every process-list version, fd/user/
 * interface lists in both versions, every event block kind (with and without flags, large
 * payloads, the old layout without nparams), the pre-release `_INT` block numbers, section
 * header options, unknown blocks, gzip, chunked streaming, truncation and corruption.
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { ScapWriter, EventSpec, param, block } from '../../src/capture/scapWriter';
import { ScapParser, CaptureHandler } from '../../src/capture/scapParser';
import { CaptureError } from '../../src/capture/captureError';
import { readCaptureFile } from '../../src/capture/captureFile';
import type { ProcEntry, FdEntry, UserEntry, GroupEntry, InterfaceEntry, MachineInfo } from '../../src/capture/records';
import * as BT from '../../src/capture/blockTypes';
import { PPME } from '../../src/events/eventTable';
import { Event } from '../../src/events/event';
import { proc, catSession } from '../helpers/syntheticCapture';

interface Recorded {
  mi: MachineInfo[];
  procs: ProcEntry[];
  fds: [number, FdEntry][];
  users: UserEntry[];
  groups: GroupEntry[];
  ifaces: InterfaceEntry[][];
  events: { type: number; tid: number; cpu: number; flags: number; nparams: number; params: Buffer[] }[];
}

function recorder(): { rec: Recorded; handler: CaptureHandler } {
  const rec: Recorded = { mi: [], procs: [], fds: [], users: [], groups: [], ifaces: [], events: [] };
  const view = new Event();
  const handler: CaptureHandler = {
    onMachineInfo: (m) => { rec.mi.push(m); },
    onProc: (p) => { rec.procs.push(p); },
    onFd: (tid, f) => { rec.fds.push([tid, f]); },
    onUser: (u) => { rec.users.push(u); },
    onGroup: (g) => { rec.groups.push(g); },
    onInterfaces: (l) => { rec.ifaces.push(l); },
    onEvent: (ev) => {
      // parameters are located by the Event view, when first read
      view.setRaw(ev);
      const params: Buffer[] = [];
      for (let i = 0; i < ev.nparams; i++) params.push(Buffer.from(view.bytes(i)));
      rec.events.push({ type: ev.type, tid: Number(ev.buf.readBigInt64LE(ev.off + 8)), cpu: ev.cpu, flags: ev.flags, nparams: ev.nparams, params });
    },
  };
  return { rec, handler };
}

function write(build: (w: ScapWriter) => void, withHeader = true): Buffer {
  const parts: Buffer[] = [];
  const w = new ScapWriter((b) => parts.push(b));
  if (withHeader) w.sectionHeader();
  build(w);
  return Buffer.concat(parts);
}

/** Parses bytes fed in chunks of `chunk` bytes (0 = all at once). */
function parse(bytes: Buffer, chunk = 0): Recorded {
  const { rec, handler } = recorder();
  const p = new ScapParser(handler);
  if (chunk === 0) p.push(bytes);
  else for (let i = 0; i < bytes.length; i += chunk) p.push(bytes.subarray(i, i + chunk));
  p.finish();
  return rec;
}

const readEvent: EventSpec = { ts: 1_700_000_000_123_456_789n, tid: 42, type: PPME.SYSCALL_READ_E, params: [param.i64(3), param.u32(4096)], cpu: 1 };

const FULL_PROC = proc({
  tid: 42, pid: 40, ptid: 7, sid: 5, vpgid: 6, comm: 'cat', exe: '/bin/cat', exepath: '/usr/bin/cat', args: ['-n', '/etc/hosts'],
  cwd: '/home/u/', fdlimit: 4096, flags: 0, uid: 1000, gid: 100, vmsizeKb: 111, vmrssKb: 22, vmswapKb: 3, pfmajor: 4, pfminor: 5,
  env: ['A=1', 'B=2'], vtid: 2, vpid: 1, cgroups: ['cpu=/a', 'memory=/b'], root: '/', tty: 34816, loginuid: 1000, exeWritable: true, pgid: 40,
});

describe('process-list blocks, every version', () => {
  // what each version adds (scap_savefile.h): v2 memory, v3 env, v4 vtid/vpid/cgroups, v5 root,
  // v6 sid, v7 exepath, v8 vpgid, v9 the length-prefixed entries with tty, loginuid, caps
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('version %i', (v) => {
    const rec = parse(write((w) => { w.procList([FULL_PROC], v); w.event(readEvent); }));
    expect(rec.procs).toHaveLength(1);
    const p = rec.procs[0];
    expect([p.tid, p.pid, p.ptid, p.comm, p.exe, p.cwd, p.fdlimit, p.uid, p.gid]).toEqual([42, 40, 7, 'cat', '/bin/cat', '/home/u/', 4096, 1000, 100]);
    expect(p.args).toEqual(['-n', '/etc/hosts']);
    if (v >= 2) expect([p.vmsizeKb, p.vmrssKb, p.vmswapKb, p.pfmajor, p.pfminor]).toEqual([111, 22, 3, 4, 5]);
    if (v >= 3) expect(p.env).toEqual(['A=1', 'B=2']);
    if (v >= 4) { expect([p.vtid, p.vpid]).toEqual([2, 1]); expect(p.cgroups).toEqual(['cpu=/a', 'memory=/b']); }
    if (v >= 5) expect(p.root).toBe('/');
    if (v >= 6) expect(p.sid).toBe(5);
    if (v >= 7) expect(p.exepath).toBe('/usr/bin/cat');
    if (v >= 8) expect(p.vpgid).toBe(6);
    // sysdig 0.29.3's version 9 entries end with loginuid and exe_writable: no tty
    if (v >= 9) expect([p.tty, p.loginuid, p.exeWritable]).toEqual([0, 1000, true]);
    expect(rec.events).toHaveLength(1);
  });
  it('version 9 as libs 0.10 and later write it (pidns start and tty before loginuid, then more)', () => {
    const p = parse(write((w) => { w.procList([FULL_PROC], 9, 'libs-0.10'); w.event(readEvent); })).procs[0];
    expect([p.tty, p.loginuid, p.exeWritable, p.pgid]).toEqual([34816, 1000, true, 40]);
  });
  // a process with a huge command line or environment (a test runner, a JVM) must still
  // give a capture that reads back: the writer cuts where libscap's /proc scan cuts
  it('cuts args, env, cgroups and paths to libscap limits', () => {
    const long = 'x'.repeat(3000);
    const big = { ...FULL_PROC, args: [long, long], env: [long, long], cgroups: [long, long], cwd: '/' + long };
    const p = parse(write((w) => { w.procList([big], 9); w.event(readEvent); })).procs[0];
    expect(p.args.join('\0').length).toBeLessThanOrEqual(4096);
    expect(p.args[0]).toBe(long);
    expect(p.env[0]).toBe(long);
    expect(p.cgroups[0]).toBe(long);
    expect(p.cwd.length).toBe(1024);
  });
});

describe('fd, user and interface lists in both versions', () => {
  const fds: FdEntry[] = [
    { fd: 3, ino: 99n, type: BT.FD_TYPE.FILE_V2, name: '/etc/hosts', openFlags: 1, dev: 2049, sip: 0, dip: 0, sport: 0, dport: 0, l4proto: 0, unixSource: 0n, unixDest: 0n },
    { fd: 4, ino: 0n, type: BT.FD_TYPE.IPV4_SOCK, name: '', openFlags: 0, dev: 0, sip: 0x0100007f, dip: 0x0200000a, sport: 40000, dport: 80, l4proto: 2, unixSource: 0n, unixDest: 0n },
    { fd: 5, ino: 0n, type: BT.FD_TYPE.UNIX_SOCK, name: '/run/x.sock', openFlags: 0, dev: 0, sip: 0, dip: 0, sport: 0, dport: 0, l4proto: 0, unixSource: 0xabcn, unixDest: 0xdefn },
  ];
  it.each([true, false])('fd list v2=%s', (v2) => {
    const rec = parse(write((w) => { w.fdList(42, v2 ? fds : fds.slice(1), v2); w.event(readEvent); }));
    const got = rec.fds.map(([tid, f]) => [tid, f.fd, f.type, f.name, f.sip, f.dip, f.sport, f.dport, f.l4proto]);
    const want = (v2 ? fds : fds.slice(1)).map((f) => [42, f.fd, f.type, f.type === BT.FD_TYPE.IPV4_SOCK ? '' : f.name, f.sip, f.dip, f.sport, f.dport, f.l4proto]);
    expect(got).toEqual(want);
    if (v2) expect([rec.fds[0][1].dev, rec.fds[0][1].openFlags]).toEqual([2049, 1]);
  });
  it.each([true, false])('user list v2=%s', (v2) => {
    const users: UserEntry[] = [{ uid: 0, gid: 0, name: 'root', homedir: '/root', shell: '/bin/bash' }, { uid: 1000, gid: 100, name: 'u', homedir: '/home/u', shell: '/bin/sh' }];
    const groups: GroupEntry[] = [{ gid: 100, name: 'users' }];
    const rec = parse(write((w) => { w.userList(users, groups, v2); w.event(readEvent); }));
    expect(rec.users).toEqual(users);
    expect(rec.groups).toEqual(groups);
  });
  it.each([true, false])('interface list v2=%s', (v2) => {
    const ifs: InterfaceEntry[] = [
      { type: BT.IF_TYPE.IPV4, name: 'eth0', addr: 0x0100000a, netmask: 0x00ffffff, bcast: 0xff00000a, linkspeed: 1000n },
      { type: BT.IF_TYPE.IPV6, name: 'eth0', addr: 0, netmask: 0, bcast: 0, addr6: Buffer.from('fe800000000000000000000000000001', 'hex'), linkspeed: 1000n },
    ];
    const rec = parse(write((w) => { w.interfaceList(ifs, v2); w.event(readEvent); }));
    expect(rec.ifaces).toHaveLength(1);
    expect(rec.ifaces[0].map((i) => [i.type, i.name, i.addr])).toEqual(ifs.map((i) => [i.type, i.name, i.addr]));
    expect(rec.ifaces[0][1].addr6?.toString('hex')).toBe('fe800000000000000000000000000001');
  });
});

describe('event blocks', () => {
  const cases: [string, Partial<EventSpec>, number][] = [
    ['0x216 (current)', {}, BT.EV_BLOCK_TYPE_V2],
    ['0x217 (with flags)', { flags: 7 }, BT.EVF_BLOCK_TYPE_V2],
    ['0x204 (no nparams)', { version: 1 }, BT.EV_BLOCK_TYPE],
    ['0x208 (no nparams, flags)', { version: 1, flags: 7 }, BT.EVF_BLOCK_TYPE],
    ['0x221 (large payload)', { large: true }, BT.EV_BLOCK_TYPE_V2_LARGE],
    ['0x222 (large payload, flags)', { large: true, flags: 7 }, BT.EVF_BLOCK_TYPE_V2_LARGE],
  ];
  // events with EF_LARGE_PAYLOAD (container JSON here) have 4-byte parameter lengths
  const largeEvent: EventSpec = { ts: readEvent.ts, tid: 42, type: PPME.CONTAINER_JSON_2_E, params: [param.str('{"container":{"id":"abc"}}')], cpu: 1 };
  it.each(cases)('%s', (_name, extra, blockType) => {
    const base = extra.large ? largeEvent : readEvent;
    const spec = { ...base, ...extra } as EventSpec;
    const bytes = write((w) => w.event(spec));
    expect(bytes.readUInt32LE(bytes.readUInt32LE(4))).toBe(blockType);
    const rec = parse(bytes);
    expect(rec.events).toHaveLength(1);
    const e = rec.events[0];
    expect([e.type, e.tid, e.cpu, e.nparams]).toEqual([base.type, 42, 1, base.params.length]);
    expect(e.flags).toBe(extra.flags ?? 0);
    expect(e.params.map((p) => p.toString('hex'))).toEqual(spec.params.map((p) => p.toString('hex')));
  });
});

/** Rewrites the type word of every block of `from` to `to` (and keeps lengths). */
function retype(bytes: Buffer, from: number, to: number): Buffer {
  const b = Buffer.from(bytes);
  for (let o = 0; o < b.length; o += b.readUInt32LE(o + 4)) if (b.readUInt32LE(o) === from) b.writeUInt32LE(to, o);
  return b;
}

describe('pre-release _INT block numbers', () => {
  it.each([
    ['process list v1', BT.PL_BLOCK_TYPE_V1, BT.PL_BLOCK_TYPE_V1_INT, 1],
    ['process list v2', BT.PL_BLOCK_TYPE_V2, BT.PL_BLOCK_TYPE_V2_INT, 2],
    ['process list v3', BT.PL_BLOCK_TYPE_V3, BT.PL_BLOCK_TYPE_V3_INT, 3],
  ])('%s', (_n, from, to, v) => {
    const rec = parse(retype(write((w) => { w.procList([FULL_PROC], v); w.event(readEvent); }), from, to));
    expect(rec.procs.map((p) => p.comm)).toEqual(['cat']);
  });
  it('fd list, user list, interface list, machine info and events', () => {
    let bytes = write((w) => {
      w.machineInfo({ numCpus: 2, memorySizeBytes: 1 << 30, maxPid: 32768, hostname: 'box', bootTsEpoch: 0n, flags: 0n });
      w.fdList(42, [{ fd: 3, ino: 0n, type: BT.FD_TYPE.FILE, name: '/x', openFlags: 0, dev: 0, sip: 0, dip: 0, sport: 0, dport: 0, l4proto: 0, unixSource: 0n, unixDest: 0n }], false);
      w.userList([{ uid: 0, gid: 0, name: 'root', homedir: '/root', shell: '/bin/sh' }], [], false);
      w.interfaceList([{ type: BT.IF_TYPE.IPV4, name: 'lo', addr: 0x0100007f, netmask: 0xff, bcast: 0, linkspeed: 0n }], false);
      w.event({ ...readEvent, version: 1 });
    });
    bytes = retype(bytes, BT.MI_BLOCK_TYPE, BT.MI_BLOCK_TYPE_INT);
    bytes = retype(bytes, BT.FDL_BLOCK_TYPE, BT.FDL_BLOCK_TYPE_INT);
    bytes = retype(bytes, BT.UL_BLOCK_TYPE, BT.UL_BLOCK_TYPE_INT);
    bytes = retype(bytes, BT.IL_BLOCK_TYPE, BT.IL_BLOCK_TYPE_INT);
    bytes = retype(bytes, BT.EV_BLOCK_TYPE, BT.EV_BLOCK_TYPE_INT);
    const rec = parse(bytes);
    expect(rec.mi.map((m) => m.hostname)).toEqual(['box']);
    expect(rec.fds.map(([, f]) => f.name)).toEqual(['/x']);
    expect(rec.users.map((u) => u.name)).toEqual(['root']);
    expect(rec.ifaces[0].map((i) => i.name)).toEqual(['lo']);
    expect(rec.events.map((e) => e.type)).toEqual([PPME.SYSCALL_READ_E]);
  });
});

describe('section header and unknown blocks', () => {
  it('reads a section header with options (sysdig 0.29.3 cannot)', () => {
    const parts: Buffer[] = [];
    const w = new ScapWriter((b) => parts.push(b));
    // pcapng option: code 4 (shb_userappl), length 7, padded to 8, then opt_endofopt
    const opt = Buffer.concat([Buffer.from([4, 0, 7, 0]), Buffer.from('tsysdig\0', 'latin1'), Buffer.alloc(4)]);
    w.sectionHeader(opt);
    w.event(readEvent);
    expect(parse(Buffer.concat(parts)).events).toHaveLength(1);
  });
  it('skips blocks of unknown types by their length', () => {
    const unknown = block(0x999, Buffer.from('whatever, padded', 'latin1'));
    const bytes = write((w) => { w.event(readEvent); });
    const withUnknown = Buffer.concat([bytes.subarray(0, bytes.readUInt32LE(4)), unknown, bytes.subarray(bytes.readUInt32LE(4))]);
    expect(parse(withUnknown).events).toHaveLength(1);
  });
  it('refuses a file that does not start with a section header', () => {
    expect(() => parse(write((w) => w.event(readEvent), false))).toThrow(CaptureError);
  });
});

describe('streaming and gzip', () => {
  const bytes = catSession();
  it.each([1, 7, 64, 4096])('the same events whatever the chunk size (%i bytes)', (chunk) => {
    const whole = parse(bytes);
    expect(parse(bytes, chunk)).toEqual(whole);
  });
  it('a gzip capture reads like the plain one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-gz-'));
    const plain = path.join(dir, 'c.scap');
    const gz = path.join(dir, 'c.scap.gz');
    fs.writeFileSync(plain, bytes);
    fs.writeFileSync(gz, zlib.gzipSync(bytes));
    const a = recorder();
    const b = recorder();
    await readCaptureFile(plain, a.handler);
    await readCaptureFile(gz, b.handler);
    expect(b.rec.events.length).toBeGreaterThan(10);
    expect(b.rec).toEqual(a.rec);
  });
});

describe('damaged captures', () => {
  const bytes = catSession();
  const complete = parse(bytes).events.length;

  it('a parameter length past the end of its event is reported, with the block offset, when the parameters are read', () => {
    const good = write((w) => { w.event(readEvent); });
    const at = good.readUInt32LE(4); // the event block follows the section header
    const bad = Buffer.from(good);
    // first parameter length (after block header, cpu and the 26-byte event header): far too long
    bad.writeUInt16LE(0xfff0, at + 8 + 2 + 26);
    const seen: string[] = [];
    const view = new Event();
    const p = new ScapParser({ onEvent: (ev) => { seen.push('event'); view.setRaw(ev); view.bytes(0); } });
    let err: unknown;
    try { p.push(bad); } catch (e) { err = e; }
    expect(seen).toEqual(['event']);
    expect(err).toBeInstanceOf(CaptureError);
    expect((err as CaptureError).offset).toBe(at);
    expect((err as CaptureError).message).toMatch(/parameters exceed the event length/);
  });

  it('truncated at every offset: the events before the cut, then a CaptureError with its offset (or a clean end on a block boundary)', () => {
    const boundaries = new Set<number>();
    for (let o = 0; o < bytes.length; o += bytes.readUInt32LE(o + 4)) boundaries.add(o);
    boundaries.add(bytes.length);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { rec, handler } = recorder();
      const p = new ScapParser(handler);
      let err: unknown;
      try {
        p.push(bytes.subarray(0, cut));
        p.finish();
      } catch (e) {
        err = e;
      }
      if (boundaries.has(cut) && cut > 0) {
        expect(err, `cut ${cut}`).toBeUndefined();
      } else {
        expect(err, `cut ${cut}`).toBeInstanceOf(CaptureError);
        expect((err as CaptureError).offset).toBeLessThanOrEqual(cut);
      }
      expect(rec.events.length).toBeLessThanOrEqual(complete);
      // every event wholly before the cut was delivered
      let whole = 0;
      for (let o = 0; o < cut && o + 8 <= bytes.length; o += bytes.readUInt32LE(o + 4)) {
        const type = bytes.readUInt32LE(o);
        if (o + bytes.readUInt32LE(o + 4) <= cut && type === BT.EV_BLOCK_TYPE_V2) whole++;
      }
      expect(rec.events.length, `cut ${cut}`).toBe(whole);
    }
  });
});
