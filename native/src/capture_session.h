// A capture session: the probe loaded and attached, its ring buffer drained on a thread of its
// own into large batches. Knows nothing of JavaScript: batches leave through a callback.
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "libbpf_api.h"
#include "probe_abi.h"
#include "ring_reader.h"

struct SessionOptions {
  std::string probe_path;
  uint32_t ring_buffer_bytes = 16u << 20;
  uint32_t snaplen = 80;
  std::vector<uint8_t> syscall_mask;  // PROBE_SYSCALL_SLOTS entries, or empty for "record all"
  std::vector<std::string> skip_comms;
  bool drop_switch = false;
  // programs attached: the dispatchers, or another set for benchmarks ("floor_")
  std::string attach_prefix = "attach_";
};

struct SessionCounters {
  uint64_t events = 0, drops_full = 0, drops_large = 0, skipped = 0;
};

// A filled batch of scap event blocks in timestamp order: ownership of `data` (malloc'ed)
// passes to the receiver.
using BatchSink = std::function<void(uint8_t *data, size_t len)>;

class SessionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class CaptureSession {
 public:
  // Opens, loads and attaches the probe (recording starts); throws SessionError.
  explicit CaptureSession(const SessionOptions &opts);
  ~CaptureSession();
  CaptureSession(const CaptureSession &) = delete;
  CaptureSession &operator=(const CaptureSession &) = delete;

  // Starts the drain thread. `batches_in_flight` is decremented by the receiver as it finishes
  // with a batch; the thread stops draining while too many are pending, so a slow consumer makes
  // the kernel count drops instead of the process growing.
  void start(BatchSink sink);
  // Stops recording, drains what is left, delivers the last batch, detaches. Idempotent.
  void stop();
  void batch_done() { in_flight_.fetch_sub(1); }

  std::vector<SessionCounters> counters() const;

 private:
  // where a block of the batch is, for ordering by timestamp
  struct BlockRef {
    uint64_t ts;
    uint32_t offset, length;
  };

  void on_record(const uint8_t *data, size_t size);
  void order_batch();
  void drain_loop();
  void flush();
  void set_capturing(bool on);
  void close_all();

  bpf_object *obj_ = nullptr;
  std::vector<bpf_link *> links_;
  RingReader *ring_ = nullptr;
  int settings_fd_ = -1, counters_fd_ = -1;
  probe_settings settings_{};
  int ncpus_ = 1;

  BatchSink sink_;
  std::thread drainer_;
  std::atomic<bool> running_{false};
  std::atomic<int> in_flight_{0};
  uint8_t *batch_ = nullptr;
  size_t used_ = 0;
  std::vector<BlockRef> index_;
  uint64_t last_ts_ = 0;
  bool batch_sorted_ = true;
  std::chrono::steady_clock::time_point batch_started_;
  bool stopped_ = false;
};
