/*
 * Semantics of the ctl class (src/cpu/interp_ctl.c): each test decodes an
 * encoding (taken from objdump, see test_decode_ctl.c) and runs its semantic
 * function on a core with 1 MiB of RAM, the MMU off and VBAR = 0.
 *
 * Expected values are worked from the ARM ARM (branch targets and link values,
 * A8.8.18-A8.8.29; CPS, MSR, SRS, RFE and SUBS PC, LR, B9.3), or, where the
 * ARM ARM leaves a choice (UNPREDICTABLE, IMPLEMENTATION DEFINED), recorded by
 * a bare-metal guest under qemu-system-arm 7.2 -M vexpress-a9,secure=off
 * ("QEMU:" in the comments): MSR from User mode, SPSR bits kept, SPSR in System
 * mode, MRS inside an IT block, CPS/MSR to Monitor/Hyp mode, SRS from System
 * mode, BKPT's IFSR/IFAR/LR, SVC 0x123456 from User mode with semihosting on.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "machine.h"
#include "mem.h"

#define RAM 0x60000000u

static interp_fn *const interp[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = interp_##mn,
#include "ops_all.inc"
#undef OP
#undef FMT
};

static struct machine m;
static struct cpu *const c = &m.cpu;

static int setup(void **state)
{
	(void)state;
	assert_true(bus_init(&m.bus, RAM, 1u << 20));
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	bus_destroy(&m.bus);
	return 0;
}

/* Reset to SVC mode, ARM state, A/I/F masked, flags clear. */
static void reset(void)
{
	cpu_init(c, &m);
}

/* Run one instruction at pc as the loop does (condition AL). Returns false if
 * it took an exception through abort_jmp (UNDEFINED, aborts). */
static bool run(enum isa isa, uint32_t enc, uint32_t pc)
{
	struct insn in;
	decode(isa, enc, &in);
	c->thumb = isa == ISA_THUMB;
	c->cur_pc = pc;
	c->cur_itstate = c->itstate;
	c->next_pc = pc + in.len;
	c->r[15] = pc + (isa == ISA_THUMB ? 4 : 8);
	if (setjmp(c->abort_jmp)) {
		c->r[15] = c->next_pc;
		return false;
	}
	interp[in.op](c, &in);
	c->r[15] = c->next_pc;
	return true;
}

static void test_branches(void **state)
{
	(void)state;
	reset();
	assert_true(run(ISA_ARM, 0xea00003e, 0x0));          /* b 0x100 */
	assert_int_equal(c->next_pc, 0x100);
	assert_true(run(ISA_ARM, 0xeb0003fe, 0xc));          /* bl 0x100c */
	assert_int_equal(c->next_pc, 0x100c);
	assert_int_equal(c->r[14], 0x10);
	assert_true(run(ISA_ARM, 0xfb00003e, 0x14));         /* blx 0x116 */
	assert_int_equal(c->next_pc, 0x116);
	assert_int_equal(c->thumb, 1);
	assert_int_equal(c->r[14], 0x18);

	assert_true(run(ISA_THUMB, 0xe07e, 0x0));            /* b.n 0x100 */
	assert_int_equal(c->next_pc, 0x100);
	assert_true(run(ISA_THUMB, 0xf000fffe, 0x1a));       /* bl 0x101a */
	assert_int_equal(c->next_pc, 0x101a);
	assert_int_equal(c->r[14], 0x1f);
	assert_true(run(ISA_THUMB, 0xf000e880, 0x22));       /* blx 0x124: Align(PC, 4) */
	assert_int_equal(c->next_pc, 0x124);
	assert_int_equal(c->thumb, 0);
	assert_int_equal(c->r[14], 0x27);
	assert_true(run(ISA_THUMB, 0xf7ffe800, 0x26));       /* blx 0xfffff028 */
	assert_int_equal(c->next_pc, 0xfffff028);
}

