/*
 * ESPT under a small mapping budget: many views and fills never take more host
 * mappings than the budget allows (counted independently in /proc/self/maps),
 * regions are recycled and evictions counted, and guest data stays intact
 * (it lives in the RAM file, which shadow mappings only alias). Many views are
 * user or privileged views of many ASIDs.
 */
#include <stdlib.h>

#include "test_espt.h"

#define BUDGET 64
#define NPAGES 40

static unsigned maps_before;

static unsigned count_maps(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	unsigned n = 0;
	int c;
	assert_non_null(f);
	while ((c = fgetc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

static int setup(void **state)
{
	(void)state;
	int r = machine_up(BUDGET);
	/* VA 0x00300000 + i pages -> PA 0x60400000 + i pages, non-global. */
	put(L1 + 4 * 0x003, page_table(L2, 0));
	for (unsigned i = 0; i < NPAGES; i++)
		put(L2 + 4 * i, small_page(0x60400000 + i * 0x1000, 3, true));
	maps_before = count_maps();   /* the reservation is already there */
	return r;
}

static void check_budget(void)
{
	assert_true(count_maps() <= maps_before + BUDGET - 1);
	assert_true(stats().maps_in_use <= BUDGET);
}

/* Write then read back 16 pages of each ASID's view, three rounds. */
static void round_robin(bool priv)
{
	for (unsigned round = 0; round < 3; round++) {
		for (unsigned asid = 1; asid <= 20; asid++) {
			uint8_t *base = enter_view((uint8_t)asid, priv);
			uint32_t tag = round << 24 | asid << 16;
			for (unsigned i = 0; i < 16; i++) {
				assert_int_equal(guest_write(base, 0x00300000 + i * 0x1000, tag | i),
						 ESPT_FILLED);
				check_budget();
			}
			for (unsigned i = 0; i < 16; i++) {
				uint32_t v;
				assert_int_equal(guest_read(base, 0x00300000 + i * 0x1000, &v),
						 ESPT_FILLED);
				assert_int_equal(v, tag | i);
				assert_int_equal(get(0x60400000 + i * 0x1000), tag | i);
			}
		}
	}
}

/* 20 user views of 32 host mappings each, in a budget of 64: recycled (or, as
 * the policy has it, passed from one address space to another). */
static void test_many_views(void **state)
{
	(void)state;
	round_robin(false);
	struct espt_stats s = stats();
	assert_int_equal(s.max_maps, BUDGET);
	assert_true(s.evictions + s.as_changes > 0);
	assert_int_equal(s.region_switches, 60);
}

/* The same in privileged mode, recycled within the budget. */
static void test_privileged_views(void **state)
{
	(void)state;
	round_robin(true);
	struct espt_stats s = stats();
	assert_true(s.evictions + s.as_changes > 0);
	assert_int_equal(s.region_switches, 60);
}

/* One view needing more than the whole budget (1 + 2 * NPAGES mappings): it
 * is reset and refilled, so some pages are filled twice. */
static void test_one_view_over_budget(void **state)
{
	(void)state;
	mmu_on(1);
	uint8_t *base = espt_base(e);
	for (unsigned i = 0; i < NPAGES; i++) {
		assert_int_equal(guest_write(base, 0x00300000 + i * 0x1000, ~i), ESPT_FILLED);
		check_budget();
	}
	for (unsigned i = 0; i < NPAGES; i++) {
		uint32_t v;
		assert_int_equal(guest_read(base, 0x00300000 + i * 0x1000, &v), ESPT_FILLED);
		assert_int_equal(v, ~i);
	}
	assert_ptr_equal(espt_base(e), base);
	assert_true(stats().evictions > 0);
	assert_true(stats().fills + stats().run_fills > NPAGES);
}

/* The smallest budget allowed still makes progress, page after page, in a
 * user view and in a privileged one (with another in between to evict): a
 * fill maps the page, so the retried access goes through. */
static void test_smallest_budget(void **state)
{
	(void)state;
	espt_destroy(e);
	e = espt_create(&m.cpu, code_pages, 16, policy());
	assert_non_null(e);
	for (unsigned pass = 0; pass < 3; pass++) {
		uint8_t *base = enter_view(1, pass != 1);
		for (unsigned i = 0; i < NPAGES; i++) {
			uint32_t v;
			assert_int_equal(guest_write(base, 0x00300000 + i * 0x1000, pass << 8 | i),
					 ESPT_FILLED);
			assert_true(faults <= 1);
			assert_true(stats().maps_in_use <= 16);
			assert_int_equal(guest_read(base, 0x00300000 + i * 0x1000, &v), ESPT_FILLED);
			assert_int_equal(v, pass << 8 | i);
		}
	}
}

static void test_budget_limits(void **state)
{
	(void)state;
	struct espt *small = espt_create(&m.cpu, code_pages, 8, policy());
	assert_null(small);
	struct espt *host = espt_create(&m.cpu, code_pages, 0, policy());
	assert_non_null(host);
	struct espt_stats s;
	espt_get_stats(host, &s);
	FILE *f = fopen("/proc/sys/vm/max_map_count", "r");
	unsigned limit = 65530;
	if (f) {
		assert_int_equal(fscanf(f, "%u", &limit), 1);
		fclose(f);
	}
	assert_true(s.max_maps > 0 && s.max_maps < limit);
	espt_destroy(host);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_many_views, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_privileged_views, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_one_view_over_budget, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_smallest_budget, setup, machine_down),
		cmocka_unit_test_setup_teardown(test_budget_limits, setup, machine_down),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
