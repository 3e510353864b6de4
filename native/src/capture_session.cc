#include "capture_session.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <algorithm>
#include <mutex>
#include <unistd.h>

namespace {

constexpr size_t kBatchBytes = 4u << 20;
constexpr auto kBatchMaxAge = std::chrono::milliseconds(10);
constexpr auto kIdleSleep = std::chrono::milliseconds(1);
constexpr int kMaxBatchesInFlight = 64;
constexpr uint32_t kEventBlockType = 0x216;  // EV_BLOCK_TYPE_V2: u16 cpu, then the event

// libbpf reports through a process-wide print hook: keep the messages of the load in progress
// (only one session loads at a time) to explain a refusal, and print nothing ourselves.
std::mutex g_log_mutex;
std::string *g_log = nullptr;

int capture_libbpf_log(enum libbpf_print_level level, const char *fmt, va_list args) {
  if (g_log == nullptr || level == LIBBPF_DEBUG) return 0;
  char line[1024];
  vsnprintf(line, sizeof line, fmt, args);
  g_log->append(line);
  return 0;
}

// The last meaningful line of libbpf's log: the verifier's or the kernel's reason.
std::string last_reason(const std::string &log) {
  std::string best;
  size_t start = 0;
  while (start < log.size()) {
    size_t end = log.find('\n', start);
    if (end == std::string::npos) end = log.size();
    std::string line = log.substr(start, end - start);
    if (!line.empty() && line.find("-- END PROG LOAD LOG --") == std::string::npos &&
        line.rfind("libbpf: failed to load object", 0) != 0) {
      best = line;
    }
    start = end + 1;
  }
  return best;
}

uint64_t boot_time_ns() {
  timespec real{}, boot{};
  clock_gettime(CLOCK_REALTIME, &real);
  clock_gettime(CLOCK_BOOTTIME, &boot);
  return uint64_t(real.tv_sec - boot.tv_sec) * 1000000000ull + uint64_t(real.tv_nsec) - uint64_t(boot.tv_nsec);
}

std::string errno_text(int err) { return std::strerror(err < 0 ? -err : err); }

}  // namespace

