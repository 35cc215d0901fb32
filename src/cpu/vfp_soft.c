/*
 * Exact floating-point arithmetic as the ARM ARM pseudo-code defines it (A2.7:
 * FPUnpack, FPRound, FPProcessNaNs, FPAdd, FPSub, FPMul, FPDiv, FPSqrt,
 * FPCompare), independent of the host's floating-point state.
 *
 * A finite non-zero value is kept as sign, 64-bit significand with its top bit
 * set, and binary exponent: |value| = sig * 2^exp. Results are computed
 * exactly, or with the bits below the rounding point folded into a sticky bit,
 * which leaves every rounding decision of FPRound (nearest-even, directed,
 * tininess before rounding, inexactness) unchanged.
 */
#include "vfp_soft.h"

const struct fp_format fp_formats[3] = {
	{ 16, 5, 10, -14, 15 },
	{ 32, 8, 23, -126, 127 },
	{ 64, 11, 52, -1022, 1023 },
};

uint64_t fp_default_nan(unsigned n)
{
	switch (n) {
	case 16: return 0x7e00;
	case 32: return 0x7fc00000;
	default: return 0x7ff8000000000000ull;
	}
}

static void fp_normalize(struct fp_value *v)
{
	int s = __builtin_clzll(v->sig);
	v->sig <<= s;
	v->exp -= s;
}

/* FPUnpack: classify op; flush a denormal input to zero (setting IDC) when
 * FPSCR.FZ is set, except for half precision. */
struct fp_value fp_unpack(uint64_t op, unsigned n, uint32_t *fpscr)
{
	const struct fp_format *f = fp_format(n);
	struct fp_value v = { FPTYPE_NONZERO, (unsigned)(op >> (n - 1)) & 1, 0, 0 };
	uint64_t frac = op & ((1ull << f->f) - 1);
	unsigned ef = (unsigned)(op >> f->f) & ((1u << f->e) - 1);

	if (ef == 0) {
		if (frac == 0 || (n != 16 && (*fpscr & FPSCR_FZ))) {
			if (frac)
				*fpscr |= FPSCR_IDC;
			v.type = FPTYPE_ZERO;
			return v;
		}
		v.sig = frac;
		v.exp = f->min_exp - (int)f->f;
	} else if (ef == (1u << f->e) - 1 && !(n == 16 && (*fpscr & FPSCR_AHP))) {
		if (frac == 0)
			v.type = FPTYPE_INFINITY;
		else if (frac >> (f->f - 1))
			v.type = FPTYPE_QNAN;
		else
			v.type = FPTYPE_SNAN;
		return v;
	} else {
		v.sig = frac | 1ull << f->f;
		v.exp = (int)ef - f->bias - (int)f->f;
	}
	fp_normalize(&v);
	return v;
}

uint64_t fp_zero(unsigned sign, unsigned n)
{
	return (uint64_t)sign << (n - 1);
}

uint64_t fp_infinity(unsigned sign, unsigned n)
{
	const struct fp_format *f = fp_format(n);
	return fp_zero(sign, n) | (((1ull << f->e) - 1) << f->f);
}

