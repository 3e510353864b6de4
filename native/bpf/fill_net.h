/* Network events: socket/socketpair, bind, connect, listen, accept/accept4, shutdown,
 * sendto/recvfrom, sendmsg/recvmsg, setsockopt/getsockopt, and getsockname/getpeername/
 * sendmmsg/recvmmsg (which sysdig 0.29.3 records without parameters), each with the parameters
 * sysdig 0.29.3's kernel driver records, in its order.
 *
 * Two encodings carry the endpoints:
 *   PT_SOCKADDR  (an address the caller passed): family byte, then
 *                AF_INET  ip (4, network order), port (2, host order)            = 7 bytes
 *                AF_INET6 ip (16), port (2, host order)                           = 19 bytes
 *                AF_UNIX  path, NUL-terminated                                    = 1 + n
 *   PT_SOCKTUPLE (the connection of a socket fd): family byte, then
 *                AF_INET  source ip, source port, destination ip, destination port = 13 bytes
 *                AF_INET6 the same with 16-byte addresses                          = 37 bytes
 *                AF_UNIX  two kernel socket addresses (u64 each), then a path      = 17 + n
 * A unix path is at most 108 bytes with its NUL; an abstract name (first byte NUL) is written
 * "@name". The family of a tuple is the socket's; its "other" end comes from the address the
 * call passed when it passed one, otherwise from the socket's peer. Outbound calls (connect,
 * sendto, sendmsg) put the local end first, inbound ones (accept, recvfrom, recvmsg) the remote
 * end first. A unix tuple's kernel addresses go the other way round (outbound: the peer, then
 * this socket; inbound: this socket, then the peer), so both ends of a connection print the
 * same pair; its path is the address passed (outbound) or this socket's own name (inbound).
 *
 * Where the driver drops the whole event because user memory could not be read (a msghdr, the
 * fds of socketpair, a socket option), these fillers record neutral values instead (0 or an
 * empty parameter), as the other fillers here do. Copies the driver starts from uninitialised
 * memory (an address of length 0) start from zeroes here. */
#ifndef TSYSDIG_FILL_NET_H
#define TSYSDIG_FILL_NET_H

#include <bpf/bpf_endian.h>

#define K_AF_UNIX 1
#define K_AF_INET 2
#define K_AF_INET6 10
#define K_SOL_SOCKET 1
#define K_SOL_TCP 6
#define K_S_IFMT 0170000
#define K_S_IFSOCK 0140000
#define K_TCP_SYN_SENT 2
#define K_TCP_CLOSE 7

#define SOCKADDR_MAX_BYTES 128   /* sizeof(struct sockaddr_storage): longer addresses are refused */
#define ADDR_AREA_BYTES 256      /* an address copy, sized for a masked length */
#define ADDR_CLEAR_BYTES 136     /* what is zeroed before a copy: every byte a reader may look at */
#define UNIX_PATH_BYTES 108
#define IOV_MAX_READ 255         /* iovecs of one msghdr read (the driver refuses 256 or more) */

/* `v & mask`, with the mask kept even where the compiler knows it changes nothing: the
 * verifier bounds copy sizes by it. */
#define MASKED(v, mask) ({ __u64 __m = (v); barrier_var(__m); __m & (mask); })

/* struct user_msghdr, as far as these fillers read it */
struct msghdr_copy {
	__u64 name;
	__s32 namelen;
	__u32 pad;
	__u64 iov;
	__u64 iovlen;
};

/* Per-CPU work memory of the network fillers. */
struct net_area {
	__u8 uaddr[ADDR_AREA_BYTES]; /* the address the call passed, zero-padded */
	__u8 sname[ADDR_AREA_BYTES]; /* a unix socket's own (or its peer's) bound address */
	__u8 local_ip[16], remote_ip[16];
	__u16 local_port, remote_port;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct net_area);
} net_work SEC(".maps");


static __always_inline struct net_area *net_area(void)
{
	__u32 zero = 0;
	return bpf_map_lookup_elem(&net_work, &zero);
}

/* The socket behind a file descriptor of the current process, or NULL when it is not one. */
static __always_inline struct socket *fd_socket(__s64 fd)
{
	struct file *f = task_fd_file(bpf_get_current_task_btf(), fd);
	if (!f)
		return NULL;
	if ((BPF_CORE_READ(f, f_inode, i_mode) & K_S_IFMT) != K_S_IFSOCK)
		return NULL;
	return (struct socket *)BPF_CORE_READ(f, private_data);
}

