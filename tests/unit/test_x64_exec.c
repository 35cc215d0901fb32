/*
 * Emitted code, executed: small functions built with the x64 emitter, called
 * through the System V ABI (arguments in edi, esi, edx; result in eax/rax) and
 * checked against the same computation written in C on the host.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <cpuid.h>
#include <cmocka.h>

#include "x64_emit.h"

#define CODE_SIZE 65536

static uint8_t *code;
static struct x64_buf buf;

typedef uint32_t (*fn_u32)(uint32_t, uint32_t, uint32_t);
typedef uint64_t (*fn_u64)(uint32_t, uint32_t);
typedef uint32_t (*fn_ptr)(void *, uint32_t);

static int setup(void **state)
{
	(void)state;
	code = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return code == MAP_FAILED ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	return munmap(code, CODE_SIZE);
}

/* A fresh writable buffer over the page, for one test's functions. */
static struct x64_buf *begin(void)
{
	assert_int_equal(mprotect(code, CODE_SIZE, PROT_READ | PROT_WRITE), 0);
	x64_buf_init(&buf, code, CODE_SIZE);
	return &buf;
}

/* Make the page executable; every function of the test is now callable. */
static void seal(void)
{
	assert_false(buf.overflow);
	assert_int_equal(mprotect(code, CODE_SIZE, PROT_READ | PROT_EXEC), 0);
}

static const uint32_t samples[] = {
	0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe,
	0xffffffff, 0x12345678, 0xdeadbeef, 0x00010000, 0x40000000,
};
#define NSAMPLES (sizeof(samples) / sizeof(samples[0]))

static void test_lea_imul(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_u32 by_lea = (fn_u32)b->p;
	x64_lea_r32_m(b, X64_RAX, x64_mem_sib(X64_RSI, X64_RSI, 2, 0));
	x64_add_r32_r32(b, X64_RAX, X64_RDI);
	x64_ret(b);
	fn_u32 by_imul = (fn_u32)b->p;
	x64_imul_r32_r32_imm(b, X64_R10, X64_RSI, 3);
	x64_lea_r32_m(b, X64_RAX, x64_mem_sib(X64_RDI, X64_R10, 1, 0));
	x64_ret(b);
	fn_u32 by_imul_rr = (fn_u32)b->p;
	x64_mov_r32_imm32(b, X64_R11, 3);
	x64_imul_r32_r32(b, X64_R11, X64_RSI);
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_add_r32_r32(b, X64_RAX, X64_R11);
	x64_ret(b);
	seal();
	for (size_t i = 0; i < NSAMPLES; i++)
		for (size_t j = 0; j < NSAMPLES; j++) {
			uint32_t x = samples[i], y = samples[j];
			assert_int_equal(by_lea(x, y, 0), x + y * 3);
			assert_int_equal(by_imul(x, y, 0), x + y * 3);
			assert_int_equal(by_imul_rr(x, y, 0), x + y * 3);
		}
}

/* sum(n) = n + (n - 1) + ... + 1 with a forward and a backward branch, in both sizes. */
static void test_loop(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_u32 sum8 = (fn_u32)b->p;
	x64_xor_r32_r32(b, X64_RAX, X64_RAX);
	x64_test_r32_r32(b, X64_RDI, X64_RDI);
	uint8_t *done = x64_jcc_rel8(b, X64_CC_E, NULL);
	uint8_t *loop = b->p;
	x64_add_r32_r32(b, X64_RAX, X64_RDI);
	x64_dec_r32(b, X64_RDI);
	x64_jcc_rel8(b, X64_CC_NE, loop);
	x64_patch_rel8(done, b->p);
	x64_ret(b);

	fn_u32 sum32 = (fn_u32)b->p;
	x64_mov_r32_imm32(b, X64_RAX, 0);
	x64_cmp_r32_imm(b, X64_RDI, 0);
	uint8_t *skip = x64_jcc_rel32(b, X64_CC_E, NULL);
	loop = b->p;
	x64_add_r32_r32(b, X64_RAX, X64_RDI);
	x64_sub_r32_imm(b, X64_RDI, 1);
	uint8_t *exit = x64_jcc_rel32(b, X64_CC_E, NULL);
	x64_jmp_rel32(b, loop);
	x64_patch_rel32(skip, b->p);
	x64_patch_rel32(exit, b->p);
	x64_ret(b);
	seal();
	for (uint32_t n = 0; n < 300; n += 7) {
		assert_int_equal(sum8(n, 0, 0), n * (n + 1) / 2);
		assert_int_equal(sum32(n, 0, 0), n * (n + 1) / 2);
	}
}

