/*
 * ESPT fills, aborts, MMIO and views. Expected fault status values come from the
 * ARM ARM's short-descriptor fault encodings (B4.1.52, table B3-23): 0x05/0x07
 * translation (section/page), 0x09/0x0b domain, 0x0d/0x0f permission, domain in
 * [7:4], WnR = bit 11; expected permissions from the AP tables (B3.7.1).
 */
#include "test_espt.h"

static int setup(void **state)
{
	(void)state;
	return machine_up(0);
}

static void test_mmu_off(void **state)
{
	(void)state;
	uint8_t *base = espt_base(e);
	uint32_t v = 0;
	put(RAM + 0x1234, 0xcafef00d);
	assert_int_equal(guest_read(base, RAM + 0x1234, &v), ESPT_FILLED);
	assert_int_equal(v, 0xcafef00d);
	/* Flat (B3.2.1): the whole MiB at once, writable. */
	assert_int_equal(stats().section_fills, 1);
	assert_int_equal(probe(base, RAM + 0xff000), RW);
	assert_int_equal(probe(base, RAM + 0x100000), NONE);
	assert_int_equal(guest_write(base, RAM + 0x5678, 0x12345678), ESPT_FILLED);
	assert_int_equal(faults, 0);
	assert_int_equal(get(RAM + 0x5678), 0x12345678);
	assert_int_equal(guest_read(base, DEV + 8, &v), ESPT_MMIO);
	assert_int_equal(acc.f.pa, DEV + 8);
	assert_int_equal(guest_write(base, 0x20, 1), ESPT_MMIO);   /* nothing there */
	assert_int_equal(acc.f.pa, 0x20);
	assert_int_equal(stats().mmio_faults, 2);
	assert_true(espt_owns(e, (uintptr_t)base + ESPT_REGION_SPAN - 1));
	assert_false(espt_owns(e, (uintptr_t)&v));
}

static void test_page_and_section_fills(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x001, section(0x60100000, 3, 0, false));
	put(L1 + 4 * 0x003, page_table(L2, 0));
	put(L2 + 4 * 0x05, small_page(0x60345000, 3, false));
	put(L2 + 4 * 0x06, small_page(0x60346000, 3, false));
	for (unsigned i = 0x10; i < 0x20; i++)   /* supersection at VA 0x01000000 */
		put(L1 + 4 * i, section(0x61000000, 3, 0, false) | 1u << 18);
	uint8_t *base = espt_base(e);
	uint32_t v = 0;

	put(0x60123456 & ~3u, 0x11111111);
	assert_int_equal(guest_read(base, 0x00123454, &v), ESPT_FILLED);
	assert_int_equal(v, 0x11111111);
	assert_int_equal(stats().section_fills, 1);
	assert_int_equal(probe(base, 0x00100000), RW);
	assert_int_equal(probe(base, 0x001ff000), RW);
	assert_int_equal(probe(base, 0x00200000), NONE);

	assert_int_equal(guest_write(base, 0x00305010, 0x22222222), ESPT_FILLED);
	assert_int_equal(get(0x60345010), 0x22222222);
	put(0x60345020, 0x33333333);
	assert_int_equal(guest_read(base, 0x00305020, &v), ESPT_FILLED);
	assert_int_equal(v, 0x33333333);
	assert_int_equal(faults, 0);
	/* The next page may be filled ahead (a TLB may hold any valid entry), then
	 * from its own entry; the one after gives a Translation fault, and such an
	 * entry is never held in a TLB (B3.10.1). */
	put(0x60346000, 0x44444444);
	if (probe(base, 0x00306000) != NONE)
		assert_int_equal(*(volatile uint32_t *)(base + 0x00306000), 0x44444444);
	assert_int_equal(probe(base, 0x00307000), NONE);

	assert_int_equal(guest_read(base, 0x01234564, &v), ESPT_FILLED);
	assert_int_equal(v, get(0x61234564));
	assert_int_equal(stats().section_fills, 2);
	assert_int_equal(probe(base, 0x01300000), NONE);
}

