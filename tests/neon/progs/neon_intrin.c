/*
 * neon_intrin: hand-written NEON kernels (intrinsics) and, for the host build,
 * plain C versions of the same computation: byte search, a dot product with
 * widening multiply-accumulate, RGB deinterleave and grey conversion with
 * VLD3, a 4x4 single-precision matrix product, a checksum with pairwise
 * additions, table lookup (VTBL) and a saturating narrow. The two builds must
 * print the same: the C is the oracle for the NEON code.
 */
#include <stdint.h>
#include <string.h>
#ifdef __ARM_NEON
#include <arm_neon.h>
#endif

#include "../../vfp/rt/rt.h"

#define N 512

static uint8_t buf[3 * N];
static int16_t s1[N], s2[N];
static float fa[16], fb[16], fc[16];

static void kv(const char *label, int64_t v)
{
	rt_puts(label);
	rt_putc(' ');
	rt_dec(v);
	rt_putc('\n');
}

/* Index of the first byte equal to c, or -1. */
static int search(const uint8_t *p, unsigned n, uint8_t c)
{
	unsigned i = 0;
#ifdef __ARM_NEON
	uint8x16_t key = vdupq_n_u8(c);
	for (; i + 16 <= n; i += 16) {
		uint8x16_t eq = vceqq_u8(vld1q_u8(p + i), key);
		uint8x8_t m = vorr_u8(vget_low_u8(eq), vget_high_u8(eq));
		m = vpmax_u8(m, m);
		if (vget_lane_u32(vreinterpret_u32_u8(m), 0))
			break;
	}
#endif
	for (; i < n; i++)
		if (p[i] == c)
			return (int)i;
	return -1;
}

static int64_t dot(const int16_t *x, const int16_t *y, unsigned n)
{
#ifdef __ARM_NEON
	int64x2_t acc = vdupq_n_s64(0);
	for (unsigned i = 0; i < n; i += 8) {
		int16x8_t a = vld1q_s16(x + i), b = vld1q_s16(y + i);
		int32x4_t p = vmull_s16(vget_low_s16(a), vget_low_s16(b));
		p = vmlal_s16(p, vget_high_s16(a), vget_high_s16(b));
		acc = vpadalq_s32(acc, p);
	}
	return vgetq_lane_s64(acc, 0) + vgetq_lane_s64(acc, 1);
#else
	int64_t s = 0;
	for (unsigned i = 0; i < n; i++)
		s += x[i] * y[i];
	return s;
#endif
}

/* Grey = (77 R + 150 G + 29 B + 128) >> 8 of packed RGB pixels. */
static uint32_t grey(const uint8_t *rgb, uint8_t *out, unsigned n)
{
#ifdef __ARM_NEON
	for (unsigned i = 0; i < n; i += 8) {
		uint8x8x3_t px = vld3_u8(rgb + 3 * i);
		uint16x8_t s = vmull_u8(px.val[0], vdup_n_u8(77));
		s = vmlal_u8(s, px.val[1], vdup_n_u8(150));
		s = vmlal_u8(s, px.val[2], vdup_n_u8(29));
		vst1_u8(out + i, vrshrn_n_u16(s, 8));
	}
#else
	for (unsigned i = 0; i < n; i++)
		out[i] = (uint8_t)((77 * rgb[3 * i] + 150 * rgb[3 * i + 1] + 29 * rgb[3 * i + 2] + 128)
				   >> 8);
#endif
	uint32_t h = 0;
	for (unsigned i = 0; i < n; i++)
		h = h * 31 + out[i];
	return h;
}

/* c = a * b, 4x4 row-major, each element summed k = 0..3 in order. */
static void mat4(float *c, const float *a, const float *b)
{
#ifdef __ARM_NEON
	float32x4_t b0 = vld1q_f32(b), b1 = vld1q_f32(b + 4), b2 = vld1q_f32(b + 8),
		    b3 = vld1q_f32(b + 12);
	for (unsigned i = 0; i < 4; i++) {
		float32x4_t r = vmulq_n_f32(b0, a[4 * i]);
		r = vmlaq_n_f32(r, b1, a[4 * i + 1]);
		r = vmlaq_n_f32(r, b2, a[4 * i + 2]);
		r = vmlaq_n_f32(r, b3, a[4 * i + 3]);
		vst1q_f32(c + 4 * i, r);
	}
#else
	for (unsigned i = 0; i < 4; i++)
		for (unsigned j = 0; j < 4; j++) {
			float s = b[j] * a[4 * i];
			for (unsigned k = 1; k < 4; k++)
				s = s + b[4 * k + j] * a[4 * i + k];
			c[4 * i + j] = s;
		}
#endif
}

