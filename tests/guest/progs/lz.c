/*
 * lz: an LZ77 compressor (hash chains, greedy and lazy matching) with its
 * decompressor, plus run-length coding, on generated text and data;
 * round trips must reproduce the input exactly.
 *
 * Format: a control byte; 0x00-0x7f: (c + 1) literal bytes follow;
 * 0x80-0xff: a match of length (c & 0x7f) + 3 at the distance in the next
 * two bytes (little-endian, 1..65535).
 */
#include "rt.h"

#define WIN 65535
#define MIN_MATCH 3
#define MAX_MATCH (0x7f + MIN_MATCH)
#define HASH_BITS 12

static u8 input[6000], packed[7000], unpacked[6000];
static i32 head[1 << HASH_BITS];
static i32 chain[sizeof(input)];

static u32 crc_table[256];

static u32 crc32(const u8 *p, u32 n)
{
	u32 c = 0xffffffffu;

	if (!crc_table[1]) {
		for (u32 i = 0; i < 256; i++) {
			u32 t = i;
			for (int k = 0; k < 8; k++)
				t = (t >> 1) ^ (0xedb88320u & (0 - (t & 1)));
			crc_table[i] = t;
		}
	}
	while (n--)
		c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
	return ~c;
}

static u32 hash3(const u8 *p)
{
	return ((u32)p[0] << 16 | (u32)p[1] << 8 | p[2]) * 2654435761u >> (32 - HASH_BITS);
}

static void insert(const u8 *in, u32 pos, u32 n)
{
	if (pos + MIN_MATCH > n)
		return;
	u32 h = hash3(in + pos);
	chain[pos] = head[h];
	head[h] = (i32)pos;
}

static u32 longest(const u8 *in, u32 pos, u32 n, u32 *dist, int max_chain)
{
	u32 best = 0;

	if (pos + MIN_MATCH > n)
		return 0;
	for (i32 c = head[hash3(in + pos)]; c >= 0 && max_chain-- > 0; c = chain[c]) {
		u32 d = pos - (u32)c;
		if (d > WIN)
			break;
		u32 len = 0, lim = n - pos < MAX_MATCH ? n - pos : MAX_MATCH;
		while (len < lim && in[c + len] == in[pos + len])
			len++;
		if (len > best) {
			best = len;
			*dist = d;
		}
	}
	return best >= MIN_MATCH ? best : 0;
}

static u32 flush_literals(u8 *out, u32 o, const u8 *lit, u32 nlit)
{
	while (nlit) {
		u32 k = nlit > 128 ? 128 : nlit;
		out[o++] = (u8)(k - 1);
		memcpy(out + o, lit, k);
		o += k;
		lit += k;
		nlit -= k;
	}
	return o;
}

static u32 compress(const u8 *in, u32 n, u8 *out, int lazy, int max_chain)
{
	u32 o = 0, lit_start = 0, pos = 0;

	for (u32 i = 0; i < (1u << HASH_BITS); i++)
		head[i] = -1;
	while (pos < n) {
		u32 dist = 0, len = longest(in, pos, n, &dist, max_chain);
		if (len && lazy && pos + 1 < n) {
			u32 d2 = 0;
			insert(in, pos, n);
			u32 len2 = longest(in, pos + 1, n, &d2, max_chain);
			if (len2 > len + 1) {
				pos++;        /* emit in[pos] as a literal, take the later match */
				len = len2;
				dist = d2;
			} else {
				head[hash3(in + pos)] = chain[pos];  /* undo; inserted again below */
			}
		}
		if (!len) {
			insert(in, pos, n);
			pos++;
			continue;
		}
		o = flush_literals(out, o, in + lit_start, pos - lit_start);
		out[o++] = (u8)(0x80 | (len - MIN_MATCH));
		out[o++] = (u8)dist;
		out[o++] = (u8)(dist >> 8);
		for (u32 k = 0; k < len; k++)
			insert(in, pos + k, n);
		pos += len;
		lit_start = pos;
	}
	return flush_literals(out, o, in + lit_start, pos - lit_start);
}