CaptureSession::CaptureSession(const SessionOptions &opts) {
  if (geteuid() != 0) throw SessionError("live capture needs root (CAP_BPF and CAP_PERFMON)");
  if (access(opts.probe_path.c_str(), R_OK) != 0) throw SessionError("probe object not found: " + opts.probe_path);
  if (opts.ring_buffer_bytes < 4096 || (opts.ring_buffer_bytes & (opts.ring_buffer_bytes - 1)) != 0) {
    throw SessionError("the ring buffer size must be a power of two of at least 4096 bytes");
  }
  std::string log;
  {
    std::lock_guard<std::mutex> lock(g_log_mutex);
    g_log = &log;
    libbpf_set_print(capture_libbpf_log);
    obj_ = bpf_object__open_file(opts.probe_path.c_str(), nullptr);
    int err = obj_ ? 0 : errno;
    if (obj_) {
      bpf_map *events = bpf_object__find_map_by_name(obj_, PROBE_MAP_EVENTS);
      if (events) bpf_map__set_max_entries(events, opts.ring_buffer_bytes);
      err = bpf_object__load(obj_);
    }
    g_log = nullptr;
    if (err != 0) {
      close_all();
      std::string why = last_reason(log);
      throw SessionError("the kernel refused the probe (" + (why.empty() ? errno_text(err) : why) + ")");
    }
  }
  auto map_fd = [this](const char *name) {
    bpf_map *m = bpf_object__find_map_by_name(obj_, name);
    if (!m) {
      close_all();
      throw SessionError(std::string("the probe object has no map ") + name);
    }
    return bpf_map__fd(m);
  };
  settings_fd_ = map_fd(PROBE_MAP_SETTINGS);
  counters_fd_ = map_fd(PROBE_MAP_COUNTERS);
  int mask_fd = map_fd(PROBE_MAP_SYSCALLS);
  int comms_fd = map_fd(PROBE_MAP_COMMS);
  int events_fd = map_fd(PROBE_MAP_EVENTS);
  ncpus_ = libbpf_num_possible_cpus();
  if (ncpus_ < 1) ncpus_ = 1;

  for (uint32_t nr = 0; nr < PROBE_SYSCALL_SLOTS; nr++) {
    uint8_t v = opts.syscall_mask.size() == PROBE_SYSCALL_SLOTS ? opts.syscall_mask[nr] : PROBE_SYSCALL_RECORD;
    bpf_map_update_elem(mask_fd, &nr, &v, 0);
  }
  // A comm holds at most 15 bytes: a longer name never equals a process's name, so it excludes
  // nothing (cutting it would exclude the process whose name is its prefix).
  uint32_t ncomms = 0;
  for (const std::string &comm : opts.skip_comms) {
    if (comm.empty() || comm.size() >= PROBE_COMM_LEN || ncomms == PROBE_MAX_COMM_FILTERS) continue;
    char name[PROBE_COMM_LEN] = {};
    std::memcpy(name, comm.data(), comm.size());
    probe_comm entry{};
    std::memcpy(&entry.lo, name, 8);
    std::memcpy(&entry.hi, name + 8, 8);
    bpf_map_update_elem(comms_fd, &ncomms, &entry, 0);
    ncomms++;
  }
  settings_.boot_time_ns = boot_time_ns();
  settings_.own_tgid = uint32_t(getpid());
  settings_.snaplen = opts.snaplen;
  settings_.drop_switch = opts.drop_switch ? 1 : 0;
  settings_.comm_filter_count = ncomms;
  set_capturing(false);

  try {
    ring_ = new RingReader(events_fd, opts.ring_buffer_bytes);
  } catch (const std::runtime_error &e) {
    close_all();
    throw SessionError(std::string("cannot open the probe's ring buffer: ") + e.what());
  }
  // Dispatchers (attach_*) hook the tracepoints; the fillers are only reached by tail call.
  // Benchmarks may ask for another set (floor_*: programs that do nothing).
  for (bpf_program *p = bpf_object__next_program(obj_, nullptr); p; p = bpf_object__next_program(obj_, p)) {
    const char *name = bpf_program__name(p);
    if (std::strncmp(name, opts.attach_prefix.c_str(), opts.attach_prefix.size()) != 0) continue;
    bpf_link *link = bpf_program__attach(p);
    if (!link) {
      int err = errno;
      close_all();
      throw SessionError(std::string("cannot attach ") + name + " (" + errno_text(err) + ")");
    }
    links_.push_back(link);
  }
}

CaptureSession::~CaptureSession() {
  stop();
  close_all();
  std::free(batch_);
}

void CaptureSession::set_capturing(bool on) {
  settings_.capturing = on ? 1 : 0;
  uint32_t zero = 0;
  bpf_map_update_elem(settings_fd_, &zero, &settings_, 0);
}

void CaptureSession::start(BatchSink sink) {
  if (running_ || stopped_) return;
  sink_ = std::move(sink);
  batch_ = static_cast<uint8_t *>(std::malloc(kBatchBytes));
  if (!batch_) throw SessionError("out of memory for the capture batch");
  index_.reserve(kBatchBytes / 64);
  batch_started_ = std::chrono::steady_clock::now();
  running_ = true;
  set_capturing(true);
  drainer_ = std::thread([this] { drain_loop(); });
}

