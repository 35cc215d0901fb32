/*
 * x86-64 emitter, byte for byte. The table cases in gen/x64_emit_cases.inc
 * come from GNU as (gen/gen_x64_emit.py assembles the same instructions and
 * reads them back with objdump); the tests below it check the buffer's
 * overflow flag, displacement patching and the composite encoders.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "x64_emit.h"

static uint8_t code[64];
static struct x64_buf cur;
static unsigned failures;

static struct x64_buf *case_begin(void)
{
	memset(code, 0xee, sizeof(code));
	x64_buf_init(&cur, code, sizeof(code));
	return &cur;
}

static void print_bytes(const char *label, const uint8_t *p, size_t n)
{
	fprintf(stderr, "  %s", label);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, " %02x", p[i]);
	fprintf(stderr, "\n");
}

static void case_check(const struct x64_buf *b, const char *text, const char *expect, size_t n)
{
	size_t got = x64_buf_used(b);

	if (!b->overflow && got == n && memcmp(b->start, expect, n) == 0)
		return;
	fprintf(stderr, "mismatch: %s\n", text);
	print_bytes("as:     ", (const uint8_t *)expect, n);
	print_bytes("emitted:", b->start, got);
	failures++;
}

static void cases_done(void)
{
	unsigned n = failures;

	failures = 0;
	assert_int_equal(n, 0);
}

/* RIP(d): d bytes past the end of the instruction; REL(d): d past its start. */
#define RIP(d) x64_mem_rip((const void *)((uintptr_t)b->start + len + (intptr_t)(d)))
#define REL(d) ((const void *)((uintptr_t)b->start + (intptr_t)(d)))

#define X64_CASE(text, expect, call)                                    \
	do {                                                            \
		size_t len = sizeof(expect) - 1;                        \
		struct x64_buf *b = case_begin();                       \
		(void)len;                                              \
		call;                                                   \
		case_check(b, text, expect, len);                       \
	} while (0)

#include "gen/x64_emit_cases.inc"

/* An address d bytes from p, which may lie outside p's object. */
static const void *at(const void *p, intptr_t d)
{
	return (const void *)((uintptr_t)p + (uintptr_t)d);
}

/* Bytes of one encoder call in a fresh buffer, for the composite checks. */
static size_t encode_jcc32(uint8_t *out, enum x64_cc cc, const void *target)
{
	struct x64_buf b;

	x64_buf_init(&b, out, 16);
	x64_jcc_rel32(&b, cc, target);
	return x64_buf_used(&b);
}

static void test_overflow_is_sticky(void **state)
{
	(void)state;
	uint8_t mem[8];
	struct x64_buf b;

	memset(mem, 0xee, sizeof(mem));
	x64_buf_init(&b, mem, 5);
	x64_mov_r32_imm32(&b, X64_RAX, 0x11223344); /* b8 44 33 22 11: exactly fills */
	assert_false(b.overflow);
	assert_int_equal(x64_buf_used(&b), 5);
	x64_ret(&b);
	assert_true(b.overflow);
	assert_int_equal(x64_buf_used(&b), 5);
	assert_int_equal(mem[5], 0xee);
	assert_null(x64_jmp_rel32(&b, NULL));
	x64_nop(&b, 30);
	x64_align(&b, 64);
	assert_true(b.overflow);
	assert_int_equal(mem[5], 0xee);

	/* An instruction cut short writes only what fits. */
	memset(mem, 0xee, sizeof(mem));
	x64_buf_init(&b, mem, 3);
	x64_mov_r64_imm64(&b, X64_R9, 0x0102030405060708);
	assert_true(b.overflow);
	assert_int_equal(x64_buf_used(&b), 3);
	assert_int_equal(mem[3], 0xee);
	x64_buf_init(&b, mem, 0);
	x64_mov_r32_m32(&b, X64_RAX, x64_mem_rip(mem));
	assert_true(b.overflow);
	assert_int_equal(x64_buf_used(&b), 0);
}

static void test_patch_rel32(void **state)
{
	(void)state;
	uint8_t mem[64], ref[16];
	struct x64_buf b;

	for (int cc = X64_CC_O; cc <= X64_CC_G; cc++) {
		x64_buf_init(&b, mem, sizeof(mem));
		uint8_t *field = x64_jcc_rel32(&b, (enum x64_cc)cc, NULL);
		assert_ptr_equal(field, mem + 2);
		assert_int_equal(x64_buf_used(&b), 6);
		x64_nop(&b, 20);
		x64_patch_rel32(field, b.p);
		assert_int_equal(encode_jcc32(ref, (enum x64_cc)cc, at(ref, 26)), 6);
		assert_memory_equal(mem, ref, 6);
	}
	/* Backwards, and a jmp patched twice (a chained exit re-targeted). */
	x64_buf_init(&b, mem, sizeof(mem));
	x64_nop(&b, 10);
	uint8_t *field = x64_jmp_rel32(&b, NULL);
	x64_patch_rel32(field, mem);
	assert_memory_equal(mem + 10, "\xe9\xf1\xff\xff\xff", 5);
	x64_patch_rel32(field, at(mem, 15 + 0x1000));
	assert_memory_equal(mem + 10, "\xe9\x00\x10\x00\x00", 5);
	x64_patch_rel32(NULL, mem);
}

