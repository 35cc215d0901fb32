/*
 * The --mmu auto policy (include/mmu_auto.h) on made-up counts, against the
 * rules the header states: a new view uses the software TLB; it tries ESPT
 * once it has run MMU_AUTO_AGE instructions; after MMU_AUTO_WARM unjudged
 * instructions, each epoch of MMU_AUTO_EPOCH keeps ESPT while its cost is at
 * most MMU_AUTO_MARGIN times MMU_AUTO_SOFT_PS per instruction plus
 * MMU_AUTO_MISS_NS per miss at the view's software-TLB miss rate, else the view goes back and retries after
 * twice the age; views are separate; a forced switch flips every N.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "mmu_auto.h"

#define A 0x101u
#define B 0x302u

static struct mmu_auto pol;

static int setup(void **state)
{
	(void)state;
	mmu_auto_init(&pol, 0);
	return 0;
}

/* The scheme for key at insns, through the cached answer when there is one. */
static bool espt_at(uint64_t key, uint64_t insns, uint64_t cost)
{
	int cached = mmu_auto_cached(&pol, key, insns);
	return cached >= 0 ? cached : mmu_auto_choose(&pol, key, insns, cost, 0);
}

/* The cost one epoch may have and still keep ESPT. */
static uint64_t epoch_budget(void)
{
	return MMU_AUTO_MARGIN * (MMU_AUTO_EPOCH * MMU_AUTO_SOFT_PS / 1000u);
}

static void test_new_view_waits_for_age(void **state)
{
	(void)state;
	assert_false(espt_at(A, 0, 0));
	assert_false(espt_at(A, MMU_AUTO_AGE - 1, 0));
	assert_true(espt_at(A, MMU_AUTO_AGE, 0));
	assert_int_equal(pol.stats.to_espt, 1);
}

static void test_short_views_never_pay(void **state)
{
	(void)state;
	uint64_t t = 0;
	for (uint64_t k = 1; k <= 3 * MMU_AUTO_VIEWS; k++, t += MMU_AUTO_AGE / 2)
		assert_false(espt_at(k << 12, t, 0));
	assert_false(espt_at(1u << 12, t, 0));   /* forgotten: starts again */
	assert_int_equal(pol.stats.to_espt, 0);
}

/* ESPT from age on; the warm-up is not judged, however dear. */
static uint64_t reach_judged_espt(uint64_t *cost)
{
	uint64_t t = MMU_AUTO_AGE;
	assert_false(espt_at(A, 0, *cost));
	assert_true(espt_at(A, t, *cost));
	*cost += 1000000000u;
	t += MMU_AUTO_WARM;
	assert_true(espt_at(A, t, *cost));
	return t;
}

static void test_cheap_espt_stays(void **state)
{
	(void)state;
	uint64_t cost = 0, t = reach_judged_espt(&cost);
	cost += epoch_budget();
	t += MMU_AUTO_EPOCH;
	assert_true(espt_at(A, t, cost));
	assert_int_equal(pol.stats.to_softmmu, 0);
}

static void test_dear_espt_backs_off(void **state)
{
	(void)state;
	uint64_t cost = 0, t = reach_judged_espt(&cost);
	cost += epoch_budget() + 1;
	t += MMU_AUTO_EPOCH;
	assert_false(espt_at(A, t, cost));
	assert_false(espt_at(A, t + 2 * MMU_AUTO_AGE - 1, cost));
	assert_true(espt_at(A, t + 2 * MMU_AUTO_AGE, cost));
	assert_int_equal(pol.stats.to_softmmu, 1);
	assert_int_equal(pol.stats.to_espt, 2);
}

/* A view that missed once every 64 instructions with the software TLB may
 * spend that much more on ESPT. */
static void test_misses_raise_the_budget(void **state)
{
	(void)state;
	uint64_t t = MMU_AUTO_AGE, misses = MMU_AUTO_AGE / 64;
	uint64_t extra = MMU_AUTO_MARGIN * (MMU_AUTO_EPOCH / 64 * MMU_AUTO_MISS_NS);
	assert_false(mmu_auto_choose(&pol, A, 0, 0, 0));
	assert_true(mmu_auto_choose(&pol, A, t, 0, misses));
	t += MMU_AUTO_WARM;
	assert_true(mmu_auto_choose(&pol, A, t, 0, misses));
	t += MMU_AUTO_EPOCH;
	uint64_t cost = epoch_budget() + extra;
	assert_true(mmu_auto_choose(&pol, A, t, cost, misses));
	t += MMU_AUTO_EPOCH;
	assert_false(mmu_auto_choose(&pol, A, t, 2 * cost + 1, misses));
}

/* Cost that arises while a software-TLB view runs is not A's. */
static void test_cost_charged_to_espt_view_only(void **state)
{
	(void)state;
	uint64_t cost = 0, t = reach_judged_espt(&cost);
	assert_false(espt_at(B, t, cost));
	cost += 10 * epoch_budget();
	t += MMU_AUTO_EPOCH;
	assert_true(espt_at(A, t, cost));
	assert_true(espt_at(A, t + MMU_AUTO_EPOCH, cost));
	assert_int_equal(pol.stats.to_softmmu, 0);
}

static void test_forced_switches(void **state)
{
	(void)state;
	mmu_auto_init(&pol, 10);
	assert_false(espt_at(A, 0, 0));
	assert_false(espt_at(A, 9, 0));
	assert_true(espt_at(A, 10, 0));
	assert_false(espt_at(B, 15, 0));   /* B's own count */
	assert_true(espt_at(A, 24, 0));    /* A has run 15: B's 9 are not A's */
	assert_true(espt_at(A, 28, 0));
	assert_false(espt_at(A, 29, 0));
}

static void test_count_going_back(void **state)
{
	(void)state;
	assert_false(espt_at(A, 0, 0));
	assert_false(espt_at(B, MMU_AUTO_AGE - 10, 0));   /* A is charged */
	assert_false(espt_at(A, 5, 0));   /* a reset CPU: nothing charged */
	assert_false(espt_at(A, 14, 0));
	assert_true(espt_at(A, 15, 0));
}

/* Young: unknown or never on ESPT; not after a try, even one that lost. */
static void test_young_until_espt_tried(void **state)
{
	(void)state;
	assert_true(mmu_auto_young(&pol, A));
	assert_false(espt_at(A, 0, 0));
	assert_true(mmu_auto_young(&pol, A));
	assert_true(espt_at(A, MMU_AUTO_AGE, 0));
	assert_false(mmu_auto_young(&pol, A));
	assert_true(mmu_auto_young(&pol, B));
	uint64_t t = MMU_AUTO_AGE + MMU_AUTO_WARM;
	assert_true(espt_at(A, t, 0));   /* warm-up over */
	assert_false(espt_at(A, t + MMU_AUTO_EPOCH, epoch_budget() + 1));
	assert_false(mmu_auto_young(&pol, A));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_new_view_waits_for_age, setup),
		cmocka_unit_test_setup(test_short_views_never_pay, setup),
		cmocka_unit_test_setup(test_cheap_espt_stays, setup),
		cmocka_unit_test_setup(test_dear_espt_backs_off, setup),
		cmocka_unit_test_setup(test_misses_raise_the_budget, setup),
		cmocka_unit_test_setup(test_cost_charged_to_espt_view_only, setup),
		cmocka_unit_test_setup(test_forced_switches, setup),
		cmocka_unit_test_setup(test_count_going_back, setup),
		cmocka_unit_test_setup(test_young_until_espt_tried, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
