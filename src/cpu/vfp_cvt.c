/*
 * Floating-point conversions of the ARM ARM pseudo-code (A2.7): FPToFixed,
 * FixedToFP, FPSingleToDouble, FPDoubleToSingle, FPHalfToSingle (fp_convert),
 * FPSingleToHalf, and VFPExpandImm (A7.5.1).
 */
#include "vfp_soft.h"

uint32_t fp_to_fixed(uint64_t op, unsigned n, unsigned m, unsigned frac_bits,
		     bool is_unsigned, bool round_towards_zero, uint32_t *fpscr)
{
	uint32_t mode = *fpscr;
	if (round_towards_zero)
		mode = (mode & ~FPSCR_RMODE) | FPROUND_RZ << FPSCR_RMODE_SHIFT;
	struct fp_value v = fp_unpack(op, n, &mode);
	*fpscr |= mode & FPSCR_CUMULATIVE;

	/* NaNs convert as zero, infinities as a value that saturates; both are
	 * Invalid Operation. */
	if (v.type == FPTYPE_SNAN || v.type == FPTYPE_QNAN) {
		*fpscr |= FPSCR_IOC;
		return 0;
	}
	bool overflow = v.type == FPTYPE_INFINITY;
	uint64_t mag = 0;        /* |value| * 2^frac_bits rounded towards zero */
	int half_cmp = -1;       /* the discarded fraction against one half */
	bool inexact = false;
	if (v.type == FPTYPE_NONZERO) {
		int shift = v.exp + (int)frac_bits;
		if (shift >= 0) {
			overflow = true;   /* |value| >= 2^63 */
		} else if (shift < -64) {
			inexact = true;
		} else if (shift == -64) {
			half_cmp = (v.sig << 1) ? 1 : 0;
			inexact = true;
		} else {
			unsigned s = (unsigned)-shift;
			uint64_t rem = v.sig & ((1ull << s) - 1), half = 1ull << (s - 1);
			mag = v.sig >> s;
			half_cmp = rem > half ? 1 : rem == half ? 0 : -1;
			inexact = rem != 0;
		}
	}
	if (!overflow) {
		bool up;
		switch ((mode & FPSCR_RMODE) >> FPSCR_RMODE_SHIFT) {
		case FPROUND_RN: up = half_cmp > 0 || (half_cmp == 0 && (mag & 1)); break;
		case FPROUND_RP: up = inexact && !v.sign; break;
		case FPROUND_RM: up = inexact && v.sign; break;
		default:         up = false; break;
		}
		mag += up;
		/* SatQ(int_result, M, unsigned) */
		if (is_unsigned)
			overflow = v.sign ? mag != 0 : mag > (1ull << m) - 1;
		else
			overflow = mag > (1ull << (m - 1)) - (v.sign ? 0 : 1);
	}
	uint32_t result;
	if (overflow) {
		*fpscr |= FPSCR_IOC;
		if (is_unsigned)
			result = v.sign ? 0 : (uint32_t)((1ull << m) - 1);
		else
			result = v.sign ? (uint32_t)-(int64_t)(1ull << (m - 1))
					: (uint32_t)((1ull << (m - 1)) - 1);
	} else {
		if (inexact)
			*fpscr |= FPSCR_IXC;
		result = v.sign ? (uint32_t)-(int64_t)mag : (uint32_t)mag;
	}
	if (m == 16)   /* the 16-bit result, zero- or sign-extended */
		result = is_unsigned ? result & 0xffff : (uint32_t)(int32_t)(int16_t)result;
	return result;
}

uint64_t fixed_to_fp(uint32_t operand, unsigned n, unsigned m, unsigned frac_bits,
		     bool is_unsigned, bool round_to_nearest, uint32_t *fpscr)
{
	uint32_t mode = *fpscr;
	if (round_to_nearest)
		mode = (mode & ~FPSCR_RMODE) | FPROUND_RN << FPSCR_RMODE_SHIFT;
	int64_t x;
	if (m == 16)
		x = is_unsigned ? (int64_t)(operand & 0xffff) : (int64_t)(int16_t)operand;
	else
		x = is_unsigned ? (int64_t)operand : (int64_t)(int32_t)operand;
	if (x == 0)
		return fp_zero(0, n);
	uint64_t r = fp_round(x < 0, -(int)frac_bits, x < 0 ? (uint64_t)-x : (uint64_t)x,
			      n, &mode);
	*fpscr |= mode & FPSCR_CUMULATIVE;
	return r;
}

/* FPSingleToDouble, FPDoubleToSingle, FPHalfToSingle: a NaN keeps its sign and
 * the top of its fraction, quietened. */
uint64_t fp_convert(uint64_t op, unsigned n, unsigned m, uint32_t *fpscr)
{
	struct fp_value v = fp_unpack(op, n, fpscr);
	unsigned fn = fp_format(n)->f, fm = fp_format(m)->f;
	uint64_t payload = op & ((1ull << (fn - 1)) - 1);
	switch (v.type) {
	case FPTYPE_SNAN:
	case FPTYPE_QNAN:
		if (v.type == FPTYPE_SNAN)
			*fpscr |= FPSCR_IOC;
		if (*fpscr & FPSCR_DN)
			return fp_default_nan(m);
		payload = fm > fn ? payload << (fm - fn) : payload >> (fn - fm);
		return (uint64_t)v.sign << (m - 1) | fp_default_nan(m) | payload;
	case FPTYPE_INFINITY:
		return fp_infinity(v.sign, m);
	case FPTYPE_ZERO:
		return fp_zero(v.sign, m);
	default:
		return fp_round(v.sign, v.exp, v.sig, m, fpscr);
	}
}

uint16_t fp_single_to_half(uint32_t op, uint32_t *fpscr)
{
	struct fp_value v = fp_unpack(op, 32, fpscr);
	bool ahp = *fpscr & FPSCR_AHP;
	switch (v.type) {
	case FPTYPE_SNAN:
	case FPTYPE_QNAN:
		if (v.type == FPTYPE_SNAN || ahp)
			*fpscr |= FPSCR_IOC;
		if (ahp)   /* a signed zero (FPZero(sign) in the ARMv8 pseudo-code, QEMU) */
			return (uint16_t)(v.sign << 15);
		if (*fpscr & FPSCR_DN)
			return (uint16_t)fp_default_nan(16);
		return (uint16_t)(v.sign << 15 | 0x7e00u | (op >> 13 & 0x1ff));
	case FPTYPE_INFINITY:
		if (ahp) {
			*fpscr |= FPSCR_IOC;
			return (uint16_t)(v.sign << 15 | 0x7fff);
		}
		return (uint16_t)fp_infinity(v.sign, 16);
	case FPTYPE_ZERO:
		return (uint16_t)fp_zero(v.sign, 16);
	default:
		return (uint16_t)fp_round(v.sign, v.exp, v.sig, 16, fpscr);
	}
}

uint64_t vfp_expand_imm(unsigned imm8, unsigned n)
{
	uint64_t sign = imm8 >> 7 & 1, b = imm8 >> 6 & 1, cdefgh = imm8 & 0x3f;
	if (n == 32)
		return sign << 31 | (b ^ 1) << 30 | (b ? 0x1fu : 0) << 25 | cdefgh << 19;
	return sign << 63 | (b ^ 1) << 62 | (b ? 0xffull : 0) << 54 | cdefgh << 48;
}
