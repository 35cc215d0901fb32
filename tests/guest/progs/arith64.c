/*
 * arith64: 32- and 64-bit integer arithmetic.  On the guest, 64-bit
 * multiply-high, division and modulo go through libgcc (__aeabi_uldivmod,
 * __aeabi_ldivmod), 32-bit division through __aeabi_uidiv/__aeabi_idiv,
 * division by constants through UMULL/SMULL, and 64-bit add, subtract and
 * compare through carry chains (ADDS/ADC, SUBS/SBC).
 */
#include "rt.h"

static u64 rng_state = 0x9e3779b97f4a7c15ull;

static u64 rng64(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static const u64 edges[] = {
	0, 1, 2, 3, 7, 10, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
	0x100000000ull, 0x123456789ull, 0x7fffffffffffffffull,
	0x8000000000000000ull, 0xfffffffffffffffeull, 0xffffffffffffffffull,
};

static u64 mix(u64 h, u64 v)
{
	h ^= v;
	h *= 0x100000001b3ull;
	return h ^ (h >> 29);
}

/* Signed 64-bit division avoiding the one overflowing case. */
static i64 sdiv64(i64 a, i64 b)
{
	if (b == -1)
		return (i64)(0 - (u64)a);
	return a / b;
}

static i64 smod64(i64 a, i64 b)
{
	if (b == -1)
		return 0;
	return a % b;
}

static i32 sdiv32(i32 a, i32 b)
{
	if (b == -1)
		return (i32)(0u - (u32)a);
	return a / b;
}

static i32 smod32(i32 a, i32 b)
{
	if (b == -1)
		return 0;
	return a % b;
}

static void edge_table(void)
{
	for (u32 i = 0; i < ARRAY_LEN(edges); i++) {
		u64 h = 0;
		for (u32 j = 0; j < ARRAY_LEN(edges); j++) {
			u64 a = edges[i], b = edges[j];
			h = mix(h, a * b);
			h = mix(h, a + b);
			h = mix(h, a - b);
			h = mix(h, (u64)((i64)a < (i64)b) << 1 | (a < b));
			if (b) {
				h = mix(h, a / b);
				h = mix(h, a % b);
				h = mix(h, (u64)sdiv64((i64)a, (i64)b));
				h = mix(h, (u64)smod64((i64)a, (i64)b));
			}
		}
		rt_printf("edge %2u a=%016llx h=%016llx\n", i, edges[i], h);
	}
}

static void random_div64(void)
{
	u64 hu = 0, hs = 0;

	for (int i = 1; i <= 1500; i++) {
		u64 a = rng64();
		u64 b = rng64();
		b >>= rng64() & 63;
		if (b == 0)
			b = 1;
		hu = mix(hu, a / b);
		hu = mix(hu, a % b);
		hs = mix(hs, (u64)sdiv64((i64)a, (i64)b));
		hs = mix(hs, (u64)smod64((i64)a, (i64)b));
		if (i % 500 == 0)
			rt_printf("div64 %d: a=%llx b=%llx q=%llu r=%llu sq=%lld sr=%lld hu=%016llx hs=%016llx\n",
				  i, a, b, a / b, a % b, sdiv64((i64)a, (i64)b),
				  smod64((i64)a, (i64)b), hu, hs);
	}
}

static void random_div32(void)
{
	u32 hu = 0, hs = 0;

	for (int i = 1; i <= 4000; i++) {
		u32 a = (u32)rng64();
		u32 b = (u32)rng64();
		b >>= rng64() & 31;
		if (b == 0)
			b = 3;
		hu = hu * 31 + a / b + (a % b) * 7;
		hs = hs * 37 + (u32)sdiv32((i32)a, (i32)b) + (u32)smod32((i32)a, (i32)b) * 5;
		if (i % 1000 == 0)
			rt_printf("div32 %d: %u/%u=%u %d/%d=%d %%=%d hu=%08x hs=%08x\n",
				  i, a, b, a / b, (i32)a, (i32)b, sdiv32((i32)a, (i32)b),
				  smod32((i32)a, (i32)b), hu, hs);
	}
}

/* Division by constants: compilers use multiply-high sequences. */
static void const_div(void)
{
	u32 h = 0;
	i32 hs = 0;

	for (u32 i = 0; i < 10000; i++) {
		u32 x = i * 2654435761u;
		i32 y = (i32)x;
		h += x / 3 + x / 7 + x / 10 + x % 1000 + x / 641 + x % 65537;
		hs ^= y / 3 + y / 7 - y / 10 + y % 1000 - y / 641 + y % 65537;
		h = (h << 3) | (h >> 29);
	}
	rt_printf("constdiv h=%08x hs=%08x\n", h, (u32)hs);
}

static void widening_mul(void)
{
	u64 hu = 0, hs = 0, acc = 0;

	for (int i = 0; i < 20000; i++) {
		u64 r = rng64();
		u32 a = (u32)r, b = (u32)(r >> 32);
		u64 pu = (u64)a * b;
		i64 ps = (i64)(i32)a * (i32)b;
		hu += pu;
		hs ^= (u64)ps;
		acc += pu >> 32;             /* multiply high */
		acc -= (u64)(ps >> 32);
		acc += (u64)a * 1000003u + b; /* multiply-accumulate */
	}
	rt_printf("mul hu=%016llx hs=%016llx acc=%016llx\n", hu, hs, acc);
}

static void shifts64(void)
{
	u64 h = 0;
	u64 v = 0xf0e1d2c3b4a59687ull;

	for (u32 n = 0; n < 64; n++) {
		h = mix(h, v << n);
		h = mix(h, v >> n);
		h = mix(h, (u64)((i64)v >> n));
		h = mix(h, n ? (v << n) | (v >> (64 - n)) : v);
		if (n % 16 == 5)
			rt_printf("shift %u: %016llx %016llx %016llx\n", n, v << n, v >> n,
				  (u64)((i64)v >> n));
	}
	rt_printf("shift h=%016llx\n", h);
}

static u64 gcd64(u64 a, u64 b)
{
	while (b) {
		u64 t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* (a * b) mod m for m < 2^63, by doubling. */
static u64 mulmod(u64 a, u64 b, u64 m)
{
	u64 r = 0;

	a %= m;
	while (b) {
		if (b & 1) {
			r += a;
			if (r >= m)
				r -= m;
		}
		a <<= 1;
		if (a >= m)
			a -= m;
		b >>= 1;
	}
	return r;
}

static u64 powmod(u64 b, u64 e, u64 m)
{
	u64 r = 1 % m;

	while (e) {
		if (e & 1)
			r = mulmod(r, b, m);
		b = mulmod(b, b, m);
		e >>= 1;
	}
	return r;
}

/* Deterministic Miller-Rabin for n < 2^32 (bases 2, 7, 61). */
static int is_prime(u64 n)
{
	static const u64 bases[] = { 2, 7, 61 };
	u64 d = n - 1;
	int s = 0;

	if (n < 2)
		return 0;
	for (u32 i = 0; i < ARRAY_LEN(bases); i++)
		if (n == bases[i])
			return 1;
	if (n % 2 == 0)
		return 0;
	while ((d & 1) == 0) {
		d >>= 1;
		s++;
	}
	for (u32 i = 0; i < ARRAY_LEN(bases); i++) {
		u64 x = powmod(bases[i], d, n);
		int ok = x == 1 || x == n - 1;
		for (int k = 1; k < s && !ok; k++) {
			x = mulmod(x, x, n);
			ok = x == n - 1;
		}
		if (!ok)
			return 0;
	}
	return 1;
}

static u64 isqrt64(u64 n)
{
	u64 r = 0, bit = 1ull << 62;

	while (bit > n)
		bit >>= 2;
	while (bit) {
		if (n >= r + bit) {
			n -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
		bit >>= 2;
	}
	return r;
}

static void number_theory(void)
{
	u64 g = 0;
	u32 primes = 0;
	u64 last = 0;

	for (int i = 0; i < 200; i++) {
		u64 a = rng64() >> 20, b = rng64() >> 24;
		g += gcd64(a, b) + gcd64(a * 6, b * 4);
	}
	for (u64 n = 4294967280ull; n < 4294967296ull; n++) {
		if (is_prime(n)) {
			primes++;
			last = n;
		}
	}
	rt_printf("gcd sum=%llu primes near 2^32: %u last=%llu\n", g, primes, last);
	rt_printf("powmod=%llu isqrt=%llu %llu %llu\n",
		  powmod(3, 1000000007ull, 4294967291ull), isqrt64(0xffffffffffffffffull),
		  isqrt64(1000000000000ull), isqrt64(99999999999ull));
}

int main(void)
{
	rt_printf("arith64\n");
	edge_table();
	random_div64();
	random_div32();
	const_div();
	widening_mul();
	shifts64();
	number_theory();
	rt_printf("i32 min/-1=%d, u64 max/3=%llu, -7/2=%d -7%%2=%d, -7ll/2=%lld\n",
		  sdiv32((i32)0x80000000u, -1), 0xffffffffffffffffull / 3, -7 / 2, -7 % 2,
		  -7ll / 2);
	return 0;
}
