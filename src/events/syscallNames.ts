/**
 * GENERATED FILE - do not edit by hand; re-run scripts/gen_event_table.py.
 * Generated from falcosecurity/libs commit 48dfd53c (driver/event_table.c, driver/flags_table.c,
 * driver/dynamic_params_table.c, driver/ppm_events_public.h) and userspace/libscap/syscall_info_table.c + ppm_events_public.h enum ppm_syscall_code of libs commit e5c53d64.
 * Editing rules (same as upstream): event ids are append-only and are never renumbered; existing
 * events may only gain trailing parameters - any other change needs a new event id/version.
 */

/*
 * PT_SYSCALLID params (PPME_GENERIC_E/X "ID") hold a ppm_syscall_code (PPM_SC_*), NOT a native syscall
 * number. sysdig 0.29.3 (libsinsp event.cpp) renders it as g_syscall_info_table[id].name (libscap
 * syscall_info_table.c, positional, PPM_SC_MAX = 329 entries); ids >= PPM_SC_MAX render as
 * UNKNOWN_SYSCALL_NAME. Entry 0 (PPM_SC_UNKNOWN) is "<unknown>" in 0.29.3 (newest libs print "unknown").
 * Newest libs (ppm_sc_names.c) use the lowercased PPM_SC_X names; for ids 1..328 they are DIFFERENT at: 283 newselect->_newselect, 292 llseek->_llseek, 298 sigreturn->rt_sigreturn, 305 setuid->setuid32, 306 getuid->getuid32, 307 setgid->setgid32, 308 geteuid->geteuid32, 309 getgid->getgid32, 310 setresuid->setresuid32, 311 setresgid->setresgid32, 312 getresuid->getresuid32, 313 getresgid->getresgid32
 */
export const UNKNOWN_SYSCALL_NAME = "<unknown syscall>";

export const PPM_SC_MAX = 329;

