/*
 * Data processing in native code (ARM ARM A8.8: AND ... MVN, MOVW/MOVT, ADR,
 * the extends and CLZ/REV). The second operand goes to ecx, the first to eax;
 * the x86 flags of the operation give N, Z and V directly, and C directly for
 * additions and inverted for subtractions (ARM's C is NOT borrow). Logical
 * operations take C from the shifter (A8.4.3): the x86 CF after SHL/SHR/SAR/
 * ROR/RCR by an immediate is exactly Shift_C's carry-out.
 * The PC reads as the instruction's address + 8 (ARM) or + 4 (Thumb: ADD Rdn,
 * PC in position-independent code). Left to the interpreter: exception
 * returns, the PC as a shift amount or shifted by a register.
 */
#include "ctl.h"
#include "gen.h"

enum carry_src gen_shift_imm(struct gen *g, bool want_carry)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned n = in->shift_amt;
	switch (in->shift_type) {
	case SRTYPE_LSL:
		if (!n)
			return CARRY_KEEP;
		x64_shl_r32_imm(b, X64_RCX, (uint8_t)n);
		break;
	case SRTYPE_LSR:
		if (n == 32) {
			if (want_carry) {
				x64_bt_r32_imm8(b, X64_RCX, 31);
				x64_setcc_r8(b, X64_CC_B, X64_RDX);
			}
			x64_mov_r32_imm32(b, X64_RCX, 0);
			return want_carry ? CARRY_DL : CARRY_KEEP;
		}
		x64_shr_r32_imm(b, X64_RCX, (uint8_t)n);
		break;
	case SRTYPE_ASR:
		x64_sar_r32_imm(b, X64_RCX, (uint8_t)(n == 32 ? 31 : n));
		if (n == 32 && want_carry)
			x64_bt_r32_imm8(b, X64_RCX, 0);
		break;
	case SRTYPE_ROR:
		x64_ror_r32_imm(b, X64_RCX, (uint8_t)n);
		break;
	default: /* RRX: C into bit 31, bit 0 out */
		gen_carry_to_cf(b, false);
		x64_shift_r32_imm(b, X64_RCR, X64_RCX, 1);
		break;
	}
	if (!want_carry)
		return CARRY_KEEP;
	x64_setcc_r8(b, X64_CC_B, X64_RDX);
	return CARRY_DL;
}

/*
 * Shift_C by register (A8.4.3, amount = Rs[7:0]) into ecx, the carry-out into
 * dl. In 64 bits with the amount clamped to 33, the ARM results for 32 and
 * more fall out: the value is shifted with one extra bit below (LSR, ASR) or
 * above (LSL) that catches the last bit shifted out. Amount 0 keeps C.
 */
static void gen_shift_reg(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	gen_read_reg(g, X64_R8, in->ra);
	x64_and_r32_imm(b, X64_R8, 0xff);
	x64_movzx_r32_m8(b, X64_RDX, cpu_mem(CPU_OFF(cf)));
	x64_mov_r32_r32(b, X64_RCX, X64_R8);
	if (in->shift_type == SRTYPE_ROR) {
		gen_read_reg(g, X64_RAX, in->rm);
		x64_ror_r32_cl(b, X64_RAX);
		x64_mov_r32_r32(b, X64_R9, X64_RAX);
		x64_shr_r32_imm(b, X64_R9, 31);
	} else {
		x64_mov_r32_imm32(b, X64_R9, 33);
		x64_cmp_r32_imm(b, X64_RCX, 33);
		x64_cmovcc_r32_r32(b, X64_CC_A, X64_RCX, X64_R9);
		if (in->shift_type == SRTYPE_ASR)
			gen_read_reg_sx64(g, X64_RAX, in->rm);
		else
			gen_read_reg(g, X64_RAX, in->rm);
		if (in->shift_type == SRTYPE_LSL) {
			x64_shift_r64_cl(b, X64_SHL, X64_RAX);
			x64_mov_r64_r64(b, X64_R9, X64_RAX);
			x64_shift_r64_imm(b, X64_SHR, X64_R9, 32);
		} else {
			x64_shift_r64_imm(b, X64_SHL, X64_RAX, 1);
			x64_shift_r64_cl(b, in->shift_type == SRTYPE_ASR ? X64_SAR : X64_SHR,
					 X64_RAX);
			x64_mov_r32_r32(b, X64_R9, X64_RAX);
			x64_shift_r64_imm(b, X64_SHR, X64_RAX, 1);
		}
		x64_and_r32_imm(b, X64_R9, 1);
	}
	x64_test_r32_r32(b, X64_R8, X64_R8);
	x64_cmovcc_r32_r32(b, X64_CC_NE, X64_RDX, X64_R9);
	x64_mov_r32_r32(b, X64_RCX, X64_RAX);
}

