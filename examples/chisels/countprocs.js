// An example user chisel: counts the events of each process and prints the counts at the
// end. Put it in ./chisels, ~/.chisels or a directory listed in TSYSDIG_CHISEL_DIR, then:
//   tsysdig -r capture.scap -c countprocs
//   tsysdig -r capture.scap -c countprocs 3        (only the 3 busiest)
exports.chisel = {
  info: {
    name: 'countprocs',
    category: 'Examples',
    shortDescription: 'Events per process',
    description: 'Counts the events of each process and prints the busiest ones at the end of the capture.',
    args: [{ name: 'top', description: 'how many processes to print (default all)', argtype: 'int', optional: true }],
  },
  // create() gets the host (fields, filters, output) and the arguments by name
  create(host, args) {
    const top = Number(args.get('top') ?? 0);
    const name = host.requestField('proc.name');
    host.setFilter('evt.dir=<');
    const counts = new Map();
    return {
      onEvent(ev) {
        const n = name.get(ev);
        if (n !== undefined) counts.set(n, (counts.get(n) ?? 0) + 1);
      },
      onCaptureEnd() {
        const rows = [...counts].sort((a, b) => b[1] - a[1]);
        for (const [n, c] of top > 0 ? rows.slice(0, top) : rows) host.print(`${c}\t${n}`);
      },
    };
  },
};
