/*
 * Disassembly formats of the ctl class, in the text GNU objdump 2.40 prints
 * (tests/unit/test_decode_ctl.c), except that branch targets are absolute
 * "0x..." addresses and objdump's "@ ..." comments are left out.
 */
#include <stdio.h>

#include "ctl.h"
#include "disasm.h"

static bool is_thumb(const struct insn *in)
{
	return in->flags & INSN_THUMB;
}

/* The PC an instruction reads (A2.3.1). */
static uint32_t read_pc(const struct insn *in, uint32_t pc)
{
	return pc + (is_thumb(in) ? 4 : 8);
}

/* ".n"/".w" as objdump writes them on Thumb B. */
static const char *b_width(const struct insn *in)
{
	if (!is_thumb(in) || in->op != OP_B)
		return "";
	return in->len == 2 ? ".n" : ".w";
}

int disasm_branch(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	return snprintf(buf, size, "%s%s%s 0x%x", mn, cond_name(in->cond), b_width(in),
			read_pc(in, pc) + in->imm);
}

int disasm_blx_imm(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)mn;
	uint32_t base = read_pc(in, pc);
	if (is_thumb(in))
		base &= ~3u;
	return snprintf(buf, size, "blx 0x%x", base + in->imm);
}

int disasm_bx(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %s", mn, cond_name(in->cond), reg_name(in->rm));
}

int disasm_cbz(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	return snprintf(buf, size, "%s %s, 0x%x", mn, reg_name(in->rn), read_pc(in, pc) + in->imm);
}

/* "itte ne": each mask bit above the lowest set one is 't' when it equals
 * firstcond[0] (A8.8.54). */
int disasm_it(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	(void)mn;
	unsigned firstcond = in->imm >> 4, mask = in->imm & 0xf;
	char pattern[4] = "";
	unsigned n = 0;
	for (unsigned b = 3; b > 0 && (mask & ((1u << b) - 1)); b--)
		pattern[n++] = (mask >> b & 1) == (firstcond & 1) ? 't' : 'e';
	pattern[n] = '\0';
	return snprintf(buf, size, "it%s %s", pattern,
			firstcond == COND_AL ? "al" : cond_name(firstcond));
}

int disasm_mrs(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %s, %s", mn, cond_name(in->cond), reg_name(in->rd),
			(in->flags & INSN_X1) ? "SPSR" : "CPSR");
}

int disasm_msr(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	static const char fields[4] = { 'c', 'x', 's', 'f' };
	char mask[5];
	unsigned n = 0;
	for (int b = 3; b >= 0; b--)
		if (in->ra >> b & 1)
			mask[n++] = fields[b];
	mask[n] = '\0';
	int len = snprintf(buf, size, "%s%s %s_%s, ", mn, cond_name(in->cond),
			   (in->flags & INSN_X1) ? "SPSR" : "CPSR", mask);
	size_t at = len < 0 ? 0 : (size_t)len < size ? (size_t)len : size;
	if (in->flags & INSN_IMM)
		return len + snprintf(buf + at, size - at, "#%d", (int32_t)in->imm);
	return len + snprintf(buf + at, size - at, "%s", reg_name(in->rn));
}

/* "cpsid if,#19" in ARM, "cpsid if, #19" in Thumb, "cps #17"; the 32-bit Thumb
 * form without a mode is "cpsie.w i". */
int disasm_cps(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	(void)mn;
	char aif[4];
	unsigned n = 0;
	if (in->reglist & CPSR_A) aif[n++] = 'a';
	if (in->reglist & CPSR_I) aif[n++] = 'i';
	if (in->reglist & CPSR_F) aif[n++] = 'f';
	aif[n] = '\0';
	bool mode = in->flags & INSN_X1;
	if (!(in->flags & (INSN_X2 | INSN_X3)))
		return snprintf(buf, size, "cps #%u", mode ? in->imm : 0);
	const char *op = (in->flags & INSN_X3) ? "cpsid" : "cpsie";
	if (!mode)
		return snprintf(buf, size, "%s%s %s", op,
				is_thumb(in) && in->len == 4 ? ".w" : "", aif);
	return snprintf(buf, size, "%s %s,%s#%u", op, aif, is_thumb(in) ? " " : "", in->imm);
}

