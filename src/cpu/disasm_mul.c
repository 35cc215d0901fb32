/*
 * Disassembly formats of the mul class (include/ops_mul.inc), in GNU objdump's
 * UAL text. The mnemonic is mn, then "s" for the flag-setting forms, the
 * condition, and ".w" for the 32-bit Thumb MUL (which has a 16-bit sibling).
 */
#include <stdio.h>

#include "disasm.h"

static void mnemonic(const struct insn *in, const char *mn, char *out, size_t size)
{
	bool setflags = in->flags & (INSN_S | INSN_S_NOT_IT);
	bool wide = in->op == OP_MUL && (in->flags & INSN_THUMB) && in->len == 4;

	snprintf(out, size, "%s%s%s%s", mn, setflags ? "s" : "", cond_name(in->cond),
		 wide ? ".w" : "");
}

/* ", lsl #n" (nothing for LSL #0) or ", asr #n" (n = 1..32). */
static void shift_text(const struct insn *in, char *out, size_t size)
{
	if (in->shift_type == SRTYPE_ASR)
		snprintf(out, size, ", asr #%u", in->shift_amt);
	else if (in->shift_amt)
		snprintf(out, size, ", lsl #%u", in->shift_amt);
	else
		out[0] = '\0';
}

/* "mul rd, rn, rm"; the 16-bit Thumb MULS prints "muls rdm, rn". */
int disasm_mul_rrr(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	char m[16];

	(void)pc;
	mnemonic(in, mn, m, sizeof m);
	if (in->len == 2)
		return snprintf(buf, size, "%s %s, %s", m, reg_name(in->rd), reg_name(in->rn));
	return snprintf(buf, size, "%s %s, %s, %s", m, reg_name(in->rd), reg_name(in->rn),
			reg_name(in->rm));
}

int disasm_mul_rrrr(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		    size_t size)
{
	char m[16];

	(void)pc;
	mnemonic(in, mn, m, sizeof m);
	return snprintf(buf, size, "%s %s, %s, %s, %s", m, reg_name(in->rd), reg_name(in->rn),
			reg_name(in->rm), reg_name(in->ra));
}

/* "umull rdlo, rdhi, rn, rm": RdLo is rd, RdHi is ra. */
int disasm_mul_long(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		    size_t size)
{
	char m[16];

	(void)pc;
	mnemonic(in, mn, m, sizeof m);
	return snprintf(buf, size, "%s %s, %s, %s, %s", m, reg_name(in->rd), reg_name(in->ra),
			reg_name(in->rn), reg_name(in->rm));
}

/* QADD and friends take their operands as Rd, Rm, Rn. */
int disasm_mul_rmn(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	char m[16];

	(void)pc;
	mnemonic(in, mn, m, sizeof m);
	return snprintf(buf, size, "%s %s, %s, %s", m, reg_name(in->rd), reg_name(in->rm),
			reg_name(in->rn));
}

/* "ssat rd, #imm, rn, asr #n". GNU objdump shows the ARM encoding of ASR #32
 * (imm5 = 0) as "asr #0"; we print the UAL form "asr #32", which gas accepts
 * and assembles back to the same encoding. */
int disasm_mul_sat(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	char m[16], sh[16];

	(void)pc;
	mnemonic(in, mn, m, sizeof m);
	shift_text(in, sh, sizeof sh);
	return snprintf(buf, size, "%s %s, #%u, %s%s", m, reg_name(in->rd), in->imm,
			reg_name(in->rn), sh);
}

int disasm_mul_pkh(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	char m[16], sh[16];

	(void)pc;
	mnemonic(in, mn, m, sizeof m);
	shift_text(in, sh, sizeof sh);
	return snprintf(buf, size, "%s %s, %s, %s%s", m, reg_name(in->rd), reg_name(in->rn),
			reg_name(in->rm), sh);
}
