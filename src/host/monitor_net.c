/*
 * The monitor's socket, on the host loop's thread: --monitor unix:PATH or
 * tcp:HOST:PORT, one client at a time (another is closed at once), bytes in
 * to the CPU thread through monitor_input, replies written back from
 * mon->out. A client that vanishes is closed and forgotten; one that stops
 * reading is dropped once its replies fill the buffer.
 */
#include <stdlib.h>
#include <string.h>

#include "hostloop.h"
#include "monitor_internal.h"
#include "net_listen.h"

struct out_req {
	uv_write_t req;
	char data[];
};

static uv_stream_t *client(struct monitor *mon)
{
	return (uv_stream_t *)&mon->client;
}

static void client_closed(uv_handle_t *h)
{
	struct monitor *mon = h->data;
	mon->has_client = mon->closing = false;
	pthread_mutex_lock(&mon->lock);
	mon->connected = false;
	mon->out_len = 0;
	pthread_mutex_unlock(&mon->lock);
}

static void close_client(struct monitor *mon)
{
	if (mon->has_client && !mon->closing) {
		mon->closing = true;
		uv_close((uv_handle_t *)client(mon), client_closed);
	}
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	static char chunk[MON_IN_SIZE];   /* one read at a time, on this thread */
	(void)h;
	(void)suggested;
	*buf = uv_buf_init(chunk, sizeof(chunk));
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
	struct monitor *mon = s->data;
	if (n < 0) {
		close_client(mon);
		return;
	}
	monitor_input(mon, MON_SOCKET, (const uint8_t *)buf->base, (size_t)n, false);
	hostloop_wake(mon->host);
}

static void free_handle(uv_handle_t *h)
{
	free(h);
}

static int stream_init(struct monitor *mon, uv_loop_t *loop, void *handle)
{
	return mon->is_unix ? uv_pipe_init(loop, handle, 0) : uv_tcp_init(loop, handle);
}

static void on_connection(uv_stream_t *server, int status)
{
	struct monitor *mon = server->data;
	if (status < 0)
		return;
	if (mon->has_client) {   /* one at a time: refuse the newcomer */
		void *extra = malloc(sizeof(mon->client));
		if (!extra || stream_init(mon, server->loop, extra) != 0) {
			free(extra);
			return;
		}
		uv_accept(server, extra);
		uv_close(extra, free_handle);
		return;
	}
	stream_init(mon, server->loop, &mon->client);
	client(mon)->data = mon;
	if (uv_accept(server, client(mon)) != 0) {
		uv_close((uv_handle_t *)client(mon), NULL);
		return;
	}
	mon->has_client = true;
	uv_read_start(client(mon), on_alloc, on_read);
	pthread_mutex_lock(&mon->lock);
	mon->connected = true;
	mon->out_len = 0;
	mon->drop = false;
	mon->in_len[MON_SOCKET] = 0;
	pthread_mutex_unlock(&mon->lock);
	monitor_input(mon, MON_SOCKET, NULL, 0, true);
	hostloop_wake(mon->host);
}

static void on_write(uv_write_t *req, int status)
{
	struct monitor *mon = req->data;
	free(req);
	if (status < 0)
		close_client(mon);
}

/* The CPU thread queued output (or gave up on the client). */
static void on_async(uv_async_t *a)
{
	struct monitor *mon = a->data;
	pthread_mutex_lock(&mon->lock);
	size_t n = mon->out_len;
	bool drop = mon->drop;
	struct out_req *r = n && !drop ? malloc(sizeof(*r) + n) : NULL;
	if (r)
		memcpy(r->data, mon->out, n);
	mon->out_len = 0;
	mon->drop = false;
	pthread_mutex_unlock(&mon->lock);
	if (!mon->has_client || mon->closing || drop || (n && !r)) {
		free(r);
		close_client(mon);
		return;
	}
	if (!r)
		return;
	uv_buf_t b = uv_buf_init(r->data, (unsigned)n);
	r->req.data = mon;
	if (uv_write(&r->req, client(mon), &b, 1, on_write) != 0) {
		free(r);
		close_client(mon);
	}
}

void monitor_net_flush(struct monitor *mon)
{
	uv_async_send(&mon->async);
}

static void start_on_loop(uv_loop_t *loop, void *arg)
{
	struct monitor *mon = arg;
	uv_async_init(loop, &mon->async, on_async);
	mon->async.data = mon;
	stream_init(mon, loop, &mon->server);
	uv_stream_t *server = (uv_stream_t *)&mon->server;
	server->data = mon;
	int opened = mon->is_unix ? uv_pipe_open(&mon->server.pipe, mon->listen_fd)
				  : uv_tcp_open(&mon->server.tcp, mon->listen_fd);
	if (opened == 0 && uv_listen(server, 1, on_connection) == 0) {
		mon->listen_fd = -1;   /* the handle owns it */
		return;
	}
	fprintf(stderr, "armvm: monitor: the host loop cannot watch the listening socket\n");
}

static void flush_on_loop(uv_loop_t *loop, void *arg)
{
	struct monitor *mon = arg;
	(void)loop;
	if (mon->async.data)
		on_async(&mon->async);
}

/* libuv writes at once what it can: the reply is in the socket on return. */
void monitor_finish(struct monitor *mon)
{
	if (mon && mon->is_socket)
		hostloop_call(mon->host, flush_on_loop, mon);
}

void monitor_net_start(struct monitor *mon)
{
	hostloop_call(mon->host, start_on_loop, mon);
}

bool monitor_net_listen(struct monitor *mon, const char *spec)
{
	mon->listen_fd = net_listen("--monitor", spec, true);
	mon->is_unix = !strncmp(spec, "unix:", 5);
	mon->is_socket = mon->listen_fd >= 0;
	if (mon->is_unix && mon->listen_fd >= 0)
		mon->unix_path = strdup(spec + 5);
	return mon->listen_fd >= 0;
}
