/*
 * User-mode networking: libslirp on the host loop (include/net.h).
 *
 * Threads: every libslirp call runs on the host thread. Frames the guest
 * sends are queued by the CPU thread and handed to slirp_input() from a
 * uv_async; frames libslirp sends go into a second queue, wake the CPU
 * thread, and reach the LAN9118 from net_service() on the CPU thread as its
 * RX FIFOs have room. Both queues are under one lock. A full queue drops
 * the frame, as a switch would (TCP sends it again).
 *
 * libslirp's sockets are watched with uv_poll handles made afresh on each
 * loop iteration: a uv_prepare asks libslirp which descriptors it waits for
 * (slirp_pollfds_fill) and arms a uv_timer for its timeout; a uv_check hands
 * what happened back (slirp_pollfds_poll) and closes the handles, since
 * libslirp may close and reuse a descriptor at any time. libslirp's own
 * timers are uv_timers.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <slirp/libslirp.h>
#include <uv.h>

#include "hostloop.h"
#include "lan9118.h"
#include "log.h"
#include "net.h"

#define NET_FRAME_MAX 1536u
#define NET_RX_QUEUE 2048u
#define NET_TX_QUEUE 256u

struct net_frame {
	uint16_t len;
	uint8_t data[NET_FRAME_MAX];
};

struct net_queue {
	unsigned head, used, size;
	struct net_frame *f;
};

struct net_poll {
	uv_poll_t handle;
	int revents;
	bool active;
};

struct net_timer {
	uv_timer_t handle;
	SlirpTimerCb cb;
	void *cb_opaque;
};

struct net {
	struct hostloop *host;
	struct lan9118 *nic;
	const struct net_options *opts;
	Slirp *slirp;
	uv_loop_t *loop;
	uv_prepare_t prepare;
	uv_check_t check;
	uv_async_t tx_async;
	uv_timer_t timeout;
	struct net_poll **polls;
	unsigned npolls, polls_cap;
	bool started;                   /* net_start's result, on the host thread */
	pthread_mutex_t lock;
	struct net_queue rx, tx;
	uint64_t dropped;
};

static bool queue_put(struct net_queue *q, const void *data, size_t len)
{
	if (q->used == q->size || len > NET_FRAME_MAX)
		return false;
	struct net_frame *f = &q->f[(q->head + q->used++) % q->size];
	f->len = (uint16_t)len;
	memcpy(f->data, data, len);
	return true;
}

/* ---- host thread ---- */

static ssize_t net_send_packet(const void *buf, size_t len, void *opaque)
{
	struct net *n = opaque;
	pthread_mutex_lock(&n->lock);
	bool was_empty = n->rx.used == 0;
	if (!queue_put(&n->rx, buf, len))
		n->dropped++;
	pthread_mutex_unlock(&n->lock);
	if (was_empty)
		hostloop_wake(n->host);
	return (ssize_t)len;
}

static void net_guest_error(const char *msg, void *opaque)
{
	(void)opaque;
	log_msg(LOG_GUEST, "slirp: %s", msg);
}

static int64_t net_clock_ns(void *opaque)
{
	(void)opaque;
	return (int64_t)uv_hrtime();
}

static void net_timer_fire(uv_timer_t *t)
{
	struct net_timer *nt = t->data;
	nt->cb(nt->cb_opaque);
}

static void *net_timer_new(SlirpTimerCb cb, void *cb_opaque, void *opaque)
{
	struct net *n = opaque;
	struct net_timer *nt = calloc(1, sizeof(*nt));
	if (!nt)
		fatal("out of memory");
	nt->cb = cb;
	nt->cb_opaque = cb_opaque;
	uv_timer_init(n->loop, &nt->handle);
	nt->handle.data = nt;
	return nt;
}

static void net_timer_closed(uv_handle_t *h)
{
	free(h->data);
}

static void net_timer_free(void *timer, void *opaque)
{
	struct net_timer *nt = timer;
	(void)opaque;
	uv_close((uv_handle_t *)&nt->handle, net_timer_closed);
}

/* expire_ms on libslirp's clock (net_clock_ns). */
static void net_timer_mod(void *timer, int64_t expire_ms, void *opaque)
{
	struct net_timer *nt = timer;
	int64_t now_ms = (int64_t)(uv_hrtime() / 1000000u);
	(void)opaque;
	uv_timer_start(&nt->handle, net_timer_fire,
		       expire_ms > now_ms ? (uint64_t)(expire_ms - now_ms) : 0, 0);
}

static void net_fd_ignored(int fd, void *opaque)
{
	(void)fd;
	(void)opaque;
}

