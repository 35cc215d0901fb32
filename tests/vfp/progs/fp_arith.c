/*
 * fp_arith.c: float and double arithmetic, comparisons and conversions on
 * special and ordinary values; prints bit patterns. Its output must be the
 * same built for the guest (VFP, hard-float) and for the host.
 */
#include <stdint.h>
#include <string.h>

#include "../rt/rt.h"

static const uint32_t f_bits[] = {
	0x00000000, 0x80000000, 0x00000001, 0x807fffff, 0x00800000, 0x3f800000,
	0xbfc00000, 0x3f800001, 0x7f7fffff, 0xff7fffff, 0x7f800000, 0xff800000,
	0x7fc00000, 0x40490fdb, 0xc2f6e979, 0x4b800001, 0x33800000, 0x1e3ce508,
};

static const uint64_t d_bits[] = {
	0x0000000000000000ull, 0x8000000000000000ull, 0x0000000000000001ull,
	0x800fffffffffffffull, 0x0010000000000000ull, 0x3ff0000000000000ull,
	0xbff8000000000000ull, 0x3ff0000000000001ull, 0x7fefffffffffffffull,
	0xffefffffffffffffull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
	0x7ff8000000000000ull, 0x400921fb54442d18ull, 0xc05edd2f1a9fbe77ull,
	0x4340000000000001ull, 0x3ca0000000000000ull, 0x36a0000000000001ull,
};

#define NF (sizeof(f_bits) / sizeof(f_bits[0]))
#define ND (sizeof(d_bits) / sizeof(d_bits[0]))

/* Operands come through volatile so the compiler cannot fold them. */
static volatile float vf[NF];
static volatile double vd[ND];

static float f_of(uint32_t u)
{
	float f;
	memcpy(&f, &u, 4);
	return f;
}

static double d_of(uint64_t u)
{
	double d;
	memcpy(&d, &u, 8);
	return d;
}

static void cmp_flags(int lt, int le, int eq, int ne, int ge, int gt)
{
	rt_putc(' ');
	rt_putc('0' + lt);
	rt_putc('0' + le);
	rt_putc('0' + eq);
	rt_putc('0' + ne);
	rt_putc('0' + ge);
	rt_putc('0' + gt);
}

static void floats(void)
{
	for (unsigned i = 0; i < NF; i++) {
		float a = vf[i];
		rt_puts("f ");
		rt_hex32(f_bits[i]);
		rt_puts(" neg ");
		rt_f32(-a);
		rt_puts(" abs ");
		rt_f32(__builtin_fabsf(a));
		rt_puts(" sqrt ");
		rt_f32(__builtin_sqrtf(a));
		rt_puts(" dbl ");
		rt_f64((double)a);
		if (a > -2147483648.0f && a < 2147483648.0f) {
			rt_puts(" int ");
			rt_dec((int32_t)a);
		}
		if (a > -1.0f && a < 4294967296.0f) {
			rt_puts(" uint ");
			rt_dec((uint32_t)a);
		}
		rt_putc('\n');
		for (unsigned j = 0; j < NF; j++) {
			float b = vf[j];
			rt_puts("  ");
			rt_f32(a + b);
			rt_putc(' ');
			rt_f32(a - b);
			rt_putc(' ');
			rt_f32(a * b);
			rt_putc(' ');
			rt_f32(a / b);
			rt_putc(' ');
			rt_f32(a * b + vf[(i + j) % NF]);
			cmp_flags(a < b, a <= b, a == b, a != b, a >= b, a > b);
			rt_putc('\n');
		}
	}
}

static void doubles(void)
{
	for (unsigned i = 0; i < ND; i++) {
		double a = vd[i];
		rt_puts("d ");
		rt_hex64(d_bits[i]);
		rt_puts(" neg ");
		rt_f64(-a);
		rt_puts(" sqrt ");
		rt_f64(__builtin_sqrt(a));
		rt_puts(" flt ");
		rt_f32((float)a);
		if (a > -2147483649.0 && a < 2147483648.0) {
			rt_puts(" int ");
			rt_dec((int32_t)a);
		}
		if (a > -9.2e18 && a < 9.2e18) {
			rt_puts(" i64 ");
			rt_dec((int64_t)a);
		}
		rt_putc('\n');
		for (unsigned j = 0; j < ND; j++) {
			double b = vd[j];
			rt_puts("  ");
			rt_f64(a + b);
			rt_putc(' ');
			rt_f64(a - b);
			rt_putc(' ');
			rt_f64(a * b);
			rt_putc(' ');
			rt_f64(a / b);
			rt_putc(' ');
			rt_f64(a - b * vd[(i + 3 * j) % ND]);
			cmp_flags(a < b, a <= b, a == b, a != b, a >= b, a > b);
			rt_putc('\n');
		}
	}
}

static void integers(void)
{
	static const int32_t ints[] = {
		0, 1, -1, 16777217, -16777217, 2147483647, -2147483647 - 1, 123456789,
	};
	for (unsigned i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		volatile int32_t x = ints[i];
		volatile uint32_t u = (uint32_t)ints[i];
		volatile int64_t l = (int64_t)ints[i] * 1000003;
		rt_puts("i ");
		rt_f32((float)x);
		rt_putc(' ');
		rt_f32((float)u);
		rt_putc(' ');
		rt_f64((double)x);
		rt_putc(' ');
		rt_f64((double)u);
		rt_putc(' ');
		rt_f64((double)l);
		rt_putc(' ');
		rt_f32((float)l);
		rt_putc('\n');
	}
}

int main(void)
{
	for (unsigned i = 0; i < NF; i++)
		vf[i] = f_of(f_bits[i]);
	for (unsigned i = 0; i < ND; i++)
		vd[i] = d_of(d_bits[i]);
	floats();
	doubles();
	integers();
	return 0;
}
