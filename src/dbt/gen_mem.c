/*
 * Loads and stores in native code: LDR/STR of every size (A8.8.62-A8.8.88,
 * A8.8.203-A8.8.213), LDRD/STRD, LDM/STM in the four directions, PLD/PLI.
 *
 * The guest VA is computed into ecx (zero-extended, so 32-bit wrap-around is
 * the guest's), then:
 *   ESPT     the access is one instruction on [r15 + rcx]; its struct mem_site
 *            lets the SIGSEGV handler fill, emulate MMIO or raise the abort;
 *   softmmu  the software TLB entry of the page is checked inline (one check
 *            for a whole LDM/STM within a page), and a miss runs the whole
 *            instruction in the interpreter instead.
 * Every load happens before any register changes, as in the interpreter, so an
 * abort leaves the same state. Alignment-checked forms (LDRD, LDM...) test the
 * address and leave unaligned ones to the interpreter, which faults. Blocks
 * compiled for CPSR.E or SCTLR.A, unprivileged forms, exclusives and the '^'
 * forms always use the interpreter.
 */
#include <stddef.h>
#include <string.h>

#include "gen.h"

#define VA X64_RCX     /* guest VA of the access */
#define LD X64_RAX     /* value loaded */
#define ST X64_RDX     /* value stored */
#define WB X64_RSI     /* write-back value */
#define SCRATCH(k) x64_mem(X64_RSP, 4 * (int32_t)(k))

static bool espt_mode(const struct gen *g)
{
	return !(g->tb->flags & TBF_SOFTMMU);
}

/* softmmu's operand comes from gen_tlb_check. */
struct mem_gen mem_gen_start(struct gen *g)
{
	return (struct mem_gen){ .g = g, .host = x64_mem_sib(X64_R15, VA, 1, 0) };
}

/* Record the access about to be emitted at b->p for the fault handler. */
static struct mem_site *site_begin(struct gen *g)
{
	struct dbt *d = g->d;
	if (d->nsites == DBT_MAX_SITES) {
		g->b->overflow = true;   /* the cache is flushed and the block retried */
		return NULL;
	}
	struct mem_site *s = &d->sites[d->nsites++];
	*s = (struct mem_site){ .host = g->b->p, .pc = g->pc, .itstate = (uint8_t)g->it,
				.insns_before = (uint8_t)(g->count - 1) };
	if (g->flags_pending)   /* in the x86 flags: the handler takes them from there */
		s->flags = g->host_flags == HF_LOGIC ? SITE_NZ
			   : g->host_flags == HF_ADD ? SITE_NZ | SITE_CV
						      : SITE_NZ | SITE_CV | SITE_NOT_C;
	memset(s->dirty_reg, DBT_NO_REG, sizeof(s->dirty_reg));
	for (unsigned r = 0; r < 15; r++)
		for (unsigned k = 0; k < DBT_CACHE_REGS; k++)
			if ((g->dirty >> r & 1) && gen_reg_host(g, r) == dbt_cache_host(k))
				s->dirty_reg[k] = (uint8_t)r;
	return s;
}

static void site_end(struct gen *g, struct mem_site *s, unsigned size, enum x64_reg reg,
		     uint8_t flags)
{
	if (!s)
		return;
	s->host_len = (uint8_t)(g->b->p - s->host);
	s->size = (uint8_t)size;
	s->reg = (uint8_t)reg;
	s->flags |= flags;
}

/* Go to the interpreter path when the flags say NE. */
void gen_jump_slow(struct mem_gen *mg)
{
	mg->slow_mem_it = mg->g->mem_it;
	mg->slow[mg->nslow++] = x64_jcc_rel32(mg->g->b, X64_CC_NE, NULL);
}

/* softmmu: check that [ecx, ecx + len) is in one page the TLB allows for
 * this kind of access; leaves the host address operand in mg->host. */