static void test_code_in_section(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x004, section(0x60400000, 3, 0, false));
	set_code(0x60487000, true);
	uint8_t *base = espt_base(e);
	uint32_t v;
	assert_int_equal(guest_read(base, 0x00400010, &v), ESPT_FILLED);
	assert_int_equal(stats().fills, 1);
	assert_int_equal(stats().section_fills, 0);
	/* Its neighbours come with it, 16 pages in one host mapping. */
	assert_int_equal(stats().run_fills, 15);
	assert_int_equal(probe(base, 0x00400000), RW);
	assert_int_equal(probe(base, 0x0040f000), RW);
	assert_int_equal(probe(base, 0x00410000), NONE);
	assert_int_equal(guest_read(base, 0x00487000, &v), ESPT_FILLED);
	assert_int_equal(probe(base, 0x00487000), RO);
	assert_int_equal(guest_write(base, 0x00487004, 5), ESPT_CODE_WRITE);
	assert_int_equal(acc.f.pa, 0x60487004);
	assert_int_equal(stats().code_writes, 1);
	/* The translator drops the code and clears the bit; the retry maps it. */
	set_code(0x60487000, false);
	assert_int_equal(guest_write(base, 0x00487004, 5), ESPT_FILLED);
	assert_int_equal(get(0x60487004), 5);
	assert_int_equal(stats().section_fills, 1);   /* no code left: whole MiB */
	assert_int_equal(probe(base, 0x00401000), RW);
	assert_int_equal(probe(base, 0x00487000), RW);
}

/* A page fill takes the neighbours in its MiB that the guest maps to the RAM
 * pages next to its own with the same permissions and global bit. */
static void test_runs(void **state)
{
	(void)state;
	mmu_on(1);
	put(L1 + 4 * 0x003, page_table(L2, 0));
	put(L2 + 4 * 0x03, small_page(0x60493000, 3, true));   /* not next in RAM */
	put(L2 + 4 * 0x04, small_page(0x60404000, 3, true));
	put(L2 + 4 * 0x05, small_page(0x60405000, 3, true));
	put(L2 + 4 * 0x06, small_page(0x60406000, 3, true));
	put(L2 + 4 * 0x07, small_page(0x60407000, 2, true));   /* user read-only */
	put(L2 + 4 * 0x08, small_page(0x60408000, 3, true));
	put(L2 + 4 * 0x09, small_page(0x60409000, 3, false));  /* global */
	uint8_t *base = enter_view(1, false);
	uint32_t v;
	assert_int_equal(guest_read(base, 0x00305000, &v), ESPT_FILLED);
	assert_int_equal(stats().run_fills, 2);
	assert_int_equal(probe(base, 0x00303000), NONE);
	assert_int_equal(probe(base, 0x00304000), RW);
	assert_int_equal(probe(base, 0x00306000), RW);
	assert_int_equal(probe(base, 0x00307000), NONE);
	assert_int_equal(guest_read(base, 0x00308000, &v), ESPT_FILLED);
	assert_int_equal(stats().run_fills, 2);
	assert_int_equal(probe(base, 0x00307000), NONE);
	assert_int_equal(probe(base, 0x00309000), NONE);
	/* Each page of a run is dropped on its own. */
	espt_flush_va(e, 0x00305000, 1);
	assert_int_equal(probe(base, 0x00304000), RW);
	assert_int_equal(probe(base, 0x00305000), NONE);
	assert_int_equal(probe(base, 0x00306000), RW);
}

/* Abort with fsr at va, nothing mapped; the walker agrees. */
static void expect_abort(uint8_t *base, uint32_t va, bool write, uint32_t fsr)
{
	uint32_t v;
	int got = write ? guest_write(base, va, 7) : guest_read(base, va, &v);
	assert_int_equal(got, ESPT_ABORT);
	assert_int_equal(acc.f.va, va);
	assert_int_equal(acc.f.fsr, fsr);
	struct translation t;
	uint32_t walk_fsr;
	assert_false(mmu_translate(&m.cpu, va, write ? ACCESS_WRITE : ACCESS_READ,
				   !cpu_privileged(&m.cpu), &t, &walk_fsr));
	assert_int_equal(walk_fsr | (write ? FSR_WNR : 0), fsr);
}

