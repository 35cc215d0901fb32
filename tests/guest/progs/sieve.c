/*
 * sieve: the sieve of Eratosthenes (byte array and bit array), prime
 * counting, twin primes, prime gaps, Goldbach partitions, Euler's totient
 * by sieve, and a segmented sieve above 10^9.
 */
#include "rt.h"

#define LIMIT 50000

static u8 composite[LIMIT + 1];
static u32 bits[LIMIT / 32 + 1];
static u32 phi[20001];
static u32 primes[20000];

static void sieve_bytes(void)
{
	for (u32 i = 2; i * i <= LIMIT; i++)
		if (!composite[i])
			for (u32 j = i * i; j <= LIMIT; j += i)
				composite[j] = 1;
}

static void sieve_bits(void)
{
	bits[0] = 3;  /* 0 and 1 are not prime */
	for (u32 i = 2; i * i <= LIMIT; i++)
		if (!(bits[i / 32] >> (i % 32) & 1))
			for (u32 j = i * i; j <= LIMIT; j += i)
				bits[j / 32] |= 1u << (j % 32);
}

static u32 collect(void)
{
	u32 n = 0;

	for (u32 i = 2; i <= LIMIT && n < ARRAY_LEN(primes); i++)
		if (!composite[i])
			primes[n++] = i;
	return n;
}

static void stats(u32 n)
{
	u32 twins = 0, max_gap = 0, gap_at = 0;
	u64 sum = 0;
	u32 disagree = 0;

	for (u32 i = 0; i < n; i++) {
		sum += primes[i];
		if (i && primes[i] - primes[i - 1] == 2)
			twins++;
		if (i && primes[i] - primes[i - 1] > max_gap) {
			max_gap = primes[i] - primes[i - 1];
			gap_at = primes[i - 1];
		}
	}
	for (u32 i = 2; i <= LIMIT; i++)
		if (!composite[i] != !(bits[i / 32] >> (i % 32) & 1))
			disagree++;
	rt_printf("primes=%u sum=%llu last=%u twins=%u max_gap=%u after %u disagree=%u\n",
		  n, sum, primes[n - 1], twins, max_gap, gap_at, disagree);
	for (u32 lim = 10; lim <= LIMIT; lim *= 10) {
		u32 c = 0;
		for (u32 i = 2; i <= lim; i++)
			c += !composite[i];
		rt_printf("pi(%u)=%u\n", lim, c);
	}
}

static void goldbach(void)
{
	for (u32 even = 100; even <= LIMIT; even *= 10) {
		u32 ways = 0, first = 0;
		for (u32 p = 2; p <= even / 2; p++) {
			if (!composite[p] && !composite[even - p]) {
				if (!ways)
					first = p;
				ways++;
			}
		}
		rt_printf("goldbach(%u): %u ways, first %u+%u\n", even, ways, first, even - first);
	}
}

static void totients(void)
{
	u64 sum = 0;

	for (u32 i = 0; i < ARRAY_LEN(phi); i++)
		phi[i] = i;
	for (u32 i = 2; i < ARRAY_LEN(phi); i++)
		if (phi[i] == i)
			for (u32 j = i; j < ARRAY_LEN(phi); j += i)
				phi[j] -= phi[j] / i;
	for (u32 i = 1; i < ARRAY_LEN(phi); i++)
		sum += phi[i];
	rt_printf("phi(36)=%u phi(9973)=%u phi(20000)=%u sum=%llu\n", phi[36], phi[9973], phi[20000], sum);
}

static void segmented(void)
{
	static u8 seg[16000];
	const u64 lo = 1000000000ull;
	u32 count = 0;
	u64 first = 0, last = 0;

	/* base primes up to sqrt(lo + len) < 31700 come from the small sieve */
	for (u32 i = 0; primes[i] * primes[i] < lo + sizeof(seg); i++) {
		u64 p = primes[i];
		u64 start = (lo + p - 1) / p * p;
		for (u64 j = start; j < lo + sizeof(seg); j += p)
			seg[j - lo] = 1;
	}
	for (u32 i = 0; i < sizeof(seg); i++) {
		if (!seg[i]) {
			if (!count)
				first = lo + i;
			last = lo + i;
			count++;
		}
	}
	rt_printf("segment [%llu, +%u): %u primes, first %llu last %llu\n", lo, (u32)sizeof(seg),
		  count, first, last);
}

int main(void)
{
	rt_printf("sieve\n");
	sieve_bytes();
	sieve_bits();
	u32 n = collect();
	stats(n);
	goldbach();
	totients();
	segmented();
	return 0;
}