export const SYSCALL_NAMES: readonly string[] = [
  "<unknown>", // 0
  "restart_syscall", // 1
  "exit", // 2
  "read", // 3
  "write", // 4
  "open", // 5
  "close", // 6
  "creat", // 7
  "link", // 8
  "unlink", // 9
  "chdir", // 10
  "time", // 11
  "mknod", // 12
  "chmod", // 13
  "stat", // 14
  "lseek", // 15
  "getpid", // 16
  "mount", // 17
  "ptrace", // 18
  "alarm", // 19
  "fstat", // 20
  "pause", // 21
  "utime", // 22
  "access", // 23
  "sync", // 24
  "kill", // 25
  "rename", // 26
  "mkdir", // 27
  "rmdir", // 28
  "dup", // 29
  "pipe", // 30
  "times", // 31
  "brk", // 32
  "acct", // 33
  "ioctl", // 34
  "fcntl", // 35
  "setpgid", // 36
  "umask", // 37
  "chroot", // 38
  "ustat", // 39
  "dup2", // 40
  "getppid", // 41
  "getpgrp", // 42
  "setsid", // 43
  "sethostname", // 44
  "setrlimit", // 45
  "getrusage", // 46
  "gettimeofday", // 47
  "settimeofday", // 48
  "symlink", // 49
  "lstat", // 50
  "readlink", // 51
  "uselib", // 52
  "swapon", // 53
  "reboot", // 54
  "mmap", // 55
  "munmap", // 56
  "truncate", // 57
  "ftruncate", // 58
  "fchmod", // 59
  "getpriority", // 60
  "setpriority", // 61
  "statfs", // 62
  "fstatfs", // 63
  "syslog", // 64
  "setitimer", // 65
  "getitimer", // 66
  "uname", // 67
  "vhangup", // 68
  "wait4", // 69
  "swapoff", // 70
  "sysinfo", // 71
  "fsync", // 72
  "setdomainname", // 73
  "adjtimex", // 74
  "mprotect", // 75
  "init_module", // 76
  "delete_module", // 77
  "quotactl", // 78
  "getpgid", // 79
  "fchdir", // 80
  "sysfs", // 81
  "personality", // 82
  "getdents", // 83
  "select", // 84
  "flock", // 85
  "msync", // 86
  "readv", // 87
  "writev", // 88
  "getsid", // 89
  "fdatasync", // 90
  "mlock", // 91
  "munlock", // 92
  "mlockall", // 93
  "munlockall", // 94
  "sched_setparam", // 95
  "sched_getparam", // 96
  "sched_setscheduler", // 97
  "sched_getscheduler", // 98
  "sched_yield", // 99
  "sched_get_priority_max", // 100
  "sched_get_priority_min", // 101
  "sched_rr_get_interval", // 102
  "nanosleep", // 103
  "mremap", // 104
  "poll", // 105
  "prctl", // 106
  "rt_sigaction", // 107
  "rt_sigprocmask", // 108
  "rt_sigpending", // 109
  "rt_sigtimedwait", // 110
  "rt_sigqueueinfo", // 111
  "rt_sigsuspend", // 112
  "getcwd", // 113
  "capget", // 114
  "capset", // 115
  "sendfile", // 116
  "getrlimit", // 117
  "lchown", // 118
  "getuid", // 119
  "getgid", // 120
  "geteuid", // 121
  "getegid", // 122
  "setreuid", // 123
  "setregid", // 124
  "getgroups", // 125
  "setgroups", // 126
  "fchown", // 127
  "setresuid", // 128
  "getresuid", // 129
  "setresgid", // 130
  "getresgid", // 131
  "chown", // 132
  "setuid", // 133
  "setgid", // 134
  "setfsuid", // 135
  "setfsgid", // 136
  "pivot_root", // 137
  "mincore", // 138
  "madvise", // 139
  "gettid", // 140
  "setxattr", // 141
  "lsetxattr", // 142
  "fsetxattr", // 143
  "getxattr", // 144
  "lgetxattr", // 145
  "fgetxattr", // 146
  "listxattr", // 147
  "llistxattr", // 148
  "flistxattr", // 149
  "removexattr", // 150
  "lremovexattr", // 151
  "fremovexattr", // 152
  "tkill", // 153
  "futex", // 154
  "sched_setaffinity", // 155
  "sched_getaffinity", // 156
  "set_thread_area", // 157
  "get_thread_area", // 158
  "io_setup", // 159
  "io_destroy", // 160
  "io_getevents", // 161
  "io_submit", // 162
  "io_cancel", // 163
  "exit_group", // 164
  "epoll_create", // 165
  "epoll_ctl", // 166
  "epoll_wait", // 167
  "remap_file_pages", // 168
  "set_tid_address", // 169
  "timer_create", // 170
  "timer_settime", // 171
  "timer_gettime", // 172
  "timer_getoverrun", // 173
  "timer_delete", // 174
  "clock_settime", // 175
  "clock_gettime", // 176
  "clock_getres", // 177
  "clock_nanosleep", // 178
  "tgkill", // 179
  "utimes", // 180
  "mq_open", // 181
  "mq_unlink", // 182
  "mq_timedsend", // 183
  "mq_timedreceive", // 184
  "mq_notify", // 185
  "mq_getsetattr", // 186
  "kexec_load", // 187
  "waitid", // 188
  "add_key", // 189
  "request_key", // 190
  "keyctl", // 191
  "ioprio_set", // 192
  "ioprio_get", // 193
  "inotify_init", // 194
  "inotify_add_watch", // 195
  "inotify_rm_watch", // 196
  "openat", // 197
  "mkdirat", // 198
  "mknodat", // 199
  "fchownat", // 200
  "futimesat", // 201
  "unlinkat", // 202
  "renameat", // 203
  "linkat", // 204
  "symlinkat", // 205
  "readlinkat", // 206
  "fchmodat", // 207
  "faccessat", // 208
  "pselect6", // 209
  "ppoll", // 210
  "unshare", // 211
  "set_robust_list", // 212
  "get_robust_list", // 213
  "splice", // 214
  "tee", // 215
  "vmsplice", // 216
  "getcpu", // 217
  "epoll_pwait", // 218
  "utimensat", // 219
  "signalfd", // 220
  "timerfd_create", // 221
  "eventfd", // 222
  "timerfd_settime", // 223
  "timerfd_gettime", // 224
  "signalfd4", // 225
  "eventfd2", // 226
  "epoll_create1", // 227
  "dup3", // 228
  "pipe2", // 229
  "inotify_init1", // 230
  "preadv", // 231
  "pwritev", // 232
  "rt_tgsigqueueinfo", // 233
  "perf_event_open", // 234
  "fanotify_init", // 235
  "prlimit64", // 236
  "clock_adjtime", // 237
  "syncfs", // 238
  "setns", // 239
  "getdents64", // 240
  "socket", // 241
  "bind", // 242
  "connect", // 243
  "listen", // 244
  "accept", // 245
  "getsockname", // 246
  "getpeername", // 247
  "socketpair", // 248
  "sendto", // 249
  "recvfrom", // 250
  "shutdown", // 251
  "setsockopt", // 252
  "getsockopt", // 253
  "sendmsg", // 254
  "sendmmsg", // 255
  "recvmsg", // 256
  "recvmmsg", // 257
  "accept4", // 258
  "semop", // 259
  "semget", // 260
  "semctl", // 261
  "msgsnd", // 262
  "msgrcv", // 263
  "msgget", // 264
  "msgctl", // 265
  "shmdt", // 266
  "shmget", // 267
  "shmctl", // 268
  "statfs64", // 269
  "fstatfs64", // 270
  "fstatat64", // 271
  "sendfile64", // 272
  "ugetrlimit", // 273
  "bdflush", // 274
  "sigprocmask", // 275
  "ipc", // 276
  "socketcall", // 277
  "stat64", // 278
  "lstat64", // 279
  "fstat64", // 280
  "fcntl64", // 281
  "mmap2", // 282
  "newselect", // 283
  "sgetmask", // 284
  "ssetmask", // 285
  "sigpending", // 286
  "olduname", // 287
  "umount", // 288
  "signal", // 289
  "nice", // 290
  "stime", // 291
  "llseek", // 292
  "waitpid", // 293
  "pread64", // 294
  "pwrite64", // 295
  "arch_prctl", // 296
  "shmat", // 297
  "sigreturn", // 298
  "fallocate", // 299
  "newfstatat", // 300
  "process_vm_readv", // 301
  "process_vm_writev", // 302
  "fork", // 303
  "vfork", // 304
  "setuid", // 305
  "getuid", // 306
  "setgid", // 307
  "geteuid", // 308
  "getgid", // 309
  "setresuid", // 310
  "setresgid", // 311
  "getresuid", // 312
  "getresgid", // 313
  "finit_module", // 314
  "bpf", // 315
  "seccomp", // 316
  "sigaltstack", // 317
  "getrandom", // 318
  "fadvise64", // 319
  "renameat2", // 320
  "userfaultfd", // 321
  "openat2", // 322
  "umount2", // 323
  "execve", // 324
  "execveat", // 325
  "copy_file_range", // 326
  "clone", // 327
  "clone3", // 328
];

