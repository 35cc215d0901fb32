/*
 * ESPT TLB maintenance and code protection. Which mappings each operation must
 * drop is the ARM ARM's (B4.2.3 / B3.10.2): TLBIMVA invalidates the VA's entry
 * for the given ASID and global entries of that VA; TLBIASID the non-global
 * entries of the ASID; TLBIMVAA the VA for every ASID; TLBIALL everything.
 * After each operation probe() reads the host's mappings of each region, once
 * the CPU has entered it. One region per ASID is a user view's; a privileged
 * region's non-global fills are those of the ASID it serves.
 */
#include "test_espt.h"

static const uint32_t vas[4] = { VA_G, VA_N, VA_SG, VA_SN };

/* Regions seen so far and their views. A region that is not current may keep
 * host mappings of dropped fills until the CPU enters it (no guest access goes
 * through it before): what the guest can reach is probed after entering. */
static struct { uint8_t *base; uint8_t asid; bool priv; } seen[8];
static unsigned nseen;

static uint8_t *enter(uint8_t asid, bool priv)
{
	uint8_t *base = enter_view(asid, priv);
	for (unsigned i = 0; i < nseen; i++)
		if (seen[i].base == base && seen[i].asid == asid && seen[i].priv == priv)
			return base;
	assert_true(nseen < 8);
	seen[nseen].base = base;
	seen[nseen].asid = asid;
	seen[nseen++].priv = priv;
	return base;
}

static void reenter(uint8_t *base)
{
	for (unsigned i = nseen; i--;)
		if (seen[i].base == base) {
			assert_ptr_equal(enter_view(seen[i].asid, seen[i].priv), base);
			return;
		}
	fail_msg("region %p never entered", (void *)base);
}

static int setup(void **state)
{
	(void)state;
	nseen = 0;
	int r = machine_up(0);
	put(L1 + 4 * 0x003, page_table(L2, 0));
	put(L2 + 4 * 0x05, small_page(0x60345000, 3, false));
	put(L2 + 4 * 0x06, small_page(0x60346000, 3, true));
	put(L1 + 4 * 0x008, section(0x60800000, 3, 0, false));
	put(L1 + 4 * 0x009, section(0x60900000, 3, 0, true));
	return r;
}

/* Base of ASID asid's user view, made current. */
static uint8_t *view(uint8_t asid)
{
	return enter(asid, false);
}

static void fill_in(uint8_t *base)
{
	uint32_t v;
	for (unsigned i = 0; i < 4; i++)
		assert_int_equal(guest_read(base, vas[i], &v), ESPT_FILLED);
}

static void fill_all(uint8_t asid)
{
	fill_in(view(asid));
}

/* want: one character per VA of vas, '1' mapped, '0' not. */
static void expect(uint8_t *base, const char *want)
{
	reenter(base);
	for (unsigned i = 0; i < 4; i++) {
		bool mapped = probe(base, vas[i]) != NONE;
		if (mapped != (want[i] == '1') && (mapped || keeps()))
			fail_msg("VA 0x%08x: %s, expected %s", vas[i], mapped ? "mapped" : "not mapped",
				 want);
		if (i >= 2)   /* a section fill goes or stays whole */
			assert_int_equal(probe(base, vas[i] + 0xff000) != NONE, mapped);
	}
}

static void test_flush_va(void **state)
{
	(void)state;
	fill_all(1);
	fill_all(2);
	uint8_t *a = view(1), *b = view(2);
	expect(a, "1111");
	expect(b, "1111");
	espt_flush_va(e, VA_N + 0x123, 1);
	expect(a, "1011");
	expect(b, "1111");
	espt_flush_va(e, VA_G, 2);                /* global: every ASID */
	expect(a, "0011");
	expect(b, "0111");
	espt_flush_va(e, VA_SN + 0x45678, 2);
	expect(a, "0011");
	expect(b, "0110");
	espt_flush_va(e, VA_SG + 0x1000, 1);
	expect(a, "0001");
	expect(b, "0100");
	espt_flush_va(e, 0x7654321, 1);           /* nothing there */
	assert_int_equal(stats().flushes, 5);
}