static void test_patch_rel8(void **state)
{
	(void)state;
	uint8_t mem[300];
	struct x64_buf b;

	x64_buf_init(&b, mem, sizeof(mem));
	uint8_t *skip = x64_jcc_rel8(&b, X64_CC_NE, NULL);
	assert_ptr_equal(skip, mem + 1);
	x64_nop(&b, 127);
	x64_patch_rel8(skip, b.p);
	assert_memory_equal(mem, "\x75\x7f", 2);
	uint8_t *back = x64_jmp_rel8(&b, NULL);
	x64_patch_rel8(back, mem + 3);
	assert_memory_equal(back - 1, "\xeb\x80", 2);
}

/* call_abs is call rel32 when it reaches, else mov scratch, imm64 + call scratch. */
static void test_call_abs(void **state)
{
	(void)state;
	uint8_t mem[32], ref[32];
	struct x64_buf b, r;

	x64_buf_init(&b, mem, sizeof(mem));
	x64_call_abs(&b, at(mem, 0x1000), X64_R11);
	assert_memory_equal(mem, "\xe8\xfb\x0f\x00\x00", 5);
	assert_int_equal(x64_buf_used(&b), 5);

	const void *far = at(mem, ((uintptr_t)mem >> 46 & 1) ? -(INT64_C(1) << 46) : INT64_C(1) << 46);
	x64_buf_init(&b, mem, sizeof(mem));
	x64_call_abs(&b, far, X64_R11);
	x64_buf_init(&r, ref, sizeof(ref));
	x64_mov_r64_imm64(&r, X64_R11, (uintptr_t)far);
	x64_call_r64(&r, X64_R11);
	assert_int_equal(x64_buf_used(&b), 13);
	assert_memory_equal(mem, "\x49\xbb", 2); /* movabs $imm64, %r11 */
	assert_memory_equal(mem + 10, "\x41\xff\xd3", 3); /* call *%r11 */
	assert_memory_equal(mem, ref, 13);
	assert_false(x64_rel32_reaches(mem, far));
	assert_true(x64_rel32_reaches(mem, at(mem, -0x7fff0000)));
}

static void test_align(void **state)
{
	(void)state;
	_Alignas(16) uint8_t mem[48];
	struct x64_buf b;

	x64_buf_init(&b, mem, sizeof(mem));
	x64_ret(&b);
	x64_align(&b, 16);
	assert_int_equal(x64_buf_used(&b), 16);
	assert_memory_equal(mem + 1, "\x66\x0f\x1f\x84\x00\x00\x00\x00\x00"
				     "\x66\x0f\x1f\x44\x00\x00", 15);
	x64_align(&b, 16);
	assert_int_equal(x64_buf_used(&b), 16);
}

static void test_data(void **state)
{
	(void)state;
	uint8_t mem[12];
	struct x64_buf b;
	uint64_t v = 0x1122334455667788;

	memset(mem, 0xee, sizeof(mem));
	x64_buf_init(&b, mem, 10);
	x64_ret(&b);
	assert_ptr_equal(x64_data(&b, &v, 8), mem + 1);
	assert_memory_equal(mem, "\xc3\x88\x77\x66\x55\x44\x33\x22\x11\xee", 10);
	assert_null(x64_data(&b, &v, 2));
	assert_true(b.overflow);
	assert_int_equal(mem[10], 0xee);
}

static void test_cc_not(void **state)
{
	(void)state;
	assert_int_equal(x64_cc_not(X64_CC_E), X64_CC_NE);
	assert_int_equal(x64_cc_not(X64_CC_NE), X64_CC_E);
	assert_int_equal(x64_cc_not(X64_CC_B), X64_CC_AE);
	assert_int_equal(x64_cc_not(X64_CC_G), X64_CC_LE);
	assert_int_equal(x64_cc_not(X64_CC_O), X64_CC_NO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		X64_CASE_TESTS,
		cmocka_unit_test(test_overflow_is_sticky),
		cmocka_unit_test(test_patch_rel32),
		cmocka_unit_test(test_patch_rel8),
		cmocka_unit_test(test_call_abs),
		cmocka_unit_test(test_align),
		cmocka_unit_test(test_data),
		cmocka_unit_test(test_cc_not),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
