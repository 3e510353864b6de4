// Reading a BPF ring buffer (BPF_MAP_TYPE_RINGBUF) through its mmap'ed pages, without libbpf's
// ring_buffer__consume: that one publishes the consumer position after every record, and each
// store pulls the cache line the producing CPU reads on every reservation across to this CPU.
// Here the position is published once per drain, after a run of records.
#pragma once
#include <cstddef>
#include <cstdint>

class RingReader {
 public:
  // Maps the ring of `map_fd` (a ring buffer map of `size` bytes, a power of two); throws
  // std::runtime_error when the kernel refuses the mapping.
  RingReader(int map_fd, size_t size);
  ~RingReader();
  RingReader(const RingReader &) = delete;
  RingReader &operator=(const RingReader &) = delete;

  // Calls on_record(ctx, data, size) for every committed record available now (discarded ones
  // are skipped; a record still being written ends the run), then frees their space. Returns the
  // number of records delivered.
  template <typename F>
  size_t drain(F &&on_record);

 private:
  size_t size_;
  size_t page_;
  uint8_t *consumer_page_ = nullptr;  // read-write: the consumer position
  uint8_t *producer_map_ = nullptr;   // read-only: the producer position, then the data twice over
  const uint8_t *data_ = nullptr;
};

// Record header layout and flag bits of the kernel's ring buffer (uapi linux/bpf.h).
namespace ringbuf {
constexpr uint32_t kBusyBit = 1u << 31;
constexpr uint32_t kDiscardBit = 1u << 30;
constexpr uint32_t kHeaderBytes = 8;
}  // namespace ringbuf

template <typename F>
size_t RingReader::drain(F &&on_record) {
  auto *consumer_pos = reinterpret_cast<uint64_t *>(consumer_page_);
  auto *producer_pos = reinterpret_cast<const uint64_t *>(producer_map_);
  uint64_t cons = __atomic_load_n(consumer_pos, __ATOMIC_RELAXED);
  uint64_t prod = __atomic_load_n(producer_pos, __ATOMIC_ACQUIRE);
  size_t delivered = 0;
  while (cons < prod) {
    const uint8_t *hdr = data_ + (cons & (size_ - 1));
    uint32_t len = __atomic_load_n(reinterpret_cast<const uint32_t *>(hdr), __ATOMIC_ACQUIRE);
    if (len & ringbuf::kBusyBit) break;  // reserved, not committed yet
    const uint32_t data_len = len & ~(ringbuf::kBusyBit | ringbuf::kDiscardBit);
    if ((len & ringbuf::kDiscardBit) == 0) {
      // the data is mapped twice in a row, so a record that wraps reads as one piece
      on_record(hdr + ringbuf::kHeaderBytes, data_len);
      delivered++;
    }
    cons += (data_len + ringbuf::kHeaderBytes + 7) & ~uint64_t(7);
  }
  __atomic_store_n(consumer_pos, cons, __ATOMIC_RELEASE);
  return delivered;
}
