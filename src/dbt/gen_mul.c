/*
 * Multiplies in native code (ARM ARM A8.8.100 MLA, A8.8.101 MLS, A8.8.114 MUL,
 * A8.8.189 SMLAL, A8.8.193 SMULL, A8.8.256 UMLAL, A8.8.257 UMULL): the low
 * word with imul, the long forms with a 64-bit imul of the zero- or sign-
 * extended operands. The S forms set N and Z only (C and V are unchanged).
 * The halfword forms (A8.8.176 SMLA<x><y>, A8.8.180 SMLAW<y>, A8.8.191
 * SMUL<x><y>, A8.8.194 SMULW<y>) take a half with MOVSX or SAR; Q is ORed in
 * from the overflow of the accumulation. The byte-wise UADD8, USUB8, UQADD8,
 * UQSUB8 and SEL of string routines (glibc's strlen, memchr) use SSE2.
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

/* dst = the signed half of register r, the top one when top. */
static void gen_read_half(struct gen *g, enum x64_reg dst, unsigned r, bool top)
{
	gen_read_reg(g, dst, r);
	if (top)
		x64_sar_r32_imm(g->b, dst, 16);
	else
		x64_movsx_r32_r16(g->b, dst, dst);
}

/* Q |= the x86 condition cc (clobbers ecx). */
static void gen_or_q(struct x64_buf *b, enum x64_cc cc)
{
	x64_setcc_r8(b, cc, X64_RCX);
	x64_movzx_r32_r8(b, X64_RCX, X64_RCX);
	x64_alu_m32_r32(b, X64_OR, cpu_mem(CPU_OFF(qf)), X64_RCX);
}

/* SMUL<x><y>, SMLA<x><y> (k = op - first of its group: x = bit 1, y = bit 0). */
static void gen_mul_xy(struct gen *g, unsigned k, bool accumulate)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	gen_read_half(g, X64_RAX, in->rn, k & 2);
	gen_read_half(g, X64_RCX, in->rm, k & 1);
	x64_imul_r32_r32(b, X64_RAX, X64_RCX);   /* never overflows 32 bits */
	if (accumulate) {
		gen_alu_reg(g, X64_ADD, X64_RAX, in->ra);
		gen_or_q(b, X64_CC_O);
	}
	gen_write_reg(g, in->rd, X64_RAX);
}

/* SMULW<y>, SMLAW<y>: (Rn * Rm.y (+ Ra << 16))<47:16>; Q when it does not
 * fit 32 bits. Ra << 16 has no bits below 16, so it is added after the shift. */
static void gen_mul_wy(struct gen *g, bool top, bool accumulate)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	gen_read_reg_sx64(g, X64_RAX, in->rn);
	gen_read_half(g, X64_RCX, in->rm, top);
	x64_movsxd_r64_r32(b, X64_RCX, X64_RCX);
	x64_imul_r64_r64(b, X64_RAX, X64_RCX);
	x64_shift_r64_imm(b, X64_SAR, X64_RAX, 16);
	if (accumulate) {
		gen_read_reg_sx64(g, X64_RCX, in->ra);
		x64_add_r64_r64(b, X64_RAX, X64_RCX);
		x64_movsxd_r64_r32(b, X64_RCX, X64_RAX);
		x64_alu_r64_r64(b, X64_CMP, X64_RCX, X64_RAX);
		gen_or_q(b, X64_CC_NE);
	}
	gen_write_reg(g, in->rd, X64_RAX);
}

static bool is_halfword_mul(unsigned op)
{
	return (op >= OP_SMULBB && op <= OP_SMULTT) || (op >= OP_SMLABB && op <= OP_SMLATT) ||
	       (op >= OP_SMULWB && op <= OP_SMULWT) || (op >= OP_SMLAWB && op <= OP_SMLAWT);
}

