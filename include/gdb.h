/*
 * The gdb remote stub (src/host/gdb*.c): --gdb tcp:HOST:PORT (-s for
 * tcp:127.0.0.1:1234), --gdb-wait (-S) stops before the first instruction.
 *
 * The socket lives on the host loop's thread (net_server.c), which only moves
 * bytes; packets are parsed and answered on the CPU thread (gdb.c), between
 * bursts of the run loop, or while the core is stopped for the debugger.
 */
#ifndef ARMVM_GDB_H
#define ARMVM_GDB_H

#include <stdbool.h>
#include <stdint.h>

struct gdb;
struct hostloop;
struct machine;

/* Listen on spec ("tcp:HOST:PORT"); NULL with one "armvm: ..." line on
 * failure. With wait, the core stops before its first instruction until a
 * debugger connects and resumes it. */
struct gdb *gdb_start(struct machine *m, struct hostloop *host, const char *spec, bool wait);
/* After the run, before the host loop stops: send what is still queued (the
 * reply to a detach the guest's end followed). */
void gdb_finish(struct gdb *g);
/* Once the host loop has stopped (it closes the stub's sockets). */
void gdb_destroy(struct gdb *g);

/* The run loop, before each burst (CPU thread): answer the debugger, stop for
 * it (hostloop_hold until it resumes the core), and limit the burst: *budget <=
 * DBT_MAX_BLOCK_INSNS makes the loop run the interpreter. Returns true when
 * the loop must not take interrupts now (a single step, as QEMU's default). */
bool gdb_before_burst(struct gdb *g, uint64_t *budget);
/* CPU thread: take what the debugger sent; true while it holds the core. */
bool gdb_poll(struct gdb *g);

#endif
