/*
 * rt_guest.c: console output through the PL011 UART0 of vexpress-a9 and the
 * C library functions the compiler calls on its own.
 *
 * PL011 (ARM DDI 0183): UARTDR at offset 0x000, UARTFR at 0x018 with TXFF
 * (transmit FIFO full) in bit 5.  Built with -fno-tree-loop-distribute-patterns
 * so that these loops are not turned back into calls to themselves.
 */
#include "rt.h"

#define UART0_BASE     0x10009000u
#define PL011_DR       0x000u
#define PL011_FR       0x018u
#define PL011_FR_TXFF  (1u << 5)

static volatile u32 *uart_reg(u32 offset)
{
	return (volatile u32 *)(UART0_BASE + offset);
}

void rt_putc(int c)
{
	while (*uart_reg(PL011_FR) & PL011_FR_TXFF)
		;
	*uart_reg(PL011_DR) = (u8)c;
}

void *memcpy(void *dst, const void *src, usize n)
{
	u8 *d = dst;
	const u8 *s = src;

	if ((((usize)d ^ (usize)s) & 3) == 0) {
		while (n && ((usize)d & 3)) {
			*d++ = *s++;
			n--;
		}
		for (; n >= 4; n -= 4, d += 4, s += 4)
			*(u32 *)d = *(const u32 *)s;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, usize n)
{
	u8 *d = dst;
	const u8 *s = src;

	if (d < s) {
		while (n--)
			*d++ = *s++;
	} else if (d > s) {
		while (n--)
			d[n] = s[n];
	}
	return dst;
}

void *memset(void *dst, int c, usize n)
{
	u8 *d = dst;
	u32 w = (u8)c * 0x01010101u;

	while (n && ((usize)d & 3)) {
		*d++ = (u8)c;
		n--;
	}
	for (; n >= 4; n -= 4, d += 4)
		*(u32 *)d = w;
	while (n--)
		*d++ = (u8)c;
	return dst;
}

int memcmp(const void *a, const void *b, usize n)
{
	const u8 *x = a, *y = b;

	for (usize i = 0; i < n; i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

usize strlen(const char *s)
{
	usize n = 0;

	while (s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (u8)*a - (u8)*b;
}

/* Run-time ABI for the ARM Architecture (IHI 0043), 4.3.2: the division by
 * zero handlers libgcc calls.  Defined here so that libgcc's Linux versions,
 * which call raise(), are not linked. */
int __aeabi_idiv0(int r);
long long __aeabi_ldiv0(long long r);

int __aeabi_idiv0(int r)
{
	rt_puts("rt: integer division by zero\n");
	rt_exit(3);
	return r;
}

long long __aeabi_ldiv0(long long r)
{
	rt_puts("rt: integer division by zero\n");
	rt_exit(3);
	return r;
}
