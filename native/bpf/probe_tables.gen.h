/* GENERATED FILE - do not edit by hand; re-run scripts/gen_probe_tables.py.
 * Facts from falcosecurity/libs e5c53d64 (the libs of sysdig 0.29.3): driver/ppm_events_public.h,
 * driver/event_table.c (parameter counts) and driver/syscall_table.c (x86_64 routing). */
#ifndef TSYSDIG_PROBE_TABLES_GEN_H
#define TSYSDIG_PROBE_TABLES_GEN_H

#define UF_USED 1
#define SYSCALL_TABLE_SIZE 512
#define PPM_EVENT_MAX 336

#define PPME_GENERIC_E 0
#define PPME_GENERIC_E_NPARAMS 2
#define PPME_GENERIC_X 1
#define PPME_GENERIC_X_NPARAMS 1
#define PPME_SYSCALL_OPEN_E 2
#define PPME_SYSCALL_OPEN_E_NPARAMS 3
#define PPME_SYSCALL_OPEN_X 3
#define PPME_SYSCALL_OPEN_X_NPARAMS 5
#define PPME_SYSCALL_CLOSE_E 4
#define PPME_SYSCALL_CLOSE_E_NPARAMS 1
#define PPME_SYSCALL_CLOSE_X 5
#define PPME_SYSCALL_CLOSE_X_NPARAMS 1
#define PPME_SYSCALL_READ_E 6
#define PPME_SYSCALL_READ_E_NPARAMS 2
#define PPME_SYSCALL_READ_X 7
#define PPME_SYSCALL_READ_X_NPARAMS 2
#define PPME_SYSCALL_WRITE_E 8
#define PPME_SYSCALL_WRITE_E_NPARAMS 2
#define PPME_SYSCALL_WRITE_X 9
#define PPME_SYSCALL_WRITE_X_NPARAMS 2
#define PPME_SYSCALL_BRK_1_E 10
#define PPME_SYSCALL_BRK_1_E_NPARAMS 1
#define PPME_SYSCALL_BRK_1_X 11
#define PPME_SYSCALL_BRK_1_X_NPARAMS 1
#define PPME_SYSCALL_EXECVE_8_E 12
#define PPME_SYSCALL_EXECVE_8_E_NPARAMS 0
#define PPME_SYSCALL_EXECVE_8_X 13
#define PPME_SYSCALL_EXECVE_8_X_NPARAMS 8
#define PPME_SYSCALL_CLONE_11_E 14
#define PPME_SYSCALL_CLONE_11_E_NPARAMS 0
#define PPME_SYSCALL_CLONE_11_X 15
#define PPME_SYSCALL_CLONE_11_X_NPARAMS 11
#define PPME_PROCEXIT_E 16
#define PPME_PROCEXIT_E_NPARAMS 0
#define PPME_PROCEXIT_X 17
#define PPME_PROCEXIT_X_NPARAMS 0
#define PPME_SOCKET_SOCKET_E 18
#define PPME_SOCKET_SOCKET_E_NPARAMS 3
#define PPME_SOCKET_SOCKET_X 19
#define PPME_SOCKET_SOCKET_X_NPARAMS 1
#define PPME_SOCKET_BIND_E 20
#define PPME_SOCKET_BIND_E_NPARAMS 1
#define PPME_SOCKET_BIND_X 21
#define PPME_SOCKET_BIND_X_NPARAMS 2
#define PPME_SOCKET_CONNECT_E 22
#define PPME_SOCKET_CONNECT_E_NPARAMS 2
#define PPME_SOCKET_CONNECT_X 23
#define PPME_SOCKET_CONNECT_X_NPARAMS 2
#define PPME_SOCKET_LISTEN_E 24
#define PPME_SOCKET_LISTEN_E_NPARAMS 2
#define PPME_SOCKET_LISTEN_X 25
#define PPME_SOCKET_LISTEN_X_NPARAMS 1
#define PPME_SOCKET_ACCEPT_E 26
#define PPME_SOCKET_ACCEPT_E_NPARAMS 0
#define PPME_SOCKET_ACCEPT_X 27
#define PPME_SOCKET_ACCEPT_X_NPARAMS 3
#define PPME_SOCKET_SEND_E 28
#define PPME_SOCKET_SEND_E_NPARAMS 2
#define PPME_SOCKET_SEND_X 29
#define PPME_SOCKET_SEND_X_NPARAMS 2
#define PPME_SOCKET_SENDTO_E 30
#define PPME_SOCKET_SENDTO_E_NPARAMS 3
#define PPME_SOCKET_SENDTO_X 31
#define PPME_SOCKET_SENDTO_X_NPARAMS 2
#define PPME_SOCKET_RECV_E 32
#define PPME_SOCKET_RECV_E_NPARAMS 2
#define PPME_SOCKET_RECV_X 33
#define PPME_SOCKET_RECV_X_NPARAMS 2
#define PPME_SOCKET_RECVFROM_E 34
#define PPME_SOCKET_RECVFROM_E_NPARAMS 2
#define PPME_SOCKET_RECVFROM_X 35
#define PPME_SOCKET_RECVFROM_X_NPARAMS 3
#define PPME_SOCKET_SHUTDOWN_E 36
#define PPME_SOCKET_SHUTDOWN_E_NPARAMS 2
#define PPME_SOCKET_SHUTDOWN_X 37
#define PPME_SOCKET_SHUTDOWN_X_NPARAMS 1
#define PPME_SOCKET_GETSOCKNAME_E 38
#define PPME_SOCKET_GETSOCKNAME_E_NPARAMS 0
#define PPME_SOCKET_GETSOCKNAME_X 39
#define PPME_SOCKET_GETSOCKNAME_X_NPARAMS 0
#define PPME_SOCKET_GETPEERNAME_E 40
#define PPME_SOCKET_GETPEERNAME_E_NPARAMS 0
#define PPME_SOCKET_GETPEERNAME_X 41
#define PPME_SOCKET_GETPEERNAME_X_NPARAMS 0
#define PPME_SOCKET_SOCKETPAIR_E 42
#define PPME_SOCKET_SOCKETPAIR_E_NPARAMS 3
#define PPME_SOCKET_SOCKETPAIR_X 43
#define PPME_SOCKET_SOCKETPAIR_X_NPARAMS 5
#define PPME_SOCKET_SETSOCKOPT_E 44
#define PPME_SOCKET_SETSOCKOPT_E_NPARAMS 0
#define PPME_SOCKET_SETSOCKOPT_X 45
#define PPME_SOCKET_SETSOCKOPT_X_NPARAMS 6
#define PPME_SOCKET_GETSOCKOPT_E 46
#define PPME_SOCKET_GETSOCKOPT_E_NPARAMS 0
#define PPME_SOCKET_GETSOCKOPT_X 47
#define PPME_SOCKET_GETSOCKOPT_X_NPARAMS 6
#define PPME_SOCKET_SENDMSG_E 48
#define PPME_SOCKET_SENDMSG_E_NPARAMS 3
#define PPME_SOCKET_SENDMSG_X 49
#define PPME_SOCKET_SENDMSG_X_NPARAMS 2
#define PPME_SOCKET_SENDMMSG_E 50
#define PPME_SOCKET_SENDMMSG_E_NPARAMS 0
#define PPME_SOCKET_SENDMMSG_X 51
#define PPME_SOCKET_SENDMMSG_X_NPARAMS 0
#define PPME_SOCKET_RECVMSG_E 52
#define PPME_SOCKET_RECVMSG_E_NPARAMS 1
#define PPME_SOCKET_RECVMSG_X 53
#define PPME_SOCKET_RECVMSG_X_NPARAMS 4
#define PPME_SOCKET_RECVMMSG_E 54
#define PPME_SOCKET_RECVMMSG_E_NPARAMS 0
#define PPME_SOCKET_RECVMMSG_X 55
#define PPME_SOCKET_RECVMMSG_X_NPARAMS 0
#define PPME_SOCKET_ACCEPT4_E 56
#define PPME_SOCKET_ACCEPT4_E_NPARAMS 1
#define PPME_SOCKET_ACCEPT4_X 57
#define PPME_SOCKET_ACCEPT4_X_NPARAMS 3
#define PPME_SYSCALL_CREAT_E 58
#define PPME_SYSCALL_CREAT_E_NPARAMS 2
#define PPME_SYSCALL_CREAT_X 59
#define PPME_SYSCALL_CREAT_X_NPARAMS 4
#define PPME_SYSCALL_PIPE_E 60
#define PPME_SYSCALL_PIPE_E_NPARAMS 0
#define PPME_SYSCALL_PIPE_X 61
#define PPME_SYSCALL_PIPE_X_NPARAMS 4
#define PPME_SYSCALL_EVENTFD_E 62
#define PPME_SYSCALL_EVENTFD_E_NPARAMS 2
#define PPME_SYSCALL_EVENTFD_X 63
#define PPME_SYSCALL_EVENTFD_X_NPARAMS 1
#define PPME_SYSCALL_FUTEX_E 64
#define PPME_SYSCALL_FUTEX_E_NPARAMS 3
#define PPME_SYSCALL_FUTEX_X 65
#define PPME_SYSCALL_FUTEX_X_NPARAMS 1
#define PPME_SYSCALL_STAT_E 66
#define PPME_SYSCALL_STAT_E_NPARAMS 0
#define PPME_SYSCALL_STAT_X 67
#define PPME_SYSCALL_STAT_X_NPARAMS 2
#define PPME_SYSCALL_LSTAT_E 68
#define PPME_SYSCALL_LSTAT_E_NPARAMS 0
#define PPME_SYSCALL_LSTAT_X 69
#define PPME_SYSCALL_LSTAT_X_NPARAMS 2
#define PPME_SYSCALL_FSTAT_E 70
#define PPME_SYSCALL_FSTAT_E_NPARAMS 1
#define PPME_SYSCALL_FSTAT_X 71
#define PPME_SYSCALL_FSTAT_X_NPARAMS 1
#define PPME_SYSCALL_STAT64_E 72
#define PPME_SYSCALL_STAT64_E_NPARAMS 0
#define PPME_SYSCALL_STAT64_X 73
#define PPME_SYSCALL_STAT64_X_NPARAMS 2
#define PPME_SYSCALL_LSTAT64_E 74
#define PPME_SYSCALL_LSTAT64_E_NPARAMS 0
#define PPME_SYSCALL_LSTAT64_X 75
#define PPME_SYSCALL_LSTAT64_X_NPARAMS 2
#define PPME_SYSCALL_FSTAT64_E 76
#define PPME_SYSCALL_FSTAT64_E_NPARAMS 1
#define PPME_SYSCALL_FSTAT64_X 77
#define PPME_SYSCALL_FSTAT64_X_NPARAMS 1
#define PPME_SYSCALL_EPOLLWAIT_E 78
#define PPME_SYSCALL_EPOLLWAIT_E_NPARAMS 1
#define PPME_SYSCALL_EPOLLWAIT_X 79
#define PPME_SYSCALL_EPOLLWAIT_X_NPARAMS 1
#define PPME_SYSCALL_POLL_E 80
#define PPME_SYSCALL_POLL_E_NPARAMS 2
#define PPME_SYSCALL_POLL_X 81
#define PPME_SYSCALL_POLL_X_NPARAMS 2
#define PPME_SYSCALL_SELECT_E 82
#define PPME_SYSCALL_SELECT_E_NPARAMS 0
#define PPME_SYSCALL_SELECT_X 83
#define PPME_SYSCALL_SELECT_X_NPARAMS 1
#define PPME_SYSCALL_NEWSELECT_E 84
#define PPME_SYSCALL_NEWSELECT_E_NPARAMS 0
#define PPME_SYSCALL_NEWSELECT_X 85
#define PPME_SYSCALL_NEWSELECT_X_NPARAMS 1
#define PPME_SYSCALL_LSEEK_E 86
#define PPME_SYSCALL_LSEEK_E_NPARAMS 3
#define PPME_SYSCALL_LSEEK_X 87
#define PPME_SYSCALL_LSEEK_X_NPARAMS 1
#define PPME_SYSCALL_LLSEEK_E 88
#define PPME_SYSCALL_LLSEEK_E_NPARAMS 3
#define PPME_SYSCALL_LLSEEK_X 89
#define PPME_SYSCALL_LLSEEK_X_NPARAMS 1
#define PPME_SYSCALL_IOCTL_2_E 90
#define PPME_SYSCALL_IOCTL_2_E_NPARAMS 2
#define PPME_SYSCALL_IOCTL_2_X 91
#define PPME_SYSCALL_IOCTL_2_X_NPARAMS 1
#define PPME_SYSCALL_GETCWD_E 92
#define PPME_SYSCALL_GETCWD_E_NPARAMS 0
#define PPME_SYSCALL_GETCWD_X 93
#define PPME_SYSCALL_GETCWD_X_NPARAMS 2
#define PPME_SYSCALL_CHDIR_E 94
#define PPME_SYSCALL_CHDIR_E_NPARAMS 0
#define PPME_SYSCALL_CHDIR_X 95
#define PPME_SYSCALL_CHDIR_X_NPARAMS 2
#define PPME_SYSCALL_FCHDIR_E 96
#define PPME_SYSCALL_FCHDIR_E_NPARAMS 1
#define PPME_SYSCALL_FCHDIR_X 97
#define PPME_SYSCALL_FCHDIR_X_NPARAMS 1
#define PPME_SYSCALL_MKDIR_E 98
#define PPME_SYSCALL_MKDIR_E_NPARAMS 2
#define PPME_SYSCALL_MKDIR_X 99
#define PPME_SYSCALL_MKDIR_X_NPARAMS 1
#define PPME_SYSCALL_RMDIR_E 100
#define PPME_SYSCALL_RMDIR_E_NPARAMS 1
#define PPME_SYSCALL_RMDIR_X 101
#define PPME_SYSCALL_RMDIR_X_NPARAMS 1
#define PPME_SYSCALL_OPENAT_E 102
#define PPME_SYSCALL_OPENAT_E_NPARAMS 4
#define PPME_SYSCALL_OPENAT_X 103
#define PPME_SYSCALL_OPENAT_X_NPARAMS 1
#define PPME_SYSCALL_LINK_E 104
#define PPME_SYSCALL_LINK_E_NPARAMS 2
#define PPME_SYSCALL_LINK_X 105
#define PPME_SYSCALL_LINK_X_NPARAMS 1
#define PPME_SYSCALL_LINKAT_E 106
#define PPME_SYSCALL_LINKAT_E_NPARAMS 4
#define PPME_SYSCALL_LINKAT_X 107
#define PPME_SYSCALL_LINKAT_X_NPARAMS 1
#define PPME_SYSCALL_UNLINK_E 108
#define PPME_SYSCALL_UNLINK_E_NPARAMS 1
#define PPME_SYSCALL_UNLINK_X 109
#define PPME_SYSCALL_UNLINK_X_NPARAMS 1
#define PPME_SYSCALL_UNLINKAT_E 110
#define PPME_SYSCALL_UNLINKAT_E_NPARAMS 2
#define PPME_SYSCALL_UNLINKAT_X 111
#define PPME_SYSCALL_UNLINKAT_X_NPARAMS 1
#define PPME_SYSCALL_PREAD_E 112
#define PPME_SYSCALL_PREAD_E_NPARAMS 3
#define PPME_SYSCALL_PREAD_X 113
#define PPME_SYSCALL_PREAD_X_NPARAMS 2
#define PPME_SYSCALL_PWRITE_E 114
#define PPME_SYSCALL_PWRITE_E_NPARAMS 3
#define PPME_SYSCALL_PWRITE_X 115
#define PPME_SYSCALL_PWRITE_X_NPARAMS 2
#define PPME_SYSCALL_READV_E 116
#define PPME_SYSCALL_READV_E_NPARAMS 1
#define PPME_SYSCALL_READV_X 117
#define PPME_SYSCALL_READV_X_NPARAMS 3
#define PPME_SYSCALL_WRITEV_E 118
#define PPME_SYSCALL_WRITEV_E_NPARAMS 2
#define PPME_SYSCALL_WRITEV_X 119
#define PPME_SYSCALL_WRITEV_X_NPARAMS 2
#define PPME_SYSCALL_PREADV_E 120
#define PPME_SYSCALL_PREADV_E_NPARAMS 2
#define PPME_SYSCALL_PREADV_X 121
#define PPME_SYSCALL_PREADV_X_NPARAMS 3
#define PPME_SYSCALL_PWRITEV_E 122
#define PPME_SYSCALL_PWRITEV_E_NPARAMS 3
#define PPME_SYSCALL_PWRITEV_X 123
#define PPME_SYSCALL_PWRITEV_X_NPARAMS 2
#define PPME_SYSCALL_DUP_E 124
#define PPME_SYSCALL_DUP_E_NPARAMS 1
#define PPME_SYSCALL_DUP_X 125
#define PPME_SYSCALL_DUP_X_NPARAMS 1
#define PPME_SYSCALL_SIGNALFD_E 126
#define PPME_SYSCALL_SIGNALFD_E_NPARAMS 3
#define PPME_SYSCALL_SIGNALFD_X 127
#define PPME_SYSCALL_SIGNALFD_X_NPARAMS 1
#define PPME_SYSCALL_KILL_E 128
#define PPME_SYSCALL_KILL_E_NPARAMS 2
#define PPME_SYSCALL_KILL_X 129
#define PPME_SYSCALL_KILL_X_NPARAMS 1
#define PPME_SYSCALL_TKILL_E 130
#define PPME_SYSCALL_TKILL_E_NPARAMS 2
#define PPME_SYSCALL_TKILL_X 131
#define PPME_SYSCALL_TKILL_X_NPARAMS 1
#define PPME_SYSCALL_TGKILL_E 132
#define PPME_SYSCALL_TGKILL_E_NPARAMS 3
#define PPME_SYSCALL_TGKILL_X 133
#define PPME_SYSCALL_TGKILL_X_NPARAMS 1
#define PPME_SYSCALL_NANOSLEEP_E 134
#define PPME_SYSCALL_NANOSLEEP_E_NPARAMS 1
#define PPME_SYSCALL_NANOSLEEP_X 135
#define PPME_SYSCALL_NANOSLEEP_X_NPARAMS 1
#define PPME_SYSCALL_TIMERFD_CREATE_E 136
#define PPME_SYSCALL_TIMERFD_CREATE_E_NPARAMS 2
#define PPME_SYSCALL_TIMERFD_CREATE_X 137
#define PPME_SYSCALL_TIMERFD_CREATE_X_NPARAMS 1
#define PPME_SYSCALL_INOTIFY_INIT_E 138
#define PPME_SYSCALL_INOTIFY_INIT_E_NPARAMS 1
#define PPME_SYSCALL_INOTIFY_INIT_X 139
#define PPME_SYSCALL_INOTIFY_INIT_X_NPARAMS 1
#define PPME_SYSCALL_GETRLIMIT_E 140
#define PPME_SYSCALL_GETRLIMIT_E_NPARAMS 1
#define PPME_SYSCALL_GETRLIMIT_X 141
#define PPME_SYSCALL_GETRLIMIT_X_NPARAMS 3
#define PPME_SYSCALL_SETRLIMIT_E 142
#define PPME_SYSCALL_SETRLIMIT_E_NPARAMS 1
#define PPME_SYSCALL_SETRLIMIT_X 143
#define PPME_SYSCALL_SETRLIMIT_X_NPARAMS 3
#define PPME_SYSCALL_PRLIMIT_E 144
#define PPME_SYSCALL_PRLIMIT_E_NPARAMS 2
#define PPME_SYSCALL_PRLIMIT_X 145
#define PPME_SYSCALL_PRLIMIT_X_NPARAMS 5
#define PPME_SCHEDSWITCH_1_E 146
#define PPME_SCHEDSWITCH_1_E_NPARAMS 1
#define PPME_SCHEDSWITCH_1_X 147
#define PPME_SCHEDSWITCH_1_X_NPARAMS 0
#define PPME_DROP_E 148
#define PPME_DROP_E_NPARAMS 1
#define PPME_DROP_X 149
#define PPME_DROP_X_NPARAMS 1
#define PPME_SYSCALL_FCNTL_E 150
#define PPME_SYSCALL_FCNTL_E_NPARAMS 2
#define PPME_SYSCALL_FCNTL_X 151
#define PPME_SYSCALL_FCNTL_X_NPARAMS 1
#define PPME_SCHEDSWITCH_6_E 152
#define PPME_SCHEDSWITCH_6_E_NPARAMS 6
#define PPME_SCHEDSWITCH_6_X 153
#define PPME_SCHEDSWITCH_6_X_NPARAMS 0
#define PPME_SYSCALL_EXECVE_13_E 154
#define PPME_SYSCALL_EXECVE_13_E_NPARAMS 0
#define PPME_SYSCALL_EXECVE_13_X 155
#define PPME_SYSCALL_EXECVE_13_X_NPARAMS 13
#define PPME_SYSCALL_CLONE_16_E 156
#define PPME_SYSCALL_CLONE_16_E_NPARAMS 0
#define PPME_SYSCALL_CLONE_16_X 157
#define PPME_SYSCALL_CLONE_16_X_NPARAMS 16
#define PPME_SYSCALL_BRK_4_E 158
#define PPME_SYSCALL_BRK_4_E_NPARAMS 1
#define PPME_SYSCALL_BRK_4_X 159
#define PPME_SYSCALL_BRK_4_X_NPARAMS 4
#define PPME_SYSCALL_MMAP_E 160
#define PPME_SYSCALL_MMAP_E_NPARAMS 6
#define PPME_SYSCALL_MMAP_X 161
#define PPME_SYSCALL_MMAP_X_NPARAMS 4
#define PPME_SYSCALL_MMAP2_E 162
#define PPME_SYSCALL_MMAP2_E_NPARAMS 6
#define PPME_SYSCALL_MMAP2_X 163
#define PPME_SYSCALL_MMAP2_X_NPARAMS 4
#define PPME_SYSCALL_MUNMAP_E 164
#define PPME_SYSCALL_MUNMAP_E_NPARAMS 2
#define PPME_SYSCALL_MUNMAP_X 165
#define PPME_SYSCALL_MUNMAP_X_NPARAMS 4
#define PPME_SYSCALL_SPLICE_E 166
#define PPME_SYSCALL_SPLICE_E_NPARAMS 4
#define PPME_SYSCALL_SPLICE_X 167
#define PPME_SYSCALL_SPLICE_X_NPARAMS 1
#define PPME_SYSCALL_PTRACE_E 168
#define PPME_SYSCALL_PTRACE_E_NPARAMS 2
#define PPME_SYSCALL_PTRACE_X 169
#define PPME_SYSCALL_PTRACE_X_NPARAMS 3
#define PPME_SYSCALL_IOCTL_3_E 170
#define PPME_SYSCALL_IOCTL_3_E_NPARAMS 3
#define PPME_SYSCALL_IOCTL_3_X 171
#define PPME_SYSCALL_IOCTL_3_X_NPARAMS 1
#define PPME_SYSCALL_EXECVE_14_E 172
#define PPME_SYSCALL_EXECVE_14_E_NPARAMS 0
#define PPME_SYSCALL_EXECVE_14_X 173
#define PPME_SYSCALL_EXECVE_14_X_NPARAMS 14
#define PPME_SYSCALL_RENAME_E 174
#define PPME_SYSCALL_RENAME_E_NPARAMS 0
#define PPME_SYSCALL_RENAME_X 175
#define PPME_SYSCALL_RENAME_X_NPARAMS 3
#define PPME_SYSCALL_RENAMEAT_E 176
#define PPME_SYSCALL_RENAMEAT_E_NPARAMS 0
#define PPME_SYSCALL_RENAMEAT_X 177
#define PPME_SYSCALL_RENAMEAT_X_NPARAMS 5
#define PPME_SYSCALL_SYMLINK_E 178
#define PPME_SYSCALL_SYMLINK_E_NPARAMS 0
#define PPME_SYSCALL_SYMLINK_X 179
#define PPME_SYSCALL_SYMLINK_X_NPARAMS 3
#define PPME_SYSCALL_SYMLINKAT_E 180
#define PPME_SYSCALL_SYMLINKAT_E_NPARAMS 0
#define PPME_SYSCALL_SYMLINKAT_X 181
#define PPME_SYSCALL_SYMLINKAT_X_NPARAMS 4
#define PPME_SYSCALL_FORK_E 182
#define PPME_SYSCALL_FORK_E_NPARAMS 0
#define PPME_SYSCALL_FORK_X 183
#define PPME_SYSCALL_FORK_X_NPARAMS 16
#define PPME_SYSCALL_VFORK_E 184
#define PPME_SYSCALL_VFORK_E_NPARAMS 0
#define PPME_SYSCALL_VFORK_X 185
#define PPME_SYSCALL_VFORK_X_NPARAMS 16
#define PPME_PROCEXIT_1_E 186
#define PPME_PROCEXIT_1_E_NPARAMS 4
#define PPME_PROCEXIT_1_X 187
#define PPME_PROCEXIT_1_X_NPARAMS 0
#define PPME_SYSCALL_SENDFILE_E 188
#define PPME_SYSCALL_SENDFILE_E_NPARAMS 4
#define PPME_SYSCALL_SENDFILE_X 189
#define PPME_SYSCALL_SENDFILE_X_NPARAMS 2
#define PPME_SYSCALL_QUOTACTL_E 190
#define PPME_SYSCALL_QUOTACTL_E_NPARAMS 4
#define PPME_SYSCALL_QUOTACTL_X 191
#define PPME_SYSCALL_QUOTACTL_X_NPARAMS 14
#define PPME_SYSCALL_SETRESUID_E 192
#define PPME_SYSCALL_SETRESUID_E_NPARAMS 3
#define PPME_SYSCALL_SETRESUID_X 193
#define PPME_SYSCALL_SETRESUID_X_NPARAMS 1
#define PPME_SYSCALL_SETRESGID_E 194
#define PPME_SYSCALL_SETRESGID_E_NPARAMS 3
#define PPME_SYSCALL_SETRESGID_X 195
#define PPME_SYSCALL_SETRESGID_X_NPARAMS 1
#define PPME_SYSDIGEVENT_E 196
#define PPME_SYSDIGEVENT_E_NPARAMS 2
#define PPME_SYSDIGEVENT_X 197
#define PPME_SYSDIGEVENT_X_NPARAMS 0
#define PPME_SYSCALL_SETUID_E 198
#define PPME_SYSCALL_SETUID_E_NPARAMS 1
#define PPME_SYSCALL_SETUID_X 199
#define PPME_SYSCALL_SETUID_X_NPARAMS 1
#define PPME_SYSCALL_SETGID_E 200
#define PPME_SYSCALL_SETGID_E_NPARAMS 1
#define PPME_SYSCALL_SETGID_X 201
#define PPME_SYSCALL_SETGID_X_NPARAMS 1
#define PPME_SYSCALL_GETUID_E 202
#define PPME_SYSCALL_GETUID_E_NPARAMS 0
#define PPME_SYSCALL_GETUID_X 203
#define PPME_SYSCALL_GETUID_X_NPARAMS 1
#define PPME_SYSCALL_GETEUID_E 204
#define PPME_SYSCALL_GETEUID_E_NPARAMS 0
#define PPME_SYSCALL_GETEUID_X 205
#define PPME_SYSCALL_GETEUID_X_NPARAMS 1
#define PPME_SYSCALL_GETGID_E 206
#define PPME_SYSCALL_GETGID_E_NPARAMS 0
#define PPME_SYSCALL_GETGID_X 207
#define PPME_SYSCALL_GETGID_X_NPARAMS 1
#define PPME_SYSCALL_GETEGID_E 208
#define PPME_SYSCALL_GETEGID_E_NPARAMS 0
#define PPME_SYSCALL_GETEGID_X 209
#define PPME_SYSCALL_GETEGID_X_NPARAMS 1
#define PPME_SYSCALL_GETRESUID_E 210
#define PPME_SYSCALL_GETRESUID_E_NPARAMS 0
#define PPME_SYSCALL_GETRESUID_X 211
#define PPME_SYSCALL_GETRESUID_X_NPARAMS 4
#define PPME_SYSCALL_GETRESGID_E 212
#define PPME_SYSCALL_GETRESGID_E_NPARAMS 0
#define PPME_SYSCALL_GETRESGID_X 213
#define PPME_SYSCALL_GETRESGID_X_NPARAMS 4
#define PPME_SYSCALL_EXECVE_15_E 214
#define PPME_SYSCALL_EXECVE_15_E_NPARAMS 0
#define PPME_SYSCALL_EXECVE_15_X 215
#define PPME_SYSCALL_EXECVE_15_X_NPARAMS 15
#define PPME_SYSCALL_CLONE_17_E 216
#define PPME_SYSCALL_CLONE_17_E_NPARAMS 0
#define PPME_SYSCALL_CLONE_17_X 217
#define PPME_SYSCALL_CLONE_17_X_NPARAMS 17
#define PPME_SYSCALL_FORK_17_E 218
#define PPME_SYSCALL_FORK_17_E_NPARAMS 0
#define PPME_SYSCALL_FORK_17_X 219
#define PPME_SYSCALL_FORK_17_X_NPARAMS 17
#define PPME_SYSCALL_VFORK_17_E 220
#define PPME_SYSCALL_VFORK_17_E_NPARAMS 0
#define PPME_SYSCALL_VFORK_17_X 221
#define PPME_SYSCALL_VFORK_17_X_NPARAMS 17
#define PPME_SYSCALL_CLONE_20_E 222
#define PPME_SYSCALL_CLONE_20_E_NPARAMS 0
#define PPME_SYSCALL_CLONE_20_X 223
#define PPME_SYSCALL_CLONE_20_X_NPARAMS 20
#define PPME_SYSCALL_FORK_20_E 224
#define PPME_SYSCALL_FORK_20_E_NPARAMS 0
#define PPME_SYSCALL_FORK_20_X 225
#define PPME_SYSCALL_FORK_20_X_NPARAMS 20
#define PPME_SYSCALL_VFORK_20_E 226
#define PPME_SYSCALL_VFORK_20_E_NPARAMS 0
#define PPME_SYSCALL_VFORK_20_X 227
#define PPME_SYSCALL_VFORK_20_X_NPARAMS 20
#define PPME_CONTAINER_E 228
#define PPME_CONTAINER_E_NPARAMS 4
#define PPME_CONTAINER_X 229
#define PPME_CONTAINER_X_NPARAMS 0
#define PPME_SYSCALL_EXECVE_16_E 230
#define PPME_SYSCALL_EXECVE_16_E_NPARAMS 0
#define PPME_SYSCALL_EXECVE_16_X 231
#define PPME_SYSCALL_EXECVE_16_X_NPARAMS 16
#define PPME_SIGNALDELIVER_E 232
#define PPME_SIGNALDELIVER_E_NPARAMS 3
#define PPME_SIGNALDELIVER_X 233
#define PPME_SIGNALDELIVER_X_NPARAMS 0
#define PPME_PROCINFO_E 234
#define PPME_PROCINFO_E_NPARAMS 2
#define PPME_PROCINFO_X 235
#define PPME_PROCINFO_X_NPARAMS 0
#define PPME_SYSCALL_GETDENTS_E 236
#define PPME_SYSCALL_GETDENTS_E_NPARAMS 1
#define PPME_SYSCALL_GETDENTS_X 237
#define PPME_SYSCALL_GETDENTS_X_NPARAMS 1
#define PPME_SYSCALL_GETDENTS64_E 238
#define PPME_SYSCALL_GETDENTS64_E_NPARAMS 1
#define PPME_SYSCALL_GETDENTS64_X 239
#define PPME_SYSCALL_GETDENTS64_X_NPARAMS 1
#define PPME_SYSCALL_SETNS_E 240
#define PPME_SYSCALL_SETNS_E_NPARAMS 2
#define PPME_SYSCALL_SETNS_X 241
#define PPME_SYSCALL_SETNS_X_NPARAMS 1
#define PPME_SYSCALL_FLOCK_E 242
#define PPME_SYSCALL_FLOCK_E_NPARAMS 2
#define PPME_SYSCALL_FLOCK_X 243
#define PPME_SYSCALL_FLOCK_X_NPARAMS 1
#define PPME_CPU_HOTPLUG_E 244
#define PPME_CPU_HOTPLUG_E_NPARAMS 2
#define PPME_CPU_HOTPLUG_X 245
#define PPME_CPU_HOTPLUG_X_NPARAMS 0
#define PPME_SOCKET_ACCEPT_5_E 246
#define PPME_SOCKET_ACCEPT_5_E_NPARAMS 0
#define PPME_SOCKET_ACCEPT_5_X 247
#define PPME_SOCKET_ACCEPT_5_X_NPARAMS 5
#define PPME_SOCKET_ACCEPT4_5_E 248
#define PPME_SOCKET_ACCEPT4_5_E_NPARAMS 1
#define PPME_SOCKET_ACCEPT4_5_X 249
#define PPME_SOCKET_ACCEPT4_5_X_NPARAMS 5
#define PPME_SYSCALL_SEMOP_E 250
#define PPME_SYSCALL_SEMOP_E_NPARAMS 1
#define PPME_SYSCALL_SEMOP_X 251
#define PPME_SYSCALL_SEMOP_X_NPARAMS 8
#define PPME_SYSCALL_SEMCTL_E 252
#define PPME_SYSCALL_SEMCTL_E_NPARAMS 4
#define PPME_SYSCALL_SEMCTL_X 253
#define PPME_SYSCALL_SEMCTL_X_NPARAMS 1
#define PPME_SYSCALL_PPOLL_E 254
#define PPME_SYSCALL_PPOLL_E_NPARAMS 3
#define PPME_SYSCALL_PPOLL_X 255
#define PPME_SYSCALL_PPOLL_X_NPARAMS 2
#define PPME_SYSCALL_MOUNT_E 256
#define PPME_SYSCALL_MOUNT_E_NPARAMS 1
#define PPME_SYSCALL_MOUNT_X 257
#define PPME_SYSCALL_MOUNT_X_NPARAMS 4
#define PPME_SYSCALL_UMOUNT_E 258
#define PPME_SYSCALL_UMOUNT_E_NPARAMS 1
#define PPME_SYSCALL_UMOUNT_X 259
#define PPME_SYSCALL_UMOUNT_X_NPARAMS 2
#define PPME_K8S_E 260
#define PPME_K8S_E_NPARAMS 1
#define PPME_K8S_X 261
#define PPME_K8S_X_NPARAMS 0
#define PPME_SYSCALL_SEMGET_E 262
#define PPME_SYSCALL_SEMGET_E_NPARAMS 3
#define PPME_SYSCALL_SEMGET_X 263
#define PPME_SYSCALL_SEMGET_X_NPARAMS 1
#define PPME_SYSCALL_ACCESS_E 264
#define PPME_SYSCALL_ACCESS_E_NPARAMS 1
#define PPME_SYSCALL_ACCESS_X 265
#define PPME_SYSCALL_ACCESS_X_NPARAMS 2
#define PPME_SYSCALL_CHROOT_E 266
#define PPME_SYSCALL_CHROOT_E_NPARAMS 0
#define PPME_SYSCALL_CHROOT_X 267
#define PPME_SYSCALL_CHROOT_X_NPARAMS 2
#define PPME_TRACER_E 268
#define PPME_TRACER_E_NPARAMS 3
#define PPME_TRACER_X 269
#define PPME_TRACER_X_NPARAMS 3
#define PPME_MESOS_E 270
#define PPME_MESOS_E_NPARAMS 1
#define PPME_MESOS_X 271
#define PPME_MESOS_X_NPARAMS 0
#define PPME_CONTAINER_JSON_E 272
#define PPME_CONTAINER_JSON_E_NPARAMS 1
#define PPME_CONTAINER_JSON_X 273
#define PPME_CONTAINER_JSON_X_NPARAMS 0
#define PPME_SYSCALL_SETSID_E 274
#define PPME_SYSCALL_SETSID_E_NPARAMS 0
#define PPME_SYSCALL_SETSID_X 275
#define PPME_SYSCALL_SETSID_X_NPARAMS 1
#define PPME_SYSCALL_MKDIR_2_E 276
#define PPME_SYSCALL_MKDIR_2_E_NPARAMS 1
#define PPME_SYSCALL_MKDIR_2_X 277
#define PPME_SYSCALL_MKDIR_2_X_NPARAMS 2
#define PPME_SYSCALL_RMDIR_2_E 278
#define PPME_SYSCALL_RMDIR_2_E_NPARAMS 0
#define PPME_SYSCALL_RMDIR_2_X 279
#define PPME_SYSCALL_RMDIR_2_X_NPARAMS 2
#define PPME_NOTIFICATION_E 280
#define PPME_NOTIFICATION_E_NPARAMS 2
#define PPME_NOTIFICATION_X 281
#define PPME_NOTIFICATION_X_NPARAMS 0
#define PPME_SYSCALL_EXECVE_17_E 282
#define PPME_SYSCALL_EXECVE_17_E_NPARAMS 0
#define PPME_SYSCALL_EXECVE_17_X 283
#define PPME_SYSCALL_EXECVE_17_X_NPARAMS 17
#define PPME_SYSCALL_UNSHARE_E 284
#define PPME_SYSCALL_UNSHARE_E_NPARAMS 1
#define PPME_SYSCALL_UNSHARE_X 285
#define PPME_SYSCALL_UNSHARE_X_NPARAMS 1
#define PPME_INFRASTRUCTURE_EVENT_E 286
#define PPME_INFRASTRUCTURE_EVENT_E_NPARAMS 4
#define PPME_INFRASTRUCTURE_EVENT_X 287
#define PPME_INFRASTRUCTURE_EVENT_X_NPARAMS 0
#define PPME_SYSCALL_EXECVE_18_E 288
#define PPME_SYSCALL_EXECVE_18_E_NPARAMS 1
#define PPME_SYSCALL_EXECVE_18_X 289
#define PPME_SYSCALL_EXECVE_18_X_NPARAMS 17
#define PPME_PAGE_FAULT_E 290
#define PPME_PAGE_FAULT_E_NPARAMS 3
#define PPME_PAGE_FAULT_X 291
#define PPME_PAGE_FAULT_X_NPARAMS 0
#define PPME_SYSCALL_EXECVE_19_E 292
#define PPME_SYSCALL_EXECVE_19_E_NPARAMS 1
#define PPME_SYSCALL_EXECVE_19_X 293
#define PPME_SYSCALL_EXECVE_19_X_NPARAMS 20
#define PPME_SYSCALL_SETPGID_E 294
#define PPME_SYSCALL_SETPGID_E_NPARAMS 2
#define PPME_SYSCALL_SETPGID_X 295
#define PPME_SYSCALL_SETPGID_X_NPARAMS 1
#define PPME_SYSCALL_BPF_E 296
#define PPME_SYSCALL_BPF_E_NPARAMS 1
#define PPME_SYSCALL_BPF_X 297
#define PPME_SYSCALL_BPF_X_NPARAMS 1
#define PPME_SYSCALL_SECCOMP_E 298
#define PPME_SYSCALL_SECCOMP_E_NPARAMS 1
#define PPME_SYSCALL_SECCOMP_X 299
#define PPME_SYSCALL_SECCOMP_X_NPARAMS 1
#define PPME_SYSCALL_UNLINK_2_E 300
#define PPME_SYSCALL_UNLINK_2_E_NPARAMS 0
#define PPME_SYSCALL_UNLINK_2_X 301
#define PPME_SYSCALL_UNLINK_2_X_NPARAMS 2
#define PPME_SYSCALL_UNLINKAT_2_E 302
#define PPME_SYSCALL_UNLINKAT_2_E_NPARAMS 0
#define PPME_SYSCALL_UNLINKAT_2_X 303
#define PPME_SYSCALL_UNLINKAT_2_X_NPARAMS 4
#define PPME_SYSCALL_MKDIRAT_E 304
#define PPME_SYSCALL_MKDIRAT_E_NPARAMS 0
#define PPME_SYSCALL_MKDIRAT_X 305
#define PPME_SYSCALL_MKDIRAT_X_NPARAMS 4
#define PPME_SYSCALL_OPENAT_2_E 306
#define PPME_SYSCALL_OPENAT_2_E_NPARAMS 4
#define PPME_SYSCALL_OPENAT_2_X 307
#define PPME_SYSCALL_OPENAT_2_X_NPARAMS 6
#define PPME_SYSCALL_LINK_2_E 308
#define PPME_SYSCALL_LINK_2_E_NPARAMS 0
#define PPME_SYSCALL_LINK_2_X 309
#define PPME_SYSCALL_LINK_2_X_NPARAMS 3
#define PPME_SYSCALL_LINKAT_2_E 310
#define PPME_SYSCALL_LINKAT_2_E_NPARAMS 0
#define PPME_SYSCALL_LINKAT_2_X 311
#define PPME_SYSCALL_LINKAT_2_X_NPARAMS 6
#define PPME_SYSCALL_FCHMODAT_E 312
#define PPME_SYSCALL_FCHMODAT_E_NPARAMS 0
#define PPME_SYSCALL_FCHMODAT_X 313
#define PPME_SYSCALL_FCHMODAT_X_NPARAMS 4
#define PPME_SYSCALL_CHMOD_E 314
#define PPME_SYSCALL_CHMOD_E_NPARAMS 0
#define PPME_SYSCALL_CHMOD_X 315
#define PPME_SYSCALL_CHMOD_X_NPARAMS 3
#define PPME_SYSCALL_FCHMOD_E 316
#define PPME_SYSCALL_FCHMOD_E_NPARAMS 0
#define PPME_SYSCALL_FCHMOD_X 317
#define PPME_SYSCALL_FCHMOD_X_NPARAMS 3
#define PPME_SYSCALL_RENAMEAT2_E 318
#define PPME_SYSCALL_RENAMEAT2_E_NPARAMS 0
#define PPME_SYSCALL_RENAMEAT2_X 319
#define PPME_SYSCALL_RENAMEAT2_X_NPARAMS 6
#define PPME_SYSCALL_USERFAULTFD_E 320
#define PPME_SYSCALL_USERFAULTFD_E_NPARAMS 0
#define PPME_SYSCALL_USERFAULTFD_X 321
#define PPME_SYSCALL_USERFAULTFD_X_NPARAMS 2
#define PPME_PLUGINEVENT_E 322
#define PPME_PLUGINEVENT_E_NPARAMS 2
#define PPME_PLUGINEVENT_X 323
#define PPME_PLUGINEVENT_X_NPARAMS 0
#define PPME_CONTAINER_JSON_2_E 324
#define PPME_CONTAINER_JSON_2_E_NPARAMS 1
#define PPME_CONTAINER_JSON_2_X 325
#define PPME_CONTAINER_JSON_2_X_NPARAMS 0
#define PPME_SYSCALL_OPENAT2_E 326
#define PPME_SYSCALL_OPENAT2_E_NPARAMS 5
#define PPME_SYSCALL_OPENAT2_X 327
#define PPME_SYSCALL_OPENAT2_X_NPARAMS 6
#define PPME_SYSCALL_MPROTECT_E 328
#define PPME_SYSCALL_MPROTECT_E_NPARAMS 3
#define PPME_SYSCALL_MPROTECT_X 329
#define PPME_SYSCALL_MPROTECT_X_NPARAMS 1
#define PPME_SYSCALL_EXECVEAT_E 330
#define PPME_SYSCALL_EXECVEAT_E_NPARAMS 3
#define PPME_SYSCALL_EXECVEAT_X 331
#define PPME_SYSCALL_EXECVEAT_X_NPARAMS 20
#define PPME_SYSCALL_COPY_FILE_RANGE_E 332
#define PPME_SYSCALL_COPY_FILE_RANGE_E_NPARAMS 3
#define PPME_SYSCALL_COPY_FILE_RANGE_X 333
#define PPME_SYSCALL_COPY_FILE_RANGE_X_NPARAMS 3
#define PPME_SYSCALL_CLONE3_E 334
#define PPME_SYSCALL_CLONE3_E_NPARAMS 0
#define PPME_SYSCALL_CLONE3_X 335
#define PPME_SYSCALL_CLONE3_X_NPARAMS 20

