/*
 * chase: pointer chasing through a linked list of 64-byte nodes whose order
 * is a random permutation of a large array, so that every step depends on
 * the load before it and lands on another page.  Links are indices, so
 * that the guest (32-bit) and the host (64-bit) walk the same list.
 *   chase [MIB [STEPS]]     (default 64 MiB, 3,000,000 steps)
 */
#include "tlb.h"

struct node {
	uint32_t next;
	uint32_t value;
	uint32_t pad[14];
};

int main(int argc, char **argv)
{
	uint32_t mib = tlb_arg(argc, argv, 1, 64);
	uint32_t steps = tlb_arg(argc, argv, 2, 3000000);
	uint32_t count = mib << 14, sum = 0, at = 0;
	struct node *nodes = tlb_alloc((size_t)count * sizeof(*nodes));
	uint32_t *order = tlb_alloc((size_t)count * 4);
	uint64_t s = 0x2545f4914f6cdd1dull;

	/* Fisher-Yates shuffle of 0..count-1, then one cycle through it */
	for (uint32_t i = 0; i < count; i++)
		order[i] = i;
	for (uint32_t i = count - 1; i > 0; i--) {
		uint32_t j = tlb_below(&s, i + 1), t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	for (uint32_t i = 0; i < count; i++) {
		nodes[order[i]].next = order[(i + 1) % count];
		nodes[order[i]].value = i * 40503u;
	}
	free(order);
	for (uint32_t i = 0; i < steps; i++) {
		sum += nodes[at].value ^ i;
		nodes[at].value += sum;
		at = nodes[at].next;
	}
	printf("chase: %u MiB, %u steps, at %u, checksum %08x\n", mib, steps, at, sum);
	free(nodes);
	return 0;
}
