/*
 * vecgen.c: the generator of the single-operation test vectors. Run under
 * qemu-system-arm (the oracle), it executes every operation of vecops.S on
 * chosen operands under chosen FPSCR values and prints one line per vector:
 *   V(encoding, fpscr, d0, d1, d2, d0 after, fpscr after)
 * in hexadecimal without 0x (the unit test pastes the prefix on).
 *
 * Operands: special values (zeros, denormals, the smallest normal, one,
 * the largest finite, infinities, quiet and signalling NaNs with payloads),
 * and pseudo-random values aimed at the rounding, overflow and underflow
 * boundaries. FPSCR: every rounding mode, FZ, DN (and AHP for half).
 * Integer-only C: the floating-point unit is used only by run_vec.
 */
#include <stdint.h>

#include "../rt/rt.h"
#include "vecgen.h"

struct vec {
	uint32_t enc, fpscr;
	uint64_t d[3];
	uint64_t out;
	uint32_t fpscr_out, pad;
};

extern const uint32_t vec_ops[];
void run_vec(struct vec *v);

static const uint32_t s_special[16] = {
	0x00000000, 0x80000000, 0x00000001, 0x807fffff, 0x00800000, 0x3f800000,
	0xbfc00000, 0x3f800001, 0x7f7fffff, 0xff7fffff, 0x7f800000, 0xff800000,
	0x7fc00000, 0xffc12345, 0x7f800001, 0xff812345,
};

static const uint64_t d_special[16] = {
	0x0000000000000000ull, 0x8000000000000000ull, 0x0000000000000001ull,
	0x800fffffffffffffull, 0x0010000000000000ull, 0x3ff0000000000000ull,
	0xbff8000000000000ull, 0x3ff0000000000001ull, 0x7fefffffffffffffull,
	0xffefffffffffffffull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
	0x7ff8000000000000ull, 0xfff8000012345678ull, 0x7ff0000000000001ull,
	0xfff0000012345678ull,
};

/* Integers for the integer / fixed-point sources. */
static const uint32_t i_special[16] = {
	0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 0x00ffffff, 0x01000001, 0xfeffffff,
	0x7fffffc0, 0x00008000, 0x0000ffff, 0xffff8000, 0x12345678, 0x87654321,
	0x00007fff, 0xfffffffe,
};

static uint32_t rng = 0x2545f491;

static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static uint64_t rnd64(void)
{
	uint64_t hi = rnd();
	return hi << 32 | rnd();
}

/* A value with the given biased exponent, random sign and fraction. */
static uint64_t with_exp(int dp, int e)
{
	int emax = dp ? 0x7fe : 0xfe;
	if (e < 0)
		e = 0;
	if (e > emax)
		e = emax;
	if (dp)
		return (rnd64() & 0x800fffffffffffffull) | (uint64_t)e << 52;
	return (rnd() & 0x807fffffu) | (uint32_t)e << 23;
}

static uint64_t special(int dp, unsigned i)
{
	return dp ? d_special[i % 16] : s_special[i % 16];
}

static int bias(int dp)
{
	return dp ? 1023 : 127;
}

static int range(int lo, int hi)
{
	return lo + (int)(rnd() % (uint32_t)(hi - lo + 1));
}

/* FPSCR for configuration c (0..15): RMode, FZ, DN. */
static uint32_t config(unsigned c)
{
	return (c & 3) << 22 | (c >> 2 & 1) << 24 | (c >> 3 & 1) << 25;
}

static void put_hex(uint64_t v)
{
	int started = 0;
	for (int i = 60; i >= 0; i -= 4) {
		unsigned d = (unsigned)(v >> i) & 0xf;
		if (d || started || i == 0) {
			rt_putc("0123456789abcdef"[d]);
			started = 1;
		}
	}
}

static unsigned count;