void gen_tlb_check(struct mem_gen *mg, unsigned len, bool write)
{
	struct gen *g = mg->g;
	struct x64_buf *b = g->b;
	unsigned kind = (g->tb->flags & TBF_PRIV) ? TLB_PRIV : TLB_USER;
	int32_t tlb = CPU_OFF(tlb) + (int32_t)(kind * sizeof(g->d->cpu->tlb[0]));
	int32_t tag = (int32_t)(write ? offsetof(struct tlb_entry, tag_write)
				      : offsetof(struct tlb_entry, tag_read));
	/* r8 = index * 3: entries are 24 bytes, reached as r8 * 8. */
	x64_mov_r32_r32(b, X64_R8, VA);
	x64_shr_r32_imm(b, X64_R8, 12);
	x64_and_r32_imm(b, X64_R8, TLB_SIZE - 1);
	x64_lea_r64_m(b, X64_R8, x64_mem_sib(X64_R8, X64_R8, 2, 0));
	/* The page of the last byte: a different page never matches the tag. */
	x64_lea_r32_m(b, X64_R9, x64_mem(VA, (int32_t)len - 1));
	x64_and_r32_imm(b, X64_R9, ~0xfff);
	x64_alu_r32_m32(b, X64_CMP, X64_R9, x64_mem_sib(X64_RBP, X64_R8, 8, tlb + tag));
	gen_jump_slow(mg);
	mg->tlb = true;
	x64_mov_r64_m64(b, X64_R10, x64_mem_sib(X64_RBP, X64_R8, 8,
						tlb + (int32_t)offsetof(struct tlb_entry, addend)));
	mg->host = x64_mem_sib(X64_R10, VA, 1, 0);
}

/* Load size bytes at VA into LD. */
static void gen_load(struct mem_gen *mg, unsigned size, bool sign)
{
	struct gen *g = mg->g;
	struct x64_buf *b = g->b;
	struct mem_site *s = espt_mode(g) ? site_begin(g) : NULL;
	struct x64_mem m = mg->host;
	if (size == 4)
		x64_mov_r32_m32(b, LD, m);
	else if (size == 2)
		(sign ? x64_movsx_r32_m16 : x64_movzx_r32_m16)(b, LD, m);
	else
		(sign ? x64_movsx_r32_m8 : x64_movzx_r32_m8)(b, LD, m);
	site_end(g, s, size, LD, sign ? SITE_SIGNED : 0);
}

/* Store the low size bytes of ST at VA. */
static void gen_store(struct mem_gen *mg, unsigned size)
{
	struct gen *g = mg->g;
	struct x64_buf *b = g->b;
	struct mem_site *s = espt_mode(g) ? site_begin(g) : NULL;
	struct x64_mem m = mg->host;
	if (size == 4)
		x64_mov_m32_r32(b, m, ST);
	else if (size == 2)
		x64_mov_m16_r16(b, m, ST);
	else
		x64_mov_m8_r8(b, m, ST);
	site_end(g, s, size, ST, SITE_STORE);
}

void gen_mem_xmm(struct mem_gen *mg, enum x64_xmm x, unsigned size, bool store)
{
	struct gen *g = mg->g;
	struct mem_site *s = espt_mode(g) ? site_begin(g) : NULL;
	x64_sse_xmm_m(g->b, size == 16 ? (store ? X64_MOVDQU_STORE : X64_MOVDQU_LOAD)
				       : (store ? X64_MOVQ_STORE : X64_MOVQ_LOAD), x, mg->host);
	site_end(g, s, size, X64_RAX, store ? SITE_STORE : 0);
}

static void gen_check_aligned(struct mem_gen *mg)
{
	x64_test_r32_imm32(mg->g->b, VA, 3);
	gen_jump_slow(mg);
}

/* Is the offset Rm LSL #0-3, added: an index lea scales (no shifter code)? */
static bool index_scaled(const struct insn *in)
{
	return !(in->flags & INSN_IMM) && (in->flags & INSN_U) &&
	       in->shift_type == SRTYPE_LSL && in->shift_amt <= 3;
}

