/*
 * rng: pseudo-random generators with 64-bit state arithmetic: SplitMix64,
 * xorshift64*, PCG32 (64-bit multiply and variable rotation), MT19937
 * (array state, tempering) and a combined LCG; with histograms, an integer
 * chi-square statistic, a Monte Carlo estimate of pi in integers and a
 * Fisher-Yates shuffle using unbiased bounded sampling.
 */
#include "rt.h"

static u64 splitmix_state = 0x0123456789abcdefull;

static u64 splitmix64(void)
{
	u64 z = (splitmix_state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static u64 xs_state = 88172645463325252ull;

static u64 xorshift64star(void)
{
	xs_state ^= xs_state >> 12;
	xs_state ^= xs_state << 25;
	xs_state ^= xs_state >> 27;
	return xs_state * 0x2545f4914f6cdd1dull;
}

struct pcg {
	u64 state, inc;
};

static u32 pcg32(struct pcg *r)
{
	u64 old = r->state;
	r->state = old * 6364136223846793005ull + r->inc;
	u32 xorshifted = (u32)(((old >> 18) ^ old) >> 27);
	u32 rot = (u32)(old >> 59);
	return (xorshifted >> rot) | (xorshifted << ((0u - rot) & 31));
}

static void pcg_seed(struct pcg *r, u64 seed, u64 seq)
{
	r->state = 0;
	r->inc = (seq << 1) | 1;
	pcg32(r);
	r->state += seed;
	pcg32(r);
}

#define MT_N 624
#define MT_M 397

static u32 mt[MT_N];
static u32 mt_i;

static void mt_seed(u32 s)
{
	mt[0] = s;
	for (mt_i = 1; mt_i < MT_N; mt_i++)
		mt[mt_i] = 1812433253u * (mt[mt_i - 1] ^ (mt[mt_i - 1] >> 30)) + mt_i;
}

static u32 mt_next(void)
{
	static const u32 mag[2] = { 0, 0x9908b0dfu };
	u32 y;

	if (mt_i >= MT_N) {
		u32 k;
		for (k = 0; k < MT_N - MT_M; k++) {
			y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
			mt[k] = mt[k + MT_M] ^ (y >> 1) ^ mag[y & 1];
		}
		for (; k < MT_N - 1; k++) {
			y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
			mt[k] = mt[k + MT_M - MT_N] ^ (y >> 1) ^ mag[y & 1];
		}
		y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
		mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag[y & 1];
		mt_i = 0;
	}
	y = mt[mt_i++];
	y ^= y >> 11;
	y ^= (y << 7) & 0x9d2c5680u;
	y ^= (y << 15) & 0xefc60000u;
	return y ^ (y >> 18);
}

/* Lemire's unbiased bounded sampling with 32x32->64 multiply. */
static u32 bounded(struct pcg *r, u32 range)
{
	u64 m = (u64)pcg32(r) * range;
	u32 low = (u32)m;

	if (low < range) {
		u32 threshold = (0u - range) % range;
		while (low < threshold) {
			m = (u64)pcg32(r) * range;
			low = (u32)m;
		}
	}
	return (u32)(m >> 32);
}

/* chi-square * 1000 of a histogram against the uniform distribution */
static u64 chi_square(const u32 *hist, u32 bins, u32 total)
{
	u64 sum = 0;

	for (u32 i = 0; i < bins; i++) {
		i64 d = (i64)hist[i] * bins - total;
		sum += (u64)(d * d) * 1000 / ((u64)total * bins);
	}
	return sum;
}

int main(void)
{
	static u32 hist[4][64];
	struct pcg p;
	u64 h = 0;

	rt_printf("rng\n");
	for (int i = 0; i < 5; i++)
		rt_printf("splitmix %016llx  xorshift* %016llx\n", splitmix64(), xorshift64star());
	pcg_seed(&p, 42u, 54u);
	for (int i = 0; i < 6; i++)
		rt_printf("pcg32 %08x\n", pcg32(&p));
	mt_seed(5489u);
	for (int i = 0; i < 5; i++)
		rt_printf("mt %u\n", mt_next());
	for (int i = 0; i < 9994; i++)
		mt_next();
	rt_printf("mt 10000th %u\n", mt_next());

	for (u32 i = 0; i < 8000; i++) {
		hist[0][splitmix64() >> 58]++;
		hist[1][xorshift64star() & 63]++;
		hist[2][pcg32(&p) >> 26]++;
		hist[3][mt_next() % 64]++;
	}
	for (int g = 0; g < 4; g++) {
		u32 mn = 0xffffffffu, mx = 0;
		for (int b = 0; b < 64; b++) {
			mn = hist[g][b] < mn ? hist[g][b] : mn;
			mx = hist[g][b] > mx ? hist[g][b] : mx;
		}
		rt_printf("gen %d: min %u max %u chi2*1000 %llu\n", g, mn, mx, chi_square(hist[g], 64, 8000));
	}

	u32 inside = 0;
	for (u32 i = 0; i < 10000; i++) {
		u64 x = splitmix64() >> 33, y = splitmix64() >> 33;  /* 31-bit coordinates */
		if (x * x + y * y < (1ull << 62))
			inside++;
	}
	rt_printf("pi ~ %u.%04u\n", inside * 4 / 10000, inside * 4 % 10000);

	u32 deck[52];
	for (u32 i = 0; i < 52; i++)
		deck[i] = i;
	for (u32 i = 51; i > 0; i--) {
		u32 j = bounded(&p, i + 1);
		u32 t = deck[i];
		deck[i] = deck[j];
		deck[j] = t;
	}
	rt_printf("shuffle:");
	for (u32 i = 0; i < 52; i++)
		rt_printf(" %u", deck[i]);
	rt_printf("\n");
	for (u32 i = 0; i < 2000; i++) {
		h = h * 31 + bounded(&p, i % 1000 + 1);
		h += bounded(&p, 0x80000001u);
	}
	rt_printf("bounded h=%016llx\n", h);
	return 0;
}
