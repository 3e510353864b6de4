import { describe, it, expect } from 'vitest';
import { EVENT_TABLE, PPME, OLD_LAYOUTS, OLD_EVENT_META } from '../../src/events/eventTable';
import { PT, PF, EC } from '../../src/events/paramTypes';
import * as F from '../../src/events/flagTables';
import { SYSCALL_NAMES, PPM_SC_MAX } from '../../src/events/syscallNames';
import { ERRNO_NAMES, UNKNOWN_ERRNO_NAME } from '../../src/events/errnoNames';

const FLAG_TYPES: number[] = [PT.FLAGS8, PT.FLAGS16, PT.FLAGS32, PT.ENUMFLAGS8, PT.ENUMFLAGS16, PT.ENUMFLAGS32];

describe('event table', () => {
  it('has one entry per id, with id === index', () => {
    expect(EVENT_TABLE.length).toBe(PPME.EVENT_MAX);
    EVENT_TABLE.forEach((e, i) => {
      expect(e, `entry ${i}`).toBeDefined();
      expect(e.id).toBe(i);
      expect(typeof e.name).toBe('string');
    });
  });

  it('PPME values map to entries with the matching symbol', () => {
    for (const [k, v] of Object.entries(PPME)) {
      if (k === 'EVENT_MAX') continue;
      expect(EVENT_TABLE[v].symbol).toBe('PPME_' + k);
    }
  });

  it('enter/exit syscall pairs share the name (unless one side is an NA placeholder)', () => {
    for (let i = 0; i + 1 < EVENT_TABLE.length; i += 2) {
      const e = EVENT_TABLE[i], x = EVENT_TABLE[i + 1];
      if ((e.category & EC.SYSCALL) === 0 || (x.category & EC.SYSCALL) === 0) continue;
      if (e.name === 'NA' || x.name === 'NA') continue;
      expect(x.name, `ids ${i}/${i + 1}`).toBe(e.name);
    }
  });

  it('flag params have a flagTable and DYN params have a dynamic table', () => {
    // the 0.29.3 table had FLAGS params without a table (eventfd, signalfd, timerfd_create, inotify_init
    // enter events); newer libs turned them into UINTx. libsinsp then prints no resolved flag names.
    const OLD_FLAGS_WITHOUT_TABLE = new Set(['old 62.flags', 'old 126.flags', 'old 136.flags', 'old 138.flags']);
    const check = (where: string, p: { type: number; flagTable?: readonly unknown[]; dynamic?: readonly unknown[] }) => {
      if (FLAG_TYPES.includes(p.type) && !OLD_FLAGS_WITHOUT_TABLE.has(where)) expect(p.flagTable, where).toBeDefined();
      if (p.type === PT.DYN) expect(p.dynamic, where).toBeDefined();
      if (p.type === PT.FSRELPATH) expect(typeof (p as { dirfdParam?: number }).dirfdParam, where).toBe('number');
    };
    for (const e of EVENT_TABLE) e.params.forEach((p) => check(`${e.symbol}.${p.name}`, p));
    for (const [id, ps] of Object.entries(OLD_LAYOUTS)) ps.forEach((p) => check(`old ${id}.${p.name}`, p));
  });

  it('spot checks', () => {
    const open = EVENT_TABLE[PPME.SYSCALL_OPEN_X];
    expect(open.name).toBe('open');
    expect(open.params.slice(0, 4).map((p) => p.name)).toEqual(['fd', 'name', 'flags', 'mode']);
    expect(open.params[0].type).toBe(PT.FD);
    expect(open.params[2].flagTable).toBe(F.file_flags);
    expect(open.params[3].format).toBe(PF.OCT);
    expect(EVENT_TABLE[PPME.GENERIC_E].name).toBe('syscall');
    expect(EVENT_TABLE[PPME.GENERIC_E].params[0].type).toBe(PT.SYSCALLID);
    expect(F.sockopt_dynamic_param.length).toBeGreaterThan(0);
  });

  it('old (0.29.3) metadata covers the old id range', () => {
    expect(OLD_EVENT_META.length).toBe(336);
    expect(OLD_EVENT_META[PPME.SYSCALL_OPEN_X].name).toBe('open');
    expect(OLD_LAYOUTS[PPME.SYSCALL_MMAP_X][0].type).toBe(PT.UINT64);
  });
});

describe('syscall and errno names', () => {
  it('match sysdig 0.29.3', () => {
    expect(SYSCALL_NAMES.length).toBe(PPM_SC_MAX);
    expect(SYSCALL_NAMES[0]).toBe('<unknown>');
    expect(SYSCALL_NAMES[3]).toBe('read');
    expect(ERRNO_NAMES[2]).toBe('ENOENT');
    expect(ERRNO_NAMES[11]).toBe('EAGAIN');
    expect(UNKNOWN_ERRNO_NAME).toBe('');
  });
});
