#include "ring_reader.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

RingReader::RingReader(int map_fd, size_t size) : size_(size), page_(size_t(sysconf(_SC_PAGESIZE))) {
  // page 0: the consumer position (ours to write); from page 1: the producer position, then the
  // data pages mapped twice in a row
  void *c = mmap(nullptr, page_, PROT_READ | PROT_WRITE, MAP_SHARED, map_fd, 0);
  if (c == MAP_FAILED) throw std::runtime_error(std::string("cannot map the ring buffer (") + std::strerror(errno) + ")");
  void *p = mmap(nullptr, page_ + 2 * size_, PROT_READ, MAP_SHARED, map_fd, off_t(page_));
  if (p == MAP_FAILED) {
    int err = errno;
    munmap(c, page_);
    throw std::runtime_error(std::string("cannot map the ring buffer (") + std::strerror(err) + ")");
  }
  consumer_page_ = static_cast<uint8_t *>(c);
  producer_map_ = static_cast<uint8_t *>(p);
  data_ = producer_map_ + page_;
}

RingReader::~RingReader() {
  if (producer_map_) munmap(producer_map_, page_ + 2 * size_);
  if (consumer_page_) munmap(consumer_page_, page_);
}
