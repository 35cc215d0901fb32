/*
 * The gdb stub on the CPU thread: packets in, run control, stop replies
 * (include/gdb.h; the protocol is the GDB manual's Appendix E). Breakpoints
 * and watchpoints are in gdb_points.c, registers and memory in gdb_cmd.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dbt.h"
#include "gdb_internal.h"
#include "hostloop.h"

/* ---- output ---- */

static void send_raw(struct gdb *g, const char *p, size_t n)
{
	net_server_send(&g->net, p, n);
}

static void send_packet(struct gdb *g, const char *payload)
{
	send_raw(g, g->frame, gdb_frame(g->frame, sizeof(g->frame), payload, strlen(payload)));
}

/* ---- run control ---- */

static void stop(struct gdb *g, const char *reply, bool tell)
{
	g->stopped = true;
	g->stepping = false;
	snprintf(g->last_stop, sizeof(g->last_stop), "%s", reply);
	if (tell)
		send_packet(g, reply);
}

/* Let the core run (one instruction when step), from addr when it is given
 * (c ADDR, s ADDR, C SIG;ADDR, S SIG;ADDR). */
static void resume(struct gdb *g, bool step, const char *addr)
{
	uint32_t pc;
	if (addr && gdb_hex_u32(&addr, &pc))
		g->cpu->r[15] = pc & (g->cpu->thumb ? ~1u : ~3u);
	g->stopped = false;
	g->stepping = step;
	g->resume_count = g->cpu->insn_count;
	g->resume_pc = g->cpu->r[15];
	gdb_sync_translator(g);
}

/* vCont;ACTION[:thread]...: the first action; one core, one thread. */
static void cmd_vcont(struct gdb *g, const char *p)
{
	if (!strcmp(p, "vCont?")) {
		send_packet(g, "vCont;c;C;s;S");
	} else if (!strncmp(p, "vCont;", 6) && strchr("cCsS", p[6]) && p[6]) {
		resume(g, p[6] == 's' || p[6] == 'S', NULL);
	} else if (!strcmp(p, "vKill") || !strncmp(p, "vKill;", 6)) {
		send_packet(g, "OK");
		cpu_request_stop(g->cpu, STOP_KILLED, 0);
	} else {
		send_packet(g, strncmp(p, "vCont", 5) ? "" : "E01");
	}
}

static void dispatch(struct gdb *g, const char *p)
{
	g->reply[0] = 0;
	switch (p[0]) {
	case 'c': case 's':
		resume(g, p[0] == 's', p[1] ? p + 1 : NULL);
		return;
	case 'C': case 'S':
		resume(g, p[0] == 'S', strchr(p, ';') ? strchr(p, ';') + 1 : NULL);
		return;
	case 'v':
		cmd_vcont(g, p);
		return;
	case 'D':
		send_packet(g, "OK");
		gdb_clear_points(g);
		resume(g, false, NULL);
		return;
	case 'k':
		cpu_request_stop(g->cpu, STOP_KILLED, 0);
		return;
	case '?':
		snprintf(g->reply, sizeof(g->reply), "%s", g->last_stop);
		break;
	case 'g': case 'G': case 'p': case 'P':
		gdb_cmd_regs(g, p);
		break;
	case 'm': case 'M':
		gdb_cmd_memory(g, p);
		break;
	case 'Z': case 'z':
		gdb_cmd_point(g, p);
		break;
	case 'q': case 'Q':
		gdb_cmd_query(g, p);
		break;
	case 'H':
		strcpy(g->reply, "OK");
		break;
	}
	send_packet(g, g->reply);
}

static void on_event(struct gdb *g, enum gdb_rx_event ev)
{
	switch (ev) {
	case GDB_RX_PACKET:
		send_raw(g, "+", 1);
		dispatch(g, g->rx.buf);
		break;
	case GDB_RX_BAD_SUM:
		send_raw(g, "-", 1);
		break;
	case GDB_RX_TOO_LONG:
		send_raw(g, "+", 1);
		send_packet(g, "E01");
		break;
	case GDB_RX_INTERRUPT:
		if (!g->stopped)
			stop(g, "S02", true);
		break;
	case GDB_RX_NONE:
		break;
	}
}

void gdb_input(struct gdb *g, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n && g->cpu->stop == STOP_NONE; i++)
		on_event(g, gdb_rx_byte(&g->rx, p[i]));
}

/* What the host thread received: a new client stops the core (as QEMU does),
 * one that left lets it run on without breakpoints. */
