'use strict';
// ebpf-capture-reader: tsysdig's live capture. Loads the CO-RE probe (bpf/probe.bpf.o), drains
// its ring buffer on a native thread and delivers the recorded events to JavaScript in batches.
const path = require('path');
const binding = require('./build/Release/ebpf_capture_reader.node');

const probeObjectPath = path.join(__dirname, 'bpf', 'probe.bpf.o');

class CaptureSession {
  constructor(options = {}) {
    this.native = new binding.Session({
      probePath: options.probePath ?? probeObjectPath,
      ringBufferBytes: options.ringBufferBytes ?? 16 * 1024 * 1024,
      snaplen: options.snaplen ?? 80,
      syscallMask: options.syscallMask,
      skipComms: options.skipComms ?? [],
      dropSwitch: !!options.dropSwitch,
      attachPrefix: options.attachPrefix ?? 'attach_',
    });
  }

  start(onBatch) { this.native.start(onBatch); }

  stop() { return this.native.stop(); }

  stats() { return this.native.stats(); }
}

module.exports = { CaptureSession, probeObjectPath };
