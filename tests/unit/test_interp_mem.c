/*
 * Semantics of the mem class (src/cpu/interp_mem*.c) on a small machine: 4 MiB
 * of guest RAM at 0x60000000 through the lead's bus and softmmu, MMU off unless
 * a test turns it on with a section table. Each test runs real encodings
 * (assembled by arm-linux-gnueabihf-as; the assembly is in the comments) through
 * the decoder and the op's semantic function, and compares with values worked
 * out by hand from the ARM ARM pseudo-code (A8.8, B9.3; alignment A3.2.1; the
 * local monitor A3.4; fault status codes B4.1.52). Where the ARM ARM leaves a
 * case UNPREDICTABLE, the expectation is what QEMU 7.2 does, said at the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "decode.h"
#include "machine.h"
#include "mem.h"

#define RAM 0x60000000u
#define RAM_SIZE (4u << 20)
#define DATA (RAM + 0x1000)     /* scratch data */
#define CODE (RAM + 0x8000)     /* where instructions "are" (r15) */
#define L1 (RAM + 0x4000)       /* section table when the MMU is on */

#define FSR_STATUS 0x40fu       /* DFSR.FS[4:0] */
#define FS_TRANSLATION_SECTION 0x05u
#define FS_PERMISSION_SECTION 0x0du

static struct machine m;
static struct cpu *cpu;

/* The semantic functions of this class, by op. */
static interp_fn *const mem_fns[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = interp_##mn,
#include "ops_mem.inc"
#undef OP
#undef FMT
};

static void *ram(uint32_t pa, uint32_t len)
{
	return bus_ram_ptr(&m.bus, pa, len);
}

static void put32(uint32_t pa, uint32_t v) { memcpy(ram(pa, 4), &v, 4); }
static void put16(uint32_t pa, uint16_t v) { memcpy(ram(pa, 2), &v, 2); }
static void put8(uint32_t pa, uint8_t v) { memcpy(ram(pa, 1), &v, 1); }

static uint32_t get32(uint32_t pa)
{
	uint32_t v;
	memcpy(&v, ram(pa, 4), 4);
	return v;
}

static int setup(void **state)
{
	(void)state;
	if (!bus_init(&m.bus, RAM, RAM_SIZE))
		return -1;
	cpu = &m.cpu;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	bus_destroy(&m.bus);
	return 0;
}

/* Every test starts from reset (SVC mode, MMU off, SCTLR.A = 0) and clean RAM. */
static int reset(void **state)
{
	(void)state;
	cpu_init(cpu, &m);
	memset(ram(RAM, 0x10000), 0, 0x10000);
	return 0;
}

/* Run one instruction at addr as the interpreter loop would; true when it took
 * an exception (which leaves through abort_jmp). */
static bool run_at(enum isa isa, uint32_t enc, uint32_t addr)
{
	struct insn in;

	decode(isa, enc, &in);
	assert_non_null(mem_fns[in.op]);
	cpu->thumb = isa == ISA_THUMB;
	cpu->cur_pc = addr;
	cpu->r[15] = addr + (isa == ISA_THUMB ? 4 : 8);
	cpu->next_pc = addr + in.len;
	if (setjmp(cpu->abort_jmp))
		return true;
	mem_fns[in.op](cpu, &in);
	return false;
}

static bool run_arm(uint32_t enc) { return run_at(ISA_ARM, enc, CODE); }
static bool run_thumb(uint32_t enc) { return run_at(ISA_THUMB, enc, CODE); }

static void expect_data_abort(uint32_t va, uint32_t status)
{
	assert_int_equal(cpu->mode, MODE_ABT);
	assert_int_equal(cpu->cp15.dfar, va);
	assert_int_equal(cpu->cp15.dfsr & (FSR_STATUS | FSR_WNR), status);
	assert_int_equal(cpu->next_pc, 0x10);   /* VBAR 0 + 4 * EXC_DABT */
}

/* ---- single loads and stores ---- */

