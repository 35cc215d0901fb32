/*
 * The monitor's state, shared by monitor.c (input, commands, run control on
 * the CPU thread) and monitor_info.c (info and x/xp); the socket is a
 * net_server (net_server.h).
 */
#ifndef ARMVM_MONITOR_INTERNAL_H
#define ARMVM_MONITOR_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#include "machine.h"
#include "monitor.h"
#include "net_server.h"

enum mon_source { MON_CONSOLE, MON_SOCKET, MON_SOURCES };
#define MON_IN_SIZE  4096
#define MON_OUT_SIZE (256 * 1024)
#define MON_LINE     256

struct monitor {
	struct machine *m;
	struct hostloop *host;

	/* Between the threads, under lock. */
	pthread_mutex_t lock;
	uint8_t in[MON_SOURCES][MON_IN_SIZE];
	size_t in_len[MON_SOURCES];
	bool greet[MON_SOURCES];      /* the console given to it, a client come */
	atomic_bool pending;          /* any of the above changed */
	struct net_server net;        /* --monitor, when net.out */

	/* CPU thread. */
	uint8_t in_copy[MON_SOURCES][MON_IN_SIZE];
	char line[MON_SOURCES][MON_LINE];
	size_t line_len[MON_SOURCES];
	bool stopped;                 /* held by `stop` */
};

/* monitor_info.c: `info WHAT` and `x`/`xp`, their text into f. */
void monitor_info(struct monitor *mon, const char *args, FILE *f);
void monitor_examine(struct monitor *mon, const char *args, bool physical, FILE *f);

#endif
