/*
 * VFP semantics that qemu-system-arm cannot serve as the oracle for (the rest
 * is tested against QEMU: tests/unit/test_vfp_vectors.c, tests/vfp/asm):
 *  - FPSCR.STRIDE = 0b11 steps single-precision short vectors by 2 (ARM ARM
 *    A2.6: "0b11: stride 2"; QEMU 7.2 steps them by 4);
 *  - the ID registers (MVFR1 with Advanced SIMD, as QEMU's cortex-a9 and the
 *    Cortex-A9 NEON MPE TRM give it);
 *  - UNDEFINED when CPACR or FPEXC disable the unit (also run against QEMU in
 *    tests/vfp/asm/undef.S), here without any other part of the machine;
 *  - Advanced SIMD gated like the VFP, and also by CPACR.ASEDIS (ARM ARM
 *    B4.1.40; QEMU ignores ASEDIS), which leaves the VFP enabled.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cpu.h"
#include "vfp.h"

static interp_fn *const vfp_interp[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = interp_##mn,
#include "ops_vfp.inc"
#include "ops_neon.inc"
#undef OP
#undef FMT
};

static struct cpu cpu;

static void reset(uint32_t cpacr, uint32_t fpexc)
{
	memset(&cpu, 0, sizeof(cpu));
	cpu.mode = MODE_SVC;
	cpu.cp15.cpacr = cpacr;
	cpu.vfp.fpexc = fpexc;
	cpu.cp15.vbar = 0x60000000;
}

/* Run an ARM encoding; false if it took the Undefined Instruction exception. */
static bool run(uint32_t enc)
{
	struct insn in;
	decode(ISA_ARM, enc, &in);
	assert_non_null(vfp_interp[in.op]);
	cpu.cur_pc = 0x60010000;
	cpu.r[15] = cpu.cur_pc + 8;
	cpu.next_pc = cpu.cur_pc + 4;
	if (setjmp(cpu.abort_jmp))
		return false;
	vfp_interp[in.op](&cpu, &in);
	return true;
}

static void test_single_stride_2(void **state)
{
	(void)state;
	reset(0xf << 20, FPEXC_EN);
	for (unsigned n = 0; n < 32; n++)
		vfp_set_s(&cpu, n, 0x3f800000 + (n << 16));
	cpu.vfp.fpscr = 1 << 16 | 3 << 20;         /* LEN = 1 (2 elements), stride 2 */
	assert_true(run(0xeeb04a48));                /* vmov.f32 s8, s16 */
	assert_int_equal(vfp_get_s(&cpu, 8), 0x3f900000);
	assert_int_equal(vfp_get_s(&cpu, 9), 0x3f890000);   /* untouched */
	assert_int_equal(vfp_get_s(&cpu, 10), 0x3f920000);  /* s18 */
	assert_int_equal(vfp_get_s(&cpu, 11), 0x3f8b0000);
}

static void test_id_registers(void **state)
{
	(void)state;
	reset(0xf << 20, 0);
	assert_true(run(0xeef60a10));                /* vmrs r0, mvfr1 (EN = 0) */
	assert_int_equal(cpu.r[0], 0x01111111);
	assert_true(run(0xeef00a10));                /* vmrs r0, fpsid */
	assert_int_equal(cpu.r[0], 0x41033090);
	assert_true(run(0xeef70a10));                /* vmrs r0, mvfr0 */
	assert_int_equal(cpu.r[0], 0x11110222);
}

static void test_access_control(void **state)
{
	(void)state;
	reset(0, FPEXC_EN);
	assert_false(run(0xee384a0c));               /* vadd.f32: CPACR denies */
	assert_int_equal(cpu.mode, MODE_UND);
	assert_int_equal(cpu.r[14], 0x60010004);
	reset(0, FPEXC_EN);
	assert_false(run(0xeef80a10));               /* vmrs r0, fpexc: CPACR denies */
	reset(0xf << 20, 0);
	assert_false(run(0xee384a0c));               /* vadd.f32: FPEXC.EN = 0 */
	reset(0xf << 20, 0);
	assert_false(run(0xeef11a10));               /* vmrs r1, fpscr: FPEXC.EN = 0 */
	reset(0xf << 20, 0);
	assert_true(run(0xeef80a10));                /* vmrs r0, fpexc */
	reset(0x5 << 20, FPEXC_EN);
	assert_true(run(0xee384a0c));                /* privileged access */
	cpu.mode = MODE_USR;
	assert_false(run(0xee384a0c));               /* ... not from User mode */
	reset(0xf << 20, FPEXC_EN);
	cpu.mode = MODE_USR;
	assert_true(run(0xee384a0c));
	assert_false(run(0xeef80a10));               /* FPEXC: privileged only */
}

static void test_neon_access_control(void **state)
{
	(void)state;
	const uint32_t vadd_i8 = 0xf2000800, vadd_f64 = 0xee300b01;
	reset(0xf << 20, FPEXC_EN);
	cpu.vfp.d[0] = 0x0102030405060708ull;
	assert_true(run(vadd_i8));                   /* vadd.i8 d0, d0, d0 */
	assert_int_equal(cpu.vfp.d[0], 0x020406080a0c0e10ull);
	reset(0xf << 20, 0);                         /* FPEXC.EN = 0 */
	assert_false(run(vadd_i8));
	reset(0xf << 20 | 1u << 31, FPEXC_EN);       /* ASEDIS */
	assert_false(run(vadd_i8));
	assert_true(run(vadd_f64));                  /* vadd.f64 d0, d0, d1 */
	reset(0x5 << 20, FPEXC_EN);                  /* privileged access only */
	cpu.mode = MODE_USR;
	assert_false(run(vadd_i8));
}

static void test_fpscr_writable_bits(void **state)
{
	(void)state;
	reset(0xf << 20, FPEXC_EN);
	cpu.r[0] = 0xffffffff;
	assert_true(run(0xeee10a10));                /* vmsr fpscr, r0 */
	assert_true(run(0xeef11a10));                /* vmrs r1, fpscr */
	assert_int_equal(cpu.r[1], 0xfff7009f);      /* as QEMU reads it back */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_single_stride_2),
		cmocka_unit_test(test_id_registers),
		cmocka_unit_test(test_access_control),
		cmocka_unit_test(test_neon_access_control),
		cmocka_unit_test(test_fpscr_writable_bits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
