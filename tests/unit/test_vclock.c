/*
 * The virtual clock's event queue on a stepped clock: timers fire in deadline
 * order, at their deadline, once; cancel and re-arm; a periodic timer that
 * re-arms itself from its callback; the instruction-counted clock (--icount).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "vclock.h"

static struct vclock clk;
static uint64_t fired_at[8];
static int fired_order[8], nfired;

struct probe {
	int id;
	uint64_t period;
	struct vtimer t;
};

static void on_fire(void *opaque)
{
	struct probe *p = opaque;
	fired_at[nfired] = vclock_now(&clk);
	fired_order[nfired++] = p->id;
	if (p->period && nfired < 8)
		vtimer_arm(&clk, &p->t, p->t.deadline + p->period);
}

static int setup(void **state)
{
	(void)state;
	vclock_init(&clk, true);
	nfired = 0;
	return 0;
}

static void test_order_and_time(void **state)
{
	(void)state;
	struct probe a = { 1, 0, { 0 } }, b = { 2, 0, { 0 } }, c = { 3, 0, { 0 } };
	vtimer_init(&a.t, on_fire, &a);
	vtimer_init(&b.t, on_fire, &b);
	vtimer_init(&c.t, on_fire, &c);
	vtimer_arm(&clk, &a.t, 300);
	vtimer_arm(&clk, &b.t, 100);
	vtimer_arm(&clk, &c.t, 200);
	assert_int_equal(vclock_next_deadline(&clk), 100);
	vclock_step(&clk, 250);
	assert_int_equal(nfired, 2);
	assert_int_equal(fired_order[0], 2);
	assert_int_equal(fired_at[0], 100);
	assert_int_equal(fired_order[1], 3);
	assert_int_equal(fired_at[1], 200);
	assert_int_equal(vclock_now(&clk), 250);
	vtimer_cancel(&clk, &a.t);
	vclock_step(&clk, 1000);
	assert_int_equal(nfired, 2);
	assert_int_equal(vclock_next_deadline(&clk), VCLOCK_NEVER);
}

static void test_rearm_moves_timer(void **state)
{
	(void)state;
	struct probe a = { 1, 0, { 0 } };
	vtimer_init(&a.t, on_fire, &a);
	vtimer_arm(&clk, &a.t, 100);
	vtimer_arm(&clk, &a.t, 50);
	vclock_step(&clk, 200);
	assert_int_equal(nfired, 1);
	assert_int_equal(fired_at[0], 50);
}

static void test_periodic(void **state)
{
	(void)state;
	struct probe p = { 7, 40, { 0 } };
	vtimer_init(&p.t, on_fire, &p);
	vtimer_arm(&clk, &p.t, 40);
	vclock_step(&clk, 130);
	assert_int_equal(nfired, 3);
	assert_int_equal(fired_at[0], 40);
	assert_int_equal(fired_at[1], 80);
	assert_int_equal(fired_at[2], 120);
	assert_int_equal(vclock_next_deadline(&clk), 160);
}

/* Devices compute with one instant per access: the time moves only when the
 * clock is synced, and a sync fires what is due by the time it returns. */
static uint64_t host;
static uint64_t host_clock(void)
{
	return host += 30;
}

static void test_time_moves_at_sync(void **state)
{
	(void)state;
	struct probe a = { 1, 0, { 0 } };
	vclock_init(&clk, false);
	clk.host_ns = host_clock;
	clk.start_ns = host = 0;
	vtimer_init(&a.t, on_fire, &a);
	vtimer_arm(&clk, &a.t, 50);
	assert_int_equal(vclock_sync(&clk), 30);
	assert_int_equal(vclock_now(&clk), 30);
	assert_int_equal(vclock_now(&clk), 30);
	assert_int_equal(nfired, 0);
	assert_int_equal(vclock_sync(&clk), 60);
	assert_int_equal(nfired, 1);
	assert_int_equal(fired_at[0], 60);
}

/* --icount=2: 4 ns an instruction. Time is (count + pending) * 4 plus what WFI
 * skipped; a deadline falls at the first count whose time reaches it; arming
 * an earlier timer asks the run loop to look again. */
static void test_icount(void **state)
{
	(void)state;
	uint64_t count = 0;
	uint32_t pending = 0;
	atomic_uint exit_request = 0;
	struct probe a = { 1, 0, { 0 } }, b = { 2, 0, { 0 } };
	vclock_init(&clk, false);
	vclock_set_icount(&clk, 2, &count, &pending, &exit_request);
	vtimer_init(&a.t, on_fire, &a);
	vtimer_init(&b.t, on_fire, &b);
	count = 10;
	pending = 3;
	assert_int_equal(vclock_sync(&clk), 52);
	pending = 0;
	vtimer_arm(&clk, &a.t, 1001);
	assert_int_equal(exit_request, 1);
	assert_int_equal(vclock_icount_at(&clk, 1001), 251);   /* 250 * 4 = 1000 < 1001 */
	assert_int_equal(vclock_icount_at(&clk, 1000), 250);
	assert_int_equal(vclock_icount_at(&clk, VCLOCK_NEVER), UINT64_MAX);
	exit_request = 0;
	vtimer_arm(&clk, &b.t, 2000);   /* not the earliest */
	assert_int_equal(exit_request, 0);
	count = 250;
	vclock_run(&clk);
	assert_int_equal(nfired, 0);
	count = 251;
	vclock_run(&clk);
	assert_int_equal(nfired, 1);
	assert_int_equal(fired_at[0], 1004);
	/* WFI at count 300 (1200 ns): time jumps to 2000, the count stays. */
	count = 300;
	assert_true(vclock_icount_skip(&clk));
	assert_int_equal(vclock_icount_at(&clk, 2000), 300);
	assert_int_equal(vclock_run(&clk), VCLOCK_NEVER);
	assert_int_equal(fired_at[1], 2000);
	count = 301;
	assert_int_equal(vclock_sync(&clk), 2004);
	assert_false(vclock_icount_skip(&clk));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_order_and_time, setup),
		cmocka_unit_test_setup(test_rearm_moves_timer, setup),
		cmocka_unit_test_setup(test_periodic, setup),
		cmocka_unit_test_setup(test_time_moves_at_sync, setup),
		cmocka_unit_test_setup(test_icount, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
