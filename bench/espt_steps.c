/*
 * One guest load's steps, timed at unit level, through the software TLB
 * (src/mmu/softmmu.c) and through ESPT (src/mmu/espt*.c), on the machine of the
 * ESPT tests (tests/unit/test_espt.h, whose SIGSEGV handler plays the
 * translator's part): hit, refill or fill, guest fault, TLB maintenance,
 * context switch (docs/architecture.md, "One guest load, step by step").
 *
 *   espt_steps [N]     N pages (16..2048, default 1024), each step N times,
 *                      7 repetitions: the median and the least, ns per step.
 *
 * The guest maps N pages at VA0 two RAM pages apart (so no fill takes a
 * neighbour with it) and nothing at HOLE. Every load's value is checked; the
 * test bench_espt_steps runs it small for that, never on its times.
 */
#include <time.h>

#include "mem.h"
#include "test_espt.h"

#define VA0 0x10000000u
#define PA0 (RAM + 0x200000u)
#define HOLE 0x20000000u
#define REPS 7

static unsigned npages;
static uint8_t *base;      /* the current view's region */
static bool failed;

static uint64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static uint32_t va_of(unsigned i)
{
	return VA0 + i * 0x1000u;
}

static void check(uint32_t got, unsigned i)
{
	if (got != i + 1)
		failed = true;
}

/* Page i of VA0 mapped (user read/write, non-global) or not. */
static void map_page(unsigned i, bool on)
{
	put(L2 + 4 * i, on ? small_page(PA0 + 2 * i * 0x1000u, 3, true) : 0);
}

static void guest_tables(void)
{
	mmu_on(1);
	for (unsigned t = 0; t < (npages + 255) / 256; t++)
		put(L1 + 4 * ((VA0 >> 20) + t), page_table(L2 + t * 0x400u, 0));
	for (unsigned i = 0; i < npages; i++) {
		map_page(i, true);
		put(PA0 + 2 * i * 0x1000u, i + 1);
	}
}

/* ---- the software TLB ---- */

static void soft_hit(void)
{
	for (unsigned i = 0; i < npages; i++)
		check(ld32(&m.cpu, va_of(i % TLB_SIZE)), i % TLB_SIZE);
}

static void soft_refill(void)
{
	tlb_flush(&m.cpu);
	for (unsigned i = 0; i < npages; i++)
		check(ld32(&m.cpu, va_of(i)), i);
}

static void soft_abort_at(uint32_t va)
{
	if (!setjmp(m.cpu.abort_jmp))
		ld32(&m.cpu, va);
	cpu_set_mode(&m.cpu, MODE_SVC);
}

static void soft_abort(void)
{
	for (unsigned i = 0; i < npages; i++)
		soft_abort_at(HOLE + i * 0x1000u);
}

/* Any TLB operation or ASID change drops the whole software TLB (cp15.c),
 * which costs the page used next a refill. */
static void soft_tlbi(void)
{
	for (unsigned i = 0; i < npages; i++) {
		tlb_flush(&m.cpu);
		check(ld32(&m.cpu, va_of(i)), i);
	}
}

/* ---- ESPT ---- */

static void espt_hit(void)
{
	for (unsigned i = 0; i < npages; i++)
		check(*(volatile word *)(base + va_of(i % TLB_SIZE)), i % TLB_SIZE);
}

static void unfill(void)
{
	for (unsigned i = 0; i < npages; i++)
		espt_flush_va(e, va_of(i), 1);
}

/* A first load: SIGSEGV, espt_fault (walk, mmap), the load again. */
static void espt_fill(void)
{
	catch_faults();
	acc.write = false;
	probing = 0;
	for (unsigned i = 0; i < npages; i++) {
		faults = 0;
		check(*(volatile word *)(base + va_of(i)), i);
	}
}

static void espt_unmap(void)
{
	unfill();
}

/* A load that aborts: the handler jumps back here. */
static void load_aborting(uint8_t *at)
{
	faults = 0;
	if (!sigsetjmp(fault_jmp, 0))
		(void)*(volatile word *)at;
}

static void espt_abort(void)
{
	catch_faults();
	for (unsigned i = 0; i < npages; i++)
		load_aborting(base + HOLE + i * 0x1000u);
}

/* Demand paging from user mode: the user load aborts, the kernel (privileged
 * view) maps the page, the return to user mode enters the user region, which
 * fills the page; the load again hits. */
