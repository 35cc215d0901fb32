/*
 * fmt: the runtime's own formatter (rt_fmt.c) over every conversion, flag,
 * width, precision and length it supports, with the extreme values of each
 * type: a check of the printing every other program relies on, and of the
 * 64-bit division and variadic-argument code it runs on the guest.
 */
#include "rt.h"

static void ints(void)
{
	static const i32 v32[] = { 0, 1, -1, 9, -10, 2147483647, -2147483647 - 1, 123456, -654321 };

	for (u32 i = 0; i < ARRAY_LEN(v32); i++) {
		i32 v = v32[i];
		rt_printf("[%d] [%5d] [%-5d|] [%05d] [%+d] [% d] [%.3d] [%8.4d] [%-8.4d|] [%i]\n", v, v, v,
			  v, v, v, v, v, v, v);
		rt_printf("  [%u] [%x] [%X] [%#x] [%o] [%#o] [%08x] [%-10x|] [%#010x] [%.0u]\n", (u32)v,
			  (u32)v, (u32)v, (u32)v, (u32)v, (u32)v, (u32)v, (u32)v, (u32)v, (u32)v);
	}
}

static void longs(void)
{
	static const i64 v64[] = {
		0, 1, -1, 4294967295ll, 4294967296ll, -4294967296ll, 9223372036854775807ll,
		-9223372036854775807ll - 1, 1000000000000ll, -123456789012345ll,
	};

	for (u32 i = 0; i < ARRAY_LEN(v64); i++) {
		i64 v = v64[i];
		rt_printf("[%lld] [%25lld] [%-22lld|] [%+lld] [%llu] [%llx] [%016llX] [%#llo]\n", v, v, v, v,
			  (u64)v, (u64)v, (u64)v, (u64)v);
	}
}

static void small_types(void)
{
	i16 sh = -12345;
	u16 ush = 54321;
	i8 sc = -100;
	u8 uc = 200;

	rt_printf("[%hd] [%hu] [%hx] [%hhd] [%hhu] [%hhx]\n", sh, ush, ush, sc, uc, uc);
	rt_printf("[%hd] [%hhd] [%hu] [%hhu]\n", (i16)-32768, (i8)-128, (u16)65535, (u8)255);
	rt_printf("[%zu] [%5zx]\n", (usize)12345, (usize)255);
}

static void strs(void)
{
	const char *s = "formatter";

	rt_printf("[%s] [%12s] [%-12s|] [%.4s] [%12.4s] [%-12.4s|] [%.*s] [%*s] [%-*s|]\n", s, s, s, s, s,
		  s, 3, s, 11, s, 11, s);
	rt_printf("[%c] [%3c] [%-3c|] [%c%c%c] [%%] [100%%]\n", 'x', 'y', 'z', 'a', 'b', 'c');
	rt_printf("[%*d] [%-*d|] [%.*d]\n", 6, 42, 6, 42, 5, 42);
	rt_printf("[%*d] (negative width means left)\n", -6, 42);
}

static void buffers(void)
{
	char buf[32];
	int n;

	n = rt_snprintf(buf, sizeof(buf), "%s-%d-%x", "abc", -42, 0xbeefu);
	rt_printf("snprintf n=%d buf=%s\n", n, buf);
	n = rt_snprintf(buf, 8, "%s", "0123456789");
	rt_printf("snprintf n=%d buf=%s (truncated)\n", n, buf);
	n = rt_snprintf(buf, 1, "%d", 12345);
	rt_printf("snprintf n=%d buf=[%s] (size 1)\n", n, buf);
	n = rt_snprintf(0, 0, "%lld", -9223372036854775807ll - 1);
	rt_printf("snprintf n=%d (size 0)\n", n);
	n = rt_printf("%s", "");
	rt_printf("printf of empty returns %d\n", n);
	n = rt_printf("count me: %5d|\n", 7);
	rt_printf("printf returned %d\n", n);
}

/* Many variadic arguments of mixed sizes: 64-bit ones are 8-byte aligned
 * on the guest's stack (AAPCS), not on the host's. */
static void mixed_varargs(void)
{
	rt_printf("%d %lld %d %lld %c %llx %s %u %lld %d\n", 1, 2ll, 3, -4ll, '5', 0x66ull, "7", 8u,
		  9000000000ll, -10);
	rt_printf("%llu %d %llu %d %llu %d %llu\n", 1ull << 63, -1, 3ull, -2, 5ull << 32, -3, 7ull);
}

int main(void)
{
	rt_printf("fmt\n");
	ints();
	longs();
	small_types();
	strs();
	buffers();
	mixed_varargs();
	return 0;
}
