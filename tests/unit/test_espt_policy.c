/*
 * ESPT management policies (--espt-policy): how many regions a privileged and a
 * user view get for different address spaces, and what a region keeps when it
 * passes from one address space to another. The bounds are the policies'
 * definitions (include/espt.h); what survives is the ARM ARM's: global TLB
 * entries match every ASID, non-global ones only their own (B3.9.1), so a
 * region passing on keeps its global fills and nothing else.
 */
#include "test_espt.h"

#define NSPACES 10   /* address spaces, more than any bounded policy's regions */

struct policy_case {
	const char *name;
	bool priv;
	unsigned copies;   /* regions of the view at most, 0: one per address space */
};

static int setup(void **state)
{
	const struct policy_case *c = *state;
	if (machine_up(0))
		return -1;
	espt_destroy(e);
	e = espt_create(&m.cpu, code_pages, 0, c->name);
	return e ? 0 : -1;
}

/* Address space n: ASID n, the tables of two_address_spaces() alternately. */
static uint8_t *enter_space(unsigned n, bool priv)
{
	mmu_on((uint8_t)n);
	m.cpu.mode = priv ? MODE_SVC : MODE_USR;
	address_space((uint8_t)n, n & 1 ? L1 : L1B);
	return espt_base(e);
}

static uint32_t va_n_value(unsigned n)
{
	return n & 1 ? 0xa1 : 0xb1;
}

static void test_policy(void **state)
{
	const struct policy_case *c = *state;
	uint8_t *base[NSPACES + 1];
	unsigned distinct = 0;
	two_address_spaces();
	for (unsigned n = 1; n <= NSPACES; n++) {
		base[n] = enter_space(n, c->priv);
		expect_read(base[n], VA_N, va_n_value(n), 1);
		uint32_t v;
		assert_int_equal(guest_read(base[n], VA_G, &v), ESPT_FILLED);
		assert_int_equal(v, 0x6);
		bool seen = false;
		for (unsigned k = 1; k < n; k++)
			seen |= base[k] == base[n];
		distinct += !seen;
	}
	unsigned want = c->copies && c->copies < NSPACES ? c->copies : NSPACES;
	assert_int_equal(distinct, want);

	/* Back to the first address space. */
	uint8_t *first = enter_space(1, c->priv);
	if (!c->copies) {
		assert_ptr_equal(first, base[1]);
		expect_read(first, VA_N, 0xa1, 0);
		assert_int_equal(stats().as_changes, 0);
		return;
	}
	/* Its region went to another address space: the least recently used
	 * copy comes back to it with its global fills only. */
	assert_int_equal(probe(first, VA_G), RW);
	assert_int_equal(probe(first, VA_N), NONE);
	expect_read(first, VA_N, 0xa1, 1);
	assert_int_equal(stats().as_changes, NSPACES - c->copies + 1);
	assert_int_equal(stats().as_drops, NSPACES - c->copies + 1);
}

static const struct policy_case cases[] = {
	{ "armvm", true, 8 },   { "armvm", false, 0 },
	{ "shared", true, 1 },  { "shared", false, 1 },
	{ "private", true, 0 }, { "private", false, 0 },
	{ "group", true, 8 },   { "group", false, 8 },
};

static void test_unknown_policy(void **state)
{
	(void)state;
	assert_null(espt_create(&m.cpu, code_pages, 0, "lru"));
	assert_int_equal(espt_policy_find("shared"), 1);
	assert_int_equal(espt_policy_find("Shared"), -1);
}

#define CASE(i) cmocka_unit_test_prestate_setup_teardown(test_policy, setup, machine_down, \
							  (void *)&cases[i])

int main(void)
{
	const struct CMUnitTest tests[] = {
		CASE(0), CASE(1), CASE(2), CASE(3), CASE(4), CASE(5), CASE(6), CASE(7),
		cmocka_unit_test_prestate_setup_teardown(test_unknown_policy, setup, machine_down,
							 (void *)&cases[0]),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