static void test_ldr_addressing(void **state)
{
	(void)state;
	put32(DATA, 0x11111111);
	put32(DATA + 4, 0x22222222);
	put32(DATA - 4, 0x33333333);

	cpu->r[1] = DATA;
	assert_false(run_arm(0xe5910004));          /* ldr r0, [r1, #4] */
	assert_int_equal(cpu->r[0], 0x22222222);
	assert_int_equal(cpu->r[1], DATA);

	assert_false(run_arm(0xe5310004));          /* ldr r0, [r1, #-4]! */
	assert_int_equal(cpu->r[0], 0x33333333);
	assert_int_equal(cpu->r[1], DATA - 4);

	cpu->r[1] = DATA;
	assert_false(run_arm(0xe4910004));          /* ldr r0, [r1], #4 */
	assert_int_equal(cpu->r[0], 0x11111111);
	assert_int_equal(cpu->r[1], DATA + 4);

	/* Register offsets: LSL #2, and -RRX which shifts C in at the top. */
	cpu->r[1] = DATA - 8;
	cpu->r[2] = 3;
	assert_false(run_arm(0xe7910102));          /* ldr r0, [r1, r2, lsl #2] */
	assert_int_equal(cpu->r[0], 0x22222222);
	cpu->r[1] = DATA + 0x80000004u;
	cpu->r[2] = 0;
	cpu->cf = 1;                                /* RRX(0) = 0x80000000 */
	assert_false(run_arm(0xe7110062));          /* ldr r0, [r1, -r2, rrx] */
	assert_int_equal(cpu->r[0], 0x22222222);
}

/* Write-back with Rn == Rt is UNPREDICTABLE: QEMU writes the base, then the
 * loaded value, so the load wins; a store stores the old Rt. */
static void test_writeback_rn_is_rt(void **state)
{
	(void)state;
	put32(DATA + 4, 0xcafef00d);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe5b11004));          /* ldr r1, [r1, #4]! */
	assert_int_equal(cpu->r[1], 0xcafef00d);
	cpu->r[1] = DATA + 4;
	assert_false(run_arm(0xe4911004));          /* ldr r1, [r1], #4 */
	assert_int_equal(cpu->r[1], 0xcafef00d);

	cpu->r[1] = DATA;
	assert_false(run_arm(0xe5a11004));          /* str r1, [r1, #4]! */
	assert_int_equal(get32(DATA + 4), DATA);
	assert_int_equal(cpu->r[1], DATA + 4);
}

static void test_pc_as_data(void **state)
{
	(void)state;
	/* STR PC stores the instruction address + 8 (PCStoreValue, A2.3.1). */
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe581f000));          /* str pc, [r1] */
	assert_int_equal(get32(DATA), CODE + 8);

	/* LDR PC interworks (LoadWritePC): bit 0 selects Thumb. */
	put32(DATA, 0x60002001);
	assert_false(run_arm(0xe591f000));          /* ldr pc, [r1] */
	assert_int_equal(cpu->thumb, 1);
	assert_int_equal(cpu->next_pc, 0x60002000);
	put32(DATA, 0x60003004);
	assert_false(run_arm(0xe591f000));
	assert_int_equal(cpu->thumb, 0);
	assert_int_equal(cpu->next_pc, 0x60003004);

	/* Thumb ldr.w pc, [r1], #4: write-back, then the interworking load. */
	put32(DATA, 0x60004000);
	cpu->r[1] = DATA;
	assert_false(run_thumb(0xf851fb04));
	assert_int_equal(cpu->r[1], DATA + 4);
	assert_int_equal(cpu->thumb, 0);
	assert_int_equal(cpu->next_pc, 0x60004000);
}

static void test_literal(void **state)
{
	(void)state;
	/* ARM: base is the instruction address + 8. */
	put32(CODE, 0xaaaa5555);
	assert_false(run_arm(0xe51f0008));          /* ldr r0, [pc, #-8] */
	assert_int_equal(cpu->r[0], 0xaaaa5555);

	/* Thumb: base Align(PC, 4); at CODE + 2, PC = CODE + 6 -> CODE + 4. */
	put32(CODE + 8, 0x01020304);
	assert_false(run_at(ISA_THUMB, 0x4801, CODE + 2));      /* ldr r0, [pc, #4] */
	assert_int_equal(cpu->r[0], 0x01020304);
	put32(CODE, 0x0a0b0c0d);
	assert_false(run_at(ISA_THUMB, 0xf85f0004, CODE + 2));  /* ldr.w r0, [pc, #-4] */
	assert_int_equal(cpu->r[0], 0x0a0b0c0d);
}

