/**
 * Reads a capture file (plain or gzip-compressed, detected by its magic bytes) as a
 * stream of chunks. Memory stays bounded: nothing is slurped.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import { CaptureError } from './captureError';
import { CaptureHandler, ScapParser } from './scapParser';

const CHUNK_SIZE = 1 << 20;

/** The decompressed bytes of a capture file, chunk by chunk. Throws CaptureError. */
/**
 * Called as the file is read: bytes of the (possibly compressed) file read so far, its size, and
 * whether it is compressed (then stream offsets say nothing of how far into the file we are).
 */
export type ProgressCallback = (bytesRead: number, fileSize: number, compressed: boolean) => void;

/** Opens a capture for reading; throws CaptureError saying why it cannot be. */
function openCapture(path: string): number {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
    if (fs.fstatSync(fd).isDirectory()) { fs.closeSync(fd); throw Object.assign(new Error('is a directory'), { code: 'EISDIR' }); }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new CaptureError(`cannot open ${path}: ${why}`, 0);
  }
  return fd;
}

export async function* captureChunks(path: string, offsetOf: () => number = () => 0, progress?: ProgressCallback): AsyncGenerator<Buffer> {
  let fd = openCapture(path);
  const fileSize = fs.fstatSync(fd).size;
  try {
    const head = Buffer.alloc(2);
    const n = fs.readSync(fd, head, 0, 2, 0);
    if (n === 2 && head[0] === 0x1f && head[1] === 0x8b) {
      fs.closeSync(fd);
      fd = -1;
      yield* gzipChunks(path, offsetOf, fileSize, progress);
    } else {
      const chunk = Buffer.allocUnsafe(CHUNK_SIZE);
      let pos = 0;
      for (;;) {
        const got = fs.readSync(fd, chunk, 0, CHUNK_SIZE, pos);
        if (got === 0) break;
        pos += got;
        progress?.(pos, fileSize, false);
        yield got === CHUNK_SIZE ? chunk : chunk.subarray(0, got);
      }
    }
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}

async function* gzipChunks(path: string, offsetOf: () => number, fileSize: number, progress?: ProgressCallback): AsyncGenerator<Buffer> {
  const input = fs.createReadStream(path, { highWaterMark: CHUNK_SIZE });
  if (progress) input.on('data', () => progress(input.bytesRead, fileSize, true));
  input.on('error', () => { /* surfaces through gunzip as a truncated stream */ });
  const gunzip = zlib.createGunzip({ chunkSize: CHUNK_SIZE });
  input.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (e) {
    if (e instanceof CaptureError) throw e;
    const err = e as NodeJS.ErrnoException;
    const what = err.code === 'Z_BUF_ERROR' || /unexpected end/i.test(err.message) ? 'truncated gzip stream' : `corrupt gzip stream (${err.message})`;
    throw new CaptureError(what, offsetOf());
  } finally {
    input.unpipe(gunzip);
    input.destroy();
    gunzip.destroy();
  }
}

/** Reads the whole capture, calling the handler for each block. Rejects with CaptureError. */
export async function readCaptureFile(path: string, handler: CaptureHandler, progress?: ProgressCallback): Promise<void> {
  const parser = new ScapParser(handler);
  if (!isGzip(path)) {
    // plain files are read straight into the parser's buffer
    const fd = openCapture(path);
    try {
      const fileSize = fs.fstatSync(fd).size;
      let pos = 0;
      for (;;) {
        parser.reserve(CHUNK_SIZE);
        const got = fs.readSync(fd, parser.buffer(), parser.writeOffset(), CHUNK_SIZE, pos);
        if (got === 0) break;
        pos += got;
        progress?.(pos, fileSize, false);
        parser.commit(got);
        if (parser.isStopped) return;
      }
    } finally {
      fs.closeSync(fd);
    }
    parser.finish();
    return;
  }
  for await (const chunk of captureChunks(path, () => parser.offset, progress)) {
    parser.push(chunk);
    if (parser.isStopped) return;
  }
  parser.finish();
}

/** Whether the file starts with gzip's magic bytes (false when it cannot be read: opening it reports why). */
function isGzip(path: string): boolean {
  let fd: number;
  try { fd = fs.openSync(path, 'r'); } catch { return false; }
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch {
    return false;
  } finally {
    fs.closeSync(fd);
  }
}
