/*
 * bits: bit manipulation: population count, leading/trailing zeros (CLZ,
 * RBIT), rotations (ROR), byte reversal (REV, REV16, REVSH), bit-field
 * extraction and insertion (UBFX, SBFX, BFI, BFC) through bit-field
 * structures, and a few bit tricks.
 */
#include "rt.h"

static u32 popcount_loop(u32 x)
{
	u32 n = 0;

	while (x) {
		x &= x - 1;
		n++;
	}
	return n;
}

static u32 popcount_swar(u32 x)
{
	x = x - ((x >> 1) & 0x55555555u);
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	x = (x + (x >> 4)) & 0x0f0f0f0fu;
	return (x * 0x01010101u) >> 24;
}

static u32 clz_loop(u32 x)
{
	u32 n = 0;

	if (!x)
		return 32;
	while (!(x & 0x80000000u)) {
		x <<= 1;
		n++;
	}
	return n;
}

static u32 ctz_loop(u32 x)
{
	u32 n = 0;

	if (!x)
		return 32;
	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
}

static u32 rotl32(u32 x, u32 n)
{
	n &= 31;
	return n ? (x << n) | (x >> (32 - n)) : x;
}

static u32 rotr32(u32 x, u32 n)
{
	return (x >> (n & 31)) | (x << ((32 - n) & 31));
}

static u32 bitrev32(u32 x)
{
	x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
	x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
	x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
	x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
	return (x >> 16) | (x << 16);
}

static u32 bswap32_manual(u32 x)
{
	return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}

static u16 bswap16_manual(u16 x)
{
	return (u16)((x >> 8) | (x << 8));
}

struct packed_fields {
	u32 a : 3;
	u32 b : 7;
	i32 c : 5;
	u32 d : 1;
	i32 e : 12;
	u32 f : 4;
};

struct wide_fields {
	u64 lo : 20;
	u64 mid : 33;
	i64 hi : 11;
};

static u32 lcg_state = 12345;

static u32 lcg(void)
{
	lcg_state = lcg_state * 1103515245u + 12345u;
	return lcg_state ^ (lcg_state >> 15);
}

static void check_counts(void)
{
	u32 h = 0;
	u32 bad = 0;

	for (int i = 0; i < 4000; i++) {
		u32 x = lcg();
		u32 shift = lcg() & 31;
		u32 y = x >> shift;
		u32 p = popcount_loop(y);
		if (p != popcount_swar(y) || p != (u32)__builtin_popcount(y))
			bad++;
		if (y && (clz_loop(y) != (u32)__builtin_clz(y) || ctz_loop(y) != (u32)__builtin_ctz(y)))
			bad++;
		if (bswap32_manual(y) != __builtin_bswap32(y))
			bad++;
		if (bswap16_manual((u16)y) != __builtin_bswap16((u16)y))
			bad++;
		h = h * 33 + p + clz_loop(y) * 64 + ctz_loop(y) * 4096;
	}
	rt_printf("counts h=%08x bad=%u\n", h, bad);
	rt_printf("clz0=%u ctz0=%u pop(ffffffff)=%u pop(80000001)=%u\n",
		  clz_loop(0), ctz_loop(0), popcount_swar(0xffffffffu), popcount_loop(0x80000001u));
}

static void check_rotations(void)
{
	u32 h = 0;
	u32 x = 0x80000001u;

	for (u32 n = 0; n < 70; n++) {
		u32 l = rotl32(0xdeadbeefu, n), r = rotr32(0xdeadbeefu, n);
		if (rotl32(r, n) != 0xdeadbeefu)
			rt_printf("rotation mismatch at %u\n", n);
		h ^= l + (r << 1);
		h = rotl32(h, 7);
		if (n % 13 == 0)
			rt_printf("rot %2u: l=%08x r=%08x\n", n, l, r);
	}
	for (int i = 0; i < 100; i++)
		x = rotr32(x, 3) ^ (x >> 5) ^ (x << 11);
	rt_printf("rot h=%08x x=%08x rev=%08x %08x\n", h, x, bitrev32(0x12345678u), bitrev32(1));
}