static void test_flush_asid_and_all(void **state)
{
	(void)state;
	fill_all(1);
	fill_all(2);
	uint8_t *a = view(1), *b = view(2);
	espt_flush_asid(e, 1);
	expect(a, "1010");
	expect(b, "1111");
	fill_all(1);
	espt_flush_va_all_asid(e, VA_N + 4);
	expect(a, "1011");
	expect(b, "1011");
	espt_flush_va_all_asid(e, VA_SG + 0xabcde);
	expect(a, "1001");
	expect(b, "1001");
	/* A region without global fills is emptied whole. */
	uint8_t *c = view(3);
	uint32_t v;
	assert_int_equal(guest_read(c, VA_N, &v), ESPT_FILLED);
	assert_int_equal(guest_read(c, VA_SN, &v), ESPT_FILLED);
	espt_flush_asid(e, 3);
	if (keeps())   /* else c may hold other address spaces' global fills */
		expect(c, "0000");
	expect(a, "1001");
	espt_flush_all(e);
	expect(a, "0000");
	expect(b, "0000");
	assert_int_equal(stats().maps_in_use, 1);
	assert_int_equal(stats().flushes, 5);
}

/* The privileged region's non-global fills stand for TLB entries of the ASID
 * it last ran in (1), also while the CPU runs ASID 2 in user mode, as after a
 * context switch; its global fills go with any ASID's TLBIMVA. */
static void test_flush_privileged(void **state)
{
	(void)state;
	uint8_t *p = enter(1, true);
	fill_in(p);
	uint8_t *u = view(2);
	fill_in(u);
	expect(p, "1111");
	espt_flush_asid(e, 2);
	expect(u, "1010");
	expect(p, "1111");
	espt_flush_va(e, VA_N, 2);
	espt_flush_va(e, VA_SN + 0x800, 2);
	expect(p, "1111");
	espt_flush_va(e, VA_N + 0x10, 1);
	expect(p, "1011");
	espt_flush_va(e, VA_SG + 0x40000, 2);
	expect(p, "1001");
	expect(u, "1000");
	espt_flush_asid(e, 1);
	expect(p, "1000");
	expect(u, "1000");
	/* Back in the kernel in ASID 1: what went comes back, the rest stayed. */
	assert_ptr_equal(enter_view(1, true), p);
	expect(p, "1000");
	fill_in(p);
	expect(p, "1111");
	espt_flush_va_all_asid(e, VA_SN);
	expect(p, "1110");
	espt_flush_all(e);
	expect(p, "0000");
	expect(u, "0000");
}

/* A fill smaller than the guest's entry (a page of a large page or of a section
 * holding code, a MiB of a supersection) goes with any VA of the entry. */
static void test_flush_whole_entry(void **state)
{
	(void)state;
	for (unsigned i = 0x10; i < 0x20; i++) {
		put(L2 + 4 * i, 0x60ab0000 | 1u << 11 | 3 << 4 | 1);             /* large, nG */
		put(L1 + 4 * i, section(0x61000000, 3, 0, true) | 1u << 18);   /* supersection */
	}
	put(L1 + 4 * 0x004, section(0x60400000, 3, 0, true));
	set_code(0x60487000, true);
	set_code(0x61500000, true);
	const uint32_t in[] = { 0x00311000, 0x0031f000, 0x00400000, 0x00487000,
				0x01000000, 0x01f00000, 0x01500000 };
	/* ASID 1's user view, ASID 2's, and the privileged one run in ASID 1. */
	uint8_t *base[3];
	uint32_t v;
	for (unsigned a = 0; a < 3; a++) {
		base[a] = enter(a == 1 ? 2 : 1, a == 2);
		for (unsigned i = 0; i < 7; i++)
			assert_int_equal(guest_read(base[a], in[i], &v), ESPT_FILLED);
		assert_int_equal(guest_read(base[a], VA_G, &v), ESPT_FILLED);
	}
	assert_int_equal(stats().section_fills, 6);
	espt_flush_va(e, 0x00315000, 1);
	espt_flush_va(e, 0x004ff000, 1);
	espt_flush_va(e, 0x01a00000, 1);
	for (unsigned a = 0; a < 3; a++) {
		if (base[a] == base[(a + 1) % 3] || base[a] == base[(a + 2) % 3])
			continue;   /* a region shared by two of them (policy shared) */
		reenter(base[a]);
		for (unsigned i = 0; i < 7; i++) {
			int want = a == 1 ? RW - (i == 3 || i == 6) : NONE, got = probe(base[a], in[i]);
			if (got != NONE || keeps())
				assert_int_equal(got, want);
		}
		if (a != 1 && keeps())
			assert_int_equal(probe(base[a], VA_G), RW);
	}
	espt_flush_va_all_asid(e, 0x0031a000);
	reenter(base[1]);
	assert_int_equal(probe(base[1], in[0]), NONE);
	assert_int_equal(probe(base[1], in[2]), RW);
}

/* TLBIMVA page after page over a run filled in a user view while the kernel
 * runs: one host unmap, when the CPU enters the user view again. */
