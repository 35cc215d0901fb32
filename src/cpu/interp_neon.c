/*
 * Semantics of the Advanced SIMD three-register shapes (same length,
 * different lengths, with a scalar) and the integer element operations they
 * share (ARM ARM A8.8; the saturation and rounding of A2.2.1). Every operand
 * is read before the destination is written, so overlapping registers behave
 * as the pseudo-code's whole-register reads.
 */
#include "neon.h"

const struct neon_fn_info neon_fn_info[NF_COUNT] = {
#define NEON_INFO(NAME, mn, type) [NF_##NAME] = { #mn, type },
	NEON_FNS(NEON_INFO)
#undef NEON_INFO
};

uint64_t neon_sat(struct cpu *cpu, __int128 v, unsigned esize, bool is_unsigned)
{
	__int128 hi = is_unsigned ? (__int128)neon_ones(esize) : (__int128)(neon_ones(esize) >> 1);
	__int128 lo = is_unsigned ? 0 : -hi - 1;
	if (v > hi || v < lo) {
		cpu->vfp.fpscr |= FPSCR_QC;
		v = v > hi ? hi : lo;
	}
	return (uint64_t)v & neon_ones(esize);
}

static __int128 ext(uint64_t v, unsigned esize, bool u)
{
	return u ? (__int128)v : (__int128)neon_sext(v, esize);
}

/* x >> s (s >= 0; s < 128), rounding to nearest with round. */
static __int128 shr_round(__int128 x, unsigned s, bool round)
{
	if (s > 100)
		s = 100;
	if (round && s)
		x += (__int128)1 << (s - 1);
	return x >> s;
}

uint64_t neon_shift(struct cpu *cpu, uint64_t v, int shift, unsigned esize, bool u,
		    bool round, bool sat, bool sat_unsigned)
{
	__int128 x = ext(v, esize, u), r;
	if (shift >= 0)
		r = (__int128)((unsigned __int128)x << (shift > 64 ? 64 : shift));
	else
		r = shr_round(x, (unsigned)-shift, round);
	return sat ? neon_sat(cpu, r, esize, sat_unsigned) : (uint64_t)r & neon_ones(esize);
}

/* Polynomial multiplication over {0,1} (A2.8.1): the esize-bit operands' full
 * 2*esize-bit product. */
static uint64_t poly_mul(uint64_t a, uint64_t b, unsigned esize)
{
	uint64_t r = 0;
	for (unsigned i = 0; i < esize; i++)
		if (b >> i & 1)
			r ^= a << i;
	return r;
}

uint64_t neon_int_op(struct cpu *cpu, unsigned fn, uint64_t d, uint64_t n, uint64_t m,
		     unsigned esize, bool u)
{
	__int128 a = ext(n, esize, u), b = ext(m, esize, u), r;
	uint64_t mask = neon_ones(esize);
	switch (fn) {
	case NF_VHADD: r = (a + b) >> 1; break;
	case NF_VRHADD: r = (a + b + 1) >> 1; break;
	case NF_VHSUB: r = (a - b) >> 1; break;
	case NF_VQADD: return neon_sat(cpu, a + b, esize, u);
	case NF_VQSUB: return neon_sat(cpu, a - b, esize, u);
	case NF_VAND: return n & m;
	case NF_VBIC: return n & ~m;
	case NF_VORR: return n | m;
	case NF_VORN: return n | ~m;
	case NF_VEOR: return n ^ m;
	case NF_VBSL: return (n & d) | (m & ~d);
	case NF_VBIT: return (n & m) | (d & ~m);
	case NF_VBIF: return (d & m) | (n & ~m);
	case NF_VCGT: return a > b ? mask : 0;
	case NF_VCGE: return a >= b ? mask : 0;
	/* By register: Vm's element shifted by the signed bottom byte of Vn's. */
	case NF_VSHL: return neon_shift(cpu, m, (int8_t)n, esize, u, false, false, u);
	case NF_VQSHL: return neon_shift(cpu, m, (int8_t)n, esize, u, false, true, u);
	case NF_VRSHL: return neon_shift(cpu, m, (int8_t)n, esize, u, true, false, u);
	case NF_VQRSHL: return neon_shift(cpu, m, (int8_t)n, esize, u, true, true, u);
	case NF_VMAX: case NF_VPMAX: r = a > b ? a : b; break;
	case NF_VMIN: case NF_VPMIN: r = a < b ? a : b; break;
	case NF_VABD: r = a > b ? a - b : b - a; break;
	case NF_VABA: r = (__int128)d + (a > b ? a - b : b - a); break;
	case NF_VADD: case NF_VPADD: return (n + m) & mask;
	case NF_VSUB: return (n - m) & mask;
	case NF_VTST: return (n & m) ? mask : 0;
	case NF_VCEQ: return n == m ? mask : 0;
	case NF_VMLA: return (d + n * m) & mask;
	case NF_VMLS: return (d - n * m) & mask;
	case NF_VMUL: return (u ? poly_mul(n, m, esize) : n * m) & mask;
	case NF_VQDMULH: return neon_sat(cpu, (2 * a * b) >> esize, esize, false);
	case NF_VQRDMULH:
		return neon_sat(cpu, (2 * a * b + ((__int128)1 << (esize - 1))) >> esize,
				esize, false);
	default: r = 0; break;
	}
	return (uint64_t)r & mask;
}

