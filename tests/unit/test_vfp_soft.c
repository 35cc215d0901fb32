/*
 * The exact floating-point arithmetic (vfp_soft.c) and its host fast path
 * (vfp_fast.c) against the host's IEEE 754 arithmetic, in all four rounding
 * modes, on many random normal operands whose result is normal: there the ARM
 * ARM's FPAdd/FPSub/FPMul/FPDiv/FPSqrt and IEEE 754 agree on the bits and on
 * Inexact, and no other flag can arise. The special cases (NaNs, denormals,
 * FZ, DN, overflow, underflow) are covered by test_vfp_vectors.c.
 */
#include <fenv.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "vfp_soft.h"

enum arith { ADD, SUB, MUL, DIV, SQRT, NOPS };

static const int host_modes[4] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };

static uint64_t state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd64(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* A random normal value with the biased exponent within bias +- spread. */
static uint64_t rnd_normal(unsigned n, int spread)
{
	uint64_t r = rnd64();
	int bias = n == 32 ? 127 : 1023;
	int e = bias + (int)(r % (uint64_t)(2 * spread + 1)) - spread;
	if (n == 32)
		return (r >> 32 & 0x807fffffu) | (uint64_t)e << 23;
	return (rnd64() & 0x800fffffffffffffull) | (uint64_t)e << 52;
}

/* The host's result and Inexact flag; false if the result is not normal. */
static bool host(enum arith op, unsigned n, uint64_t a, uint64_t b, int mode, uint64_t *r,
		 bool *inexact)
{
	fesetround(mode);
	feclearexcept(FE_ALL_EXCEPT);
	if (n == 32) {
		volatile float x, y, z;
		float t;
		uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b, z32;
		memcpy(&t, &a32, 4);
		x = t;
		memcpy(&t, &b32, 4);
		y = t;
		switch (op) {
		case ADD: z = x + y; break;
		case SUB: z = x - y; break;
		case MUL: z = x * y; break;
		case DIV: z = x / y; break;
		default:  z = sqrtf(x); break;
		}
		t = z;
		memcpy(&z32, &t, 4);
		*r = z32;
		*inexact = fetestexcept(FE_INEXACT);
		fesetround(FE_TONEAREST);
		return fpclassify(t) == FP_NORMAL;
	}
	volatile double x, y, z;
	double t;
	memcpy(&t, &a, 8);
	x = t;
	memcpy(&t, &b, 8);
	y = t;
	switch (op) {
	case ADD: z = x + y; break;
	case SUB: z = x - y; break;
	case MUL: z = x * y; break;
	case DIV: z = x / y; break;
	default:  z = sqrt(x); break;
	}
	t = z;
	memcpy(r, &t, 8);
	*inexact = fetestexcept(FE_INEXACT);
	fesetround(FE_TONEAREST);
	return fpclassify(t) == FP_NORMAL;
}

static uint64_t ours(enum arith op, bool fast, uint64_t a, uint64_t b, unsigned n,
		     uint32_t *fpscr)
{
	switch (op) {
	case ADD: return fast ? fp_add(a, b, n, fpscr) : fp_add_soft(a, b, n, fpscr);
	case SUB: return fast ? fp_sub(a, b, n, fpscr) : fp_sub_soft(a, b, n, fpscr);
	case MUL: return fast ? fp_mul(a, b, n, fpscr) : fp_mul_soft(a, b, n, fpscr);
	case DIV: return fast ? fp_div(a, b, n, fpscr) : fp_div_soft(a, b, n, fpscr);
	default:  return fast ? fp_sqrt(a, n, fpscr) : fp_sqrt_soft(a, n, fpscr);
	}
}

static void test_against_host(void **state_)
{
	(void)state_;
	static const char *const names[NOPS] = { "add", "sub", "mul", "div", "sqrt" };
	int failures = 0;
	long checked = 0;
	for (unsigned n = 32; n <= 64; n += 32)
		for (int op = 0; op < NOPS; op++)
			for (unsigned mode = 0; mode < 4; mode++)
				for (int k = 0; k < 20000; k++) {
					/* Close exponents for add/sub (cancellation),
					 * wide ones for the rest. */
					int spread = op <= SUB ? (k % 2 ? 3 : 60) : 60;
					uint64_t a = rnd_normal(n, spread);
					uint64_t b = rnd_normal(n, spread);
					if (op == SQRT)
						a &= n == 32 ? 0x7fffffffu : 0x7fffffffffffffffull;
					uint64_t want;
					bool inexact;
					if (!host((enum arith)op, n, a, b, host_modes[mode], &want, &inexact))
						continue;
					for (int fast = 0; fast < 2; fast++) {
						uint32_t fpscr = mode << FPSCR_RMODE_SHIFT;
						uint64_t got = ours((enum arith)op, fast, a, b, n, &fpscr);
						uint32_t want_fpscr = (mode << FPSCR_RMODE_SHIFT) |
								      (inexact ? FPSCR_IXC : 0);
						checked++;
						if (got == want && fpscr == want_fpscr)
							continue;
						if (failures++ < 20)
							printf("%s%u mode %u %s: %llx %llx: got %llx %x want %llx %x\n",
							       names[op], n, mode, fast ? "fast" : "soft",
							       (unsigned long long)a, (unsigned long long)b,
							       (unsigned long long)got, fpscr,
							       (unsigned long long)want, want_fpscr);
					}
				}
	printf("%ld results checked\n", checked);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_against_host),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