static __always_inline struct sock *fd_sock(__s64 fd)
{
	struct socket *sock = fd_socket(fd);
	return sock ? BPF_CORE_READ(sock, sk) : NULL;
}

/* Copies the `len` bytes of a user address into na->uaddr, zero-padded. 0 when the length is
 * out of range or the memory unreadable (the driver then records no address). */
static __always_inline int copy_user_addr(struct net_area *na, __u64 uptr, __s32 len)
{
	__builtin_memset(na->uaddr, 0, ADDR_CLEAR_BYTES);
	if (len < 0 || len > SOCKADDR_MAX_BYTES)
		return 0;
	if (len == 0)
		return 1;
	return bpf_probe_read_user(na->uaddr, MASKED(len, ADDR_AREA_BYTES - 1), (const void *)uptr) == 0;
}

/* A unix path passed by the caller ends at its length: the copy is zero-padded past it, but a
 * full sockaddr_storage has its last byte cleared, as the driver does. */
static __always_inline void terminate_user_unix_path(struct net_area *na, __s32 len)
{
	if (len == SOCKADDR_MAX_BYTES)
		na->uaddr[SOCKADDR_MAX_BYTES - 1] = 0;
}

/* Writes a unix socket path (a sockaddr_un's sun_path in map memory) at `at` in the event:
 * the path, or '@' and the rest for an abstract (or unnamed) address, NUL-terminated, at most
 * UNIX_PATH_BYTES. Returns the bytes written. */
static __always_inline __u32 write_unix_path(struct event_writer *w, __u32 at, const __u8 *path)
{
	long n = bpf_probe_read_kernel_str(&w->buf[at & OFFSET_MASK], UNIX_PATH_BYTES, path);
	if (n == 1) {
		w->buf[at & OFFSET_MASK] = '@';
		n = bpf_probe_read_kernel_str(&w->buf[(at + 1) & OFFSET_MASK], UNIX_PATH_BYTES - 1, path + 1);
		if (n <= 0) {
			w->buf[(at + 1) & OFFSET_MASK] = 0;
			n = 1;
		}
		return n + 1;
	}
	if (n <= 0) {
		w->buf[at & OFFSET_MASK] = 0;
		n = 1;
	}
	return n;
}

/* PT_SOCKADDR of the address in na->uaddr (`len` bytes as passed); empty for other families. */
static __always_inline void put_sockaddr(struct event_writer *w, struct net_area *na, __s32 len)
{
	__u8 *b = w->buf;
	__u32 o = w->off;
	__u16 family = *(__u16 *)&na->uaddr[0];
	__u16 port = bpf_ntohs(*(__u16 *)&na->uaddr[2]);
	__u32 size = 0;
	if (family == K_AF_INET) {
		b[o & OFFSET_MASK] = K_AF_INET;
		*(__u32 *)&b[(o + 1) & OFFSET_MASK] = *(__u32 *)&na->uaddr[4];
		*(__u16 *)&b[(o + 5) & OFFSET_MASK] = port;
		size = 7;
	} else if (family == K_AF_INET6) {
		b[o & OFFSET_MASK] = K_AF_INET6;
		*(__u64 *)&b[(o + 1) & OFFSET_MASK] = *(__u64 *)&na->uaddr[8];
		*(__u64 *)&b[(o + 9) & OFFSET_MASK] = *(__u64 *)&na->uaddr[16];
		*(__u16 *)&b[(o + 17) & OFFSET_MASK] = port;
		size = 19;
	} else if (family == K_AF_UNIX) {
		terminate_user_unix_path(na, len);
		b[o & OFFSET_MASK] = K_AF_UNIX;
		size = 1 + write_unix_path(w, o + 1, &na->uaddr[2]);
	}
	writer_param_done(w, size);
}

/* The address in user memory at (uptr, len) as PT_SOCKADDR; empty without one. */
static __always_inline void put_user_sockaddr(struct event_writer *w, struct net_area *na, __u64 uptr, __s32 len)
{
	if (uptr && len != 0 && copy_user_addr(na, uptr, len))
		put_sockaddr(w, na, len);
	else
		put_empty(w);
}

/* A peer address is only known on a connected socket (as getpeername answers). */
static __always_inline int inet_peer_known(struct sock *sk)
{
	__u16 dport = BPF_CORE_READ(sk, __sk_common.skc_dport);
	__u8 state = BPF_CORE_READ(sk, __sk_common.skc_state);
	return dport != 0 && state != K_TCP_SYN_SENT && state != K_TCP_CLOSE;
}

