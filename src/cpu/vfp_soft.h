/*
 * Internals of the exact floating-point arithmetic (vfp_soft.c, vfp_cvt.c):
 * the ARM ARM's FPUnpack / FPRound on an explicit representation.
 */
#ifndef ARMVM_VFP_SOFT_H
#define ARMVM_VFP_SOFT_H

#include "vfp.h"

typedef unsigned __int128 u128;

/* Format parameters of FPRound: N, E, F, minimum exponent, exponent bias. */
struct fp_format {
	unsigned n, e, f;
	int min_exp, bias;
};

extern const struct fp_format fp_formats[3];

static inline const struct fp_format *fp_format(unsigned n)
{
	return &fp_formats[n == 16 ? 0 : n == 32 ? 1 : 2];
}

/* FPType, with FPType_Nonzero for the finite non-zero values. */
enum fp_type { FPTYPE_NONZERO, FPTYPE_ZERO, FPTYPE_INFINITY, FPTYPE_QNAN, FPTYPE_SNAN };

/* An unpacked operand; for FPTYPE_NONZERO |value| = sig * 2^exp, sig bit 63 set. */
struct fp_value {
	enum fp_type type;
	unsigned sign;
	int exp;
	uint64_t sig;
};

struct fp_value fp_unpack(uint64_t op, unsigned n, uint32_t *fpscr);
uint64_t fp_round(unsigned sign, int exp, uint64_t sig, unsigned n, uint32_t *fpscr);
uint64_t fp_process_nan(enum fp_type type, uint64_t op, unsigned n, uint32_t *fpscr);
uint64_t fp_zero(unsigned sign, unsigned n);
uint64_t fp_infinity(unsigned sign, unsigned n);
int fp_value_cmp(const struct fp_value *a, const struct fp_value *b);

/* The exact versions behind fp_add ... fp_sqrt (which may take a host fast path). */
uint64_t fp_add_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_sub_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_mul_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_div_soft(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_sqrt_soft(uint64_t op, unsigned n, uint32_t *fpscr);

#endif