/* The second operand into ecx, or an immediate (*is_imm). */
static void gen_operand2(struct gen *g, bool want_carry, bool *is_imm, enum carry_src *carry)
{
	const struct insn *in = g->in;
	*carry = CARRY_KEEP;
	*is_imm = in->flags & INSN_IMM;
	if (*is_imm) {
		if (in->flags & INSN_IMM_C)
			*carry = (in->flags & INSN_IMM_C1) ? CARRY_ONE : CARRY_ZERO;
	} else if (in->flags & INSN_REGSHIFT) {
		gen_shift_reg(g);
		*carry = want_carry ? CARRY_DL : CARRY_KEEP;
	} else {
		gen_read_reg(g, X64_RCX, in->rm);
		*carry = gen_shift_imm(g, want_carry);
	}
}

static void gen_store_carry(struct x64_buf *b, enum carry_src c)
{
	if (c == CARRY_DL)
		x64_mov_m8_r8(b, cpu_mem(CPU_OFF(cf)), X64_RDX);
	else if (c != CARRY_KEEP)
		x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(cf)), c == CARRY_ONE);
}

/* x86 CF = ARM C (inverted: the borrow for SBB), from the live x86 flags of
 * the previous operation when they are intact and tell. */
static void gen_load_carry(struct gen *g, bool inverted, bool intact)
{
	struct x64_buf *b = g->b;
	enum host_flags hf = intact ? g->flags_in : HF_NONE;
	if (hf == HF_ADD || hf == HF_SUB) {
		if (inverted != (hf == HF_SUB))
			x64_cmc(b);
		return;
	}
	gen_carry_to_cf(b, inverted);
}

enum dp_kind { DP_LOGIC, DP_ADD, DP_SUB };

struct dp_op {
	enum x64_alu alu;
	enum dp_kind kind;
	bool invert_op2;    /* BIC, ORN, MVN */
	bool reverse;       /* RSB, RSC: op2 - rn */
	bool carry_in;      /* ADC, SBC, RSC */
	bool no_rn;         /* MOV, MVN */
	bool no_result;     /* TST, TEQ, CMP, CMN */
};