static __always_inline void put_tuple_inet(struct event_writer *w, struct net_area *na, struct sock *sk,
					   int use_uaddr, int inbound)
{
	struct inet_sock *inet = (struct inet_sock *)sk;
	__u32 lip = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
	if (!lip)
		lip = BPF_CORE_READ(inet, inet_saddr);
	__u16 lport = bpf_ntohs(BPF_CORE_READ(inet, inet_sport));
	__u32 rip = 0;
	__u16 rport = 0;
	if (use_uaddr) {
		rip = *(__u32 *)&na->uaddr[4];
		rport = bpf_ntohs(*(__u16 *)&na->uaddr[2]);
	} else if (inet_peer_known(sk)) {
		rip = BPF_CORE_READ(sk, __sk_common.skc_daddr);
		rport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	} else {
		lip = 0; /* no peer: the driver records an all-zero tuple */
		lport = 0;
	}
	__u8 *b = w->buf;
	__u32 o = w->off;
	b[o & OFFSET_MASK] = K_AF_INET;
	*(__u32 *)&b[(o + 1) & OFFSET_MASK] = inbound ? rip : lip;
	*(__u16 *)&b[(o + 5) & OFFSET_MASK] = inbound ? rport : lport;
	*(__u32 *)&b[(o + 7) & OFFSET_MASK] = inbound ? lip : rip;
	*(__u16 *)&b[(o + 11) & OFFSET_MASK] = inbound ? lport : rport;
	writer_param_done(w, 13);
}

static __always_inline void write_ip6(struct event_writer *w, __u32 at, const __u8 *ip)
{
	*(__u64 *)&w->buf[at & OFFSET_MASK] = *(const __u64 *)&ip[0];
	*(__u64 *)&w->buf[(at + 8) & OFFSET_MASK] = *(const __u64 *)&ip[8];
}

static __always_inline void put_tuple_inet6(struct event_writer *w, struct net_area *na, struct sock *sk,
					    int use_uaddr, int inbound)
{
	struct inet_sock *inet = (struct inet_sock *)sk;
	BPF_CORE_READ_INTO(&na->local_ip, sk, __sk_common.skc_v6_rcv_saddr);
	if ((*(__u64 *)&na->local_ip[0] | *(__u64 *)&na->local_ip[8]) == 0)
		BPF_CORE_READ_INTO(&na->local_ip, inet, pinet6, saddr);
	na->local_port = bpf_ntohs(BPF_CORE_READ(inet, inet_sport));
	if (use_uaddr) {
		*(__u64 *)&na->remote_ip[0] = *(__u64 *)&na->uaddr[8];
		*(__u64 *)&na->remote_ip[8] = *(__u64 *)&na->uaddr[16];
		na->remote_port = bpf_ntohs(*(__u16 *)&na->uaddr[2]);
	} else if (inet_peer_known(sk)) {
		BPF_CORE_READ_INTO(&na->remote_ip, sk, __sk_common.skc_v6_daddr);
		na->remote_port = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	} else {
		*(__u64 *)&na->remote_ip[0] = 0;
		*(__u64 *)&na->remote_ip[8] = 0;
		na->remote_port = 0;
	}
	__u32 o = w->off;
	w->buf[o & OFFSET_MASK] = K_AF_INET6;
	if (inbound) {
		write_ip6(w, o + 1, na->remote_ip);
		*(__u16 *)&w->buf[(o + 17) & OFFSET_MASK] = na->remote_port;
		write_ip6(w, o + 19, na->local_ip);
		*(__u16 *)&w->buf[(o + 35) & OFFSET_MASK] = na->local_port;
	} else {
		write_ip6(w, o + 1, na->local_ip);
		*(__u16 *)&w->buf[(o + 17) & OFFSET_MASK] = na->local_port;
		write_ip6(w, o + 19, na->remote_ip);
		*(__u16 *)&w->buf[(o + 35) & OFFSET_MASK] = na->remote_port;
	}
	writer_param_done(w, 37);
}

/* The bound address of a unix socket into na->sname (zeroes when it has none). */
static __always_inline void read_unix_name(struct net_area *na, struct sock *sk)
{
	__builtin_memset(na->sname, 0, ADDR_CLEAR_BYTES);
	if (!sk)
		return;
	struct unix_address *addr = BPF_CORE_READ((struct unix_sock *)sk, addr);
	if (!addr)
		return;
	__u32 len = BPF_CORE_READ(addr, len);
	if (len > SOCKADDR_MAX_BYTES)
		len = SOCKADDR_MAX_BYTES;
	bpf_core_read(na->sname, MASKED(len, ADDR_AREA_BYTES - 1), &addr->name);
}

