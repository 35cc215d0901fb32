/*
 * control: control flow without setjmp: goto-based cleanup, Duff's device,
 * computed goto (GCC labels as values), sparse switches (compare trees),
 * fall-through chains, labelled-loop exits, short-circuit conditions,
 * conditional execution candidates (small if/else the compiler turns into
 * predicated or IT-block code) and error propagation through return codes.
 */
#include "rt.h"

static u32 duff_copy(u8 *to, const u8 *from, u32 count)
{
	u32 n = (count + 7) / 8;
	u32 sum = 0;

	if (!count)
		return 0;
	switch (count % 8) {
	case 0: do { sum += *from; *to++ = *from++; /* fall through */
	case 7: sum += *from; *to++ = *from++; /* fall through */
	case 6: sum += *from; *to++ = *from++; /* fall through */
	case 5: sum += *from; *to++ = *from++; /* fall through */
	case 4: sum += *from; *to++ = *from++; /* fall through */
	case 3: sum += *from; *to++ = *from++; /* fall through */
	case 2: sum += *from; *to++ = *from++; /* fall through */
	case 1: sum += *from; *to++ = *from++;
		} while (--n > 0);
	}
	return sum;
}

/* Threaded code with computed goto: a tiny accumulator machine. */
static i32 threaded(const u8 *prog, i32 x)
{
	static void *const table[] = { &&op_end, &&op_inc, &&op_dbl, &&op_neg, &&op_sq, &&op_loop };
	i32 acc = x, counter = 3;

#define NEXT goto *table[*prog++]
	NEXT;
op_inc:
	acc++;
	NEXT;
op_dbl:
	acc *= 2;
	NEXT;
op_neg:
	acc = -acc;
	NEXT;
op_sq:
	acc = (i32)((u32)acc * (u32)acc % 100003u);
	NEXT;
op_loop:
	if (--counter > 0)
		prog -= 4;
	NEXT;
op_end:
	return acc;
#undef NEXT
}

/* A sparse switch: the compiler builds a tree of comparisons. */
static u32 sparse(u32 v)
{
	switch (v) {
	case 1: return 10;
	case 7: return 20;
	case 100: return 30;
	case 1000: return 40;
	case 4096: return 50;
	case 65535: return 60;
	case 65536: return 70;
	case 0x7fffffff: return 80;
	case 0x80000000u: return 90;
	case 0xfffffff0u: return 100;
	case 12345678: return 110;
	default: return v & 3;
	}
}

/* A signed sparse switch with ranges (GNU case ranges). */
static i32 classify(i32 v)
{
	switch (v) {
	case -1000000 ... -1001: return -3;
	case -1000 ... -1: return -2;
	case 0: return 0;
	case 1 ... 9: return 1;
	case 10 ... 99: return 2;
	case 100 ... 999: return 3;
	default: return v < 0 ? -4 : 4;
	}
}

/* Cleanup through goto, as C code without exceptions does. */
static int step(int i, int fail_at, u32 *log)
{
	*log = *log * 3 + (u32)i;
	return i == fail_at ? -i : 0;
}

static int transaction(int fail_at, u32 *log)
{
	int err;

	if ((err = step(1, fail_at, log)))
		goto out;
	if ((err = step(2, fail_at, log)))
		goto undo1;
	if ((err = step(3, fail_at, log)))
		goto undo2;
	if ((err = step(4, fail_at, log)))
		goto undo3;
	return 0;
undo3:
	*log = *log * 5 + 30;
undo2:
	*log = *log * 5 + 20;
undo1:
	*log = *log * 5 + 10;
out:
	return err;
}

static u32 nested_search(u32 target)
{
	u32 found = 0;

	for (u32 a = 1; a < 60; a++) {
		for (u32 b = a; b < 60; b++) {
			if ((a + b) % 7 == 3)
				continue;
			for (u32 c = b; c < 60; c++) {
				if (a * a + b * b == c * c && a + b + c == target) {
					found = a << 16 | b << 8 | c;
					goto done;
				}
				if (c * c > a * a + b * b)
					break;
			}
		}
	}
done:
	return found;
}

static u32 conditional_ops(u32 n)
{
	u32 h = 0;

	for (u32 i = 0; i < n; i++) {
		u32 x = i * 2654435761u;
		i32 s = (i32)x;
		u32 m = x > 0x80000000u ? x - 5 : x + 3;
		m = s < -1000 ? m ^ 0xff : m;
		m = (x & 1) ? m + i : m - i;
		if (x & 0x10)
			m <<= 1;
		else if (x & 0x20)
			m >>= 2;
		else
			m = ~m;
		i32 mx = s > (i32)h ? s : (i32)h;
		i32 mn = s < (i32)m ? s : (i32)m;
		h = h * 31 + m + (u32)mx + (u32)mn + (x == m) + (s >= 0 && (x & 4)) + (s < 0 || (x & 8));
	}
	return h;
}

static u32 loops(void)
{
	u32 h = 0, i = 0, j = 100;

	do {
		h += i * j;
		i += 3;
		j -= 2;
	} while (i < j);
	while (j) {
		j /= 3;
		h ^= j << (j & 7);
	}
	for (i = 0; i < 1000; i++) {
		if (i % 3 == 0)
			continue;
		if (i % 97 == 96)
			break;
		h += i;
	}
	return h ^ i;
}

int main(void)
{
	static u8 src[300], dst[300];
	static const u8 prog1[] = { 1, 2, 1, 4, 5, 3, 0 };
	static const u8 prog2[] = { 2, 2, 2, 4, 5, 1, 0 };
	static const u32 probes[] = { 0, 1, 2, 7, 8, 100, 999, 1000, 4096, 65535, 65536,
				      0x7fffffff, 0x80000000u, 0xfffffff0u, 12345678, 0xffffffffu };
	static const i32 signed_probes[] = { -2000000, -1000000, -5000, -1000, -1, 0, 5, 42, 999, 1000 };
	u32 h = 0;

	rt_printf("control\n");
	for (u32 i = 0; i < sizeof(src); i++)
		src[i] = (u8)(i * 37 + 11);
	for (u32 n = 0; n <= 17; n++) {
		memset(dst, 0, sizeof(dst));
		u32 s = duff_copy(dst, src + n, n * 13);
		h = h * 31 + s + (memcmp(dst, src + n, n * 13) == 0);
	}
	rt_printf("duff h=%08x\n", h);
	rt_printf("threaded: %d %d %d\n", threaded(prog1, 5), threaded(prog2, -7), threaded(prog1, 123456));
	h = 0;
	for (u32 i = 0; i < ARRAY_LEN(probes); i++)
		h = h * 131 + sparse(probes[i]);
	for (u32 i = 0; i < 5000; i++)
		h += sparse(i * 4099u);
	rt_printf("sparse h=%08x\n", h);
	for (u32 i = 0; i < ARRAY_LEN(signed_probes); i++)
		rt_printf(" %d", classify(signed_probes[i]));
	rt_printf("\n");
	for (int fail = 0; fail <= 5; fail++) {
		u32 log = 0;
		int err = transaction(fail, &log);
		rt_printf("transaction fail_at=%d err=%d log=%u\n", fail, err, log);
	}
	rt_printf("triples: %06x %06x %06x\n", nested_search(12), nested_search(90), nested_search(1000));
	rt_printf("conditional h=%08x\n", conditional_ops(50000));
	rt_printf("loops h=%08x\n", loops());
	return 0;
}