static bool dp_op_of(unsigned op, struct dp_op *d)
{
	static const struct { uint16_t op; struct dp_op d; } table[] = {
		{ OP_AND, { X64_AND, DP_LOGIC, false, false, false, false, false } },
		{ OP_EOR, { X64_XOR, DP_LOGIC, false, false, false, false, false } },
		{ OP_ORR, { X64_OR,  DP_LOGIC, false, false, false, false, false } },
		{ OP_ORN, { X64_OR,  DP_LOGIC, true,  false, false, false, false } },
		{ OP_BIC, { X64_AND, DP_LOGIC, true,  false, false, false, false } },
		{ OP_MOV, { X64_OR,  DP_LOGIC, false, false, false, true,  false } },
		{ OP_MVN, { X64_OR,  DP_LOGIC, true,  false, false, true,  false } },
		{ OP_TST, { X64_AND, DP_LOGIC, false, false, false, false, true } },
		{ OP_TEQ, { X64_XOR, DP_LOGIC, false, false, false, false, true } },
		{ OP_ADD, { X64_ADD, DP_ADD,   false, false, false, false, false } },
		{ OP_ADC, { X64_ADC, DP_ADD,   false, false, true,  false, false } },
		{ OP_CMN, { X64_ADD, DP_ADD,   false, false, false, false, true } },
		{ OP_SUB, { X64_SUB, DP_SUB,   false, false, false, false, false } },
		{ OP_SBC, { X64_SBB, DP_SUB,   false, false, true,  false, false } },
		{ OP_RSB, { X64_SUB, DP_SUB,   false, true,  false, false, false } },
		{ OP_RSC, { X64_SBB, DP_SUB,   false, true,  true,  false, false } },
		{ OP_CMP, { X64_SUB, DP_SUB,   false, false, false, false, true } },
	};
	for (unsigned i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (table[i].op == op) {
			*d = table[i].d;
			return true;
		}
	return false;
}

/* A result in eax written to the PC: ALUWritePC (A2.3.1), interworking in ARM
 * state, a plain branch in Thumb state; then leave the block. */
static void gen_alu_write_pc(struct gen *g)
{
	if (!g->thumb) {
		gen_bx_write_pc(g);
		return;
	}
	x64_and_r32_imm(g->b, X64_RAX, ~1);
	gen_set_itstate(g, g->it_next);
	gen_exit_lookup(g);
	g->ended = true;
}

void gen_flags_store(struct gen *g)
{
	struct x64_buf *b = g->b;
	if (!g->flags_pending)
		return;
	gen_store_nz(b);
	if (g->host_flags != HF_LOGIC) {
		x64_setcc_m8(b, g->host_flags == HF_ADD ? X64_CC_B : X64_CC_AE, cpu_mem(CPU_OFF(cf)));
		x64_setcc_m8(b, X64_CC_O, cpu_mem(CPU_OFF(vf)));
	}
	g->flags_pending = false;
}

/* Does gen_alu compile it natively (else: the interpreter)? */
static bool alu_is_native(const struct gen *g, const struct dp_op *op, bool s)
{
	const struct insn *in = g->in;
	if (in->rd == 15 && !op->no_result && s)
		return false;   /* an exception return */
	return !(in->flags & INSN_REGSHIFT) || (in->rm != 15 && in->ra != 15);
}

bool gen_dp_overwrites_flags(const struct gen *g, enum host_flags pending, bool host_carry)
{
	const struct insn *in = g->in;
	struct dp_op op;
	if (!dp_op_of(in->op, &op) || !(op.no_result || gen_setflags(g)) ||
	    !alu_is_native(g, &op, true))
		return false;
	if (op.kind == DP_LOGIC && pending != HF_LOGIC)
		return false;   /* C and V would remain */
	if (in->flags & INSN_IMM)
		return !op.carry_in || host_carry;
	/* The shifter reads C for RRX and by register; ADC... need it intact. */
	return !(in->flags & INSN_REGSHIFT) && in->shift_type != SRTYPE_RRX &&
	       (!op.carry_in || (host_carry && in->shift_type == SRTYPE_LSL && !in->shift_amt));
}

bool gen_dp_flagless(const struct gen *g, bool host_carry)
{
	const struct insn *in = g->in;
	struct dp_op op;
	if (in->rd == 15)
		return false;
	if (!dp_op_of(in->op, &op)) {
		switch (in->op) {
		case OP_MOVW: case OP_MOVT: case OP_ADR:
			return true;
		case OP_UBFX: case OP_SBFX:
			return in->rn != 15;
		case OP_UXTB: case OP_UXTH: case OP_SXTB: case OP_SXTH: case OP_REV: case OP_CLZ:
			return in->rm != 15;
		default:
			return false;
		}
	}
	if (op.no_result || gen_setflags(g) || !alu_is_native(g, &op, false))
		return false;
	bool intact = (in->flags & INSN_IMM) ||
		      (!(in->flags & INSN_REGSHIFT) && in->shift_type == SRTYPE_LSL && !in->shift_amt);
	/* RRX reads C from struct cpu; ADC... too unless it comes from the x86 flags. */
	if (!(in->flags & (INSN_IMM | INSN_REGSHIFT)) && in->shift_type == SRTYPE_RRX)
		return false;
	return !op.carry_in || (host_carry && intact);
}

static bool gen_alu(struct gen *g, const struct dp_op *op)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	bool s = op->no_result || gen_setflags(g);
	bool is_imm = false;
	enum carry_src carry = CARRY_KEEP;
	/* A register operand without shift, used where it is (plain Rn op Rm). */
	bool plain = !(in->flags & (INSN_IMM | INSN_REGSHIFT)) && in->shift_type == SRTYPE_LSL &&
		     !in->shift_amt && in->rm != 15 && !op->invert_op2 && !op->no_rn &&
		     !op->reverse;
	if (!alu_is_native(g, op, s))
		return false;
	if (!plain)
		gen_operand2(g, s && op->kind == DP_LOGIC, &is_imm, &carry);
	uint32_t imm = op->invert_op2 ? ~in->imm : in->imm;
	if (op->invert_op2 && !is_imm)
		x64_not_r32(b, X64_RCX);   /* NOT leaves the flags alone */
	enum x64_reg acc = X64_RAX;   /* the result */
	/* Did the operand's code keep the x86 flags (no shift)? */
	bool intact = is_imm || (!(in->flags & INSN_REGSHIFT) &&
				 in->shift_type == SRTYPE_LSL && !in->shift_amt);

	if (op->no_rn) {              /* MOV, MVN */
		if (is_imm)
			x64_mov_r32_imm32(b, X64_RAX, imm);
		else
			x64_mov_r32_r32(b, X64_RAX, X64_RCX);
		if (s)
			x64_test_r32_r32(b, X64_RAX, X64_RAX);
	} else if (op->reverse) {     /* RSB, RSC: eax = op2, operand rn in edx */
		if (is_imm)
			x64_mov_r32_imm32(b, X64_RAX, imm);
		else
			x64_mov_r32_r32(b, X64_RAX, X64_RCX);
		gen_read_reg(g, X64_RCX, in->rn);
		if (op->carry_in)
			gen_load_carry(g, true, intact);
		x64_alu_r32_r32(b, op->alu, X64_RAX, X64_RCX);
	} else {
		/* In place: in Rd's host register when Rd = Rn, in Rn's for CMP. */
		enum x64_alu alu = op->no_result && op->alu == X64_SUB ? X64_CMP : op->alu;
		acc = gen_reg_host(g, in->rn);
		if ((op->no_result && alu != X64_CMP) || (!op->no_result && in->rd != in->rn) ||
		    g->select)
			acc = X64_RAX;
		if (acc == X64_RAX)
			gen_read_reg(g, X64_RAX, in->rn);
		if (op->carry_in)
			gen_load_carry(g, op->kind == DP_SUB, intact);
		if (is_imm)
			x64_alu_r32_imm(b, alu, acc, (int32_t)imm);
		else if (plain)
			gen_alu_reg(g, alu, acc, in->rm);
		else
			x64_alu_r32_r32(b, alu, acc, X64_RCX);
	}

	if (s) {   /* stored by gen_flags_store unless the next op overwrites them */
		if (op->kind == DP_LOGIC)
			gen_store_carry(b, carry);
		g->host_flags = op->kind == DP_LOGIC ? HF_LOGIC : op->kind == DP_ADD ? HF_ADD : HF_SUB;
		g->flags_pending = true;
	}
	if (op->no_result)
		return true;
	if (in->rd == 15)
		gen_alu_write_pc(g);
	else
		gen_write_reg(g, in->rd, acc);
	return true;
}