static void test_sizes_and_extension(void **state)
{
	(void)state;
	put32(DATA, 0x8081f2f3);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe5d10001));          /* ldrb r0, [r1, #1] */
	assert_int_equal(cpu->r[0], 0xf2);
	assert_false(run_arm(0xe0d100b2));          /* ldrh r0, [r1], #2 */
	assert_int_equal(cpu->r[0], 0xf2f3);
	assert_int_equal(cpu->r[1], DATA + 2);
	assert_false(run_arm(0xe15100f2));          /* ldrsh r0, [r1, #-2] */
	assert_int_equal(cpu->r[0], 0xfffff2f3);
	cpu->r[1] = DATA;
	cpu->r[2] = 2;
	assert_false(run_arm(0xe19100d2));          /* ldrsb r0, [r1, r2] */
	assert_int_equal(cpu->r[0], 0xffffff81);

	cpu->r[0] = 0x12345678;
	assert_false(run_arm(0xe5c10003));          /* strb r0, [r1, #3] */
	assert_int_equal(get32(DATA), 0x7881f2f3);
	/* strh r0, [r1, #1]: unaligned, allowed with SCTLR.A = 0 (A3.2.1). */
	assert_false(run_arm(0xe1c100b1));
	assert_int_equal(get32(DATA), 0x785678f3);

	/* Thumb ldrsh.w r0, [r1, #-2]! and 16-bit strb r0, [r1, #31]. */
	put16(DATA + 6, 0x8000);
	cpu->r[1] = DATA + 8;
	assert_false(run_thumb(0xf9310d02));
	assert_int_equal(cpu->r[0], 0xffff8000);
	assert_int_equal(cpu->r[1], DATA + 6);
	cpu->r[0] = 0x1ab;
	cpu->r[1] = DATA;
	assert_false(run_thumb(0x77c8));
	assert_int_equal(get32(DATA + 28), 0xab000000);
}

/* Unaligned LDR is fine with SCTLR.A = 0 and an alignment fault with A = 1,
 * with the registers untouched. */
static void test_unaligned(void **state)
{
	(void)state;
	put32(DATA, 0x44332211);
	put32(DATA + 4, 0x88776655);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe5910001));          /* ldr r0, [r1, #1] */
	assert_int_equal(cpu->r[0], 0x55443322);

	cpu->cp15.sctlr |= SCTLR_A;
	cpu->r[0] = 0x5a5a5a5a;
	assert_true(run_arm(0xe5910001));
	expect_data_abort(DATA + 1, FSR_ALIGNMENT);
	assert_int_equal(cpu->r[0], 0x5a5a5a5a);
	assert_int_equal(cpu->r[14], CODE + 8);
}

/* LDRD/STRD: word alignment is enough; anything less faults whatever SCTLR.A. */
static void test_ldrd_strd(void **state)
{
	(void)state;
	put32(DATA + 4, 0x01234567);
	put32(DATA + 8, 0x89abcdef);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe1e120d4));          /* ldrd r2, r3, [r1, #4]! */
	assert_int_equal(cpu->r[2], 0x01234567);
	assert_int_equal(cpu->r[3], 0x89abcdef);
	assert_int_equal(cpu->r[1], DATA + 4);
	assert_false(run_arm(0xe04120d8));          /* ldrd r2, r3, [r1], #-8 */
	assert_int_equal(cpu->r[1], DATA - 4);

	cpu->r[1] = DATA + 8;
	cpu->r[2] = 0xdeadbeef;
	cpu->r[3] = 0xfeedface;
	assert_false(run_arm(0xe14120f4));          /* strd r2, r3, [r1, #-4] */
	assert_int_equal(get32(DATA + 4), 0xdeadbeef);
	assert_int_equal(get32(DATA + 8), 0xfeedface);

	/* Thumb ldrd r2, r3, [r1, #-8]! */
	cpu->r[1] = DATA + 12;
	assert_false(run_thumb(0xe9712302));
	assert_int_equal(cpu->r[2], 0xdeadbeef);
	assert_int_equal(cpu->r[1], DATA + 4);

	cpu->r[1] = DATA + 2;
	cpu->r[2] = 0;
	assert_true(run_arm(0xe14120f4));           /* address DATA - 2 */
	expect_data_abort(DATA - 2, FSR_ALIGNMENT | FSR_WNR);
	assert_int_equal(get32(DATA - 4), 0);
	reset(NULL);
	cpu->r[1] = DATA - 2;
	assert_true(run_arm(0xe1e120d4));
	expect_data_abort(DATA + 2, FSR_ALIGNMENT);
	assert_int_equal(cpu->r[1], DATA - 2);
}

