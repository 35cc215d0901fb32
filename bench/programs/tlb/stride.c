/*
 * stride: page-strided walks over a large working set: one word per 4 KiB
 * page (plus a cache line, so that the host caches are not the limit), then
 * a matrix of words walked column by column, a new page on every access.
 *   stride [MIB [PASSES]]     (default 64 MiB, 24 passes)
 */
#include "tlb.h"

int main(int argc, char **argv)
{
	uint32_t mib = tlb_arg(argc, argv, 1, 64);
	uint32_t passes = tlb_arg(argc, argv, 2, 24);
	uint32_t words = mib << 18, sum = 0;
	uint32_t *buf = tlb_alloc((size_t)words * 4);
	/* the matrix: rows of one page (1024 words), as many rows as pages */
	uint32_t rows = words / 1024;

	for (uint32_t i = 0; i < words; i++)
		buf[i] = i ^ (i >> 7);
	for (uint32_t p = 0; p < passes; p++) {
		uint32_t off = (p * 16) % 1024;

		for (uint32_t i = off; i < words; i += 1024 + 16) {
			buf[i] += p;
			sum += buf[i];
		}
	}
	for (uint32_t p = 0; p < passes; p++)
		for (uint32_t c = p; c < 1024; c += passes * 8)
			for (uint32_t r = 0; r < rows; r++)
				sum = sum * 31 + buf[r * 1024 + c];
	printf("stride: %u MiB, %u passes, checksum %08x\n", mib, passes, sum);
	free(buf);
	return 0;
}