static void test_branch_register(void **state)
{
	(void)state;
	reset();
	c->r[3] = 0x8001;
	assert_true(run(ISA_ARM, 0xe12fff13, 0x1c));         /* bx r3 */
	assert_int_equal(c->thumb, 1);
	assert_int_equal(c->next_pc, 0x8000);
	c->r[14] = 0x9000;
	assert_true(run(ISA_THUMB, 0x4770, 0x8000));         /* bx lr */
	assert_int_equal(c->thumb, 0);
	assert_int_equal(c->next_pc, 0x9000);
	c->r[12] = 0x4001;
	assert_true(run(ISA_ARM, 0xe12fff3c, 0x2c));         /* blx ip */
	assert_int_equal(c->r[14], 0x30);
	assert_int_equal(c->next_pc, 0x4000);
	assert_int_equal(c->thumb, 1);
	c->r[12] = 0x5000;
	assert_true(run(ISA_THUMB, 0x47e0, 0x2e));           /* blx ip */
	assert_int_equal(c->r[14], 0x31);
	assert_int_equal(c->next_pc, 0x5000);
	assert_int_equal(c->thumb, 0);
	c->r[2] = 0x6001;
	assert_true(run(ISA_ARM, 0xe12fff22, 0x28));         /* bxj r2: as BX */
	assert_int_equal(c->thumb, 1);
	assert_int_equal(c->next_pc, 0x6000);
	c->r[14] = 0x7000;
	assert_true(run(ISA_ARM, 0xe12fff3e, 0x40));         /* blx lr: target read first */
	assert_int_equal(c->next_pc, 0x7000);
	assert_int_equal(c->r[14], 0x44);
}

static void test_cbz_it(void **state)
{
	(void)state;
	reset();
	c->r[0] = 0;
	assert_true(run(ISA_THUMB, 0xb110, 0x34));           /* cbz r0, 0x3c */
	assert_int_equal(c->next_pc, 0x3c);
	c->r[0] = 1;
	assert_true(run(ISA_THUMB, 0xb110, 0x34));
	assert_int_equal(c->next_pc, 0x36);
	c->r[7] = 5;
	assert_true(run(ISA_THUMB, 0xb9f7, 0x36));           /* cbnz r7, 0x76 */
	assert_int_equal(c->next_pc, 0x76);
	assert_true(run(ISA_THUMB, 0xbf1a, 0x20));           /* itte ne */
	assert_int_equal(c->itstate, 0x1a);
}

/* QEMU: MSR CPSR_fsxc from User mode (A, I, F set) with ~0 gives 0xf80f03d0,
 * with 0 gives 0x000001d0: flags, GE and E only. */
static void test_msr_user(void **state)
{
	(void)state;
	reset();
	cpu_set_mode(c, MODE_USR);
	c->r[2] = 0xffffffff;
	assert_true(run(ISA_ARM, 0xe12ff002, 0x100));        /* msr CPSR_fsxc, r2 */
	assert_int_equal(cpsr_read(c), 0xf80f03d0);
	c->r[2] = 0;
	assert_true(run(ISA_ARM, 0xe12ff002, 0x104));
	assert_int_equal(cpsr_read(c), 0x000001d0);
	assert_false(run(ISA_ARM, 0xe14f1000, 0x108));       /* mrs r1, SPSR: UNDEFINED */
	assert_int_equal(c->mode, MODE_UND);
}

static void test_msr_priv(void **state)
{
	(void)state;
	reset();
	c->r[0] = 0x1f;
	assert_true(run(ISA_ARM, 0xe121f000, 0x100));        /* msr CPSR_c, r0 (SYS) */
	assert_int_equal(c->mode, MODE_SYS);
	assert_int_equal(cpsr_read(c), 0x11f);          /* A is in the x field */
	assert_true(run(ISA_ARM, 0xe328f20f, 0x104));        /* msr CPSR_f, #0xf0000000 */
	assert_int_equal(cpsr_read(c), 0xf000011f);
	/* QEMU: a mode that does not exist here (Hyp) leaves the mode. */
	c->r[0] = 0x1a;
	assert_true(run(ISA_ARM, 0xe121f000, 0x108));
	assert_int_equal(c->mode, MODE_SYS);
}

/* QEMU: MSR SPSR_fsxc with ~0 keeps 0xff1fffff, in SVC and in System mode. */
static void test_spsr(void **state)
{
	(void)state;
	reset();
	c->r[4] = 0xffffffff;
	assert_true(run(ISA_ARM, 0xe16ff004, 0x100));        /* msr SPSR_fsxc, r4 */
	assert_true(run(ISA_ARM, 0xe14f1000, 0x104));        /* mrs r1, SPSR */
	assert_int_equal(c->r[1], 0xff1fffff);
	assert_int_equal(*cpu_spsr(c), 0xff1fffff);
	cpu_set_mode(c, MODE_SYS);
	assert_true(run(ISA_ARM, 0xe16ff004, 0x108));
	assert_true(run(ISA_ARM, 0xe14f1000, 0x10c));
	assert_int_equal(c->r[1], 0xff1fffff);
	c->r[3] = 0x10;
	assert_true(run(ISA_ARM, 0xe161f003, 0x110));        /* msr SPSR_c, r3 */
	assert_true(run(ISA_ARM, 0xe14f1000, 0x114));
	assert_int_equal(c->r[1], 0xff1fff10);
}

