/*
 * narrow: 8- and 16-bit data: sign and zero extension on loads (LDRSB,
 * LDRSH, LDRB, LDRH), narrowing stores (STRB, STRH), integer promotions,
 * conversions between widths, signed/unsigned comparisons, saturating
 * arithmetic written in C, fixed-point (Q15) filters and byte-wise
 * packing/unpacking in both endiannesses.
 */
#include "rt.h"

static i8 s8[256];
static u8 u8v[256];
static i16 s16[512];
static u16 u16v[512];

static i16 sat16(i32 v)
{
	return (i16)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

static u8 satu8(i32 v)
{
	return (u8)(v > 255 ? 255 : v < 0 ? 0 : v);
}

static i8 sat8(i32 v)
{
	return (i8)(v > 127 ? 127 : v < -128 ? -128 : v);
}

static void fill(void)
{
	u32 s = 0xc0ffee;

	for (u32 i = 0; i < 256; i++) {
		s = s * 1103515245u + 12345u;
		s8[i] = (i8)(s >> 16);
		u8v[i] = (u8)(s >> 20);
	}
	for (u32 i = 0; i < 512; i++) {
		s = s * 1103515245u + 12345u;
		s16[i] = (i16)(s >> 12);
		u16v[i] = (u16)(s >> 9);
	}
}

static void extension(void)
{
	i32 sum_s8 = 0, sum_s16 = 0;
	u32 sum_u8 = 0, sum_u16 = 0, mixed = 0;

	for (u32 i = 0; i < 256; i++) {
		sum_s8 += s8[i];
		sum_u8 += u8v[i];
		mixed = mixed * 3 + (u32)(s8[i] * u8v[i]) + (u32)(s8[i] < u8v[i]) + (u32)((u8)s8[i] >> 3);
	}
	for (u32 i = 0; i < 512; i++) {
		sum_s16 += s16[i];
		sum_u16 += u16v[i];
		mixed = mixed * 5 + (u32)(s16[i] * (i32)u16v[i]) + (u32)(s16[i] >> 4) + (u32)((u16)s16[i] >> 4);
	}
	rt_printf("sums: s8=%d u8=%u s16=%d u16=%u mixed=%08x\n", sum_s8, sum_u8, sum_s16, sum_u16, mixed);
	rt_printf("samples: %d %d %u %u %d %d %u %u\n", s8[0], s8[255], u8v[0], u8v[255], s16[0], s16[511],
		  u16v[0], u16v[511]);
}

static void conversions(void)
{
	static const i32 vals[] = { 0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768,
				    -32768, -32769, 65535, 65536, 0x7fffffff, (i32)0x80000000u };
	u32 h = 0;

	for (u32 i = 0; i < ARRAY_LEN(vals); i++) {
		i32 v = vals[i];
		i8 a = (i8)v;
		u8 b = (u8)v;
		i16 c = (i16)v;
		u16 d = (u16)v;
		i64 e = v;
		u64 f = (u32)v;
		rt_printf("%11d -> i8 %4d u8 %3u i16 %6d u16 %5u i64 %lld u64 %llu sat %d %u %d\n", v, a, b,
			  c, d, e, f, sat8(v), satu8(v), sat16(v));
		h = h * 7 + (u32)(a + b + c + d);
	}
	rt_printf("conv h=%08x\n", h);
	i32 neg = -5;
	u32 big = 3;
	rt_printf("promotion: %d %d %d %d\n", neg < (i32)big, (u32)neg > big, (u8)200 + (u8)100,
		  (i8)100 + (i8)100);
	i64 wide = -1;
	u32 narrow = (u32)wide;
	rt_printf("i64 -1 as u32 %u, as u16 %u, u32 max to i64 %lld, shift %lld\n", narrow, (u16)wide,
		  (i64)(u32)0xffffffffu, (i64)((u64)wide << 40));
}

/* A Q15 FIR filter with saturation, as DSP code writes it. */
static void fir(void)
{
	static const i16 taps[8] = { 1024, -2048, 4096, 12000, 12000, 4096, -2048, 1024 };
	static i16 out[512];
	u32 h = 0;

	for (u32 i = 7; i < 512; i++) {
		i32 acc = 0;
		for (u32 k = 0; k < 8; k++)
			acc += s16[i - k] * taps[k];
		out[i] = sat16(acc >> 15);
		h = h * 31 + (u16)out[i];
	}
	rt_printf("fir h=%08x out[7]=%d out[100]=%d out[511]=%d\n", h, out[7], out[100], out[511]);
}

static void saturating_mix(void)
{
	u32 h = 0;

	for (u32 i = 0; i < 256; i++) {
		u8 add = satu8(u8v[i] + u8v[255 - i]);
		u8 sub = satu8(u8v[i] - u8v[255 - i]);
		i8 sadd = sat8(s8[i] + s8[255 - i]);
		i8 ssub = sat8(s8[i] - s8[255 - i]);
		u8 avg = (u8)((u8v[i] + u8v[255 - i] + 1) >> 1);
		h = h * 33 + add + (u32)(sub << 8) + ((u32)(u8)sadd << 16) + ((u32)(u8)ssub << 24) + avg;
	}
	rt_printf("saturating h=%08x\n", h);
}

static void packing(void)
{
	u8 buf[64];
	u32 h = 0;

	for (u32 i = 0; i < 8; i++) {
		u32 v = 0x01020304u * (i + 1) ^ 0xa5a5a5a5u;
		u16 w = (u16)(v >> 5);
		buf[i * 8 + 0] = (u8)v;            /* little-endian u32 */
		buf[i * 8 + 1] = (u8)(v >> 8);
		buf[i * 8 + 2] = (u8)(v >> 16);
		buf[i * 8 + 3] = (u8)(v >> 24);
		buf[i * 8 + 4] = (u8)(w >> 8);     /* big-endian u16 */
		buf[i * 8 + 5] = (u8)w;
		buf[i * 8 + 6] = (u8)(0x80 | i);
		buf[i * 8 + 7] = (u8)~i;
	}
	for (u32 i = 0; i < 8; i++) {
		const u8 *p = buf + i * 8;
		u32 le = (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
		u32 be = (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
		u16 w = (u16)(p[4] << 8 | p[5]);
		i8 sb = (i8)p[6];
		h = h * 31 + le + be + w + (u32)sb + p[7];
	}
	rt_printf("packing h=%08x b6=%d\n", h, (i8)buf[6]);
	i16 arr16[4];
	memcpy(arr16, buf, sizeof(arr16));
	rt_printf("bytes as i16: %d %d %d %d\n", arr16[0], arr16[1], arr16[2], arr16[3]);
}

int main(void)
{
	rt_printf("narrow\n");
	fill();
	extension();
	conversions();
	fir();
	saturating_mix();
	packing();
	return 0;
}