/* ---- unprivileged access, with the MMU on ---- */

/* Sections: VA = PA; RAM's first MiB privileged-only (AP = 01), the second
 * full access (AP = 11), the third unmapped. */
static void mmu_on(void)
{
	uint32_t *l1 = ram(L1, 0x4000);

	memset(l1, 0, 0x4000);
	l1[RAM >> 20] = RAM | 1u << 10 | 2;
	l1[(RAM >> 20) + 1] = (RAM + 0x100000) | 3u << 10 | 2;
	cpu->cp15.ttbr0 = L1;
	cpu->cp15.ttbcr = 0;
	cpu->cp15.dacr = 0x55555555;
	cpu->cp15.sctlr |= SCTLR_M;
	tlb_flush(cpu);
}

static void test_unprivileged(void **state)
{
	(void)state;
	put32(DATA, 0x600df00d);
	put32(RAM + 0x100000, 0x0000beef);
	mmu_on();

	cpu->r[1] = DATA;
	assert_false(run_arm(0xe5910004 & ~4u));    /* ldr r0, [r1]: privileged */
	assert_int_equal(cpu->r[0], 0x600df00d);
	assert_true(run_arm(0xe4b10004));           /* ldrt r0, [r1], #4 */
	expect_data_abort(DATA, FS_PERMISSION_SECTION);
	assert_int_equal(cpu->r[1], DATA);

	cpu_set_mode(cpu, MODE_SVC);
	cpu->r[0] = 0x11;
	cpu->r[1] = DATA;
	assert_true(run_arm(0xe4a10004));           /* strt r0, [r1], #4 */
	expect_data_abort(DATA, FS_PERMISSION_SECTION | FSR_WNR);

	cpu_set_mode(cpu, MODE_SVC);
	cpu->r[1] = RAM + 0x100000 - 4;
	assert_false(run_thumb(0xf8510e04));        /* ldrt r0, [r1, #4] */
	assert_int_equal(cpu->r[0], 0xbeef);
	assert_int_equal(cpu->r[1], RAM + 0x100000 - 4);
}

/* ---- exclusives ---- */

static void test_exclusive_pass_fail(void **state)
{
	(void)state;
	put32(DATA, 5);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe1910f9f));          /* ldrex r0, [r1] */
	assert_int_equal(cpu->r[0], 5);
	cpu->r[0] = 6;
	assert_false(run_arm(0xe1812f90));          /* strex r2, r0, [r1] */
	assert_int_equal(cpu->r[2], 0);
	assert_int_equal(get32(DATA), 6);
	/* STREX cleared the monitor: a second one fails and does not write. */
	cpu->r[0] = 7;
	assert_false(run_arm(0xe1812f90));
	assert_int_equal(cpu->r[2], 1);
	assert_int_equal(get32(DATA), 6);

	/* CLREX between them. */
	assert_false(run_arm(0xe1910f9f));
	assert_false(run_arm(0xf57ff01f));          /* clrex */
	assert_false(run_arm(0xe1812f90));
	assert_int_equal(cpu->r[2], 1);
	assert_int_equal(get32(DATA), 6);

	/* A different address fails, writes nothing, and clears the monitor. */
	assert_false(run_arm(0xe1910f9f));
	cpu->r[1] = DATA + 4;
	assert_false(run_arm(0xe1812f90));
	assert_int_equal(cpu->r[2], 1);
	assert_int_equal(get32(DATA + 4), 0);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe1812f90));
	assert_int_equal(cpu->r[2], 1);
}

