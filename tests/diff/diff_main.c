/*
 * diff_test: random ARM and Thumb-2 sequences (data processing, multiplies,
 * loads, stores and exclusives, conditional execution, IT blocks, branches,
 * calls, loops, table branches, interworking), with the MMU off or on, run
 * under the reference interpreter and under the translator with each memory
 * mode; the final registers, flags and memory must agree. Each sequence is
 * generated from the seed and its index alone, so a failure is reproduced
 * with --start and --count 1.
 */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cpu.h"
#include "diff.h"
#include "machine.h"

enum { ISA_SEL_ARM = 1, ISA_SEL_THUMB = 2 };

struct options {
	uint64_t seed, count, start;
	unsigned isa;        /* ISA_SEL_* mask */
	const char *engine;  /* softmmu, espt, both, auto, switch, exact, interp */
	unsigned mmu;        /* 0 off, 1 on, 2 either */
	bool verbose;
};

/* A run that never ends (a translator that loops) is reported by SIGALRM with
 * the sequence it was on: the handler's one pointer. */
struct watch {
	uint64_t seed, index;
};
static const struct watch *volatile watched;

static char *put_u64(char *p, uint64_t v)
{
	char digits[20];
	unsigned n = 0;
	do
		digits[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = digits[--n];
	return p;
}

static char *put_str(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

static void on_alarm(int sig)
{
	char buf[160], *p = buf;
	(void)sig;
	p = put_str(p, "diff: HANG seed ");
	p = put_u64(p, watched->seed);
	p = put_str(p, " sequence ");
	p = put_u64(p, watched->index);
	p = put_str(p, " did not finish (rerun it alone with --start and --count 1)\n");
	if (write(2, buf, (size_t)(p - buf)) < 0)
		_exit(2);
	_exit(1);
}

static const char usage[] =
	"usage: diff_test [--seed N] [--count N] [--start N] [--isa arm|thumb|both]\n"
	"                 [--engine softmmu|espt|both|auto|switch|exact|interp] [--mmu off|on|both]\n"
	"                 [--verbose]\n";

static bool parse_u64(const char *s, uint64_t *out)
{
	char *end;
	if (!s || !*s)
		return false;
	*out = strtoull(s, &end, 0);
	return !*end;
}

static bool parse_options(int argc, char **argv, struct options *o)
{
	bool seeded = false;

	*o = (struct options){ .count = 1000, .isa = ISA_SEL_ARM | ISA_SEL_THUMB,
			       .engine = "both", .mmu = 2 };
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--verbose")) {
			o->verbose = true;
			continue;
		}
		i++;
		if (!strcmp(a, "--seed") && parse_u64(v, &o->seed))
			seeded = true;
		else if (!strcmp(a, "--count") && parse_u64(v, &o->count))
			continue;
		else if (!strcmp(a, "--start") && parse_u64(v, &o->start))
			continue;
		else if (!strcmp(a, "--isa") && v && !strcmp(v, "arm"))
			o->isa = ISA_SEL_ARM;
		else if (!strcmp(a, "--isa") && v && !strcmp(v, "thumb"))
			o->isa = ISA_SEL_THUMB;
		else if (!strcmp(a, "--isa") && v && !strcmp(v, "both"))
			o->isa = ISA_SEL_ARM | ISA_SEL_THUMB;
		else if (!strcmp(a, "--mmu") && v && !strcmp(v, "off"))
			o->mmu = 0;
		else if (!strcmp(a, "--mmu") && v && !strcmp(v, "on"))
			o->mmu = 1;
		else if (!strcmp(a, "--mmu") && v && !strcmp(v, "both"))
			o->mmu = 2;
		else if (!strcmp(a, "--engine") && v &&
			 (!strcmp(v, "softmmu") || !strcmp(v, "espt") || !strcmp(v, "both") ||
			  !strcmp(v, "auto") || !strcmp(v, "switch") || !strcmp(v, "interp") ||
			  !strcmp(v, "exact")))
			o->engine = v;
		else
			return false;
	}
	if (!seeded)
		o->seed = (uint64_t)time(NULL) * 1000003u ^ (uint64_t)getpid();
	return true;
}

static unsigned open_engines(struct machine *m, const char *which, struct diff_engine *e)
{
	unsigned n = 0;

	if (!strcmp(which, "interp"))
		e[n++] = (struct diff_engine){ .name = "interp" };
	if (!strcmp(which, "both")) {
		if (!diff_dbt_create(m, "softmmu", &e[n++]))
			return 0;
		which = "espt";
	}
	if (strcmp(which, "interp") && !diff_dbt_create(m, which, &e[n++]))
		return 0;
	return n;
}