/* Address (ecx) and write-back value (esi) of a single or dual access:
 * offset = imm or Rm shifted (into edi first); the offset address is base
 * +/- offset; the access is at the offset address (P) or at the base. An
 * immediate or index_scaled offset is added with LEA, which leaves the x86
 * flags alone (32-bit, so the guest's wrap-around stays). */
static void gen_address(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	bool pre = in->flags & INSN_P, wback = in->flags & INSN_W;
	bool imm = in->flags & INSN_IMM, scaled = index_scaled(in);
	enum x64_alu op = (in->flags & INSN_U) ? X64_ADD : X64_SUB;
	/* The register that gets the offset address. */
	enum x64_reg sum = pre && !wback ? VA : WB;
	enum x64_reg index = X64_RDI;
	if (scaled && gen_reg_host(g, in->rm) != X64_RAX) {
		index = gen_reg_host(g, in->rm);
	} else if (scaled) {
		gen_read_reg(g, X64_RDI, in->rm);
	} else if (!imm) {
		gen_read_reg(g, X64_RCX, in->rm);
		gen_shift_imm(g, false);
		x64_mov_r32_r32(b, X64_RDI, X64_RCX);
	}
	enum x64_reg base = in->rn == 15 ? X64_RAX : gen_reg_host(g, in->rn);
	int32_t disp = imm ? (int32_t)((in->flags & INSN_U) ? in->imm : 0u - in->imm) : 0;
	if (pre && base != X64_RAX && (imm || scaled)) {
		/* The offset address straight from the cached base. */
		x64_lea_r32_m(b, sum, scaled ? x64_mem_sib(base, index, 1u << in->shift_amt, 0)
					     : x64_mem(base, disp));
	} else {
		if (in->rn == 15)
			x64_mov_r32_imm32(b, sum, gen_pc_value(g) & ~3u);
		else
			gen_read_reg(g, sum, in->rn);
		if (!pre)
			x64_mov_r32_r32(b, VA, WB);
		if (scaled)
			x64_lea_r32_m(b, sum, x64_mem_sib(sum, index, 1u << in->shift_amt, 0));
		else if (!imm)
			x64_alu_r32_r32(b, op, sum, X64_RDI);
		else if (disp)
			x64_lea_r32_m(b, sum, x64_mem(sum, disp));
	}
	if (pre && wback)
		x64_mov_r32_r32(b, VA, WB);
}

/* The interpreter for the whole instruction, reached from mg->slow[]; the
 * fast path jumps over it. ends: the instruction may write the PC. */
void gen_slow_path(struct mem_gen *mg, bool ends)
{
	struct gen *g = mg->g;
	struct x64_buf *b = g->b;
	if (!mg->nslow)
		return;
	uint8_t *done = ends ? NULL : x64_jmp_rel32(b, NULL);
	for (unsigned i = 0; i < mg->nslow; i++)
		if (mg->slow[i])
			x64_patch_rel32(mg->slow[i], b->p);
	uint32_t fast_mem_it = g->mem_it;
	uint16_t fast_dirty = g->dirty;   /* stored here too: harmless */
	g->mem_it = mg->slow_mem_it;
	if (mg->tlb) {   /* a software-TLB miss, counted for --mmu auto */
		x64_mov_r64_imm(b, X64_R8, (uintptr_t)&g->d->stats.tlb_misses);
		x64_alu_m64_imm(b, X64_ADD, x64_mem(X64_R8, 0), 1);
	}
	gen_call_helper(g);
	if (ends) {
		x64_mov_r32_m32(b, X64_RAX, cpu_mem(CPU_OFF(next_pc)));
		gen_exit_dynamic(g);
	}
	g->dirty = fast_dirty;
	if (g->mem_it != fast_mem_it)
		g->mem_it = MEM_IT_UNKNOWN;
	if (done)
		x64_patch_rel32(done, b->p);
}