/* QEMU: MRS CPSR inside an IT block reads 0x600001d3 (Z, C; SVC; no IT, T). */
static void test_mrs_masks_execution_state(void **state)
{
	(void)state;
	reset();
	c->zf = c->cf = 1;
	c->itstate = 0x04;
	assert_true(run(ISA_THUMB, 0xf3ef8000, 0x100));      /* mrs r0, CPSR */
	assert_int_equal(c->r[0], 0x600001d3);
}

static void test_cps(void **state)
{
	(void)state;
	reset();
	assert_true(run(ISA_ARM, 0xf10801c0, 0x100));        /* cpsie aif */
	assert_int_equal(cpsr_read(c) & 0x1c0, 0);
	assert_true(run(ISA_THUMB, 0xb672, 0x104));          /* cpsid i */
	assert_int_equal(cpsr_read(c) & 0x1c0, CPSR_I);
	assert_true(run(ISA_ARM, 0xf10e00d1, 0x108));        /* cpsid if, #17 */
	assert_int_equal(c->mode, MODE_FIQ);
	assert_int_equal(cpsr_read(c) & 0x1c0, CPSR_I | CPSR_F);
	/* QEMU: cps #22 (Monitor, absent) leaves the mode. */
	assert_true(run(ISA_ARM, 0xf1020016, 0x10c));
	assert_int_equal(c->mode, MODE_FIQ);
	/* A NOP in User mode. */
	cpu_set_mode(c, MODE_USR);
	assert_true(run(ISA_ARM, 0xf10e00d3, 0x110));        /* cpsid if, #19 */
	assert_int_equal(c->mode, MODE_USR);
	assert_true(run(ISA_ARM, 0xf1010200, 0x114));        /* setend be */
	assert_int_equal(cpsr_read(c) & CPSR_E, CPSR_E);
}

static void test_srs_rfe(void **state)
{
	(void)state;
	uint32_t word;
	reset();
	c->r[13] = RAM + 0x100;
	c->r[14] = 0x1234;
	*cpu_spsr(c) = 0x60000010;
	assert_true(run(ISA_ARM, 0xf96d0513, 0x200));        /* srsdb sp!, #19 */
	assert_int_equal(c->r[13], RAM + 0xf8);
	memcpy(&word, bus_ram_ptr(&m.bus, RAM + 0xf8, 4), 4);
	assert_int_equal(word, 0x1234);
	memcpy(&word, bus_ram_ptr(&m.bus, RAM + 0xfc, 4), 4);
	assert_int_equal(word, 0x60000010);
	assert_true(run(ISA_ARM, 0xf8bd0a00, 0x204));        /* rfeia sp! */
	assert_int_equal(c->mode, MODE_USR);
	assert_int_equal(c->next_pc, 0x1234);
	assert_int_equal(cpsr_read(c), 0x60000010);
	assert_int_equal(c->bank_r13[BANK_SVC], RAM + 0x100);

	/* SRS to another mode's stack: IRQ's banked SP, written back. */
	reset();
	c->bank_r13[BANK_IRQ] = RAM + 0x400;
	assert_true(run(ISA_THUMB, 0xe82dc012, 0x300));      /* srsdb sp!, #18 */
	assert_int_equal(c->bank_r13[BANK_IRQ], RAM + 0x3f8);

	/* QEMU: SRS from System mode is UNDEFINED; so is RFE from User mode. */
	reset();
	cpu_set_mode(c, MODE_SYS);
	assert_false(run(ISA_ARM, 0xf96d0513, 0x208));
	assert_int_equal(c->mode, MODE_UND);
	reset();
	cpu_set_mode(c, MODE_USR);
	assert_false(run(ISA_ARM, 0xf8bd0a00, 0x20c));
	assert_int_equal(c->mode, MODE_UND);
}

