/**
 * The probe's fd and path events, live: a workload (a Python script calling pwrite/pread,
 * writev/readv, pwritev/preadv, dup/dup2, pipe, eventfd, signalfd, timerfd, inotify, fcntl and
 * the path calls; then dd, which moves its output onto fd 1 with dup2) runs under `tsysdig -w`,
 * and the file must show the parameters sysdig 0.29.3's driver records and read the same with
 * sysdig. Runs as root with BPF; otherwise skipped with the reason (TSYSDIG_REQUIRE_LIVE=1, set
 * by CI, turns a missing prerequisite into a failure instead).
 */
import { describe, expect } from 'vitest';
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, liveEnv, liveTests, MAX_OUTPUT, sysdigInstalled } from '../helpers/live';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsysdig-fds-'));
const env = liveEnv;
const { liveIt } = liveTests('live fd event tests', () =>
  spawnSync('python3', ['-c', 'import ctypes, os; os.eventfd']).status !== 0 ? 'the workload needs python3 (3.10 or newer, for os.eventfd)' : undefined);

const read = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;
const readWithSysdig = (file: string) => spawnSync('sysdig', ['-r', file], { env, encoding: 'latin1', maxBuffer: MAX_OUTPUT }).stdout;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a command to its end; resolves with its pid. */
function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    // stdout a pipe: dd's fd 1 is a pipe until its dup2 makes it /dev/null
    const p: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    p.stdout!.resume();
    p.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(p.pid!) : reject(new Error(`${cmd} exited ${code}: ${stderr}`))));
  });
}

/** Calls each syscall once with values the assertions look for. */
const WORKLOAD = String.raw`
import ctypes, fcntl, os, signal, sys
libc = ctypes.CDLL(None, use_errno=True)
d = sys.argv[1]
p = os.path.join(d, 'data.bin')
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
os.pwrite(fd, b'PWRITE-DATA-0123456789', 5)
os.pread(fd, 10, 5)
os.writev(fd, [b'WRITEV-A|', b'WRITEV-B|', b'WRITEV-C'])
os.lseek(fd, 0, os.SEEK_SET)
os.readv(fd, [bytearray(4), bytearray(30)])
class IOV(ctypes.Structure):
    _fields_ = [('base', ctypes.c_void_p), ('len', ctypes.c_size_t)]
def iov(*bufs):
    return (IOV * len(bufs))(*[(ctypes.cast(b, ctypes.c_void_p), len(b.raw)) for b in bufs])
libc.syscall(296, fd, iov(ctypes.create_string_buffer(b'PWV1-', 5), ctypes.create_string_buffer(b'PWV2', 4)), 2, 100, 0)
libc.syscall(295, fd, iov(ctypes.create_string_buffer(3), ctypes.create_string_buffer(30)), 2, 101, 0)
os.dup2(fd, 20)
os.close(20)
r, w = os.pipe()
os.write(w, b'through-the-pipe')
os.read(r, 100)
os.close(r); os.close(w)
os.close(os.eventfd(7))
mask = (ctypes.c_ulong * 16)(1 << (signal.SIGUSR1 - 1))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.close(libc.signalfd(-1, ctypes.byref(mask), 0))
os.close(libc.timerfd_create(1, 0))
os.close(libc.inotify_init1(0))
fcntl.fcntl(fd, fcntl.F_SETFL, os.O_NONBLOCK)
os.close(fd)
os.chmod(p, 0o600)
os.rename(p, p + '.renamed')
os.mkdir(os.path.join(d, 'sub'))
os.rmdir(os.path.join(d, 'sub'))
libc.syscall(258, -100, os.path.join(d, 'sub2').encode(), 0o700)
libc.syscall(263, -100, os.path.join(d, 'sub2').encode(), 0x200)
os.unlink(p + '.renamed')
`;