/** Category (EC_* value) of each PPM_SC_* syscall, for generic events (g_syscall_info_table[id].category). */
export const SYSCALL_CATEGORIES: readonly number[] = [
  1, // 0 EC_OTHER
  8, // 1 EC_SYSTEM
  6, // 2 EC_PROCESS
  32, // 3 EC_IO_READ
  33, // 4 EC_IO_WRITE
  2, // 5 EC_FILE
  2, // 6 EC_FILE
  2, // 7 EC_FILE
  2, // 8 EC_FILE
  2, // 9 EC_FILE
  2, // 10 EC_FILE
  11, // 11 EC_TIME
  2, // 12 EC_FILE
  2, // 13 EC_FILE
  2, // 14 EC_FILE
  2, // 15 EC_FILE
  6, // 16 EC_PROCESS
  2, // 17 EC_FILE
  1, // 18 EC_OTHER
  11, // 19 EC_TIME
  2, // 20 EC_FILE
  64, // 21 EC_WAIT
  11, // 22 EC_TIME
  2, // 23 EC_FILE
  34, // 24 EC_IO_OTHER
  4, // 25 EC_IPC
  2, // 26 EC_FILE
  2, // 27 EC_FILE
  2, // 28 EC_FILE
  34, // 29 EC_IO_OTHER
  4, // 30 EC_IPC
  11, // 31 EC_TIME
  5, // 32 EC_MEMORY
  6, // 33 EC_PROCESS
  34, // 34 EC_IO_OTHER
  64, // 35 EC_WAIT
  6, // 36 EC_PROCESS
  6, // 37 EC_PROCESS
  4, // 38 EC_IPC
  2, // 39 EC_FILE
  34, // 40 EC_IO_OTHER
  6, // 41 EC_PROCESS
  6, // 42 EC_PROCESS
  6, // 43 EC_PROCESS
  8, // 44 EC_SYSTEM
  6, // 45 EC_PROCESS
  6, // 46 EC_PROCESS
  11, // 47 EC_TIME
  11, // 48 EC_TIME
  2, // 49 EC_FILE
  2, // 50 EC_FILE
  2, // 51 EC_FILE
  6, // 52 EC_PROCESS
  6, // 53 EC_PROCESS
  8, // 54 EC_SYSTEM
  2, // 55 EC_FILE
  2, // 56 EC_FILE
  2, // 57 EC_FILE
  2, // 58 EC_FILE
  2, // 59 EC_FILE
  6, // 60 EC_PROCESS
  6, // 61 EC_PROCESS
  2, // 62 EC_FILE
  2, // 63 EC_FILE
  8, // 64 EC_SYSTEM
  11, // 65 EC_TIME
  11, // 66 EC_TIME
  8, // 67 EC_SYSTEM
  1, // 68 EC_OTHER
  64, // 69 EC_WAIT
  8, // 70 EC_SYSTEM
  8, // 71 EC_SYSTEM
  34, // 72 EC_IO_OTHER
  8, // 73 EC_SYSTEM
  8, // 74 EC_SYSTEM
  5, // 75 EC_MEMORY
  8, // 76 EC_SYSTEM
  8, // 77 EC_SYSTEM
  8, // 78 EC_SYSTEM
  6, // 79 EC_PROCESS
  2, // 80 EC_FILE
  8, // 81 EC_SYSTEM
  6, // 82 EC_PROCESS
  2, // 83 EC_FILE
  64, // 84 EC_WAIT
  2, // 85 EC_FILE
  34, // 86 EC_IO_OTHER
  32, // 87 EC_IO_READ
  33, // 88 EC_IO_WRITE
  6, // 89 EC_PROCESS
  34, // 90 EC_IO_OTHER
  5, // 91 EC_MEMORY
  5, // 92 EC_MEMORY
  5, // 93 EC_MEMORY
  5, // 94 EC_MEMORY
  6, // 95 EC_PROCESS
  6, // 96 EC_PROCESS
  6, // 97 EC_PROCESS
  6, // 98 EC_PROCESS
  7, // 99 EC_SLEEP
  6, // 100 EC_PROCESS
  6, // 101 EC_PROCESS
  6, // 102 EC_PROCESS
  7, // 103 EC_SLEEP
  2, // 104 EC_FILE
  64, // 105 EC_WAIT
  6, // 106 EC_PROCESS
  9, // 107 EC_SIGNAL
  9, // 108 EC_SIGNAL
  9, // 109 EC_SIGNAL
  9, // 110 EC_SIGNAL
  9, // 111 EC_SIGNAL
  9, // 112 EC_SIGNAL
  2, // 113 EC_FILE
  6, // 114 EC_PROCESS
  6, // 115 EC_PROCESS
  2, // 116 EC_FILE
  6, // 117 EC_PROCESS
  2, // 118 EC_FILE
  10, // 119 EC_USER
  10, // 120 EC_USER
  10, // 121 EC_USER
  10, // 122 EC_USER
  10, // 123 EC_USER
  10, // 124 EC_USER
  10, // 125 EC_USER
  10, // 126 EC_USER
  2, // 127 EC_FILE
  10, // 128 EC_USER
  10, // 129 EC_USER
  10, // 130 EC_USER
  10, // 131 EC_USER
  2, // 132 EC_FILE
  10, // 133 EC_USER
  10, // 134 EC_USER
  10, // 135 EC_USER
  10, // 136 EC_USER
  6, // 137 EC_PROCESS
  5, // 138 EC_MEMORY
  5, // 139 EC_MEMORY
  6, // 140 EC_PROCESS
  2, // 141 EC_FILE
  2, // 142 EC_FILE
  2, // 143 EC_FILE
  2, // 144 EC_FILE
  2, // 145 EC_FILE
  2, // 146 EC_FILE
  2, // 147 EC_FILE
  2, // 148 EC_FILE
  2, // 149 EC_FILE
  2, // 150 EC_FILE
  2, // 151 EC_FILE
  2, // 152 EC_FILE
  9, // 153 EC_SIGNAL
  4, // 154 EC_IPC
  6, // 155 EC_PROCESS
  6, // 156 EC_PROCESS
  6, // 157 EC_PROCESS
  6, // 158 EC_PROCESS
  34, // 159 EC_IO_OTHER
  34, // 160 EC_IO_OTHER
  34, // 161 EC_IO_OTHER
  34, // 162 EC_IO_OTHER
  34, // 163 EC_IO_OTHER
  34, // 164 EC_IO_OTHER
  64, // 165 EC_WAIT
  64, // 166 EC_WAIT
  64, // 167 EC_WAIT
  2, // 168 EC_FILE
  6, // 169 EC_PROCESS
  11, // 170 EC_TIME
  11, // 171 EC_TIME
  11, // 172 EC_TIME
  11, // 173 EC_TIME
  11, // 174 EC_TIME
  11, // 175 EC_TIME
  11, // 176 EC_TIME
  11, // 177 EC_TIME
  7, // 178 EC_SLEEP
  9, // 179 EC_SIGNAL
  2, // 180 EC_FILE
  4, // 181 EC_IPC
  4, // 182 EC_IPC
  4, // 183 EC_IPC
  4, // 184 EC_IPC
  4, // 185 EC_IPC
  4, // 186 EC_IPC
  8, // 187 EC_SYSTEM
  64, // 188 EC_WAIT
  8, // 189 EC_SYSTEM
  8, // 190 EC_SYSTEM
  8, // 191 EC_SYSTEM
  6, // 192 EC_PROCESS
  6, // 193 EC_PROCESS
  4, // 194 EC_IPC
  4, // 195 EC_IPC
  4, // 196 EC_IPC
  2, // 197 EC_FILE
  2, // 198 EC_FILE
  2, // 199 EC_FILE
  2, // 200 EC_FILE
  2, // 201 EC_FILE
  2, // 202 EC_FILE
  2, // 203 EC_FILE
  2, // 204 EC_FILE
  2, // 205 EC_FILE
  2, // 206 EC_FILE
  2, // 207 EC_FILE
  2, // 208 EC_FILE
  64, // 209 EC_WAIT
  64, // 210 EC_WAIT
  6, // 211 EC_PROCESS
  6, // 212 EC_PROCESS
  6, // 213 EC_PROCESS
  4, // 214 EC_IPC
  4, // 215 EC_IPC
  4, // 216 EC_IPC
  6, // 217 EC_PROCESS
  64, // 218 EC_WAIT
  2, // 219 EC_FILE
  9, // 220 EC_SIGNAL
  11, // 221 EC_TIME
  4, // 222 EC_IPC
  11, // 223 EC_TIME
  11, // 224 EC_TIME
  9, // 225 EC_SIGNAL
  4, // 226 EC_IPC
  64, // 227 EC_WAIT
  34, // 228 EC_IO_OTHER
  4, // 229 EC_IPC
  4, // 230 EC_IPC
  32, // 231 EC_IO_READ
  33, // 232 EC_IO_WRITE
  1, // 233 EC_OTHER
  1, // 234 EC_OTHER
  4, // 235 EC_IPC
  6, // 236 EC_PROCESS
  1, // 237 EC_OTHER
  2, // 238 EC_FILE
  6, // 239 EC_PROCESS
  4, // 240 EC_IPC
  3, // 241 EC_NET
  3, // 242 EC_NET
  3, // 243 EC_NET
  3, // 244 EC_NET
  3, // 245 EC_NET
  3, // 246 EC_NET
  3, // 247 EC_NET
  3, // 248 EC_NET
  3, // 249 EC_NET
  3, // 250 EC_NET
  3, // 251 EC_NET
  3, // 252 EC_NET
  3, // 253 EC_NET
  3, // 254 EC_NET
  3, // 255 EC_NET
  3, // 256 EC_NET
  3, // 257 EC_NET
  3, // 258 EC_NET
  4, // 259 EC_IPC
  4, // 260 EC_IPC
  4, // 261 EC_IPC
  4, // 262 EC_IPC
  4, // 263 EC_IPC
  4, // 264 EC_IPC
  4, // 265 EC_IPC
  4, // 266 EC_IPC
  4, // 267 EC_IPC
  4, // 268 EC_IPC
  2, // 269 EC_FILE
  2, // 270 EC_FILE
  2, // 271 EC_FILE
  2, // 272 EC_FILE
  6, // 273 EC_PROCESS
  1, // 274 EC_OTHER
  9, // 275 EC_SIGNAL
  4, // 276 EC_IPC
  3, // 277 EC_NET
  2, // 278 EC_FILE
  2, // 279 EC_FILE
  2, // 280 EC_FILE
  2, // 281 EC_FILE
  2, // 282 EC_FILE
  64, // 283 EC_WAIT
  9, // 284 EC_SIGNAL
  9, // 285 EC_SIGNAL
  9, // 286 EC_SIGNAL
  8, // 287 EC_SYSTEM
  2, // 288 EC_FILE
  9, // 289 EC_SIGNAL
  6, // 290 EC_PROCESS
  11, // 291 EC_TIME
  2, // 292 EC_FILE
  64, // 293 EC_WAIT
  2, // 294 EC_FILE
  2, // 295 EC_FILE
  6, // 296 EC_PROCESS
  4, // 297 EC_IPC
  9, // 298 EC_SIGNAL
  34, // 299 EC_IO_OTHER
  34, // 300 EC_IO_OTHER
  34, // 301 EC_IO_OTHER
  34, // 302 EC_IO_OTHER
  34, // 303 EC_IO_OTHER
  34, // 304 EC_IO_OTHER
  34, // 305 EC_IO_OTHER
  34, // 306 EC_IO_OTHER
  34, // 307 EC_IO_OTHER
  34, // 308 EC_IO_OTHER
  34, // 309 EC_IO_OTHER
  34, // 310 EC_IO_OTHER
  34, // 311 EC_IO_OTHER
  34, // 312 EC_IO_OTHER
  34, // 313 EC_IO_OTHER
  8, // 314 EC_SYSTEM
  1, // 315 EC_OTHER
  1, // 316 EC_OTHER
  34, // 317 EC_IO_OTHER
  34, // 318 EC_IO_OTHER
  34, // 319 EC_IO_OTHER
  2, // 320 EC_FILE
  2, // 321 EC_FILE
  2, // 322 EC_FILE
  2, // 323 EC_FILE
  8, // 324 EC_SYSTEM
  8, // 325 EC_SYSTEM
  2, // 326 EC_FILE
  6, // 327 EC_PROCESS
  6, // 328 EC_PROCESS
];