/* FPRound: round sign * sig * 2^exp (sig != 0) to an N-bit value. */
uint64_t fp_round(unsigned sign, int exp, uint64_t sig, unsigned n, uint32_t *fpscr)
{
	const struct fp_format *f = fp_format(n);
	struct fp_value v = { FPTYPE_NONZERO, sign, exp, sig };
	fp_normalize(&v);
	int exponent = v.exp + 63;   /* |value| = 1.x * 2^exponent */
	uint64_t sbit = fp_zero(sign, n);

	if ((*fpscr & FPSCR_FZ) && n != 16 && exponent < f->min_exp) {
		*fpscr |= FPSCR_UFC;
		return sbit;
	}
	int biased_exp = exponent - f->min_exp + 1;
	unsigned shift = 63 - f->f;
	if (biased_exp <= 0) {
		shift += (unsigned)(f->min_exp - exponent);
		biased_exp = 0;
	}

	/* int_mant, and error compared with one half (-1, 0, 1) and with zero. */
	uint64_t int_mant;
	int half_cmp;
	bool inexact = true;
	if (shift > 64) {
		int_mant = 0;
		half_cmp = -1;
	} else if (shift == 64) {
		int_mant = 0;
		half_cmp = (v.sig << 1) ? 1 : 0;
	} else {
		uint64_t rem = v.sig & ((1ull << shift) - 1);
		uint64_t half = 1ull << (shift - 1);
		int_mant = v.sig >> shift;
		half_cmp = rem > half ? 1 : rem == half ? 0 : -1;
		inexact = rem != 0;
	}

	if (biased_exp == 0 && inexact)
		*fpscr |= FPSCR_UFC;

	bool round_up, overflow_to_inf;
	switch ((*fpscr & FPSCR_RMODE) >> FPSCR_RMODE_SHIFT) {
	case FPROUND_RN:
		round_up = half_cmp > 0 || (half_cmp == 0 && (int_mant & 1));
		overflow_to_inf = true;
		break;
	case FPROUND_RP:
		round_up = inexact && !sign;
		overflow_to_inf = !sign;
		break;
	case FPROUND_RM:
		round_up = inexact && sign;
		overflow_to_inf = sign;
		break;
	default:
		round_up = false;
		overflow_to_inf = false;
		break;
	}
	if (round_up) {
		int_mant++;
		if (int_mant == 1ull << f->f)
			biased_exp = 1;
		if (int_mant == 2ull << f->f) {
			biased_exp++;
			int_mant >>= 1;
		}
	}

	uint64_t result;
	if (n != 16 || !(*fpscr & FPSCR_AHP)) {
		if (biased_exp >= (1 << f->e) - 1) {
			result = overflow_to_inf ? fp_infinity(sign, n)
						 : fp_infinity(sign, n) - 1;
			*fpscr |= FPSCR_OFC;
			inexact = true;
		} else {
			result = sbit | (uint64_t)biased_exp << f->f |
				 (int_mant & ((1ull << f->f) - 1));
		}
	} else if (biased_exp >= 1 << f->e) {
		/* Alternative half precision has no infinity: saturate. */
		result = sbit | 0x7fff;
		*fpscr |= FPSCR_IOC;
		inexact = false;
	} else {
		result = sbit | (uint64_t)biased_exp << f->f | (int_mant & 0x3ff);
	}
	if (inexact)
		*fpscr |= FPSCR_IXC;
	return result;
}

/* FPProcessNaN: quiet a signalling NaN (IOC), or give the default NaN (DN). */
uint64_t fp_process_nan(enum fp_type type, uint64_t op, unsigned n, uint32_t *fpscr)
{
	uint64_t result = op;
	if (type == FPTYPE_SNAN) {
		result |= 1ull << (fp_format(n)->f - 1);
		*fpscr |= FPSCR_IOC;
	}
	if (*fpscr & FPSCR_DN)
		result = fp_default_nan(n);
	return result;
}

static bool is_nan(enum fp_type t)
{
	return t == FPTYPE_SNAN || t == FPTYPE_QNAN;
}

/* FPProcessNaNs: the first signalling NaN, else the first quiet NaN. */
static bool fp_process_nans(const struct fp_value *a, const struct fp_value *b,
			    uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr,
			    uint64_t *result)
{
	if (a->type == FPTYPE_SNAN)
		*result = fp_process_nan(a->type, op1, n, fpscr);
	else if (b->type == FPTYPE_SNAN)
		*result = fp_process_nan(b->type, op2, n, fpscr);
	else if (a->type == FPTYPE_QNAN)
		*result = fp_process_nan(a->type, op1, n, fpscr);
	else if (b->type == FPTYPE_QNAN)
		*result = fp_process_nan(b->type, op2, n, fpscr);
	else
		return false;
	return true;
}

static uint64_t invalid(unsigned n, uint32_t *fpscr)
{
	*fpscr |= FPSCR_IOC;
	return fp_default_nan(n);
}

/* A 128-bit magnitude (non-zero) as a 64-bit significand with a sticky bit. */
static uint64_t narrow128(u128 x, int *exp)
{
	uint64_t hi = (uint64_t)(x >> 64);
	if (!hi)
		return (uint64_t)x;
	unsigned k = 64 - (unsigned)__builtin_clzll(hi);
	uint64_t lost = k == 64 ? (uint64_t)x : (uint64_t)x & ((1ull << k) - 1);
	*exp += (int)k;
	return (uint64_t)(x >> k) | (lost != 0);
}

