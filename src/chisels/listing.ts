/** -cl and -i: chisel listings laid out as sysdig prints them (chisel_fields_info.cpp). */
import type { ChiselInfo } from './api';

const DESCRIPTION_START = 16;
const LINE = 79;

function byCategoryThenName(a: ChiselInfo, b: ChiselInfo): number {
  if (a.category !== b.category) return a.category < b.category ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Text wrapped every `width` characters, continuation lines indented to the description column. */
function wrapAt(text: string, width: number): string {
  let out = '';
  for (let l = 0; l < text.length; l++) {
    if (l % width === 0 && l !== 0) out += '\n' + ' '.repeat(DESCRIPTION_START);
    out += text[l];
  }
  return out;
}

export function listChisels(infos: readonly ChiselInfo[], verbose: boolean): string {
  const sorted = infos.filter((c) => !c.hidden).sort(byCategoryThenName);
  let out = '';
  let last: string | undefined;
  for (const c of sorted) {
    if (c.category !== last) {
      const title = 'Category: ' + c.category;
      out += `\n${title}\n${'-'.repeat(title.length)}\n`;
      last = c.category;
    }
    out += c.name;
    let namelen = c.name.length;
    if (namelen >= DESCRIPTION_START) { out += '\n'; namelen = 0; }
    out += ' '.repeat(DESCRIPTION_START - namelen);
    out += wrapAt(c.shortDescription, LINE - DESCRIPTION_START) + '\n';
  }
  if (verbose) out += '\nUse the -i flag to get detailed information about a specific chisel\n';
  return out;
}

export function chiselInfoText(c: ChiselInfo): string {
  let out = listChisels([{ ...c, hidden: false }], false);
  out += '\n';
  for (let l = 0; l < c.description.length; l++) {
    if (l % LINE === 0 && l !== 0) out += '\n';
    out += c.description[l];
  }
  out += '\n';
  let astr = 'Args:\n';
  if (c.args.length !== 0) {
    for (const a of c.args) astr += `[${a.argtype}] ${a.name} - ${a.description}\n`;
  } else {
    astr += '(None)';
  }
  let linepos = 0;
  for (let l = 0; l < astr.length; l++, linepos++) {
    if (astr[l] === '\n') linepos = -1;
    else if (linepos % (LINE - DESCRIPTION_START) === 0 && linepos !== 0) out += '\n' + ' '.repeat(DESCRIPTION_START);
    out += astr[l];
  }
  return out + '\n';
}
