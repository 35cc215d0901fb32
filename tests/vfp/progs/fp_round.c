/*
 * fp_round.c: the four rounding modes (FPSCR.RMode on the guest, fesetround on
 * the host): arithmetic, square roots and conversions that round differently
 * in each mode. Build with -frounding-math so nothing is folded in the
 * default mode.
 */
#include <stdint.h>

#include "../rt/rt.h"

static volatile float fa = 1.0f, fb = 3.0f, fc = -7.0f, ftiny = 1e-38f, fbig = 3e38f;
static volatile double da = 1.0, db = 3.0, dc = -7.0, dtiny = 1e-308, dbig = 1.7e308;
static volatile int32_t big_int = 16777217, neg_int = -16777219;
static volatile uint32_t big_uint = 4294967295u;

int main(void)
{
	for (int mode = 0; mode < 4; mode++) {
		rt_set_rounding(mode);
		rt_puts("mode ");
		rt_dec(mode);
		rt_putc('\n');
		rt_kv32("f div", fa / fb);
		rt_kv32("f div neg", fc / fb);
		rt_kv32("f sqrt", __builtin_sqrtf(fb));
		rt_kv32("f tiny", ftiny * ftiny);
		rt_kv32("f tiny2", ftiny / fb);
		rt_kv32("f big", fbig * fb);
		rt_kv32("f nbig", -fbig * fb);
		rt_kv32("f cancel", (fa + ftiny) - fa);
		rt_kv32("f zero", fb - fb);
		rt_kv32("f from int", (float)big_int);
		rt_kv32("f from neg int", (float)neg_int);
		rt_kv32("f from uint", (float)big_uint);
		rt_kv32("f from double", (float)(da / db));
		rt_kv32("f from double neg", (float)(dc / db));
		rt_kv64("d div", da / db);
		rt_kv64("d div neg", dc / db);
		rt_kv64("d sqrt", __builtin_sqrt(db));
		rt_kv64("d tiny", dtiny * dtiny);
		rt_kv64("d tiny2", dtiny / db);
		rt_kv64("d big", dbig * db);
		rt_kv64("d nbig", -dbig * db);
		rt_kv64("d zero", db - db);
		rt_kv64("d mla", da * db + dc / db);
	}
	rt_set_rounding(0);
	return 0;
}
