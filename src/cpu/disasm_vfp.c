/*
 * Disassembly of the VFP ops in GNU objdump's style ("vadd.f32 s0, s1, s2",
 * "vldmia r0!, {d0-d3}", "vmrs APSR_nzcv, fpscr"), without objdump's "@ ..."
 * comments. The condition goes after the mnemonic and before the type suffix.
 */
#include <stdio.h>
#include <string.h>

#include "disasm.h"
#include "vfp.h"

/* The mnemonic: the op's name up to the first '_' ("vmov_reg" -> "vmov"). */
static int base_mn(const char *mn, char *buf, size_t size)
{
	size_t n = strcspn(mn, "_");
	return snprintf(buf, size, "%.*s", (int)n, mn);
}

static const char *ftype(bool dp)
{
	return dp ? "f64" : "f32";
}

static char rc(bool dp)
{
	return dp ? 'd' : 's';
}

int disasm_vfp_3op(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	(void)pc;
	bool dp = in->flags & VFP_DP;
	return snprintf(buf, size, "%s%s.%s %c%u, %c%u, %c%u", mn, cond_name(in->cond),
			ftype(dp), rc(dp), in->rd, rc(dp), in->rn, rc(dp), in->rm);
}

int disasm_vfp_2op(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	(void)pc;
	char m[16];
	bool dp = in->flags & VFP_DP;
	base_mn(mn, m, sizeof(m));
	return snprintf(buf, size, "%s%s.%s %c%u, %c%u", m, cond_name(in->cond), ftype(dp),
			rc(dp), in->rd, rc(dp), in->rm);
}

int disasm_vfp_imm(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	(void)pc;
	char m[16];
	bool dp = in->flags & VFP_DP;
	base_mn(mn, m, sizeof(m));
	return snprintf(buf, size, "%s%s.%s %c%u, #%u", m, cond_name(in->cond), ftype(dp),
			rc(dp), in->rd, in->reglist);
}

int disasm_vfp_cmp(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	(void)pc;
	bool dp = in->flags & VFP_DP;
	int n = snprintf(buf, size, "%s%s.%s %c%u, ", mn, cond_name(in->cond), ftype(dp),
			 rc(dp), in->rd);
	if (in->flags & VFP_CMP_ZERO)
		return n + snprintf(buf + n, size > (size_t)n ? size - (size_t)n : 0, "#0.0");
	return n + snprintf(buf + n, size > (size_t)n ? size - (size_t)n : 0, "%c%u",
			    rc(dp), in->rm);
}

int disasm_vfp_cvt(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	(void)pc;
	char m[16];
	bool dp = in->flags & VFP_DP, u = in->flags & VFP_UNSIGNED;
	const char *c = cond_name(in->cond);
	const char *it = u ? "u32" : "s32";
	base_mn(mn, m, sizeof(m));
	switch (in->op) {
	case OP_VCVT_FP:
		return snprintf(buf, size, "vcvt%s.%s.%s %c%u, %c%u", c, ftype(!dp), ftype(dp),
				rc(!dp), in->rd, rc(dp), in->rm);
	case OP_VCVT_F2I:
	case OP_VCVTR_F2I:
		return snprintf(buf, size, "%s%s.%s.%s s%u, %c%u", m, c, it, ftype(dp),
				in->rd, rc(dp), in->rm);
	case OP_VCVT_I2F:
		return snprintf(buf, size, "vcvt%s.%s.%s %c%u, s%u", c, ftype(dp), it,
				rc(dp), in->rd, in->rm);
	case OP_VCVT_F2X:
	case OP_VCVT_X2F: {
		char fx[4];
		snprintf(fx, sizeof(fx), "%c%u", u ? 'u' : 's',
			 (in->flags & VFP_FIX32) ? 32u : 16u);
		bool to_fixed = in->op == OP_VCVT_F2X;
		return snprintf(buf, size, "vcvt%s.%s.%s %c%u, %c%u, #%u", c,
				to_fixed ? fx : ftype(dp), to_fixed ? ftype(dp) : fx,
				rc(dp), in->rd, rc(dp), in->rd, in->shift_amt);
	}
	default: {   /* OP_VCVT_HALF */
		bool to_half = in->flags & VFP_TO_HALF;
		return snprintf(buf, size, "vcvt%c%s.%s.%s s%u, s%u",
				(in->flags & VFP_TOP) ? 't' : 'b', c, to_half ? "f16" : "f32",
				to_half ? "f32" : "f16", in->rd, in->rm);
	}
	}
}

