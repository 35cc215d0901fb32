/*
 * cpu_div: software division as the Cortex-A9 needs it (no divide
 * instruction): a shift-and-subtract 32-bit unsigned division aligned with
 * CLZ, like libgcc's __aeabi_uidiv, checked against the compiler's own `/`
 * and `%` (libgcc's routines on the guest), then the divisions real code
 * does: decimal conversion, Euclid's gcd, bucket indices modulo a prime.
 * CPU benchmark set (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

/* n / d and n % d in *rem, d != 0. */
static u32 sw_udiv(u32 n, u32 d, u32 *rem)
{
	u32 q = 0;
	int shift;

	if (d > n) {
		*rem = n;
		return 0;
	}
	shift = __builtin_clz(d) - __builtin_clz(n);
	d <<= shift;
	for (; shift >= 0; shift--, d >>= 1) {
		q <<= 1;
		if (n >= d) {
			n -= d;
			q |= 1;
		}
	}
	*rem = n;
	return q;
}

static u32 to_decimal(u32 v, char *buf)
{
	char tmp[12];
	u32 n = 0, len = 0;

	do {
		u32 r, q = sw_udiv(v, 10, &r);

		tmp[n++] = (char)('0' + r);
		v = q;
	} while (v);
	while (n)
		buf[len++] = tmp[--n];
	buf[len] = 0;
	return len;
}

static u32 gcd(u32 a, u32 b)
{
	return b ? gcd(b, a % b) : a;
}

int main(void)
{
	u32 x = 88172645u, sum = 0, bad = 0, digits = 0, g = 0;
	static u32 buckets[97];
	char buf[12];

	for (u32 r = 0; r < 1000 * CPU_SCALE; r++) {
		u32 n, d, q, rem, len;

		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		n = x;
		d = (x * 2654435761u) >> (r % 31);	/* divisors of every size */
		d += d == 0;
		q = sw_udiv(n, d, &rem);
		bad += q != n / d || rem != n % d;
		sum = sum * 31 + q + rem;
		len = to_decimal(n, buf);
		digits += len;
		sum += (u32)buf[0] * (u32)buf[len - 1];
		g += gcd(n | 1, (d * 3) | 1);
		buckets[n % 97] += r % 7;
	}
	for (u32 i = 0; i < 97; i++)
		sum = sum * 33 + buckets[i];
	rt_printf("cpu_div: %u rounds, %u digits, gcd sum %u, sum %08x, %u wrong\n",
		  1000 * CPU_SCALE, digits, g, sum, bad);
	return bad != 0;
}
