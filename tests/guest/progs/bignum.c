/*
 * bignum: arbitrary-precision integers in two representations: decimal
 * limbs (base 10^9) for factorials, powers and Fibonacci numbers, and
 * binary limbs (base 2^32) with carry propagation, schoolbook
 * multiplication and conversion to decimal by repeated long division
 * (64-by-32-bit divisions through libgcc).
 */
#include "rt.h"

#define DEC_BASE 1000000000u
#define MAXL 200

struct dec {
	u32 n;
	u32 d[MAXL];  /* little-endian base 10^9 limbs */
};

struct bin {
	u32 n;
	u32 w[MAXL];  /* little-endian base 2^32 limbs */
};

static void dec_set(struct dec *a, u32 v)
{
	a->n = 1;
	a->d[0] = v % DEC_BASE;
	if (v >= DEC_BASE)
		a->d[a->n++] = v / DEC_BASE;
}

static void dec_mul_small(struct dec *a, u32 m)
{
	u64 carry = 0;

	for (u32 i = 0; i < a->n; i++) {
		u64 t = (u64)a->d[i] * m + carry;
		a->d[i] = (u32)(t % DEC_BASE);
		carry = t / DEC_BASE;
	}
	while (carry) {
		a->d[a->n++] = (u32)(carry % DEC_BASE);
		carry /= DEC_BASE;
	}
}

static void dec_add(struct dec *r, const struct dec *a, const struct dec *b)
{
	u32 carry = 0, n = a->n > b->n ? a->n : b->n;

	for (u32 i = 0; i < n; i++) {
		u32 t = (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + carry;
		carry = t >= DEC_BASE;
		r->d[i] = carry ? t - DEC_BASE : t;
	}
	r->n = n;
	if (carry)
		r->d[r->n++] = 1;
}

static void dec_print(const char *label, const struct dec *a)
{
	u32 digits = 0, sum = 0;
	char buf[16];

	rt_printf("%s = %u", label, a->d[a->n - 1]);
	for (u32 i = a->n - 1; i-- > 0;)
		rt_printf("%09u", a->d[i]);
	for (u32 i = 0; i < a->n; i++) {
		int len = rt_snprintf(buf, sizeof(buf), i == a->n - 1 ? "%u" : "%09u", a->d[i]);
		digits += (u32)len;
		for (int k = 0; k < len; k++)
			sum += (u32)(buf[k] - '0');
	}
	rt_printf("\n  (%u digits, digit sum %u)\n", digits, sum);
}

static void bin_set(struct bin *a, u64 v)
{
	a->w[0] = (u32)v;
	a->w[1] = (u32)(v >> 32);
	a->n = a->w[1] ? 2 : 1;
}

static void bin_mul(struct bin *r, const struct bin *a, const struct bin *b)
{
	static u32 t[2 * MAXL];

	memset(t, 0, (a->n + b->n) * sizeof(u32));
	for (u32 i = 0; i < a->n; i++) {
		u64 carry = 0;
		for (u32 j = 0; j < b->n; j++) {
			u64 p = (u64)a->w[i] * b->w[j] + t[i + j] + carry;
			t[i + j] = (u32)p;
			carry = p >> 32;
		}
		t[i + b->n] = (u32)carry;
	}
	r->n = a->n + b->n;
	while (r->n > 1 && t[r->n - 1] == 0)
		r->n--;
	memcpy(r->w, t, r->n * sizeof(u32));
}

static void bin_add(struct bin *r, const struct bin *a, const struct bin *b)
{
	u64 carry = 0;
	u32 n = a->n > b->n ? a->n : b->n;

	for (u32 i = 0; i < n; i++) {
		u64 s = (u64)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
		r->w[i] = (u32)s;
		carry = s >> 32;
	}
	r->n = n;
	if (carry)
		r->w[r->n++] = (u32)carry;
}

/* a -= b, assuming a >= b */
static void bin_sub(struct bin *a, const struct bin *b)
{
	u32 borrow = 0;

	for (u32 i = 0; i < a->n; i++) {
		u32 bi = i < b->n ? b->w[i] : 0;
		u32 d = a->w[i] - bi - borrow;
		borrow = (a->w[i] < bi) || (a->w[i] - bi < borrow);
		a->w[i] = d;
	}
	while (a->n > 1 && a->w[a->n - 1] == 0)
		a->n--;
}

static u32 bin_divmod_small(struct bin *a, u32 d)
{
	u64 rem = 0;

	for (u32 i = a->n; i-- > 0;) {
		u64 cur = rem << 32 | a->w[i];
		a->w[i] = (u32)(cur / d);
		rem = cur % d;
	}
	while (a->n > 1 && a->w[a->n - 1] == 0)
		a->n--;
	return (u32)rem;
}

static void bin_to_dec(struct dec *r, const struct bin *a)
{
	static struct bin t;

	t = *a;
	r->n = 0;
	do
		r->d[r->n++] = bin_divmod_small(&t, DEC_BASE);
	while (t.n > 1 || t.w[0]);
}

static void bin_print(const char *label, const struct bin *a)
{
	static struct dec d;

	rt_printf("%s hex: %x", label, a->w[a->n - 1]);
	for (u32 i = a->n - 1; i-- > 0;)
		rt_printf("%08x", a->w[i]);
	rt_printf("\n");
	bin_to_dec(&d, a);
	dec_print(label, &d);
}

int main(void)
{
	static struct dec f, p, fa, fb, fc;
	static struct bin x, y, z, acc;

	rt_printf("bignum\n");
	dec_set(&f, 1);
	for (u32 i = 2; i <= 200; i++) {
		dec_mul_small(&f, i);
		if (i == 20 || i == 52 || i == 100)
			dec_print(i == 20 ? "20!" : i == 52 ? "52!" : "100!", &f);
	}
	dec_print("200!", &f);
	dec_set(&p, 1);
	for (u32 i = 0; i < 50; i++)
		dec_mul_small(&p, 1u << 20);
	dec_print("2^1000", &p);
	dec_set(&fa, 0);
	dec_set(&fb, 1);
	for (u32 i = 1; i < 1000; i++) {
		dec_add(&fc, &fa, &fb);
		fa = fb;
		fb = fc;
	}
	dec_print("fib(1000)", &fb);

	/* (2^64 - 1)^8 by repeated multiplication, and 3^200 - 2^300 */
	bin_set(&x, 0xffffffffffffffffull);
	bin_set(&acc, 1);
	for (int i = 0; i < 8; i++)
		bin_mul(&acc, &acc, &x);
	bin_print("(2^64-1)^8", &acc);
	bin_set(&x, 1);
	bin_set(&y, 3);
	for (int i = 0; i < 200; i++)
		bin_mul(&x, &x, &y);
	bin_set(&z, 1);
	bin_set(&y, 2);
	for (int i = 0; i < 300; i++)
		bin_add(&z, &z, &z);
	bin_sub(&x, &z);
	bin_print("3^200-2^300", &x);
	/* 100! in binary limbs must equal the decimal one */
	bin_set(&acc, 1);
	for (u32 i = 2; i <= 100; i++) {
		bin_set(&y, i);
		bin_mul(&acc, &acc, &y);
	}
	bin_print("100! (binary)", &acc);
	return 0;
}
