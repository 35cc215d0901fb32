/* rt_fmt.c: formatting on top of rt_putc, shared by guest and host builds. */
#include <string.h>

#include "rt.h"

void rt_puts(const char *s)
{
	while (*s)
		rt_putc(*s++);
}

void rt_hex32(uint32_t v)
{
	for (int i = 28; i >= 0; i -= 4)
		rt_putc("0123456789abcdef"[(v >> i) & 0xf]);
}

void rt_hex64(uint64_t v)
{
	rt_hex32((uint32_t)(v >> 32));
	rt_hex32((uint32_t)v);
}

/* Decimal by subtracting powers of ten (no division: Cortex-A9 has no divide
 * instruction and libgcc's needs a C library). */
void rt_dec(int64_t v)
{
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	uint64_t p = 1;
	int digits = 1;
	if (v < 0)
		rt_putc('-');
	while (digits < 20 && u >= p * 10) {
		p *= 10;
		digits++;
	}
	while (digits--) {
		int d = 0;
		while (u >= p) {
			u -= p;
			d++;
		}
		rt_putc('0' + d);
		/* p / 10 without dividing: the largest power of ten below p */
		uint64_t q = 1;
		while (q * 10 < p)
			q *= 10;
		p = q;
	}
}

void rt_f32(float f)
{
	uint32_t u;
	memcpy(&u, &f, 4);
	if ((u & 0x7f800000u) == 0x7f800000u && (u & 0x7fffffu))
		rt_puts("nan");
	else
		rt_hex32(u);
}

void rt_f64(double d)
{
	uint64_t u;
	memcpy(&u, &d, 8);
	if ((u & 0x7ff0000000000000ull) == 0x7ff0000000000000ull &&
	    (u & 0xfffffffffffffull))
		rt_puts("nan");
	else
		rt_hex64(u);
}

void rt_kv32(const char *label, float f)
{
	rt_puts(label);
	rt_putc(' ');
	rt_f32(f);
	rt_putc('\n');
}

void rt_kv64(const char *label, double d)
{
	rt_puts(label);
	rt_putc(' ');
	rt_f64(d);
	rt_putc('\n');
}
