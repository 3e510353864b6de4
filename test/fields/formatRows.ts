/** -p / -j formats checked on the synthesized cat/curl session; goldens recorded from sysdig 0.29.3. */
export const FORMAT_ROWS: { name: string; args: string[] }[] = [
  { name: 'evt-basic', args: ['-p', '%evt.num %evt.type %evt.dir %evt.cpu %evt.args'] },
  { name: 'evt-args', args: ['-p', '*%evt.num %evt.arg.fd %evt.arg[0] %evt.res %evt.rawres %evt.failed %evt.buflen'] },
  { name: 'evt-flags', args: ['-p', '*%evt.num %evt.category %evt.is_io %evt.io_dir %evt.count.error %evt.abspath %evt.latency %evt.deltatime'] },
  { name: 'evt-time', args: ['-p', '*%evt.num %evt.time %evt.datetime %evt.rawtime %evt.reltime %evt.time.iso8601 %evt.latency.human'] },
  { name: 'proc', args: ['-p', '*%evt.num %proc.name %proc.pid %proc.ppid %proc.pname %proc.cmdline %proc.aname[1] %thread.tid %user.uid %user.name %group.gid %proc.cwd'] },
  { name: 'fd', args: ['-p', '*%evt.num %fd.num %fd.name %fd.type %fd.typechar %fd.cip %fd.sip %fd.sport %fd.l4proto %fd.directory %fd.filename'] },
  { name: 'json-default', args: ['-j'] },
  { name: 'json-fields', args: ['-j', '-p', '*%evt.num %evt.type %proc.name %fd.name %evt.rawres %evt.failed %evt.buffer'] },
  { name: 'width', args: ['-p', '%5evt.num|%12proc.name|%3evt.type|'] },
  { name: 'time-abs', args: ['-t', 'a', 'evt.dir=<'] },
  { name: 'time-rel', args: ['-t', 'r', 'evt.dir=<'] },
  { name: 'hex', args: ['-X', 'evt.is_io=true'] },
  { name: 'base64', args: ['-b', 'evt.is_io=true'] },
  { name: 'ascii', args: ['-A', 'evt.is_io=true'] },
];
