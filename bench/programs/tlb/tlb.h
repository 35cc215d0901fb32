/*
 * tlb.h: what the address-translation workloads share (bench/bench.py's
 * translation-heavy rows).  Each workload is an ordinary Linux program,
 * built static for armhf and for the host from the same source; it prints a
 * checksum that must be equal on both.  Sizes come from the command line so
 * that the tests run them small and the bench large.
 */
#ifndef TLB_H
#define TLB_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* xorshift64* (Vigna): the same sequence on every host and guest. */
static inline uint64_t tlb_rand(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ull;
}

/* A random index below n (n < 2^32): the high half of the 64-bit product. */
static inline uint32_t tlb_below(uint64_t *s, uint32_t n)
{
	return (uint32_t)(((tlb_rand(s) >> 32) * n) >> 32);
}

/* argv[i] as a positive number, or def when absent; exits on bad input. */
static inline uint32_t tlb_arg(int argc, char **argv, int i, uint32_t def)
{
	char *end;
	unsigned long v;

	if (i >= argc)
		return def;
	v = strtoul(argv[i], &end, 0);
	if (*argv[i] == '\0' || *end != '\0' || v == 0 || v > 0xffffffffu) {
		fprintf(stderr, "%s: bad number '%s'\n", argv[0], argv[i]);
		exit(2);
	}
	return (uint32_t)v;
}

/* malloc that exits with a message when memory is short. */
static inline void *tlb_alloc(size_t n)
{
	void *p = malloc(n);

	if (!p) {
		fprintf(stderr, "out of memory (%zu bytes)\n", n);
		exit(1);
	}
	return p;
}

/* A buffer of `words` words, word i holding i * mul. */
static inline uint32_t *tlb_words(uint32_t words, uint32_t mul)
{
	uint32_t *buf = tlb_alloc((size_t)words * 4);

	for (uint32_t i = 0; i < words; i++)
		buf[i] = i * mul;
	return buf;
}

#endif
