/*
 * The gdb stub on the CPU thread: packets in, run control, breakpoints and
 * watchpoints (include/gdb.h; the protocol is the GDB manual's Appendix E).
 *
 * Breakpoints never change guest memory: the translator ends its blocks before
 * each breakpoint address and a block that starts at one leaves at once
 * (dbt_set_breakpoints); the interpreter runs one instruction per burst while
 * any is set. The instruction at a breakpoint the core resumes from runs in the
 * interpreter. Watchpoints run every access through the interpreter and the
 * software TLB's slow path, where pages holding a watchpoint are never cached
 * (cpu->watch); the stop comes before the accessing instruction, as QEMU's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dbt.h"
#include "gdb_internal.h"
#include "hostloop.h"
#include "mem.h"
#include "run_loop.h"

/* ---- output ---- */

static void send_raw(struct gdb *g, const char *p, size_t n)
{
	pthread_mutex_lock(&g->lock);
	bool connected = g->connected;
	if (connected && g->out_len + n > sizeof(g->out)) {
		g->drop = true;   /* the client stopped reading */
	} else if (connected) {
		memcpy(g->out + g->out_len, p, n);
		g->out_len += n;
	}
	pthread_mutex_unlock(&g->lock);
	if (connected)
		gdb_net_flush(g);
}

static void send_packet(struct gdb *g, const char *payload)
{
	send_raw(g, g->frame, gdb_frame(g->frame, sizeof(g->frame), payload, strlen(payload)));
}

/* ---- breakpoints and watchpoints ---- */

static unsigned bp_index(const struct gdb *g, uint32_t va)
{
	unsigned lo = 0, hi = g->nbps;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (g->bp[mid] < va)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool is_bp(const struct gdb *g, uint32_t va)
{
	unsigned i = bp_index(g, va);
	return i < g->nbps && g->bp[i] == va;
}

static bool translator_bp(void *ctx, uint32_t va)
{
	return is_bp(ctx, va);
}

static bool bp_insert(struct gdb *g, uint32_t va)
{
	unsigned i = bp_index(g, va);
	if (i < g->nbps && g->bp[i] == va)
		return true;
	if (g->nbps == GDB_MAX_BPS)
		return false;
	memmove(&g->bp[i + 1], &g->bp[i], (g->nbps - i) * sizeof(g->bp[0]));
	g->bp[i] = va;
	g->nbps++;
	return true;
}

static void bp_remove(struct gdb *g, uint32_t va)
{
	unsigned i = bp_index(g, va);
	if (i < g->nbps && g->bp[i] == va) {
		memmove(&g->bp[i], &g->bp[i + 1], (g->nbps - i - 1) * sizeof(g->bp[0]));
		g->nbps--;
	}
}

/* Does [va, va + size) overlap [addr, addr + len)? */
static bool overlaps(uint32_t va, uint32_t size, uint32_t addr, uint32_t len)
{
	return (uint64_t)va < (uint64_t)addr + len && (uint64_t)addr < (uint64_t)va + size;
}

/*
 * cpu->watch: keep the pages of watchpoints out of the TLB, and stop before an
 * access that hits one, as QEMU does for ARM (gdb then steps the instruction
 * with its watchpoints out): the instruction is abandoned before its access,
 * which the interpreter allows as it allows an abort (loads before any
 * register write; a store again writes the same bytes). The instruction the
 * core resumes at never hits, as a breakpoint there is stepped over.
 */
static bool watch_access(struct cpu *cpu, uint32_t va, unsigned size, bool write)
{
	struct gdb *g = cpu->gdb;
	bool page = false;
	bool resumed_here = cpu->cur_pc == g->resume_pc && cpu->insn_count == g->resume_count;
	for (unsigned i = 0; i < g->nwatches; i++) {
		const struct gdb_watch *w = &g->watch[i];
		page |= overlaps(va & ~0xfffu, 0x1000, w->addr, w->len);
		if (size && !resumed_here && overlaps(va, size, w->addr, w->len) &&
		    (w->kind == GDB_WATCH_ACCESS || (w->kind == GDB_WATCH_WRITE) == write)) {
			g->watch_hit = true;
			g->hit_addr = w->addr;
			g->hit_kind = w->kind;
			tlb_flush_page(cpu, va);
			cpu->r[15] = cpu->cur_pc;
			cpu->itstate = cpu->cur_itstate;
			longjmp(cpu->abort_jmp, RUN_LOOP_UNDONE);
		}
	}
	return page;
}

static void watches_changed(struct gdb *g)
{
	g->cpu->watch = g->nwatches ? watch_access : NULL;
	tlb_flush(g->cpu);
}

/* Z/z type,addr,kind: 0 and 1 breakpoints, 2 write, 3 read, 4 access watchpoints. */
static void cmd_point(struct gdb *g, const char *p)
{
	bool insert = p[0] == 'Z';
	uint32_t type, addr, len;
	const char *s = p + 1;
	if (!gdb_hex_u32(&s, &type) || *s++ != ',' || !gdb_hex_u32(&s, &addr) || *s++ != ',' ||
	    !gdb_hex_u32(&s, &len) || (*s && *s != ';') || type > 4) {
		strcpy(g->reply, type > 4 ? "" : "E01");
		return;
	}
	strcpy(g->reply, "OK");
	if (type <= 1) {
		if (!insert)
			bp_remove(g, addr);
		else if (!bp_insert(g, addr))
			strcpy(g->reply, "E02");
		return;
	}
	if (len == 0 || len > 0x10000) {
		strcpy(g->reply, "E01");
		return;
	}
	for (unsigned i = 0; i < g->nwatches; i++) {
		struct gdb_watch *w = &g->watch[i];
		if (w->addr == addr && w->len == len && w->kind == (enum gdb_watch_kind)type) {
			if (!insert) {
				*w = g->watch[--g->nwatches];
				watches_changed(g);
			}
			return;
		}
	}
	if (!insert)
		return;
	if (g->nwatches == GDB_MAX_WATCHES) {
		strcpy(g->reply, "E02");
		return;
	}
	g->watch[g->nwatches++] = (struct gdb_watch){ addr, len, (enum gdb_watch_kind)type };
	watches_changed(g);
}

/* Before the core runs again: the translator drops its code when the
 * breakpoints differ from those it was compiled with (gdb takes them all out
 * at every stop and puts them back at every resume). */
static void sync_translator(struct gdb *g)
{
	if (!g->cpu->dbt || (g->ncompiled == g->nbps &&
			     !memcmp(g->compiled, g->bp, g->nbps * sizeof(g->bp[0]))))
		return;
	memcpy(g->compiled, g->bp, g->nbps * sizeof(g->bp[0]));
	g->ncompiled = g->nbps;
	dbt_set_breakpoints(g->cpu->dbt, g->nbps ? translator_bp : NULL, g);
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
	sync_translator(g);
}

/* Take every breakpoint and watchpoint out (detach, a client gone or new). */
static void clear_points(struct gdb *g)
{
	g->nbps = 0;
	g->nwatches = 0;
	g->watch_hit = false;
	watches_changed(g);
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
		clear_points(g);
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
		cmd_point(g, p);
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
		clear_points(g);
		gdb_rx_init(&g->rx);
		if (!g->stopped)
			stop(g, "S05", false);
	}
	gdb_input(g, buf, n);
	if (!connected) {
		clear_points(g);
		resume(g, false, NULL);
	}
}