static void test_exclusive_sizes(void **state)
{
	(void)state;
	put32(DATA, 0x8899aabb);
	put32(DATA + 4, 0xccddeeff);
	cpu->r[1] = DATA + 1;
	assert_false(run_arm(0xe1d10f9f));          /* ldrexb r0, [r1] */
	assert_int_equal(cpu->r[0], 0xaa);
	cpu->r[0] = 0x1ff;
	assert_false(run_arm(0xe1c12f90));          /* strexb r2, r0, [r1] */
	assert_int_equal(cpu->r[2], 0);
	assert_int_equal(get32(DATA), 0x8899ffbb);

	cpu->r[1] = DATA + 2;
	assert_false(run_arm(0xe1f10f9f));          /* ldrexh r0, [r1] */
	assert_int_equal(cpu->r[0], 0x8899);
	cpu->r[0] = 0x1234;
	assert_false(run_arm(0xe1e12f90));          /* strexh r2, r0, [r1] */
	assert_int_equal(cpu->r[2], 0);
	assert_int_equal(get32(DATA), 0x1234ffbb);

	cpu->r[1] = DATA;
	assert_false(run_arm(0xe1b14f9f));          /* ldrexd r4, r5, [r1] */
	assert_int_equal(cpu->r[4], 0x1234ffbb);
	assert_int_equal(cpu->r[5], 0xccddeeff);
	cpu->r[4] = 1;
	cpu->r[5] = 2;
	assert_false(run_arm(0xe1a12f94));          /* strexd r2, r4, r5, [r1] */
	assert_int_equal(cpu->r[2], 0);
	assert_int_equal(get32(DATA), 1);
	assert_int_equal(get32(DATA + 4), 2);

	/* Thumb ldrex/strex with an offset. */
	put32(DATA + 8, 40);
	assert_false(run_thumb(0xe8510f02));        /* ldrex r0, [r1, #8] */
	assert_int_equal(cpu->r[0], 40);
	cpu->r[0] = 41;
	assert_false(run_thumb(0xe8410202));        /* strex r2, r0, [r1, #8] */
	assert_int_equal(cpu->r[2], 0);
	assert_int_equal(get32(DATA + 8), 41);
}

/* Exclusives are alignment-checked whatever SCTLR.A; STREX checks alignment
 * before the monitor (ExclusiveMonitorsPass), LDREXD/STREXD need 8 bytes. */
static void test_exclusive_alignment(void **state)
{
	(void)state;
	cpu->r[1] = DATA + 2;
	assert_true(run_arm(0xe1910f9f));           /* ldrex r0, [r1] */
	expect_data_abort(DATA + 2, FSR_ALIGNMENT);
	assert_false(cpu->excl_open);

	reset(NULL);
	cpu->r[1] = DATA + 1;
	assert_true(run_arm(0xe1812f90));           /* strex r2, r0, [r1], no monitor */
	expect_data_abort(DATA + 1, FSR_ALIGNMENT | FSR_WNR);

	reset(NULL);
	cpu->r[1] = DATA + 4;
	assert_true(run_arm(0xe1b14f9f));           /* ldrexd r4, r5, [r1] */
	expect_data_abort(DATA + 4, FSR_ALIGNMENT);
	reset(NULL);
	cpu->r[1] = DATA + 4;
	assert_true(run_arm(0xe1a12f94));           /* strexd r2, r4, r5, [r1] */
	expect_data_abort(DATA + 4, FSR_ALIGNMENT | FSR_WNR);

	/* An exception return leaves the monitor alone (Cortex-A9). */
	reset(NULL);
	cpu->r[1] = DATA;
	assert_false(run_arm(0xe1910f9f));
	*cpu_spsr(cpu) = MODE_SVC;
	cpu->r[13] = DATA + 0x100;
	assert_false(run_arm(0xe8fd8001));          /* ldm sp!, {r0, pc}^ */
	assert_true(cpu->excl_open);
}

/* ---- SWP ---- */

static void test_swp(void **state)
{
	(void)state;
	put32(DATA, 0x11223344);
	cpu->r[1] = DATA;
	cpu->r[2] = 0x55667788;
	/* SCTLR.SW = 0 (reset): UNDEFINED (Cortex-A9 with the MP extensions). */
	assert_true(run_arm(0xe1010092));           /* swp r0, r2, [r1] */
	assert_int_equal(cpu->mode, MODE_UND);
	assert_int_equal(get32(DATA), 0x11223344);

	reset(NULL);
	put32(DATA, 0x11223344);
	cpu->cp15.sctlr |= 1u << 10;
	cpu->r[1] = DATA;
	cpu->r[2] = 0x55667788;
	assert_false(run_arm(0xe1010092));
	assert_int_equal(cpu->r[0], 0x11223344);
	assert_int_equal(get32(DATA), 0x55667788);
	cpu->r[1] = DATA + 3;
	cpu->r[2] = 0xa5;
	assert_false(run_arm(0xe1410092));          /* swpb r0, r2, [r1] */
	assert_int_equal(cpu->r[0], 0x55);
	assert_int_equal(get32(DATA), 0xa5667788);
	/* SWP needs a word-aligned address (MemA). */
	assert_true(run_arm(0xe1010092));
	expect_data_abort(DATA + 3, FSR_ALIGNMENT);
}