static const char *isa_name(enum isa isa)
{
	return isa == ISA_ARM ? "arm" : "thumb";
}

/* A failure: what the interpreter did and, if got, how an engine differed. */
static void report(const struct options *o, uint64_t index, const struct diff_case *c,
		   const char *engine, const struct diff_state *ref, const struct diff_state *got,
		   const uint8_t *ref_ram, const uint8_t *got_ram)
{
	fprintf(stderr, "diff: %s seed %" PRIu64 " sequence %" PRIu64
		" isa %s engine %s max_insns %u shadow_flush %x code_written %d\n",
		got ? "MISMATCH" : "generator bug (the interpreter's run is not as meant)",
		o->seed, index, isa_name(c->seq.isa), engine, c->max_insns, c->shadow_flush,
		c->code_written);
	fprintf(stderr, "reproduce: diff_test --seed %" PRIu64 " --start %" PRIu64
		" --count 1 --isa %s --engine %s --mmu %s\n", o->seed, index,
		isa_name(c->seq.isa), engine, (const char *[]){ "off", "on", "both" }[o->mmu]);
	diff_print_case(c);
	diff_print_state("initial", &c->init, NULL, ST_CPSR + 1);
	diff_print_state("interp", ref, NULL, ST_COUNT);
	if (got) {
		diff_print_state(engine, got, ref, ST_COUNT);
		diff_print_mem(ref_ram, got_ram, engine);
	}
}

/* The interpreter's run must end at the final WFI, in an exception vector
 * or at the budget, with both bases still inside the scratch area: anything
 * else is a generator bug. */
static bool reference_sane(const struct diff_case *c, const struct diff_state *s)
{
	const struct diff_regs *rr = c->seq.isa == ISA_ARM ? &diff_regs_arm : &diff_regs_thumb;

	if (s->v[ST_STOP] == STOP_MAX_INSNS)
		return c->max_insns && s->v[ST_INSNS] == c->max_insns;
	if (s->v[ST_STOP] != STOP_DEADLOCK)
		return false;
	if ((s->v[ST_CPSR] & CPSR_M) != (c->init.v[ST_CPSR] & CPSR_M))
		return true;
	return diff_mmu_scratch(&c->mmu, s->v[rr->base]) && diff_mmu_scratch(&c->mmu, s->v[13]) &&
	       (!c->seq.mixed || (diff_mmu_scratch(&c->mmu, s->v[diff_regs_arm.base]) &&
				  diff_mmu_scratch(&c->mmu, s->v[diff_regs_thumb.base]))) &&
	       s->v[ST_PC] == c->init.v[ST_PC] + c->seq.code_len;
}

/* Everything one run of the program uses. */
struct run {
	struct options o;
	struct machine *m;
	struct diff_gen *gen;
	struct diff_engine engines[2];
	unsigned nengines;
	struct diff_case *c;
	uint8_t *ref_ram;          /* guest RAM after the interpreter's run */
	uint64_t *op_counts;       /* OP_COUNT entries */
	uint64_t exceptions[32];   /* sequences that ended in an exception, by mode */
	uint64_t mmu_on, user;     /* sequences with the MMU on, in User mode */
};

/* Sequence i: the interpreter, then each engine; false on a failure. */
static bool check_case(struct run *run, uint64_t i)
{
	const struct options *o = &run->o;
	struct machine *m = run->m;
	struct diff_case *c = run->c;
	enum isa isa = o->isa == ISA_SEL_ARM ? ISA_ARM
		       : o->isa == ISA_SEL_THUMB ? ISA_THUMB
		       : (i & 1) ? ISA_THUMB : ISA_ARM;
	struct rng r = { o->seed ^ (i * 0xd1342543de82ef95ull) ^
			 (isa == ISA_THUMB ? 0xa5a5a5a5a5a5a5a5ull : 0) };
	/* Shared by 32 neighbouring sequences: most of the page tables. */
	struct rng epoch = { o->seed ^ ((i >> 5) * 0x9e3779b97f4a7c15ull) ^ 0x5bd1e995u };
	struct diff_state ref, got;

	diff_case_gen(run->gen, &r, &epoch, isa, o->mmu, c, run->op_counts);
	if (o->verbose && o->count == 1) {
		fprintf(stderr, "max_insns %u shadow_flush %x code_written %d\n", c->max_insns,
			c->shadow_flush, c->code_written);
		diff_print_case(c);
		diff_print_state("initial", &c->init, NULL, ST_CPSR + 1);
	}
	diff_run(m, c, NULL, &ref);
	if (!reference_sane(c, &ref)) {
		report(o, i, c, "interp", &ref, NULL, NULL, NULL);
		return false;
	}
	if ((ref.v[ST_CPSR] & CPSR_M) != (c->init.v[ST_CPSR] & CPSR_M))
		run->exceptions[ref.v[ST_CPSR] & CPSR_M]++;
	run->mmu_on += (c->mmu.sctlr & SCTLR_M) != 0;
	run->user += (c->init.v[ST_CPSR] & CPSR_M) == MODE_USR;
	if (o->verbose && o->count == 1)
		diff_print_state("interp", &ref, NULL, ST_COUNT);
	diff_ram_copy(run->ref_ram, m->bus.ram);
	for (unsigned e = 0; e < run->nengines; e++) {
		diff_run(m, c, &run->engines[e], &got);
		if (memcmp(&ref, &got, sizeof(ref)) || !diff_ram_equal(run->ref_ram, m->bus.ram)) {
			report(o, i, c, run->engines[e].name, &ref, &got, run->ref_ram, m->bus.ram);
			return false;
		}
	}
	return true;
}

