/**
 * The chisel API: what a chisel module declares and what the runtime offers it. A chisel is
 * one module (in `chisels/`, or a user directory) exporting `chisel: ChiselModule`. Its life,
 * as in sysdig: create() receives the arguments (sysdig's on_set_arg + on_init: request
 * fields, set a filter), then onCaptureStart, onEvent for each event that passes both the
 * command-line filter and the chisel's own, onInterval every interval (live captures), and
 * onCaptureEnd with the capture's last timestamp and duration.
 */
import type { Event } from '../events/event';
import type { Inspector } from '../state/inspector';
import type { ThreadInfo } from '../state/threadInfo';
import type { FdInfo } from '../state/fdInfo';

/** One thread of sysdig.get_thread_table: the thread and the fds the filter kept. */
export interface ThreadTableEntry {
  readonly thread: ThreadInfo;
  /** [fd number, fd] of the thread's fd table (the process's, for threads sharing it) */
  readonly fds: readonly (readonly [number, FdInfo])[];
  /** the thread's user name, or <NA> */
  readonly username: string;
}

/** A field value as chisels see it (sysdig's Lua values): numbers, strings, booleans, or no value. */
export type ChiselValue = number | string | boolean | undefined;

export interface ChiselArgSpec {
  readonly name: string;
  readonly description: string;
  /** sysdig's argtype: string, int, filter, ... (shown by -i) */
  readonly argtype: string;
  readonly optional?: boolean;
}

export interface ChiselInfo {
  readonly name: string;
  readonly category: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly args: readonly ChiselArgSpec[];
  /** helper chisels run by others (table_generator): not listed by -cl */
  readonly hidden?: boolean;
}

/** A field requested by a chisel: its value on the current event. */
export interface FieldHandle {
  readonly name: string;
  get(ev: Event): ChiselValue;
}

export interface ChiselHost {
  readonly inspector: Inspector;
  /** true for live captures (periodic output), false when reading a file */
  readonly isLive: boolean;
  /** 'json' with -j, else 'normal' */
  readonly outputFormat: 'normal' | 'json';
  /** -pc / -pcontainer was given */
  readonly printContainerData: boolean;
  /** Resolves a field for this chisel; throws ChiselError when it does not exist. */
  requestField(name: string): FieldHandle;
  /** Events must also pass this filter to reach onEvent. Throws ChiselError when invalid. */
  setFilter(filter: string): void;
  /** Calls onInterval every n seconds of event time (live captures). */
  setIntervalS(seconds: number): void;
  /** Prints every event that reaches the chisel with this -p style format, after onEvent. */
  setEventFormatter(format: string): void;
  /** Runs another chisel (by name, with these arguments) alongside this one, as chisel.exec. */
  exec(name: string, ...args: string[]): void;
  /** Writes a line of output (a newline is added). */
  print(line: string): void;
  /** Writes text as is. */
  write(text: string): void;
  /** Stops the capture after the current event (chisel.capture_end). */
  endCapture(): void;
  /**
   * The state engine's threads now (sysdig.get_thread_table): with a filter, only threads with
   * at least one fd that matches it (each fd tried as the fd of a read), and only those fds.
   * Throws ChiselError for an invalid filter.
   */
  threadTable(filter?: string): ThreadTableEntry[];
  /** How data buffers render from now on (sysdig.set_output_format): normal, ascii, hex, hexascii, base64 */
  setBufferFormat(format: 'normal' | 'ascii' | 'hex' | 'hexascii' | 'base64'): void;
}

export interface Chisel {
  onCaptureStart?(): void;
  /** Return false to stop the event from reaching the chisel's formatter. */
  onEvent?(ev: Event): boolean | void;
  /**
   * Every interval of event time; `ev` is the event that crossed into the new interval (it may
   * not pass the filters), undefined while no event has passed the command-line filter yet:
   * sysdig's chisels then have no event to read fields from.
   */
  onInterval?(tsSec: number, tsNs: number, delta: number, ev: Event | undefined): void;
  onCaptureEnd?(tsSec: number, tsNs: number, delta: number): void;
}

export interface ChiselModule {
  readonly info: ChiselInfo;
  /** Builds the chisel for these arguments (by name). Throws ChiselError for bad arguments. */
  create(host: ChiselHost, args: ReadonlyMap<string, string>): Chisel;
}

/** A chisel problem reported to the user as one line (bad arguments, unknown fields, ...). */
export class ChiselError extends Error {
  override name = 'ChiselError';
}
