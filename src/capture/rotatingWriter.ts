/**
 * -w with rotation (-C size, -G seconds, -W file limit, -e events per file): sysdig's cycle
 * writer rules (libsinsp cyclewriter.cpp). Before each event is written the writer decides whether
 * it starts a new file; a new file opens with the state as it is then (threads, fds, users), so
 * every file reads on its own.
 *
 * Names: with -G and a strftime pattern in the name, the time of the slice; with -G alone, the
 * name plus a counter; -C appends the counter zero-padded to the digits of -W; -e uses name plus
 * counter. -W wraps the counter, overwriting the oldest files (with -G and a pattern, the file of
 * that slot is deleted first). sysdig names the first -G file of a replay "first_dump.scap" when the
 * name has a time pattern; we open it when the first event arrives and name it by that event's time.
 */
import * as fs from 'fs';
import { CaptureFileWriter } from './captureWriter';
import { strftime } from './strftime';

export interface RotationOptions {
  readonly baseName: string;
  readonly compress: boolean;
  /** -C: megabytes (10^6 bytes) per file */
  readonly fileSizeMb?: number;
  /** -G: seconds per file */
  readonly durationS?: number;
  /** -W: number of files before the counter wraps */
  readonly fileLimit?: number;
  /** -e: events per file */
  readonly eventsPerFile?: number;
  /** live capture starts the first time slice at the wall clock, a replay at its first event */
  readonly live: boolean;
}

/** Writes the head of a new file (section header, machine, processes, fds, users...). */
export type HeadWriter = (file: CaptureFileWriter, firstFile: boolean) => void;

/** A rotated file could not be created: one line for the user. */
export class CaptureWriteError extends Error {
  override readonly name = 'CaptureWriteError';
}

export function isRotating(o: Pick<RotationOptions, 'fileSizeMb' | 'durationS' | 'eventsPerFile'>): boolean {
  return (o.fileSizeMb ?? 0) > 0 || (o.durationS ?? 0) > 0 || (o.eventsPerFile ?? 0) > 0;
}

export class RotatingCaptureWriter {
  private file: CaptureFileWriter | undefined;
  private index = 0;
  private eventCount = 0;
  private lastTimeS = 0;
  private filesOpened = 0;
  private failed = false;
  private readonly pastNames: string[];
  private readonly rolloverBytes: number;

  constructor(private readonly o: RotationOptions, private readonly writeHead: HeadWriter) {
    this.rolloverBytes = (o.fileSizeMb ?? 0) * 1_000_000;
    this.pastNames = new Array<string>(o.fileLimit ?? 0).fill('');
    if (o.live) this.lastTimeS = Math.floor(Date.now() / 1000);
  }

  /** Writes one event block; `tsNs` is the event's timestamp. */
  writeEvent(block: Buffer, tsNs: bigint): void {
    const tsS = Number(tsNs / 1_000_000_000n);
    if (this.file === undefined) {
      if (!this.o.live && this.lastTimeS === 0) this.lastTimeS = tsS;
      this.open();
    }
    // every event counts, the first included: with -e N the first file holds N - 1 events, as in sysdig
    if (this.rotateBefore(tsS)) this.open();
    this.write(block);
  }

  /** Closes the current file; a capture without events still leaves its (first) file. */
  close(): void {
    if (this.failed) return; // reported already; the files before it were closed
    if (this.file === undefined) {
      if (this.lastTimeS === 0) this.lastTimeS = Math.floor(Date.now() / 1000);
      this.open();
    }
    this.file!.close();
    this.file = undefined;
  }

  private write(b: Buffer): void {
    this.file!.write(b);
  }

  /** sinsp cycle_writer::consider for an event */
  private rotateBefore(tsS: number): boolean {
    this.eventCount++;
    const o = this.o;
    if ((o.durationS ?? 0) > 0) {
      if (this.lastTimeS === 0) this.lastTimeS = tsS;
      if (tsS - this.lastTimeS >= o.durationS!) {
        this.lastTimeS = tsS;
        return true;
      }
    }
    if (this.rolloverBytes > 0 && this.file!.bytesWritten > this.rolloverBytes) return true;
    if ((o.eventsPerFile ?? 0) > 0 && this.eventCount >= o.eventsPerFile!) {
      this.eventCount = 0;
      return true;
    }
    return false;
  }

  private nextName(): string {
    const o = this.o;
    const limit = o.fileLimit ?? 0;
    if (limit > 0 && this.index >= limit) this.index = 0;
    let name = o.baseName;
    if ((o.durationS ?? 0) > 0) {
      if (o.baseName.includes('%')) {
        name = strftime(o.baseName, new Date(this.lastTimeS * 1000));
        if (limit > 0) {
          const old = this.pastNames[this.index];
          if (old !== '' && old !== name) fs.rmSync(old, { force: true });
          this.pastNames[this.index] = name;
        }
      } else {
        name = o.baseName + String(this.index);
      }
    }
    // the counter is zero-padded to as many digits as -W has (none without -W)
    if (this.rolloverBytes > 0) name += String(this.index).padStart(limit > 0 ? String(limit).length : 0, '0');
    if ((o.eventsPerFile ?? 0) > 0) name = o.baseName + String(this.index);
    this.index++;
    return name;
  }

  private open(): void {
    const first = this.filesOpened === 0;
    this.file?.close();
    const name = this.nextName();
    try {
      this.file = new CaptureFileWriter(name, this.o.compress);
    } catch (e) {
      this.file = undefined;
      this.failed = true;
      const code = (e as NodeJS.ErrnoException).code;
      throw new CaptureWriteError(`cannot write ${name}: ${code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such directory' : (e as Error).message}`);
    }
    this.filesOpened++;
    this.writeHead(this.file, first);
  }
}