static void emit(uint32_t enc, uint32_t fpscr, uint64_t d0, uint64_t d1, uint64_t d2)
{
	struct vec v = { enc, fpscr, { d0, d1, d2 }, 0, 0, 0 };
	run_vec(&v);
	rt_puts("V(");
	put_hex(v.enc);
	rt_putc(',');
	put_hex(v.fpscr);
	for (int i = 0; i < 3; i++) {
		rt_putc(',');
		put_hex(v.d[i]);
	}
	rt_putc(',');
	put_hex(v.out);
	rt_putc(',');
	put_hex(v.fpscr_out);
	rt_puts(")\n");
	count++;
}

/* Single-precision operands live in the low halves; s1 (d0's high half) holds
 * a marker that an operation on s0 must keep. */
static void emit3(uint32_t enc, int dp, uint32_t fpscr, uint64_t d, uint64_t n, uint64_t m)
{
	if (!dp)
		d = 0x5a5a5a5a00000000ull | (uint32_t)d;
	emit(enc, fpscr, d, n, m);
}

/* A pair of operands aimed at a boundary of operation kind k (0 add, 1 sub,
 * 2 mul, 3 div): cancellation into denormals, products and quotients near the
 * underflow and overflow thresholds, and plain random values. */
static void boundary_pair(int dp, unsigned op, uint64_t *a, uint64_t *b)
{
	int bs = bias(dp), emax = dp ? 0x7fe : 0xfe;
	int e1;
	switch (rnd() % 6) {
	case 0:   /* results near the smallest normal */
		if (op >= 2) {
			e1 = range(bs / 2 - 20, bs / 2 + 20);
			*a = with_exp(dp, e1);
			*b = with_exp(dp, op == 2 ? 1 + bs - e1 + range(-3, 2)
						  : e1 + bs - range(-1, 3));
		} else {
			e1 = range(0, 3);
			*a = with_exp(dp, e1);
			*b = with_exp(dp, e1 + range(-1, 1));
		}
		break;
	case 1:   /* results near the overflow threshold */
		if (op >= 2) {
			e1 = range(bs, emax - 10);
			*a = with_exp(dp, e1);
			*b = with_exp(dp, op == 2 ? emax + bs - e1 + range(-1, 2)
						  : e1 - emax + bs + range(-2, 1));
		} else {
			*a = with_exp(dp, emax - range(0, 1));
			*b = with_exp(dp, emax - range(0, 2));
		}
		break;
	case 2:   /* nearby magnitudes: cancellation, exact halfway cases */
		e1 = range(bs - 30, bs + 30);
		*a = with_exp(dp, e1);
		*b = *a ^ (dp ? (rnd64() & 0x800000000000000full) : (rnd() & 0x8000000fu));
		break;
	case 3:   /* denormal operands */
		*a = with_exp(dp, 0);
		*b = with_exp(dp, range(0, 2 * bs));
		break;
	case 4:   /* far apart exponents: sticky bits */
		e1 = range(60, 2 * bs - 60);
		*a = with_exp(dp, e1);
		*b = with_exp(dp, e1 - range(dp ? 50 : 20, dp ? 60 : 30));
		break;
	default:
		*a = with_exp(dp, range(1, 2 * bs));
		*b = with_exp(dp, range(1, 2 * bs));
		break;
	}
	if (rnd() & 1) {
		uint64_t t = *a;
		*a = *b;
		*b = t;
	}
}

/* A value near an integer boundary for the conversions to integer. */
static uint64_t near_int(int dp)
{
	int bs = bias(dp);
	switch (rnd() % 4) {
	case 0: return with_exp(dp, bs + range(29, 32));   /* 2^29 .. 2^33 */
	case 1: return with_exp(dp, bs + range(-2, 3));    /* halves, small ints */
	case 2: return with_exp(dp, bs + range(-30, -2));  /* |x| < 1 */
	default: return with_exp(dp, bs + range(4, 28));
	}
}

