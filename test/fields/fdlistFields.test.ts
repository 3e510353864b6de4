/** fdlist.* on the poll events of the synthetic capture, checked against sysdig 0.29.3. */
import { describe, it, expect } from 'vitest';
import { netCapture } from './scenarios';
import { render, matching } from './synth';

const cap = netCapture();

describe('fdlist fields', () => {
  const fields = ['fdlist.nums', 'fdlist.names', 'fdlist.cips', 'fdlist.sips', 'fdlist.cports', 'fdlist.sports'];
  const lines = render(cap, fields.map((f) => '%' + f).join('|'));
  const cases: [number, string[]][] = [
    [29, [
      '3,4,5,7,8,15,99',
      '/home/user/data/x.txt,10.0.0.5:40000->10.0.0.9:80,2600:1f18::5:40251->2001:4860:4860::8888:53,0.0.0.0:8080,10.0.0.9:5555->10.0.0.5:8080,0.0.0.0:443,<NA>',
      '10.0.0.5,2600:1f18::5,10.0.0.9',
      '10.0.0.9,2001:4860:4860::8888,0.0.0.0,10.0.0.5,0.0.0.0',
      '40000,40251,5555',
      '80,53,8080',
    ]],
    [30, ['4', '10.0.0.5:40000->10.0.0.9:80', '10.0.0.5', '10.0.0.9', '40000', '80']],
    [28, ['<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>']], // not a poll event
  ];
  for (const [num, want] of cases) {
    fields.forEach((f, i) => it(`event ${num}: ${f}`, () => expect(lines[num - 1].split('|')[i]).toBe(want[i])));
  }
  const filters: [string, number[]][] = [
    ['fdlist.nums contains 99', [29]],
    ['fdlist.names contains <NA>', [29]],
    ['fdlist.sips=10.0.0.9', [30]],
    ['fdlist.cports exists', [29, 30]],
  ];
  for (const [flt, nums] of filters) it(flt, () => expect(matching(cap, flt)).toEqual(nums));
});