static void test_aborts(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x003, page_table(L2, 3));
	put(L2 + 4 * 0x05, small_page(0x60345000, 7, false));   /* read-only */
	put(L2 + 4 * 0x06, small_page(0x60346000, 0, false));   /* no access */
	put(L1 + 4 * 0x005, section(0x60500000, 5, 2, false));  /* privileged read-only */
	put(L1 + 4 * 0x006, section(0x60600000, 3, 5, false));
	m.cpu.cp15.dacr &= ~(3u << 10);                          /* domain 5: no access */
	uint8_t *base = espt_base(e);
	uint32_t v;

	uint32_t before = stats().guest_aborts;
	expect_abort(base, 0x02000000, false, 0x005);           /* translation, L1 */
	expect_abort(base, 0x00307000, true, 0x800 | 0x037);    /* translation, L2 */
	expect_abort(base, 0x00305000, true, 0x800 | 0x03f);    /* permission, page */
	expect_abort(base, 0x00306000, false, 0x03f);
	expect_abort(base, 0x00500000, true, 0x800 | 0x02d);    /* permission, section */
	expect_abort(base, 0x00600000, false, 0x059);           /* domain, section */
	assert_int_equal(stats().guest_aborts, before + 6);
	assert_int_equal(probe(base, 0x00305000), NONE);
	/* Reads of the read-only pages are filled read-only. */
	assert_int_equal(guest_read(base, 0x00305000, &v), ESPT_FILLED);
	assert_int_equal(probe(base, 0x00305000), RO);
	assert_int_equal(guest_read(base, 0x00500000, &v), ESPT_FILLED);
	assert_int_equal(probe(base, 0x005ff000), RO);
	expect_abort(base, 0x005ff000, true, 0x800 | 0x02d);
	/* A page-crossing access faults on the second page: that is the one. */
	assert_int_equal(guest_read(base, 0x00305ffe, &v), ESPT_ABORT);
	assert_int_equal(acc.f.va, 0x00306000);
	assert_int_equal(acc.f.fsr, 0x03f);
	/* Domain fault at page level. */
	m.cpu.cp15.dacr &= ~(3u << 6);
	base = espt_base(e);
	expect_abort(base, 0x00305000, false, 0x03b);
}

static void test_mmio(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x00a, section(DEV & 0xfff00000, 3, 0, false));
	uint8_t *base = espt_base(e);
	uint32_t v;
	assert_int_equal(guest_read(base, 0x00a00010, &v), ESPT_MMIO);
	assert_int_equal(acc.f.pa, DEV + 0x10);
	assert_int_equal(acc.f.va, 0x00a00010);
	assert_int_equal(guest_write(base, 0x00a00ffc, 1), ESPT_MMIO);
	assert_int_equal(acc.f.pa, DEV + 0xffc);
	assert_int_equal(stats().mmio_faults, 2);
	assert_int_equal(probe(base, 0x00a00000), NONE);
}

static void test_views(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x005, section(0x60500000, 1, 0, false));  /* privileged only */
	put(L1 + 4 * 0x006, section(0x60600000, 2, 0, false));  /* user read-only */
	put(L1 + 4 * 0x007, section(0x60700000, 0, 1, false));  /* no access, domain 1 */
	uint8_t *priv = espt_base(e);
	uint32_t v, switches = stats().region_switches;
	assert_ptr_equal(espt_base(e), priv);
	assert_int_equal(stats().region_switches, switches);
	assert_int_equal(guest_write(priv, 0x00500000, 1), ESPT_FILLED);
	assert_int_equal(guest_write(priv, 0x00600000, 2), ESPT_FILLED);

	m.cpu.mode = MODE_USR;
	uint8_t *user = espt_base(e);
	assert_ptr_not_equal(user, priv);
	assert_int_equal(guest_read(user, 0x00500000, &v), ESPT_ABORT);
	assert_int_equal(acc.f.fsr, 0x00d);
	assert_int_equal(guest_read(user, 0x00600000, &v), ESPT_FILLED);
	assert_int_equal(v, 2);
	assert_int_equal(probe(user, 0x00600000), RO);
	assert_int_equal(guest_write(user, 0x00600000, 3), ESPT_ABORT);
	assert_int_equal(acc.f.fsr, 0x80d);
	m.cpu.mode = MODE_SVC;
	assert_ptr_equal(espt_base(e), priv);
	assert_int_equal(probe(priv, 0x00600000), RW);

	/* Domain 1 manager: AP ignored (B3.7.3). */
	assert_int_equal(guest_read(priv, 0x00700000, &v), ESPT_ABORT);
	m.cpu.cp15.dacr |= 3u << 2;
	uint8_t *manager = espt_base(e);
	assert_ptr_not_equal(manager, priv);
	assert_int_equal(guest_write(manager, 0x00700000, 4), ESPT_FILLED);
	assert_int_equal(get(0x60700000), 4);
	m.cpu.cp15.dacr = 0x55555555;

	/* Another address space, and the privileged region has only global fills
	 * (the kernel's, valid in every ASID): it passes to it, the same region.
	 * User views keep them: another region for each (armvm's policy). */
	m.cpu.cp15.contextidr = 7;
	uint8_t *p7 = espt_base(e);
	m.cpu.cp15.ttbr0 = L1 + 0x4000;
	uint8_t *p7t = espt_base(e);
	m.cpu.mode = MODE_USR;
	uint8_t *user7 = espt_base(e);
	m.cpu.cp15.contextidr = 0;
	uint8_t *user_t = espt_base(e);
	m.cpu.cp15.ttbr0 = L1;
	uint8_t *user0 = espt_base(e);
	if (keeps()) {
		assert_ptr_equal(p7, priv);
		assert_ptr_equal(p7t, priv);
		assert_ptr_not_equal(user7, priv);
		assert_ptr_not_equal(user7, user);
		assert_ptr_not_equal(user_t, user);
		assert_ptr_not_equal(user_t, user7);
		assert_ptr_equal(user0, user);
	}
	/* And the MMU being on: one flat view for every mode. */
	m.cpu.cp15.sctlr &= ~SCTLR_M;
	uint8_t *flat = espt_base(e);
	m.cpu.mode = MODE_SVC;
	assert_ptr_equal(espt_base(e), flat);
	assert_int_equal(stats().region_switches, switches + 9);
}