static __always_inline void put_tuple_unix(struct event_writer *w, struct net_area *na, struct sock *sk,
					   int use_uaddr, int inbound, __s32 ulen)
{
	struct sock *peer = BPF_CORE_READ((struct unix_sock *)sk, peer);
	const __u8 *path;
	if (inbound) {
		read_unix_name(na, sk);
		path = &na->sname[2];
	} else if (use_uaddr) {
		terminate_user_unix_path(na, ulen);
		path = &na->uaddr[2];
	} else {
		read_unix_name(na, peer);
		path = &na->sname[2];
	}
	__u32 o = w->off;
	w->buf[o & OFFSET_MASK] = K_AF_UNIX;
	*(__u64 *)&w->buf[(o + 1) & OFFSET_MASK] = inbound ? (__u64)sk : (__u64)peer;
	*(__u64 *)&w->buf[(o + 9) & OFFSET_MASK] = inbound ? (__u64)peer : (__u64)sk;
	writer_param_done(w, 17 + write_unix_path(w, o + 17, path));
}

/* PT_SOCKTUPLE of the socket `fd`: its own end and, with use_uaddr, the address in na->uaddr
 * (`ulen` bytes as passed) as the other end, else its peer. Empty when fd is not a socket or
 * of another family. */
static __always_inline void put_socktuple(struct event_writer *w, struct net_area *na, __s64 fd,
					  int use_uaddr, int inbound, __s32 ulen)
{
	struct sock *sk = fd_sock(fd);
	if (!sk) {
		put_empty(w);
		return;
	}
	__u16 family = BPF_CORE_READ(sk, __sk_common.skc_family);
	if (family == K_AF_INET)
		put_tuple_inet(w, na, sk, use_uaddr, inbound);
	else if (family == K_AF_INET6)
		put_tuple_inet6(w, na, sk, use_uaddr, inbound);
	else if (family == K_AF_UNIX)
		put_tuple_unix(w, na, sk, use_uaddr, inbound, ulen);
	else
		put_empty(w);
}

/* The tuple of `fd` towards (or from) the address the call passed in user memory; empty when
 * it passed none. */
static __always_inline void put_user_socktuple(struct event_writer *w, struct net_area *na, __s64 fd,
					       __u64 uptr, __s32 len, int inbound)
{
	if (uptr && len != 0 && copy_user_addr(na, uptr, len))
		put_socktuple(w, na, fd, 1, inbound, len);
	else
		put_empty(w);
}

/* ---- msghdr (sendmsg/recvmsg) ---- */

/* Reads the msghdr at `uptr` (zeroes when unreadable); its iovec count is cut to what the
 * driver reads of one msghdr. */
static __always_inline void read_msghdr(__u64 uptr, struct msghdr_copy *mh)
{
	if (bpf_probe_read_user(mh, sizeof(*mh), (const void *)uptr) != 0)
		__builtin_memset(mh, 0, sizeof(*mh));
	if (mh->iovlen > IOV_MAX_READ)
		mh->iovlen = IOV_MAX_READ;
}

/* ---- flags ---- */

static __always_inline __u8 sockopt_level_to_scap(__s32 level)
{
	return level == K_SOL_SOCKET ? 1 : level == K_SOL_TCP ? 2 : 0;
}

/* SOL_SOCKET option names (x86_64) to PPM_SOCKOPT_*: 1..50 keep their numbers, SO_MEMINFO,
 * SO_COOKIE and SO_PEERGROUPS have their own, the rest are unknown (0), as are other levels'. */
static __always_inline __u8 sockopt_optname_to_scap(__s32 level, __s32 name)
{
	if (level != K_SOL_SOCKET)
		return 0;
	if (name >= 1 && name <= 50)
		return (__u8)name;
	if (name == 55)
		return 52;
	if (name == 57)
		return 53;
	if (name == 59)
		return 51;
	return 0;
}