int disasm_setend(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s %s", mn, (in->flags & INSN_X1) ? "be" : "le");
}

/* The addressing mode suffix of SRS and RFE. */
static const char *srs_rfe_mode(const struct insn *in)
{
	static const char *const names[4] = { "da", "ia", "db", "ib" };
	return names[((in->flags & INSN_P) ? 2 : 0) | ((in->flags & INSN_U) ? 1 : 0)];
}

int disasm_srs(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s sp%s, #%u", mn, srs_rfe_mode(in),
			(in->flags & INSN_W) ? "!" : "", in->imm);
}

int disasm_rfe(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %s%s", mn, srs_rfe_mode(in), reg_name(in->rn),
			(in->flags & INSN_W) ? "!" : "");
}

int disasm_subs_pc_lr(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		      size_t size)
{
	(void)pc;
	(void)mn;
	return snprintf(buf, size, "subs pc, lr, #%u", in->imm);
}

/* Hints: objdump names SEVL, ESB and CSDB (NOPs on this core) and prints the
 * number of other NOP hints, "nop {6}" (ARM also "nop {0}"). 32-bit Thumb
 * forms take ".w", except ESB and CSDB. */
int disasm_hint(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	const char *cond = cond_name(in->cond);
	const char *wide = is_thumb(in) && in->len == 4 ? ".w" : "";
	if (in->op != OP_NOP)
		return snprintf(buf, size, "%s%s%s", mn, cond, wide);
	switch (in->imm) {
	case 0x05: return snprintf(buf, size, "sevl%s%s", cond, wide);
	case 0x10: return snprintf(buf, size, "esb%s", cond);
	case 0x14: return snprintf(buf, size, "csdb%s", cond);
	case 0x00:
		if (is_thumb(in))
			return snprintf(buf, size, "nop%s", wide);
		return snprintf(buf, size, "nop%s {0}", cond);
	default:
		return snprintf(buf, size, "nop%s%s {%u}", cond, wide, in->imm);
	}
}

int disasm_dbg(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s #%u", mn, cond_name(in->cond), in->imm);
}

/* Barrier options by objdump's names; DSB #0, #4 and #12 are the ARMv8 SSBB,
 * PSSBB and DFB encodings, which objdump prints by name. */
int disasm_barrier(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	static const char *const options[16] = {
		NULL, "oshld", "oshst", "osh", NULL, "nshld", "unst", "un",
		NULL, "ishld", "ishst", "ish", NULL, "ld", "st", "sy",
	};
	unsigned opt = in->imm & 15;
	if (in->op == OP_DSB && (opt == 0 || opt == 4 || opt == 12))
		return snprintf(buf, size, "%s", opt == 0 ? "ssbb" : opt == 4 ? "pssbb" : "dfb");
	if (options[opt] && (in->op != OP_ISB || opt == 15))
		return snprintf(buf, size, "%s %s", mn, options[opt]);
	return snprintf(buf, size, "%s #%u", mn, opt);
}

int disasm_svc(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	if (is_thumb(in))
		return snprintf(buf, size, "%s %u", mn, in->imm);
	return snprintf(buf, size, "%s%s 0x%08x", mn, cond_name(in->cond), in->imm);
}

int disasm_bkpt(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s 0x%04x", mn, cond_name(in->cond), in->imm);
}

int disasm_udf(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s #%u", mn, is_thumb(in) && in->len == 4 ? ".w" : "",
			in->imm);
}

/* "mrc 15, 0, r1, cr0, cr0, {5}"; MRC to Rt = 15 writes APSR_nzcv. */
int disasm_mcr(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	const char *rt = in->op == OP_MRC && in->rd == 15 ? "APSR_nzcv" : reg_name(in->rd);
	return snprintf(buf, size, "%s%s %u, %u, %s, cr%u, cr%u, {%u}", mn, cond_name(in->cond),
			ctl_cp(in), ctl_opc1(in), rt, in->rn, in->rm, ctl_opc2(in));
}

int disasm_mcrr(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	return snprintf(buf, size, "%s%s %u, %u, %s, %s, cr%u", mn, cond_name(in->cond),
			ctl_cp(in), ctl_opc1(in), reg_name(in->rd), reg_name(in->ra), in->rm);
}
