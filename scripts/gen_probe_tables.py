#!/usr/bin/env python3
"""Generate native/bpf/probe_tables.gen.h: the facts the eBPF probe needs from the driver of the
libs sysdig 0.29.3 was built with (falcosecurity/libs e5c53d64), so that what the probe records is
what sysdig's own driver records and sysdig 0.29.3 reads our capture files back.

Usage: python3 scripts/gen_probe_tables.py [--old LIBS_OLD] [--out native/bpf/probe_tables.gen.h]

LIBS_OLD is libs at e5c53d64 (driver/ is enough), e.g.
  git -C libs archive e5c53d64 driver userspace | tar -x -C /tmp/oldlibs

Emitted, for x86_64 (and the routing table again as src/live/syscallRoutes.ts, for the live
pre-filter that decides which syscalls the probe records):
  - PPME_* event ids and, for each, PPME_*_NPARAMS: the parameter count 0.29.3 expects (an event
    with more parameters than its table knows is misread by sysdig 0.29.3, so the probe writes
    exactly this many);
  - syscall_routes[native nr]: the enter/exit event pair of the driver's syscall table (only for
    syscalls it marks UF_USED) and the PPM_SC_* code the generic syscall event carries.
Values come from compiling a small C dumper against the driver sources (userspace build), as
scripts/gen_event_table.py does, so macros and #ifdefs resolve as the C compiler resolves them.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('--old', default='/tmp/oldlibs')
ap.add_argument('--old-commit', default='e5c53d64')
ap.add_argument('--out', default=os.path.join(HERE, '..', 'native', 'bpf', 'probe_tables.gen.h'))
ap.add_argument('--ts-out', default=os.path.join(HERE, '..', 'src', 'live', 'syscallRoutes.ts'))
args = ap.parse_args()

drv = os.path.join(args.old, 'driver')
hdr = open(os.path.join(drv, 'ppm_events_public.h'), encoding='utf-8').read()
body = re.sub(r'/\*.*?\*/|//[^\n]*', ' ', hdr, flags=re.S)
enum_start = body.index('PPME_GENERIC_E')
enum_body = body[body.rfind('{', 0, enum_start) + 1:body.index('}', enum_start)]
ppme_names = [n for n in re.findall(r'\b(PPME_\w+)\s*(?:=|,)', enum_body)]

dumper = ['#include <stdio.h>']
for f in ('syscall_table.c', 'event_table.c', 'flags_table.c', 'dynamic_params_table.c'):
    dumper.append('#include "%s"' % os.path.join(drv, f))
dumper.append('int main(void) { int i; printf("{\\"events\\":[");')
for i, n in enumerate(ppme_names):
    dumper.append('printf("%s[\\"%s\\",%%d,%%d]", (int)%s, (int)g_event_info[%s].nparams);'
                  % (',' if i else '', n, n, n))
dumper.append('printf("],\\"routes\\":[");')
dumper.append('for (i = 0; i < SYSCALL_TABLE_SIZE; i++) { if (i) putchar(\',\');'
              ' printf("[%d,%d,%d,%d]", g_syscall_table[i].flags, (int)g_syscall_table[i].enter_event_type,'
              ' (int)g_syscall_table[i].exit_event_type, (int)g_syscall_code_routing_table[i]); }')
dumper.append('printf("]}\\n"); return 0; }')

with tempfile.TemporaryDirectory() as td:
    # the driver header includes "../userspace/common/types.h" (fixed-width int typedefs only)
    os.makedirs(os.path.join(td, 'userspace', 'common'))
    os.makedirs(os.path.join(td, 'inc'))
    with open(os.path.join(td, 'userspace', 'common', 'types.h'), 'w') as f:
        f.write('#include <stdint.h>\n#include <stdbool.h>\n')
    src, exe = os.path.join(td, 'dump.c'), os.path.join(td, 'dump')
    with open(src, 'w') as f:
        f.write('\n'.join(dumper))
    subprocess.run(['gcc', '-w', '-I', drv, '-I', os.path.join(td, 'inc'), '-o', exe, src], check=True)
    data = json.loads(subprocess.run([exe], check=True, capture_output=True, text=True).stdout)

# native syscall names, to label the table rows
unistd = open('/usr/include/x86_64-linux-gnu/asm/unistd_64.h', encoding='utf-8').read()
nr_name = {int(v): n for n, v in re.findall(r'#define __NR_(\w+)\s+(\d+)', unistd)}

out = []
out.append('/* GENERATED FILE - do not edit by hand; re-run scripts/gen_probe_tables.py.')
out.append(' * Facts from falcosecurity/libs %s (the libs of sysdig 0.29.3): driver/ppm_events_public.h,' % args.old_commit)
out.append(' * driver/event_table.c (parameter counts) and driver/syscall_table.c (x86_64 routing). */')
out.append('#ifndef TSYSDIG_PROBE_TABLES_GEN_H')
out.append('#define TSYSDIG_PROBE_TABLES_GEN_H')
out.append('')
out.append('#define UF_USED 1')
out.append('#define SYSCALL_TABLE_SIZE %d' % len(data['routes']))
out.append('#define PPM_EVENT_MAX %d' % (max(e[1] for e in data['events']) + 1))
out.append('')
for name, eid, nparams in data['events']:
    out.append('#define %s %d' % (name, eid))
    out.append('#define %s_NPARAMS %d' % (name, nparams))
out.append('')
out.append('struct syscall_route {')
out.append('\t__u16 enter_event; /* PPME_*_E when the driver routes the syscall to its own event */')
out.append('\t__u16 exit_event;')
out.append('\t__u16 ppm_sc;      /* PPM_SC_* code carried by the generic syscall event */')
out.append('\t__u16 used;        /* UF_USED: the syscall has its own event pair */')
out.append('};')
out.append('')
out.append('static const volatile struct syscall_route syscall_routes[SYSCALL_TABLE_SIZE] = {')
for nr, (flags, enter, exit_, sc) in enumerate(data['routes']):
    if not flags and not sc:
        continue
    used = 1 if flags & 1 else 0
    out.append('\t[%d] = { %d, %d, %d, %d }, /* %s */' % (nr, enter if used else 0, exit_ if used else 0, sc, used,
                                                        nr_name.get(nr, '?')))
out.append('};')
out.append('')
out.append('#endif')
with open(args.out, 'w') as f:
    f.write('\n'.join(out) + '\n')
print('wrote', os.path.relpath(args.out), '(%d events, %d routed syscalls)' % (
    len(data['events']), sum(1 for r in data['routes'] if r[0] & 1)))

ts = []
ts.append('/**')
ts.append(' * GENERATED FILE - do not edit by hand; re-run scripts/gen_probe_tables.py.')
ts.append(' * x86_64 syscall routing of sysdig 0.29.3\'s driver (falcosecurity/libs %s driver/syscall_table.c):' % args.old_commit)
ts.append(' * for each native syscall number, the enter/exit events it is recorded as (0 when it is recorded as')
ts.append(' * the generic syscall event) and its PPM_SC_* code. Mirrors native/bpf/probe_tables.gen.h.')
ts.append(' */')
ts.append('export const SYSCALL_SLOTS = %d;' % len(data['routes']))
ts.append('')
ts.append('/** [native nr, enter event, exit event, ppm_sc] for every syscall the driver knows */')
ts.append('export const SYSCALL_ROUTES: ReadonlyArray<readonly [number, number, number, number]> = [')
for nr, (flags, enter, exit_, sc) in enumerate(data['routes']):
    if not flags and not sc:
        continue
    used = flags & 1
    ts.append('  [%d, %d, %d, %d], // %s' % (nr, enter if used else 0, exit_ if used else 0, sc, nr_name.get(nr, '?')))
ts.append('];')
with open(args.ts_out, 'w') as f:
    f.write('\n'.join(ts) + '\n')
print('wrote', os.path.relpath(args.ts_out))
