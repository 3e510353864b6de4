/**
 * fd.* fields on a synthetic capture (test/fields/scenarios.ts). Every expected value below is
 * what sysdig 0.29.3 prints for the same capture, except fd.dev of sockets created by events,
 * which sysdig reads from uninitialized memory (marked '-', not checked).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'child_process';
import { netCapture } from './scenarios';
import { render, matching, renderJson, replay } from './synth';
import { clearDnsCache } from '../../src/fields/dnsCache';
import { FilterError, FilterRuntimeError, compileFilter } from '../../src/filter';
import { FormatString, FormatError } from '../../src/output/formatString';
import { resolveField, DEFAULT_BIND_CONTEXT } from '../../src/fields';
import { PT } from '../../src/events/paramTypes';

const cap = netCapture();

const FIELDS = [
  'fd.num', 'fd.type', 'fd.typechar', 'fd.name', 'fd.directory', 'fd.filename', 'fd.cip', 'fd.sip', 'fd.lip', 'fd.rip',
  'fd.cport', 'fd.sport', 'fd.lport', 'fd.rport', 'fd.l4proto', 'fd.sockfamily', 'fd.is_server', 'fd.uid',
  'fd.containername', 'fd.containerdirectory', 'fd.cproto', 'fd.sproto', 'fd.lproto', 'fd.rproto', 'fd.connected',
  'fd.name_changed', 'fd.dev', 'fd.dev.major', 'fd.dev.minor',
];

// [event number, ...one value per FIELDS entry]
const EXPECTED: (number | string)[][] = [
  [1, '-1', '<NA>', 'f', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '100-1', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>'],
  [2, '3', 'file', 'f', '/home/user/data/x.txt', '/home/user/data', 'x.txt', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', '1003', ':/home/user/data/x.txt', ':/home/user/data', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'true', '10803', '264', '3'],
  [4, '-1', '<NA>', 'f', '/home/user/missing.txt', '/home/user', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '100-1', ':/home/user/missing.txt', ':/home/user', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>'],
  [5, '3', 'file', 'f', '/home/user/data/x.txt', '/home/user/data', 'x.txt', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', '1003', ':/home/user/data/x.txt', ':/home/user/data', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'false', '10803', '264', '3'],
  [7, '9', '<NA>', 'o', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '1009', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>'],
  [8, '9', '<NA>', 'o', '', '/', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '1009', ':', ':/', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>'],
  [10, '4', 'ipv4', '4', '', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'ip', 'false', '1004', ':', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'false', '-', '-', '-'],
  [12, '4', 'ipv4', '4', '10.0.0.5:40000->10.0.0.9:80', '<NA>', '<NA>', '10.0.0.5', '10.0.0.9', '10.0.0.5', '10.0.0.9', '40000', '80', '40000', '80', 'tcp', 'ip', 'false', '1004', ':10.0.0.5:40000->10.0.0.9:80', '<NA>', '40000', '80', '40000', '80', 'true', 'true', '-', '-', '-'],
  [13, '4', 'ipv4', '4', '10.0.0.5:40000->10.0.0.9:80', '<NA>', '<NA>', '10.0.0.5', '10.0.0.9', '10.0.0.5', '10.0.0.9', '40000', '80', '40000', '80', 'tcp', 'ip', 'false', '1004', ':10.0.0.5:40000->10.0.0.9:80', '<NA>', '40000', '80', '40000', '80', 'true', 'false', '-', '-', '-'],
  [16, '5', 'ipv6', '6', '', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'ip', 'true', '1005', ':', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'false', '-', '-', '-'],
  [18, '5', 'ipv6', '6', '2600:1f18::5:40251->2001:4860:4860::8888:53', '<NA>', '<NA>', '2600:1f18::5', '2001:4860:4860::8888', '2600:1f18::5', '2001:4860:4860::8888', '40251', '53', '40251', '53', 'udp', 'ip', 'false', '1005', ':2600:1f18::5:40251->2001:4860:4860::8888:53', '<NA>', '40251', '53', '40251', '53', 'true', 'true', '-', '-', '-'],
  [21, '6', 'unix', 'u', '/var/run/app.sock', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'unix', 'false', '1006', ':/var/run/app.sock', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'true', '-', '-', '-'],
  [22, '6', 'unix', 'u', 'ffff8800aaaa0000->ffff8800bbbb0000 /var/run/app.sock', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '0', '<NA>', '<NA>', '<NA>', '<NA>', 'unix', 'false', '1006', ':ffff8800aaaa0000->ffff8800bbbb0000 /var/run/app.sock', '<NA>', '', '<NA>', '<NA>', '<NA>', 'true', 'true', '-', '-', '-'],
  [26, '7', 'ipv4', '4', '0.0.0.0:8080', '<NA>', '<NA>', '<NA>', '0.0.0.0', '<NA>', '<NA>', '0', '8080', '<NA>', '<NA>', 'tcp', 'ip', 'true', '1007', ':0.0.0.0:8080', '<NA>', '', '', '<NA>', '<NA>', 'false', 'true', '-', '-', '-'],
  [28, '8', 'ipv4', '4', '10.0.0.9:5555->10.0.0.5:8080', '<NA>', '<NA>', '10.0.0.9', '10.0.0.5', '10.0.0.5', '10.0.0.9', '5555', '8080', '8080', '5555', 'tcp', 'ip', 'true', '1008', ':10.0.0.9:5555->10.0.0.5:8080', '<NA>', '5555', '8080', '8080', '5555', 'true', 'true', '-', '-', '-'],
  [34, '10', 'unix', 'u', 'ffff8800cccc0000->ffff8800dddd0000 /dev/log', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '0', '<NA>', '<NA>', '<NA>', '<NA>', 'unix', 'false', '10010', ':ffff8800cccc0000->ffff8800dddd0000 /dev/log', '<NA>', '', '<NA>', '<NA>', '<NA>', 'true', 'true', '-', '-', '-'],
  [41, '12', 'ipv4', '4', '10.0.0.5:22->10.0.0.7:50000', '<NA>', '<NA>', '10.0.0.5', '10.0.0.7', '10.0.0.5', '10.0.0.7', '22', '50000', '22', '50000', 'tcp', 'ip', 'false', '10012', ':10.0.0.5:22->10.0.0.7:50000', '<NA>', '22', '50000', '22', '50000', 'true', 'false', '-', '-', '-'],
  [43, '13', 'unix', 'u', '/run/x.sock', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '0', '<NA>', '<NA>', '<NA>', '<NA>', 'unix', 'false', '10013', ':/run/x.sock', '<NA>', '', '<NA>', '<NA>', '<NA>', 'false', 'false', '-', '-', '-'],
  [45, '14', 'file', 'f', '/var/log/syslog', '/var/log', 'syslog', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', '10014', ':/var/log/syslog', ':/var/log', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'false', '801', '8', '1'],
  [47, '15', 'ipv4', '4', '0.0.0.0:443', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '443', '<NA>', '<NA>', 'tcp', 'ip', 'true', '10015', ':0.0.0.0:443', '<NA>', '<NA>', '', '<NA>', '<NA>', 'false', 'false', '801', '8', '1'],
  [49, '16', 'directory', 'd', '/home/user', '/home/user', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', '10016', ':/home/user', ':/home/user', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'false', '801', '8', '1'],
  [54, '17', 'ipv4', '4', '10.0.0.5:40001->10.0.0.10:443', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'ip', 'false', '10017', ':10.0.0.5:40001->10.0.0.10:443', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', 'false', 'false', '-', '-', '-'],
  [55, '4', 'ipv4', '4', '10.0.0.5:40000->10.0.0.9:80', '<NA>', '<NA>', '10.0.0.5', '10.0.0.9', '10.0.0.5', '10.0.0.9', '40000', '80', '40000', '80', 'tcp', 'ip', 'false', '1004', ':10.0.0.5:40000->10.0.0.9:80', '<NA>', '40000', '80', '40000', '80', 'true', 'false', '-', '-', '-'],
  [57, '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>', '<NA>'],
];

describe('fd fields on each kind of fd', () => {
  const lines = render(cap, FIELDS.map((f) => '%' + f).join('|'));
  it('renders every event', () => expect(lines).toHaveLength(66));
  for (const [num, ...values] of EXPECTED) {
    const got = lines[(num as number) - 1].split('|');
    FIELDS.forEach((f, i) => {
      if (values[i] === '-') return;
      it(`event ${num}: ${f} = ${JSON.stringify(values[i])}`, () => expect(got[i]).toBe(values[i]));
    });
  }
});

describe('fd fields with -R (ports as service names)', () => {
  const ctx = { ...DEFAULT_BIND_CONTEXT, resolvePorts: true };
  const lines = render(cap, '%fd.name|%fd.cproto|%fd.sproto|%fd.lproto|%fd.rproto|%fd.sport', 'fd.type in (ipv4, ipv6)', ctx);
  const hasServices = spawnSync('getent', ['services', '80/tcp']).status === 0;
  it.skipIf(!hasServices)('names ports in fd names and the *proto fields', () => {
    expect([...new Set(lines)]).toEqual([
      '|<NA>|<NA>|<NA>|<NA>|<NA>',
      '10.0.0.5:40000->10.0.0.9:http|40000|http|40000|http|80',
      '2600:1f18::5:40251->2001:4860:4860::8888:domain|40251|domain|40251|domain|53',
      '0.0.0.0:http-alt|||<NA>|<NA>|8080',
      '10.0.0.9:rplay->10.0.0.5:http-alt|5555|http-alt|http-alt|5555|8080',
      '10.0.0.5:ssh->10.0.0.7:50000|ssh|50000|ssh|50000|50000',
      '0.0.0.0:https|<NA>||<NA>|<NA>|443',
      '10.0.0.5:40001->10.0.0.10:https|<NA>|<NA>|<NA>|<NA>|<NA>',
      '127.0.0.1:41000->127.0.0.1:redis|41000|redis|41000|redis|6379',
    ]);
  });
});

// [filter, event numbers that pass]
const FILTERS: [string, number[]][] = [
  ['fd.ip=10.0.0.9', [11, 12, 13, 14, 28, 55, 56]],
  ['fd.ip!=10.0.0.9', [10, 16, 17, 18, 24, 25, 26, 41, 42, 47, 48, 52, 53, 54, 60, 61, 62, 64]],
  ['fd.ip in (1.1.1.1, 10.0.0.7)', [41, 42]],
  ['fd.ip=0.0.0.0', [10, 11, 16, 17, 24, 25, 26, 47, 48, 52, 53, 54, 60, 61]],
  ['fd.ip in (1.1.1.1, ::1)', [10, 11, 24, 25, 26, 47, 48, 52, 53, 54, 60, 61]],
  ['fd.net=10.0.0.0/24', [11, 12, 13, 14, 28, 41, 42, 53, 54, 55, 56]],
  ['fd.net!=10.0.0.0/24', [10, 16, 17, 18, 24, 25, 26, 47, 48, 52, 60, 61, 62, 64]],
  ['fd.net=2600:1f18::', [10, 11, 12, 13, 14, 18, 24, 25, 26, 28, 41, 42, 47, 48, 52, 53, 54, 55, 56, 60, 61, 62, 64]],
  ['fd.net=::', [10, 11, 12, 13, 14, 16, 17, 24, 25, 26, 28, 41, 42, 47, 48, 52, 53, 54, 55, 56, 60, 61, 62, 64]],
  ['fd.port=8080', [26, 28]],
  ['fd.port!=80', [10, 16, 17, 18, 24, 25, 26, 28, 41, 42, 47, 48, 52, 53, 54, 60, 61, 62, 64]],
  ['fd.port<100', [10, 11, 12, 13, 14, 16, 17, 18, 24, 25, 41, 42, 52, 53, 54, 55, 56, 60, 61]],
  ['fd.port in (53, 443)', [17, 18, 47, 48, 53, 54]],
  ['fd.proto=http', [11, 12, 13, 14, 55, 56]],
  ['fd.proto=domain', [17, 18]],
  ['fd.cnet=10.0.0.0/8', [12, 13, 14, 28, 41, 42, 55, 56]],
  ['fd.snet=2001:4860::', [12, 13, 14, 26, 28, 41, 42, 55, 56, 62, 64]],
  ['fd.lnet=10.0.0.0/24', [12, 13, 14, 28, 41, 42, 55, 56]],
  ['fd.rnet=10.0.0.9/32', [12, 13, 14, 28, 55, 56]],
  ['fd.cip=10.0.0.9', [28]],
  ['fd.cip in (10.0.0.9, 2600:1f18::5)', [18, 28]],
  ['fd.lip=10.0.0.5', [12, 13, 14, 28, 41, 42, 55, 56]],
  ['fd.rip!=10.0.0.9', [18, 41, 42, 62, 64]],
  ['fd.cport>5000', [12, 13, 14, 18, 28, 55, 56, 62, 64]],
  ['fd.sport=8080', [26, 28]],
  ['fd.lport=8080', [28]],
  ['fd.rport=5555', [28]],
  ['fd.cproto=40000', [12, 13, 14, 55, 56]],
  ['fd.sproto=80', [12, 13, 14, 55, 56]],
  ['fd.is_server=true', [16, 26, 28, 47, 48, 61, 62, 64]],
  ['fd.connected=true', [12, 13, 14, 18, 22, 28, 34, 35, 36, 37, 38, 39, 40, 41, 42, 55, 56, 62, 64]],
  ['fd.name_changed=true', []],
  ['fd.num=9', [7, 8]],
  ['fd.num<0', [1, 3, 4, 9, 15, 19, 23, 27, 31, 51, 59]],
  ['fd.type=unix', [20, 21, 22, 32, 33, 34, 35, 36, 37, 38, 39, 40, 43, 44]],
  ['fd.typechar=o', [7, 8]],
  ['fd.typechar=d', [49, 50]],
  ['fd.directory=/home/user', [4, 49, 50]],
  ['fd.filename=syslog', [45, 46]],
  ['fd.containername startswith :10.', [12, 13, 14, 28, 41, 42, 54, 55, 56]],
  ['fd.containerdirectory=:/', [8]],
  ['fd.sockfamily=ip', [10, 11, 12, 13, 14, 16, 17, 18, 24, 25, 26, 28, 41, 42, 47, 48, 52, 53, 54, 55, 56, 60, 61, 62, 64]],
  ['fd.l4proto=<NA>', [2, 5, 6, 10, 11, 16, 17, 20, 21, 22, 24, 25, 32, 33, 34, 35, 36, 37, 38, 39, 40, 43, 44, 45, 46, 49, 50, 52, 53, 54, 60, 61, 65, 66]],
  ['fd.l4proto=udp', [18]],
  ['fd.uid=1009', [7, 8]],
  ["fd.name=''", [8, 10, 11, 16, 17, 20, 24, 25, 32, 52, 53, 60, 61]],
  ['fd.name exists', [2, 4, 5, 6, 8, 10, 11, 12, 13, 14, 16, 17, 18, 20, 21, 22, 24, 25, 26, 28, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 52, 53, 54, 55, 56, 60, 61, 62, 64, 65, 66]],
  ['fd.dev.major=8', [45, 46, 47, 48, 49, 50]],
  ['fd.sip.name=localhost', [62, 64]],
  ['fd.cip.name!=localhost', [12, 13, 14, 18, 28, 41, 42, 55, 56]],
  ['fd.rip.name in (x.invalid, localhost)', [62, 64]],
  ['fd.lip.name=localhost and fd.sip.name=localhost', [62, 64]],
];

describe('filters on fd fields', () => {
  beforeAll(() => clearDnsCache());
  const canResolve = spawnSync('getent', ['ahosts', 'localhost']).status === 0;
  for (const [flt, nums] of FILTERS) {
    it.skipIf(flt.includes('.name') && !canResolve)(flt, () => expect(matching(cap, flt)).toEqual(nums));
  }
});

describe('fd.*ip.name', () => {
  it('has no value until a filter resolved a name', () => {
    clearDnsCache();
    expect(render(cap, '%fd.sip.name')[61]).toBe('<NA>');
  });
  it.skipIf(spawnSync('getent', ['ahosts', 'localhost']).status !== 0)('names the addresses a filter resolved', () => {
    clearDnsCache();
    expect(render(cap, '%fd.cip.name|%fd.sip.name|%fd.lip.name|%fd.rip.name', 'fd.sip.name=localhost')).toEqual([
      'localhost|localhost|localhost|localhost', 'localhost|localhost|localhost|localhost',
    ]);
    clearDnsCache();
  });
});

describe('filter errors of fd fields', () => {
  const compileErrors: [string, string][] = [
    ['fd.ip=127.0.0.1/8', 'unrecognized IPv4 address 127.0.0.1/8'],
    ['fd.ip contains 1', 'unrecognized IPv6 address 1'],
    ['fd.cnet=127.0.0.1', 'unrecognized IP network 127.0.0.1'],
    ['fd.net=::1/64', 'unrecognized IPv6 address ::1/64'],
    ['fd.net=1.2.3.4/33', 'invalid netmask 33'],
    ['fd.dev=0x801', '0x801 is not a valid number'],
    ['fd.sport=nosuchservice', 'unrecognized protocol nosuchservice'],
  ];
  for (const [flt, msg] of compileErrors) {
    it(`${flt}: ${msg}`, () => {
      let err: unknown;
      try { compileFilter(flt); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(FilterError);
      expect((err as Error).message).toBe(msg);
    });
  }

  // sysdig finds these only when an event reaches the comparison: the events before it pass
  const runtimeErrors: [string, number[], string][] = [
    ['not fd.ip exists', [1, 2, 3, 4, 5, 6, 7, 8, 9], "IP filter only supports '=' and '!=' operators"],
    ['fd.net > 10.0.0.0/8', [], "IP filter only supports '=' and '!=' operators"],
    ['not fd.port exists', [1, 2, 3, 4, 5, 6, 7, 8, 9], 'unsupported port comparison operator'],
    ['fd.cip.name contains x', [], "fd.*ip.name filter only supports '=' and '!=' operators"],
    ['fd.sip<10.0.0.9', [], 'comparison operator not supported for ipv6 addresses'],
  ];
  for (const [flt, before, msg] of runtimeErrors) {
    it(`${flt}: stops with "${msg}" after ${before.length} events`, () => {
      const seen: number[] = [];
      let err: unknown;
      try { replay(cap, (ins) => { seen.push(ins.event.num); }, flt); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(FilterRuntimeError);
      expect((err as Error).message).toContain(msg);
      expect(seen).toEqual(before);
    });
  }

  it('filter-only fields cannot be printed', () => {
    for (const f of ['fd.ip', 'fd.port', 'fd.proto', 'fd.net', 'fd.cnet', 'fd.snet', 'fd.lnet', 'fd.rnet']) {
      expect(() => new FormatString('%' + f, DEFAULT_BIND_CONTEXT), f).toThrow(FormatError);
    }
  });
});

describe('fd field definitions', () => {
  const types: [string, number][] = [
    ['fd.num', PT.INT64], ['fd.cip', PT.IPADDR], ['fd.ip', PT.IPADDR], ['fd.cport', PT.PORT], ['fd.port', PT.PORT],
    ['fd.proto', PT.PORT], ['fd.net', PT.IPNET], ['fd.rnet', PT.IPNET], ['fd.is_server', PT.BOOL], ['fd.dev', PT.INT32],
    ['fd.cproto', PT.CHARBUF], ['fd.cip.name', PT.CHARBUF],
  ];
  for (const [name, type] of types) it(`${name} has type ${type}`, () => expect(resolveField(name)!.def.type).toBe(type));

  it('-j writes numbers, booleans, strings and nulls by field type', () => {
    const lines = renderJson(cap, '%fd.num %fd.cip %fd.cport %fd.is_server %fd.dev %fd.dev.major %fd.typechar %fd.uid');
    expect(lines[11]).toBe('{"fd.cip":"10.0.0.5","fd.cport":40000,"fd.dev":"0","fd.dev.major":0,"fd.is_server":false,"fd.num":4,"fd.typechar":"4","fd.uid":"1004"}');
    expect(lines[44]).toBe('{"fd.cip":null,"fd.cport":null,"fd.dev":"801","fd.dev.major":8,"fd.is_server":false,"fd.num":14,"fd.typechar":"f","fd.uid":"10014"}');
  });
});

describe('unprintable bytes in fd names', () => {
  // fd 19's /proc name is "/tmp/caf\xc3\xa9\x01/n\x7fote.txt"
  it('are dropped from what -p and -j print', () => {
    expect(render(cap, '%fd.name|%fd.directory|%fd.filename|%fd.containername|%fd.containerdirectory')[65])
      .toBe('/tmp/caf/note.txt|/tmp/caf|note.txt|:/tmp/caf/note.txt|:/tmp/caf');
    expect(renderJson(cap, '%fd.name')[65]).toBe('{"fd.name":"/tmp/caf/note.txt"}');
  });
  const filters: [string, number[]][] = [
    ['fd.name contains \xc3\xa9', [65, 66]], // "é" as the bytes the command line carries
    ['fd.name contains caf/', []],
    ['fd.filename=note.txt', []],
    ['fd.filename=n\x7fote.txt', [65, 66]],
  ];
  for (const [flt, nums] of filters) it(`stay in what filters compare: ${JSON.stringify(flt)}`, () => expect(matching(cap, flt)).toEqual(nums));
});
