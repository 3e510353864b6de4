/**
 * The /proc scan that starts live captures: this test process, its threads and an fd it holds
 * must be found, and the capture head written from the scan must read back (with our reader,
 * and with sysdig 0.29.3 when it is installed).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { scanMachine, openFlagsToPpm, MachineState } from '../../src/live/procScan';
import { writeCaptureHead } from '../../src/live/captureHead';
import { ScapWriter, param } from '../../src/capture/scapWriter';
import { ScapParser } from '../../src/capture/scapParser';
import { Inspector } from '../../src/state/inspector';
import { FD_TYPE } from '../../src/capture/blockTypes';
import { PPME } from '../../src/events/eventTable';

const haveProc = fs.existsSync('/proc/self/stat');
let dir = '';
let held: number;
let heldPath = '';
let state: MachineState;

beforeAll(() => {
  if (!haveProc) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-scan-'));
  heldPath = path.join(dir, 'held.log');
  held = fs.openSync(heldPath, 'a');
  state = scanMachine();
});
afterAll(() => { if (haveProc) fs.closeSync(held); });

describe.skipIf(!haveProc)('machine scan', () => {
  it('finds this process with its command line, ids and cwd', () => {
    const me = state.procs.find((p) => p.tid === process.pid);
    expect(me).toBeDefined();
    expect(me!.pid).toBe(process.pid);
    expect(me!.ptid).toBe(process.ppid);
    expect(me!.exepath).toBe(fs.realpathSync(process.execPath));
    expect(me!.args.length).toBeGreaterThan(0);
    expect(me!.cwd).toBe(process.cwd() + '/');
    expect(me!.uid).toBe(process.getuid!());
    expect(me!.fdlimit).toBeGreaterThan(0);
    expect(me!.vmrssKb).toBeGreaterThan(0);
  });
  it('lists the threads of a process as cloned threads sharing its files', () => {
    const threads = state.procs.filter((p) => p.pid === process.pid && p.tid !== process.pid);
    // node runs worker threads (V8 platform, libuv pool)
    expect(threads.length).toBeGreaterThan(0);
    for (const t of threads) expect(t.flags & 0x2001).toBe(0x2001);
  });
  it('finds the file this process holds open, with its open flags', () => {
    const fd = state.fds.get(process.pid)!.find((f) => f.fd === held);
    expect(fd).toBeDefined();
    expect(fd!.type).toBe(FD_TYPE.FILE_V2);
    expect(fd!.name).toBe(heldPath);
    // O_WRONLY|O_APPEND as PPM flags (the kernel does not keep O_CREAT)
    expect(fd!.openFlags & 0b1011).toBe(0b1010);
  });
  it('reads users, groups, interfaces and the machine', () => {
    expect(state.users.find((u) => u.uid === 0)?.name).toBe('root');
    expect(state.groups.find((g) => g.gid === 0)?.name).toBe('root');
    expect(state.interfaces.some((i) => i.name === 'lo')).toBe(true);
    expect(state.machine.numCpus).toBe(os.cpus().length);
  });
  it.each([
    [0, 1], [1, 2], [2, 3], [0o2101, 2 | 8 | 4], [0o2000000, 1 | (1 << 12)], [0o200000, 1 | (1 << 10)],
  ])('open flags %o -> PPM %i', (linux, ppm) => {
    expect(openFlagsToPpm(linux)).toBe(ppm);
  });
  it('writes a capture head that reads back, with one event of this process', () => {
    const parts: Buffer[] = [];
    const w = new ScapWriter((b) => parts.push(b));
    writeCaptureHead(w, state);
    w.event({ ts: BigInt(Date.now()) * 1000000n, tid: process.pid, type: PPME.SYSCALL_CLOSE_E, params: [param.i64(held)] });
    const bytes = Buffer.concat(parts);
    let line = '';
    const ins = new Inspector((ev) => { line = `${ev.tinfo?.comm} ${ev.fdinfo?.name}`; return true; });
    const p = new ScapParser(ins);
    p.push(bytes);
    p.finish();
    expect(line).toBe(`${state.procs.find((x) => x.tid === process.pid)!.comm} ${heldPath}`);
    const file = path.join(dir, 'head.scap');
    fs.writeFileSync(file, bytes);
    const sysdig = spawnSync('sysdig', ['-r', file, '-p', '%proc.name %fd.name', 'evt.type=close'], { encoding: 'latin1' });
    if (sysdig.error) {
      console.warn('sysdig not installed: the capture head is checked with our reader only');
      return;
    }
    expect(sysdig.stdout.trim()).toBe(line);
  });
});