static i32 decompress(const u8 *in, u32 n, u8 *out, u32 cap)
{
	u32 i = 0, o = 0;

	while (i < n) {
		u8 c = in[i++];
		if (c < 0x80) {
			u32 k = (u32)c + 1;
			if (o + k > cap || i + k > n)
				return -1;
			memcpy(out + o, in + i, k);
			i += k;
			o += k;
		} else {
			u32 len = (c & 0x7fu) + MIN_MATCH;
			u32 dist = (u32)in[i] | (u32)in[i + 1] << 8;
			i += 2;
			if (dist == 0 || dist > o || o + len > cap)
				return -1;
			for (u32 k = 0; k < len; k++, o++)  /* may overlap */
				out[o] = out[o - dist];
		}
	}
	return (i32)o;
}

static u32 rle_encode(const u8 *in, u32 n, u8 *out)
{
	u32 o = 0;

	for (u32 i = 0; i < n;) {
		u32 run = 1;
		while (i + run < n && run < 255 && in[i + run] == in[i])
			run++;
		out[o++] = (u8)run;
		out[o++] = in[i];
		i += run;
	}
	return o;
}

static u32 rle_decode(const u8 *in, u32 n, u8 *out)
{
	u32 o = 0;

	for (u32 i = 0; i + 1 < n; i += 2)
		for (u32 k = 0; k < in[i]; k++)
			out[o++] = in[i + 1];
	return o;
}

static u32 make_text(u8 *buf, u32 cap, u32 seed)
{
	static const char *words[] = {
		"the ", "emulator ", "translates ", "guest ", "code ", "into ", "host ",
		"instructions ", "and ", "shadow ", "page ", "tables ", "map ", "memory ",
		"while ", "interpreter ", "checks ", "every ", "result.\n", "ARM ",
	};
	u32 n = 0;

	while (n < cap) {
		seed = seed * 1103515245u + 12345u;
		const char *w = words[(seed >> 16) % ARRAY_LEN(words)];
		while (*w && n < cap)
			buf[n++] = (u8)*w++;
	}
	return n;
}

static void round_trip(const char *name, u32 n, int lazy, int max_chain)
{
	u32 c = compress(input, n, packed, lazy, max_chain);
	memset(unpacked, 0, sizeof(unpacked));
	i32 d = decompress(packed, c, unpacked, sizeof(unpacked));
	rt_printf("%-8s lazy=%d chain=%3d: %u -> %u bytes, packed crc %08x, round trip %s\n",
		  name, lazy, max_chain, n, c, crc32(packed, c),
		  d == (i32)n && memcmp(input, unpacked, n) == 0 ? "ok" : "FAILED");
}

int main(void)
{
	u32 s = 1;

	rt_printf("lz\n");
	make_text(input, sizeof(input), 42);
	rt_printf("text crc %08x\n", crc32(input, sizeof(input)));
	round_trip("text", sizeof(input), 0, 4);
	round_trip("text", sizeof(input), 1, 16);
	round_trip("text", 2000, 0, 64);
	for (u32 i = 0; i < sizeof(input); i++) {
		s = s * 69069u + 1;
		input[i] = (u8)(s >> 24);
	}
	round_trip("random", sizeof(input), 0, 8);
	for (u32 i = 0; i < sizeof(input); i++)
		input[i] = (u8)(i % 1000 < 700 ? 'a' : (i * 7) >> 3);
	round_trip("runs", sizeof(input), 1, 8);
	u32 r = rle_encode(input, sizeof(input), packed);
	u32 back = rle_decode(packed, r, unpacked);
	rt_printf("rle: %u -> %u, back %u %s\n", (u32)sizeof(input), r, back,
		  back == sizeof(input) && memcmp(input, unpacked, back) == 0 ? "ok" : "FAILED");
	packed[1] = 0xff;
	rt_printf("corrupt stream: %d\n", decompress(packed, 6, unpacked, sizeof(unpacked)));
	return 0;
}
