/*
 * libFuzzer target: the input as bytes from a gdb client (src/host/gdb.c),
 * framed or not, parsed and answered against a machine with only RAM; and
 * every payload that gdb_frame() frames parses back to itself.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "gdb_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* gdb_frame()'s output, fed back through a fresh parser, is the payload. */
static void check_round_trip(const uint8_t *data, size_t size)
{
	static char framed[2 * GDB_PACKET_MAX + 4];
	static struct gdb_rx rx;
	size_t len = size < GDB_PACKET_MAX ? size : GDB_PACKET_MAX;
	size_t n = gdb_frame(framed, sizeof(framed), (const char *)data, len);
	enum gdb_rx_event ev = GDB_RX_NONE;

	gdb_rx_init(&rx);
	for (size_t i = 0; i < n; i++)
		ev = gdb_rx_byte(&rx, (uint8_t)framed[i]);
	if (ev != GDB_RX_PACKET || rx.len != len || memcmp(rx.buf, data, len))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct machine_options opts;
	static struct gdb g;
	struct machine *m = fuzz_machine(1u << 20, &opts);

	cpu_init(&m->cpu, m);
	memset(&g, 0, sizeof(g));
	g.m = m;
	g.cpu = &m->cpu;
	pthread_mutex_init(&g.lock, NULL);
	strcpy(g.last_stop, "S05");
	m->cpu.gdb = &g;
	gdb_input(&g, data, size);   /* not connected: replies are dropped */
	m->cpu.gdb = NULL;
	m->cpu.watch = NULL;
	pthread_mutex_destroy(&g.lock);
	check_round_trip(data, size);
	return 0;
}