/* UBFX, SBFX (A8.8.246, A8.8.164): lsb in shift_amt, width in imm. */
static bool gen_bfx(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned width = in->imm;
	gen_read_reg(g, X64_RAX, in->rn);
	if (in->shift_amt)
		x64_shr_r32_imm(b, X64_RAX, in->shift_amt);
	if (width < 32) {
		if (in->op == OP_UBFX) {
			x64_and_r32_imm(b, X64_RAX, (int32_t)((1u << width) - 1));
		} else {
			x64_shl_r32_imm(b, X64_RAX, (uint8_t)(32 - width));
			x64_sar_r32_imm(b, X64_RAX, (uint8_t)(32 - width));
		}
	}
	gen_write_reg(g, in->rd, X64_RAX);
	return true;
}

/* MRC of the registers guests read all the time: TPIDRURW / TPIDRURO
 * (B4.1.150-151, the thread pointer, readable at PL0) and, at PL1, DACR
 * (B4.1.43, Linux saves it around every user access). */
static bool gen_read_cp15(struct gen *g)
{
	const struct insn *in = g->in;
	int32_t reg;
	if (ctl_cp(in) != 15 || ctl_opc1(in) || in->rm || in->rd == 15)
		return false;
	if (in->rn == 13 && ctl_opc2(in) == 2)
		reg = CPU_OFF(cp15.tpidrurw);
	else if (in->rn == 13 && ctl_opc2(in) == 3)
		reg = CPU_OFF(cp15.tpidruro);
	else if (in->rn == 3 && !ctl_opc2(in) && (g->tb->flags & TBF_PRIV))
		reg = CPU_OFF(cp15.dacr);
	else
		return false;
	x64_mov_r32_m32(g->b, X64_RAX, cpu_mem(reg));
	gen_write_reg(g, in->rd, X64_RAX);
	return true;
}