/* UADD8, USUB8, UQADD8, UQSUB8 (ARM ARM A8.8) on the low bytes of xmm0
 * (Rn) and xmm1 (Rm); UADD8 and USUB8 set GE[i] (A2.4) on a carry out of byte
 * i (the wrapped sum differs from the saturated one) or no borrow (Rn >= Rm:
 * max(Rn, Rm) = Rn). SEL: Rm ^ ((Rn ^ Rm) & mask), the byte mask
 * from GE[3:0]: the multiply by 0x204081 puts bit i at bit 8i without carries. */
static bool gen_simd8(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	bool add = in->op == OP_UADD8 || in->op == OP_UQADD8;
	bool ge = in->op == OP_UADD8 || in->op == OP_USUB8;   /* the U forms */
	gen_read_reg(g, X64_RAX, in->rn);
	gen_read_reg(g, X64_RDX, in->rm);
	if (in->op == OP_SEL) {
		x64_mov_r32_m32(b, X64_RCX, cpu_mem(CPU_OFF(ge)));
		x64_imul_r32_r32_imm(b, X64_RCX, X64_RCX, 0x204081);
		x64_and_r32_imm(b, X64_RCX, 0x01010101);
		x64_imul_r32_r32_imm(b, X64_RCX, X64_RCX, 0xff);
		x64_alu_r32_r32(b, X64_XOR, X64_RAX, X64_RDX);
		x64_alu_r32_r32(b, X64_AND, X64_RAX, X64_RCX);
		x64_alu_r32_r32(b, X64_XOR, X64_RAX, X64_RDX);
		gen_write_reg(g, in->rd, X64_RAX);
		return true;
	}
	x64_movd_xmm_r32(b, X64_XMM0, X64_RAX);
	x64_movd_xmm_r32(b, X64_XMM1, X64_RDX);
	x64_sse_xmm_xmm(b, X64_MOVDQA, X64_XMM2, X64_XMM0);
	x64_sse_xmm_xmm(b, in->op == OP_UADD8 ? X64_PADDB : in->op == OP_USUB8 ? X64_PSUBB :
			add ? X64_PADDUSB : X64_PSUBUSB, X64_XMM0, X64_XMM1);
	x64_movd_r32_xmm(b, X64_RAX, X64_XMM0);
	gen_write_reg(g, in->rd, X64_RAX);
	if (!ge)
		return true;
	if (add) {
		x64_sse_xmm_xmm(b, X64_PADDUSB, X64_XMM2, X64_XMM1);
		x64_sse_xmm_xmm(b, X64_PCMPEQB, X64_XMM2, X64_XMM0);
	} else {
		x64_sse_xmm_xmm(b, X64_PMAXUB, X64_XMM1, X64_XMM2);
		x64_sse_xmm_xmm(b, X64_PCMPEQB, X64_XMM2, X64_XMM1);
	}
	x64_pmovmskb_r32_xmm(b, X64_RCX, X64_XMM2);
	if (add)
		x64_alu_r32_imm(b, X64_XOR, X64_RCX, 0xf);
	x64_and_r32_imm(b, X64_RCX, 0xf);
	x64_mov_m32_r32(b, cpu_mem(CPU_OFF(ge)), X64_RCX);
	return true;
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
		return is_halfword_mul(in->op);
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
	case OP_UADD8: case OP_USUB8: case OP_UQADD8: case OP_UQSUB8: case OP_SEL:
		return gen_simd8(g);
	default:
		break;
	}
	if (!is_halfword_mul(in->op))
		return false;
	if (in->op >= OP_SMULWB && in->op <= OP_SMULWT)
		gen_mul_wy(g, in->op - OP_SMULWB, false);
	else if (in->op >= OP_SMLAWB && in->op <= OP_SMLAWT)
		gen_mul_wy(g, in->op - OP_SMLAWB, true);
	else if (in->op >= OP_SMLABB && in->op <= OP_SMLATT)
		gen_mul_xy(g, in->op - OP_SMLABB, true);
	else
		gen_mul_xy(g, in->op - OP_SMULBB, false);
	return true;
}
