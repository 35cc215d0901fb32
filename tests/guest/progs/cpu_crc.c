/*
 * cpu_crc: checksums over a buffer that changes each round: CRC-32 bit by
 * bit, CRC-32 with a 256-entry table, CRC-32C slice-by-4 and CRC-16/CCITT
 * bit by bit.  CPU benchmark set (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

static u32 t32[256], t32c[4][256];
static u8 buf[4096];

static void tables(void)
{
	for (u32 i = 0; i < 256; i++) {
		u32 a = i, b = i;

		for (int k = 0; k < 8; k++) {
			a = (a >> 1) ^ (0xedb88320u & (0 - (a & 1)));
			b = (b >> 1) ^ (0x82f63b78u & (0 - (b & 1)));
		}
		t32[i] = a;
		t32c[0][i] = b;
	}
	for (u32 i = 0; i < 256; i++)
		for (int k = 1; k < 4; k++)
			t32c[k][i] = (t32c[k - 1][i] >> 8) ^ t32c[0][t32c[k - 1][i] & 0xff];
}

static u32 crc32_bits(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xedb88320u & (0 - (c & 1)));
	}
	return ~c;
}

static u32 crc32_table(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	while (n--)
		c = t32[(c ^ *p++) & 0xff] ^ (c >> 8);
	return ~c;
}

/* CRC-32C, four bytes per step (n a multiple of 4, p word aligned) */
static u32 crc32c_slice4(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	for (; n >= 4; n -= 4, p += 4) {
		c ^= (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
		c = t32c[3][c & 0xff] ^ t32c[2][(c >> 8) & 0xff] ^
			t32c[1][(c >> 16) & 0xff] ^ t32c[0][c >> 24];
	}
	return ~c;
}

static u16 crc16_ccitt(const u8 *p, u32 n)
{
	u16 c = 0xffff;

	while (n--) {
		c ^= (u16)(*p++ << 8);
		for (int k = 0; k < 8; k++)
			c = (c & 0x8000) ? (u16)((c << 1) ^ 0x1021) : (u16)(c << 1);
	}
	return c;
}

int main(void)
{
	u32 x = 12345, sum = 0;

	tables();
	rt_printf("cpu_crc: check %08x %08x %04x\n", crc32_table((const u8 *)"123456789", 9),
		  crc32_bits((const u8 *)"123456789", 9),
		  crc16_ccitt((const u8 *)"123456789", 9));
	for (u32 r = 0; r < 2 * CPU_SCALE; r++) {
		u32 a, b, c, d;

		for (u32 i = 0; i < sizeof(buf); i++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			buf[i] = (u8)(x >> 7);
		}
		a = crc32_bits(buf, 1024);
		b = crc32_table(buf, sizeof(buf));
		c = crc32c_slice4(buf, sizeof(buf));
		d = crc16_ccitt(buf, 1024);
		if (r < 4)
			rt_printf("cpu_crc: round %u %08x %08x %08x %04x\n", r, a, b, c, d);
		sum = (sum ^ a ^ b ^ c ^ d) * 16777619u;
	}
	rt_printf("cpu_crc: %u rounds, sum %08x\n", 2 * CPU_SCALE, sum);
	return 0;
}
