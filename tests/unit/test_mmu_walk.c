/*
 * The short-descriptor page-table walker on synthetic tables. Expected physical
 * addresses and fault status codes are worked from the ARM ARM (B3.5, B3.7,
 * B4.1.52 DFSR encodings), independently of the walker's code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "machine.h"
#include "mmu.h"

#define RAM 0x60000000u
#define L1 (RAM + 0x4000)       /* 16 KiB aligned */
#define L1_HIGH (RAM + 0x8000)  /* TTBR1's table */
#define L2 (RAM + 0xc000)

static struct machine m;

static void put(uint32_t pa, uint32_t v)
{
	memcpy(bus_ram_ptr(&m.bus, pa, 4), &v, 4);
}

static int setup(void **state)
{
	(void)state;
	assert_true(bus_init(&m.bus, RAM, 16u << 20));
	cpu_init(&m.cpu, &m);
	m.cpu.cp15.sctlr |= SCTLR_M;
	m.cpu.cp15.ttbr0 = L1;
	m.cpu.cp15.dacr = 0x55555555;   /* every domain client */
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	bus_destroy(&m.bus);
	return 0;
}

/* Section descriptor: base, AP[2], AP[1:0], domain, XN, nG. */
static uint32_t section(uint32_t base, unsigned ap, unsigned domain, bool xn)
{
	return base | (ap >> 2) << 15 | (ap & 3) << 10 | domain << 5 | (xn ? 1u << 4 : 0) | 2;
}

static uint32_t small_page(uint32_t base, unsigned ap, bool xn)
{
	return base | (ap >> 2) << 9 | (ap & 3) << 4 | 2 | (xn ? 1 : 0);
}

static void expect_pa(uint32_t va, enum access acc, bool user, uint32_t pa)
{
	struct translation t;
	uint32_t fsr = 0xdead;
	assert_true(mmu_translate(&m.cpu, va, acc, user, &t, &fsr));
	assert_int_equal(t.pa, pa);
}

static void expect_fault(uint32_t va, enum access acc, bool user, uint32_t fsr)
{
	struct translation t;
	uint32_t got = 0;
	assert_false(mmu_translate(&m.cpu, va, acc, user, &t, &got));
	assert_int_equal(got, fsr);
}

static void test_mmu_off_is_flat(void **state)
{
	(void)state;
	m.cpu.cp15.sctlr &= ~SCTLR_M;
	expect_pa(0x12345678, ACCESS_WRITE, true, 0x12345678);
	m.cpu.cp15.sctlr |= SCTLR_M;
}

static void test_section(void **state)
{
	(void)state;
	put(L1 + 4 * 0x001, section(0x60100000, 3, 0, false));
	expect_pa(0x00123456, ACCESS_READ, true, 0x60123456);
	expect_pa(0x001ffffc, ACCESS_WRITE, false, 0x601ffffc);
	put(L1 + 4 * 0x002, 0);
	expect_fault(0x00200000, ACCESS_READ, false, 0x05);
}

static void test_small_and_large_pages(void **state)
{
	(void)state;
	put(L1 + 4 * 0x003, L2 | 3 << 5 | 1);       /* page table, domain 3 */
	put(L2 + 4 * 0x05, small_page(0x60345000, 3, false));
	put(L2 + 4 * 0x06, 0);
	/* Large page: the descriptor is repeated 16 times; use entries 0x10..0x1f. */
	for (unsigned i = 0x10; i < 0x20; i++)
		put(L2 + 4 * i, 0x60ab0000 | 3 << 4 | 1);
	expect_pa(0x00305abc, ACCESS_READ, false, 0x60345abc);
	expect_pa(0x0031f123, ACCESS_READ, false, 0x60abf123);
	expect_fault(0x00306000, ACCESS_READ, false, 0x07 | 3 << 4);
}

static void test_domains(void **state)
{
	(void)state;
	put(L1 + 4 * 0x004, section(0x60400000, 3, 5, false));
	m.cpu.cp15.dacr &= ~(3u << 10);             /* domain 5: no access */
	expect_fault(0x00400000, ACCESS_READ, false, 0x09 | 5 << 4);
	m.cpu.cp15.dacr |= 3u << 10;                /* manager: AP ignored */
	put(L1 + 4 * 0x004, section(0x60400000, 0, 5, true));
	expect_pa(0x00400010, ACCESS_EXEC, true, 0x60400010);
	m.cpu.cp15.dacr = 0x55555555;
	/* Page level: domain comes from the first-level descriptor. */
	put(L1 + 4 * 0x003, L2 | 3 << 5 | 1);
	put(L2 + 4 * 0x05, small_page(0x60345000, 3, false));
	m.cpu.cp15.dacr &= ~(3u << 6);
	expect_fault(0x00305000, ACCESS_WRITE, false, 0x0b | 3 << 4);
	m.cpu.cp15.dacr = 0x55555555;
}

