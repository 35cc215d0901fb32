/*
 * rt_host.c: the host side of the runtime: the console is stdout and exit
 * is exit(); libc provides memcpy and friends.
 */
#include <stdio.h>
#include <stdlib.h>

#include "rt.h"

void rt_putc(int c)
{
	putchar(c);
}

void rt_exit(int code)
{
	fflush(stdout);
	exit(code);
}
