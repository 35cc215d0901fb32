/*
 * hashtab: a large open-addressing hash table (linear probing, 8-byte
 * slots) filled to half and then searched, half the keys present: random
 * accesses over the whole table.
 *   hashtab [MIB [KEYS]]     (default 64 MiB, 2,000,000 keys)
 */
#include "tlb.h"

struct slot {
	uint32_t key;	/* 0: empty */
	uint32_t value;
};

static uint32_t mix(uint32_t k)
{
	k ^= k >> 16;
	k *= 0x7feb352du;
	k ^= k >> 15;
	k *= 0x846ca68bu;
	return k ^ (k >> 16);
}

int main(int argc, char **argv)
{
	uint32_t mib = tlb_arg(argc, argv, 1, 64);
	uint32_t keys = tlb_arg(argc, argv, 2, 2000000);
	uint32_t size = 1;
	uint32_t found = 0, probes = 0, sum = 0;
	struct slot *table;
	uint64_t s = 0x853c49e6748fea9bull;

	while (size * 2 <= (mib << 17))
		size *= 2;
	if (keys > size / 2)
		keys = size / 2;
	table = calloc(size, sizeof(*table));
	if (!table) {
		fprintf(stderr, "out of memory\n");
		return 1;
	}
	for (uint32_t i = 0; i < keys; i++) {
		uint32_t key = (uint32_t)tlb_rand(&s) | 1;	/* odd: present */
		uint32_t h = mix(key) & (size - 1);

		while (table[h].key != 0 && table[h].key != key) {
			h = (h + 1) & (size - 1);
			probes++;
		}
		table[h].key = key;
		table[h].value += i;
	}
	s = 0x853c49e6748fea9bull;
	for (uint32_t i = 0; i < keys; i++) {
		uint32_t r = (uint32_t)tlb_rand(&s);
		/* the inserted key every other time, an even (absent) one else */
		uint32_t key = i & 1 ? r | 1 : r & ~1u;
		uint32_t h = mix(key) & (size - 1);

		if (key == 0)
			continue;
		while (table[h].key != 0 && table[h].key != key) {
			h = (h + 1) & (size - 1);
			probes++;
		}
		if (table[h].key == key) {
			found++;
			sum = sum * 33 + table[h].value;
		}
	}
	printf("hashtab: %u slots, %u keys, %u found, %u probes, checksum %08x\n",
	       size, keys, found, probes, sum);
	free(table);
	return 0;
}
