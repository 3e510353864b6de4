/** -l / -lv (fields) and -L (events) listings. */
import { fieldClasses, FF } from '../fields';
import { DISPLAY_TABLE } from '../events/displayTable';
import { PT, EF } from '../events/paramTypes';

const PT_NAMES: Record<number, string> = Object.fromEntries(Object.entries(PT).map(([k, v]) => [v, k]));

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur.length > 0 && cur.length + 1 + w.length > width) { lines.push(cur + ' '); cur = w; }
    else cur = cur ? cur + ' ' + w : w;
  }
  if (cur) lines.push(cur + ' ');
  return lines.join('\n' + indent);
}

export function listFields(verbose: boolean): string {
  let out = '';
  for (const c of fieldClasses()) {
    out += '-------------------------------\n';
    out += 'Field Class:'.padEnd(30, ' ') + `${c.name}${c.shortDescription ? ` (${c.shortDescription})` : ''}\n`;
    if (c.description) out += 'Description:'.padEnd(30, ' ') + wrap(c.description, 90, ' '.repeat(30)) + '\n';
    out += '\n';
    for (const f of c.fields) {
      if (f.flags & FF.TABLE_ONLY) continue;
      const type = verbose ? `(Type: ${PT_NAMES[f.type] ?? f.type}) ` : '';
      out += f.name.padEnd(30, ' ') + wrap(type + f.description, 90, ' '.repeat(30)) + '\n';
    }
    out += '\n';
  }
  return out;
}

export function listEvents(): string {
  let out = '';
  for (const e of DISPLAY_TABLE) {
    if (e.flags & (EF.UNUSED | EF.OLD_VERSION)) continue;
    if (e.name === 'NA' || /^NA\d$/.test(e.name)) continue;
    const dir = (e.id & 1) === 0 ? '>' : '<';
    out += `${dir} ${e.name}(${e.params.map((p) => `${PT_NAMES[p.type] ?? p.type} ${p.name}`).join(', ')})\n`;
  }
  return out;
}