static void check_revsh(void)
{
	u32 h = 0;

	for (u32 i = 0; i < 300; i++) {
		u32 v = i * 0x01f3a5c7u;
		i16 s = (i16)bswap16_manual((u16)v);    /* REVSH */
		u32 r16 = ((v >> 8) & 0x00ff00ffu) | ((v << 8) & 0xff00ff00u); /* REV16 */
		h = h * 31 + (u32)(i32)s + r16;
	}
	rt_printf("rev16/revsh h=%08x\n", h);
}

static void check_bitfields(void)
{
	struct packed_fields pf = { 0 };
	struct wide_fields wf = { 0 };
	u32 h = 0;
	u64 hw = 0;

	for (int i = 0; i < 2000; i++) {
		u32 r = lcg();
		pf.a = r;
		pf.b = r >> 3;
		pf.c = (i32)(r >> 10);
		pf.d = r >> 15;
		pf.e = (i32)(r >> 16);
		pf.f += r >> 28;
		h = h * 17 + pf.a + pf.b * 3 + (u32)pf.c * 5 + pf.d * 7 + (u32)pf.e * 11 + pf.f * 13;
		wf.lo += r;
		wf.mid ^= (u64)r << 7;
		wf.hi -= (i64)(r & 0x3ff);
		hw = hw * 31 + wf.lo + wf.mid + (u64)wf.hi;
		if (i % 500 == 0)
			rt_printf("bf %4d: a=%u b=%u c=%d d=%u e=%d f=%u lo=%llu mid=%llu hi=%lld\n",
				  i, pf.a, pf.b, pf.c, pf.d, pf.e, pf.f,
				  (u64)wf.lo, (u64)wf.mid, (i64)wf.hi);
	}
	rt_printf("bitfields h=%08x hw=%016llx\n", h, hw);
}

/* Manual field extraction and insertion (UBFX/SBFX/BFI/BFC patterns). */
static void check_extract(void)
{
	u32 h = 0;

	for (u32 lsb = 0; lsb < 32; lsb += 3) {
		for (u32 width = 1; lsb + width <= 32; width += 5) {
			u32 mask = width == 32 ? 0xffffffffu : ((1u << width) - 1);
			u32 v = 0xa5c3e1f7u;
			u32 ux = (v >> lsb) & mask;
			i32 sx = (i32)(ux << (32 - width)) >> (32 - width);
			u32 ins = (v & ~(mask << lsb)) | ((0x12345u & mask) << lsb);
			u32 clr = v & ~(mask << lsb);
			h = rotl32(h, 5) ^ ux ^ (u32)sx ^ ins ^ (clr * 3);
		}
	}
	rt_printf("extract h=%08x\n", h);
}

static void check_tricks(void)
{
	u32 h = 0;

	for (u32 x = 1; x < 3000; x += 7) {
		u32 lowest = x & (0 - x);
		u32 next_pow2 = x - 1;
		next_pow2 |= next_pow2 >> 1;
		next_pow2 |= next_pow2 >> 2;
		next_pow2 |= next_pow2 >> 4;
		next_pow2 |= next_pow2 >> 8;
		next_pow2 |= next_pow2 >> 16;
		next_pow2++;
		i32 sx = (i32)(x * 2654435761u);
		u32 absval = (u32)((sx ^ (sx >> 31)) - (sx >> 31));
		u32 sign = (u32)(sx >> 31);
		u32 parity = popcount_swar(x) & 1;
		u32 gray = x ^ (x >> 1);
		h = h * 7 + lowest + next_pow2 + absval + sign + parity + gray;
	}
	rt_printf("tricks h=%08x\n", h);
}

int main(void)
{
	rt_printf("bits\n");
	check_counts();
	check_rotations();
	check_revsh();
	check_bitfields();
	check_extract();
	check_tricks();
	return 0;
}
