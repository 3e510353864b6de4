/**
 * sinsp removes an exited thread at the next event, but not a main thread whose process still
 * has threads: that main thread stays in the table (its later events keep its name) after its
 * procexit, while other threads that exit disappear.
 */
import { describe, it, expect } from 'vitest';
import { buildCapture, replayBuffer, proc, param, PPME } from '../helpers/syntheticCapture';
import { PPM_CL } from '../../src/state/threadInfo';

describe('procexit: thread removal', () => {
  it('keeps a main thread while its process has other threads', () => {
    const { i64, u64, u32, u8 } = param;
    const exit = (tid: number) => ({ tid, type: PPME.PROCEXIT_1_E, params: [i64(15), i64(0), u8(15), u8(0)] });
    const sw = (tid: number) => ({ tid, type: PPME.SCHEDSWITCH_6_E, params: [i64(0), u64(0), u64(0), u32(0), u32(0), u32(0)] });
    const bytes = buildCapture({
      procs: [
        proc({ tid: 10, comm: 'wl' }),
        proc({ tid: 11, pid: 10, comm: 'wl', flags: PPM_CL.CLONE_THREAD }),
        proc({ tid: 20, comm: 'solo' }),
      ],
      events: [exit(10), sw(10), exit(11), sw(11), sw(10), exit(20), sw(20)],
    });
    const names: string[] = [];
    const ins = replayBuffer(bytes, (ev) => { names.push(ev.tinfo?.comm ?? '-'); });
    expect(names).toEqual(['wl', 'wl', 'wl', '-', 'wl', 'solo', '-']);
    expect(ins.getThread(10)).toBeDefined();
    expect(ins.getThread(11)).toBeUndefined();
    expect(ins.getThread(20)).toBeUndefined();
  });
});