static void net_notify(void *opaque)
{
	(void)opaque;   /* the loop asks libslirp again on its next iteration */
}

static const SlirpCb net_callbacks = {
	.send_packet = net_send_packet,
	.guest_error = net_guest_error,
	.clock_get_ns = net_clock_ns,
	.timer_new = net_timer_new,
	.timer_free = net_timer_free,
	.timer_mod = net_timer_mod,
	.register_poll_fd = net_fd_ignored,
	.unregister_poll_fd = net_fd_ignored,
	.notify = net_notify,
};

static void net_poll_ready(uv_poll_t *h, int status, int events)
{
	struct net_poll *p = h->data;
	if (status < 0) {
		p->revents = SLIRP_POLL_ERR;
		return;
	}
	p->revents = (events & UV_READABLE ? SLIRP_POLL_IN : 0) |
		     (events & UV_WRITABLE ? SLIRP_POLL_OUT : 0) |
		     (events & UV_PRIORITIZED ? SLIRP_POLL_PRI : 0) |
		     (events & UV_DISCONNECT ? SLIRP_POLL_HUP : 0);
}

static int net_add_poll(int fd, int events, void *opaque)
{
	struct net *n = opaque;
	if (n->npolls == n->polls_cap) {
		unsigned cap = n->polls_cap ? 2 * n->polls_cap : 16;
		struct net_poll **p = realloc(n->polls, cap * sizeof(*p));
		if (!p)
			fatal("out of memory");
		for (unsigned i = n->polls_cap; i < cap; i++)
			if (!(p[i] = calloc(1, sizeof(**p))))
				fatal("out of memory");
		n->polls = p;
		n->polls_cap = cap;
	}
	struct net_poll *p = n->polls[n->npolls];
	p->revents = 0;
	p->active = uv_poll_init(n->loop, &p->handle, fd) == 0;
	if (p->active) {
		p->handle.data = p;
		uv_poll_start(&p->handle, (events & SLIRP_POLL_IN ? UV_READABLE : 0) |
			      (events & SLIRP_POLL_OUT ? UV_WRITABLE : 0) |
			      (events & SLIRP_POLL_PRI ? UV_PRIORITIZED : 0) | UV_DISCONNECT,
			      net_poll_ready);
	}
	return (int)n->npolls++;
}

static int net_get_revents(int idx, void *opaque)
{
	struct net *n = opaque;
	return n->polls[idx]->revents;
}

static void net_timeout(uv_timer_t *t)
{
	(void)t;        /* the uv_check that follows does the work */
}

static void net_prepare(uv_prepare_t *h)
{
	struct net *n = h->data;
	uint32_t timeout = UINT32_MAX;
	n->npolls = 0;
	slirp_pollfds_fill(n->slirp, &timeout, net_add_poll, n);
	if (timeout != UINT32_MAX)
		uv_timer_start(&n->timeout, net_timeout, timeout, 0);
	else
		uv_timer_stop(&n->timeout);
}

static void net_close_polls(struct net *n)
{
	for (unsigned i = 0; i < n->npolls; i++)
		if (n->polls[i]->active)
			uv_close((uv_handle_t *)&n->polls[i]->handle, NULL);
	n->npolls = 0;
}

static void net_check(uv_check_t *h)
{
	struct net *n = h->data;
	slirp_pollfds_poll(n->slirp, 0, net_get_revents, n);
	net_close_polls(n);
}

/* Frames from the guest, into libslirp. */
static void net_tx(uv_async_t *a)
{
	struct net *n = a->data;
	static struct net_frame f;
	for (;;) {
		pthread_mutex_lock(&n->lock);
		bool any = n->tx.used != 0;
		if (any) {
			f = n->tx.f[n->tx.head];
			n->tx.head = (n->tx.head + 1) % n->tx.size;
			n->tx.used--;
		}
		pthread_mutex_unlock(&n->lock);
		if (!any)
			return;
		slirp_input(n->slirp, f.data, f.len);
	}
}