/* Every pair of special values for VADD, VMUL, VDIV; VSUB and VNMUL, which
 * share their special cases, get every other one. */
static void gen_bin(uint32_t enc, int dp, unsigned idx)
{
	unsigned op = idx / 2 % 5;   /* add, sub, mul, div, nmul */
	unsigned step = (op == 1 || op == 4) ? 2 : 1;
	if (op == 4)
		op = 2;
	for (unsigned i = 0; i < 16; i += step)
		for (unsigned j = (i / 2) % step; j < 16; j += step)
			emit3(enc, dp, config((i * 16 + j) * 7 % 16), 0,
			      special(dp, i), special(dp, j));
	for (unsigned c = 0; c < 16; c++)
		for (int k = 0; k < 6; k++) {
			uint64_t a, b;
			boundary_pair(dp, op, &a, &b);
			emit3(enc, dp, config(c), 0, a, b);
		}
}

static void gen_mac(uint32_t enc, int dp)
{
	for (unsigned k = 0; k < 48; k++) {
		uint64_t a, b, d;
		boundary_pair(dp, 2, &a, &b);
		d = (k % 3 == 0) ? special(dp, rnd()) : with_exp(dp, range(0, 2 * bias(dp)));
		if (k % 5 == 0)
			a = special(dp, rnd());
		emit3(enc, dp, config(k % 16), d, a, b);
	}
}

static void gen_un(uint32_t enc, int dp)
{
	for (unsigned i = 0; i < 16; i++)
		for (unsigned c = 0; c < 2; c++)
			emit3(enc, dp, config((i * 2 + c) * 5 % 16), 0, 0, special(dp, i));
	for (unsigned c = 0; c < 16; c++)
		for (int k = 0; k < 3; k++)
			emit3(enc, dp, config(c), 0, 0, with_exp(dp, range(0, 2 * bias(dp))) &
			      (dp ? 0x7fffffffffffffffull : 0x7fffffffu));
}

static void gen_cmp(uint32_t enc, int dp, int zero)
{
	for (unsigned i = 0; i < 16; i++)
		for (unsigned j = 0; j < (zero ? 1u : 16u); j++)
			emit3(enc, dp, config(i + j) & ~(3u << 22), special(dp, i), 0,
			      special(dp, j));
	for (int k = 0; k < 16; k++) {
		uint64_t a = with_exp(dp, range(0, 3));
		emit3(enc, dp, config((unsigned)k), a, 0, (rnd() & 1) ? a : with_exp(dp, 1));
	}
}

static void gen_f2i(uint32_t enc, int dp)
{
	for (unsigned i = 0; i < 16; i++)
		emit3(enc, 0, config(i * 3 % 16), 0, 0, special(dp, i));
	for (unsigned k = 0; k < 32; k++)
		emit3(enc, 0, config(k % 16), 0, 0, near_int(dp));
}

static void gen_i2f(uint32_t enc, int dp)
{
	for (unsigned i = 0; i < 16; i++)
		for (unsigned c = 0; c < 4; c++)
			emit3(enc, dp, config(c * 4 + i % 4), 0, 0, i_special[i]);
	for (unsigned k = 0; k < 16; k++)
		emit3(enc, dp, config(k), 0, 0, rnd() >> (k % 8));
}

static void gen_f2x(uint32_t enc, int dp)
{
	for (unsigned i = 0; i < 16; i++)
		emit3(enc, dp, config(i * 5 % 16), special(dp, i), 0, 0);
	for (unsigned k = 0; k < 16; k++)
		emit3(enc, dp, config(k), with_exp(dp, bias(dp) + range(-24, 34)), 0, 0);
}

/* Fixed-point to floating-point rounds to nearest whatever FPSCR.RMode says
 * (FixedToFP with round_to_nearest = TRUE): every mode is tried. */