#define SOCKOPT_IDX_UNKNOWN 0
#define SOCKOPT_IDX_ERRNO 1
#define SOCKOPT_IDX_UINT32 2
#define SOCKOPT_IDX_UINT64 3
#define SOCKOPT_IDX_TIMEVAL 4
#define K_SO_ERROR 4
#define K_SO_RCVTIMEO 20
#define K_SO_SNDTIMEO 21
#define K_SO_COOKIE 57
/* SOL_SOCKET options whose value the driver records as a u32: 1-3, 5-12, 14-16, 18, 19,
 * 22-25, 27, 29-49 (not SO_LINGER 13, SO_PEERCRED 17, SO_ATTACH_FILTER 26, SO_PEERNAME 28,
 * which are recorded as bytes like any other option). */
#define SOCKOPT_U32_MASK 0x0003FFFFEBCDDFEEULL

/* A socket option's value (PT_DYN): the type index byte, then the value in that type. */
static __always_inline void put_sockopt_val(struct event_writer *w, __s32 level, __s32 name, __u64 optval, __u32 optlen)
{
	__u8 *b = w->buf;
	__u32 o = w->off;
	__u32 size;
	if (level == K_SOL_SOCKET && name == K_SO_ERROR) {
		__s32 v = 0;
		bpf_probe_read_user(&v, sizeof(v), (const void *)optval);
		b[o & OFFSET_MASK] = SOCKOPT_IDX_ERRNO;
		*(__s64 *)&b[(o + 1) & OFFSET_MASK] = -(__s64)v;
		size = 9;
	} else if (level == K_SOL_SOCKET && (name == K_SO_RCVTIMEO || name == K_SO_SNDTIMEO)) {
		struct { __s64 sec, usec; } tv = {};
		bpf_probe_read_user(&tv, sizeof(tv), (const void *)optval);
		b[o & OFFSET_MASK] = SOCKOPT_IDX_TIMEVAL;
		*(__u64 *)&b[(o + 1) & OFFSET_MASK] = (__u64)(tv.sec * 1000000000LL + tv.usec * 1000LL);
		size = 9;
	} else if (level == K_SOL_SOCKET && name == K_SO_COOKIE) {
		__u64 v = 0;
		bpf_probe_read_user(&v, sizeof(v), (const void *)optval);
		b[o & OFFSET_MASK] = SOCKOPT_IDX_UINT64;
		*(__u64 *)&b[(o + 1) & OFFSET_MASK] = v;
		size = 9;
	} else if (level == K_SOL_SOCKET && name >= 0 && name < 64 && ((SOCKOPT_U32_MASK >> name) & 1)) {
		__u32 v = 0;
		bpf_probe_read_user(&v, sizeof(v), (const void *)optval);
		b[o & OFFSET_MASK] = SOCKOPT_IDX_UINT32;
		*(__u32 *)&b[(o + 1) & OFFSET_MASK] = v;
		size = 5;
	} else {
		__u32 n = optval ? optlen : 0;
		if (n > MAX_PARAM_BYTES - 2)
			n = MAX_PARAM_BYTES - 2;
		n = MASKED(n, MAX_PARAM_BYTES - 1);
		b[o & OFFSET_MASK] = SOCKOPT_IDX_UNKNOWN;
		if (n && bpf_probe_read_user(&b[(o + 1) & OFFSET_MASK], n, (const void *)optval) != 0)
			n = 0;
		size = 1 + n;
	}
	writer_param_done(w, size);
}

/* ---- socket, socketpair ---- */

/* socket/socketpair enter: domain, type and protocol as passed (type keeps SOCK_NONBLOCK and
 * SOCK_CLOEXEC; the families have sysdig's numbers already). */
static __always_inline void fill_socket_args(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 3))
		return;
	put_u32(&w, (__u32)syscall_arg(regs, 0));
	put_u32(&w, (__u32)syscall_arg(regs, 1));
	put_u32(&w, (__u32)syscall_arg(regs, 2));
	writer_submit(&w);
}

FILLER_ENTER(fill_socket_e) { fill_socket_args(regs, PPME_SOCKET_SOCKET_E); return 0; }
FILLER_EXIT(fill_socket_x) { fill_res_exit(regs, PPME_SOCKET_SOCKET_X); return 0; }
FILLER_ENTER(fill_socketpair_e) { fill_socket_args(regs, PPME_SOCKET_SOCKETPAIR_E); return 0; }

/* socketpair exit: the result, the two fds and the kernel addresses of the first fd's socket
 * and of its peer (how sysdig pairs the two ends); zeroes when the call failed. */
