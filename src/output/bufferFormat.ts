/**
 * Renderings of data buffers (PT_BYTEBUF), as sysdig prints them in its different
 * output modes: dots for non-printables (default), -x hex, -X hex+ascii, -A ascii with
 * newlines, -b base64, and the JSON variants.
 */

export const enum BufferFormat {
  NORMAL = 0,
  HEX = 1,
  HEXASCII = 2,
  EOLS = 3,
  BASE64 = 4,
  JSON = 5,
  JSONHEX = 6,
  JSONHEXASCII = 7,
  JSONEOLS = 8,
  JSONBASE64 = 9,
  /** -A inside the default line format uses the compact form (no leading newline) */
  EOLS_COMPACT = 10,
}

function isPrint(c: number): boolean { return c >= 0x20 && c < 0x7f; }

/** Renders len bytes at off; truncates to maxOut with '...' in the default format. */
export function renderBuffer(buf: Buffer, off: number, len: number, fmt: BufferFormat, maxOut: number): string {
  if (len === 0) return '';
  switch (fmt) {
    case BufferFormat.HEX:
    case BufferFormat.JSONHEX:
      return hexRows(buf, off, len, false);
    case BufferFormat.HEXASCII:
    case BufferFormat.JSONHEXASCII:
      return hexRows(buf, off, len, true);
    case BufferFormat.BASE64:
    case BufferFormat.JSONBASE64:
      return buf.toString('base64', off, off + len);
    case BufferFormat.EOLS:
    case BufferFormat.JSONEOLS:
    case BufferFormat.EOLS_COMPACT:
      return asciiOnly(buf, off, len, fmt === BufferFormat.EOLS_COMPACT);
    default: {
      let s = dots(buf, off, len);
      if (fmt === BufferFormat.NORMAL && maxOut !== 0 && s.length > maxOut) {
        s = maxOut > 3 ? s.slice(0, maxOut - 3) + '...' : s.slice(0, maxOut);
      }
      return s;
    }
  }
}

function dots(buf: Buffer, off: number, len: number): string {
  let plain = true;
  for (let i = off, e = off + len; i < e; i++) { const c = buf[i]; if (c < 0x20 || c >= 0x7f) { plain = false; break; } }
  if (plain) return buf.toString('latin1', off, off + len);
  const out = Buffer.allocUnsafe(len);
  for (let i = 0; i < len; i++) { const c = buf[off + i]; out[i] = isPrint(c) ? c : 0x2e; }
  return out.toString('latin1');
}

function asciiOnly(buf: Buffer, off: number, len: number, compact: boolean): string {
  const out: number[] = compact ? [] : [0x0a];
  for (let j = 0; j < len; j++) {
    const c = buf[off + j];
    if (isPrint(c)) out.push(c);
    else if (c === 0x0d) out.push(0x0a);
    else if (c === 0x0a) { if (j > 0 && buf[off + j - 1] !== 0x0d) out.push(0x0a); }
  }
  return Buffer.from(out).toString('latin1');
}

function hexRows(buf: Buffer, off: number, len: number, ascii: boolean): string {
  let s = '';
  for (let j = 0; j < len; j += 16) {
    let row = '\n\t0x' + j.toString(16).padStart(4, '0') + ':';
    let k = 0;
    let p = j;
    for (; k < 8 && p < len; k++, p += 2) {
      if (p === len - 1) row += ' ' + buf[off + p].toString(16).padStart(2, '0');
      else row += ' ' + buf[off + p].toString(16).padStart(2, '0') + buf[off + p + 1].toString(16).padStart(2, '0');
    }
    if (ascii) {
      for (; k < 8; k++) row += '     ';
      row += '  ';
      for (let q = j; q < j + 16 && q < len; q++) { const c = buf[off + q]; row += isPrint(c) ? String.fromCharCode(c) : '.'; }
    }
    s += row;
  }
  return s + '\n';
}