static void net_start_on_loop(uv_loop_t *loop, void *arg)
{
	struct net *n = arg;
	const struct net_options *o = n->opts;
	SlirpConfig cfg = {
		.version = 1,
		.restricted = o->restricted,
		.in_enabled = true,
		.vnetwork.s_addr = htonl(0x0a000200),
		.vnetmask.s_addr = htonl(0xffffff00),
		.vhost.s_addr = htonl(0x0a000202),
		.vdhcp_start.s_addr = htonl(0x0a00020f),
		.vnameserver.s_addr = htonl(0x0a000203),
		.vhostname = "armvm",
	};

	n->loop = loop;
	n->slirp = slirp_new(&cfg, &net_callbacks, n);
	if (!n->slirp) {
		fprintf(stderr, "armvm: --net user: libslirp cannot start\n");
		return;
	}
	for (unsigned i = 0; i < o->nfwd; i++) {
		const struct net_hostfwd *f = &o->fwd[i];
		struct in_addr host = { f->host_addr }, guest = { f->guest_addr };
		if (slirp_add_hostfwd(n->slirp, f->udp, host, f->host_port, guest, f->guest_port) < 0) {
			char a[INET_ADDRSTRLEN];
			inet_ntop(AF_INET, &host, a, sizeof(a));
			fprintf(stderr, "armvm: --net user,hostfwd: cannot listen on %s %s:%u "
				"(in use?)\n", f->udp ? "udp" : "tcp", a, f->host_port);
			slirp_cleanup(n->slirp);
			return;
		}
	}
	uv_prepare_init(loop, &n->prepare);
	uv_check_init(loop, &n->check);
	uv_async_init(loop, &n->tx_async, net_tx);
	uv_timer_init(loop, &n->timeout);
	n->prepare.data = n->check.data = n->tx_async.data = n->timeout.data = n;
	uv_prepare_start(&n->prepare, net_prepare);
	uv_check_start(&n->check, net_check);
	n->started = true;
}

static void net_stop_on_loop(uv_loop_t *loop, void *arg)
{
	struct net *n = arg;
	(void)loop;
	net_close_polls(n);
	uv_close((uv_handle_t *)&n->prepare, NULL);
	uv_close((uv_handle_t *)&n->check, NULL);
	uv_close((uv_handle_t *)&n->tx_async, NULL);
	uv_close((uv_handle_t *)&n->timeout, NULL);
	slirp_cleanup(n->slirp);
}

/* Runs after the close callbacks of net_stop_on_loop's handles. */
static void net_closed(uv_loop_t *loop, void *arg)
{
	(void)loop;
	(void)arg;
}

/* ---- CPU thread ---- */

static void net_guest_send(void *ctx, const uint8_t *frame, unsigned len)
{
	struct net *n = ctx;
	pthread_mutex_lock(&n->lock);
	bool ok = queue_put(&n->tx, frame, len);
	if (!ok)
		n->dropped++;
	pthread_mutex_unlock(&n->lock);
	if (ok)
		uv_async_send(&n->tx_async);
}

static void net_rx_room(void *ctx)
{
	struct net *n = ctx;
	hostloop_kick(n->host);
}

void net_service(struct net *n)
{
	if (!n)
		return;
	pthread_mutex_lock(&n->lock);
	while (n->rx.used) {
		struct net_frame *f = &n->rx.f[n->rx.head];
		if (!lan9118_receive(n->nic, f->data, f->len))
			break;
		n->rx.head = (n->rx.head + 1) % n->rx.size;
		n->rx.used--;
	}
	pthread_mutex_unlock(&n->lock);
}

static void net_free(struct net *n)
{
	for (unsigned i = 0; i < n->polls_cap; i++)
		free(n->polls[i]);
	free(n->polls);
	free(n->rx.f);
	free(n->tx.f);
	pthread_mutex_destroy(&n->lock);
	free(n);
}

struct net *net_start(struct hostloop *host, const struct net_options *o, struct lan9118 *nic)
{
	struct net *n = calloc(1, sizeof(*n));
	if (!n)
		fatal("out of memory");
	n->host = host;
	n->nic = nic;
	n->opts = o;
	n->rx = (struct net_queue){ .size = NET_RX_QUEUE, .f = calloc(NET_RX_QUEUE, sizeof(struct net_frame)) };
	n->tx = (struct net_queue){ .size = NET_TX_QUEUE, .f = calloc(NET_TX_QUEUE, sizeof(struct net_frame)) };
	if (!n->rx.f || !n->tx.f)
		fatal("out of memory");
	pthread_mutex_init(&n->lock, NULL);
	hostloop_call(host, net_start_on_loop, n);
	if (!n->started) {
		net_free(n);
		return NULL;
	}
	nic->send = net_guest_send;
	nic->rx_room = net_rx_room;
	nic->net_ctx = n;
	return n;
}

void net_stop(struct net *n)
{
	if (!n)
		return;
	hostloop_call(n->host, net_stop_on_loop, n);
	hostloop_call(n->host, net_closed, NULL);
	if (n->dropped)
		log_msg(LOG_GUEST, "net: %llu frames dropped by full queues",
			(unsigned long long)n->dropped);
	n->nic->send = NULL;
	n->nic->rx_room = NULL;
	net_free(n);
}
