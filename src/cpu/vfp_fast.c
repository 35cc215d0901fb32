/*
 * fp_add, fp_sub, fp_mul, fp_div, fp_sqrt: the host's SSE arithmetic where it
 * gives exactly the ARM ARM's result, the exact C versions (vfp_soft.c)
 * everywhere else.
 *
 * The host is IEEE 754 in round-to-nearest-even like FPSCR.RMode = RN, and both
 * compute the correctly rounded result. They part on NaNs (x86 returns a
 * different NaN), on denormal inputs and outputs (FZ flushes inputs, and flushes
 * or flags outputs by their size before rounding, where x86 looks after
 * rounding), and on the other rounding modes. The fast path therefore takes
 * only normal operands in RN and keeps a result only when it is finite and
 * larger than the smallest normal number: that result is below no underflow
 * threshold, before or after rounding, so the only flag it can raise is
 * Inexact, read from MXCSR.PE.
 */
#include <string.h>

#include "vfp_soft.h"

#define MXCSR_FLAGS 0x3fu
#define MXCSR_PE    0x20u
#define MXCSR_RC    0x6000u   /* rounding control: 00 = nearest */

enum host_op { HOST_ADD, HOST_SUB, HOST_MUL, HOST_DIV, HOST_SQRT };

static inline uint32_t mxcsr_get(void)
{
	uint32_t m;
	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static inline void mxcsr_set(uint32_t m)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(m));
}

static inline bool rn_mode(const uint32_t *fpscr)
{
	return (*fpscr & FPSCR_RMODE) == 0;
}

static inline bool normal32(uint64_t x)
{
	uint32_t e = (uint32_t)(x >> 23) & 0xff;
	return e != 0 && e != 0xff;
}

static inline bool normal64(uint64_t x)
{
	uint32_t e = (uint32_t)(x >> 52) & 0x7ff;
	return e != 0 && e != 0x7ff;
}

/* Finite and larger than the smallest normal number. */
static inline bool safe32(uint32_t r)
{
	uint32_t mag = r & 0x7fffffff;
	return mag > 0x00800000 && mag < 0x7f800000;
}

static inline bool safe64(uint64_t r)
{
	uint64_t mag = r & 0x7fffffffffffffffull;
	return mag > 0x0010000000000000ull && mag < 0x7ff0000000000000ull;
}

/* One host operation on singles; false when its result must not be used. */
static bool host32(enum host_op op, uint32_t a, uint32_t b, uint32_t *r, bool *inexact)
{
	float fa, fb, fr;
	memcpy(&fa, &a, 4);
	memcpy(&fb, &b, 4);
	uint32_t csr = mxcsr_get();
	mxcsr_set(csr & ~(MXCSR_FLAGS | MXCSR_RC));
	/* The operands pass through the asm so the operation stays after it. */
	__asm__ volatile("" : "+x"(fa), "+x"(fb));
	switch (op) {
	case HOST_ADD: fr = fa + fb; break;
	case HOST_SUB: fr = fa - fb; break;
	case HOST_MUL: fr = fa * fb; break;
	case HOST_DIV: fr = fa / fb; break;
	default:       fr = __builtin_sqrtf(fa); break;
	}
	__asm__ volatile("" : "+x"(fr));
	*inexact = mxcsr_get() & MXCSR_PE;
	mxcsr_set(csr);
	memcpy(r, &fr, 4);
	return safe32(*r);
}

static bool host64(enum host_op op, uint64_t a, uint64_t b, uint64_t *r, bool *inexact)
{
	double fa, fb, fr;
	memcpy(&fa, &a, 8);
	memcpy(&fb, &b, 8);
	uint32_t csr = mxcsr_get();
	mxcsr_set(csr & ~(MXCSR_FLAGS | MXCSR_RC));
	__asm__ volatile("" : "+x"(fa), "+x"(fb));
	switch (op) {
	case HOST_ADD: fr = fa + fb; break;
	case HOST_SUB: fr = fa - fb; break;
	case HOST_MUL: fr = fa * fb; break;
	case HOST_DIV: fr = fa / fb; break;
	default:       fr = __builtin_sqrt(fa); break;
	}
	__asm__ volatile("" : "+x"(fr));
	*inexact = mxcsr_get() & MXCSR_PE;
	mxcsr_set(csr);
	memcpy(r, &fr, 8);
	return safe64(*r);
}

/* The fast path for op on normal operands, or false. */
static bool fast(enum host_op op, uint64_t a, uint64_t b, unsigned n, uint32_t *fpscr,
		 uint64_t *result)
{
	bool inexact;
	if (!rn_mode(fpscr))
		return false;
	if (n == 32) {
		uint32_t r;
		if (!normal32(a) || (op != HOST_SQRT && !normal32(b)) ||
		    (op == HOST_SQRT && (a >> 31)))
			return false;
		if (!host32(op, (uint32_t)a, (uint32_t)b, &r, &inexact))
			return false;
		*result = r;
	} else if (n == 64) {
		uint64_t r;
		if (!normal64(a) || (op != HOST_SQRT && !normal64(b)) ||
		    (op == HOST_SQRT && (a >> 63)))
			return false;
		if (!host64(op, a, b, &r, &inexact))
			return false;
		*result = r;
	} else {
		return false;
	}
	if (inexact)
		*fpscr |= FPSCR_IXC;
	return true;
}

uint64_t fp_add(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	uint64_t r;
	return fast(HOST_ADD, op1, op2, n, fpscr, &r) ? r : fp_add_soft(op1, op2, n, fpscr);
}

uint64_t fp_sub(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	uint64_t r;
	return fast(HOST_SUB, op1, op2, n, fpscr, &r) ? r : fp_sub_soft(op1, op2, n, fpscr);
}

uint64_t fp_mul(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	uint64_t r;
	return fast(HOST_MUL, op1, op2, n, fpscr, &r) ? r : fp_mul_soft(op1, op2, n, fpscr);
}

uint64_t fp_div(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr)
{
	uint64_t r;
	return fast(HOST_DIV, op1, op2, n, fpscr, &r) ? r : fp_div_soft(op1, op2, n, fpscr);
}

uint64_t fp_sqrt(uint64_t op, unsigned n, uint32_t *fpscr)
{
	uint64_t r;
	return fast(HOST_SQRT, op, 0, n, fpscr, &r) ? r : fp_sqrt_soft(op, n, fpscr);
}