// Each record becomes a scap event block (EV_BLOCK_TYPE_V2: the record is its body) as it is
// copied out of the ring, so a batch is a run of capture-file blocks: written to a file as is,
// and read by the same parser as files.
void CaptureSession::on_record(const uint8_t *data, size_t size) {
  if (size < PROBE_RECORD_CPU_BYTES + SCAP_EVENT_HEADER_BYTES) return;  // not a record of ours
  const size_t padded = (size + 3) & ~size_t(3);
  const uint32_t total = uint32_t(8 + padded + 4);
  if (used_ + total > kBatchBytes) flush();
  if (used_ == 0) batch_started_ = std::chrono::steady_clock::now();
  uint8_t *b = batch_ + used_;
  const uint32_t type = kEventBlockType;
  std::memcpy(b, &type, 4);
  std::memcpy(b + 4, &total, 4);
  std::memcpy(b + 8, data, size);
  std::memset(b + 8 + size, 0, padded - size);
  std::memcpy(b + 8 + padded, &total, 4);
  uint64_t ts;
  std::memcpy(&ts, data + PROBE_RECORD_CPU_BYTES, 8);
  if (ts < last_ts_) batch_sorted_ = false;
  last_ts_ = ts;
  index_.push_back({ts, uint32_t(used_), total});
  used_ += total;
}

// All CPUs share one ring, where an event lands when its CPU finished building it: neighbours
// from different CPUs can be a little out of time order (one thread's events never are). Sort the
// batch by timestamp (stable: ties keep ring order) when it needs it, which is rare.
void CaptureSession::order_batch() {
  if (batch_sorted_) return;
  std::stable_sort(index_.begin(), index_.end(), [](const BlockRef &a, const BlockRef &b) { return a.ts < b.ts; });
  uint8_t *sorted = static_cast<uint8_t *>(std::malloc(kBatchBytes));
  if (!sorted) return;  // keep ring order rather than fail
  size_t o = 0;
  for (const BlockRef &r : index_) {
    std::memcpy(sorted + o, batch_ + r.offset, r.length);
    o += r.length;
  }
  std::free(batch_);
  batch_ = sorted;
}

void CaptureSession::flush() {
  if (used_ == 0) return;
  order_batch();
  uint8_t *full = batch_;
  size_t len = used_;
  batch_ = static_cast<uint8_t *>(std::malloc(kBatchBytes));
  used_ = 0;
  index_.clear();
  batch_sorted_ = true;
  last_ts_ = 0;
  in_flight_.fetch_add(1);
  sink_(full, len);
  if (!batch_) throw SessionError("out of memory for the capture batch");
}

// The probe never wakes us: poll, consuming everything available, and hand a batch over when it
// is full or old enough for live output to look live.
void CaptureSession::drain_loop() {
  while (running_) {
    while (in_flight_.load() >= kMaxBatchesInFlight && running_) std::this_thread::sleep_for(kIdleSleep);
    size_t n = ring_->drain([this](const uint8_t *data, size_t size) { on_record(data, size); });
    if (used_ > 0 && std::chrono::steady_clock::now() - batch_started_ >= kBatchMaxAge) flush();
    if (n == 0) std::this_thread::sleep_for(kIdleSleep);
  }
  ring_->drain([this](const uint8_t *data, size_t size) { on_record(data, size); });
  flush();
}

void CaptureSession::stop() {
  if (stopped_) return;
  stopped_ = true;
  if (settings_fd_ >= 0) set_capturing(false);
  for (bpf_link *l : links_) bpf_link__destroy(l);
  links_.clear();
  if (running_) {
    running_ = false;
    drainer_.join();
  }
}

std::vector<SessionCounters> CaptureSession::counters() const {
  std::vector<probe_counters> per_cpu(static_cast<size_t>(ncpus_));
  std::vector<SessionCounters> out(static_cast<size_t>(ncpus_));
  uint32_t zero = 0;
  if (counters_fd_ < 0 || bpf_map_lookup_elem(counters_fd_, &zero, per_cpu.data()) != 0) return out;
  for (int i = 0; i < ncpus_; i++) {
    out[i] = {per_cpu[i].events, per_cpu[i].drops_full, per_cpu[i].drops_large, per_cpu[i].skipped};
  }
  return out;
}

void CaptureSession::close_all() {
  for (bpf_link *l : links_) bpf_link__destroy(l);
  links_.clear();
  delete ring_;
  ring_ = nullptr;
  if (obj_) bpf_object__close(obj_);
  obj_ = nullptr;
  settings_fd_ = counters_fd_ = -1;
}
