/*
 * The block compiler's state while it translates one guest instruction, shared
 * by the per-class code generators (gen_*.c).
 *
 * Invariants of generated code: the flags are in struct cpu; up to
 * DBT_CACHE_REGS guest registers, chosen per block (gen_regs.c), live in host
 * registers from the block's entry: the host register always holds the guest
 * value, and g->dirty names those whose copy in struct cpu may be stale (a
 * superset: storing a clean one is harmless). Dirty ones are stored before
 * every exit and call into C, and all are reloaded after a call; an ESPT
 * access site records them for the fault handler. At block entry cpu->itstate
 * and cpu->thumb hold the block's flags; cpu->r[15], cur_pc and next_pc are
 * written only before a call into C (helpers, slow paths) and at exits.
 */
#ifndef ARMVM_DBT_GEN_H
#define ARMVM_DBT_GEN_H

#include "dbt_internal.h"

#define MEM_IT_UNKNOWN 0xffffffffu

/* The x86 flags still hold the result of the last flag-setting operation
 * (SETcc and MOV keep them): a condition right after it tests them directly. */
enum host_flags {
	HF_NONE,
	HF_SUB,    /* N Z V as x86, C = NOT CF (SUB, CMP, SBB ...) */
	HF_ADD,    /* N Z C V as x86 (ADD, CMN, ADC) */
	HF_LOGIC,  /* N Z as x86 only */
};

struct gen {
	struct dbt *d;
	struct x64_buf *b;
	struct tb *tb;
	const struct insn *in;   /* the instruction, as stored with the block */
	const struct insn *pre_end; /* end of the block's decoded instructions after it */
	uint32_t pc;             /* its address */
	uint32_t it, it_next;    /* ITSTATE before it and after it */
	uint32_t mem_it;         /* the value cpu->itstate holds at this point */
	unsigned cond;           /* its condition (from ITSTATE in an IT block) */
	unsigned count;          /* instructions of the block up to and including it */
	bool thumb;
	bool ended;              /* it left the block on every path */
	unsigned nexits;         /* chainable exits (tb->exit[]) used so far */
	enum host_flags host_flags; /* what the x86 flags hold after it */
	enum host_flags flags_in;   /* ... and before its body (after the condition test) */
	uint8_t host_of[15];     /* host register caching guest register r; X64_RAX: none */
	uint16_t dirty;          /* cached guest registers struct cpu may be behind on */
	/* Between instructions: the x86 flags (host_flags) hold N Z (C V) that
	 * struct cpu does not have yet. */
	bool flags_pending;
	/* It is compiled unconditionally; r10b holds its condition, on which
	 * its register writes are CMOVs (gen_select_begin). */
	bool select;
	/* A native NEON instruction checked CPACR and FPEXC on every path since
	 * the last call into C (gen_neon.c). */
	bool neon_ok;
};

/* The value the instruction reads as PC (ARM ARM A2.3.1). */
static inline uint32_t gen_pc_value(const struct gen *g)
{
	return g->pc + (g->thumb ? 4 : 8);
}

static inline uint32_t gen_next_pc(const struct gen *g)
{
	return g->pc + g->in->len;
}

static inline struct x64_mem gen_reg_mem(unsigned r)
{
	return cpu_mem(CPU_REG(r));
}

/* The host register caching guest register r (not the PC), or X64_RAX. */
static inline enum x64_reg gen_reg_host(const struct gen *g, unsigned r)
{
	return r < 15 ? (enum x64_reg)g->host_of[r] : X64_RAX;
}

/* gen_regs.c: guest registers in host registers (see above). */
/* Choose the cached registers from the n instructions the block will likely
 * run (the most used ones), and load them. */
void gen_regs_enter(struct gen *g, const struct insn *insns, unsigned n);
void gen_regs_store(struct gen *g);          /* dirty ones to struct cpu; g->dirty kept */
void gen_regs_reload(struct gen *g);         /* all from struct cpu: none dirty */
/* Register r as a source into dst: the PC reads as its value + 8 / + 4. */
void gen_read_reg(struct gen *g, enum x64_reg dst, unsigned r);
/* Sign-extend register r (not the PC) into the 64-bit dst. */
void gen_read_reg_sx64(struct gen *g, enum x64_reg dst, unsigned r);
/* dst = dst op register r (not the PC). */
void gen_alu_reg(struct gen *g, enum x64_alu op, enum x64_reg dst, unsigned r);
/* Write register r (not the PC): MOVs only, so the x86 flags live on. */
void gen_write_reg(struct gen *g, unsigned r, enum x64_reg src);
void gen_write_reg_imm(struct gen *g, unsigned r, uint32_t imm);

/* N and Z from the x86 SF and ZF (gen_dp.c, gen_mul.c). */
static inline void gen_store_nz(struct x64_buf *b)
{
	x64_setcc_m8(b, X64_CC_S, cpu_mem(CPU_OFF(nf)));
	x64_setcc_m8(b, X64_CC_E, cpu_mem(CPU_OFF(zf)));
}

/* x86 CF = C from struct cpu, or NOT C (the borrow for SBB) when inverted;
 * a byte compare, as SETcc stored it. */
static inline void gen_carry_to_cf(struct x64_buf *b, bool inverted)
{
	x64_alu_m8_imm8(b, X64_CMP, cpu_mem(CPU_OFF(cf)), 1);   /* CF = cf < 1 */
	if (!inverted)
		x64_cmc(b);
}

