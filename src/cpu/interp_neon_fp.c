/*
 * Single-precision elements of the Advanced SIMD floating-point operations
 * (ARM ARM A8.8, FPMax, FPMin, FPRecipStep, FPRSqrtStep of A2.7), on the VFP's
 * pseudo-code arithmetic with the Standard FPSCR value the caller passes.
 */
#include "neon.h"

#define F_ONE_HALF 0x3fc00000u
#define F_TWO   0x40000000u
#define F_THREE 0x40400000u

static bool is_nan(uint32_t v)
{
	return (v & 0x7fffffffu) > 0x7f800000u;
}

/* FPUnpack's flush to zero of a denormal input (FZ is set), with IDC. */
static uint32_t flush(uint32_t v, uint32_t *fs)
{
	if ((v & 0x7f800000u) == 0 && (v & 0x7fffffu)) {
		*fs |= FPSCR_IDC;
		return v & 0x80000000u;
	}
	return v;
}

static float as_float(uint32_t v)
{
	float f;
	__builtin_memcpy(&f, &v, 4);
	return f;
}

/* FPMax / FPMin: NaNs as FPProcessNaNs (the default NaN), +0 above -0. */
static uint32_t fp_maxmin(uint32_t n, uint32_t m, bool max, uint32_t *fs)
{
	if (is_nan(n) || is_nan(m))
		return (uint32_t)fp_add(n, m, 32, fs);
	n = flush(n, fs);
	m = flush(m, fs);
	if ((n & 0x7fffffffu) == 0 && (m & 0x7fffffffu) == 0)
		return max ? n & m : n | m;
	return (as_float(n) > as_float(m)) == max ? n : m;
}

static bool is_inf(uint32_t v)
{
	return (v & 0x7fffffffu) == 0x7f800000u;
}

static bool is_zero(uint32_t v)
{
	return (v & 0x7f800000u) == 0;   /* zero, or a denormal flushed */
}

/* FPRecipStep (2 - n*m) and FPRSqrtStep ((3 - n*m) / 2, as QEMU computes it). */
static uint32_t fp_step(uint32_t n, uint32_t m, bool sqrt, uint32_t *fs)
{
	if (is_nan(n) || is_nan(m))
		return (uint32_t)fp_add(n, m, 32, fs);
	if ((is_inf(n) && is_zero(m)) || (is_zero(n) && is_inf(m))) {
		if ((n | m) & 0x7fffffu && !is_inf(n | m))
			*fs |= FPSCR_IDC;
		return sqrt ? F_ONE_HALF : F_TWO;
	}
	uint32_t p = (uint32_t)fp_mul(n, m, 32, fs);
	if (!sqrt)
		return (uint32_t)fp_sub(F_TWO, p, 32, fs);
	return (uint32_t)fp_div((uint32_t)fp_sub(F_THREE, p, 32, fs), F_TWO, 32, fs);
}

static bool compare(uint32_t n, uint32_t m, unsigned fn, uint32_t *fs)
{
	if (fn == NF_FACGE || fn == NF_FACGT) {
		n &= 0x7fffffffu;
		m &= 0x7fffffffu;
	}
	uint32_t nzcv = fp_compare(n, m, 32, fn != NF_FCEQ, fs);
	if (fn == NF_FCEQ)
		return nzcv == 0x6;
	if (fn == NF_FCGT || fn == NF_FACGT)
		return nzcv == 0x2;
	return nzcv == 0x2 || nzcv == 0x6;
}

uint32_t neon_fp_op(unsigned fn, uint32_t d, uint32_t n, uint32_t m, uint32_t *fs)
{
	switch (fn) {
	case NF_FADD: case NF_FPADD: return (uint32_t)fp_add(n, m, 32, fs);
	case NF_FSUB: return (uint32_t)fp_sub(n, m, 32, fs);
	case NF_FABD: return (uint32_t)fp_abs(fp_sub(n, m, 32, fs), 32);
	case NF_FMUL: return (uint32_t)fp_mul(n, m, 32, fs);
	case NF_FMLA: return (uint32_t)fp_add(d, fp_mul(n, m, 32, fs), 32, fs);
	case NF_FMLS: return (uint32_t)fp_sub(d, fp_mul(n, m, 32, fs), 32, fs);
	case NF_FMAX: case NF_FPMAX: return fp_maxmin(n, m, true, fs);
	case NF_FMIN: case NF_FPMIN: return fp_maxmin(n, m, false, fs);
	case NF_FRECPS: return fp_step(n, m, false, fs);
	case NF_FRSQRTS: return fp_step(n, m, true, fs);
	default: return compare(n, m, fn, fs) ? 0xffffffffu : 0;
	}
}