static bool is_fp(unsigned fn)
{
	return (fn >= NF_FADD && fn <= NF_FRSQRTS) || fn == NF_FMLA || fn == NF_FMLS ||
	       fn == NF_FMUL;
}

/* Elementwise Vd = fn(Vd, a, b) over n elements of esize bits. */
static void run_elems(struct cpu *cpu, const struct insn *in, unsigned esize, unsigned n,
		      const uint64_t *a, const uint64_t *b)
{
	uint64_t d[16], r[16];
	unsigned fn = in->reglist;
	bool u = in->flags & NEON_U;
	uint32_t fs = neon_std_fpscr(cpu);
	neon_vget(cpu, in->rd, esize, n, d);
	for (unsigned i = 0; i < n; i++)
		r[i] = is_fp(fn) ? neon_fp_op(fn, (uint32_t)d[i], (uint32_t)a[i], (uint32_t)b[i], &fs)
				 : neon_int_op(cpu, fn, d[i], a[i], b[i], esize, u);
	if (is_fp(fn))
		neon_fpscr_merge(cpu, fs);
	neon_vput(cpu, in->rd, esize, n, r);
}

void interp_n3same(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned fn = in->reglist;
	unsigned esize = fn >= NF_VAND && fn <= NF_VBIF ? 64 : 8u << in->shift_type;
	unsigned n = neon_lanes(in, esize);
	uint64_t a[16], b[16];
	neon_vget(cpu, in->rn, esize, n, a);
	neon_vget(cpu, in->rm, esize, n, b);
	if (fn == NF_VPADD || fn == NF_VPMAX || fn == NF_VPMIN || fn == NF_FPADD ||
	    fn == NF_FPMAX || fn == NF_FPMIN) {
		/* Pairwise: the pairs of Vn:Vm, adjacent elements (D registers only). */
		uint64_t x[16], pa[8], pb[8];
		for (unsigned i = 0; i < n; i++) {
			x[i] = a[i];
			x[n + i] = b[i];
		}
		for (unsigned i = 0; i < n; i++) {
			pa[i] = x[2 * i];
			pb[i] = x[2 * i + 1];
		}
		run_elems(cpu, in, esize, n, pa, pb);
		return;
	}
	run_elems(cpu, in, esize, n, a, b);
}

