#!/usr/bin/env node
// Compares fields of ours with sysdig 0.29.3 on every corpus capture: one `-p "*f1<SEP>f2..."` run
// per file and binary, compared field by field, plus -j runs and a list of filters.
//
//   node scripts/compare-fields.mjs [--fields a,b,c] [--filters FILE] [--corpus DIR] [--show N]
//
// Prints, per field, how many events differ and the first differences. Needs `sysdig` on PATH
// and a build (dist/). Corpus captures are read in place, never copied.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpus = opt('--corpus', path.resolve('../shared/conformance/corpus'));
const show = Number(opt('--show', '3'));
const SEP = '|#|';

const DEFAULT_FIELDS = [
  'fd.num', 'fd.type', 'fd.typechar', 'fd.name', 'fd.directory', 'fd.filename', 'fd.cip', 'fd.sip', 'fd.lip', 'fd.rip',
  'fd.cport', 'fd.sport', 'fd.lport', 'fd.rport', 'fd.l4proto', 'fd.sockfamily', 'fd.is_server', 'fd.uid',
  'fd.containername', 'fd.containerdirectory', 'fd.cproto', 'fd.sproto', 'fd.lproto', 'fd.rproto', 'fd.connected',
  'fd.name_changed', 'fd.cip.name', 'fd.sip.name', 'fd.lip.name', 'fd.rip.name', 'fd.dev', 'fd.dev.major', 'fd.dev.minor',
  'syslog.facility.str', 'syslog.facility', 'syslog.severity.str', 'syslog.severity', 'syslog.message',
  'fdlist.nums', 'fdlist.names', 'fdlist.cips', 'fdlist.sips', 'fdlist.cports', 'fdlist.sports',
  'k8s.pod.name', 'k8s.pod.id', 'k8s.pod.label.app', 'k8s.pod.labels', 'k8s.rc.name', 'k8s.rc.id', 'k8s.rc.label.x',
  'k8s.rc.labels', 'k8s.svc.name', 'k8s.svc.id', 'k8s.svc.label.x', 'k8s.svc.labels', 'k8s.ns.name', 'k8s.ns.id',
  'k8s.ns.label.x', 'k8s.ns.labels', 'k8s.rs.name', 'k8s.rs.id', 'k8s.rs.label.x', 'k8s.rs.labels', 'k8s.deployment.name',
  'k8s.deployment.id', 'k8s.deployment.label.x', 'k8s.deployment.labels',
  'mesos.task.name', 'mesos.task.id', 'mesos.task.label.x', 'mesos.task.labels', 'mesos.framework.name', 'mesos.framework.id',
  'marathon.app.name', 'marathon.app.id', 'marathon.app.label.x', 'marathon.app.labels', 'marathon.group.name', 'marathon.group.id',
  'span.id', 'span.time', 'span.ntags', 'span.nargs', 'span.tags', 'span.tag[0]', 'span.args', 'span.arg[0]', 'span.enterargs',
  'span.enterarg[0]', 'span.duration', 'span.duration.human',
  'evtin.span.id', 'evtin.span.ntags', 'evtin.span.nargs', 'evtin.span.tags', 'evtin.span.tag[0]', 'evtin.span.args',
  'evtin.span.arg[0]', 'evtin.span.p.id', 'evtin.span.s.id', 'evtin.span.m.id',
];

const DEFAULT_FILTERS = [
  'fd.ip=127.0.0.1', 'fd.ip!=127.0.0.1', 'fd.ip in (1.1.1.1, 127.0.0.1)', 'fd.net=127.0.0.0/8', 'fd.net!=10.0.0.0/8',
  'fd.net=::1', 'fd.net=2600:1f18:262c:6542::', 'fd.port=80', 'fd.port!=80', 'fd.port>1000', 'fd.port in (53, 80)', 'fd.proto=http',
  'fd.cnet=127.0.0.0/8', 'fd.snet=0.0.0.0/0', 'fd.lnet=10.0.0.0/8', 'fd.rnet=127.0.0.0/8', 'fd.cip<1.2.3.4', 'fd.cip>1.2.3.4',
  'fd.sip=127.0.0.1', 'fd.rip in (127.0.0.1, ::1)', 'fd.sport=53', 'fd.cport>1024', 'fd.sproto=80', 'fd.is_server=true',
  'fd.connected=false', 'fd.name_changed=true', 'fd.typechar=f', 'fd.type=ipv6', 'fd.l4proto=udp', 'fd.sockfamily=unix',
  'fd.directory=/etc', 'fd.filename contains lib', 'fd.name exists', 'fd.num<0', 'fd.uid exists', 'fd.dev.major=0',
  'fd.sip.name=localhost', 'fd.cip.name!=localhost', 'fd.lip.name in (localhost)', 'fdlist.nums exists',
  'k8s.pod.name exists', 'not k8s.ns.label.x exists', 'span.id exists', 'not evtin.span.id=1', 'syslog.message exists',
];

