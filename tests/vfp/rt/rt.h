/*
 * rt.h: the output of the VFP test programs, the same on the guest (PL011
 * UART0, rt_guest.c) and on the host (stdout, rt_host.c): characters, strings
 * and hexadecimal bit patterns only, never printf of a float.
 */
#ifndef VFP_RT_H
#define VFP_RT_H

#include <stdint.h>

void rt_putc(int c);
void rt_puts(const char *s);
void rt_hex32(uint32_t v);
void rt_hex64(uint64_t v);
void rt_dec(int64_t v);

/* Bit patterns of floating-point values; every NaN prints as "nan" (the host
 * and ARM choose different NaNs: x86's default NaN is negative). */
void rt_f32(float f);
void rt_f64(double d);
/* Label, then the value, then a newline. */
void rt_kv32(const char *label, float f);
void rt_kv64(const char *label, double d);

/* The rounding mode for what follows: 0 nearest, 1 towards +inf, 2 towards
 * -inf, 3 towards zero (FPSCR.RMode numbering); rt_guest.c writes FPSCR,
 * rt_host.c calls fesetround. */
void rt_set_rounding(int mode);

#endif
