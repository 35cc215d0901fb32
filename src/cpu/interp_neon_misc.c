/*
 * Semantics of the Advanced SIMD two-register shapes: shift by immediate and
 * miscellaneous (ARM ARM A8.8).
 */
#include "neon.h"

void interp_n2shift(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned fn = in->reglist, sh = in->shift_amt;
	bool u = in->flags & NEON_U;
	bool narrow = fn >= NF_VSHRN && fn <= NF_VQRSHRN, widen = fn == NF_VSHLL || fn == NF_VMOVL;
	unsigned esize = 8u << (narrow ? in->shift_type - 1 : in->shift_type);
	unsigned n = narrow || widen ? 64 / esize : neon_lanes(in, esize);
	uint64_t v[16], d[16], r[16];
	neon_vget(cpu, in->rm, narrow ? 2 * esize : esize, n, v);
	neon_vget(cpu, in->rd, widen ? 2 * esize : esize, n, d);
	uint32_t fs = neon_std_fpscr(cpu);
	for (unsigned i = 0; i < n; i++) {
		uint64_t x = v[i], mask;
		switch (fn) {
		case NF_VSHR: case NF_VRSHR:
			r[i] = neon_shift(cpu, x, -(int)sh, esize, u, fn == NF_VRSHR, false, u);
			break;
		case NF_VSRA: case NF_VRSRA:
			r[i] = (d[i] + neon_shift(cpu, x, -(int)sh, esize, u, fn == NF_VRSRA, false, u))
			       & neon_ones(esize);
			break;
		case NF_VSRI:
			mask = sh >= 64 ? 0 : neon_ones(esize) >> sh;
			r[i] = (d[i] & ~mask) | ((sh >= 64 ? 0 : x >> sh) & mask);
			break;
		case NF_VSHLI: r[i] = x << sh & neon_ones(esize); break;
		case NF_VSLI:
			mask = neon_ones(esize) << sh & neon_ones(esize);
			r[i] = (d[i] & ~mask) | (x << sh & mask);
			break;
		case NF_VQSHLI: r[i] = neon_shift(cpu, x, (int)sh, esize, u, false, true, u); break;
		case NF_VQSHLU: r[i] = neon_shift(cpu, x, (int)sh, esize, false, false, true, true); break;
		case NF_VSHRN: case NF_VRSHRN:
			r[i] = neon_shift(cpu, x, -(int)sh, 2 * esize, true, fn == NF_VRSHRN, false, true)
			       & neon_ones(esize);
			break;
		case NF_VQSHRN: case NF_VQRSHRN: case NF_VQSHRUN: case NF_VQRSHRUN: {
			bool rnd = fn == NF_VQRSHRN || fn == NF_VQRSHRUN;
			__int128 s = u ? (__int128)x : (__int128)neon_sext(x, 2 * esize);
			if (rnd)
				s += (__int128)1 << (sh - 1);
			r[i] = neon_sat(cpu, s >> sh, esize, u || fn == NF_VQSHRUN || fn == NF_VQRSHRUN);
			break;
		}
		case NF_VSHLL: case NF_VMOVL:
			r[i] = (u ? x : (uint64_t)neon_sext(x, esize)) << sh & neon_ones(2 * esize);
			break;
		case NF_VCVT_FX:
			r[i] = fp_to_fixed(x, 32, 32, sh, u, true, &fs);
			break;
		default: /* NF_VCVT_XF */
			r[i] = fixed_to_fp((uint32_t)x, 32, 32, sh, u, true, &fs);
			break;
		}
	}
	neon_fpscr_merge(cpu, fs);
	neon_vput(cpu, in->rd, widen ? 2 * esize : esize, n, r);
}

static unsigned count_leading(uint64_t v, unsigned esize)
{
	unsigned n = 0;
	while (n < esize && !(v >> (esize - 1 - n) & 1))
		n++;
	return n;
}