/* Loads and stores of every size through [base + index*scale + disp]. */
static void test_memory(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_ptr f = (fn_ptr)b->p;
	x64_movsx_r32_m16(b, X64_RAX, x64_mem_sib(X64_RDI, X64_RSI, 2, 2));
	x64_push_r64(b, X64_R12); /* callee-saved */
	x64_movzx_r32_m8(b, X64_R12, x64_mem(X64_RDI, 1));
	x64_mov_r32_r32(b, X64_RCX, X64_R12);
	x64_pop_r64(b, X64_R12);
	x64_add_r32_r32(b, X64_RAX, X64_RCX);
	x64_mov_m32_r32(b, x64_mem(X64_RDI, 12), X64_RAX);
	x64_mov_m8_r8(b, x64_mem_sib(X64_RDI, X64_RSI, 1, 16), X64_RSI);
	x64_mov_m16_r16(b, x64_mem(X64_RDI, 20), X64_RCX);
	x64_mov_m32_imm32(b, x64_mem(X64_RDI, 24), 0xcafef00d);
	x64_alu_m32_imm(b, X64_ADD, x64_mem(X64_RDI, 24), 0x1000);
	x64_movsx_r32_m8(b, X64_RDX, x64_mem(X64_RDI, 0));
	x64_mov_m32_r32(b, x64_mem(X64_RDI, 28), X64_RDX);
	x64_ret(b);
	seal();

	uint8_t mem[32];
	memset(mem, 0, sizeof(mem));
	mem[0] = 0xf0;
	mem[1] = 0x9c;
	mem[6] = 0xfe; /* halfword at 2 + 2 * 2 = 0xfffe = -2 */
	mem[7] = 0xff;
	uint32_t r = f(mem, 2);
	uint32_t w;
	assert_int_equal(r, 0x9c - 2);
	memcpy(&w, mem + 12, 4);
	assert_int_equal(w, 0x9c - 2);
	assert_int_equal(mem[18], 2);
	assert_int_equal(mem[20], 0x9c);
	assert_int_equal(mem[21], 0);
	memcpy(&w, mem + 24, 4);
	assert_int_equal(w, 0xcafef00d + 0x1000);
	memcpy(&w, mem + 28, 4);
	assert_int_equal(w, 0xfffffff0);
}

/* ARM NZCV of CMP a, b from the host flags, and the lahf/seto capture of ADD. */
static void test_flags(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_u32 nzcv = (fn_u32)b->p;
	x64_cmp_r32_r32(b, X64_RDI, X64_RSI);
	x64_setcc_r8(b, X64_CC_S, X64_RAX);
	x64_setcc_r8(b, X64_CC_E, X64_RCX);
	x64_setcc_r8(b, X64_CC_AE, X64_RSI); /* ARM C is NOT borrow */
	x64_setcc_r8(b, X64_CC_O, X64_R8);
	x64_movzx_r32_r8(b, X64_RAX, X64_RAX);
	x64_movzx_r32_r8(b, X64_RCX, X64_RCX);
	x64_movzx_r32_r8(b, X64_RSI, X64_RSI);
	x64_movzx_r32_r8(b, X64_R8, X64_R8);
	x64_shl_r32_imm(b, X64_RAX, 31);
	x64_shl_r32_imm(b, X64_RCX, 30);
	x64_shl_r32_imm(b, X64_RSI, 29);
	x64_shl_r32_imm(b, X64_R8, 28);
	x64_or_r32_r32(b, X64_RAX, X64_RCX);
	x64_or_r32_r32(b, X64_RAX, X64_RSI);
	x64_or_r32_r32(b, X64_RAX, X64_R8);
	x64_ret(b);

	fn_u32 lahf = (fn_u32)b->p;
	x64_xor_r32_r32(b, X64_RAX, X64_RAX);
	x64_add_r32_r32(b, X64_RDI, X64_RSI);
	x64_lahf(b);
	x64_setcc_r8(b, X64_CC_O, X64_RAX);
	x64_movzx_r32_r16(b, X64_RAX, X64_RAX);
	x64_ret(b);

	fn_u32 rflags = (fn_u32)b->p;
	x64_stc(b);
	x64_cmc(b);
	x64_cmc(b);
	x64_pushfq(b);
	x64_pop_r64(b, X64_RAX);
	x64_push_r64(b, X64_RAX);
	x64_popfq(b);
	x64_ret(b);
	seal();

	for (size_t i = 0; i < NSAMPLES; i++)
		for (size_t j = 0; j < NSAMPLES; j++) {
			uint32_t x = samples[i], y = samples[j], d = x - y, s = x + y;
			uint32_t v = ((x ^ y) & (x ^ d)) >> 31;
			uint32_t want = (d >> 31) << 31 | (d == 0) << 30 | (x >= y) << 29 | v << 28;
			assert_int_equal(nzcv(x, y, 0), want);
			uint32_t o = (~(x ^ y) & (x ^ s)) >> 31;
			uint32_t ah = (s >> 31) << 7 | (s == 0) << 6 | (s < x);
			assert_int_equal(lahf(x, y, 0) & 0xc101, ah << 8 | o);
		}
	assert_int_equal(rflags(0, 0, 0) & 0x3, 0x3); /* CF and the reserved bit 1 */
}