/* ---- load/store multiple ---- */

static void test_ldm_directions(void **state)
{
	(void)state;
	for (unsigned i = 0; i < 8; i++)
		put32(DATA + 4 * i, 0x100 + i);
	/* Base DATA + 12: IA reads 12..20, IB 16..24, DA 4..12, DB 0..8. */
	static const struct {
		uint32_t enc;
		uint32_t first, wback;
	} cases[] = {
		{ 0xe8b0000e, 3, DATA + 24 },           /* ldm r0!, {r1, r2, r3} */
		{ 0xe9b0000e, 4, DATA + 24 },           /* ldmib r0!, {r1, r2, r3} */
		{ 0xe830000e, 1, DATA },                /* ldmda r0!, {r1, r2, r3} */
		{ 0xe930000e, 0, DATA },                /* ldmdb r0!, {r1, r2, r3} */
	};
	for (unsigned k = 0; k < 4; k++) {
		cpu->r[0] = DATA + 12;
		assert_false(run_arm(cases[k].enc));
		assert_int_equal(cpu->r[1], 0x100 + cases[k].first);
		assert_int_equal(cpu->r[2], 0x101 + cases[k].first);
		assert_int_equal(cpu->r[3], 0x102 + cases[k].first);
		assert_int_equal(cpu->r[0], cases[k].wback);
	}
}

static void test_stm_directions(void **state)
{
	(void)state;
	static const struct {
		uint32_t enc;
		uint32_t first, wback;
	} cases[] = {
		{ 0xe8a0000e, 3, DATA + 24 },           /* stm r0!, {r1, r2, r3} */
		{ 0xe9a0000e, 4, DATA + 24 },           /* stmib r0!, {r1, r2, r3} */
		{ 0xe820000e, 1, DATA },                /* stmda r0!, {r1, r2, r3} */
		{ 0xe920000e, 0, DATA },                /* stmdb r0!, {r1, r2, r3} */
	};
	for (unsigned k = 0; k < 4; k++) {
		memset(ram(DATA, 32), 0, 32);
		cpu->r[0] = DATA + 12;
		cpu->r[1] = 0xa1;
		cpu->r[2] = 0xa2;
		cpu->r[3] = 0xa3;
		assert_false(run_arm(cases[k].enc));
		assert_int_equal(get32(DATA + 4 * cases[k].first), 0xa1);
		assert_int_equal(get32(DATA + 4 * cases[k].first + 4), 0xa2);
		assert_int_equal(get32(DATA + 4 * cases[k].first + 8), 0xa3);
		assert_int_equal(cpu->r[0], cases[k].wback);
	}
}

static void test_push_pop(void **state)
{
	(void)state;
	/* ARM push {r0, pc} stores the instruction address + 8. */
	cpu->r[13] = DATA + 0x100;
	cpu->r[0] = 0x77;
	assert_false(run_arm(0xe92d8001));
	assert_int_equal(cpu->r[13], DATA + 0xf8);
	assert_int_equal(get32(DATA + 0xf8), 0x77);
	assert_int_equal(get32(DATA + 0xfc), CODE + 8);

	/* pop {r4, pc}: interworking load of the PC (bit 0 set: Thumb). */
	put32(DATA + 0xfc, 0x60005001);
	assert_false(run_arm(0xe8bd8010));
	assert_int_equal(cpu->r[4], 0x77);
	assert_int_equal(cpu->r[13], DATA + 0x100);
	assert_int_equal(cpu->thumb, 1);
	assert_int_equal(cpu->next_pc, 0x60005000);

	/* Thumb push {r1, lr}; pop {r0, pc} to ARM state. */
	cpu->r[1] = 0x99;
	cpu->r[14] = 0x60006000;
	assert_false(run_thumb(0xb502));
	assert_int_equal(cpu->r[13], DATA + 0xf8);
	assert_int_equal(get32(DATA + 0xf8), 0x99);
	assert_int_equal(get32(DATA + 0xfc), 0x60006000);
	assert_false(run_thumb(0xbd01));
	assert_int_equal(cpu->r[0], 0x99);
	assert_int_equal(cpu->r[13], DATA + 0x100);
	assert_int_equal(cpu->thumb, 0);
	assert_int_equal(cpu->next_pc, 0x60006000);
}

