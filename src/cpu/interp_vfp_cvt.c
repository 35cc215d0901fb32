/*
 * Semantics of the VFP conversions (ARM ARM A8.8: VCVT between double and
 * single, between floating-point and integer (VCVT, VCVTR), between
 * floating-point and fixed-point, and VCVTB/VCVTT). None of them is a short
 * vector operation.
 */
#include "vfp.h"

void interp_vcvt_fp(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	if (vfp_is_dp(in))
		vfp_set_s(cpu, in->rd,
			  (uint32_t)fp_convert(cpu->vfp.d[in->rm], 64, 32, &cpu->vfp.fpscr));
	else
		cpu->vfp.d[in->rd] = fp_convert(vfp_get_s(cpu, in->rm), 32, 64, &cpu->vfp.fpscr);
}

static void to_integer(struct cpu *cpu, const struct insn *in, bool round_zero)
{
	vfp_check_enabled(cpu);
	bool dp = vfp_is_dp(in);
	uint64_t op = dp ? cpu->vfp.d[in->rm] : vfp_get_s(cpu, in->rm);
	vfp_set_s(cpu, in->rd, fp_to_fixed(op, dp ? 64 : 32, 32, 0,
					   in->flags & VFP_UNSIGNED, round_zero,
					   &cpu->vfp.fpscr));
}

void interp_vcvt_f2i(struct cpu *cpu, const struct insn *in) { to_integer(cpu, in, true); }
void interp_vcvtr_f2i(struct cpu *cpu, const struct insn *in) { to_integer(cpu, in, false); }

/* Integer to floating-point, rounding as FPSCR says. */
void interp_vcvt_i2f(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	bool dp = vfp_is_dp(in);
	uint64_t r = fixed_to_fp(vfp_get_s(cpu, in->rm), dp ? 64 : 32, 32, 0,
				 in->flags & VFP_UNSIGNED, false, &cpu->vfp.fpscr);
	if (dp)
		cpu->vfp.d[in->rd] = r;
	else
		vfp_set_s(cpu, in->rd, (uint32_t)r);
}

/* Floating-point to fixed-point, rounding towards zero; the result is
 * sign- or zero-extended to the register's width. */
void interp_vcvt_f2x(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	bool dp = vfp_is_dp(in), u = in->flags & VFP_UNSIGNED;
	unsigned m = (in->flags & VFP_FIX32) ? 32 : 16;
	if (dp) {
		uint32_t r = fp_to_fixed(cpu->vfp.d[in->rd], 64, m, in->shift_amt, u, true,
					 &cpu->vfp.fpscr);
		cpu->vfp.d[in->rd] = u ? (uint64_t)r : (uint64_t)(int64_t)(int32_t)r;
	} else {
		vfp_set_s(cpu, in->rd, fp_to_fixed(vfp_get_s(cpu, in->rd), 32, m,
						   in->shift_amt, u, true, &cpu->vfp.fpscr));
	}
}

/* Fixed-point to floating-point, rounding to nearest (FixedToFP's
 * round_to_nearest = TRUE in the ARM ARM's VCVT). */
void interp_vcvt_x2f(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	bool u = in->flags & VFP_UNSIGNED;
	unsigned m = (in->flags & VFP_FIX32) ? 32 : 16;
	if (vfp_is_dp(in))
		cpu->vfp.d[in->rd] = fixed_to_fp((uint32_t)cpu->vfp.d[in->rd], 64, m,
						 in->shift_amt, u, true, &cpu->vfp.fpscr);
	else
		vfp_set_s(cpu, in->rd, (uint32_t)fixed_to_fp(vfp_get_s(cpu, in->rd), 32, m,
							     in->shift_amt, u, true,
							     &cpu->vfp.fpscr));
}

/* VCVTB / VCVTT: the bottom or top half of Sd or Sm holds the half. */
void interp_vcvt_half(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	unsigned lo = (in->flags & VFP_TOP) ? 16 : 0;
	uint32_t m = vfp_get_s(cpu, in->rm);
	if (in->flags & VFP_TO_HALF) {
		uint32_t h = fp_single_to_half(m, &cpu->vfp.fpscr);
		uint32_t d = vfp_get_s(cpu, in->rd);
		vfp_set_s(cpu, in->rd, (d & ~(0xffffu << lo)) | h << lo);
	} else {
		vfp_set_s(cpu, in->rd,
			  (uint32_t)fp_convert((uint16_t)(m >> lo), 16, 32, &cpu->vfp.fpscr));
	}
}