FILLER_EXIT(fill_socketpair_x)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SOCKET_SOCKETPAIR_X, PPME_SOCKET_SOCKETPAIR_X_NPARAMS))
		return 0;
	__s64 res = syscall_ret(regs);
	__s32 fds[2] = { 0, 0 };
	__u64 source = 0, peer = 0;
	if (res >= 0 && bpf_probe_read_user(fds, sizeof(fds), (const void *)syscall_arg(regs, 3)) == 0) {
		struct sock *sk = fd_sock(fds[0]);
		if (sk) {
			source = (__u64)sk;
			peer = (__u64)BPF_CORE_READ((struct unix_sock *)sk, peer);
		}
	} else {
		fds[0] = 0;
		fds[1] = 0;
	}
	put_s64(&w, res);
	put_s64(&w, fds[0]);
	put_s64(&w, fds[1]);
	put_u64(&w, source);
	put_u64(&w, peer);
	writer_submit(&w);
	return 0;
}

/* ---- bind, connect, listen ---- */

FILLER_ENTER(fill_bind_e) { fill_fd_enter(regs, PPME_SOCKET_BIND_E); return 0; }

FILLER_EXIT(fill_bind_x)
{
	struct event_writer w;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_BIND_X, PPME_SOCKET_BIND_X_NPARAMS))
		return 0;
	put_s64(&w, syscall_ret(regs));
	put_user_sockaddr(&w, na, syscall_arg(regs, 1), (__s32)syscall_arg(regs, 2));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_connect_e)
{
	struct event_writer w;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_CONNECT_E, PPME_SOCKET_CONNECT_E_NPARAMS))
		return 0;
	__s32 fd = (__s32)syscall_arg(regs, 0);
	put_s64(&w, fd);
	if (fd >= 0)
		put_user_sockaddr(&w, na, syscall_arg(regs, 1), (__s32)syscall_arg(regs, 2));
	else
		put_empty(&w);
	writer_submit(&w);
	return 0;
}

/* connect exit: the result and the tuple from the socket's address to the one connected to
 * (recorded whatever the result, as the driver does: a refused connect shows where it went). */
FILLER_EXIT(fill_connect_x)
{
	struct event_writer w;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_CONNECT_X, PPME_SOCKET_CONNECT_X_NPARAMS))
		return 0;
	__s32 fd = (__s32)syscall_arg(regs, 0);
	put_s64(&w, syscall_ret(regs));
	if (fd >= 0)
		put_user_socktuple(&w, na, fd, syscall_arg(regs, 1), (__s32)syscall_arg(regs, 2), 0);
	else
		put_empty(&w);
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_listen_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SOCKET_LISTEN_E, PPME_SOCKET_LISTEN_E_NPARAMS))
		return 0;
	put_s64(&w, (__s32)syscall_arg(regs, 0));
	put_u32(&w, (__u32)syscall_arg(regs, 1));
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_listen_x) { fill_res_exit(regs, PPME_SOCKET_LISTEN_X); return 0; }

/* ---- accept, accept4 ---- */

FILLER_ENTER(fill_accept_e) { fill_empty_event(PPME_SOCKET_ACCEPT_5_E); return 0; }

/* accept4 enter: sysdig 0.29.3's driver records its flags as 0. */
FILLER_ENTER(fill_accept4_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SOCKET_ACCEPT4_5_E, PPME_SOCKET_ACCEPT4_5_E_NPARAMS))
		return 0;
	put_u32(&w, 0);
	writer_submit(&w);
	return 0;
}

/* accept/accept4 exit: the new fd, its tuple (the client first) and the listening socket's
 * accept queue: percentage full, length and maximum. */
static __always_inline void fill_accept_exit(struct pt_regs *regs, __u16 type)
{
	struct event_writer w;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, type, 5))
		return;
	__s64 fd = syscall_ret(regs);
	put_s64(&w, fd);
	if (fd >= 0)
		put_socktuple(&w, na, fd, 0, 1, 0);
	else
		put_empty(&w);
	__u32 backlog = 0, max_backlog = 0;
	struct sock *lsk = fd_sock((__s32)syscall_arg(regs, 0));
	if (lsk) {
		backlog = BPF_CORE_READ(lsk, sk_ack_backlog);
		max_backlog = BPF_CORE_READ(lsk, sk_max_ack_backlog);
	}
	put_u8(&w, max_backlog ? (__u8)((__u64)backlog * 100 / max_backlog) : 0);
	put_u32(&w, backlog);
	put_u32(&w, max_backlog);
	writer_submit(&w);
}