static void take_input(struct gdb *g)
{
	uint8_t *buf = g->in_copy;
	pthread_mutex_lock(&g->lock);
	size_t n = g->in_len;
	memcpy(buf, g->in, n);
	g->in_len = 0;
	bool fresh = g->new_client, connected = g->connected;
	g->new_client = false;
	atomic_store(&g->pending, false);
	pthread_mutex_unlock(&g->lock);

	if (fresh) {
		gdb_clear_points(g);
		gdb_rx_init(&g->rx);
		if (!g->stopped)
			stop(g, "S05", false);
	}
	gdb_input(g, buf, n);
	if (!connected) {
		gdb_clear_points(g);
		resume(g, false, NULL);
	}
}

bool gdb_poll(struct gdb *g)
{
	if (atomic_load(&g->pending))
		take_input(g);
	return g->stopped;
}

bool gdb_before_burst(struct gdb *g, uint64_t *budget)
{
	struct cpu *cpu = g->cpu;
	uint32_t pc = cpu->r[15];

	gdb_poll(g);
	if (g->stopped || cpu->stop != STOP_NONE) {
	} else if (g->watch_hit) {
		static const char *const name[] = { "", "", "watch", "rwatch", "awatch" };
		char reply[40];
		snprintf(reply, sizeof(reply), "T05%s:%x;", name[g->hit_kind], g->hit_addr);
		g->watch_hit = false;
		stop(g, reply, true);
	} else if (g->stepping && cpu->insn_count != g->resume_count) {
		stop(g, "S05", true);
	} else if (gdb_is_bp(g, pc) && (pc != g->resume_pc || cpu->insn_count != g->resume_count)) {
		stop(g, "S05", true);
	}
	if (g->stopped)
		hostloop_hold(g->host);
	/* The interpreter checks no breakpoint: one instruction a burst. */
	bool interp = !cpu->dbt || g->nwatches || *budget <= DBT_MAX_BLOCK_INSNS;
	if (g->stepping || (g->nbps && (interp || gdb_is_bp(g, cpu->r[15]))))
		*budget = 1;
	else if (g->nwatches && *budget > DBT_MAX_BLOCK_INSNS)
		*budget = DBT_MAX_BLOCK_INSNS;
	return g->stepping && !cpu->halted;
}

/* ---- the socket's thread (net_server.h) ---- */

static void net_input(void *ctx, const uint8_t *p, size_t n)
{
	struct gdb *g = ctx;
	pthread_mutex_lock(&g->lock);
	/* A client flooding faster than the CPU thread reads loses the excess;
	 * the parser resynchronises at the next '$'. */
	size_t room = sizeof(g->in) - g->in_len;
	size_t take = n < room ? n : room;
	memcpy(g->in + g->in_len, p, take);
	g->in_len += take;
	atomic_store(&g->pending, true);
	pthread_mutex_unlock(&g->lock);
}

static void net_presence(void *ctx, bool connected)
{
	struct gdb *g = ctx;
	pthread_mutex_lock(&g->lock);
	g->connected = connected;
	g->new_client |= connected;
	g->in_len = 0;
	atomic_store(&g->pending, true);
	pthread_mutex_unlock(&g->lock);
}

struct gdb *gdb_start(struct machine *m, struct hostloop *host, const char *spec, bool wait)
{
	struct gdb *g = calloc(1, sizeof(*g));
	if (!g) {
		fprintf(stderr, "armvm: out of memory\n");
		return NULL;
	}
	g->m = m;
	g->cpu = &m->cpu;
	g->host = host;
	g->net = (struct net_server){ .host = host, .input = net_input,
				      .presence = net_presence, .ctx = g, .listen_fd = -1 };
	pthread_mutex_init(&g->lock, NULL);
	gdb_rx_init(&g->rx);
	strcpy(g->last_stop, "S05");
	g->stopped = wait;
	if (!net_server_listen(&g->net, "--gdb", spec, false, GDB_OUT_SIZE)) {
		gdb_destroy(g);
		return NULL;
	}
	net_server_start(&g->net);
	m->cpu.gdb = g;
	return g;
}

void gdb_finish(struct gdb *g)
{
	if (!g)
		return;
	/* A client waiting for the core hears that the guest ended (W, exit status). */
	if (!g->stopped && g->cpu->stop != STOP_KILLED) {
		char reply[8];
		snprintf(reply, sizeof(reply), "W%02x", (unsigned)g->cpu->exit_code & 0xff);
		send_packet(g, reply);
	}
	net_server_flush_now(&g->net);
}

void gdb_destroy(struct gdb *g)
{
	if (!g)
		return;
	if (g->m->cpu.gdb == g) {
		g->m->cpu.gdb = NULL;
		g->m->cpu.watch = NULL;
	}
	net_server_destroy(&g->net);
	pthread_mutex_destroy(&g->lock);
	free(g);
}