/* The long operations on esize-bit a, b with a 2*esize-bit accumulator d. */
static uint64_t long_op(struct cpu *cpu, unsigned fn, uint64_t d, uint64_t a, uint64_t b,
			unsigned esize, bool u)
{
	unsigned w = 2 * esize;
	uint64_t xa = (uint64_t)ext(a, esize, u) & neon_ones(w), xb = (uint64_t)ext(b, esize, u) & neon_ones(w);
	__int128 dbl = 2 * ext(a, esize, false) * ext(b, esize, false);
	switch (fn) {
	case NF_VADDL: case NF_VADDW: return neon_int_op(cpu, NF_VADD, 0, xa, xb, w, u);
	case NF_VSUBL: case NF_VSUBW: return neon_int_op(cpu, NF_VSUB, 0, xa, xb, w, u);
	case NF_VABAL: return neon_int_op(cpu, NF_VABA, d, xa, xb, w, u);
	case NF_VABDL: return neon_int_op(cpu, NF_VABD, 0, xa, xb, w, u);
	case NF_VMLAL: case NF_VMLA: return neon_int_op(cpu, NF_VMLA, d, xa, xb, w, false);
	case NF_VMLSL: case NF_VMLS: return neon_int_op(cpu, NF_VMLS, d, xa, xb, w, false);
	case NF_VMULL: return neon_int_op(cpu, NF_VMUL, 0, xa, xb, w, false);
	case NF_VMULLP: return poly_mul(a, b, esize);
	case NF_VQDMULL: return neon_sat(cpu, dbl, w, false);
	case NF_VQDMLAL:
		return neon_sat(cpu, ext(d, w, false) + neon_sext(neon_sat(cpu, dbl, w, false), w),
				w, false);
	default: /* NF_VQDMLSL */
		return neon_sat(cpu, ext(d, w, false) - neon_sext(neon_sat(cpu, dbl, w, false), w),
				w, false);
	}
}

void interp_n3diff(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned fn = in->reglist;
	bool u = in->flags & NEON_U;
	uint64_t a[8], b[8], d[8], r[8];
	if (fn == NF_VADDHN || fn == NF_VRADDHN || fn == NF_VSUBHN || fn == NF_VRSUBHN) {
		unsigned esize = 4u << in->shift_type, n = 64 / esize;
		bool round = fn == NF_VRADDHN || fn == NF_VRSUBHN;
		neon_vget(cpu, in->rn, 2 * esize, n, a);
		neon_vget(cpu, in->rm, 2 * esize, n, b);
		for (unsigned i = 0; i < n; i++) {
			unsigned __int128 s = (unsigned __int128)a[i] +
				(fn == NF_VADDHN || fn == NF_VRADDHN ? b[i] : -b[i] & neon_ones(2 * esize));
			if (round)
				s += 1ull << (esize - 1);
			r[i] = (uint64_t)(s >> esize) & neon_ones(esize);
		}
		neon_vput(cpu, in->rd, esize, n, r);
		return;
	}
	unsigned esize = 8u << in->shift_type, n = 64 / esize;
	bool wide = fn == NF_VADDW || fn == NF_VSUBW;
	neon_vget(cpu, in->rn, wide ? 2 * esize : esize, n, a);
	neon_vget(cpu, in->rm, esize, n, b);
	neon_vget(cpu, in->rd, 2 * esize, n, d);
	for (unsigned i = 0; i < n; i++) {
		if (wide) {
			uint64_t xb = (uint64_t)ext(b[i], esize, u) & neon_ones(2 * esize);
			r[i] = neon_int_op(cpu, fn == NF_VADDW ? NF_VADD : NF_VSUB, 0, a[i], xb,
					   2 * esize, u);
		} else {
			r[i] = long_op(cpu, fn, d[i], a[i], b[i], esize, u);
		}
	}
	neon_vput(cpu, in->rd, 2 * esize, n, r);
}

void interp_n2scalar(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	unsigned fn = in->reglist, esize = 8u << in->shift_type;
	uint64_t s = neon_elem(cpu, in->rm, in->shift_amt, esize);
	uint64_t a[8], b[8], d[8], r[8];
	if (fn == NF_VMLAL || fn == NF_VMLSL || fn == NF_VMULL || fn == NF_VQDMLAL ||
	    fn == NF_VQDMLSL || fn == NF_VQDMULL) {
		unsigned n = 64 / esize;
		neon_vget(cpu, in->rn, esize, n, a);
		neon_vget(cpu, in->rd, 2 * esize, n, d);
		for (unsigned i = 0; i < n; i++)
			r[i] = long_op(cpu, fn, d[i], a[i], s, esize, in->flags & NEON_U);
		neon_vput(cpu, in->rd, 2 * esize, n, r);
		return;
	}
	unsigned n = neon_lanes(in, esize);
	neon_vget(cpu, in->rn, esize, n, a);
	for (unsigned i = 0; i < n; i++)
		b[i] = s;
	run_elems(cpu, in, esize, n, a, b);
}