struct syscall_route {
	__u16 enter_event; /* PPME_*_E when the driver routes the syscall to its own event */
	__u16 exit_event;
	__u16 ppm_sc;      /* PPM_SC_* code carried by the generic syscall event */
	__u16 used;        /* UF_USED: the syscall has its own event pair */
};

static const volatile struct syscall_route syscall_routes[SYSCALL_TABLE_SIZE] = {
	[0] = { 6, 7, 3, 1 }, /* read */
	[1] = { 8, 9, 4, 1 }, /* write */
	[2] = { 2, 3, 5, 1 }, /* open */
	[3] = { 4, 5, 6, 1 }, /* close */
	[4] = { 66, 67, 14, 1 }, /* stat */
	[5] = { 70, 71, 20, 1 }, /* fstat */
	[6] = { 68, 69, 50, 1 }, /* lstat */
	[7] = { 80, 81, 105, 1 }, /* poll */
	[8] = { 86, 87, 15, 1 }, /* lseek */
	[9] = { 160, 161, 55, 1 }, /* mmap */
	[10] = { 328, 329, 75, 1 }, /* mprotect */
	[11] = { 164, 165, 56, 1 }, /* munmap */
	[12] = { 158, 159, 32, 1 }, /* brk */
	[13] = { 0, 0, 107, 0 }, /* rt_sigaction */
	[14] = { 0, 0, 108, 0 }, /* rt_sigprocmask */
	[15] = { 0, 0, 298, 0 }, /* rt_sigreturn */
	[16] = { 170, 171, 34, 1 }, /* ioctl */
	[17] = { 112, 113, 294, 1 }, /* pread64 */
	[18] = { 114, 115, 295, 1 }, /* pwrite64 */
	[19] = { 116, 117, 87, 1 }, /* readv */
	[20] = { 118, 119, 88, 1 }, /* writev */
	[21] = { 264, 265, 23, 1 }, /* access */
	[22] = { 60, 61, 30, 1 }, /* pipe */
	[23] = { 82, 83, 84, 1 }, /* select */
	[24] = { 0, 0, 99, 0 }, /* sched_yield */
	[25] = { 0, 0, 104, 0 }, /* mremap */
	[26] = { 0, 0, 86, 0 }, /* msync */
	[27] = { 0, 0, 138, 0 }, /* mincore */
	[28] = { 0, 0, 139, 0 }, /* madvise */
	[29] = { 0, 0, 267, 0 }, /* shmget */
	[30] = { 0, 0, 297, 0 }, /* shmat */
	[31] = { 0, 0, 268, 0 }, /* shmctl */
	[32] = { 124, 125, 29, 1 }, /* dup */
	[33] = { 124, 125, 40, 1 }, /* dup2 */
	[34] = { 0, 1, 21, 1 }, /* pause */
	[35] = { 134, 135, 103, 1 }, /* nanosleep */
	[36] = { 0, 0, 66, 0 }, /* getitimer */
	[37] = { 0, 1, 19, 1 }, /* alarm */
	[38] = { 0, 0, 65, 0 }, /* setitimer */
	[39] = { 0, 0, 16, 0 }, /* getpid */
	[40] = { 188, 189, 116, 1 }, /* sendfile */
	[41] = { 18, 19, 241, 1 }, /* socket */
	[42] = { 22, 23, 243, 1 }, /* connect */
	[43] = { 246, 247, 245, 1 }, /* accept */
	[44] = { 30, 31, 249, 1 }, /* sendto */
	[45] = { 34, 35, 250, 1 }, /* recvfrom */
	[46] = { 48, 49, 254, 1 }, /* sendmsg */
	[47] = { 52, 53, 256, 1 }, /* recvmsg */
	[48] = { 36, 37, 251, 1 }, /* shutdown */
	[49] = { 20, 21, 242, 1 }, /* bind */
	[50] = { 24, 25, 244, 1 }, /* listen */
	[51] = { 38, 39, 246, 1 }, /* getsockname */
	[52] = { 40, 41, 247, 1 }, /* getpeername */
	[53] = { 42, 43, 248, 1 }, /* socketpair */
	[54] = { 44, 45, 252, 1 }, /* setsockopt */
	[55] = { 46, 47, 253, 1 }, /* getsockopt */
	[56] = { 222, 223, 327, 1 }, /* clone */
	[57] = { 224, 225, 303, 1 }, /* fork */
	[58] = { 226, 227, 304, 1 }, /* vfork */
	[59] = { 292, 293, 324, 1 }, /* execve */
	[60] = { 0, 0, 2, 0 }, /* exit */
	[61] = { 0, 0, 69, 0 }, /* wait4 */
	[62] = { 128, 129, 25, 1 }, /* kill */
	[63] = { 0, 0, 67, 0 }, /* uname */
	[64] = { 262, 263, 260, 1 }, /* semget */
	[65] = { 250, 251, 259, 1 }, /* semop */
	[66] = { 252, 253, 261, 1 }, /* semctl */
	[67] = { 0, 0, 266, 0 }, /* shmdt */
	[68] = { 0, 0, 264, 0 }, /* msgget */
	[69] = { 0, 0, 262, 0 }, /* msgsnd */
	[70] = { 0, 0, 263, 0 }, /* msgrcv */
	[71] = { 0, 0, 265, 0 }, /* msgctl */
	[72] = { 150, 151, 35, 1 }, /* fcntl */
	[73] = { 242, 243, 85, 1 }, /* flock */
	[74] = { 0, 0, 72, 0 }, /* fsync */
	[75] = { 0, 0, 90, 0 }, /* fdatasync */
	[76] = { 0, 0, 57, 0 }, /* truncate */
	[77] = { 0, 0, 58, 0 }, /* ftruncate */
	[78] = { 236, 237, 83, 1 }, /* getdents */
	[79] = { 92, 93, 113, 1 }, /* getcwd */
	[80] = { 94, 95, 10, 1 }, /* chdir */
	[81] = { 96, 97, 80, 1 }, /* fchdir */
	[82] = { 174, 175, 26, 1 }, /* rename */
	[83] = { 276, 277, 27, 1 }, /* mkdir */
	[84] = { 278, 279, 28, 1 }, /* rmdir */
	[85] = { 58, 59, 7, 1 }, /* creat */
	[86] = { 308, 309, 8, 1 }, /* link */
	[87] = { 300, 301, 9, 1 }, /* unlink */
	[88] = { 178, 179, 49, 1 }, /* symlink */
	[89] = { 0, 0, 51, 0 }, /* readlink */
	[90] = { 314, 315, 13, 1 }, /* chmod */
	[91] = { 316, 317, 59, 1 }, /* fchmod */
	[92] = { 0, 0, 132, 0 }, /* chown */
	[93] = { 0, 0, 127, 0 }, /* fchown */
	[94] = { 0, 1, 118, 1 }, /* lchown */
	[95] = { 0, 0, 37, 0 }, /* umask */
	[96] = { 0, 0, 47, 0 }, /* gettimeofday */
	[97] = { 140, 141, 117, 1 }, /* getrlimit */
	[98] = { 0, 0, 46, 0 }, /* getrusage */
	[99] = { 0, 0, 71, 0 }, /* sysinfo */
	[100] = { 0, 0, 31, 0 }, /* times */
	[101] = { 168, 169, 18, 1 }, /* ptrace */
	[102] = { 202, 203, 119, 1 }, /* getuid */
	[103] = { 0, 1, 64, 1 }, /* syslog */
	[104] = { 206, 207, 120, 1 }, /* getgid */
	[105] = { 198, 199, 133, 1 }, /* setuid */
	[106] = { 200, 201, 134, 1 }, /* setgid */
	[107] = { 204, 205, 121, 1 }, /* geteuid */
	[108] = { 208, 209, 122, 1 }, /* getegid */
	[109] = { 294, 295, 36, 1 }, /* setpgid */
	[110] = { 0, 0, 41, 0 }, /* getppid */
	[111] = { 0, 0, 42, 0 }, /* getpgrp */
	[112] = { 274, 275, 43, 1 }, /* setsid */
	[113] = { 0, 0, 123, 0 }, /* setreuid */
	[114] = { 0, 0, 124, 0 }, /* setregid */
	[115] = { 0, 0, 125, 0 }, /* getgroups */
	[116] = { 0, 0, 126, 0 }, /* setgroups */
	[117] = { 192, 193, 128, 1 }, /* setresuid */
	[118] = { 210, 211, 129, 1 }, /* getresuid */
	[119] = { 194, 195, 130, 1 }, /* setresgid */
	[120] = { 212, 213, 131, 1 }, /* getresgid */
	[121] = { 0, 0, 79, 0 }, /* getpgid */
	[122] = { 0, 0, 135, 0 }, /* setfsuid */
	[123] = { 0, 0, 136, 0 }, /* setfsgid */
	[124] = { 0, 0, 89, 0 }, /* getsid */
	[125] = { 0, 0, 114, 0 }, /* capget */
	[126] = { 0, 0, 115, 0 }, /* capset */
	[127] = { 0, 0, 109, 0 }, /* rt_sigpending */
	[128] = { 0, 0, 110, 0 }, /* rt_sigtimedwait */
	[129] = { 0, 0, 111, 0 }, /* rt_sigqueueinfo */
	[130] = { 0, 0, 112, 0 }, /* rt_sigsuspend */
	[131] = { 0, 0, 317, 0 }, /* sigaltstack */
	[132] = { 0, 1, 22, 1 }, /* utime */
	[133] = { 0, 0, 12, 0 }, /* mknod */
	[134] = { 0, 1, 52, 1 }, /* uselib */
	[135] = { 0, 0, 82, 0 }, /* personality */
	[136] = { 0, 0, 39, 0 }, /* ustat */
	[137] = { 0, 0, 62, 0 }, /* statfs */
	[138] = { 0, 0, 63, 0 }, /* fstatfs */
	[139] = { 0, 0, 81, 0 }, /* sysfs */
	[140] = { 0, 0, 60, 0 }, /* getpriority */
	[141] = { 0, 0, 61, 0 }, /* setpriority */
	[142] = { 0, 1, 95, 1 }, /* sched_setparam */
	[143] = { 0, 1, 96, 1 }, /* sched_getparam */
	[144] = { 0, 0, 97, 0 }, /* sched_setscheduler */
	[145] = { 0, 0, 98, 0 }, /* sched_getscheduler */
	[146] = { 0, 0, 100, 0 }, /* sched_get_priority_max */
	[147] = { 0, 0, 101, 0 }, /* sched_get_priority_min */
	[148] = { 0, 0, 102, 0 }, /* sched_rr_get_interval */
	[149] = { 0, 0, 91, 0 }, /* mlock */
	[150] = { 0, 0, 92, 0 }, /* munlock */
	[151] = { 0, 0, 93, 0 }, /* mlockall */
	[152] = { 0, 0, 94, 0 }, /* munlockall */
	[153] = { 0, 0, 68, 0 }, /* vhangup */
	[155] = { 0, 0, 137, 0 }, /* pivot_root */
	[157] = { 0, 0, 106, 0 }, /* prctl */
	[158] = { 0, 0, 296, 0 }, /* arch_prctl */
	[159] = { 0, 0, 74, 0 }, /* adjtimex */
	[160] = { 142, 143, 45, 1 }, /* setrlimit */
	[161] = { 266, 267, 38, 1 }, /* chroot */
	[162] = { 0, 0, 24, 0 }, /* sync */
	[163] = { 0, 0, 33, 0 }, /* acct */
	[164] = { 0, 0, 48, 0 }, /* settimeofday */
	[165] = { 256, 257, 17, 1 }, /* mount */
	[166] = { 258, 259, 323, 1 }, /* umount2 */
	[167] = { 0, 0, 53, 0 }, /* swapon */
	[168] = { 0, 0, 70, 0 }, /* swapoff */
	[169] = { 0, 0, 54, 0 }, /* reboot */
	[170] = { 0, 0, 44, 0 }, /* sethostname */
	[171] = { 0, 0, 73, 0 }, /* setdomainname */
	[175] = { 0, 0, 76, 0 }, /* init_module */
	[176] = { 0, 0, 77, 0 }, /* delete_module */
	[179] = { 190, 191, 78, 1 }, /* quotactl */
	[186] = { 0, 0, 140, 0 }, /* gettid */
	[188] = { 0, 0, 141, 0 }, /* setxattr */
	[189] = { 0, 0, 142, 0 }, /* lsetxattr */
	[190] = { 0, 0, 143, 0 }, /* fsetxattr */
	[191] = { 0, 0, 144, 0 }, /* getxattr */
	[192] = { 0, 0, 145, 0 }, /* lgetxattr */
	[193] = { 0, 0, 146, 0 }, /* fgetxattr */
	[194] = { 0, 0, 147, 0 }, /* listxattr */
	[195] = { 0, 0, 148, 0 }, /* llistxattr */
	[196] = { 0, 0, 149, 0 }, /* flistxattr */
	[197] = { 0, 0, 150, 0 }, /* removexattr */
	[198] = { 0, 0, 151, 0 }, /* lremovexattr */
	[199] = { 0, 0, 152, 0 }, /* fremovexattr */
	[200] = { 130, 131, 153, 1 }, /* tkill */
	[201] = { 0, 0, 11, 0 }, /* time */
	[202] = { 64, 65, 154, 1 }, /* futex */
	[203] = { 0, 0, 155, 0 }, /* sched_setaffinity */
	[204] = { 0, 0, 156, 0 }, /* sched_getaffinity */
	[205] = { 0, 0, 157, 0 }, /* set_thread_area */
	[206] = { 0, 0, 159, 0 }, /* io_setup */
	[207] = { 0, 0, 160, 0 }, /* io_destroy */
	[208] = { 0, 0, 161, 0 }, /* io_getevents */
	[209] = { 0, 0, 162, 0 }, /* io_submit */
	[210] = { 0, 0, 163, 0 }, /* io_cancel */
	[211] = { 0, 0, 158, 0 }, /* get_thread_area */
	[213] = { 0, 1, 165, 1 }, /* epoll_create */
	[216] = { 0, 0, 168, 0 }, /* remap_file_pages */
	[217] = { 238, 239, 240, 1 }, /* getdents64 */
	[218] = { 0, 0, 169, 0 }, /* set_tid_address */
	[219] = { 0, 0, 1, 0 }, /* restart_syscall */
	[221] = { 0, 0, 319, 0 }, /* fadvise64 */
	[222] = { 0, 0, 170, 0 }, /* timer_create */
	[223] = { 0, 0, 171, 0 }, /* timer_settime */
	[224] = { 0, 0, 172, 0 }, /* timer_gettime */
	[225] = { 0, 0, 173, 0 }, /* timer_getoverrun */
	[226] = { 0, 0, 174, 0 }, /* timer_delete */
	[227] = { 0, 0, 175, 0 }, /* clock_settime */
	[228] = { 0, 0, 176, 0 }, /* clock_gettime */
	[229] = { 0, 0, 177, 0 }, /* clock_getres */
	[230] = { 0, 0, 178, 0 }, /* clock_nanosleep */
	[231] = { 0, 0, 164, 0 }, /* exit_group */
	[232] = { 78, 79, 167, 1 }, /* epoll_wait */
	[233] = { 0, 1, 166, 1 }, /* epoll_ctl */
	[234] = { 132, 133, 179, 1 }, /* tgkill */
	[235] = { 0, 0, 180, 0 }, /* utimes */
	[240] = { 0, 0, 181, 0 }, /* mq_open */
	[241] = { 0, 0, 182, 0 }, /* mq_unlink */
	[242] = { 0, 0, 183, 0 }, /* mq_timedsend */
	[243] = { 0, 0, 184, 0 }, /* mq_timedreceive */
	[244] = { 0, 0, 185, 0 }, /* mq_notify */
	[245] = { 0, 0, 186, 0 }, /* mq_getsetattr */
	[246] = { 0, 0, 187, 0 }, /* kexec_load */
	[247] = { 0, 0, 188, 0 }, /* waitid */
	[248] = { 0, 0, 189, 0 }, /* add_key */
	[249] = { 0, 0, 190, 0 }, /* request_key */
	[250] = { 0, 0, 191, 0 }, /* keyctl */
	[251] = { 0, 0, 192, 0 }, /* ioprio_set */
	[252] = { 0, 0, 193, 0 }, /* ioprio_get */
	[253] = { 138, 139, 194, 1 }, /* inotify_init */
	[254] = { 0, 0, 195, 0 }, /* inotify_add_watch */
	[255] = { 0, 0, 196, 0 }, /* inotify_rm_watch */
	[257] = { 306, 307, 197, 1 }, /* openat */
	[258] = { 304, 305, 198, 1 }, /* mkdirat */
	[259] = { 0, 0, 199, 0 }, /* mknodat */
	[260] = { 0, 0, 200, 0 }, /* fchownat */
	[261] = { 0, 0, 201, 0 }, /* futimesat */
	[262] = { 0, 0, 300, 0 }, /* newfstatat */
	[263] = { 302, 303, 202, 1 }, /* unlinkat */
	[264] = { 176, 177, 203, 1 }, /* renameat */
	[265] = { 310, 311, 204, 1 }, /* linkat */
	[266] = { 180, 181, 205, 1 }, /* symlinkat */
	[267] = { 0, 0, 206, 0 }, /* readlinkat */
	[268] = { 312, 313, 207, 1 }, /* fchmodat */
	[269] = { 0, 0, 208, 0 }, /* faccessat */
	[270] = { 0, 1, 209, 1 }, /* pselect6 */
	[271] = { 254, 255, 210, 1 }, /* ppoll */
	[272] = { 284, 285, 211, 1 }, /* unshare */
	[273] = { 0, 0, 212, 0 }, /* set_robust_list */
	[274] = { 0, 0, 213, 0 }, /* get_robust_list */
	[275] = { 166, 167, 214, 1 }, /* splice */
	[276] = { 0, 0, 215, 0 }, /* tee */
	[278] = { 0, 0, 216, 0 }, /* vmsplice */
	[280] = { 0, 0, 219, 0 }, /* utimensat */
	[281] = { 0, 0, 218, 0 }, /* epoll_pwait */
	[282] = { 126, 127, 220, 1 }, /* signalfd */
	[283] = { 136, 137, 221, 1 }, /* timerfd_create */
	[284] = { 62, 63, 222, 1 }, /* eventfd */
	[285] = { 0, 0, 299, 0 }, /* fallocate */
	[286] = { 0, 0, 223, 0 }, /* timerfd_settime */
	[287] = { 0, 0, 224, 0 }, /* timerfd_gettime */
	[288] = { 248, 249, 258, 1 }, /* accept4 */
	[289] = { 126, 127, 225, 1 }, /* signalfd4 */
	[290] = { 62, 63, 226, 1 }, /* eventfd2 */
	[291] = { 0, 0, 227, 0 }, /* epoll_create1 */
	[292] = { 124, 125, 228, 1 }, /* dup3 */
	[293] = { 60, 61, 229, 1 }, /* pipe2 */
	[294] = { 138, 139, 230, 1 }, /* inotify_init1 */
	[295] = { 120, 121, 231, 1 }, /* preadv */
	[296] = { 122, 123, 232, 1 }, /* pwritev */
	[297] = { 0, 0, 233, 0 }, /* rt_tgsigqueueinfo */
	[298] = { 0, 0, 234, 0 }, /* perf_event_open */
	[299] = { 54, 55, 257, 1 }, /* recvmmsg */
	[300] = { 0, 0, 235, 0 }, /* fanotify_init */
	[302] = { 144, 145, 236, 1 }, /* prlimit64 */
	[305] = { 0, 0, 237, 0 }, /* clock_adjtime */
	[306] = { 0, 0, 238, 0 }, /* syncfs */
	[307] = { 50, 51, 255, 1 }, /* sendmmsg */
	[308] = { 240, 241, 239, 1 }, /* setns */
	[309] = { 0, 0, 217, 0 }, /* getcpu */
	[310] = { 0, 1, 301, 1 }, /* process_vm_readv */
	[311] = { 0, 1, 302, 1 }, /* process_vm_writev */
	[313] = { 0, 0, 314, 0 }, /* finit_module */
	[316] = { 318, 319, 320, 1 }, /* renameat2 */
	[317] = { 298, 299, 316, 1 }, /* seccomp */
	[318] = { 0, 0, 318, 0 }, /* getrandom */
	[321] = { 296, 297, 315, 1 }, /* bpf */
	[322] = { 330, 331, 325, 1 }, /* execveat */
	[323] = { 320, 321, 321, 1 }, /* userfaultfd */
	[326] = { 332, 333, 326, 1 }, /* copy_file_range */
	[435] = { 334, 335, 328, 1 }, /* clone3 */
	[437] = { 326, 327, 322, 1 }, /* openat2 */
};

#endif
