#!/usr/bin/env bash
# Builds native/bpf/probe.bpf.o from probe.bpf.c (npm run build:probe).
#   --vmlinux   also regenerate vmlinux.h from this machine's kernel BTF first
#   --check     build into a temporary file and fail when the committed object differs
# Needs clang (16 or newer), llvm-strip, libbpf-dev (bpf_helpers.h), bpftool for --vmlinux.
set -euo pipefail
cd "$(dirname "$0")"
CLANG=${CLANG:-$(command -v clang-16 || command -v clang)}
STRIP=${LLVM_STRIP:-$(command -v llvm-strip-16 || command -v llvm-strip)}
out=probe.bpf.o
check=0
for arg in "$@"; do
  case "$arg" in
    --vmlinux)
      { echo "/* GENERATED FILE - do not edit by hand; made by 'npm run build:probe -- --vmlinux' with"
        echo " * bpftool btf dump file /sys/kernel/btf/vmlinux format c. */"
        bpftool btf dump file /sys/kernel/btf/vmlinux format c; } > vmlinux.h.tmp
      mv vmlinux.h.tmp vmlinux.h ;;
    --check) check=1; out=$(mktemp --suffix=.bpf.o) ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
# Relative paths and a fixed prefix map keep the object byte-identical wherever it is built.
"$CLANG" -O2 -g -target bpf -D__TARGET_ARCH_x86 -mcpu=v3 \
  -fdebug-prefix-map="$PWD"=native/bpf -I. -I/usr/include/x86_64-linux-gnu \
  -Wall -Wno-unused-function -Werror \
  -c probe.bpf.c -o "$out"
"$STRIP" -g "$out"   # keep .BTF/.BTF.ext for CO-RE, drop DWARF
if [ "$check" = 1 ]; then
  if ! cmp -s "$out" probe.bpf.o; then
    echo "native/bpf/probe.bpf.o is stale: run 'npm run build:probe' and commit the result" >&2
    rm -f "$out"; exit 1
  fi
  rm -f "$out"; echo "probe.bpf.o is up to date"
fi