bool gdb_before_burst(struct gdb *g, uint64_t *budget)
{
	struct cpu *cpu = g->cpu;
	uint32_t pc = cpu->r[15];

	if (atomic_load(&g->pending))
		take_input(g);
	if (g->stopped || cpu->stop != STOP_NONE) {
	} else if (g->watch_hit) {
		static const char *const name[] = { "", "", "watch", "rwatch", "awatch" };
		char reply[40];
		snprintf(reply, sizeof(reply), "T05%s:%x;", name[g->hit_kind], g->hit_addr);
		g->watch_hit = false;
		stop(g, reply, true);
	} else if (g->stepping && cpu->insn_count != g->resume_count) {
		stop(g, "S05", true);
	} else if (is_bp(g, pc) && (pc != g->resume_pc || cpu->insn_count != g->resume_count)) {
		stop(g, "S05", true);
	}
	while (g->stopped && cpu->stop == STOP_NONE) {
		pthread_mutex_lock(&g->lock);
		while (!atomic_load(&g->pending))
			pthread_cond_wait(&g->cond, &g->lock);
		pthread_mutex_unlock(&g->lock);
		take_input(g);
	}
	/* The interpreter checks no breakpoint: one instruction a burst. */
	bool interp = !cpu->dbt || g->nwatches || *budget <= DBT_MAX_BLOCK_INSNS;
	if (g->stepping || (g->nbps && (interp || is_bp(g, cpu->r[15]))))
		*budget = 1;
	else if (g->nwatches && *budget > DBT_MAX_BLOCK_INSNS)
		*budget = DBT_MAX_BLOCK_INSNS;
	return g->stepping && !cpu->halted;
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
	g->listen_fd = -1;
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->cond, NULL);
	gdb_rx_init(&g->rx);
	strcpy(g->last_stop, "S05");
	g->stopped = wait;
	if (!gdb_net_listen(g, spec)) {
		gdb_destroy(g);
		return NULL;
	}
	gdb_net_start(g);
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
	gdb_net_flush_now(g);
}

void gdb_destroy(struct gdb *g)
{
	if (!g)
		return;
	if (g->m->cpu.gdb == g) {
		g->m->cpu.gdb = NULL;
		g->m->cpu.watch = NULL;
	}
	if (g->listen_fd >= 0)
		close(g->listen_fd);
	pthread_cond_destroy(&g->cond);
	pthread_mutex_destroy(&g->lock);
	free(g);
}
