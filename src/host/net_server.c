/*
 * One client at a time on a listening socket, on the host loop's thread
 * (net_server.h).
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "hostloop.h"
#include "net_server.h"

struct out_req {
	uv_write_t req;
	char data[];
};

static uv_stream_t *client(struct net_server *s)
{
	return (uv_stream_t *)&s->client;
}

static void client_closed(uv_handle_t *h)
{
	struct net_server *s = h->data;
	s->has_client = s->closing = false;
	pthread_mutex_lock(&s->lock);
	s->connected = false;
	s->out_len = 0;
	pthread_mutex_unlock(&s->lock);
	s->presence(s->ctx, false);
	hostloop_wake(s->host);
}

static void close_client(struct net_server *s)
{
	if (s->has_client && !s->closing) {
		s->closing = true;
		uv_close((uv_handle_t *)client(s), client_closed);
	}
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
	static char chunk[4096];   /* one read at a time, on this thread */
	(void)h;
	(void)suggested;
	*buf = uv_buf_init(chunk, sizeof(chunk));
}

static void on_read(uv_stream_t *stream, ssize_t n, const uv_buf_t *buf)
{
	struct net_server *s = stream->data;
	if (n < 0) {
		close_client(s);
		return;
	}
	s->input(s->ctx, (const uint8_t *)buf->base, (size_t)n);
	hostloop_wake(s->host);
}

static void free_handle(uv_handle_t *h)
{
	free(h);
}

static int stream_init(struct net_server *s, uv_loop_t *loop, void *handle)
{
	return s->is_unix ? uv_pipe_init(loop, handle, 0) : uv_tcp_init(loop, handle);
}

static void on_connection(uv_stream_t *server, int status)
{
	struct net_server *s = server->data;
	if (status < 0)
		return;
	if (s->has_client) {   /* one at a time: close the newcomer */
		void *extra = malloc(sizeof(s->client));
		if (!extra || stream_init(s, server->loop, extra) != 0) {
			free(extra);
			return;
		}
		if (uv_accept(server, extra) != 0)
			fprintf(stderr, "armvm: cannot refuse a second client\n");
		uv_close(extra, free_handle);
		return;
	}
	stream_init(s, server->loop, &s->client);
	client(s)->data = s;
	if (uv_accept(server, client(s)) != 0) {
		uv_close((uv_handle_t *)client(s), NULL);
		return;
	}
	s->has_client = true;
	if (!s->is_unix)
		uv_tcp_nodelay(&s->client.tcp, 1);
	uv_read_start(client(s), on_alloc, on_read);
	pthread_mutex_lock(&s->lock);
	s->connected = true;
	s->out_len = 0;
	s->drop = false;
	pthread_mutex_unlock(&s->lock);
	s->presence(s->ctx, true);
	hostloop_wake(s->host);
}

static void on_write(uv_write_t *req, int status)
{
	struct net_server *s = req->data;
	free(req);
	if (status < 0)
		close_client(s);
}

/* Output queued (or the client given up on): libuv writes at once what the
 * socket takes. */
static void on_async(uv_async_t *a)
{
	struct net_server *s = a->data;
	pthread_mutex_lock(&s->lock);
	size_t n = s->out_len;
	bool drop = s->drop;
	struct out_req *r = n && !drop ? malloc(sizeof(*r) + n) : NULL;
	if (r)
		memcpy(r->data, s->out, n);
	s->out_len = 0;
	s->drop = false;
	pthread_mutex_unlock(&s->lock);
	if (!s->has_client || s->closing || drop || (n && !r)) {
		free(r);
		close_client(s);
		return;
	}
	if (!r)
		return;
	uv_buf_t b = uv_buf_init(r->data, (unsigned)n);
	r->req.data = s;
	if (uv_write(&r->req, client(s), &b, 1, on_write) != 0) {
		free(r);
		close_client(s);
	}
}

void net_server_send(struct net_server *s, const char *p, size_t n)
{
	pthread_mutex_lock(&s->lock);
	bool connected = s->connected;
	if (connected && s->out_len + n > s->out_cap) {
		s->drop = true;   /* the client stopped reading */
	} else if (connected) {
		memcpy(s->out + s->out_len, p, n);
		s->out_len += n;
	}
	pthread_mutex_unlock(&s->lock);
	if (connected)
		uv_async_send(&s->async);
}

