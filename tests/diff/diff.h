/*
 * Random differential test, interpreter against translator: shared declarations.
 *
 * Guest layout (physical = virtual, MMU off): RAM holds the exception vectors
 * (one WFI each), the sequence under test (somewhere in its first page, or
 * across the boundary into the second) and a scratch area that the sequence's
 * loads and stores address through reserved base registers.
 */
#ifndef DIFF_H
#define DIFF_H

#include <stdbool.h>
#include <stdint.h>

#include "insn.h"

#define DIFF_RAM_BASE  0x60000000u
#define DIFF_RAM_SIZE  0x20000u
#define DIFF_VECTORS   DIFF_RAM_BASE
#define DIFF_CODE      (DIFF_RAM_BASE + 0x1000u)   /* two pages for the code */
#define DIFF_CODE_SIZE 0x2000u
#define DIFF_SCRATCH   (DIFF_RAM_BASE + 0x10000u)
#define DIFF_SCRATCH_SIZE 0x10000u
/* Where the two base registers start; every instruction moves a base by at
 * most DIFF_MAX_STEP bytes and accesses at most 1028 bytes beyond it, so a
 * sequence of DIFF_MAX_INSNS stays inside the scratch area. */
#define DIFF_BASE_OFF  0x5000u
#define DIFF_SP_OFF    0xb000u
#define DIFF_MAX_STEP  512u
#define DIFF_MAX_INSNS 24u
#define DIFF_INDEX_MAX 63u

#define ARM_WFI   0xe320f003u
#define THUMB_WFI 0xbf30u

/* Reserved registers: two bases (the second is SP) and one index register
 * with a small value. No instruction writes them but a base's write-back and
 * ADD/SUB base, base, #small. */
struct diff_regs {
	unsigned base, index;
};
extern const struct diff_regs diff_regs_arm, diff_regs_thumb;

/* splitmix64 */
struct rng {
	uint64_t s;
};

static inline uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static inline uint32_t rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(rng_next(r) % n);
}

/* One generated instruction: enc as decode() takes it. */
struct diff_insn {
	uint32_t enc;
	struct insn in;
};

struct diff_seq {
	enum isa isa;
	unsigned n;                          /* instructions, the final WFI included */
	struct diff_insn insn[DIFF_MAX_INSNS + 1];
	uint8_t code[4 * (DIFF_MAX_INSNS + 1)];
	unsigned code_len;
};

/* Generator (diff_gen.c): the compiled templates (NULL: out of memory; free()
 * it), one sequence; op_counts (OP_COUNT entries) counts the ops produced. */
struct diff_gen;
struct diff_gen *diff_gen_create(void);
void diff_gen_seq(const struct diff_gen *g, struct rng *r, enum isa isa, struct diff_seq *s,
		  uint64_t *op_counts);

/* The checks every generated instruction passes (diff_check.c): in an IT
 * block or not. */
bool diff_insn_ok(const struct insn *in, enum isa isa, bool in_it);
bool diff_op_wanted(unsigned op);

/* One test case: the sequence, the initial CPU state and scratch contents. */
enum diff_field {
	ST_R0, ST_PC = 15, ST_CPSR, ST_SPSR, ST_R13_SVC, ST_R14_SVC,
	ST_DFSR, ST_DFAR, ST_IFSR, ST_IFAR, ST_STOP, ST_INSNS, ST_COUNT
};
struct diff_state {
	uint32_t v[ST_COUNT];      /* ST_STOP: enum stop_reason; ST_INSNS: insn_count */
};

/* max_insns: 0 (no budget: translated blocks chain), a large budget (every
 * block returns to count it) or one that ends the sequence early.
 * shadow_flush: 0, or a VA whose page (DIFF_FLUSH_ALL: every page) the
 * translator forgets before the run, as a TLB maintenance operation would,
 * so that ESPT faults and fills in the middle of the sequence. */
#define DIFF_FLUSH_ALL 1u
struct diff_case {
	struct diff_seq seq;
	struct diff_state init;    /* r0-r15 and CPSR */
	uint32_t max_insns;
	uint32_t shadow_flush;
	uint8_t scratch[DIFF_SCRATCH_SIZE];
};

struct machine;

/* An engine: a translator (what dbt_create() put in struct cpu), or the
 * interpreter (dbt NULL). */
struct diff_engine {
	const char *name;
	struct dbt *dbt;
	const uint8_t *code_pages;
};

/* Machine, runs and reports (diff_run.c); engine NULL: the interpreter. */
bool diff_machine_init(struct machine *m);
void diff_case_gen(const struct diff_gen *g, struct rng *r, enum isa isa, struct diff_case *c,
		   uint64_t *op_counts);
void diff_run(struct machine *m, const struct diff_case *c, const struct diff_engine *engine,
	      struct diff_state *out);
void diff_print_case(const struct diff_case *c);
void diff_print_state(const char *name, const struct diff_state *s,
		      const struct diff_state *ref, unsigned n);
void diff_print_mem(const uint8_t *ref, const uint8_t *got, const char *name);

/* The translator (diff_dbt.c). */
bool diff_dbt_create(struct machine *m, bool espt, struct diff_engine *e);
void diff_dbt_select(struct machine *m, const struct diff_engine *e, uint32_t shadow_flush);
void diff_dbt_destroy(struct machine *m, struct diff_engine *e);
void diff_dbt_print_stats(const struct diff_engine *e);

#endif
