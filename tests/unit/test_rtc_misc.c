/*
 * PL031 (DDI 0224): the count follows wall time from the host's clock, RTCLR
 * sets it, a match raises the masked interrupt at the right second; L2C-310
 * (DDI 0246): ID, maintenance registers read as completed, auxiliary control
 * locked while enabled; SP810 keeps SCCTRL.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "vexpress_misc.h"

#define S 1000000000ull

static int line;

static void irq(void *target, unsigned n, int level)
{
	(void)target;
	(void)n;
	line = level;
}

static void test_pl031_time_and_match(void **state)
{
	(void)state;
	struct vclock clk;
	struct pl031 rtc = { .irq = { irq, NULL, 0 } };
	vclock_init(&clk, true);
	pl031_init(&rtc, &clk, 1700000000);
	assert_int_equal(pl031_ops.read(&rtc, 0x00, 4), 1700000000);
	vclock_step(&clk, 2 * S + S / 2);
	assert_int_equal(pl031_ops.read(&rtc, 0x00, 4), 1700000002);
	pl031_ops.write(&rtc, 0x08, 1000, 4);             /* load */
	assert_int_equal(pl031_ops.read(&rtc, 0x00, 4), 1000);
	pl031_ops.write(&rtc, 0x10, 1, 4);                /* unmask */
	pl031_ops.write(&rtc, 0x04, 1003, 4);             /* match in 3 s */
	vclock_step(&clk, 2 * S);
	assert_int_equal(line, 0);
	vclock_step(&clk, S);
	assert_int_equal(pl031_ops.read(&rtc, 0x00, 4), 1003);
	assert_int_equal(line, 1);
	assert_int_equal(pl031_ops.read(&rtc, 0x18, 4), 1);
	pl031_ops.write(&rtc, 0x1c, 1, 4);
	assert_int_equal(line, 0);
	assert_int_equal(pl031_ops.read(&rtc, 0xfe0, 4), 0x31);
}

static void test_l2c310(void **state)
{
	(void)state;
	struct l2c310 l2;
	l2c310_ops.reset(&l2);
	assert_int_equal(l2c310_ops.read(&l2, 0x000, 4) & 0x3f, 0x08);   /* r3p2 */
	assert_int_equal(l2c310_ops.read(&l2, 0x104, 4), 0x02020000);
	l2c310_ops.write(&l2, 0x104, 0x02420000, 4);
	l2c310_ops.write(&l2, 0x100, 1, 4);
	l2c310_ops.write(&l2, 0x104, 0, 4);                            /* locked */
	assert_int_equal(l2c310_ops.read(&l2, 0x104, 4), 0x02420000);
	l2c310_ops.write(&l2, 0x77c, 0xff, 4);                         /* invalidate by way */
	assert_int_equal(l2c310_ops.read(&l2, 0x77c, 4), 0);           /* done at once */
	assert_int_equal(l2c310_ops.read(&l2, 0x730, 4), 0);
}

static void test_sp810(void **state)
{
	(void)state;
	struct sp810 sc;
	sp810_ops.reset(&sc);
	sp810_ops.write(&sc, 0x000, 0x00028000, 4);
	assert_int_equal(sp810_ops.read(&sc, 0x000, 4), 0x00028000);
	assert_int_equal(sp810_ops.read(&sc, 0xfe0, 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pl031_time_and_match),
		cmocka_unit_test(test_l2c310),
		cmocka_unit_test(test_sp810),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
