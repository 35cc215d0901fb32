/*
 * Cortex-A9 private timer at register level on a stepped clock (PERIPHCLK
 * 100 MHz: 10 ns a cycle). Expected from DDI 0407: interval
 * (prescaler + 1) * (Load + 1) cycles with auto-reload, event flag cleared by
 * writing 1, IRQ only with IRQ enable, one-shot stopping at zero; the global
 * timer's comparator and auto-increment; and the SCU reporting one core.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "a9_private.h"

static struct vclock clk;
static struct a9_twd twd;
static int line;

static void irq(void *target, unsigned n, int level)
{
	(void)target;
	(void)n;
	line = level;
}

static uint32_t r(uint32_t off) { return a9_twd_ops.read(&twd, off, 4); }
static void w(uint32_t off, uint32_t v) { a9_twd_ops.write(&twd, off, v, 4); }

static int setup(void **state)
{
	(void)state;
	vclock_init(&clk, true);
	twd.timer.irq = (struct irq_line){ irq, NULL, 0 };
	a9_twd_init(&twd, &clk);
	line = 0;
	return 0;
}

static void test_autoreload_with_prescaler(void **state)
{
	(void)state;
	w(0x00, 99);
	w(0x08, 1u << 8 | 7);             /* prescaler 1: 20 ns a tick; reload; IRQ */
	vclock_step(&clk, 1000);          /* 50 ticks */
	assert_int_equal(r(0x04), 49);
	vclock_step(&clk, 980);
	assert_int_equal(line, 1);
	assert_int_equal(r(0x0c), 1);
	w(0x0c, 1);
	assert_int_equal(line, 0);
	vclock_step(&clk, 2000);          /* (99 + 1) ticks later: the next event */
	assert_int_equal(line, 1);
}

static void test_oneshot_and_mask(void **state)
{
	(void)state;
	w(0x00, 10);
	w(0x08, 1);                        /* enabled, no reload, IRQ masked */
	vclock_step(&clk, 100);
	assert_int_equal(r(0x0c), 1);
	assert_int_equal(line, 0);
	assert_int_equal(r(0x04), 0);
	w(0x08, 5);                        /* unmask: the pending event raises IRQ */
	assert_int_equal(line, 1);
}

/* Time passes without the CPU thread servicing the clock (it was busy); the
 * guest then rewrites the control register: the event that fell due in
 * between must not be lost (Linux's twd_set_next_event does exactly this). */
static void test_event_due_before_control_write(void **state)
{
	(void)state;
	w(0x08, 5);                        /* enabled, one-shot, IRQ enabled */
	w(0x04, 101);                      /* 101 ticks: 1010 ns */
	clk.now_ns += 13000;               /* 13 us pass, nobody services the clock */
	w(0x08, 5);
	assert_int_equal(r(0x0c), 1);
	assert_int_equal(line, 1);
}

/* A periodic timer rewritten in its reload tick (the counter reads 0 for one
 * tick after reaching zero, DDI 0407 "timer interval (Load + 1) ticks"): the
 * write does not touch the count, so the next event comes one period on. */
static void test_control_write_in_reload_tick(void **state)
{
	(void)state;
	w(0x00, 9);
	w(0x08, 7);                        /* enabled, auto-reload, IRQ: 100 ns period */
	vclock_step(&clk, 90);             /* the counter reaches zero */
	assert_int_equal(r(0x0c), 1);
	assert_int_equal(r(0x04), 0);
	w(0x0c, 1);
	w(0x08, 7);
	vclock_step(&clk, 99);
	assert_int_equal(r(0x0c), 0);
	vclock_step(&clk, 1);              /* 100 ns after the first event */
	assert_int_equal(r(0x0c), 1);
	assert_int_equal(line, 1);
}

/* The host's clock moves on while the guest's accesses run: here 100 ns
 * between any two readings. */
static uint64_t host_ns;
static uint64_t host_clock(void)
{
	return host_ns += 100;
}

/* Linux re-arms the timer in one-shot mode with the counter, then the
 * control register (twd_set_next_event). When the count of 15 (150 ns, the
 * driver's minimum) runs out during the control write, the event must still
 * come: an access sees one instant, at which what is due has fired. */
static void test_count_ends_during_control_write(void **state)
{
	(void)state;
	vclock_init(&clk, false);
	clk.host_ns = host_clock;
	clk.start_ns = host_ns = 0;
	w(0x08, 5);                        /* enabled, one-shot, IRQ enabled */
	w(0x04, 15);
	w(0x08, 5);
	for (int i = 0; i < 4; i++)
		r(0x04);
	assert_int_equal(r(0x0c), 1);
	assert_int_equal(line, 1);
}

/* Global timer: a 64-bit count from the value written while disabled, an
 * event at the comparator, auto-increment moving the comparator on. */
static void test_global_timer(void **state)
{
	(void)state;
	struct a9_gtimer gt = { .irq = { irq, NULL, 0 } };
	a9_gtimer_init(&gt, &clk);
	a9_gtimer_ops.write(&gt, 0x00, 0xfffffff0u, 4);
	a9_gtimer_ops.write(&gt, 0x04, 1, 4);
	a9_gtimer_ops.write(&gt, 0x10, 0x00000010u, 4);     /* comparator 0x2_00000010 */
	a9_gtimer_ops.write(&gt, 0x14, 2, 4);
	a9_gtimer_ops.write(&gt, 0x18, 100, 4);
	a9_gtimer_ops.write(&gt, 0x08, 0xf, 4);             /* enable, comp, IRQ, autoinc */
	vclock_step(&clk, 310);                             /* 31 ticks of 10 ns */
	assert_int_equal(a9_gtimer_ops.read(&gt, 0x00, 4), 0x0000000f);
	assert_int_equal(a9_gtimer_ops.read(&gt, 0x04, 4), 2);
	assert_int_equal(line, 0);
	vclock_step(&clk, 10);                              /* count reaches 0x2_00000010 */
	assert_int_equal(line, 1);
	assert_int_equal(a9_gtimer_ops.read(&gt, 0x10, 4), 0x10 + 100);
	a9_gtimer_ops.write(&gt, 0x0c, 1, 4);
	assert_int_equal(line, 0);
	vclock_step(&clk, 990);
	assert_int_equal(line, 0);
	vclock_step(&clk, 10);                              /* 100 ticks later */
	assert_int_equal(line, 1);
}

static void test_scu_reports_one_core(void **state)
{
	(void)state;
	struct a9_scu scu = { 0 };
	assert_int_equal(a9_scu_ops.read(&scu, 0x04, 4) & 3, 0);
	a9_scu_ops.write(&scu, 0x00, 1, 4);
	assert_int_equal(a9_scu_ops.read(&scu, 0x00, 4), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_autoreload_with_prescaler, setup),
		cmocka_unit_test_setup(test_oneshot_and_mask, setup),
		cmocka_unit_test_setup(test_event_due_before_control_write, setup),
		cmocka_unit_test_setup(test_control_write_in_reload_tick, setup),
		cmocka_unit_test_setup(test_count_ends_during_control_write, setup),
		cmocka_unit_test_setup(test_global_timer, setup),
		cmocka_unit_test_setup(test_scu_reports_one_core, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