/* value1 + value2 of two finite values, not both zero (FPAdd's last case). */
static uint64_t add_values(struct fp_value a, struct fp_value b, unsigned n,
			   uint32_t *fpscr)
{
	if (a.type == FPTYPE_ZERO)
		return fp_round(b.sign, b.exp, b.sig, n, fpscr);
	if (b.type == FPTYPE_ZERO)
		return fp_round(a.sign, a.exp, a.sig, n, fpscr);
	if (a.exp < b.exp) {
		struct fp_value t = a;
		a = b;
		b = t;
	}
	/* Align on a.exp with 63 guard bits below the significands. */
	u128 x = (u128)a.sig << 63, y = (u128)b.sig << 63;
	unsigned d = (unsigned)(a.exp - b.exp);
	if (d >= 127)
		y = 1;
	else if (d)
		y = (y >> d) | ((y & (((u128)1 << d) - 1)) != 0);
	int exp = a.exp - 63;
	u128 sum;
	unsigned sign;
	if (a.sign == b.sign) {
		sum = x + y;
		sign = a.sign;
	} else if (x >= y) {
		sum = x - y;
		sign = a.sign;
	} else {
		sum = y - x;
		sign = b.sign;
	}
	if (sum == 0)   /* an exact zero: its sign depends on the rounding mode */
		return fp_zero((*fpscr & FPSCR_RMODE) == (FPROUND_RM << FPSCR_RMODE_SHIFT),
			       n);
	uint64_t sig = narrow128(sum, &exp);
	return fp_round(sign, exp, sig, n, fpscr);
}

/* FPAdd and FPSub: FPSub is FPAdd with op2's sign inverted after the NaN checks. */
static uint64_t fp_addsub(uint64_t op1, uint64_t op2, unsigned n, bool sub,
			  uint32_t *fpscr)
{
	struct fp_value a = fp_unpack(op1, n, fpscr);
	struct fp_value b = fp_unpack(op2, n, fpscr);
	uint64_t result;
	if (fp_process_nans(&a, &b, op1, op2, n, fpscr, &result))
		return result;
	b.sign ^= sub;
	bool inf1 = a.type == FPTYPE_INFINITY, inf2 = b.type == FPTYPE_INFINITY;
	if (inf1 && inf2 && a.sign != b.sign)
		return invalid(n, fpscr);
	if ((inf1 && !a.sign) || (inf2 && !b.sign))
		return fp_infinity(0, n);
	if (inf1 || inf2)
		return fp_infinity(1, n);
	if (a.type == FPTYPE_ZERO && b.type == FPTYPE_ZERO) {
		if (a.sign == b.sign)
			return fp_zero(a.sign, n);
		return fp_zero((*fpscr & FPSCR_RMODE) == (FPROUND_RM << FPSCR_RMODE_SHIFT),
			       n);
	}
	return add_values(a, b, n, fpscr);
}

uint64_t fp_add_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	return fp_addsub(op1, op2, n, false, fpscr);
}

uint64_t fp_sub_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	return fp_addsub(op1, op2, n, true, fpscr);
}

uint64_t fp_mul_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	struct fp_value a = fp_unpack(op1, n, fpscr);
	struct fp_value b = fp_unpack(op2, n, fpscr);
	uint64_t result;
	if (fp_process_nans(&a, &b, op1, op2, n, fpscr, &result))
		return result;
	bool inf1 = a.type == FPTYPE_INFINITY, inf2 = b.type == FPTYPE_INFINITY;
	bool zero1 = a.type == FPTYPE_ZERO, zero2 = b.type == FPTYPE_ZERO;
	unsigned sign = a.sign ^ b.sign;
	if ((inf1 && zero2) || (zero1 && inf2))
		return invalid(n, fpscr);
	if (inf1 || inf2)
		return fp_infinity(sign, n);
	if (zero1 || zero2)
		return fp_zero(sign, n);
	int exp = a.exp + b.exp;
	uint64_t sig = narrow128((u128)a.sig * b.sig, &exp);
	return fp_round(sign, exp, sig, n, fpscr);
}

