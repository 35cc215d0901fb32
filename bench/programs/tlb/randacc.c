/*
 * randacc: random read-modify-writes of words spread over a large working
 * set, a new page on almost every access.
 *   randacc [MIB [ACCESSES]]     (default 64 MiB, 4,000,000 accesses)
 */
#include "tlb.h"

int main(int argc, char **argv)
{
	uint32_t mib = tlb_arg(argc, argv, 1, 64);
	uint32_t n = tlb_arg(argc, argv, 2, 4000000);
	uint32_t words = mib << 18, sum = 0;
	uint32_t *buf = tlb_words(words, 2654435761u);
	uint64_t s = 0x9e3779b97f4a7c15ull;

	for (uint32_t i = 0; i < n; i++) {
		uint32_t k = tlb_below(&s, words);

		buf[k] += i;
		sum = (sum ^ buf[k]) * 16777619u;
	}
	for (uint32_t i = 0; i < words; i += 1024)
		sum += buf[i];
	printf("randacc: %u MiB, %u accesses, checksum %08x\n", mib, n, sum);
	free(buf);
	return 0;
}