/* Selects, long multiplies, shifts and bit operations. */
static void test_alu_ops(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_u32 smin = (fn_u32)b->p;
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_cmp_r32_r32(b, X64_RSI, X64_RDI);
	x64_cmovcc_r32_r32(b, X64_CC_L, X64_RAX, X64_RSI);
	x64_ret(b);

	fn_u64 umull = (fn_u64)b->p;
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_mov_r32_r32(b, X64_R9, X64_RSI);
	x64_imul_r64_r64(b, X64_RAX, X64_R9);
	x64_ret(b);

	fn_u64 smull = (fn_u64)b->p;
	x64_movsxd_r64_r32(b, X64_RAX, X64_RDI);
	x64_movsxd_r64_r32(b, X64_RCX, X64_RSI);
	x64_imul_r64_r64(b, X64_RAX, X64_RCX);
	x64_ret(b);

	fn_u64 mul = (fn_u64)b->p;
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_mul_r32(b, X64_RSI);
	x64_shift_r64_imm(b, X64_SHL, X64_RDX, 32);
	x64_alu_r64_r64(b, X64_OR, X64_RAX, X64_RDX);
	x64_ret(b);

	fn_u64 imul = (fn_u64)b->p;
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_imul_r32(b, X64_RSI);
	x64_shift_r64_imm(b, X64_SHL, X64_RDX, 32);
	x64_alu_r64_r64(b, X64_OR, X64_RAX, X64_RDX);
	x64_ret(b);

	fn_u32 ror = (fn_u32)b->p;
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_mov_r32_r32(b, X64_RCX, X64_RSI);
	x64_ror_r32_cl(b, X64_RAX);
	x64_ret(b);

	fn_u32 rrx = (fn_u32)b->p; /* ARM RRX with carry in = edx bit 0 */
	x64_bt_r32_imm8(b, X64_RDX, 0);
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_shift_r32_imm(b, X64_RCR, X64_RAX, 1);
	x64_ret(b);

	fn_u32 adc = (fn_u32)b->p;
	x64_bt_r32_imm8(b, X64_RDX, 0);
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_adc_r32_r32(b, X64_RAX, X64_RSI);
	x64_ret(b);

	fn_u32 clz = (fn_u32)b->p; /* bsr leaves a zero source's result undefined */
	x64_mov_r32_imm32(b, X64_RAX, 32);
	x64_test_r32_r32(b, X64_RDI, X64_RDI);
	uint8_t *zero = x64_jcc_rel8(b, X64_CC_E, NULL);
	x64_bsr_r32_r32(b, X64_RAX, X64_RDI);
	x64_xor_r32_imm(b, X64_RAX, 31);
	x64_patch_rel8(zero, b->p);
	x64_ret(b);

	fn_u32 lzcnt = (fn_u32)b->p;
	x64_lzcnt_r32_r32(b, X64_RAX, X64_RDI);
	x64_ret(b);

	fn_u32 misc = (fn_u32)b->p; /* ~(-bswap(x)) ^ (y >>s 3) */
	x64_mov_r32_r32(b, X64_RAX, X64_RDI);
	x64_bswap_r32(b, X64_RAX);
	x64_neg_r32(b, X64_RAX);
	x64_not_r32(b, X64_RAX);
	x64_sar_r32_imm(b, X64_RSI, 3);
	x64_xor_r32_r32(b, X64_RAX, X64_RSI);
	x64_ret(b);
	seal();

	unsigned a, bb, c, d;
	bool has_lzcnt = __get_cpuid(0x80000001, &a, &bb, &c, &d) && (c & (1u << 5));
	for (size_t i = 0; i < NSAMPLES; i++) {
		uint32_t x = samples[i];
		unsigned want_clz = x ? (unsigned)__builtin_clz(x) : 32;
		assert_int_equal(clz(x, 0, 0), want_clz);
		if (has_lzcnt)
			assert_int_equal(lzcnt(x, 0, 0), want_clz);
		for (size_t j = 0; j < NSAMPLES; j++) {
			uint32_t y = samples[j], n = y & 31;
			assert_int_equal(smin(x, y, 0), (int32_t)y < (int32_t)x ? y : x);
			assert_int_equal(umull(x, y), (uint64_t)x * y);
			assert_int_equal(mul(x, y), (uint64_t)x * y);
			assert_int_equal(smull(x, y), (uint64_t)((int64_t)(int32_t)x * (int32_t)y));
			assert_int_equal(imul(x, y), (uint64_t)((int64_t)(int32_t)x * (int32_t)y));
			assert_int_equal(ror(x, y, 0), n ? x >> n | x << (32 - n) : x);
			assert_int_equal(rrx(x, 0, y), (y & 1) << 31 | x >> 1);
			assert_int_equal(adc(x, y, (uint32_t)i), x + y + (uint32_t)(i & 1));
			uint32_t sar3 = (uint32_t)((int32_t)y >> 3);
			assert_int_equal(misc(x, y, 0), ~(0u - __builtin_bswap32(x)) ^ sar3);
		}
	}
}

