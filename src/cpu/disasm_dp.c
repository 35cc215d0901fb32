/*
 * Disassembly of the data-processing class, in the text GNU objdump prints
 * (binutils 2.40, -M reg-names-std), without its "@ ..." comments. Fields as
 * described in src/cpu/decode_dp.c.
 */
#include <stdio.h>

#include "alu.h"
#include "disasm.h"

static bool dp_is_thumb32(const struct insn *in)
{
	return (in->flags & INSN_THUMB) && in->len == 4;
}

/* objdump adds ".w" to a 32-bit Thumb encoding of an operation that also has
 * a 16-bit encoding (except ADDW/SUBW). */
static bool dp_wide(const struct insn *in)
{
	switch (in->op) {
	case OP_AND: case OP_EOR: case OP_ADC: case OP_SBC: case OP_ORR:
	case OP_BIC: case OP_ADD: case OP_SUB: case OP_MOV: case OP_MVN:
	case OP_TST: case OP_CMN: case OP_CMP:
	case OP_SXTB: case OP_SXTH: case OP_UXTB: case OP_UXTH:
	case OP_REV: case OP_REV16: case OP_REVSH:
		return dp_is_thumb32(in) && !(in->flags & INSN_X2);
	default:
		return false;
	}
}

/* Mnemonic: name, "s" when the instruction sets flags, condition, ".w". */
static void dp_mnemonic(const struct insn *in, const char *mn, char *buf, size_t size)
{
	bool s = (in->flags & (INSN_S | INSN_S_NOT_IT)) && in->op != OP_TST &&
		 in->op != OP_TEQ && in->op != OP_CMP && in->op != OP_CMN;

	snprintf(buf, size, "%s%s%s%s", mn, s ? "s" : "", cond_name(in->cond),
		 dp_wide(in) ? ".w" : "");
}

/* An immediate operand. ARM modified immediates print in signed decimal, or
 * as "#imm8, rot" when the encoding's rotation is not the smallest one that
 * gives the value (the one an assembler picks); Thumb ones print unsigned. */
static int dp_imm(const struct insn *in, char *buf, size_t size)
{
	uint32_t v = in->imm;
	unsigned rot = in->shift_amt, i;

	if (in->flags & INSN_THUMB)
		return snprintf(buf, size, "#%u", v);
	for (i = 0; i < 32; i += 2)
		if (ror32(v, (32 - i) & 31) <= 0xff)
			break;
	if (i != rot)
		return snprintf(buf, size, "#%u, %u", ror32(v, (32 - rot) & 31), rot);
	return snprintf(buf, size, "#%d", (int32_t)v);
}

static const char *const dp_shift_names[] = { "lsl", "lsr", "asr", "ror", "rrx" };

/* Operand 2: "#imm", "rm, lsl #2", "rm, rrx" or "rm, lsl rs". */
static int dp_operand2(const struct insn *in, char *buf, size_t size)
{
	int n;

	if (in->flags & INSN_IMM)
		return dp_imm(in, buf, size);
	if (in->flags & INSN_REGSHIFT)
		return snprintf(buf, size, "%s, %s %s", reg_name(in->rm),
				dp_shift_names[in->shift_type], reg_name(in->ra));
	n = snprintf(buf, size, "%s", reg_name(in->rm));
	if (n < 0 || (size_t)n >= size)
		return n;
	return n + disasm_shift(in, buf + n, size - (size_t)n);
}

/* AND EOR SUB RSB ADD ADC SBC RSC ORR ORN BIC. */
int disasm_dp(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	char m[16], op2[48];

	(void)pc;
	if ((in->flags & INSN_X1) && in->op == OP_RSB) {
		dp_mnemonic(in, "neg", m, sizeof(m));
		return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), reg_name(in->rn));
	}
	if (in->flags & INSN_X2) {
		snprintf(m, sizeof(m), "%sw", mn);
	} else {
		dp_mnemonic(in, mn, m, sizeof(m));
	}
	dp_operand2(in, op2, sizeof(op2));
	if (in->flags & INSN_X1)
		return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), op2);
	return snprintf(buf, size, "%s %s, %s, %s", m, reg_name(in->rd), reg_name(in->rn), op2);
}

/* TST TEQ CMP CMN. */
int disasm_dp_cmp(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		  size_t size)
{
	char m[16], op2[48];

	(void)pc;
	dp_mnemonic(in, mn, m, sizeof(m));
	dp_operand2(in, op2, sizeof(op2));
	return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rn), op2);
}