static void test_flush_range_deferred(void **state)
{
	(void)state;
	for (unsigned i = 0; i < 16; i++)
		put(L2 + 4 * (0x20 + i), small_page(0x60420000 + i * 0x1000, 3, true));
	uint8_t *u = view(1);
	uint32_t v;
	assert_int_equal(guest_read(u, 0x00320000, &v), ESPT_FILLED);
	assert_int_equal(stats().run_fills, 15);
	enter(1, true);
	uint64_t unmaps = stats().unmaps;
	for (unsigned i = 0; i < 16; i++)
		espt_flush_va(e, 0x00320000 + i * 0x1000, 1);
	reenter(u);
	assert_int_equal(stats().unmaps, unmaps + 1);
	for (unsigned i = 0; i < 16; i++)
		assert_int_equal(probe(u, 0x00320000 + i * 0x1000), NONE);
	assert_int_equal(guest_read(u, 0x0032f000, &v), ESPT_FILLED);
}

/* Fills with the MMU off never go stale: only TLBIALL drops them. */
static void test_flat_view_survives(void **state)
{
	(void)state;
	uint8_t *flat = espt_base(e);
	uint32_t v;
	assert_int_equal(guest_read(flat, RAM + 0x345000, &v), ESPT_FILLED);
	espt_flush_va(e, RAM + 0x345000, 0);
	espt_flush_va_all_asid(e, RAM + 0x345000);
	espt_flush_asid(e, 0);
	assert_int_equal(probe(flat, RAM + 0x345000), RW);
	espt_flush_all(e);
	assert_int_equal(probe(flat, RAM + 0x345000), NONE);
}

static void test_protect_code(void **state)
{
	(void)state;
	put(L1 + 4 * 0x00a, section(0x60300000, 3, 0, false));  /* alias of VA_G's page */
	uint8_t *a = enter_view(1, true);
	m.cpu.mode = MODE_USR;
	uint8_t *u = espt_base(e);
	uint8_t *bases[2] = { a, u };
	for (unsigned i = 0; i < 2; i++) {
		m.cpu.mode = i ? MODE_USR : MODE_SVC;
		espt_base(e);
		assert_int_equal(guest_write(bases[i], VA_G, 0xe1a00000), ESPT_FILLED);
		assert_int_equal(guest_write(bases[i], VA_SG + 0x23000, 1), ESPT_FILLED);
		assert_int_equal(guest_write(bases[i], 0x00a45004, 2), ESPT_FILLED);
	}
	set_code(0x60345000, true);
	espt_protect_code(e, 0x60345000);
	set_code(0x60823000, true);
	set_code(0x60825000, true);
	espt_protect_code(e, 0x60823000);
	espt_protect_code(e, 0x60825000);
	for (unsigned i = 0; i < 2; i++) {
		assert_int_equal(probe(bases[i], VA_G), RO);
		assert_int_equal(probe(bases[i], 0x00a45000), RO);    /* alias, in a section */
		assert_int_equal(probe(bases[i], 0x00a46000), RW);
		assert_int_equal(probe(bases[i], VA_SG + 0x23000), RO);
		assert_int_equal(probe(bases[i], VA_SG + 0x24000), RW);
		assert_int_equal(probe(bases[i], VA_SG + 0x25000), RO);
	}
	/* The user view is current: its writes report the code page. */
	assert_int_equal(guest_write(u, 0x00a45008, 3), ESPT_CODE_WRITE);
	assert_int_equal(acc.f.pa, 0x60345008);
	assert_int_equal(guest_write(u, VA_SG + 0x24000, 4), ESPT_FILLED);
	assert_int_equal(faults, 0);
	/* The translator drops the code and clears the bit; the retry maps the page
	 * writable in the current view only. */
	set_code(0x60823000, false);
	assert_int_equal(guest_write(u, VA_SG + 0x23000, 5), ESPT_FILLED);
	assert_int_equal(probe(u, VA_SG + 0x23000), RW);
	assert_int_equal(probe(u, VA_SG + 0x25000), RO);
	assert_int_equal(probe(a, VA_SG + 0x23000), RO);
	uint32_t v;
	assert_int_equal(guest_read(u, VA_SG + 0x23000, &v), ESPT_FILLED);
	assert_int_equal(v, 5);
	/* What was written as code through one alias is seen through the other. */
	assert_int_equal(guest_read(u, 0x00a45000, &v), ESPT_FILLED);
	assert_int_equal(v, 0xe1a00000);
	assert_int_equal(stats().code_writes, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_flush_va, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_flush_asid_and_all, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_flush_privileged, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_flush_whole_entry, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_flush_range_deferred, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_flat_view_survives, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_protect_code, setup, machine_down),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
