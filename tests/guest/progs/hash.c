/*
 * hash: non-cryptographic hashes and checksums over generated data:
 * CRC-32 (table and bitwise), CRC-16/CCITT, FNV-1a 32 and 64, Adler-32,
 * MurmurHash3 (x86_32) and Jenkins one-at-a-time.
 */
#include "rt.h"

static u32 crc_table[256];
static u8 data[16384];

static void crc32_init(void)
{
	for (u32 i = 0; i < 256; i++) {
		u32 c = i;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
		crc_table[i] = c;
	}
}

static u32 crc32_table(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	while (n--)
		c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
	return ~c;
}

static u32 crc32_bitwise(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	for (u32 i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xedb88320u & (0 - (c & 1)));
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

static u32 fnv1a32(const u8 *p, u32 n)
{
	u32 h = 2166136261u;

	while (n--) {
		h ^= *p++;
		h *= 16777619u;
	}
	return h;
}

static u64 fnv1a64(const u8 *p, u32 n)
{
	u64 h = 0xcbf29ce484222325ull;

	while (n--) {
		h ^= *p++;
		h *= 0x100000001b3ull;
	}
	return h;
}

static u32 adler32(const u8 *p, u32 n)
{
	u32 a = 1, b = 0;

	while (n--) {
		a = (a + *p++) % 65521;
		b = (b + a) % 65521;
	}
	return (b << 16) | a;
}

static u32 rotl(u32 x, int r)
{
	return (x << r) | (x >> (32 - r));
}

static u32 murmur3_32(const u8 *p, u32 n, u32 seed)
{
	u32 h = seed, k;
	u32 i;

	for (i = 0; i + 4 <= n; i += 4) {
		k = (u32)p[i] | (u32)p[i + 1] << 8 | (u32)p[i + 2] << 16 | (u32)p[i + 3] << 24;
		k *= 0xcc9e2d51u;
		k = rotl(k, 15);
		k *= 0x1b873593u;
		h ^= k;
		h = rotl(h, 13);
		h = h * 5 + 0xe6546b64u;
	}
	k = 0;
	switch (n & 3) {
	case 3: k ^= (u32)p[i + 2] << 16; /* fall through */
	case 2: k ^= (u32)p[i + 1] << 8;  /* fall through */
	case 1:
		k ^= p[i];
		k *= 0xcc9e2d51u;
		k = rotl(k, 15);
		k *= 0x1b873593u;
		h ^= k;
	}
	h ^= n;
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

static u32 one_at_a_time(const u8 *p, u32 n)
{
	u32 h = 0;

	while (n--) {
		h += *p++;
		h += h << 10;
		h ^= h >> 6;
	}
	h += h << 3;
	h ^= h >> 11;
	h += h << 15;
	return h;
}

static void fill(void)
{
	u32 s = 1;

	for (u32 i = 0; i < sizeof(data); i++) {
		s = s * 1664525u + 1013904223u;
		data[i] = (u8)(s >> 24);
	}
}

static void test_string(const char *s)
{
	const u8 *p = (const u8 *)s;
	u32 n = (u32)strlen(s);

	rt_printf("\"%s\": crc32=%08x crc16=%04x fnv32=%08x fnv64=%016llx adler=%08x murmur=%08x oaat=%08x\n",
		  s, crc32_table(p, n), crc16_ccitt(p, n), fnv1a32(p, n), fnv1a64(p, n),
		  adler32(p, n), murmur3_32(p, n, 0x9747b28cu), one_at_a_time(p, n));
}

int main(void)
{
	static const u32 sizes[] = { 0, 1, 3, 4, 5, 63, 64, 1000, 4097, 16384 };

	rt_printf("hash\n");
	crc32_init();
	fill();
	test_string("");
	test_string("a");
	test_string("abc");
	test_string("123456789");
	test_string("The quick brown fox jumps over the lazy dog");
	for (u32 i = 0; i < ARRAY_LEN(sizes); i++) {
		u32 n = sizes[i];
		u32 off = (i * 37) % 16;
		if (off + n > sizeof(data))
			off = 0;
		rt_printf("n=%5u off=%2u crc32=%08x fnv32=%08x fnv64=%016llx adler=%08x murmur=%08x oaat=%08x\n",
			  n, off, crc32_table(data + off, n), fnv1a32(data + off, n),
			  fnv1a64(data + off, n), adler32(data + off, n),
			  murmur3_32(data + off, n, i), one_at_a_time(data + off, n));
	}
	rt_printf("crc32 bitwise agrees: %d (%08x)\n",
		  crc32_bitwise(data, 2048) == crc32_table(data, 2048), crc32_bitwise(data, 2048));
	return 0;
}
