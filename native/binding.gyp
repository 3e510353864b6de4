{
  "targets": [
    {
      "target_name": "ebpf_capture_reader",
      "sources": ["src/addon.cc", "src/capture_session.cc", "src/ring_reader.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "bpf"],
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-Wall", "-Wextra", "-Wno-unused-parameter"],
      "cflags_cc!": ["-fno-exceptions"],
      "libraries": ["-l:libbpf.so.1", "-lpthread"]
    }
  ]
}