static uint32_t checksum(const uint8_t *p, unsigned n)
{
#ifdef __ARM_NEON
	uint32x4_t acc = vdupq_n_u32(0);
	for (unsigned i = 0; i < n; i += 16)
		acc = vpadalq_u16(acc, vpaddlq_u8(vld1q_u8(p + i)));
	uint64x2_t s = vpaddlq_u32(acc);
	return (uint32_t)(vgetq_lane_u64(s, 0) + vgetq_lane_u64(s, 1));
#else
	uint32_t s = 0;
	for (unsigned i = 0; i < n; i++)
		s += p[i];
	return s;
#endif
}

/* Hex digits of the low nibbles by table lookup. */
static void hexify(const uint8_t *p, char *out, unsigned n)
{
	static const char digits[16] = "0123456789abcdef";
#ifdef __ARM_NEON
	uint8x8x2_t tab = { { vld1_u8((const uint8_t *)digits), vld1_u8((const uint8_t *)digits + 8) } };
	for (unsigned i = 0; i < n; i += 8)
		vst1_u8((uint8_t *)out + i, vtbl2_u8(tab, vand_u8(vld1_u8(p + i), vdup_n_u8(15))));
#else
	for (unsigned i = 0; i < n; i++)
		out[i] = digits[p[i] & 15];
#endif
	out[n] = 0;
}

/* Saturate 32-bit sums of two int16 arrays to int16 and back. */
static uint32_t sat_sum(const int16_t *x, const int16_t *y, int16_t *out, unsigned n)
{
#ifdef __ARM_NEON
	for (unsigned i = 0; i < n; i += 4) {
		int32x4_t s = vaddl_s16(vld1_s16(x + i), vld1_s16(y + i));
		s = vshlq_n_s32(s, 1);
		vst1_s16(out + i, vqmovn_s32(s));
	}
#else
	for (unsigned i = 0; i < n; i++) {
		int32_t s = 2 * (x[i] + y[i]);
		out[i] = (int16_t)(s > 32767 ? 32767 : s < -32768 ? -32768 : s);
	}
#endif
	uint32_t h = 0;
	for (unsigned i = 0; i < n; i++)
		h = h * 33 + (uint16_t)out[i];
	return h;
}

int main(void)
{
	uint32_t r = 0x9e3779b9u;
	static uint8_t g[N];
	static char hex[N + 1];
	static int16_t o16[N];
	for (unsigned round = 0; round < 4; round++) {
		for (unsigned i = 0; i < sizeof(buf); i++) {
			r = r * 1664525u + 1013904223u;
			buf[i] = (uint8_t)(r >> 24);
		}
		for (unsigned i = 0; i < N; i++) {
			r = r * 1664525u + 1013904223u;
			s1[i] = (int16_t)(r >> 16);
			s2[i] = (int16_t)(r >> 3);
		}
		for (unsigned i = 0; i < 16; i++) {
			r = r * 1664525u + 1013904223u;
			fa[i] = (float)(int32_t)(r >> 8) / 4096.0f;
			fb[i] = (float)(int32_t)(r % 100000u) / 7.0f - 5000.0f;
		}
		kv("search", search(buf, sizeof(buf), (uint8_t)(0x42 + round)));
		kv("search_miss", search(buf, 200, 0));
		kv("dot", dot(s1, s2, N));
		kv("grey", grey(buf, g, N));
		mat4(fc, fa, fb);
		for (unsigned i = 0; i < 16; i++)
			rt_kv32("mat", fc[i]);
		kv("checksum", checksum(buf, sizeof(buf)));
		hexify(buf + round, hex, N);
		rt_puts(hex + 100 * round);
		rt_putc('\n');
		kv("sat_sum", sat_sum(s1, s2, o16, N));
	}
	return 0;
}