FILLER_EXIT(fill_accept_x) { fill_accept_exit(regs, PPME_SOCKET_ACCEPT_5_X); return 0; }
FILLER_EXIT(fill_accept4_x) { fill_accept_exit(regs, PPME_SOCKET_ACCEPT4_5_X); return 0; }

/* ---- shutdown ---- */

FILLER_ENTER(fill_shutdown_e)
{
	struct event_writer w;
	if (!writer_begin(&w, PPME_SOCKET_SHUTDOWN_E, PPME_SOCKET_SHUTDOWN_E_NPARAMS))
		return 0;
	put_s64(&w, (__s32)syscall_arg(regs, 0));
	put_u8(&w, (__u8)syscall_arg(regs, 1)); /* SHUT_RD/WR/RDWR have sysdig's numbers */
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_shutdown_x) { fill_res_exit(regs, PPME_SOCKET_SHUTDOWN_X); return 0; }

/* ---- sendto, recvfrom ---- */

/* sendto enter: fd, size and, when the call names a destination, the tuple towards it. */
FILLER_ENTER(fill_sendto_e)
{
	struct event_writer w;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_SENDTO_E, PPME_SOCKET_SENDTO_E_NPARAMS))
		return 0;
	__s32 fd = (__s32)syscall_arg(regs, 0);
	put_s64(&w, fd);
	put_u32(&w, (__u32)syscall_arg(regs, 2));
	put_user_socktuple(&w, na, fd, syscall_arg(regs, 4), (__s32)syscall_arg(regs, 5), 0);
	writer_submit(&w);
	return 0;
}

FILLER_EXIT(fill_sendto_x) { fill_res_data_exit(regs, PPME_SOCKET_SENDTO_X); return 0; }

FILLER_ENTER(fill_recvfrom_e) { fill_fd_size_enter(regs, PPME_SOCKET_RECVFROM_E); return 0; }

/* recvfrom exit: result, data and, when the call asked for the sender's address, the tuple
 * from it (the address and its length as the kernel stored them). */
FILLER_EXIT(fill_recvfrom_x)
{
	struct event_writer w;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_RECVFROM_X, PPME_SOCKET_RECVFROM_X_NPARAMS))
		return 0;
	__s64 res = syscall_ret(regs);
	put_s64(&w, res);
	put_io_data(&w, (const void *)syscall_arg(regs, 1), res);
	__u64 uaddr = syscall_arg(regs, 4), ulen_ptr = syscall_arg(regs, 5);
	__s32 ulen = 0;
	if (res >= 0 && uaddr && ulen_ptr &&
	    bpf_probe_read_user(&ulen, sizeof(ulen), (const void *)ulen_ptr) == 0 && copy_user_addr(na, uaddr, ulen))
		put_socktuple(&w, na, (__s32)syscall_arg(regs, 0), 1, 1, ulen);
	else
		put_empty(&w);
	writer_submit(&w);
	return 0;
}

/* ---- sendmsg, recvmsg ---- */

/* sendmsg enter: fd, the total size of the iovecs and the tuple towards msg_name. */
FILLER_ENTER(fill_sendmsg_e)
{
	struct event_writer w;
	struct msghdr_copy mh;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_SENDMSG_E, PPME_SOCKET_SENDMSG_E_NPARAMS))
		return 0;
	__s32 fd = (__s32)syscall_arg(regs, 0);
	read_msghdr(syscall_arg(regs, 1), &mh);
	put_s64(&w, fd);
	struct iov_walk *st = walk_iov(&w, mh.iov, mh.iovlen, 0, 0, 1);
	put_u32(&w, st ? (__u32)st->total : 0);
	put_user_socktuple(&w, na, fd, mh.name, mh.namelen, 0);
	writer_submit(&w);
	return 0;
}

/* sendmsg exit: result and the first snaplen bytes of the iovecs (recorded whatever the
 * result, as the driver does). */
FILLER_EXIT(fill_sendmsg_x)
{
	struct event_writer w;
	struct msghdr_copy mh;
	if (!writer_begin(&w, PPME_SOCKET_SENDMSG_X, PPME_SOCKET_SENDMSG_X_NPARAMS))
		return 0;
	read_msghdr(syscall_arg(regs, 1), &mh);
	put_s64(&w, syscall_ret(regs));
	put_gathered(&w, walk_iov(&w, mh.iov, mh.iovlen, w.off, MAX_PARAM_BYTES - 1, 0));
	writer_submit(&w);
	return 0;
}

FILLER_ENTER(fill_recvmsg_e) { fill_fd_enter(regs, PPME_SOCKET_RECVMSG_E); return 0; }