static void gen_x2f(uint32_t enc, int dp)
{
	for (unsigned i = 0; i < 16; i++)
		emit3(enc, dp, config(i * 5 % 16), i_special[i], 0, 0);
	for (unsigned k = 0; k < 8; k++)
		emit3(enc, dp, config(k * 3 % 16), rnd() >> (k % 4), 0, 0);
}

static void gen_s2d(uint32_t enc)
{
	for (unsigned i = 0; i < 16; i++)
		emit3(enc, 1, config(i * 3 % 16), 0, 0, special(0, i));
	for (unsigned k = 0; k < 16; k++)
		emit3(enc, 1, config(k), 0, 0, with_exp(0, range(0, 2)));
}

static void gen_d2s(uint32_t enc)
{
	for (unsigned i = 0; i < 16; i++)
		emit3(enc, 0, config(i * 3 % 16), 0, 0, special(1, i));
	for (unsigned k = 0; k < 32; k++) {
		int e = k % 2 ? 1023 + range(-150, -120) : 1023 + range(125, 129);
		emit3(enc, 0, config(k % 16), 0, 0, with_exp(1, e));
	}
}

static const uint16_t h_special[12] = {
	0x0000, 0x8000, 0x0001, 0x83ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00,
	0x7e00, 0xfd23, 0x7c01,
};

static void gen_h2s(uint32_t enc)
{
	for (unsigned i = 0; i < 12; i++)
		for (unsigned c = 0; c < 2; c++) {
			uint32_t ahp = c ? 1u << 26 : 0;
			uint32_t lo = h_special[i], hi = h_special[(i + 5) % 12];
			emit3(enc, 0, config((i + c) * 5 % 16) | ahp, 0, 0, lo | hi << 16);
		}
}

static void gen_s2h(uint32_t enc)
{
	for (unsigned i = 0; i < 16; i++)
		for (unsigned c = 0; c < 2; c++)
			emit3(enc, 0, config((i * 2 + c) * 3 % 16) | (c ? 1u << 26 : 0),
			      rnd(), 0, special(0, i));
	for (unsigned k = 0; k < 32; k++) {
		int e = k % 2 ? 127 + range(-26, -13) : 127 + range(14, 17);
		emit3(enc, 0, config(k % 16) | (k % 4 == 3 ? 1u << 26 : 0), rnd(), 0,
		      with_exp(0, e));
	}
}

/* Cumulative flags stay set: a few vectors start with all of them set. */
static void gen_sticky(void)
{
	emit3(vec_ops[1], 0, 0x9f, 0, 0x3f800000, 0x3f800000);
	emit3(vec_ops[1], 0, 0x9f | 3u << 22, 0, 0x3f800000, 0x33800000);
	emit3(vec_ops[1], 0, 0xf000009f, 0, 0, 0);
}

int main(void)
{
	unsigned idx = 0;
	for (const uint32_t *p = vec_ops; p[0]; p += 2, idx++) {
		uint32_t kind = p[0], enc = p[1];
		int dp = (kind & K_DP) != 0;
		switch (kind & 0xff) {
		case K_BIN:  gen_bin(enc, dp, idx); break;
		case K_MAC:  gen_mac(enc, dp); break;
		case K_UN:   gen_un(enc, dp); break;
		case K_CMP:  gen_cmp(enc, dp, 0); break;
		case K_CMPZ: gen_cmp(enc, dp, 1); break;
		case K_F2I:  gen_f2i(enc, dp); break;
		case K_I2F:  gen_i2f(enc, dp); break;
		case K_F2X:  gen_f2x(enc, dp); break;
		case K_X2F:  gen_x2f(enc, dp); break;
		case K_S2D:  gen_s2d(enc); break;
		case K_D2S:  gen_d2s(enc); break;
		case K_H2S:  gen_h2s(enc); break;
		default:     gen_s2h(enc); break;
		}
	}
	gen_sticky();
	rt_puts("/* ");
	rt_dec(count);
	rt_puts(" vectors */\n");
	return 0;
}
