/*
 * The gdb stub's state, shared by gdb.c (CPU thread: run control, packets),
 * gdb_points.c (breakpoints, watchpoints), gdb_cmd.c (registers, memory,
 * target description); the socket is a net_server (net_server.h).
 */
#ifndef ARMVM_GDB_INTERNAL_H
#define ARMVM_GDB_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <uv.h>

#include "gdb.h"
#include "gdb_packet.h"
#include "machine.h"
#include "net_server.h"

#define GDB_IN_SIZE  (4 * GDB_PACKET_MAX)
#define GDB_OUT_SIZE (16 * GDB_PACKET_MAX)
#define GDB_MAX_BPS     64
#define GDB_MAX_WATCHES 16

enum gdb_watch_kind { GDB_WATCH_WRITE = 2, GDB_WATCH_READ = 3, GDB_WATCH_ACCESS = 4 };

struct gdb_watch {
	uint32_t addr, len;
	enum gdb_watch_kind kind;
};

struct gdb {
	struct machine *m;
	struct cpu *cpu;
	struct hostloop *host;

	struct net_server net;        /* the socket, on the host loop's thread */

	/* Between the threads, under lock. */
	pthread_mutex_t lock;
	uint8_t in[GDB_IN_SIZE];
	size_t in_len;
	bool connected;               /* a client is there */
	bool new_client;              /* ... and has just come: stop for it */
	atomic_bool pending;          /* in_len, new_client or !connected changed */

	/* CPU thread. */
	struct gdb_rx rx;
	uint8_t in_copy[GDB_IN_SIZE];
	bool stopped;                 /* the core is held for the debugger */
	bool stepping;
	uint64_t resume_count;        /* insn_count when resumed */
	uint32_t resume_pc;           /* a breakpoint here is stepped over once */
	uint32_t bp[GDB_MAX_BPS];
	unsigned nbps;
	uint32_t compiled[GDB_MAX_BPS];  /* those the translator has */
	unsigned ncompiled;
	struct gdb_watch watch[GDB_MAX_WATCHES];
	unsigned nwatches;
	bool watch_hit;
	uint32_t hit_addr;
	enum gdb_watch_kind hit_kind;
	char last_stop[40];           /* the stop reply '?' repeats */
	uint8_t mem[GDB_PACKET_MAX];  /* m and M data */
	char reply[2 * GDB_PACKET_MAX + 1];
	char frame[4 * GDB_PACKET_MAX + 8];
};

/* gdb.c: bytes from the client, on the CPU thread (tests/fuzz feeds it). */
void gdb_input(struct gdb *g, const uint8_t *p, size_t n);

/* gdb_points.c */
bool gdb_is_bp(const struct gdb *g, uint32_t va);
void gdb_cmd_point(struct gdb *g, const char *p);   /* Z and z packets */
/* Before the core runs: the translator learns a changed set of breakpoints. */
void gdb_sync_translator(struct gdb *g);
/* Take every breakpoint and watchpoint out (detach, a client gone or new). */
void gdb_clear_points(struct gdb *g);

/* gdb_cmd.c: the reply to one packet, into g->reply. */
void gdb_cmd_query(struct gdb *g, const char *p);
void gdb_cmd_regs(struct gdb *g, const char *p);
void gdb_cmd_memory(struct gdb *g, const char *p);

#endif