static void test_permissions(void **state)
{
	(void)state;
	/* AP = 001: privileged read/write, user none. */
	put(L1 + 4 * 0x005, section(0x60500000, 1, 0, false));
	expect_pa(0x00500000, ACCESS_WRITE, false, 0x60500000);
	expect_fault(0x00500000, ACCESS_READ, true, 0x0d);
	/* AP = 010: user read-only. */
	put(L1 + 4 * 0x005, section(0x60500000, 2, 0, false));
	expect_pa(0x00500000, ACCESS_READ, true, 0x60500000);
	expect_fault(0x00500000, ACCESS_WRITE, true, 0x0d);
	/* AP = 101: privileged read-only. */
	put(L1 + 4 * 0x005, section(0x60500000, 5, 0, false));
	expect_fault(0x00500000, ACCESS_WRITE, false, 0x0d);
	expect_fault(0x00500000, ACCESS_READ, true, 0x0d);
	/* AP = 000: no access; XN: no execution. */
	put(L1 + 4 * 0x005, section(0x60500000, 0, 0, false));
	expect_fault(0x00500000, ACCESS_READ, false, 0x0d);
	put(L1 + 4 * 0x005, section(0x60500000, 3, 0, true));
	expect_fault(0x00500000, ACCESS_EXEC, false, 0x0d);
	/* Page-level permission fault. */
	put(L1 + 4 * 0x003, L2 | 1);
	put(L2 + 4 * 0x07, small_page(0x60347000, 7, false));
	expect_fault(0x00307000, ACCESS_WRITE, true, 0x0f);
}

static void test_access_flag(void **state)
{
	(void)state;
	m.cpu.cp15.sctlr |= SCTLR_AFE;
	put(L1 + 4 * 0x006, section(0x60600000, 2, 0, false));   /* AP[0] = 0 */
	expect_fault(0x00600000, ACCESS_READ, false, 0x03);
	/* AP[2:1] = 01 with AF set: read/write at any level. */
	put(L1 + 4 * 0x006, section(0x60600000, 3, 0, false));
	expect_pa(0x00600004, ACCESS_WRITE, true, 0x60600004);
	/* AP[2:1] = 10: privileged read-only. */
	put(L1 + 4 * 0x006, section(0x60600000, 5, 0, false));
	expect_fault(0x00600000, ACCESS_READ, true, 0x0d);
	expect_fault(0x00600000, ACCESS_WRITE, false, 0x0d);
	put(L1 + 4 * 0x003, L2 | 1);
	put(L2 + 4 * 0x08, 0x60348000 | 2);                        /* AP = 000 */
	expect_fault(0x00308000, ACCESS_READ, false, 0x06);
	m.cpu.cp15.sctlr &= ~SCTLR_AFE;
}

static void test_ttbcr_split_and_supersection(void **state)
{
	(void)state;
	m.cpu.cp15.ttbcr = 2;                       /* TTBR0 below 1 GiB */
	m.cpu.cp15.ttbr1 = L1_HIGH;
	/* A supersection's descriptor is repeated in 16 consecutive entries. */
	for (unsigned i = 0xc00; i < 0xc10; i++)
		put(L1_HIGH + 4 * i, section(0x60000000, 3, 0, false) | 1u << 18);
	expect_pa(0xc0abcdef, ACCESS_READ, false, 0x60abcdef);
	/* With N = 2 the TTBR0 table has 1024 entries indexed by VA[29:20]. */
	put(L1 + 4 * 0x001, section(0x60100000, 3, 0, false));
	expect_pa(0x00100008, ACCESS_READ, false, 0x60100008);
	m.cpu.cp15.ttbcr |= 1u << 5;                /* PD1 */
	expect_fault(0xc0000000, ACCESS_READ, false, 0x05);
	m.cpu.cp15.ttbcr = 0;
}

static void test_walk_outside_ram(void **state)
{
	(void)state;
	m.cpu.cp15.ttbr0 = 0x10000000;
	expect_fault(0x00000000, ACCESS_READ, false, 0x0c);
	m.cpu.cp15.ttbr0 = L1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mmu_off_is_flat),
		cmocka_unit_test(test_section),
		cmocka_unit_test(test_small_and_large_pages),
		cmocka_unit_test(test_domains),
		cmocka_unit_test(test_permissions),
		cmocka_unit_test(test_access_flag),
		cmocka_unit_test(test_ttbcr_split_and_supersection),
		cmocka_unit_test(test_walk_outside_ram),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
