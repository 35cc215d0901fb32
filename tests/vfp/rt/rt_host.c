/* rt_host.c: output on stdout, for the host build of the same programs. */
#include <fenv.h>
#include <stdio.h>

#include "rt.h"

void rt_putc(int c)
{
	putchar(c);
}

void rt_set_rounding(int mode)
{
	static const int modes[4] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	fesetround(modes[mode & 3]);
}
