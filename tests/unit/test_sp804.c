/*
 * SP804 at register level on a stepped virtual clock (1 tick = 1 us at 1 MHz).
 * Expected behaviour from DDI 0271: periodic reload from Load (period Load + 1
 * ticks with the reload tick), one-shot stopping at zero, free-running wrapping
 * to the maximum, prescaler, BGLoad, interrupt clear and masking.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sp804.h"

#define US 1000u
#define EN (1u << 7)
#define PERIODIC (1u << 6)
#define INTEN (1u << 5)
#define ONESHOT (1u << 0)
#define BIT32 (1u << 1)

static struct vclock clk;
static struct sp804 t;
static int line;

static void irq(void *target, unsigned n, int level)
{
	(void)target;
	(void)n;
	line = level;
}

static uint32_t r(uint32_t off) { return sp804_ops.read(&t, off, 4); }
static void w(uint32_t off, uint32_t v) { sp804_ops.write(&t, off, v, 4); }

static int setup(void **state)
{
	(void)state;
	vclock_init(&clk, true);
	t.irq = (struct irq_line){ irq, NULL, 0 };
	sp804_init(&t, &clk);
	line = 0;
	return 0;
}

static void test_reset_values(void **state)
{
	(void)state;
	assert_int_equal(r(0x08), 0x20);
	assert_int_equal(r(0x04), 0xffffffff);
	assert_int_equal(r(0xfe0), 0x04);
	assert_int_equal(r(0xfe4), 0x18);
}

static void test_periodic(void **state)
{
	(void)state;
	w(0x00, 100);
	w(0x08, EN | PERIODIC | INTEN | BIT32);
	vclock_step(&clk, 40 * US);
	assert_int_equal(r(0x04), 60);
	vclock_step(&clk, 60 * US);
	assert_int_equal(r(0x10), 1);
	assert_int_equal(r(0x14), 1);
	assert_int_equal(line, 1);
	w(0x0c, 1);
	assert_int_equal(line, 0);
	vclock_step(&clk, 100 * US);         /* reload tick + 99 ticks: not yet */
	assert_int_equal(line, 0);
	vclock_step(&clk, 1 * US);
	assert_int_equal(line, 1);
}

static void test_oneshot(void **state)
{
	(void)state;
	w(0x00, 10);
	w(0x08, EN | ONESHOT | INTEN | BIT32);
	vclock_step(&clk, 10 * US);
	assert_int_equal(line, 1);
	w(0x0c, 1);
	vclock_step(&clk, 1000 * US);
	assert_int_equal(line, 0);
	assert_int_equal(r(0x04), 0);
}

static void test_free_running_wraps(void **state)
{
	(void)state;
	w(0x00, 5);
	w(0x08, EN | INTEN);                 /* 16-bit, free-running */
	vclock_step(&clk, 5 * US);
	assert_int_equal(line, 1);
	vclock_step(&clk, 1 * US);           /* wrapped to 0xffff */
	assert_int_equal(r(0x04), 0xffff);
}

static void test_prescale_mask_and_bgload(void **state)
{
	(void)state;
	w(0x20 + 0x00, 10);
	w(0x20 + 0x08, EN | PERIODIC | BIT32 | 1u << 2);   /* /16, interrupt masked */
	vclock_step(&clk, 100 * US);         /* 6 ticks of 16 us */
	assert_int_equal(r(0x20 + 0x04), 4);
	w(0x20 + 0x18, 1000);                /* BGLoad: the count goes on */
	assert_int_equal(r(0x20 + 0x00), 1000);
	assert_int_equal(r(0x20 + 0x04), 4);
	vclock_step(&clk, 59 * US);
	assert_int_equal(r(0x20 + 0x10), 0);
	vclock_step(&clk, 1 * US);
	assert_int_equal(r(0x20 + 0x10), 1);  /* raw set ... */
	assert_int_equal(r(0x20 + 0x14), 0);  /* ... but masked */
	assert_int_equal(line, 0);
	vclock_step(&clk, 16 * US);          /* the reload tick: from BGLoad */
	assert_int_equal(r(0x20 + 0x04), 1000);
}

/* A control write in the reload tick of a periodic timer (the value reads 0
 * for that tick) leaves the count alone: no extra interrupt, the same period. */
static void test_control_write_in_reload_tick(void **state)
{
	(void)state;
	w(0x00, 9);
	w(0x08, EN | PERIODIC | INTEN | BIT32);
	vclock_step(&clk, 9 * US);         /* the value reaches zero */
	assert_int_equal(r(0x10), 1);
	w(0x0c, 1);
	w(0x08, EN | PERIODIC | INTEN | BIT32);
	assert_int_equal(r(0x10), 0);
	vclock_step(&clk, 10 * US - 1);
	assert_int_equal(r(0x10), 0);
	vclock_step(&clk, 1);              /* Load + 1 ticks after the first */
	assert_int_equal(r(0x10), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_reset_values, setup),
		cmocka_unit_test_setup(test_periodic, setup),
		cmocka_unit_test_setup(test_oneshot, setup),
		cmocka_unit_test_setup(test_free_running_wraps, setup),
		cmocka_unit_test_setup(test_prescale_mask_and_bgload, setup),
		cmocka_unit_test_setup(test_control_write_in_reload_tick, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