/* Privileged mode: a region per address space, up to ESPT_PRIV_COPIES. Global
 * TLB entries match every ASID (B3.9.1), non-global ones only their own: going
 * back to an address space finds both kinds of fills it made. A region passing
 * to one more address space keeps its global fills and loses the others, which
 * a walk of the new tables refills. */
#define PRIV_COPIES 8   /* ESPT_PRIV_COPIES */
static void test_privileged_view_per_address_space(void **state)
{
	(void)state;
	if (!keeps())
		skip();   /* the other policies: test_espt_policy.c */
	two_address_spaces();
	uint8_t *p = enter_view(1, true);
	expect_read(p, VA_G, 0x6, 1);
	expect_read(p, VA_N, 0xa1, 1);
	expect_read(p, VA_SG, 0x5, 1);
	expect_read(p, VA_SN, 0xa2, 1);

	address_space(2, L1B);
	uint8_t *p2 = espt_base(e);
	assert_ptr_not_equal(p2, p);
	assert_int_equal(probe(p2, VA_N), NONE);
	expect_read(p2, VA_N, 0xb1, 1);
	expect_read(p2, VA_SN, 0xb2, 1);
	expect_read(p2, VA_G, 0x6, 1);

	/* A user excursion and a return to ASID 1: everything is still there. */
	m.cpu.mode = MODE_USR;
	assert_ptr_not_equal(espt_base(e), p2);
	address_space(1, L1);
	m.cpu.mode = MODE_SVC;
	assert_ptr_equal(espt_base(e), p);
	expect_read(p, VA_N, 0xa1, 0);
	expect_read(p, VA_SN + 4, 0, 0);
	expect_read(p, VA_G, 0x6, 0);
	assert_int_equal(probe(p2, VA_N), RW);

	/* Another TTBR0 alone is another address space too; with every copy in
	 * use, the least recently used one (ASID 2's) passes to it. */
	for (uint8_t asid = 3; asid < 3 + PRIV_COPIES - 2; asid++) {
		address_space(asid, L1);
		assert_ptr_not_equal(espt_base(e), p);
		assert_ptr_not_equal(espt_base(e), p2);
		expect_read(espt_base(e), VA_N, 0xa1, 1);
	}
	address_space(1, L1B);
	assert_ptr_equal(espt_base(e), p2);
	assert_int_equal(probe(p2, VA_G), RW);
	assert_int_equal(probe(p2, VA_N), NONE);
	assert_int_equal(probe(p2, VA_SN), NONE);
	assert_int_equal(probe(p2, VA_SN + 0xff000), NONE);
	expect_read(p2, VA_G, 0x6, 0);
	expect_read(p2, VA_N, 0xb1, 1);
	address_space(1, L1);
	assert_ptr_equal(espt_base(e), p);
	assert_int_equal(probe(p, VA_N), RW);
}

/* A user access aborts; the guest's handler maps the page (a translation fault
 * needs no TLB maintenance, B3.10.1) and returns: the page is there without a
 * second fault, with the permissions the new entry gives. Where the handler
 * maps nothing, or not for the access that aborted, nothing is filled. */
static void test_filled_on_return(void **state)
{
	(void)state;
	mmu_on(1);
	put(L1 + 4 * 0x003, page_table(L2, 0));
	put(L2 + 4 * 0x05, small_page(0x60345000, 2, true));    /* user read-only */
	uint8_t *u = enter_view(1, false);
	uint32_t v;
	assert_int_equal(guest_read(u, 0x00307000, &v), ESPT_ABORT);
	enter_view(1, true);
	put(L2 + 4 * 0x07, small_page(0x60347000, 3, true));
	assert_ptr_equal(enter_view(1, false), u);
	assert_int_equal(probe(u, 0x00307000), RW);

	assert_int_equal(guest_write(u, 0x00305000, 1), ESPT_ABORT);   /* permission */
	enter_view(1, true);
	assert_ptr_equal(enter_view(1, false), u);
	assert_int_equal(probe(u, 0x00305000), NONE);
	assert_int_equal(guest_read(u, 0x00308000, &v), ESPT_ABORT);
	enter_view(1, true);
	assert_ptr_equal(enter_view(1, false), u);
	assert_int_equal(probe(u, 0x00308000), NONE);
}

