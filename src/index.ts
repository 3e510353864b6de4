/** tsysdig's library API: read sysdig captures and walk their events with state resolved. */
export { replayCapture, iterateCapture } from './replay';
export type { ReplayOptions, EventRecord } from './replay';
export { readCaptureFile, captureChunks } from './capture/captureFile';
export { ScapParser } from './capture/scapParser';
export type { CaptureHandler } from './capture/scapParser';
export { CaptureError } from './capture/captureError';
export { Inspector } from './state/inspector';
export { ThreadInfo } from './state/threadInfo';
export { FdInfo } from './state/fdInfo';
export { Event } from './events/event';
export { EVENT_TABLE, PPME } from './events/eventTable';
export { ParamFormatter } from './output/paramFormat';
export { BufferFormat } from './output/bufferFormat';
export { DefaultLineFormatter, eventTypeName, eventArgs } from './output/defaultFormat';
