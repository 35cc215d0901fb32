/*
 * Random differential test, interpreter against translator: shared declarations.
 *
 * Guest layout (physical addresses): RAM holds the exception vectors (one WFI
 * each), the sequence under test (somewhere in its first page, or across the
 * boundary into the second) and the page tables in its first MiB, and in its
 * second MiB a scratch area that the sequence's loads and stores address
 * through reserved base registers. With the MMU off VA = PA; with it on,
 * sections map RAM flat and a second-level table maps the scratch pages and
 * the code pages again at DIFF_ALIAS (diff_mmu.c).
 */
#ifndef DIFF_H
#define DIFF_H

#include <stdbool.h>
#include <stdint.h>

#include "insn.h"

#define DIFF_RAM_BASE  0x60000000u
#define DIFF_RAM_SIZE  0x200000u
#define DIFF_VECTORS   DIFF_RAM_BASE
#define DIFF_CODE      (DIFF_RAM_BASE + 0x1000u)   /* two pages for the code */
#define DIFF_CODE_SIZE 0x2000u
/* Two address spaces: a 16 KiB first-level table and a 1 KiB second-level
 * table each. */
#define DIFF_L1(s)     (DIFF_RAM_BASE + 0x4000u + 0x8000u * (s))
#define DIFF_L2(s)     (DIFF_RAM_BASE + 0x8000u + 0x400u * (s))
#define DIFF_LOW_SIZE  0x10000u                    /* vectors to tables: compared */
#define DIFF_SCRATCH   (DIFF_RAM_BASE + 0x100000u) /* its own MiB: section fills */
#define DIFF_SCRATCH_SIZE 0x10000u
/* MMU on: VA of the scratch pages' second mapping, then of the code pages'. */
#define DIFF_ALIAS     0x40000000u
#define DIFF_ALIAS_PAGES 18u
/* Where the two base registers start; every instruction moves a base by at
 * most DIFF_MAX_STEP bytes and accesses at most 1028 bytes beyond it, so a
 * sequence of DIFF_MAX_INSNS stays inside the scratch area. Loop bodies do
 * not move bases, so each of these instructions runs at most once. */
#define DIFF_BASE_OFF  0x5000u
#define DIFF_SP_OFF    0xb000u
#define DIFF_MAX_STEP  512u
#define DIFF_MAX_INSNS 24u
#define DIFF_INDEX_MAX 63u
/* Items of a sequence: the random instructions and the scaffolding of
 * branches, loops and calls around them, table entries, padding. */
#define DIFF_MAX_ITEMS 112u
#define DIFF_MAX_CODE  (4u * DIFF_MAX_ITEMS + 4u)

#define ARM_WFI   0xe320f003u
#define THUMB_WFI 0xbf30u

/* Reserved registers: two bases (the second is SP) and one index register
 * with a small value. No instruction writes them but a base's write-back and
 * ADD/SUB base, base, #small. */
struct diff_regs {
	unsigned base, index;
};
extern const struct diff_regs diff_regs_arm, diff_regs_thumb;

/* More registers an instruction must not write (bits 0-15), and
 * DIFF_KEEP_STACK: no store through SP either (a subroutine's saved LR). */
#define DIFF_KEEP_STACK (1u << 16)

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

/* One item of a sequence: an instruction (enc as decode() takes it) or, when
 * data is non-zero, that many bytes of enc (a table branch's table). */
struct diff_insn {
	uint32_t enc;
	struct insn in;
	uint16_t off;        /* from the sequence's 4-aligned origin */
	uint8_t isa;         /* enum isa */
	uint8_t data;
};

/* A sequence starts at origin + phase (2: a Thumb start not word aligned) in
 * instruction set isa and ends with a WFI, code_len bytes later. A mixed one
 * may switch sets: the reserved registers of both hold their values. */
struct diff_seq {
	enum isa isa;
	bool mixed;                          /* may run code of both sets */
	unsigned phase;
	unsigned n;                          /* items, the final WFI included */
	struct diff_insn insn[DIFF_MAX_ITEMS];
	uint8_t code[DIFF_MAX_CODE];         /* from origin + phase */
	unsigned code_len;                   /* from origin + phase */
};

/* Generator (diff_gen.c: templates, diff_flow.c: control flow): the
 * compiled templates (NULL: out of memory; free() it), one instruction, one
 * sequence; op_counts (OP_COUNT entries) counts the ops produced. */
struct diff_gen;
struct diff_gen *diff_gen_create(void);
void diff_gen_insn(const struct diff_gen *g, struct rng *r, enum isa isa, bool in_it,
		   uint32_t keep, struct diff_insn *out);