static void test_user_views_per_asid(void **state)
{
	(void)state;
	if (!keeps())
		skip();
	two_address_spaces();
	uint8_t *u1 = enter_view(1, false);
	expect_read(u1, VA_N, 0xa1, 1);
	expect_read(u1, VA_SN, 0xa2, 1);
	expect_read(u1, VA_G, 0x6, 1);
	address_space(2, L1B);
	uint8_t *u2 = espt_base(e);
	assert_ptr_not_equal(u2, u1);
	assert_int_equal(probe(u2, VA_N), NONE);
	expect_read(u2, VA_N, 0xb1, 1);
	expect_read(u2, VA_SN, 0xb2, 1);

	/* Through privileged mode in a third address space and back. */
	address_space(3, L1);
	m.cpu.mode = MODE_SVC;
	uint8_t *p = espt_base(e);
	expect_read(p, VA_N, 0xa1, 1);
	address_space(1, L1);
	m.cpu.mode = MODE_USR;
	assert_ptr_equal(espt_base(e), u1);
	assert_int_equal(probe(u1, VA_N), RW);
	assert_int_equal(probe(u1, VA_SN + 0x1000), RW);
	assert_int_equal(probe(u1, VA_G), RW);
	expect_read(u1, VA_N, 0xa1, 0);
	assert_int_equal(probe(u2, VA_N), RW);
	assert_int_equal(probe(u2, VA_SN), RW);
	address_space(2, L1B);
	assert_ptr_equal(espt_base(e), u2);
	expect_read(u2, VA_SN, 0xb2, 0);
	/* The same ASID with another TTBR0: yet another region. */
	address_space(1, L1B);
	uint8_t *u3 = espt_base(e);
	assert_ptr_not_equal(u3, u1);
	assert_ptr_not_equal(u3, u2);
	assert_ptr_not_equal(u3, p);
}

static void test_aliases(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x003, page_table(L2, 0));
	put(L2 + 4 * 0x05, small_page(0x60345000, 3, false));
	put(L1 + 4 * 0x009, section(0x60300000, 3, 0, false));  /* same pa at 0x00945000 */
	uint8_t *base = espt_base(e);
	uint32_t v;
	assert_int_equal(guest_write(base, 0x00305100, 0xe12fff1e), ESPT_FILLED);
	assert_int_equal(guest_read(base, 0x00945100, &v), ESPT_FILLED);
	assert_int_equal(v, 0xe12fff1e);
	assert_int_equal(guest_write(base, 0x00945104, 0xe3a00001), ESPT_FILLED);
	assert_int_equal(guest_read(base, 0x00305104, &v), ESPT_FILLED);
	assert_int_equal(v, 0xe3a00001);
}

/* One page of a page-crossing access: translated for the view, nothing filled. */
static void test_translate(void **state)
{
	(void)state;
	mmu_on(0);
	put(L1 + 4 * 0x003, page_table(L2, 3));
	put(L2 + 4 * 0x05, small_page(0x60345000, 7, false));   /* read-only */
	put(L2 + 4 * 0x06, small_page(DEV, 3, false));
	uint8_t *base = espt_base(e);
	struct espt_fault f;
	assert_int_equal(espt_translate(e, 0x00305ffe, false, &f), ESPT_MMIO);
	assert_int_equal(f.pa, 0x60345ffe);
	assert_int_equal(espt_translate(e, 0x00306000, true, &f), ESPT_MMIO);
	assert_int_equal(f.pa, DEV);
	assert_int_equal(espt_translate(e, 0x00305ffe, true, &f), ESPT_ABORT);
	assert_int_equal(f.va, 0x00305ffe);
	assert_int_equal(f.fsr, 0x800 | 0x03f);                 /* permission, page */
	assert_int_equal(espt_translate(e, 0x00307000, false, &f), ESPT_ABORT);
	assert_int_equal(f.fsr, 0x037);                         /* translation, L2 */
	assert_int_equal(probe(base, 0x00305000), NONE);
	assert_int_equal(stats().fills + stats().section_fills, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_mmu_off, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_page_and_section_fills, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_code_in_section, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_runs, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_aborts, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_mmio, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_translate, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_views, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_privileged_view_per_address_space, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_filled_on_return, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_user_views_per_asid, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_aliases, setup, machine_down),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
