/*
 * The gdb stub's breakpoints (Z0/Z1) and watchpoints (Z2 write, Z3 read, Z4
 * access), on the CPU thread.
 *
 * Breakpoints never change guest memory: the translator ends its blocks before
 * each breakpoint address and a block that starts at one leaves at once
 * (dbt_set_breakpoints); the interpreter runs one instruction per burst while
 * any is set. The instruction at a breakpoint the core resumes from runs in the
 * interpreter. Watchpoints run every access through the interpreter and the
 * software TLB's slow path, where pages holding a watchpoint are never cached
 * (cpu->watch); the stop comes before the accessing instruction, as QEMU's.
 */
#include <setjmp.h>
#include <string.h>

#include "dbt.h"
#include "gdb_internal.h"
#include "mem.h"
#include "run_loop.h"

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

bool gdb_is_bp(const struct gdb *g, uint32_t va)
{
	unsigned i = bp_index(g, va);
	return i < g->nbps && g->bp[i] == va;
}

static bool translator_bp(void *ctx, uint32_t va)
{
	return gdb_is_bp(ctx, va);
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
void gdb_cmd_point(struct gdb *g, const char *p)
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
void gdb_sync_translator(struct gdb *g)
{
	if (!g->cpu->dbt || (g->ncompiled == g->nbps &&
			     !memcmp(g->compiled, g->bp, g->nbps * sizeof(g->bp[0]))))
		return;
	memcpy(g->compiled, g->bp, g->nbps * sizeof(g->bp[0]));
	g->ncompiled = g->nbps;
	dbt_set_breakpoints(g->cpu->dbt, g->nbps ? translator_bp : NULL, g);
}

/* Take every breakpoint and watchpoint out (detach, a client gone or new). */
void gdb_clear_points(struct gdb *g)
{
	g->nbps = 0;
	g->nwatches = 0;
	g->watch_hit = false;
	watches_changed(g);
}
