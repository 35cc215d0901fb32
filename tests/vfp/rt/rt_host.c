/* rt_host.c: output on stdout, for the host build of the same programs. */
#include <stdio.h>

#include "rt.h"

void rt_putc(int c)
{
	putchar(c);
}
