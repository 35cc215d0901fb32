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

/* The core registers an op's fields name, by its disassembly format
 * (include/ops_*.inc; the field use in src/cpu/decode_*.c): Rd, Rn, Rm (not
 * with an immediate), Ra, Rs (Ra with a shift by register), the list. */
enum { U_D = 1, U_N = 2, U_M = 4, U_A = 8, U_S = 16, U_L = 32 };
enum {
	USES_none = 0, USES_branch = 0, USES_blx_imm = 0, USES_it = 0, USES_cps = 0,
	USES_setend = 0, USES_srs = 0, USES_subs_pc_lr = 0, USES_hint = 0, USES_dbg = 0,
	USES_barrier = 0, USES_svc = 0, USES_bkpt = 0, USES_udf = 0, USES_mem_plain = 0,
	USES_vfp_3op = 0, USES_vfp_2op = 0, USES_vfp_imm = 0, USES_vfp_cmp = 0,
	USES_vfp_cvt = 0, USES_neon = 0, USES_bx = U_M, USES_cbz = U_N, USES_mrs = U_D,
	USES_msr = U_N, USES_rfe = U_N, USES_mcr = U_D, USES_mcrr = U_D | U_A,
	USES_dp = U_D | U_N | U_M | U_S, USES_dp_cmp = U_N | U_M | U_S,
	USES_dp_mov = U_D | U_M | U_S, USES_adr = U_D, USES_movw = U_D, USES_rev = U_D | U_M,
	USES_bfc = U_D, USES_bfi = U_D | U_N, USES_bfx = U_D | U_N, USES_ext = U_D | U_N | U_M,
	USES_mem_single = U_D | U_N | U_M, USES_mem_dual = U_D | U_A | U_N | U_M,
	USES_mem_multi = U_N | U_L, USES_mem_ldrex = U_D | U_N, USES_mem_strex = U_D | U_M | U_N,
	USES_mem_swp = U_D | U_M | U_N, USES_mem_hint = U_N | U_M, USES_mem_tb = U_N | U_M,
	USES_mul_rrr = U_D | U_N | U_M, USES_mul_rrrr = U_D | U_N | U_M | U_A,
	USES_mul_long = U_D | U_A | U_N | U_M, USES_mul_rmn = U_D | U_N | U_M,
	USES_mul_sat = U_D | U_N, USES_mul_pkh = U_D | U_N | U_M, USES_vfp_ldst = U_N,
	USES_vfp_ldm = U_N, USES_vfp_xfer = U_D, USES_vfp_sysreg = U_D, USES_neon_ldst = U_N | U_M,
};
static const uint8_t op_uses[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = USES_##fmt,
#include "ops_all.inc"
#undef OP
#undef FMT
};

/* How often each guest register is named: a rough count of the uses. */
static void count_uses(const struct insn *in, unsigned uses[16])
{
	unsigned u = op_uses[in->op];
	switch (in->op) {   /* the forms whose fields differ from their format's */
	case OP_LDREXD: case OP_STREXD: case OP_VMOV_RRD: case OP_VMOV_RRSS:
		u |= U_A;
		break;
	case OP_MSR:
		u = in->flags & INSN_IMM ? 0 : U_N;
		break;
	case OP_NMOV_SCALAR: case OP_NDUP:   /* VDUP from a core register: Rs set */
		u = in->op == OP_NMOV_SCALAR || (in->flags & INSN_REGSHIFT) ? U_A : 0;
		break;
	default:
		break;
	}
	if (in->flags & INSN_IMM)
		u &= ~(unsigned)U_M;
	if (in->flags & INSN_REGSHIFT)
		u |= (u & U_S) ? U_A : 0;
	const uint8_t field[4] = { in->rd, in->rn, in->rm, in->ra };
	for (unsigned f = 0; f < 4; f++)
		if (u >> f & 1 && field[f] < 16)
			uses[field[f]]++;
	for (unsigned r = 0; r < 16 && (u & U_L); r++)
		uses[r] += in->reglist >> r & 1;
}

void gen_regs_enter(struct gen *g, const struct insn *insns, unsigned n)
{
	unsigned uses[16] = { 0 };
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
