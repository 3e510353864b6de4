/**
 * syslog.* on the synthetic capture: values checked against sysdig 0.29.3 on the same capture.
 */
import { describe, it, expect } from 'vitest';
import { netCapture } from './scenarios';
import { render, matching, replay } from './synth';
import { decodeSyslog } from '../../src/state/syslog';
import { DefaultLineFormatter } from '../../src/output/defaultFormat';
import { ParamFormatter } from '../../src/output/paramFormat';
import { BufferFormat } from '../../src/output/bufferFormat';

const cap = netCapture();
const FMT = '%syslog.facility.str|%syslog.facility|%syslog.severity.str|%syslog.severity|%syslog.message';

describe('syslog fields', () => {
  const lines = render(cap, FMT);
  const cases: [number, string][] = [
    [35, '<NA>|<NA>|<NA>|<NA>|<NA>'], // the sendto enter event
    [36, 'user|1|notice|5|Nov 1 app: hello'], // sendto on the /dev/log socket
    [37, '<NA>|<NA>|<NA>|<NA>|<NA>'],
    [38, 'local7|23|err|3|disk full'], // write(2)
    [40, '<NA>|<NA>|<NA>|<NA>|<NA>'], // no "<PRI>"
    [14, '<NA>|<NA>|<NA>|<NA>|<NA>'], // a write to another socket
  ];
  for (const [num, want] of cases) it(`event ${num}: ${want}`, () => expect(lines[num - 1]).toBe(want));

  // sinsp decodes while parsing: a filter it runs before parsing (write, unlike sendto) sees nothing
  const filters: [string, number[]][] = [
    ['syslog.severity=5', [36]],
    ['syslog.facility=1', [36]],
    ['syslog.severity exists', [36]],
    ['syslog.facility.str=local7', []],
    ['syslog.message contains full', []],
  ];
  for (const [flt, nums] of filters) it(flt, () => expect(matching(cap, flt)).toEqual(nums));

  it('evt.info of the default line shows the decoded message', () => {
    const lines: string[] = [];
    replay(cap, (ins) => {
      const f = new DefaultLineFormatter(ins, new ParamFormatter(ins, { bufferFormat: BufferFormat.NORMAL, maxBufferOutput: 80 }));
      if (ins.event.num === 36 || ins.event.num === 38 || ins.event.num === 40) lines.push(f.format(ins.event).replace(/^\S+ \S+ /, ''));
    });
    expect(lines).toEqual([
      '0 client (100) < sendto syslog sev=notice msg=Nov 1 app: hello',
      '0 client (100) < write syslog sev=err msg=disk full',
      '0 client (100) < write res=10 data=no priority ',
    ]);
  });
});

describe('syslog message decoding', () => {
  const cases: [string, [number, number, number, string] | undefined][] = [
    ['<13>hello', [13, 5, 1, 'hello']],
    ['<0>x', [0, 0, 0, 'x']],
    ['<191>local7 debug', [191, 7, 23, 'local7 debug']],
    ['<1a>x', undefined], // not a number
    ['<>x', undefined], // no digits
    ['<5', undefined], // too short for the closing byte
    ['', undefined],
    ['x13>skip the first byte', [13, 5, 1, 'skip the first byte']],
  ];
  for (const [text, want] of cases) {
    it(JSON.stringify(text), () => {
      const m = decodeSyslog(Buffer.from(text, 'latin1'));
      expect(m === undefined ? undefined : [m.priority, m.severity, m.facility, m.message]).toEqual(want);
    });
  }
});