const fields = (opt('--fields') ?? DEFAULT_FIELDS.join(',')).split(',');
const filters = opt('--filters') ? fs.readFileSync(opt('--filters'), 'utf8').split('\n').filter(Boolean) : DEFAULT_FILTERS;
const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.scap')).sort();

function run(bin, argv) {
  const cmd = bin === 'sysdig' ? ['sysdig', argv] : [process.execPath, [path.resolve('bin/tsysdig.js'), ...argv]];
  const r = spawnSync(cmd[0], cmd[1], { env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 28, encoding: 'latin1' });
  return { out: r.stdout ?? '', err: (r.stderr ?? '').trim(), code: r.status };
}

const perField = new Map(fields.map((f) => [f, { diffs: 0, events: 0, samples: [] }]));
for (const file of files) {
  const fp = path.join(corpus, file);
  const fmt = '*' + fields.map((f) => '%' + f).join(SEP);
  const a = run('sysdig', ['-r', fp, '-p', fmt]);
  const b = run('ours', ['-r', fp, '-p', fmt]);
  if (a.err || b.err) console.log(`${file}: stderr sysdig=[${a.err.slice(0, 200)}] ours=[${b.err.slice(0, 200)}]`);
  const la = a.out.split('\n'), lb = b.out.split('\n');
  if (la.length !== lb.length) console.log(`${file}: ${la.length} lines from sysdig, ${lb.length} from ours`);
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    if (la[i] === lb[i]) { for (const f of fields) perField.get(f).events++; continue; }
    const ca = la[i].split(SEP), cb = lb[i].split(SEP);
    fields.forEach((f, j) => {
      const s = perField.get(f);
      s.events++;
      if (ca[j] !== cb[j]) {
        s.diffs++;
        if (s.samples.length < show) s.samples.push(`${file}#${i + 1}: sysdig=${JSON.stringify(ca[j])} ours=${JSON.stringify(cb[j])}`);
      }
    });
  }
}
console.log('== -p field values');
for (const [f, s] of perField) {
  if (s.diffs === 0) continue;
  console.log(`${f}: ${s.diffs}/${s.events} events differ`);
  for (const x of s.samples) console.log('   ' + x);
}
console.log(`${[...perField.values()].filter((s) => s.diffs === 0).length}/${fields.length} fields identical on every event`);

console.log('== -j');
let jsonDiffs = 0;
for (const file of files) {
  const fp = path.join(corpus, file);
  // sysdig's -j wants fields it can print: drop filter-only ones
  const fmt = '*' + fields.map((f) => '%' + f).join(' ');
  const a = run('sysdig', ['-r', fp, '-j', '-p', fmt]);
  const b = run('ours', ['-r', fp, '-j', '-p', fmt]);
  const la = a.out.split('\n'), lb = b.out.split('\n');
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    let ja, jb;
    try { ja = JSON.parse(la[i]); jb = JSON.parse(lb[i]); } catch { jsonDiffs++; if (jsonDiffs <= show * 3) console.log(`${file}#${i + 1}: unparsable line`); continue; }
    for (const k of new Set([...Object.keys(ja), ...Object.keys(jb)])) {
      if (JSON.stringify(ja[k]) !== JSON.stringify(jb[k])) {
        jsonDiffs++;
        if (jsonDiffs <= show * 5) console.log(`${file}#${i + 1} ${k}: sysdig=${JSON.stringify(ja[k])} ours=${JSON.stringify(jb[k])}`);
      }
    }
  }
  if (la.length !== lb.length) console.log(`${file}: -j ${la.length} lines from sysdig, ${lb.length} from ours`);
}
console.log(`${jsonDiffs} JSON value differences`);

console.log('== filters');
let fdiff = 0;
for (const flt of filters) {
  for (const file of files) {
    const fp = path.join(corpus, file);
    const fmt = '%fd.uid %fd.num %fd.name';
    const a = run('sysdig', ['-r', fp, '-p', fmt, flt]);
    const b = run('ours', ['-r', fp, '-p', fmt, flt]);
    if (a.out !== b.out || (a.code !== 0) !== (b.code !== 0)) {
      fdiff++;
      const na = a.out.split('\n').length - 1, nb = b.out.split('\n').length - 1;
      console.log(`${flt} on ${file}: sysdig ${na} lines (rc ${a.code}${a.err ? ': ' + a.err.slice(0, 80) : ''}), ours ${nb} lines (rc ${b.code}${b.err ? ': ' + b.err.slice(0, 80) : ''})`);
    }
  }
}
console.log(`${fdiff} filter/file combinations differ (of ${filters.length * files.length})`);
