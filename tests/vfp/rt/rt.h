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

#endif
