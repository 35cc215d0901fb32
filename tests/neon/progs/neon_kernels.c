/*
 * neon_kernels: integer loops that GCC vectorises with -mfpu=neon at -O3
 * (string search, checksums, saturating image arithmetic, sums of absolute
 * differences, matrix and filter kernels, reductions). The host build of the
 * same C is the oracle: each result prints the same on both. ROUNDS (default
 * 3) is raised by bench/neon.sh.
 */
#include <stdint.h>
#include <string.h>

#include "../../vfp/rt/rt.h"

#define N 1024
#ifndef ROUNDS
#define ROUNDS 3
#endif

static uint8_t a8[N], b8[N], out8[N];
static int16_t a16[N], b16[N], out16[N];
static int32_t a32[N], out32[N];
static char text[N + 1];

static uint32_t rng = 0x2545f491u;
static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void kv(const char *label, int64_t v)
{
	rt_puts(label);
	rt_putc(' ');
	rt_dec(v);
	rt_putc('\n');
}

static uint32_t hash8(const uint8_t *p, unsigned n)
{
	uint32_t h = 2166136261u;
	for (unsigned i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

__attribute__((noinline)) static unsigned count_char(const char *s, unsigned n, char c)
{
	unsigned k = 0;
	for (unsigned i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

__attribute__((noinline)) static int find_word(const char *s, unsigned n, const char *w, unsigned wn)
{
	for (unsigned i = 0; i + wn <= n; i++) {
		unsigned ok = 1;
		for (unsigned j = 0; j < wn; j++)
			ok &= s[i + j] == w[j];
		if (ok)
			return (int)i;
	}
	return -1;
}

__attribute__((noinline)) static uint32_t adler32(const uint8_t *p, unsigned n)
{
	uint32_t s1 = 1, s2 = 0;
	for (unsigned i = 0; i < n; i++) {
		s1 = (s1 + p[i]) % 65521u;
		s2 = (s2 + s1) % 65521u;
	}
	return s2 << 16 | s1;
}

__attribute__((noinline)) static uint32_t sum_bytes(const uint8_t *p, unsigned n)
{
	uint32_t s = 0;
	for (unsigned i = 0; i < n; i++)
		s += p[i];
	return s;
}

__attribute__((noinline)) static uint8_t xor_bytes(const uint8_t *p, unsigned n)
{
	uint8_t x = 0;
	for (unsigned i = 0; i < n; i++)
		x ^= p[i];
	return x;
}

__attribute__((noinline)) static void add_sat(uint8_t *d, const uint8_t *x, const uint8_t *y, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		unsigned s = x[i] + y[i];
		d[i] = s > 255 ? 255 : (uint8_t)s;
	}
}

__attribute__((noinline)) static void blend(uint8_t *d, const uint8_t *x, const uint8_t *y, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		d[i] = (uint8_t)((x[i] * 3u + y[i] + 2u) >> 2);
}

__attribute__((noinline)) static uint32_t sad(const uint8_t *x, const uint8_t *y, unsigned n)
{
	uint32_t s = 0;
	for (unsigned i = 0; i < n; i++)
		s += (unsigned)(x[i] > y[i] ? x[i] - y[i] : y[i] - x[i]);
	return s;
}

__attribute__((noinline)) static void fir(int16_t *d, const int16_t *x, unsigned n)
{
	static const int16_t k[8] = { 3, -7, 12, 40, 40, 12, -7, 3 };
	for (unsigned i = 0; i + 8 <= n; i++) {
		int32_t acc = 0;
		for (unsigned j = 0; j < 8; j++)
			acc += x[i + j] * k[j];
		d[i] = (int16_t)(acc >> 7);
	}
}

__attribute__((noinline)) static void matmul(int32_t *c, const int16_t *a, const int16_t *b, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		for (unsigned j = 0; j < n; j++) {
			int32_t s = 0;
			for (unsigned k = 0; k < n; k++)
				s += a[i * n + k] * b[k * n + j];
			c[i * n + j] = s;
		}
}

__attribute__((noinline)) static void minmax(const int16_t *x, unsigned n, int16_t *mn, int16_t *mx)
{
	int16_t lo = x[0], hi = x[0];
	for (unsigned i = 0; i < n; i++) {
		lo = x[i] < lo ? x[i] : lo;
		hi = x[i] > hi ? x[i] : hi;
	}
	*mn = lo;
	*mx = hi;
}

__attribute__((noinline)) static int64_t dot32(const int32_t *x, const int16_t *y, unsigned n)
{
	int64_t s = 0;
	for (unsigned i = 0; i < n; i++)
		s += (int64_t)x[i] * y[i];
	return s;
}

__attribute__((noinline)) static void shifts(int32_t *d, const int32_t *x, const int16_t *y, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		d[i] = (x[i] >> 3) + (int32_t)((uint32_t)y[i] << 5) - (x[i] & 0xff00);
}

__attribute__((noinline)) static void to_upper(char *s, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		s[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
}

int main(void)
{
	for (unsigned round = 0; round < ROUNDS; round++) {
		for (unsigned i = 0; i < N; i++) {
			uint32_t r = next();
			a8[i] = (uint8_t)r;
			b8[i] = (uint8_t)(r >> 8);
			a16[i] = (int16_t)(r >> 16);
			b16[i] = (int16_t)(next() % 2001) - 1000;
			a32[i] = (int32_t)next();
			text[i] = "the quick brown fox jumps over a lazy dog "[r % 42];
		}
		text[N] = 0;
		memcpy(text + 700 - round % 3 * 100, "neon", 4);
		kv("count_o", count_char(text, N, 'o'));
		kv("find", find_word(text, N, "neon", 4));
		kv("find_none", find_word(text, N, "zzz", 3));
		kv("adler32", adler32(a8, N));
		kv("sum", sum_bytes(b8, N - round % 3));
		kv("xor", xor_bytes(a8, N - 3 * (round % 3)));
		add_sat(out8, a8, b8, N);
		kv("add_sat", hash8(out8, N));
		blend(out8, a8, b8, N - round % 3);
		kv("blend", hash8(out8, N));
		kv("sad", sad(a8, b8, N - 5 * (round % 3)));
		fir(out16, a16, N);
		kv("fir", hash8((uint8_t *)out16, sizeof(out16)));
		matmul(out32, b16, b16 + 256, 16);
		kv("matmul", hash8((uint8_t *)out32, 256 * 4));
		int16_t mn, mx;
		minmax(a16, N - round % 3, &mn, &mx);
		kv("min", mn);
		kv("max", mx);
		kv("dot", dot32(a32, b16, N));
		shifts(out32, a32, b16, N);
		kv("shifts", hash8((uint8_t *)out32, N * 4));
		to_upper(text, N);
		kv("upper", hash8((const uint8_t *)text, N));
	}
	return 0;
}