/* MOVT (A8.8.106): the top half of Rd. */
static void gen_movt(struct gen *g)
{
	const struct insn *in = g->in;
	enum x64_reg host = gen_reg_host(g, in->rd);
	if (host == X64_RAX) {
		x64_mov_m16_imm16(g->b, x64_mem(X64_RBP, CPU_REG(in->rd) + 2), (uint16_t)in->imm);
		return;
	}
	x64_movzx_r32_r16(g->b, host, host);
	x64_or_r32_imm(g->b, host, (int32_t)(in->imm << 16));
	g->dirty |= (uint16_t)(1u << in->rd);
}

/* MOVW, MOVT, ADR, and the single-register operations. */
static bool gen_misc(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	if (in->rd == 15)
		return false;
	switch (in->op) {
	case OP_MOVW:
		gen_write_reg_imm(g, in->rd, in->imm);
		return true;
	case OP_MOVT:
		gen_movt(g);
		return true;
	case OP_ADR: {
		uint32_t base = gen_pc_value(g) & ~3u;
		gen_write_reg_imm(g, in->rd, (in->flags & INSN_U) ? base + in->imm : base - in->imm);
		return true;
	}
	case OP_UBFX: case OP_SBFX:
		return in->rn != 15 && gen_bfx(g);
	case OP_MRC:
		return gen_read_cp15(g);
	case OP_UXTB: case OP_UXTH: case OP_SXTB: case OP_SXTH: case OP_REV: case OP_CLZ:
		if (in->rm == 15)
			return false;
		break;
	default:
		return false;
	}
	gen_read_reg(g, X64_RAX, in->rm);
	switch (in->op) {
	case OP_UXTB: case OP_UXTH: case OP_SXTB: case OP_SXTH:
		if (in->shift_amt)
			x64_ror_r32_imm(b, X64_RAX, in->shift_amt);
		if (in->op == OP_UXTB)
			x64_movzx_r32_r8(b, X64_RAX, X64_RAX);
		else if (in->op == OP_UXTH)
			x64_movzx_r32_r16(b, X64_RAX, X64_RAX);
		else if (in->op == OP_SXTB)
			x64_movsx_r32_r8(b, X64_RAX, X64_RAX);
		else
			x64_movsx_r32_r16(b, X64_RAX, X64_RAX);
		break;
	case OP_REV:
		x64_bswap_r32(b, X64_RAX);
		break;
	case OP_CLZ:
		/* bsr is undefined for 0: start from 63 so that 63 ^ 31 = 32. */
		x64_mov_r32_imm32(b, X64_RCX, 63);
		x64_bsr_r32_r32(b, X64_RDX, X64_RAX);
		x64_cmovcc_r32_r32(b, X64_CC_E, X64_RDX, X64_RCX);
		x64_xor_r32_imm(b, X64_RDX, 31);
		x64_mov_r32_r32(b, X64_RAX, X64_RDX);
		break;
	}
	gen_write_reg(g, in->rd, X64_RAX);
	return true;
}

bool gen_dp(struct gen *g)
{
	struct dp_op op;
	if (dp_op_of(g->in->op, &op))
		return gen_alu(g, &op);
	return gen_misc(g);
}