/* The ops the sequences hold: the random ones and those of control flow. */
static bool op_shown(unsigned op)
{
	return diff_op_wanted(op) || (op >= OP_B && op <= OP_IT && op != OP_BXJ) || op == OP_TBB ||
	       op == OP_TBH;
}

static void print_coverage(const struct run *run)
{
	const uint64_t *op_counts = run->op_counts;
	unsigned missing = 0, shown = 0;

	fprintf(stderr, "diff: ops generated:\n");
	for (unsigned op = 0; op < OP_COUNT; op++) {
		if (!op_shown(op))
			continue;
		fprintf(stderr, "  %-8s %8" PRIu64 "%s", op_name(op), op_counts[op],
			++shown % 5 ? "" : "\n");
		missing += op_counts[op] == 0;
	}
	fprintf(stderr, "\ndiff: %u ops never generated; MMU on %" PRIu64 ", User mode %" PRIu64
		"; ended in UND %" PRIu64 ", ABT %" PRIu64 "\n", missing, run->mmu_on, run->user,
		run->exceptions[MODE_UND], run->exceptions[MODE_ABT]);
}

int main(int argc, char **argv)
{
	struct run run = { 0 };
	if (!parse_options(argc, argv, &run.o)) {
		fputs(usage, stderr);
		return 2;
	}
	const struct options *o = &run.o;
	printf("diff: seed %" PRIu64 ", %" PRIu64 " sequences from %" PRIu64 ", engine %s\n",
	       o->seed, o->count, o->start, o->engine);
	fflush(stdout);

	run.m = calloc(1, sizeof(*run.m));
	run.c = calloc(1, sizeof(*run.c));
	run.ref_ram = malloc(DIFF_RAM_SIZE);
	run.op_counts = calloc(OP_COUNT, sizeof(*run.op_counts));
	run.gen = diff_gen_create();
	if (!run.m || !run.c || !run.ref_ram || !run.op_counts || !run.gen ||
	    !diff_machine_init(run.m) ||
	    !(run.nengines = open_engines(run.m, o->engine, run.engines))) {
		fprintf(stderr, "diff: cannot set up the machine or the translator\n");
		return 1;
	}

	bool ok = true;
	uint64_t done = 0;
	struct watch watch = { o->seed, 0 };
	watched = &watch;
	signal(SIGALRM, on_alarm);
	clock_t t0 = clock();
	for (uint64_t i = o->start; i < o->start + o->count && ok; i++, done++) {
		watch.index = i;
		alarm(10);
		ok = check_case(&run, i);
	}
	alarm(0);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;

	if (o->verbose) {
		print_coverage(&run);
		for (unsigned e = 0; e < run.nengines; e++)
			diff_dbt_print_stats(&run.engines[e]);
	}
	uint64_t exceptions = 0;
	for (unsigned k = 0; k < 32; k++)
		exceptions += run.exceptions[k];
	printf("diff: %" PRIu64 " sequences, %" PRIu64 " ended in an exception, %s; %.1f s\n",
	       done, exceptions, ok ? "engines agree" : "FAILED", secs);
	for (unsigned e = 0; e < run.nengines; e++)
		diff_dbt_destroy(run.m, &run.engines[e]);
	bus_destroy(&run.m->bus);
	free(run.gen);
	free(run.op_counts);
	free(run.ref_ram);
	free(run.c);
	free(run.m);
	return ok ? 0 : 1;
}