int disasm_vfp_ldst(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		    size_t size)
{
	(void)pc;
	bool dp = in->flags & VFP_DP;
	int n = snprintf(buf, size, "%s%s %c%u, [%s", mn, cond_name(in->cond), rc(dp),
			 in->rd, reg_name(in->rn));
	size_t rest = size > (size_t)n ? size - (size_t)n : 0;
	if (in->imm == 0 && (in->flags & INSN_U))
		return n + snprintf(buf + n, rest, "]");
	return n + snprintf(buf + n, rest, ", #%s%u]", (in->flags & INSN_U) ? "" : "-",
			    in->imm);
}

int disasm_vfp_ldm(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	(void)pc;
	bool dp = in->flags & VFP_DP, load = in->flags & VFP_LOAD;
	bool db = !(in->flags & INSN_U), wb = in->flags & INSN_W;
	const char *c = cond_name(in->cond);
	char list[24];
	if (in->reglist == 1)
		snprintf(list, sizeof(list), "{%c%u}", rc(dp), in->rd);
	else
		snprintf(list, sizeof(list), "{%c%u-%c%u}", rc(dp), in->rd, rc(dp),
			 in->rd + in->reglist - 1u);
	/* VPUSH is VSTMDB SP!, VPOP is VLDMIA SP!. */
	if (in->rn == 13 && wb && load != db && !(dp && (in->imm & 4)))
		return snprintf(buf, size, "%s%s %s", load ? "vpop" : "vpush", c, list);
	if (dp && (in->imm & 4))   /* odd imm8: FLDMX / FSTMX */
		return snprintf(buf, size, "f%sm%sx%s %s%s, %s", load ? "ld" : "st",
				db ? "db" : "ia", c, reg_name(in->rn), wb ? "!" : "", list);
	return snprintf(buf, size, "%s%s%s %s%s, %s", mn, db ? "db" : "ia", c,
			reg_name(in->rn), wb ? "!" : "", list);
}

int disasm_vfp_xfer(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		    size_t size)
{
	(void)pc;
	(void)mn;
	bool to_core = in->flags & VFP_TO_CORE;
	const char *c = cond_name(in->cond);
	const char *t = reg_name(in->rd), *t2 = reg_name(in->ra);
	switch (in->op) {
	case OP_VMOV_SR:
		if (to_core)
			return snprintf(buf, size, "vmov%s %s, s%u", c, t, in->rn);
		return snprintf(buf, size, "vmov%s s%u, %s", c, in->rn, t);
	case OP_VMOV_RRD:
		if (to_core)
			return snprintf(buf, size, "vmov%s %s, %s, d%u", c, t, t2, in->rm);
		return snprintf(buf, size, "vmov%s d%u, %s, %s", c, in->rm, t, t2);
	case OP_VMOV_RRSS:
		if (to_core)
			return snprintf(buf, size, "vmov%s %s, %s, s%u, s%u", c, t, t2, in->rm,
					in->rm + 1u);
		return snprintf(buf, size, "vmov%s s%u, s%u, %s, %s", c, in->rm, in->rm + 1u,
				t, t2);
	default:   /* OP_VMOV_SCALAR */
		if (to_core)
			return snprintf(buf, size, "vmov%s.32 %s, d%u[%u]", c, t, in->rn, in->imm);
		return snprintf(buf, size, "vmov%s.32 d%u[%u], %s", c, in->rn, in->imm, t);
	}
}

int disasm_vfp_sysreg(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		      size_t size)
{
	(void)pc;
	static const char *const names[16] = {
		[0] = "fpsid", [1] = "fpscr", [2] = "fpscr_nzcvqc", [6] = "mvfr1",
		[7] = "mvfr0", [8] = "fpexc", [9] = "fpinst", [10] = "fpinst2",
	};
	char reg[24];
	if (names[in->rn & 15])
		snprintf(reg, sizeof(reg), "%s", names[in->rn & 15]);
	else
		snprintf(reg, sizeof(reg), "<impl def 0x%x>", in->rn);
	const char *t = in->rd == 15 && in->op == OP_VMRS && in->rn == VFP_REG_FPSCR
			? "APSR_nzcv" : reg_name(in->rd);
	if (in->op == OP_VMRS)
		return snprintf(buf, size, "%s%s %s, %s", mn, cond_name(in->cond), t, reg);
	return snprintf(buf, size, "%s%s %s, %s", mn, cond_name(in->cond), reg, t);
}