describe('live fd and path events', () => {
  liveIt('carry the driver\'s parameters, keep fd state (dd after dup2) and read the same with sysdig', async () => {
    const file = path.join(tmp, 'fds.scap');
    const dir = path.join(tmp, 'work');
    fs.mkdirSync(dir);
    const script = path.join(tmp, 'workload.py');
    fs.writeFileSync(script, WORKLOAD);
    const cap = spawn(process.execPath, [BIN, '-w', file, '-M', '3'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let capErr = '';
    cap.stderr!.setEncoding('utf8').on('data', (d: string) => { capErr += d; });
    const capDone = new Promise<number | null>((r) => cap.on('close', r));
    await sleep(1000);
    const py = await run('python3', [script, dir]);
    const dd = await run('dd', ['if=/dev/zero', 'of=/dev/null', 'bs=1', 'count=10']);
    expect(await capDone, capErr).toBe(0);

    const ours = read(['-r', file]);
    // the events of a process once it runs the program (its forked node child shares the pid)
    const of = (name: string, pid: number) => ours.split('\n').map((l) => l.replace(/^\d+ \S+ \d+ /, '')).filter((l) => l.startsWith(`${name} (${pid}) `));
    const pyLines = of('python3', py);
    const ddLines = of('dd', dd);
    const data = `${dir}/data.bin`;
    const has = (lines: string[], line: string) => expect(lines, line).toContain(`${line} `);

    // positioned and vectored I/O
    const fdm = pyLines.join('\n').match(/> pwrite fd=(\d+)\(<f>([^)]*)\) size=22 pos=5/);
    expect(fdm?.[2]).toBe(data);
    const fd = fdm![1];
    const f = `${fd}(<f>${data})`;
    has(pyLines, `python3 (${py}) < pwrite res=22 data=PWRITE-DATA-0123456789`);
    has(pyLines, `python3 (${py}) > pread fd=${f} size=10 pos=5`);
    has(pyLines, `python3 (${py}) < pread res=10 data=PWRITE-DAT`);
    has(pyLines, `python3 (${py}) > writev fd=${f} size=26`);
    has(pyLines, `python3 (${py}) < writev res=26 data=WRITEV-A|WRITEV-B|WRITEV-C`);
    has(pyLines, `python3 (${py}) > readv fd=${f}`);
    has(pyLines, `python3 (${py}) < readv res=27 size=27 data=WRITEV-A|WRITEV-B|WRITEV-C9`);
    has(pyLines, `python3 (${py}) > pwritev fd=${f} size=9 pos=100`);
    has(pyLines, `python3 (${py}) < pwritev res=9 data=PWV1-PWV2`);
    has(pyLines, `python3 (${py}) > preadv fd=${f} pos=101`);
    has(pyLines, `python3 (${py}) < preadv res=8 size=8 data=WV1-PWV2`);
    // dup2 keeps dup's event: the old fd on enter, the new one (named after the old) on exit
    has(pyLines, `python3 (${py}) > dup fd=${f}`);
    has(pyLines, `python3 (${py}) < dup res=20(<f>${data})`);
    // pipe: both fds and the pipe's inode; the fds are pipes for what follows
    const pm = pyLines.join('\n').match(/< pipe res=0 fd1=(\d+)\(<p>\) fd2=(\d+)\(<p>\) ino=(\d+)/);
    expect(pm).not.toBeNull();
    expect(Number(pm![3])).toBeGreaterThan(0);
    has(pyLines, `python3 (${py}) > write fd=${pm![2]}(<p>) size=16`);
    has(pyLines, `python3 (${py}) > read fd=${pm![1]}(<p>) size=100`);
    has(pyLines, `python3 (${py}) < read res=16 data=through-the-pipe`);
    // fd-creating calls name their fds by kind
    has(pyLines, `python3 (${py}) > eventfd initval=7 flags=0`);
    expect(pyLines.join('\n')).toMatch(/< eventfd res=\d+\(<e>\)/);
    has(pyLines, `python3 (${py}) > signalfd fd=-1(EPERM) mask=0 flags=0`);
    expect(pyLines.join('\n')).toMatch(/< signalfd res=\d+\(<s>\)/);
    has(pyLines, `python3 (${py}) > timerfd_create clockid=0 flags=0`);
    expect(pyLines.join('\n')).toMatch(/< timerfd_create res=\d+\(<t>\)/);
    expect(pyLines.join('\n')).toMatch(/< inotify_init res=\d+\(<i>\)/);
    has(pyLines, `python3 (${py}) > fcntl fd=${f} cmd=5(F_SETFL)`);
    // paths
    has(pyLines, `python3 (${py}) < chmod res=0 filename=${data} mode=0600(S_IWUSR|S_IRUSR)`);
    has(pyLines, `python3 (${py}) < rename res=0 oldpath=${data} newpath=${data}.renamed`);
    has(pyLines, `python3 (${py}) > mkdir mode=0`);
    has(pyLines, `python3 (${py}) < mkdir res=0 path=${dir}/sub`);
    has(pyLines, `python3 (${py}) < rmdir res=0 path=${dir}/sub`);
    has(pyLines, `python3 (${py}) < mkdirat res=0 dirfd=-100(AT_FDCWD) path=${dir}/sub2 mode=1C0`);
    has(pyLines, `python3 (${py}) < unlinkat res=0 dirfd=-100(AT_FDCWD) name=${dir}/sub2 flags=512(AT_REMOVEDIR)`);
    has(pyLines, `python3 (${py}) < unlink res=0 path=${data}.renamed`);

    // dd opens its output as fd 3, dup2s it onto fd 1 and closes 3: its writes go to /dev/null
    has(ddLines, `dd (${dd}) > dup fd=3(<f>/dev/null)`);
    has(ddLines, `dd (${dd}) < dup res=1(<f>/dev/null)`);
    const writes = ddLines.filter((l) => l.startsWith(`dd (${dd}) > write fd=1`));
    expect(writes).toHaveLength(10);
    for (const w of writes) expect(w).toBe(`dd (${dd}) > write fd=1(<f>/dev/null) size=1 `);

    if (sysdigInstalled) {
      const theirs = readWithSysdig(file);
      expect(theirs.length).toBeGreaterThan(0);
      expect(ours === theirs, 'sysdig -r and tsysdig -r print the same').toBe(true);
    }
  }, 120_000);
});
