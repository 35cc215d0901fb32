/*
 * digest: SHA-256 (FIPS 180-4) and MD5 (RFC 1321) of short test vectors
 * and of generated data fed in uneven pieces.
 */
#include "rt.h"

struct sha256 {
	u32 h[8];
	u8 buf[64];
	u32 used;
	u64 total;
};

static const u32 sha256_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static u32 ror(u32 x, int n)
{
	return (x >> n) | (x << (32 - n));
}

static void sha256_block(struct sha256 *s, const u8 *p)
{
	u32 w[64], v[8];

	for (int i = 0; i < 16; i++)
		w[i] = (u32)p[4 * i] << 24 | (u32)p[4 * i + 1] << 16 | (u32)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		u32 s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
		u32 s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	memcpy(v, s->h, sizeof(v));
	for (int i = 0; i < 64; i++) {
		u32 S1 = ror(v[4], 6) ^ ror(v[4], 11) ^ ror(v[4], 25);
		u32 ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
		u32 t1 = v[7] + S1 + ch + sha256_k[i] + w[i];
		u32 S0 = ror(v[0], 2) ^ ror(v[0], 13) ^ ror(v[0], 22);
		u32 maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
		u32 t2 = S0 + maj;
		v[7] = v[6];
		v[6] = v[5];
		v[5] = v[4];
		v[4] = v[3] + t1;
		v[3] = v[2];
		v[2] = v[1];
		v[1] = v[0];
		v[0] = t1 + t2;
	}
	for (int i = 0; i < 8; i++)
		s->h[i] += v[i];
}

static void sha256_init(struct sha256 *s)
{
	static const u32 iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	};

	memcpy(s->h, iv, sizeof(iv));
	s->used = 0;
	s->total = 0;
}

static void sha256_update(struct sha256 *s, const u8 *p, u32 n)
{
	s->total += n;
	while (n--) {
		s->buf[s->used++] = *p++;
		if (s->used == 64) {
			sha256_block(s, s->buf);
			s->used = 0;
		}
	}
}

static void sha256_final(struct sha256 *s, u8 out[32])
{
	u64 bits = s->total * 8;
	u8 pad = 0x80;

	sha256_update(s, &pad, 1);
	pad = 0;
	while (s->used != 56)
		sha256_update(s, &pad, 1);
	for (int i = 7; i >= 0; i--) {
		u8 b = (u8)(bits >> (8 * i));
		sha256_update(s, &b, 1);
	}
	for (int i = 0; i < 32; i++)
		out[i] = (u8)(s->h[i / 4] >> (24 - 8 * (i % 4)));
}

struct md5 {
	u32 h[4];
	u8 buf[64];
	u32 used;
	u64 total;
};

static const u8 md5_r[64] = {
	7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
	5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
	4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
	6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static const u32 md5_k[64] = {
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static void md5_block(struct md5 *s, const u8 *p)
{
	u32 m[16];
	u32 a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];

	for (int i = 0; i < 16; i++)
		m[i] = (u32)p[4 * i] | (u32)p[4 * i + 1] << 8 | (u32)p[4 * i + 2] << 16 | (u32)p[4 * i + 3] << 24;
	for (int i = 0; i < 64; i++) {
		u32 f;
		int g;
		switch (i / 16) {
		case 0: f = (b & c) | (~b & d); g = i; break;
		case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
		case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
		default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
		}
		f += a + md5_k[i] + m[g];
		a = d;
		d = c;
		c = b;
		b += (f << md5_r[i]) | (f >> (32 - md5_r[i]));
	}
	s->h[0] += a;
	s->h[1] += b;
	s->h[2] += c;
	s->h[3] += d;
}

static void md5_init(struct md5 *s)
{
	s->h[0] = 0x67452301;
	s->h[1] = 0xefcdab89;
	s->h[2] = 0x98badcfe;
	s->h[3] = 0x10325476;
	s->used = 0;
	s->total = 0;
}

static void md5_update(struct md5 *s, const u8 *p, u32 n)
{
	s->total += n;
	while (n--) {
		s->buf[s->used++] = *p++;
		if (s->used == 64) {
			md5_block(s, s->buf);
			s->used = 0;
		}
	}
}

static void md5_final(struct md5 *s, u8 out[16])
{
	u64 bits = s->total * 8;
	u8 pad = 0x80;

	md5_update(s, &pad, 1);
	pad = 0;
	while (s->used != 56)
		md5_update(s, &pad, 1);
	for (int i = 0; i < 8; i++) {
		u8 b = (u8)(bits >> (8 * i));
		md5_update(s, &b, 1);
	}
	for (int i = 0; i < 16; i++)
		out[i] = (u8)(s->h[i / 4] >> (8 * (i % 4)));
}

static void print_hex(const char *label, const u8 *p, u32 n)
{
	rt_printf("%s ", label);
	for (u32 i = 0; i < n; i++)
		rt_printf("%02x", p[i]);
	rt_printf("\n");
}

static void digest_string(const char *str)
{
	struct sha256 s;
	struct md5 m;
	u8 out[32];

	rt_printf("\"%s\"\n", str);
	sha256_init(&s);
	sha256_update(&s, (const u8 *)str, (u32)strlen(str));
	sha256_final(&s, out);
	print_hex("  sha256", out, 32);
	md5_init(&m);
	md5_update(&m, (const u8 *)str, (u32)strlen(str));
	md5_final(&m, out);
	print_hex("  md5", out, 16);
}

static u8 big[20000];

int main(void)
{
	struct sha256 s;
	struct md5 m;
	u8 out[32];
	u32 seed = 7, off = 0, piece = 1;

	rt_printf("digest\n");
	digest_string("");
	digest_string("abc");
	digest_string("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
	digest_string("The quick brown fox jumps over the lazy dog");
	for (u32 i = 0; i < sizeof(big); i++) {
		seed = seed * 214013u + 2531011u;
		big[i] = (u8)(seed >> 16);
	}
	sha256_init(&s);
	md5_init(&m);
	while (off < sizeof(big)) {
		u32 n = piece;
		if (n > sizeof(big) - off)
			n = sizeof(big) - off;
		sha256_update(&s, big + off, n);
		md5_update(&m, big + off, n);
		off += n;
		piece = piece * 3 % 257 + 1;
	}
	sha256_final(&s, out);
	print_hex("big sha256", out, 32);
	md5_final(&m, out);
	print_hex("big md5", out, 16);
	return 0;
}
