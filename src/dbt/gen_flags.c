/*
 * Pending flags and conditions (invariants in gen.h): which x86 condition
 * tests an ARM one, when flags pending in the x86 flags need not be stored
 * before an instruction, and which code leaves the x86 flags alone.
 */
#include "gen.h"

/* The x86 condition under which ARM cond fails, from flags of kind hf;
 * false if they cannot tell. */
bool gen_host_cond_fails(unsigned cond, enum host_flags hf, enum x64_cc *cc)
{
	static const enum x64_cc sub_fail[14] = {
		X64_CC_NE, X64_CC_E, X64_CC_B, X64_CC_AE, X64_CC_NS, X64_CC_S, X64_CC_NO,
		X64_CC_O, X64_CC_BE, X64_CC_A, X64_CC_L, X64_CC_GE, X64_CC_LE, X64_CC_G,
	};
	bool nz = cond == COND_EQ || cond == COND_NE || cond == COND_MI || cond == COND_PL;
	if (hf == HF_NONE || (hf == HF_LOGIC && !nz) ||
	    (hf == HF_ADD && (cond == COND_HI || cond == COND_LS)))
		return false;
	*cc = sub_fail[cond];
	if (hf == HF_ADD && (cond == COND_CS || cond == COND_CC))
		*cc = x64_cc_not(*cc);
	return true;
}

/* The x86 condition under which cond (not AL) fails: of the live x86 flags
 * when they tell, else of a test of the flags in struct cpu (clobbers eax). */
static enum x64_cc cond_fails(struct x64_buf *b, unsigned cond, enum host_flags hf)
{
	enum x64_cc host;
	if (gen_host_cond_fails(cond, hf, &host))
		return host;
	static const int32_t flag_of[4] = {
		CPU_OFF(zf), CPU_OFF(cf), CPU_OFF(nf), CPU_OFF(vf)
	};
	bool odd = cond & 1;
	enum x64_cc fail;
	switch (cond >> 1) {
	/* The flags are read as bytes, as SETcc wrote them: a wider load of a
	 * byte just stored would wait for the store to retire. */
	case 0: case 1: case 2: case 3:   /* EQ NE CS CC MI PL VS VC */
		x64_alu_m8_imm8(b, X64_CMP, cpu_mem(flag_of[cond >> 1]), 0);
		fail = odd ? X64_CC_NE : X64_CC_E;
		break;
	case 4:                           /* HI: C > Z; LS */
		x64_movzx_r32_m8(b, X64_RAX, cpu_mem(CPU_OFF(cf)));
		x64_alu_r8_m8(b, X64_CMP, X64_RAX, cpu_mem(CPU_OFF(zf)));
		fail = odd ? X64_CC_A : X64_CC_BE;
		break;
	case 5:                           /* GE: N == V; LT */
		x64_movzx_r32_m8(b, X64_RAX, cpu_mem(CPU_OFF(nf)));
		x64_alu_r8_m8(b, X64_CMP, X64_RAX, cpu_mem(CPU_OFF(vf)));
		fail = odd ? X64_CC_E : X64_CC_NE;
		break;
	default:                          /* GT: Z == 0 and N == V; LE */
		x64_movzx_r32_m8(b, X64_RAX, cpu_mem(CPU_OFF(nf)));
		x64_alu_r8_m8(b, X64_XOR, X64_RAX, cpu_mem(CPU_OFF(vf)));
		x64_alu_r8_m8(b, X64_OR, X64_RAX, cpu_mem(CPU_OFF(zf)));
		fail = odd ? X64_CC_E : X64_CC_NE;
		break;
	}
	return fail;
}

uint8_t *gen_jump_if_cond_fails(struct x64_buf *b, unsigned cond, enum host_flags hf)
{
	return x64_jcc_rel32(b, cond_fails(b, cond, hf), NULL);
}

/* Conditional code that only writes registers and cannot fault: compiled
 * unconditionally, its writes are CMOVs on the condition, which SETcc puts
 * in r10b first (gen_write_reg). Data-dependent conditions (CRC bit tests,
 * division steps) then cost no mispredicted branches. */
bool gen_select_begin(struct gen *g, enum host_flags hf)
{
	const struct insn *in = g->in;
	bool q = (in->op >= OP_SMLABB && in->op <= OP_SMLATT) ||
		 in->op == OP_SMLAWB || in->op == OP_SMLAWT;   /* they set Q */
	if (in->op == OP_MOVT || q || !(gen_dp_flagless(g, false) || gen_mul_flagless(g)))
		return false;
	x64_setcc_r8(g->b, x64_cc_not(cond_fails(g->b, g->cond, hf)), X64_R10);
	g->select = true;
	return true;
}

/* Hints and barriers: no effect on a single core without caches modelled. */
bool gen_op_is_hint(unsigned op)
{
	switch (op) {
	case OP_NOP: case OP_YIELD: case OP_WFE: case OP_SEV: case OP_DBG:
	case OP_DMB: case OP_DSB: case OP_ISB:
		return true;
	default:
		return false;
	}
}

/* Native code that leaves pending flags alone or overwrites them. */
static bool flagless(const struct gen *g, bool host_carry)
{
	return gen_dp_flagless(g, host_carry) || gen_mul_flagless(g);
}

/* Can the flags pending before g->in (unconditional) be dropped? Yes when
 * g->in and the block's next instructions neither read them nor leave the
 * block nor call C (nor may fault) up to one that sets them all again. */
bool gen_flags_dead(const struct gen *g)
{
	if (!flagless(g, true))
		return false;
	struct gen j = *g;
	uint32_t it = g->it & 0xf ? it_advance(g->it) : 0;
	for (const struct insn *in = g->in + 1; in < g->pre_end; in++) {
		j.in = in;
		j.it = it;
		if (in->op == OP_IT && !(it & 0xf)) {
			it = in->imm;
			continue;
		}
		if ((it & 0xf ? it >> 4 : in->cond) < COND_AL)
			return false;
		it = it & 0xf ? it_advance(it) : 0;
		if (gen_op_is_hint(in->op))
			continue;
		if (gen_dp_overwrites_flags(&j, g->host_flags, false))
			return true;
		if (!flagless(&j, false))
			return false;
	}
	return false;
}

/* Does g->in's native code leave the x86 flags alone (an ESPT access, a
 * plain MOV without S)? Then flags pending before it stay pending. */
bool gen_keeps_host_flags(const struct gen *g)
{
	const struct insn *in = g->in;
	if (gen_mem_keeps_flags(g))
		return true;
	if (in->rd == 15 || gen_setflags(g))
		return false;
	switch (in->op) {
	case OP_MOVW: case OP_ADR:
		return true;
	case OP_MOV:
		return (in->flags & INSN_IMM) ||
		       (!(in->flags & INSN_REGSHIFT) && in->shift_type == SRTYPE_LSL &&
			!in->shift_amt && in->rm != 15);
	default:
		return false;
	}
}
