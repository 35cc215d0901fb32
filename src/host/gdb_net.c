/*
 * The gdb stub's socket, on the host loop's thread: one client at a time,
 * bytes in to g->in for the CPU thread, g->out written back. A client that
 * connects while one is served is closed at once. Whatever happens on the
 * connection, the CPU thread learns it through g->pending (and is woken from
 * WFI or from its stop).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gdb_internal.h"
#include "hostloop.h"
#include "net_listen.h"

struct out_req {
	uv_write_t req;
	char data[];
};

/* Under g->lock: the CPU thread has something new to look at. */
static void notify(struct gdb *g)
{
	atomic_store(&g->pending, true);
	pthread_cond_signal(&g->cond);
}

static void client_closed(uv_handle_t *h)
{
	struct gdb *g = h->data;
	g->has_client = g->closing = false;
	pthread_mutex_lock(&g->lock);
	g->connected = false;
	g->in_len = g->out_len = 0;
	notify(g);
	pthread_mutex_unlock(&g->lock);
	hostloop_wake(g->host);
}

static void close_client(struct gdb *g)
{
	if (g->has_client && !g->closing) {
		g->closing = true;
		uv_close((uv_handle_t *)&g->client, client_closed);
	}
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	static char chunk[GDB_PACKET_MAX];   /* one read at a time, on this thread */
	(void)h;
	(void)suggested;
	*buf = uv_buf_init(chunk, sizeof(chunk));
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
	struct gdb *g = s->data;
	if (n < 0) {
		close_client(g);
		return;
	}
	pthread_mutex_lock(&g->lock);
	/* A client flooding faster than the CPU thread reads loses the excess;
	 * the parser resynchronises at the next '$'. */
	size_t room = sizeof(g->in) - g->in_len;
	size_t take = (size_t)n < room ? (size_t)n : room;
	memcpy(g->in + g->in_len, buf->base, take);
	g->in_len += take;
	notify(g);
	pthread_mutex_unlock(&g->lock);
	hostloop_wake(g->host);
}

static void free_handle(uv_handle_t *h)
{
	free(h);
}

static void on_connection(uv_stream_t *server, int status)
{
	struct gdb *g = server->data;
	if (status < 0)
		return;
	if (g->has_client) {
		uv_tcp_t *extra = malloc(sizeof(*extra));
		if (!extra || uv_tcp_init(server->loop, extra) != 0) {
			free(extra);
			return;
		}
		if (uv_accept(server, (uv_stream_t *)extra) != 0)
			fprintf(stderr, "armvm: gdb: cannot refuse a second client\n");
		uv_close((uv_handle_t *)extra, free_handle);
		return;
	}
	uv_tcp_init(server->loop, &g->client);
	g->client.data = g;
	if (uv_accept(server, (uv_stream_t *)&g->client) != 0) {
		uv_close((uv_handle_t *)&g->client, NULL);
		return;
	}
	g->has_client = true;
	uv_tcp_nodelay(&g->client, 1);
	uv_read_start((uv_stream_t *)&g->client, on_alloc, on_read);
	pthread_mutex_lock(&g->lock);
	g->connected = g->new_client = true;
	g->in_len = g->out_len = 0;
	g->drop = false;
	notify(g);
	pthread_mutex_unlock(&g->lock);
	hostloop_wake(g->host);
}

static void on_write(uv_write_t *req, int status)
{
	struct gdb *g = req->data;
	free(req);
	if (status < 0)
		close_client(g);
}

/* The CPU thread queued output (or gave up on the client). */
static void on_async(uv_async_t *a)
{
	struct gdb *g = a->data;
	pthread_mutex_lock(&g->lock);
	size_t n = g->out_len;
	bool drop = g->drop;
	struct out_req *r = n && !drop ? malloc(sizeof(*r) + n) : NULL;
	if (r)
		memcpy(r->data, g->out, n);
	g->out_len = 0;
	g->drop = false;
	pthread_mutex_unlock(&g->lock);
	if (!g->has_client || g->closing) {
		free(r);
		return;
	}
	if (drop || (n && !r)) {
		close_client(g);
		return;
	}
	if (!r)
		return;
	uv_buf_t b = uv_buf_init(r->data, (unsigned)n);
	r->req.data = g;
	if (uv_write(&r->req, (uv_stream_t *)&g->client, &b, 1, on_write) != 0) {
		free(r);
		close_client(g);
	}
}

void gdb_net_flush(struct gdb *g)
{
	uv_async_send(&g->async);
}

/* On the host thread: the listening socket into the loop. */
static void start_on_loop(uv_loop_t *loop, void *arg)
{
	struct gdb *g = arg;
	uv_async_init(loop, &g->async, on_async);
	g->async.data = g;
	uv_tcp_init(loop, &g->server);
	g->server.data = g;
	if (uv_tcp_open(&g->server, g->listen_fd) == 0 &&
	    uv_listen((uv_stream_t *)&g->server, 1, on_connection) == 0) {
		g->listen_fd = -1;   /* the handle owns it */
		return;
	}
	fprintf(stderr, "armvm: gdb: the host loop cannot watch the listening socket\n");
}

static void flush_on_loop(uv_loop_t *loop, void *arg)
{
	struct gdb *g = arg;
	(void)loop;
	on_async(&g->async);
}

void gdb_net_flush_now(struct gdb *g)
{
	hostloop_call(g->host, flush_on_loop, g);
}

void gdb_net_start(struct gdb *g)
{
	hostloop_call(g->host, start_on_loop, g);
}

bool gdb_net_listen(struct gdb *g, const char *spec)
{
	g->listen_fd = net_listen("--gdb", spec, false);
	return g->listen_fd >= 0;
}
