// The part of libbpf's public API the addon uses, declared here so that building needs only the
// libbpf1 runtime (libbpf.so.1), not libbpf-dev's headers. These are libbpf 1.x's stable ABI
// (LIBBPF_1.0.0 symbol versions and earlier); options arguments are passed as NULL.
#pragma once
#include <cstdarg>
#include <cstddef>
#include <cstdint>

extern "C" {
struct bpf_object;
struct bpf_program;
struct bpf_map;
struct bpf_link;

enum libbpf_print_level { LIBBPF_WARN, LIBBPF_INFO, LIBBPF_DEBUG };
typedef int (*libbpf_print_fn_t)(enum libbpf_print_level level, const char *format, va_list args);
libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn);

struct bpf_object *bpf_object__open_file(const char *path, const void *opts);
int bpf_object__load(struct bpf_object *obj);
void bpf_object__close(struct bpf_object *obj);
struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name);
struct bpf_program *bpf_object__next_program(const struct bpf_object *obj, struct bpf_program *prog);

int bpf_map__fd(const struct bpf_map *map);
int bpf_map__set_max_entries(struct bpf_map *map, uint32_t max_entries);
const char *bpf_program__name(const struct bpf_program *prog);
struct bpf_link *bpf_program__attach(const struct bpf_program *prog);
int bpf_link__destroy(struct bpf_link *link);

int libbpf_num_possible_cpus(void);


int bpf_map_update_elem(int fd, const void *key, const void *value, uint64_t flags);
int bpf_map_lookup_elem(int fd, const void *key, void *value);
}