/* The unsigned estimates' 9-bit tables as the ARM ARM computes them. */
static double recip_estimate(double a)
{
	double r = 1.0 / (((double)(int)(a * 512.0) + 0.5) / 512.0);
	return (double)(int)(256.0 * r + 0.5) / 256.0;
}

static double rsqrt_estimate(double a)
{
	double r;
	if (a < 0.5)
		r = 1.0 / __builtin_sqrt(((double)(int)(a * 512.0) + 0.5) / 512.0);
	else
		r = 1.0 / __builtin_sqrt(((double)(int)(a * 256.0) + 0.5) / 256.0);
	return (double)(int)(256.0 * r + 0.5) / 256.0;
}

static uint64_t dbits(double d)
{
	uint64_t b;
	__builtin_memcpy(&b, &d, 8);
	return b;
}

static double from_bits(uint64_t b)
{
	double d;
	__builtin_memcpy(&d, &b, 8);
	return d;
}

/* UnsignedRecipEstimate, UnsignedRSqrtEstimate (A2.7.10 of ARMv7). */
static uint32_t u_estimate(uint32_t v, bool sqrt)
{
	if (!sqrt) {
		if (!(v >> 31))
			return 0xffffffffu;
		double e = recip_estimate(from_bits(0x3feull << 52 | (uint64_t)(v & 0x7fffffff) << 21));
		return 1u << 31 | (uint32_t)(dbits(e) >> 21 & 0x7fffffff);
	}
	if (!(v >> 30))
		return 0xffffffffu;
	uint64_t op = v >> 31 ? 0x3feull << 52 | (uint64_t)(v & 0x7fffffff) << 21
			      : 0x3fdull << 52 | (uint64_t)(v & 0x3fffffff) << 22;
	return 1u << 31 | (uint32_t)(dbits(rsqrt_estimate(from_bits(op))) >> 21 & 0x7fffffff);
}

/* FPRecipEstimate, FPRSqrtEstimate (single precision, Standard FPSCR value). */
static uint32_t f_estimate(uint32_t v, bool sqrt, uint32_t *fs)
{
	uint32_t sign = v & 0x80000000u, exp = v >> 23 & 0xff, frac = v & 0x7fffff;
	if (exp == 0xff && frac)
		return (uint32_t)fp_add(v, v, 32, fs);   /* FPProcessNaN */
	if (exp == 0) {
		if (frac)
			*fs |= FPSCR_IDC;
		*fs |= FPSCR_DZC;
		return sign | 0x7f800000u;
	}
	if (sqrt && sign) {
		*fs |= FPSCR_IOC;
		return (uint32_t)fp_default_nan(32);
	}
	if (exp == 0xff)
		return sign;
	if (!sqrt) {
		if (exp >= 253) {
			*fs |= FPSCR_UFC;
			return sign;
		}
		double e = recip_estimate(from_bits(0x3feull << 52 | (uint64_t)frac << 29));
		return sign | (253 - exp) << 23 | (uint32_t)(dbits(e) >> 29 & 0x7fffff);
	}
	uint64_t op = (exp & 1 ? 0x3fdull : 0x3feull) << 52 | (uint64_t)frac << 29;
	uint32_t rexp = (380 - exp) / 2;
	return rexp << 23 | (uint32_t)(dbits(rsqrt_estimate(from_bits(op))) >> 29 & 0x7fffff);
}

/* FPCompareGT/GE/EQ as booleans from FPCompare's NZCV. */
static bool fcmp(uint32_t a, uint32_t b, unsigned fn, uint32_t *fs)
{
	bool eq = fn == NF_FCEQ0 || fn == NF_FCEQ;
	uint32_t nzcv = fp_compare(a, b, 32, !eq, fs);
	if (eq)
		return nzcv == 0x6;
	bool gt = fn == NF_FCGT0 || fn == NF_FCLT0 || fn == NF_FCGT || fn == NF_FACGT;
	return gt ? nzcv == 0x2 : nzcv == 0x6 || nzcv == 0x2;
}