/* objdump prints ARM's "mov r0, r0" and 16-bit Thumb's "mov r8, r8" as NOPs. */
static bool dp_is_nop(const struct insn *in)
{
	if (in->op != OP_MOV || in->cond != COND_AL || in->rd != in->rm ||
	    (in->flags & (INSN_IMM | INSN_REGSHIFT | INSN_S | INSN_S_NOT_IT)) ||
	    in->shift_type != SRTYPE_LSL || in->shift_amt != 0)
		return false;
	if (in->flags & INSN_THUMB)
		return in->len == 2 && in->rd == 8;
	return in->rd == 0;
}

/* MOV and MVN. objdump names a MOV of a shifted register after its shift in
 * ARM ("lsl r0, r1, #2", "rrx r0, r1") and in 16-bit Thumb, and a shift by
 * register everywhere ("lsl.w r0, r1, r2"; 16-bit: "lsls r0, r1"); a 32-bit
 * Thumb shift by an immediate stays "mov.w r0, r1, lsl #2". */
int disasm_dp_mov(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		  size_t size)
{
	char m[16], op2[48];
	bool regshift = in->flags & INSN_REGSHIFT;
	bool shifted = !(in->flags & INSN_IMM) &&
		       (regshift || in->shift_type != SRTYPE_LSL || in->shift_amt != 0);

	(void)pc;
	if (dp_is_nop(in))
		return snprintf(buf, size, "nop");
	if (in->op == OP_MVN || !shifted || (dp_is_thumb32(in) && !regshift)) {
		dp_mnemonic(in, mn, m, sizeof(m));
		dp_operand2(in, op2, sizeof(op2));
		return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), op2);
	}
	dp_mnemonic(in, dp_shift_names[in->shift_type], m, sizeof(m));
	if (in->flags & INSN_X1)
		return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), reg_name(in->ra));
	if (regshift)
		return snprintf(buf, size, "%s %s, %s, %s", m, reg_name(in->rd), reg_name(in->rm),
				reg_name(in->ra));
	if (in->shift_type == SRTYPE_RRX)
		return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), reg_name(in->rm));
	return snprintf(buf, size, "%s %s, %s, #%u", m, reg_name(in->rd), reg_name(in->rm),
			in->shift_amt);
}

/* ADR: "add r0, pc, #8"; 32-bit Thumb: "addw r0, pc, #8" / "subw ...". */
int disasm_adr(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	char imm[32];
	const char *name = (in->flags & INSN_U) ? "add" : "sub";

	(void)pc;
	(void)mn;
	dp_imm(in, imm, sizeof(imm));
	return snprintf(buf, size, "%s%s%s %s, pc, %s", name, (in->flags & INSN_X2) ? "w" : "",
			cond_name(in->cond), reg_name(in->rd), imm);
}

/* MOVW, MOVT. */
int disasm_movw(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %s, #%u", mn, cond_name(in->cond), reg_name(in->rd),
			in->imm);
}

/* CLZ RBIT REV REV16 REVSH. */
int disasm_rev(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	char m[16];

	(void)pc;
	dp_mnemonic(in, mn, m, sizeof(m));
	return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), reg_name(in->rm));
}

int disasm_bfc(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %s, #%u, #%u", mn, cond_name(in->cond),
			reg_name(in->rd), in->shift_amt, in->imm);
}

/* BFI, and SBFX/UBFX: "op rd, rn, #lsb, #width". */
int disasm_bfi(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %s, %s, #%u, #%u", mn, cond_name(in->cond),
			reg_name(in->rd), reg_name(in->rn), in->shift_amt, in->imm);
}

int disasm_bfx(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	return disasm_bfi(in, pc, mn, buf, size);
}

/* SXTB ... UXTAB16: "op rd, {rn, }rm{, ror #n}". */
int disasm_ext(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	char m[16], rot[16] = "", rn[8] = "";

	(void)pc;
	dp_mnemonic(in, mn, m, sizeof(m));
	if (in->rn != REG_NONE)
		snprintf(rn, sizeof(rn), "%s, ", reg_name(in->rn));
	if (in->shift_amt)
		snprintf(rot, sizeof(rot), ", ror #%u", in->shift_amt);
	return snprintf(buf, size, "%s %s, %s%s%s", m, reg_name(in->rd), rn, reg_name(in->rm),
			rot);
}