static uint32_t times_ten(uint32_t x) { return x * 10; }

/* Calls out to C (direct, through a register, through memory) and jumps. */
static void test_calls(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_u32 direct = (fn_u32)b->p;
	x64_push_r64(b, X64_RBX); /* callee-saved, and realigns the stack to 16 */
	x64_mov_r32_r32(b, X64_RBX, X64_RDI);
	x64_call_abs(b, (const void *)times_ten, X64_R11);
	x64_add_r32_r32(b, X64_RAX, X64_RBX);
	x64_pop_r64(b, X64_RBX);
	x64_ret(b);

	fn_u32 via_reg = (fn_u32)b->p;
	x64_sub_r64_imm(b, X64_RSP, 8);
	x64_mov_r64_imm64(b, X64_R10, (uintptr_t)times_ten);
	x64_call_r64(b, X64_R10);
	x64_add_r64_imm(b, X64_RSP, 8);
	x64_ret(b);

	fn_u32 via_mem = (fn_u32)b->p; /* call [rip + slot], slot after the code */
	x64_push_r64(b, X64_R15);
	uint8_t *slot = b->p + 16;
	x64_call_m64(b, x64_mem_rip(slot));
	x64_pop_r64(b, X64_R15);
	x64_ret(b);
	x64_nop(b, (unsigned)(slot - b->p));
	uintptr_t fp = (uintptr_t)times_ten;
	x64_data(b, &fp, 8);

	uint8_t *answer = b->p; /* jmp rax to a stub that jmp [rdx]s to the answer */
	x64_mov_r32_imm32(b, X64_RAX, 42);
	x64_ret(b);
	uint8_t *stub = b->p;
	x64_jmp_m64(b, x64_mem(X64_RDX, 0));
	x64_int3(b);
	fn_u32 jumps = (fn_u32)b->p;
	slot = b->p + 32;
	x64_lea_r64_m(b, X64_RDX, x64_mem_rip(slot));
	x64_mov_r64_imm64(b, X64_RAX, (uintptr_t)stub);
	x64_jmp_r64(b, X64_RAX);
	x64_ud2(b);
	x64_nop(b, (unsigned)(slot - b->p));
	fp = (uintptr_t)answer;
	x64_data(b, &fp, 8);
	seal();
	for (size_t i = 0; i < NSAMPLES; i++) {
		uint32_t x = samples[i];
		assert_int_equal(direct(x, 0, 0), x * 11);
		assert_int_equal(via_reg(x, 0, 0), x * 10);
		assert_int_equal(via_mem(x, 0, 0), x * 10);
	}
	assert_int_equal(jumps(0, 0, 0), 42);
}

/* A RIP-relative constant, padding run through, and SSE moves round trip. */
static void test_rip_nop_xmm(void **state)
{
	(void)state;
	struct x64_buf *b = begin();
	fn_u32 konst = (fn_u32)b->p;
	uint8_t *slot = b->p + 32;
	x64_mov_r32_m32(b, X64_RAX, x64_mem_rip(slot));
	x64_alu_r32_m32(b, X64_SUB, X64_RAX, x64_mem_rip(slot + 4));
	x64_nop(b, 15);
	x64_ret(b);
	x64_nop(b, (unsigned)(slot - b->p));
	x64_data(b, "\x78\x56\x34\x12\x01\x00\x00\x00", 8);

	fn_u64 xmm = (fn_u64)b->p;
	x64_movd_xmm_r32(b, X64_XMM9, X64_RDI);
	x64_movd_r32_xmm(b, X64_RAX, X64_XMM9);
	x64_movq_xmm_r64(b, X64_XMM3, X64_RSI);
	x64_movq_r64_xmm(b, X64_RCX, X64_XMM3);
	x64_shift_r64_imm(b, X64_SHL, X64_RCX, 32);
	x64_alu_r64_r64(b, X64_OR, X64_RAX, X64_RCX);
	x64_ret(b);
	seal();
	assert_int_equal(konst(0, 0, 0), 0x12345677);
	assert_int_equal(xmm(0xdeadbeef, 0x1234), UINT64_C(0x00001234deadbeef));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lea_imul),
		cmocka_unit_test(test_loop),
		cmocka_unit_test(test_memory),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_alu_ops),
		cmocka_unit_test(test_calls),
		cmocka_unit_test(test_rip_nop_xmm),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