uint64_t neon_misc_op(struct cpu *cpu, unsigned fn, uint64_t v, unsigned esize)
{
	int64_t s = neon_sext(v, esize);
	uint64_t mask = neon_ones(esize);
	uint32_t fs = neon_std_fpscr(cpu), r;
	switch (fn) {
	case NF_VCLS: return count_leading(v ^ (s < 0 ? mask : 0), esize) - 1;
	case NF_VCLZ: return count_leading(v, esize);
	case NF_VCNT: return (uint64_t)__builtin_popcountll(v);
	case NF_VMVN: return ~v & mask;
	case NF_VQABS: return neon_sat(cpu, s < 0 ? -(__int128)s : s, esize, false);
	case NF_VQNEG: return neon_sat(cpu, -(__int128)s, esize, false);
	case NF_VCGT0: return s > 0 ? mask : 0;
	case NF_VCGE0: return s >= 0 ? mask : 0;
	case NF_VCEQ0: return v == 0 ? mask : 0;
	case NF_VCLE0: return s <= 0 ? mask : 0;
	case NF_VCLT0: return s < 0 ? mask : 0;
	case NF_VABS: return (uint64_t)(s < 0 ? -s : s) & mask;
	case NF_VNEG: return (uint64_t)-s & mask;
	case NF_FABS: return v & 0x7fffffffu;
	case NF_FNEG: return v ^ 0x80000000u;
	case NF_VRECPE: case NF_VRSQRTE: return u_estimate((uint32_t)v, fn == NF_VRSQRTE);
	case NF_FCGT0: case NF_FCGE0: case NF_FCEQ0:
		r = fcmp((uint32_t)v, 0, fn, &fs) ? 0xffffffffu : 0;
		break;
	case NF_FCLE0: case NF_FCLT0:
		r = fcmp(0, (uint32_t)v, fn, &fs) ? 0xffffffffu : 0;
		break;
	case NF_FRECPE: case NF_FRSQRTE: r = f_estimate((uint32_t)v, fn == NF_FRSQRTE, &fs); break;
	case NF_VCVT_SF: case NF_VCVT_UF:
		r = (uint32_t)fixed_to_fp((uint32_t)v, 32, 32, 0, fn == NF_VCVT_UF, true, &fs);
		break;
	default: /* NF_VCVT_FS, NF_VCVT_FU */
		r = fp_to_fixed(v, 32, 32, 0, fn == NF_VCVT_FU, true, &fs);
		break;
	}
	neon_fpscr_merge(cpu, fs);
	return r;
}

/* The two-register operations that move elements (VREV, VPADDL, VPADAL,
 * VSWP, VTRN, VUZP, VZIP); false for the elementwise ones. */
static bool misc_moves(struct cpu *cpu, const struct insn *in, unsigned esize, unsigned n)
{
	unsigned fn = in->reglist, h = n / 2;
	bool u = in->flags & NEON_U;
	uint64_t m[16], d[16], rd[16], rm[16];
	neon_vget(cpu, in->rm, esize, n, m);
	neon_vget(cpu, in->rd, esize, n, d);
	switch (fn) {
	case NF_VREV64: case NF_VREV32: case NF_VREV16: {
		unsigned k = (fn == NF_VREV64 ? 64 : fn == NF_VREV32 ? 32 : 16) / esize;
		for (unsigned i = 0; i < n; i++)
			rd[i] = m[i / k * k + (k - 1 - i % k)];
		neon_vput(cpu, in->rd, esize, n, rd);
		return true;
	}
	case NF_VPADDL: case NF_VPADAL:
		neon_vget(cpu, in->rd, 2 * esize, h, d);
		for (unsigned i = 0; i < h; i++) {
			__int128 a = u ? (__int128)m[2 * i] : neon_sext(m[2 * i], esize);
			__int128 b = u ? (__int128)m[2 * i + 1] : neon_sext(m[2 * i + 1], esize);
			rd[i] = (uint64_t)(a + b + (fn == NF_VPADAL ? d[i] : 0)) & neon_ones(2 * esize);
		}
		neon_vput(cpu, in->rd, 2 * esize, h, rd);
		return true;
	case NF_VSWP:
		neon_vput(cpu, in->rd, esize, n, m);
		neon_vput(cpu, in->rm, esize, n, d);
		return true;
	case NF_VTRN: case NF_VUZP: case NF_VZIP:
		for (unsigned i = 0; i < h; i++) {
			if (fn == NF_VTRN) {
				rd[2 * i] = d[2 * i];
				rd[2 * i + 1] = m[2 * i];
				rm[2 * i] = d[2 * i + 1];
				rm[2 * i + 1] = m[2 * i + 1];
			} else if (fn == NF_VZIP) {
				rd[2 * i] = d[i];
				rd[2 * i + 1] = m[i];
				rm[2 * i] = d[h + i];
				rm[2 * i + 1] = m[h + i];
			} else {
				rd[i] = d[2 * i];
				rd[h + i] = m[2 * i];
				rm[i] = d[2 * i + 1];
				rm[h + i] = m[2 * i + 1];
			}
		}
		neon_vput(cpu, in->rd, esize, n, rd);
		neon_vput(cpu, in->rm, esize, n, rm);
		return true;
	default:
		return false;
	}
}

