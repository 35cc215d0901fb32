/*
 * cpu_crc: checksums over a buffer that changes each round: CRC-32C bit by
 * bit and slice-by-4 (four tables, a word per step), CRC-16/CCITT-FALSE
 * with a most-significant-bit-first table and CRC-8 (polynomial 0x07) bit by
 * bit.  The check values of "123456789" come first.  CPU benchmark set
 * (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

#define CRC32C_POLY 0x82f63b78u	/* reflected Castagnoli */

static u32 t32c[4][256];
static u16 t16[256];
static u8 buf[4096];

static void tables(void)
{
	for (u32 i = 0; i < 256; i++) {
		u32 b = i;
		u16 h = (u16)(i << 8);

		for (int k = 0; k < 8; k++) {
			b = (b >> 1) ^ (CRC32C_POLY & (0 - (b & 1)));
			h = (u16)((h << 1) ^ ((h & 0x8000) ? 0x1021 : 0));
		}
		t32c[0][i] = b;
		t16[i] = h;
	}
	for (u32 i = 0; i < 256; i++)
		for (int k = 1; k < 4; k++)
			t32c[k][i] = (t32c[k - 1][i] >> 8) ^ t32c[0][t32c[k - 1][i] & 0xff];
}

static u32 crc32c_bits(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? (c >> 1) ^ CRC32C_POLY : c >> 1;
	}
	return ~c;
}

/* four bytes per step, then the tail byte by byte */
static u32 crc32c_slice4(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	for (; n >= 4; n -= 4, p += 4) {
		c ^= (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
		c = t32c[3][c & 0xff] ^ t32c[2][(c >> 8) & 0xff] ^
			t32c[1][(c >> 16) & 0xff] ^ t32c[0][c >> 24];
	}
	while (n--)
		c = t32c[0][(c ^ *p++) & 0xff] ^ (c >> 8);
	return ~c;
}

static u16 crc16_table(const u8 *p, u32 n)
{
	u16 c = 0xffff;

	while (n--)
		c = (u16)((c << 8) ^ t16[((c >> 8) ^ *p++) & 0xff]);
	return c;
}

static u8 crc8_bits(const u8 *p, u32 n)
{
	u8 c = 0;

	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (u8)((c & 0x80) ? (c << 1) ^ 0x07 : c << 1);
	}
	return c;
}

int main(void)
{
	const u8 *check = (const u8 *)"123456789";
	u32 x = 12345, sum = 0;

	tables();
	rt_printf("cpu_crc: check %08x %08x %04x %02x\n", crc32c_bits(check, 9),
		  crc32c_slice4(check, 9), crc16_table(check, 9), crc8_bits(check, 9));
	for (u32 r = 0; r < 2 * CPU_SCALE; r++) {
		u32 a, b, c, d;

		for (u32 i = 0; i < sizeof(buf); i++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			buf[i] = (u8)(x >> 7);
		}
		a = crc32c_bits(buf, 1024);
		b = crc32c_slice4(buf, sizeof(buf));
		c = crc16_table(buf, sizeof(buf));
		d = crc8_bits(buf, 2048);
		if (r < 4)
			rt_printf("cpu_crc: round %u %08x %08x %04x %02x\n", r, a, b, c, d);
		sum = (sum ^ a ^ b ^ c ^ d) * 16777619u;
	}
	rt_printf("cpu_crc: %u rounds, sum %08x\n", 2 * CPU_SCALE, sum);
	return 0;
}
