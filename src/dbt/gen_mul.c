/*
 * Multiplies in native code (ARM ARM A8.8.100 MLA, A8.8.101 MLS, A8.8.114 MUL,
 * A8.8.189 SMLAL, A8.8.193 SMULL, A8.8.256 UMLAL, A8.8.257 UMULL): the low
 * word with imul, the long forms with a 64-bit imul of the zero- or sign-
 * extended operands. The S forms set N and Z only (C and V are unchanged).
 */
#include "gen.h"

static void gen_mul32(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	gen_read_reg(g, X64_RAX, in->rn);
	gen_read_reg(g, X64_RCX, in->rm);
	x64_imul_r32_r32(b, X64_RAX, X64_RCX);
	if (in->op == OP_MLA) {
		gen_alu_reg(g, X64_ADD, X64_RAX, in->ra);
	} else if (in->op == OP_MLS) {
		gen_read_reg(g, X64_RCX, in->ra);
		x64_sub_r32_r32(b, X64_RCX, X64_RAX);
		x64_mov_r32_r32(b, X64_RAX, X64_RCX);
	}
	gen_write_reg(g, in->rd, X64_RAX);
	if (in->op != OP_MLS && gen_setflags(g)) {
		x64_test_r32_r32(b, X64_RAX, X64_RAX);
		gen_store_nz(b);
	}
}

static void gen_mul64(struct gen *g, bool sign, bool accumulate)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	if (sign) {
		gen_read_reg_sx64(g, X64_RAX, in->rn);
		gen_read_reg_sx64(g, X64_RCX, in->rm);
	} else {
		gen_read_reg(g, X64_RAX, in->rn);
		gen_read_reg(g, X64_RCX, in->rm);
	}
	x64_imul_r64_r64(b, X64_RAX, X64_RCX);
	if (accumulate) {   /* + RdHi:RdLo */
		gen_read_reg(g, X64_RDX, in->ra);
		x64_shift_r64_imm(b, X64_SHL, X64_RDX, 32);
		gen_read_reg(g, X64_RCX, in->rd);
		x64_alu_r64_r64(b, X64_OR, X64_RDX, X64_RCX);
		x64_add_r64_r64(b, X64_RAX, X64_RDX);
	}
	/* RdLo, then RdHi (which wins when they are the same register). */
	gen_write_reg(g, in->rd, X64_RAX);
	if (gen_setflags(g)) {
		x64_test_r64_r64(b, X64_RAX, X64_RAX);
		gen_store_nz(b);
	}
	x64_shift_r64_imm(b, X64_SHR, X64_RAX, 32);
	gen_write_reg(g, in->ra, X64_RAX);
}

bool gen_mul_flagless(const struct gen *g)
{
	const struct insn *in = g->in;
	if (in->rd == 15 || in->rn == 15 || in->rm == 15 || in->ra == 15 || gen_setflags(g))
		return false;
	switch (in->op) {
	case OP_MUL: case OP_MLA: case OP_MLS: case OP_UMULL: case OP_SMULL:
	case OP_UMLAL: case OP_SMLAL:
		return true;
	default:
		return false;
	}
}

bool gen_mul(struct gen *g)
{
	const struct insn *in = g->in;
	if (in->rd == 15 || in->rn == 15 || in->rm == 15 || in->ra == 15)
		return false;
	switch (in->op) {
	case OP_MUL: case OP_MLA: case OP_MLS:
		gen_mul32(g);
		return true;
	case OP_UMULL: gen_mul64(g, false, false); return true;
	case OP_SMULL: gen_mul64(g, true, false); return true;
	case OP_UMLAL: gen_mul64(g, false, true); return true;
	case OP_SMLAL: gen_mul64(g, true, true); return true;
	default:
		return false;
	}
}