/* VMOVN, VQMOVN, VQMOVUN (Qm to Dd), VSHLL (maximum shift), VCVT between
 * single and half precision; false for the others. */
static bool misc_resize(struct cpu *cpu, const struct insn *in)
{
	unsigned fn = in->reglist;
	bool u = in->flags & NEON_U;
	uint64_t v[8], r[8];
	uint32_t fs = neon_std_fpscr(cpu);
	if (fn == NF_VMOVN || fn == NF_VQMOVN || fn == NF_VQMOVUN) {
		unsigned esize = 4u << in->shift_type, n = 64 / esize;
		neon_vget(cpu, in->rm, 2 * esize, n, v);
		for (unsigned i = 0; i < n; i++) {
			__int128 x = u ? (__int128)v[i] : neon_sext(v[i], 2 * esize);
			r[i] = fn == NF_VMOVN ? v[i] & neon_ones(esize)
					      : neon_sat(cpu, x, esize, fn == NF_VQMOVUN || u);
		}
		neon_vput(cpu, in->rd, esize, n, r);
		return true;
	}
	if (fn == NF_VSHLL) {
		unsigned esize = 8u << in->shift_type, n = 64 / esize;
		neon_vget(cpu, in->rm, esize, n, v);
		for (unsigned i = 0; i < n; i++)
			r[i] = v[i] << esize & neon_ones(2 * esize);
		neon_vput(cpu, in->rd, 2 * esize, n, r);
		return true;
	}
	if (fn == NF_VCVT_F16) {
		neon_vget(cpu, in->rm, 32, 4, v);
		for (unsigned i = 0; i < 4; i++)
			r[i] = fp_single_to_half((uint32_t)v[i], &fs);
		neon_vput(cpu, in->rd, 16, 4, r);
	} else if (fn == NF_VCVT_F32H) {
		neon_vget(cpu, in->rm, 16, 4, v);
		for (unsigned i = 0; i < 4; i++)
			r[i] = (uint32_t)fp_convert((uint16_t)v[i], 16, 32, &fs);
		neon_vput(cpu, in->rd, 32, 4, r);
	} else {
		return false;
	}
	neon_fpscr_merge(cpu, fs);
	return true;
}

void interp_n2misc(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned esize = 8u << in->shift_type, n = neon_lanes(in, esize);
	if (misc_resize(cpu, in) || misc_moves(cpu, in, esize, n))
		return;
	uint64_t v[16];
	neon_vget(cpu, in->rm, esize, n, v);
	for (unsigned i = 0; i < n; i++)
		v[i] = neon_misc_op(cpu, in->reglist, v[i], esize);
	neon_vput(cpu, in->rd, esize, n, v);
}