static bool gen_single(struct gen *g, unsigned size, bool sign, bool load)
{
	const struct insn *in = g->in;
	bool wback = in->flags & INSN_W;
	if ((wback && in->rn == 15) || (!(in->flags & INSN_IMM) && in->rm == 15) ||
	    (!load && in->rd == 15 && g->thumb) || (load && in->rd == 15 && size != 4))
		return false;
	struct mem_gen mg = mem_gen_start(g);
	gen_address(g);
	if (!espt_mode(g))
		gen_tlb_check(&mg, size, !load);
	if (load) {
		gen_load(&mg, size, sign);
	} else {
		gen_read_reg(g, ST, in->rd);
		gen_store(&mg, size);
	}
	if (wback)
		gen_write_reg(g, in->rn, WB);
	if (load && in->rd == 15) {
		gen_bx_write_pc(g);
		gen_slow_path(&mg, true);
		return true;
	}
	if (load)
		gen_write_reg(g, in->rd, LD);
	gen_slow_path(&mg, false);
	return true;
}

static bool gen_dual(struct gen *g, bool load)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	bool wback = in->flags & INSN_W;
	if (in->rd == 15 || in->ra == 15 || (wback && in->rn == 15) ||
	    (!(in->flags & INSN_IMM) && in->rm == 15))
		return false;
	struct mem_gen mg = mem_gen_start(g);
	gen_address(g);
	gen_check_aligned(&mg);
	if (!espt_mode(g))
		gen_tlb_check(&mg, 8, !load);
	for (unsigned k = 0; k < 2; k++) {
		if (load) {
			gen_load(&mg, 4, false);
			x64_mov_m32_r32(b, SCRATCH(k), LD);
		} else {
			gen_read_reg(g, ST, k ? in->ra : in->rd);
			gen_store(&mg, 4);
		}
		if (!k)
			x64_add_r32_imm(b, VA, 4);
	}
	if (load) {
		/* As the interpreter: Rt, Rt2, then the base. */
		for (unsigned k = 0; k < 2; k++) {
			x64_mov_r32_m32(b, LD, SCRATCH(k));
			gen_write_reg(g, k ? in->ra : in->rd, LD);
		}
	}
	if (wback)
		gen_write_reg(g, in->rn, WB);
	gen_slow_path(&mg, false);
	return true;
}

/* LDM/STM (A8.8.58-61, A8.8.199-202): lowest address first. */
static bool gen_multi(struct gen *g, bool load, int32_t start, int32_t wback)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned n = (unsigned)__builtin_popcount(in->reglist);
	bool has_pc = in->reglist >> 15 & 1;
	if ((in->flags & INSN_X1) || in->rn == 15 || !n || (!load && has_pc && g->thumb))
		return false;
	struct mem_gen mg = mem_gen_start(g);
	gen_read_reg(g, VA, in->rn);
	if (start)
		x64_add_r32_imm(b, VA, start);
	gen_check_aligned(&mg);
	if (!espt_mode(g))
		gen_tlb_check(&mg, 4 * n, !load);
	unsigned k = 0;
	for (unsigned i = 0; i < 16; i++) {
		if (!(in->reglist >> i & 1))
			continue;
		if (load) {
			gen_load(&mg, 4, false);
			x64_mov_m32_r32(b, SCRATCH(i), LD);
		} else {
			gen_read_reg(g, ST, i);
			gen_store(&mg, 4);
		}
		if (++k < n)
			x64_add_r32_imm(b, VA, 4);
	}
	if (in->flags & INSN_W) {
		gen_read_reg(g, WB, in->rn);
		x64_add_r32_imm(b, WB, wback);
		gen_write_reg(g, in->rn, WB);
	}
	if (load) {
		for (unsigned i = 0; i < 15; i++) {
			if (!(in->reglist >> i & 1))
				continue;
			x64_mov_r32_m32(b, LD, SCRATCH(i));
			gen_write_reg(g, i, LD);
		}
	}
	if (has_pc && load) {
		x64_mov_r32_m32(b, LD, SCRATCH(15));
		gen_bx_write_pc(g);
		gen_slow_path(&mg, true);
		return true;
	}
	gen_slow_path(&mg, false);
	return true;
}