uint64_t fp_div_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	struct fp_value a = fp_unpack(op1, n, fpscr);
	struct fp_value b = fp_unpack(op2, n, fpscr);
	uint64_t result;
	if (fp_process_nans(&a, &b, op1, op2, n, fpscr, &result))
		return result;
	bool inf1 = a.type == FPTYPE_INFINITY, inf2 = b.type == FPTYPE_INFINITY;
	bool zero1 = a.type == FPTYPE_ZERO, zero2 = b.type == FPTYPE_ZERO;
	unsigned sign = a.sign ^ b.sign;
	if ((inf1 && inf2) || (zero1 && zero2))
		return invalid(n, fpscr);
	if (inf1 || zero2) {
		if (!inf1)
			*fpscr |= FPSCR_DZC;
		return fp_infinity(sign, n);
	}
	if (zero1 || inf2)
		return fp_zero(sign, n);
	/* Both significands have bit 63 set: the quotient has 64 or 65 bits. */
	u128 num = (u128)a.sig << 64;
	u128 q = num / b.sig;
	int exp = a.exp - 64 - b.exp;
	if (num % b.sig)
		q |= 1;
	uint64_t sig = narrow128(q, &exp);
	return fp_round(sign, exp, sig, n, fpscr);
}

/* Integer square root of a 128-bit value; *exact tells whether root^2 == x. */
static uint64_t isqrt128(u128 x, bool *exact)
{
	u128 rem = 0, root = 0;
	for (int i = 0; i < 64; i++) {
		root <<= 1;
		rem = (rem << 2) | (x >> 126);
		x <<= 2;
		u128 test = (root << 1) | 1;
		if (rem >= test) {
			rem -= test;
			root |= 1;
		}
	}
	*exact = rem == 0;
	return (uint64_t)root;
}

uint64_t fp_sqrt_soft(uint64_t op, unsigned n, uint32_t *fpscr)
{
	struct fp_value a = fp_unpack(op, n, fpscr);
	if (is_nan(a.type))
		return fp_process_nan(a.type, op, n, fpscr);
	if (a.type == FPTYPE_ZERO)
		return fp_zero(a.sign, n);
	if (a.type == FPTYPE_INFINITY && !a.sign)
		return fp_infinity(0, n);
	if (a.sign)
		return invalid(n, fpscr);
	/* Scale to an even exponent with the significand high in 128 bits. */
	unsigned s = (a.exp & 1) ? 63 : 62;
	u128 x = (u128)a.sig << s;
	bool exact;
	uint64_t root = isqrt128(x, &exact);
	if (!exact)
		root |= 1;
	return fp_round(0, (a.exp - (int)s) / 2, root, n, fpscr);
}

uint32_t fp_compare(uint64_t op1, uint64_t op2, unsigned n, bool quiet_nan_exc,
		    uint32_t *fpscr)
{
	struct fp_value a = fp_unpack(op1, n, fpscr);
	struct fp_value b = fp_unpack(op2, n, fpscr);
	if (is_nan(a.type) || is_nan(b.type)) {
		if (a.type == FPTYPE_SNAN || b.type == FPTYPE_SNAN || quiet_nan_exc)
			*fpscr |= FPSCR_IOC;
		return 0x3;   /* C, V: unordered */
	}
	int c = fp_value_cmp(&a, &b);
	return c == 0 ? 0x6 : c < 0 ? 0x8 : 0x2;
}

/* Order of two non-NaN unpacked values: -1, 0 or 1. */
int fp_value_cmp(const struct fp_value *a, const struct fp_value *b)
{
	if (a->type == FPTYPE_ZERO && b->type == FPTYPE_ZERO)
		return 0;
	/* Magnitudes: zero < finite < infinity. */
	int ka = a->type == FPTYPE_ZERO ? 0 : a->type == FPTYPE_INFINITY ? 2 : 1;
	int kb = b->type == FPTYPE_ZERO ? 0 : b->type == FPTYPE_INFINITY ? 2 : 1;
	int sa = ka ? (a->sign ? -1 : 1) : 0;
	int sb = kb ? (b->sign ? -1 : 1) : 0;
	if (sa != sb)
		return sa < sb ? -1 : 1;
	int mag;   /* compare magnitudes, then apply the common sign */
	if (ka != kb)
		mag = ka < kb ? -1 : 1;
	else if (ka != 1 || (a->exp == b->exp && a->sig == b->sig))
		mag = 0;
	else if (a->exp != b->exp)
		mag = a->exp < b->exp ? -1 : 1;
	else
		mag = a->sig < b->sig ? -1 : 1;
	return sa < 0 ? -mag : mag;
}