/* recvmsg exit: result; size, the bytes received (the iovecs' total when the call failed, as
 * the driver's unsigned comparison gives); the data up to the snaplen; and the tuple from
 * msg_name as the kernel filled it. */
FILLER_EXIT(fill_recvmsg_x)
{
	struct event_writer w;
	struct msghdr_copy mh;
	struct net_area *na = net_area();
	if (!na || !writer_begin(&w, PPME_SOCKET_RECVMSG_X, PPME_SOCKET_RECVMSG_X_NPARAMS))
		return 0;
	__s64 res = syscall_ret(regs);
	read_msghdr(syscall_arg(regs, 1), &mh);
	put_s64(&w, res);
	/* the data goes after the size, which the walk computes */
	struct iov_walk *st = walk_iov(&w, mh.iov, mh.iovlen, w.off + 4, res > 0 ? (__u64)res : 0, 1);
	__u64 size = st ? st->total : 0;
	if (res >= 0 && size > (__u64)res)
		size = res;
	put_u32(&w, (__u32)size);
	put_gathered(&w, res > 0 ? st : NULL);
	if (res >= 0)
		put_user_socktuple(&w, na, (__s32)syscall_arg(regs, 0), mh.name, mh.namelen, 1);
	else
		put_empty(&w);
	writer_submit(&w);
	return 0;
}

/* ---- setsockopt, getsockopt ---- */

/* setsockopt/getsockopt exit: result, fd, level, option name, the value (read after the call)
 * and its length (getsockopt: the length the kernel stored). */
static __always_inline void fill_sockopt_exit(struct pt_regs *regs, __u16 type, int get)
{
	struct event_writer w;
	if (!writer_begin(&w, type, 6))
		return;
	__s32 level = (__s32)syscall_arg(regs, 1), name = (__s32)syscall_arg(regs, 2);
	__u32 optlen = (__u32)syscall_arg(regs, 4);
	if (get) {
		__u64 ptr = syscall_arg(regs, 4);
		optlen = 0;
		if (ptr && bpf_probe_read_user(&optlen, sizeof(optlen), (const void *)ptr) != 0)
			optlen = 0;
	}
	put_s64(&w, syscall_ret(regs));
	put_s64(&w, (__s32)syscall_arg(regs, 0));
	put_u8(&w, sockopt_level_to_scap(level));
	put_u8(&w, sockopt_optname_to_scap(level, name));
	put_sockopt_val(&w, level, name, syscall_arg(regs, 3), optlen);
	put_u32(&w, optlen);
	writer_submit(&w);
}

FILLER_ENTER(fill_setsockopt_e) { fill_empty_event(PPME_SOCKET_SETSOCKOPT_E); return 0; }
FILLER_EXIT(fill_setsockopt_x) { fill_sockopt_exit(regs, PPME_SOCKET_SETSOCKOPT_X, 0); return 0; }
FILLER_ENTER(fill_getsockopt_e) { fill_empty_event(PPME_SOCKET_GETSOCKOPT_E); return 0; }
FILLER_EXIT(fill_getsockopt_x) { fill_sockopt_exit(regs, PPME_SOCKET_GETSOCKOPT_X, 1); return 0; }

/* ---- events sysdig 0.29.3 records without parameters ---- */

FILLER_ENTER(fill_getsockname_e) { fill_empty_event(PPME_SOCKET_GETSOCKNAME_E); return 0; }
FILLER_EXIT(fill_getsockname_x) { fill_empty_event(PPME_SOCKET_GETSOCKNAME_X); return 0; }
FILLER_ENTER(fill_getpeername_e) { fill_empty_event(PPME_SOCKET_GETPEERNAME_E); return 0; }
FILLER_EXIT(fill_getpeername_x) { fill_empty_event(PPME_SOCKET_GETPEERNAME_X); return 0; }
FILLER_ENTER(fill_sendmmsg_e) { fill_empty_event(PPME_SOCKET_SENDMMSG_E); return 0; }
FILLER_EXIT(fill_sendmmsg_x) { fill_empty_event(PPME_SOCKET_SENDMMSG_X); return 0; }
FILLER_ENTER(fill_recvmmsg_e) { fill_empty_event(PPME_SOCKET_RECVMMSG_E); return 0; }
FILLER_EXIT(fill_recvmmsg_x) { fill_empty_event(PPME_SOCKET_RECVMMSG_X); return 0; }

#endif
