/*
 * cpu_mpi: kernel-like multi-precision arithmetic on 32-bit limbs, in the
 * style of Linux's lib/crypto/mpi generic C: mul_1, addmul_1 and submul_1
 * (a 32x32->64 multiply and a carry per limb: UMULL/UMLAL on ARM),
 * add_n/sub_n carry chains, Montgomery multiplication and modular
 * exponentiation of 512-bit numbers; every product is also subtracted
 * back with submul_1 and must give zero.  CPU benchmark set
 * (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

#define LIMBS 16

static u32 mpi_mul_1(u32 *res, const u32 *s, int n, u32 limb)
{
	u32 carry = 0;

	for (int i = 0; i < n; i++) {
		u64 p = (u64)s[i] * limb + carry;

		res[i] = (u32)p;
		carry = (u32)(p >> 32);
	}
	return carry;
}

static u32 mpi_addmul_1(u32 *res, const u32 *s, int n, u32 limb)
{
	u32 carry = 0;

	for (int i = 0; i < n; i++) {
		u64 p = (u64)s[i] * limb + res[i] + carry;

		res[i] = (u32)p;
		carry = (u32)(p >> 32);
	}
	return carry;
}

static u32 mpi_submul_1(u32 *res, const u32 *s, int n, u32 limb)
{
	u32 carry = 0;

	for (int i = 0; i < n; i++) {
		u64 p = (u64)s[i] * limb;
		u32 lo = (u32)p + carry, x = res[i];

		carry = (u32)(p >> 32) + (lo < carry);
		res[i] = x - lo;
		carry += x - lo > x;
	}
	return carry;
}

static u32 mpi_add_n(u32 *res, const u32 *a, const u32 *b, int n)
{
	u32 carry = 0;

	for (int i = 0; i < n; i++) {
		u64 s = (u64)a[i] + b[i] + carry;

		res[i] = (u32)s;
		carry = (u32)(s >> 32);
	}
	return carry;
}

static u32 mpi_sub_n(u32 *res, const u32 *a, const u32 *b, int n)
{
	u32 borrow = 0;

	for (int i = 0; i < n; i++) {
		u64 d = (u64)a[i] - b[i] - borrow;

		res[i] = (u32)d;
		borrow = (u32)(d >> 32) & 1;
	}
	return borrow;
}

static int mpi_cmp(const u32 *a, const u32 *b, int n)
{
	for (int i = n - 1; i >= 0; i--)
		if (a[i] != b[i])
			return a[i] > b[i] ? 1 : -1;
	return 0;
}

/* a * b into p[2n] with addmul_1 rows; subtracting the rows back with
 * submul_1 must leave zero (counts failures in *bad). */
static void mpi_mul(u32 *p, const u32 *a, const u32 *b, int n, u32 *bad)
{
	u32 q[2 * LIMBS];

	p[n] = mpi_mul_1(p, a, n, b[0]);
	for (int i = 1; i < n; i++)
		p[n + i] = mpi_addmul_1(p + i, a, n, b[i]);
	for (int i = 0; i < 2 * n; i++)
		q[i] = p[i];
	for (int i = 0; i < n; i++) {
		u32 borrow = mpi_submul_1(q + i, a, n, b[i]);

		for (int j = i + n; borrow && j < 2 * n; j++) {
			u32 x = q[j];

			q[j] = x - borrow;
			borrow = q[j] > x;
		}
	}
	for (int i = 0; i < 2 * n; i++)
		*bad += q[i] != 0;
}

/* Montgomery: r = a * b / 2^(32n) mod m, with minv = -m^-1 mod 2^32. */
static void mont_mul(u32 *r, const u32 *a, const u32 *b, const u32 *m, u32 minv, u32 *bad)
{
	u32 t[2 * LIMBS + 1];

	mpi_mul(t, a, b, LIMBS, bad);
	t[2 * LIMBS] = 0;
	for (int i = 0; i < LIMBS; i++) {
		u32 c = mpi_addmul_1(t + i, m, LIMBS, t[i] * minv);

		for (int j = i + LIMBS; c && j <= 2 * LIMBS; j++) {
			t[j] += c;
			c = t[j] < c;
		}
	}
	if (t[2 * LIMBS] || mpi_cmp(t + LIMBS, m, LIMBS) >= 0)
		mpi_sub_n(r, t + LIMBS, m, LIMBS);
	else
		for (int i = 0; i < LIMBS; i++)
			r[i] = t[LIMBS + i];
}

static u32 fnv(const u32 *a, int n, u32 h)
{
	for (int i = 0; i < n; i++)
		h = (h ^ a[i]) * 16777619u;
	return h;
}

static u32 round_sum(u32 seed, u32 *bad)
{
	u32 m[LIMBS], x[LIMBS], acc[LIMBS], one[LIMBS] = { 1 }, s[LIMBS];
	u32 minv = 1, sum, c;
	u64 e;

	for (int i = 0; i < LIMBS; i++) {
		seed = seed * 1664525u + 1013904223u;
		m[i] = seed ^ (seed >> 13);
		seed = seed * 1664525u + 1013904223u;
		x[i] = seed;
	}
	m[0] |= 1;
	m[LIMBS - 1] |= 0x80000000u;
	x[LIMBS - 1] &= 0x7fffffffu;
	for (int k = 0; k < 5; k++)	/* Newton: minv = m[0]^-1 mod 2^32 */
		minv *= 2 - m[0] * minv;
	minv = 0 - minv;
	/* acc = x^e in Montgomery form (the base stays x: the R factors are
	 * the same on host and guest, which is all the checksum needs) */
	e = ((u64)seed << 32) | (seed * 2654435761u);
	for (int i = 0; i < LIMBS; i++)
		acc[i] = x[i];
	for (int bit = 62; bit >= 0; bit--) {
		mont_mul(acc, acc, acc, m, minv, bad);
		if ((e >> bit) & 1)
			mont_mul(acc, acc, x, m, minv, bad);
	}
	mont_mul(acc, acc, one, m, minv, bad);
	sum = fnv(acc, LIMBS, 2166136261u);
	c = mpi_add_n(s, acc, x, LIMBS);
	sum = fnv(s, LIMBS, sum) ^ c;
	c = mpi_sub_n(s, x, acc, LIMBS);
	return fnv(s, LIMBS, sum) ^ c;
}

int main(void)
{
	u32 sum = 0, bad = 0;

	for (u32 r = 0; r < CPU_SCALE; r++) {
		u32 s = round_sum(r * 2654435761u + 17, &bad);

		if (r < 4)
			rt_printf("cpu_mpi: round %u sum %08x\n", r, s);
		sum = (sum ^ s) * 16777619u;
	}
	rt_printf("cpu_mpi: %u rounds, sum %08x, %u bad products\n", CPU_SCALE, sum, bad);
	return bad != 0;
}