void diff_gen_seq(const struct diff_gen *g, struct rng *r, enum isa isa, unsigned phase,
		  struct diff_seq *s, uint64_t *op_counts);

/* The checks every generated instruction passes (diff_check.c): in an IT
 * block or not, keeping the registers in keep. */
bool diff_insn_ok(const struct insn *in, enum isa isa, bool in_it, uint32_t keep);
bool diff_op_wanted(unsigned op);

/* The translation regime of a case (diff_mmu.c): the registers, and the
 * descriptors of both address spaces that vary (l2: the DIFF_ALIAS pages). */
struct diff_mmu {
	uint32_t sctlr;            /* M, A and SW vary */
	uint32_t ttbr0, dacr, contextidr;
	uint32_t l1_scratch;       /* first-level descriptors: the scratch MiB's, */
	uint32_t l1_alias;         /* DIFF_ALIAS's (space 0; space 1's is + 0x400) */
	uint32_t l2[2][DIFF_ALIAS_PAGES];
	uint8_t tlbi;              /* how the guest invalidates what changed */
};

/* One test case: the sequence, the initial CPU state and scratch contents. */
enum diff_field {
	ST_R0, ST_PC = 15, ST_CPSR, ST_SPSR, ST_R13_SVC, ST_R14_SVC, ST_R13_USR,
	ST_R14_USR, ST_DFSR, ST_DFAR, ST_IFSR, ST_IFAR, ST_EXCL, ST_FPSCR, ST_STOP, ST_INSNS,
	ST_COUNT
};
struct diff_state {
	uint64_t d[32];            /* the VFP/NEON registers */
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
	struct diff_state init;    /* r0-r15 (the PC a VA) and CPSR */
	uint32_t code_pa;          /* where the sequence starts */
	struct diff_mmu mmu;
	uint32_t max_insns;
	uint32_t shadow_flush;
	uint32_t cpacr, fpexc;     /* Advanced SIMD enabled, or one of the ways not */
	bool code_written;         /* the translator drops the code pages' blocks
				    * (else everything) as after a guest's write */
	uint8_t scratch[DIFF_SCRATCH_SIZE];
};

struct machine;

/* An engine: a translator (what dbt_create() put in struct cpu), or the
 * interpreter (dbt NULL), and the translation regime it last ran under. */
struct diff_engine {
	const char *name;
	struct dbt *dbt;
	const uint8_t *code_pages;
	struct diff_mmu last;
};

/* Machine, runs and reports (diff_run.c). */
bool diff_machine_init(struct machine *m);
/* mmu_mode: 0 off, 1 on, 2 either; epoch: draws shared by neighbouring
 * cases (their page tables mostly agree, so ESPT keeps its fills). */
void diff_case_gen(const struct diff_gen *g, struct rng *r, struct rng *epoch, enum isa isa,
		   unsigned mmu_mode, struct diff_case *c, uint64_t *op_counts);
void diff_run(struct machine *m, const struct diff_case *c, struct diff_engine *engine,
	      struct diff_state *out);
void diff_print_case(const struct diff_case *c);
void diff_print_state(const char *name, const struct diff_state *s,
		      const struct diff_state *ref, unsigned n);
/* RAM compared: the low area and the scratch area. */
bool diff_ram_equal(const uint8_t *a, const uint8_t *b);
void diff_ram_copy(uint8_t *dst, const uint8_t *ram);
void diff_print_mem(const uint8_t *ref, const uint8_t *got, const char *name);

/* The MMU (diff_mmu.c): draw a regime; write the tables and set the CPU's
 * registers as a guest would, with the TLB maintenance that the changes since
 * *last need (last NULL: the interpreter, nothing to tell); is va a scratch
 * address of the regime? */
void diff_mmu_gen(struct rng *r, struct rng *epoch, bool on, struct diff_mmu *m);
void diff_mmu_apply(struct machine *m, const struct diff_mmu *now, struct diff_mmu *last);
void diff_mmu_reset(struct diff_mmu *m);
bool diff_mmu_scratch(const struct diff_mmu *m, uint32_t va);
void diff_mmu_print(const struct diff_mmu *m);

/* The translator (diff_dbt.c). */
/* mode: softmmu, espt, auto, or switch (auto changing scheme every few
 * instructions). */
bool diff_dbt_create(struct machine *m, const char *mode, struct diff_engine *e);
void diff_dbt_select(struct machine *m, const struct diff_engine *e, const struct diff_case *c);
void diff_dbt_destroy(struct machine *m, struct diff_engine *e);
void diff_dbt_print_stats(const struct diff_engine *e);

#endif
