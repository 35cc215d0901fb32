/*
 * A listening socket with one client at a time, for the gdb stub and the
 * monitor (src/host/net_server.c). The socket lives on the host loop's
 * thread, which only moves bytes: what arrives goes to input(), a client
 * coming or going to presence() (both on that thread, each followed by
 * hostloop_wake), and any thread queues replies with net_server_send. A
 * second client is closed at once; one that stops reading is dropped when
 * its replies fill the buffer; one that vanishes is forgotten.
 */
#ifndef ARMVM_NET_SERVER_H
#define ARMVM_NET_SERVER_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <uv.h>

struct hostloop;

struct net_server {
	struct hostloop *host;
	void (*input)(void *ctx, const uint8_t *p, size_t n);
	void (*presence)(void *ctx, bool connected);
	void *ctx;

	pthread_mutex_t lock;         /* out, out_len, connected, drop */
	char *out;
	size_t out_len, out_cap;
	bool connected, drop;

	int listen_fd;                /* until the loop's handle owns it */
	char *unix_path;              /* removed at the end */
	union { uv_tcp_t tcp; uv_pipe_t pipe; } server, client;
	bool is_unix, has_client, closing, started;
	uv_async_t async;             /* output waiting, or drop */
};

/* Bind and listen now, so that a bad spec or a port in use is an error at
 * once: spec is tcp:HOST:PORT (HOST may be empty: every interface; [v6]
 * brackets allowed) or, with unix_ok, unix:PATH (a socket already at PATH is
 * replaced). false after one "armvm: OPTION 'spec': ..." line on stderr. */
bool net_server_listen(struct net_server *s, const char *option, const char *spec,
		       bool unix_ok, size_t out_cap);
/* Into the host loop, whose thread serves it from then on. */
void net_server_start(struct net_server *s);
/* Any thread: queue bytes for the client (dropped when there is none). */
void net_server_send(struct net_server *s, const char *p, size_t n);
/* CPU thread, before the host loop stops: what is queued is in the socket
 * when this returns. */
void net_server_flush_now(struct net_server *s);
/* Once the host loop has stopped (it closed the handles). */
void net_server_destroy(struct net_server *s);

#endif