static void start_on_loop(uv_loop_t *loop, void *arg)
{
	struct net_server *s = arg;
	uv_async_init(loop, &s->async, on_async);
	s->async.data = s;
	s->started = true;
	stream_init(s, loop, &s->server);
	uv_stream_t *server = (uv_stream_t *)&s->server;
	server->data = s;
	int opened = s->is_unix ? uv_pipe_open(&s->server.pipe, s->listen_fd)
				: uv_tcp_open(&s->server.tcp, s->listen_fd);
	if (opened == 0 && uv_listen(server, 1, on_connection) == 0) {
		s->listen_fd = -1;   /* the handle owns it */
		return;
	}
	fprintf(stderr, "armvm: the host loop cannot watch a listening socket\n");
}

void net_server_start(struct net_server *s)
{
	hostloop_call(s->host, start_on_loop, s);
}

static void flush_on_loop(uv_loop_t *loop, void *arg)
{
	struct net_server *s = arg;
	(void)loop;
	on_async(&s->async);
}

void net_server_flush_now(struct net_server *s)
{
	if (s->started)
		hostloop_call(s->host, flush_on_loop, s);
}

void net_server_destroy(struct net_server *s)
{
	if (s->listen_fd >= 0)
		close(s->listen_fd);
	if (s->unix_path)
		unlink(s->unix_path);
	free(s->unix_path);
	free(s->out);
	pthread_mutex_destroy(&s->lock);
}

/* ---- listening ---- */

static int listen_unix(const char *option, const char *spec)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	const char *path = spec + 5;
	struct stat st;
	if (!path[0] || strlen(path) >= sizeof(sa.sun_path)) {
		fprintf(stderr, "armvm: %s '%s': the path is empty or too long\n", option, spec);
		return -1;
	}
	strcpy(sa.sun_path, path);
	if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(fd, 1) != 0) {
		fprintf(stderr, "armvm: %s '%s': cannot listen: %s\n", option, spec, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return fd;
}

static int listen_tcp(const char *option, const char *spec, bool unix_ok)
{
	char host[256], *end = NULL;
	const char *colon = strrchr(spec, ':');
	struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
				  .ai_flags = AI_PASSIVE | AI_NUMERICSERV }, *ai = NULL;
	bool ok = !strncmp(spec, "tcp:", 4) && colon >= spec + 4;
	long port = ok ? strtol(colon + 1, &end, 10) : 0;
	size_t hlen = ok ? (size_t)(colon - spec) - 4 : 0;

	if (!ok || !colon[1] || *end || port < 1 || port > 65535 || hlen >= sizeof(host)) {
		fprintf(stderr, "armvm: %s '%s': expected %stcp:HOST:PORT (e.g. tcp:127.0.0.1:%s)\n",
			option, spec, unix_ok ? "unix:PATH or " : "", unix_ok ? "4444" : "1234");
		return -1;
	}
	memcpy(host, spec + 4, hlen);
	host[hlen] = 0;
	if (hlen >= 2 && host[0] == '[' && host[hlen - 1] == ']') {
		memmove(host, host + 1, hlen - 2);
		host[hlen - 2] = 0;
	}
	int err = getaddrinfo(host[0] ? host : NULL, colon + 1, &hints, &ai);
	if (err) {
		fprintf(stderr, "armvm: %s '%s': %s\n", option, spec, gai_strerror(err));
		return -1;
	}
	int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
	int one = 1;
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
	    bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, 1) != 0) {
		fprintf(stderr, "armvm: %s '%s': cannot listen: %s\n", option, spec, strerror(errno));
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(ai);
	return fd;
}

bool net_server_listen(struct net_server *s, const char *option, const char *spec,
		       bool unix_ok, size_t out_cap)
{
	pthread_mutex_init(&s->lock, NULL);
	s->is_unix = unix_ok && !strncmp(spec, "unix:", 5);
	s->listen_fd = s->is_unix ? listen_unix(option, spec) : listen_tcp(option, spec, unix_ok);
	if (s->listen_fd < 0)
		return false;
	s->out = malloc(out_cap);
	s->out_cap = out_cap;
	s->unix_path = s->is_unix ? strdup(spec + 5) : NULL;
	if (!s->out || (s->is_unix && !s->unix_path)) {
		fprintf(stderr, "armvm: out of memory\n");
		return false;
	}
	return true;
}