static void test_subs_pc_lr(void **state)
{
	(void)state;
	reset();
	c->r[14] = 0x2000;
	*cpu_spsr(c) = 0x80000030;                            /* User, Thumb, N */
	assert_true(run(ISA_THUMB, 0xf3de8f04, 0x100));      /* subs pc, lr, #4 */
	assert_int_equal(c->mode, MODE_USR);
	assert_int_equal(c->thumb, 1);
	assert_int_equal(c->nf, 1);
	assert_int_equal(c->next_pc, 0x1ffc);
	assert_false(run(ISA_THUMB, 0xf3de8f04, 0x1ffc));    /* UNDEFINED in User mode */
}

/* QEMU: BKPT 0x12 is a Prefetch Abort with IFSR 0x2, IFAR 0, LR = BKPT + 4. */
static void test_bkpt(void **state)
{
	(void)state;
	reset();
	c->cp15.ifar = 0x5555;
	assert_false(run(ISA_ARM, 0xe1200172, 0x600100dc));  /* bkpt 0x0012 */
	assert_int_equal(c->mode, MODE_ABT);
	assert_int_equal(c->cp15.ifsr, 0x2);
	assert_int_equal(c->cp15.ifar, 0);
	assert_int_equal(c->r[14], 0x600100e0);
	assert_int_equal(*cpu_spsr(c), 0x1d3);
	assert_int_equal(c->next_pc, 0x0c);
}

/* QEMU: SVC 0x123456 from User mode is an ordinary SVC even with semihosting. */
static void test_svc(void **state)
{
	(void)state;
	reset();
	c->semihosting = true;
	cpu_set_mode(c, MODE_USR);
	assert_true(run(ISA_ARM, 0xef123456, 0x60010124));
	assert_int_equal(c->mode, MODE_SVC);
	assert_int_equal(c->r[14], 0x60010128);
	assert_int_equal(c->next_pc, 0x08);
	assert_true(run(ISA_THUMB, 0xdf05, 0x1000));         /* svc 5 */
	assert_int_equal(c->r[14], 0x1002);
}

static void test_hints(void **state)
{
	(void)state;
	reset();
	atomic_store(&c->exit_request, 0);
	assert_true(run(ISA_ARM, 0xe320f003, 0x100));        /* wfi */
	assert_true(c->halted);
	assert_int_equal(atomic_load(&c->exit_request), 1);
	assert_int_equal(c->next_pc, 0x104);
	c->halted = false;
	assert_true(run(ISA_THUMB, 0xbf20, 0x104));          /* wfe: completes */
	assert_false(c->halted);
	assert_true(run(ISA_ARM, 0xf57ff05b, 0x106));        /* dmb ish */
	assert_int_equal(c->next_pc, 0x10a);
}

static void test_coprocessor(void **state)
{
	(void)state;
	reset();
	assert_true(run(ISA_ARM, 0xee10ff10, 0x100));        /* mrc APSR_nzcv <- MIDR */
	assert_int_equal(c->nf, 0);                           /* 0x410fc090: 0100 */
	assert_int_equal(c->zf, 1);
	assert_int_equal(c->cf, 0);
	assert_int_equal(c->vf, 0);
	assert_true(run(ISA_ARM, 0xee101fb0, 0x104));        /* mrc p15, 0, r1, c0, c0, 5 */
	assert_int_equal(c->r[1], 0x80000000);
	c->r[8] = 0xabcd;
	assert_true(run(ISA_THUMB, 0xee0d8f50, 0x108));      /* mcr p15, 0, r8, c13, c0, 2 */
	assert_int_equal(c->cp15.tpidrurw, 0xabcd);
	assert_false(run(ISA_ARM, 0xee000f10, 0x10c));       /* MIDR write: UNDEFINED */
	assert_int_equal(c->mode, MODE_UND);
	reset();
	assert_false(run(ISA_ARM, 0xec510f02, 0x110));       /* QEMU: no MRRC register */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_branches),
		cmocka_unit_test(test_branch_register),
		cmocka_unit_test(test_cbz_it),
		cmocka_unit_test(test_msr_user),
		cmocka_unit_test(test_msr_priv),
		cmocka_unit_test(test_spsr),
		cmocka_unit_test(test_mrs_masks_execution_state),
		cmocka_unit_test(test_cps),
		cmocka_unit_test(test_srs_rfe),
		cmocka_unit_test(test_subs_pc_lr),
		cmocka_unit_test(test_bkpt),
		cmocka_unit_test(test_svc),
		cmocka_unit_test(test_hints),
		cmocka_unit_test(test_coprocessor),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
