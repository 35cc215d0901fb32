/*
 * codedata: a loop updating a global array that the linker puts in the page of
 * its code (tests/guest/rt/link.ld places .data right after .text and
 * .rodata, as small programs are usually linked): every store of the loop
 * lands in a page holding the code that runs. bench/codedata.sh.
 */
#include "rt.h"

#ifndef CODEDATA_ITERS
#define CODEDATA_ITERS 4000000
#endif

volatile unsigned codedata_hist[16] = { 1 };

int main(void)
{
	unsigned x = 1, sum = 0;

	for (unsigned i = 0; i < CODEDATA_ITERS; i++) {
		x = x * 1103515245u + 12345u;
		codedata_hist[x >> 28]++;
	}
	for (unsigned k = 0; k < 16; k++)
		sum += codedata_hist[k] * (k + 1);
	rt_printf("codedata: %u iterations, sum %u\n", CODEDATA_ITERS, sum);
	return 0;
}