/* TBB, TBH (A8.8.411): a forward branch by twice a table entry. */
static bool gen_table_branch(struct gen *g, unsigned size)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	if (in->rm == 15)
		return false;
	struct mem_gen mg = mem_gen_start(g);
	gen_read_reg(g, VA, in->rn);
	gen_read_reg(g, X64_RAX, in->rm);
	if (size == 2)
		x64_add_r32_r32(b, X64_RAX, X64_RAX);
	x64_add_r32_r32(b, VA, X64_RAX);
	if (!espt_mode(g))
		gen_tlb_check(&mg, size, false);
	gen_load(&mg, size, false);
	x64_lea_r32_m(b, X64_RAX, x64_mem_sib(X64_NOBASE, X64_RAX, 2,
					      (int32_t)gen_pc_value(g)));
	gen_set_itstate(g, g->it_next);
	gen_exit_lookup(g);
	g->ended = true;
	gen_slow_path(&mg, true);
	return true;
}

bool gen_mem_keeps_flags(const struct gen *g)
{
	const struct insn *in = g->in;
	if (g->tb->flags & (TBF_BIGEND | TBF_ALIGN) || dbt_is_slow_pc(g->d, g->pc | g->thumb))
		return false;
	switch (in->op) {
	case OP_PLD: case OP_PLDW: case OP_PLI:
		return true;
	case OP_LDR: case OP_LDRB: case OP_LDRH: case OP_LDRSB: case OP_LDRSH:
		if (in->rd == 15)
			return false;
		break;
	case OP_STR: case OP_STRB: case OP_STRH:
		break;
	default:
		return false;
	}
	return espt_mode(g) && !((in->flags & INSN_W) && in->rn == 15) &&
	       !(in->rd == 15 && g->thumb) &&
	       ((in->flags & INSN_IMM) || (index_scaled(in) && in->rm != 15));
}

bool gen_mem(struct gen *g)
{
	const struct insn *in = g->in;
	int32_t len = 4 * __builtin_popcount(in->reglist);
	if (g->tb->flags & (TBF_BIGEND | TBF_ALIGN) || dbt_is_slow_pc(g->d, g->pc | g->thumb))
		return false;
	switch (in->op) {
	case OP_LDR:   return gen_single(g, 4, false, true);
	case OP_LDRB:  return gen_single(g, 1, false, true);
	case OP_LDRH:  return gen_single(g, 2, false, true);
	case OP_LDRSB: return gen_single(g, 1, true, true);
	case OP_LDRSH: return gen_single(g, 2, true, true);
	case OP_STR:   return gen_single(g, 4, false, false);
	case OP_STRB:  return gen_single(g, 1, false, false);
	case OP_STRH:  return gen_single(g, 2, false, false);
	case OP_LDRD:  return gen_dual(g, true);
	case OP_STRD:  return gen_dual(g, false);
	case OP_LDM:   return gen_multi(g, true, 0, len);
	case OP_LDMIB: return gen_multi(g, true, 4, len);
	case OP_LDMDA: return gen_multi(g, true, 4 - len, -len);
	case OP_LDMDB: return gen_multi(g, true, -len, -len);
	case OP_STM:   return gen_multi(g, false, 0, len);
	case OP_STMIB: return gen_multi(g, false, 4, len);
	case OP_STMDA: return gen_multi(g, false, 4 - len, -len);
	case OP_STMDB: return gen_multi(g, false, -len, -len);
	case OP_TBB:   return gen_table_branch(g, 1);
	case OP_TBH:   return gen_table_branch(g, 2);
	case OP_PLD: case OP_PLDW: case OP_PLI:
		return true;   /* hints: no access, no fault (A8.8.126) */
	default:
		return false;
	}
}