/* 16-bit LDMIA writes back only when Rn is not in the list; STMIA always. */
static void test_thumb_ldm_writeback(void **state)
{
	(void)state;
	put32(DATA, 0x1234);
	put32(DATA + 4, 0x5678);
	cpu->r[0] = DATA;
	assert_false(run_thumb(0xc803));            /* ldmia r0, {r0, r1} */
	assert_int_equal(cpu->r[0], 0x1234);
	assert_int_equal(cpu->r[1], 0x5678);
	cpu->r[0] = DATA;
	assert_false(run_thumb(0xc806));            /* ldmia r0!, {r1, r2} */
	assert_int_equal(cpu->r[0], DATA + 8);
	assert_int_equal(cpu->r[2], 0x5678);
	/* stmia r0!, {r0, r1}: Rn is the lowest register: its original value. */
	cpu->r[0] = DATA + 16;
	cpu->r[1] = 0xbb;
	assert_false(run_thumb(0xc003));
	assert_int_equal(get32(DATA + 16), DATA + 16);
	assert_int_equal(get32(DATA + 20), 0xbb);
	assert_int_equal(cpu->r[0], DATA + 24);
}

/* All loads happen before any register changes: a fault on the third word
 * leaves the registers and the base alone. LDM words are alignment-checked. */
static void test_ldm_abort_restores(void **state)
{
	(void)state;
	put32(RAM + 0x200000 - 8, 1);
	put32(RAM + 0x200000 - 4, 2);
	mmu_on();
	cpu->r[0] = RAM + 0x200000 - 8;
	cpu->r[1] = cpu->r[2] = cpu->r[3] = cpu->r[4] = 0xeeee;
	assert_true(run_arm(0xe890001e));           /* ldm r0, {r1, r2, r3, r4} */
	expect_data_abort(RAM + 0x200000, FS_TRANSLATION_SECTION);
	assert_int_equal(cpu->r[0], RAM + 0x200000 - 8);
	assert_int_equal(cpu->r[1], 0xeeee);
	assert_int_equal(cpu->r[2], 0xeeee);

	reset(NULL);
	cpu->r[0] = DATA + 2;
	cpu->r[1] = 0xeeee;
	assert_true(run_arm(0xe8b0000e));           /* ldm r0!, {r1, r2, r3} */
	expect_data_abort(DATA + 2, FSR_ALIGNMENT);
	assert_int_equal(cpu->r[0], DATA + 2);
	assert_int_equal(cpu->r[1], 0xeeee);
}

/* STM/LDM (user registers) from FIQ mode reach the User r8, r9, lr. */
static void test_user_registers(void **state)
{
	(void)state;
	cpu_set_mode(cpu, MODE_USR);
	cpu->r[8] = 0x808;
	cpu->r[9] = 0x909;
	cpu->r[14] = 0xe0e;
	cpu_set_mode(cpu, MODE_FIQ);
	cpu->r[8] = 0xf8;
	cpu->r[9] = 0xf9;
	cpu->r[14] = 0xfe;
	cpu->r[0] = DATA;
	assert_false(run_arm(0xe8c04300));          /* stm r0, {r8, r9, lr}^ */
	assert_int_equal(get32(DATA), 0x808);
	assert_int_equal(get32(DATA + 4), 0x909);
	assert_int_equal(get32(DATA + 8), 0xe0e);

	put32(DATA, 0x1008);
	put32(DATA + 4, 0x1009);
	put32(DATA + 8, 0x100e);
	assert_false(run_arm(0xe8d04300));          /* ldm r0, {r8, r9, lr}^ */
	assert_int_equal(cpu->r[8], 0xf8);
	assert_int_equal(cpu->r[14], 0xfe);
	assert_int_equal(cpu_reg_of_mode(cpu, MODE_USR, 8), 0x1008);
	assert_int_equal(cpu_reg_of_mode(cpu, MODE_USR, 9), 0x1009);
	assert_int_equal(cpu_reg_of_mode(cpu, MODE_USR, 14), 0x100e);

	/* UNPREDICTABLE in User mode; QEMU (and we) UNDEF. */
	cpu_set_mode(cpu, MODE_USR);
	assert_true(run_arm(0xe8c04300));
	assert_int_equal(cpu->mode, MODE_UND);
}