/* Does the instruction set the flags (16-bit Thumb: only outside IT blocks)? */
static inline bool gen_setflags(const struct gen *g)
{
	const struct insn *in = g->in;
	return (in->flags & INSN_S) || ((in->flags & INSN_S_NOT_IT) && !(g->it & 0xf));
}

/* translate.c */
void gen_sync_state(struct gen *g);         /* r[15], cur_pc, next_pc, ITSTATEs for C */
void gen_call_helper(struct gen *g);         /* the interpreter's function for g->in */
void gen_set_itstate(struct gen *g, uint32_t it);
void gen_count(struct gen *g);               /* add the instructions run so far */
/* Leave the block to guest pc with a chainable jump (the block's next exit
 * slot; with none left, or to another page, through the jump cache). */
void gen_exit_direct(struct gen *g, uint32_t pc);
/* Leave the block to the guest address in eax (already a valid PC for the
 * state in cpu->thumb), through the dispatcher. */
void gen_exit_dynamic(struct gen *g);
/* The same for a plain branch (no change of mode or IT state): the next
 * block is looked up inline in the jump cache. */
void gen_exit_lookup(struct gen *g);

/* gen_flags.c */
/* The x86 condition under which ARM cond fails, from flags of kind hf;
 * false if they cannot tell. */
bool gen_host_cond_fails(unsigned cond, enum host_flags hf, enum x64_cc *cc);
/* A jump taken when cond (not AL) fails: on the live x86 flags when they
 * tell, else on the flags in struct cpu. */
uint8_t *gen_jump_if_cond_fails(struct x64_buf *b, unsigned cond, enum host_flags hf);
/* Is g->in (conditional) selectable? Then the condition is set in r10b (from
 * the live x86 flags of kind hf when they tell) and g->select is set. */
bool gen_select_begin(struct gen *g, enum host_flags hf);
bool gen_op_is_hint(unsigned op);   /* no effect on one core without caches */
/* May the flags pending before g->in (unconditional) be dropped unstored? */
bool gen_flags_dead(const struct gen *g);
/* Does g->in's code leave the x86 flags alone? */
bool gen_keeps_host_flags(const struct gen *g);

/* How the shifter's carry-out reaches C for a flag-setting logical op. */
enum carry_src { CARRY_KEEP, CARRY_DL, CARRY_ZERO, CARRY_ONE };
/* Shift_C(ecx, in->shift_type, in->shift_amt) in place (gen_dp.c); with
 * want_carry the carry-out goes to dl (CARRY_DL) unless C is left alone.
 * Clobbers rdx. */
enum carry_src gen_shift_imm(struct gen *g, bool want_carry);
/* BXWritePC (A2.3.2) of eax, then leave the block (gen_branch.c). */
void gen_bx_write_pc(struct gen *g);
/* Before the jump-cache lookup of a return's target eax (state ecx): the
 * return-address prediction (gen_branch.c). */
void gen_ras_pop(struct gen *g);

/* gen_dp.c: store pending flags (see struct gen); does g->in, unconditional,
 * overwrite the pending flags of kind hf before anything reads them?
 * host_carry: it may take C from the live x86 flags. */
void gen_flags_store(struct gen *g);
bool gen_dp_overwrites_flags(const struct gen *g, enum host_flags hf, bool host_carry);
/* Is g->in (unconditional) native code that neither reads nor writes the
 * flags in struct cpu, nor leaves the block or calls C? host_carry: it may
 * read C from the live x86 flags. (gen_dp.c, gen_mul.c) */
bool gen_dp_flagless(const struct gen *g, bool host_carry);
bool gen_mul_flagless(const struct gen *g);

/* gen_mem.c: the code of one access instruction (gen_neon.c uses it too). */
struct mem_gen {
	struct gen *g;
	uint8_t *slow[4];        /* jumps to the interpreter path */
	unsigned nslow;
	uint32_t slow_mem_it;    /* what cpu->itstate holds on that path */
	bool tlb;                /* one of them is a software-TLB miss (counted) */
	struct x64_mem host;     /* ESPT: [r15 + rcx]; softmmu: [addend + rcx] */
};
#define GEN_VA X64_RCX       /* the guest VA of an access, zero-extended */
struct mem_gen mem_gen_start(struct gen *g);
void gen_jump_slow(struct mem_gen *mg);   /* to the interpreter path on NE */
/* softmmu: [VA, VA + len) in one page the TLB allows, else the slow path. */
void gen_tlb_check(struct mem_gen *mg, unsigned len, bool write);
/* The interpreter path for the whole instruction, jumped over by the fast one. */
void gen_slow_path(struct mem_gen *mg, bool ends);
/* An 8- or 16-byte access between xmm x and [VA] (MOVQ, MOVDQU). ESPT: a
 * fault that is not a fill runs the instruction again through its helper. */
void gen_mem_xmm(struct mem_gen *mg, enum x64_xmm x, unsigned size, bool store);

/* gen_mem.c: is g->in an access whose native code leaves the x86 flags
 * alone (ESPT: a fault takes pending flags from the signal context)? */
bool gen_mem_keeps_flags(const struct gen *g);

/* gen_branch.c, gen_dp.c, gen_mem.c: native code for g->in, or false. */
bool gen_branch(struct gen *g);
bool gen_dp(struct gen *g);
bool gen_mem(struct gen *g);
bool gen_mul(struct gen *g);
bool gen_neon(struct gen *g);   /* gen_neon.c */

#endif