static void unmap_all(void)
{
	unfill();
	for (unsigned i = 0; i < npages; i++)
		map_page(i, false);
	enter_view(1, false);   /* its deferred unmaps done, untimed */
	base = enter_view(1, true);
}

static void espt_demand(void)
{
	catch_faults();
	for (unsigned i = 0; i < npages; i++) {
		load_aborting(enter_view(1, false) + va_of(i));
		enter_view(1, true);
		map_page(i, true);
		uint8_t *user = enter_view(1, false);
		faults = 0;
		check(*(volatile word *)(user + va_of(i)), i);
	}
	base = enter_view(1, true);
}

/* A context switch and back: ASID 1 -> 2 -> 1, the region of each found. */
static void espt_switch(void)
{
	for (unsigned i = 0; i < npages; i++) {
		address_space(2, L1);
		base = espt_base(e);
		address_space(1, L1);
		base = espt_base(e);
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* TLBIALL with the N pages filled: every region emptied whole. */
static void espt_tlbiall(void)
{
	espt_flush_all(e);
}

/* ns per operation of run() (ops of them, 0: one per page), prep() untimed
 * before each repetition: the median and the least. */
static void step(const char *name, void (*prep)(void), void (*run)(void), unsigned ops)
{
	double ns[REPS];
	for (unsigned r = 0; r < REPS; r++) {
		if (prep)
			prep();
		uint64_t t0 = now_ns();
		run();
		ns[r] = (double)(now_ns() - t0) / (ops ? ops : npages);
	}
	qsort(ns, REPS, sizeof(*ns), cmp_double);
	printf("| %s | %.1f | %.1f |\n", name, ns[REPS / 2], ns[0]);
}

static void espt_costs(const char *what, const struct espt_stats *a, const struct espt_stats *b)
{
	printf("%s: %llu mmap %.0f ns each, %llu unmaps %.0f ns each\n", what,
	       (unsigned long long)(b->maps - a->maps),
	       b->maps > a->maps ? (double)(b->map_ns - a->map_ns) / (b->maps - a->maps) : 0.0,
	       (unsigned long long)(b->unmaps - a->unmaps),
	       b->unmaps > a->unmaps ?
	       (double)(b->unmap_ns - a->unmap_ns) / (b->unmaps - a->unmaps) : 0.0);
}

int main(int argc, char **argv)
{
	npages = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 0) : 1024;
	if (argc > 2 || npages < 16 || npages > 2048) {
		fprintf(stderr, "espt_steps: usage: espt_steps [N], 16 <= N <= 2048\n");
		return 2;
	}
	if (machine_up(0))
		return 1;
	guest_tables();
	tlb_flush(&m.cpu);
	base = espt_base(e);
	espt_fill();   /* warm: the pages filled once */
	printf("| step (%u pages, median and least of %u) | ns | least |\n| --- | --- | --- |\n",
	       npages, REPS);
	step("softmmu hit (mem_read)", NULL, soft_hit, 0);
	step("softmmu miss: walk, refill", NULL, soft_refill, 0);
	step("softmmu guest fault: walk, abort taken", NULL, soft_abort, 0);
	step("softmmu TLBI or context switch: TLB dropped, one refill", NULL, soft_tlbi, 0);

	struct espt_stats s0 = stats(), s1;
	step("ESPT hit (host load)", NULL, espt_hit, 0);
	step("ESPT fill: SIGSEGV, walk, mmap, load again", unfill, espt_fill, 0);
	step("ESPT TLBIMVA of a filled page (unmap)", espt_fill, espt_unmap, 0);
	s1 = stats();
	espt_costs("ESPT fills and unmaps", &s0, &s1);
	step("ESPT TLBIMVA of a page not filled", NULL, espt_unmap, 0);
	step("ESPT guest fault: SIGSEGV, walk, abort", NULL, espt_abort, 0);
	s0 = stats();
	espt_costs("ESPT guest faults", &s1, &s0);
	step("ESPT demand paging: abort, map, fill on return, load", unmap_all, espt_demand, 0);
	s1 = stats();
	espt_costs("ESPT demand paging", &s0, &s1);
	step("ESPT TLBIALL: each region emptied, per filled page", espt_fill, espt_tlbiall, 0);
	espt_fill();
	step("ESPT context switch (region found, fills kept)", NULL, espt_switch, 2 * npages);
	espt_hit();
	machine_down(NULL);
	if (failed)
		fprintf(stderr, "espt_steps: a load returned a wrong value\n");
	return failed;
}
