/** -l / -lv (fields) and -L (events) listings. */
import { fieldClasses, FF } from '../fields';
import { DISPLAY_TABLE } from '../events/displayTable';
import { PT, EF } from '../events/paramTypes';

const PT_NAMES: Record<number, string> = Object.fromEntries(Object.entries(PT).map(([k, v]) => [v, k]));

/** Words wrapped into lines of at most 90 characters after a 30-column left block (libsinsp wrapstring). */
function wrap(text: string): string {
  let out = '';
  let len = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordLen = word.length + 1;
    if (len + wordLen <= 90) len += wordLen;
    else { out += '\n' + ' '.repeat(30); len = wordLen; }
    out += word + ' ';
  }
  return out;
}

export function listFields(verbose: boolean): string {
  let out = '';
  for (const c of fieldClasses()) {
    out += '-------------------------------\n';
    out += 'Field Class:'.padEnd(30, ' ') + `${c.name}${c.shortDescription ? ` (${c.shortDescription})` : ''}\n`;
    if (c.description) out += 'Description:'.padEnd(30, ' ') + wrap(c.description) + '\n';
    out += '\n';
    for (const f of c.fields) {
      // fields for chisel tables and output-only fields are not listed, as in sysdig
      if (f.flags & (FF.TABLE_ONLY | FF.PRINT_ONLY)) continue;
      out += f.name.length > 30 ? f.name + '\n' + ' '.repeat(30) : f.name.padEnd(30, ' ');
      let desc = f.flags & FF.FILTER_ONLY ? '(FILTER ONLY) ' + f.description : f.description;
      if (verbose) desc = `(Type: ${typeName(f.type)}) ` + desc;
      out += wrap(desc) + '\n';
    }
    out += '\n';
  }
  return out;
}

/** --list-markdown: one table per field class (libsinsp list_fields_markdown). */
export function listFieldsMarkdown(): string {
  let out = '';
  for (const c of fieldClasses()) {
    out += `\n## Field Class: ${c.name}\n\n${c.description}\n\n`;
    out += 'Name | Type | Description\n:----|:-----|:-----------\n';
    for (const f of c.fields) {
      if (f.flags & (FF.TABLE_ONLY | FF.PRINT_ONLY)) continue;
      out += `\`${f.name}\` | ${typeName(f.type)} | ${f.description}\n`;
    }
  }
  return out;
}

function typeName(type: number): string {
  return type === PT.DYN ? 'DYNAMIC' : PT_NAMES[type] ?? '<NA>';
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