/* LDM (exception return): CPSR from SPSR, then the branch in the new state. */
static void test_exception_return(void **state)
{
	(void)state;
	put32(DATA, 0xabc);
	put32(DATA + 4, 0x60007003);
	cpu->r[13] = DATA;
	*cpu_spsr(cpu) = MODE_USR | CPSR_T | CPSR_Z;
	assert_false(run_arm(0xe8fd8001));          /* ldm sp!, {r0, pc}^ */
	assert_int_equal(cpu->mode, MODE_USR);
	assert_int_equal(cpu->thumb, 1);
	assert_int_equal(cpu->zf, 1);
	assert_int_equal(cpu->next_pc, 0x60007002);
	assert_int_equal(cpu->r[0], 0xabc);
	assert_int_equal(cpu_reg_of_mode(cpu, MODE_SVC, 13), DATA + 8);

	/* System mode has no SPSR: UNDEFINED. */
	reset(NULL);
	cpu_set_mode(cpu, MODE_SYS);
	cpu->r[13] = DATA;
	assert_true(run_arm(0xe8fd8001));
	assert_int_equal(cpu->mode, MODE_UND);
}

/* ---- hints and table branches ---- */

static void test_hints_never_fault(void **state)
{
	(void)state;
	mmu_on();
	cpu->r[1] = RAM + 0x300000;                 /* unmapped */
	cpu->r[2] = 4;
	assert_false(run_arm(0xf5d1f004));          /* pld [r1, #4] */
	assert_false(run_arm(0xf6d1f002));          /* pli [r1, r2] */
	assert_false(run_thumb(0xf811fc04));        /* pld [r1, #-4] */
	assert_int_equal(cpu->mode, MODE_SVC);
	assert_int_equal(cpu->next_pc, CODE + 4);
}

static void test_table_branch(void **state)
{
	(void)state;
	/* TBB: PC + 2 * byte; TBH: PC + 2 * halfword at Rn + 2 * Rm. */
	put8(DATA + 3, 0x10);
	put16(DATA + 6, 0x0102);
	cpu->r[1] = DATA;
	cpu->r[2] = 3;
	assert_false(run_thumb(0xe8d1f002));        /* tbb [r1, r2] */
	assert_int_equal(cpu->next_pc, CODE + 4 + 0x20);
	assert_false(run_thumb(0xe8d1f012));        /* tbh [r1, r2, lsl #1] */
	assert_int_equal(cpu->next_pc, CODE + 4 + 0x204);
	/* tbb [pc, r2]: the table follows the instruction (Rn = PC + 4). */
	put8(CODE + 4 + 3, 2);
	assert_false(run_thumb(0xe8dff002));
	assert_int_equal(cpu->next_pc, CODE + 8);
}

/* 16-bit register-offset load. */
static void test_thumb_register_offset(void **state)
{
	(void)state;
	put32(DATA + 8, 0x31415926);
	cpu->r[1] = DATA;
	cpu->r[2] = 8;
	assert_false(run_thumb(0x5888));            /* ldr r0, [r1, r2] */
	assert_int_equal(cpu->r[0], 0x31415926);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_ldr_addressing, reset),
		cmocka_unit_test_setup(test_writeback_rn_is_rt, reset),
		cmocka_unit_test_setup(test_pc_as_data, reset),
		cmocka_unit_test_setup(test_literal, reset),
		cmocka_unit_test_setup(test_sizes_and_extension, reset),
		cmocka_unit_test_setup(test_unaligned, reset),
		cmocka_unit_test_setup(test_ldrd_strd, reset),
		cmocka_unit_test_setup(test_unprivileged, reset),
		cmocka_unit_test_setup(test_exclusive_pass_fail, reset),
		cmocka_unit_test_setup(test_exclusive_sizes, reset),
		cmocka_unit_test_setup(test_exclusive_alignment, reset),
		cmocka_unit_test_setup(test_swp, reset),
		cmocka_unit_test_setup(test_ldm_directions, reset),
		cmocka_unit_test_setup(test_stm_directions, reset),
		cmocka_unit_test_setup(test_push_pop, reset),
		cmocka_unit_test_setup(test_thumb_ldm_writeback, reset),
		cmocka_unit_test_setup(test_ldm_abort_restores, reset),
		cmocka_unit_test_setup(test_user_registers, reset),
		cmocka_unit_test_setup(test_exception_return, reset),
		cmocka_unit_test_setup(test_hints_never_fault, reset),
		cmocka_unit_test_setup(test_table_branch, reset),
		cmocka_unit_test_setup(test_thumb_register_offset, reset),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
