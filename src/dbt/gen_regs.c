/*
 * Guest registers in host registers within a block (invariants in gen.h).
 *
 * Before a block is compiled, its likely instructions (up to the first branch)
 * are counted: the DBT_CACHE_REGS guest registers they name most often, if at
 * least twice, are given rbx, r12, r13, r14, r11 for the whole block and
 * loaded at its entry. Loading them all at entry keeps every path through conditional
 * instructions, slow paths and helper calls equal: a host register always holds
 * its guest register's value, and only the set of dirty ones (a compile-time
 * superset) differs between paths, which a redundant store makes harmless.
 */
#include "gen.h"

/* How often each guest register is named: a rough count of the uses (the
 * fields of other ops, VFP's, may name other registers: above 15, ignored). */
static void count_uses(const struct insn *in, unsigned uses[32])
{
	switch (in->op) {
	case OP_B: case OP_BL: case OP_BLX_IMM: case OP_IT:
		return;
	case OP_TST: case OP_TEQ: case OP_CMP: case OP_CMN:   /* no Rd */
		break;
	case OP_MOV: case OP_MVN: case OP_MOVW: case OP_ADR:  /* no Rn */
		uses[in->rd & 31]++;
		break;
	default:
		uses[in->rd & 31]++;
		uses[in->rn & 31]++;
	}
	if (!(in->flags & INSN_IMM))
		uses[in->rm & 31]++;
	if (in->ra)
		uses[in->ra & 31]++;
	for (unsigned r = 0; r < 16; r++)
		uses[r] += in->reglist >> r & 1;
}

void gen_regs_enter(struct gen *g, const struct insn *insns, unsigned n)
{
	unsigned uses[32] = { 0 };
	for (unsigned i = 0; i < n; i++)
		count_uses(&insns[i], uses);
	for (unsigned k = 0; k < DBT_CACHE_REGS; k++) {
		unsigned best = 15;
		for (unsigned r = 0; r < 15; r++)
			if (!g->host_of[r] && uses[r] >= 2 && (best == 15 || uses[r] > uses[best]))
				best = r;
		if (best == 15)
			break;
		g->host_of[best] = (uint8_t)dbt_cache_host(k);
	}
	gen_regs_reload(g);
}

void gen_regs_store(struct gen *g)
{
	for (unsigned r = 0; r < 15; r++)
		if (g->dirty >> r & 1)
			x64_mov_m32_r32(g->b, gen_reg_mem(r), gen_reg_host(g, r));
}

void gen_regs_reload(struct gen *g)
{
	for (unsigned r = 0; r < 15; r++)
		if (g->host_of[r])
			x64_mov_r32_m32(g->b, gen_reg_host(g, r), gen_reg_mem(r));
	g->dirty = 0;
}

void gen_read_reg(struct gen *g, enum x64_reg dst, unsigned r)
{
	enum x64_reg host = gen_reg_host(g, r);
	if (r == 15)
		x64_mov_r32_imm32(g->b, dst, gen_pc_value(g));
	else if (host == X64_RAX)
		x64_mov_r32_m32(g->b, dst, gen_reg_mem(r));
	else if (host != dst)
		x64_mov_r32_r32(g->b, dst, host);
}

void gen_read_reg_sx64(struct gen *g, enum x64_reg dst, unsigned r)
{
	enum x64_reg host = gen_reg_host(g, r);
	if (host == X64_RAX)
		x64_movsxd_r64_m32(g->b, dst, gen_reg_mem(r));
	else
		x64_movsxd_r64_r32(g->b, dst, host);
}

void gen_alu_reg(struct gen *g, enum x64_alu op, enum x64_reg dst, unsigned r)
{
	enum x64_reg host = gen_reg_host(g, r);
	if (host == X64_RAX)
		x64_alu_r32_m32(g->b, op, dst, gen_reg_mem(r));
	else
		x64_alu_r32_r32(g->b, op, dst, host);
}

/* Under g->select: r = src if r10b (the condition) is set; src is kept. */
static void select_write(struct gen *g, unsigned r, enum x64_reg src)
{
	struct x64_buf *b = g->b;
	enum x64_reg host = gen_reg_host(g, r);
	x64_test_r8_imm8(b, X64_R10, 1);
	if (host != X64_RAX) {
		x64_cmovcc_r32_r32(b, X64_CC_NE, host, src);
		g->dirty |= (uint16_t)(1u << r);
		return;
	}
	x64_mov_r32_r32(b, X64_RDI, src);
	x64_cmovcc_r32_m32(b, X64_CC_E, X64_RDI, gen_reg_mem(r));
	x64_mov_m32_r32(b, gen_reg_mem(r), X64_RDI);
}

void gen_write_reg(struct gen *g, unsigned r, enum x64_reg src)
{
	enum x64_reg host = gen_reg_host(g, r);
	if (g->select) {
		select_write(g, r, src);
		return;
	}
	if (host == X64_RAX) {
		x64_mov_m32_r32(g->b, gen_reg_mem(r), src);
		return;
	}
	if (host != src)
		x64_mov_r32_r32(g->b, host, src);
	g->dirty |= (uint16_t)(1u << r);
}

void gen_write_reg_imm(struct gen *g, unsigned r, uint32_t imm)
{
	enum x64_reg host = gen_reg_host(g, r);
	if (g->select) {
		x64_mov_r32_imm32(g->b, X64_RDI, imm);
		select_write(g, r, X64_RDI);
		return;
	}
	if (host == X64_RAX) {
		x64_mov_m32_imm32(g->b, gen_reg_mem(r), imm);
		return;
	}
	x64_mov_r32_imm32(g->b, host, imm);
	g->dirty |= (uint16_t)(1u << r);
}
