/**
 * A clone whose child returns before its parent (an "inverted" clone, common when the child runs
 * on another CPU): the child's clone exit creates the thread from the event's own description,
 * and sinsp, which looks up an event's thread again when it had none, shows that event with the
 * new thread (sysdig prints `bash (60) < clone res=0 ...`, not `<NA> (60)`).
 */
import { describe, it, expect } from 'vitest';
import { buildCapture, replayBuffer, proc, param, PPME } from '../helpers/syntheticCapture';

function cloneExit(res: number, tid: number, pid: number, ptid: number): Buffer[] {
  const { i64, u32, u64, str } = param;
  return [i64(res), str('bash'), param.bytes('-c\0true\0'), i64(tid), i64(pid), i64(ptid), str('/root'), i64(1024),
    u64(0n), u64(0n), u32(0), u32(0), u32(0), str('bash'), param.bytes('cpu=/\0'), u32(0), u32(0), u32(0), i64(tid), i64(pid)];
}

describe('inverted clone', () => {
  it('shows the child\'s clone exit with the thread it creates', () => {
    const bytes = buildCapture({
      procs: [proc({ tid: 50, comm: 'bash', ptid: 1 })],
      events: [
        { tid: 50, type: PPME.SYSCALL_CLONE_20_E, params: [] },
        // 2: the child (60) returns first
        { tid: 60, type: PPME.SYSCALL_CLONE_20_X, params: cloneExit(0, 60, 60, 50) },
        // 3: then the parent
        { tid: 50, type: PPME.SYSCALL_CLONE_20_X, params: cloneExit(60, 50, 50, 1) },
      ],
    });
    const seen: { num: number; tid?: number; comm?: string }[] = [];
    const ins = replayBuffer(bytes, (ev) => { seen.push({ num: ev.num, tid: ev.tinfo?.tid, comm: ev.tinfo?.comm }); });
    expect(seen[1]).toEqual({ num: 2, tid: 60, comm: 'bash' });
    expect(seen[2]).toEqual({ num: 3, tid: 50, comm: 'bash' });
    expect(ins.getThread(60)?.ptid).toBe(50);
  });
});
