/* rt_guest.c: output on the vexpress-a9 PL011 UART0 (0x10009000). */
#include "rt.h"

#define UART0_DR (*(volatile uint32_t *)0x10009000u)
#define UART0_FR (*(volatile uint32_t *)0x10009018u)
#define UART_FR_TXFF (1u << 5)

void rt_putc(int c)
{
	while (UART0_FR & UART_FR_TXFF)
		;
	UART0_DR = (uint32_t)(unsigned char)c;
}

void rt_set_rounding(int mode)
{
	uint32_t fpscr;
	__asm__ volatile("vmrs %0, fpscr" : "=r"(fpscr));
	fpscr = (fpscr & ~(3u << 22)) | (uint32_t)(mode & 3) << 22;
	__asm__ volatile("vmsr fpscr, %0" : : "r"(fpscr) : "memory");
}
