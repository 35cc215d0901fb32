/*
 * mixed: a longer program of several phases, repeated ROUNDS times:
 * malloc/free churn of objects of random sizes, child processes that each
 * write a share of a parent buffer (copy-on-write faults), qsort of a large
 * array, and random lookups into a large table interleaved with formatting
 * and hashing strings.
 *   mixed [ROUNDS [MIB]]     (default 2 rounds, 24 MiB)
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tlb.h"

#define LIVE 4096
#define CHILDREN 4

static uint32_t fnv(const void *p, size_t n, uint32_t h)
{
	const unsigned char *b = p;

	while (n--)
		h = (h ^ *b++) * 16777619u;
	return h;
}

static uint32_t churn(uint64_t *s, uint32_t allocs)
{
	static unsigned char *live[LIVE];
	static uint32_t len[LIVE];
	uint32_t sum = 0;

	for (uint32_t i = 0; i < allocs; i++) {
		uint32_t k = tlb_below(s, LIVE);

		if (live[k]) {
			sum = fnv(live[k], len[k], sum);
			free(live[k]);
		}
		len[k] = 16 + tlb_below(s, 1u << (4 + tlb_below(s, 10)));
		live[k] = tlb_alloc(len[k]);
		memset(live[k], (int)(i & 0xff), len[k]);
		live[k][len[k] / 2] = (unsigned char)k;
	}
	for (uint32_t k = 0; k < LIVE; k++) {
		if (live[k])
			sum = fnv(live[k], len[k], sum);
		free(live[k]);
		live[k] = NULL;
	}
	return sum;
}

/* Each child writes every CHILDREN-th page of buf (copied on write) and
 * sends the sum of what it wrote back through a pipe. */
static uint32_t cow(uint32_t *buf, uint32_t words)
{
	uint32_t sum = 0;

	for (uint32_t c = 0; c < CHILDREN; c++) {
		int fd[2];
		pid_t pid;
		uint32_t got = 0;

		if (pipe(fd) != 0 || (pid = fork()) < 0) {
			perror("mixed: pipe/fork");
			exit(1);
		}
		if (pid == 0) {
			uint32_t part = 0;

			for (uint32_t i = c * 1024; i < words; i += CHILDREN * 1024)
				for (uint32_t j = i; j < i + 1024; j += 16)
					part += buf[j] += j;
			if (write(fd[1], &part, 4) != 4)
				_exit(1);
			_exit(0);
		}
		close(fd[1]);
		if (read(fd[0], &got, 4) != 4) {
			fprintf(stderr, "mixed: child %u sent nothing\n", c);
			exit(1);
		}
		close(fd[0]);
		waitpid(pid, NULL, 0);
		sum = sum * 31 + got;
	}
	return sum;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

static uint32_t sort(uint64_t *s, uint32_t *buf, uint32_t n)
{
	uint32_t sum = 0;

	for (uint32_t i = 0; i < n; i++)
		buf[i] = (uint32_t)tlb_rand(s);
	qsort(buf, n, 4, cmp_u32);
	for (uint32_t i = 0; i < n; i += 97)
		sum = sum * 31 + buf[i];
	return sum;
}

static uint32_t lookup(uint64_t *s, uint32_t *buf, uint32_t words, uint32_t n)
{
	char text[64];
	uint32_t h = 2166136261u;

	for (uint32_t i = 0; i < n; i++) {
		uint32_t k = tlb_below(s, words);
		int len = snprintf(text, sizeof(text), "%u:%08x;", k, buf[k]);

		h = fnv(text, (size_t)len, h);
		buf[k] ^= h;
	}
	return h;
}

int main(int argc, char **argv)
{
	uint32_t rounds = tlb_arg(argc, argv, 1, 2);
	uint32_t mib = tlb_arg(argc, argv, 2, 24);
	uint32_t words = mib << 18, sum = 0;
	uint32_t *buf = tlb_words(words, 0x9e3779b9u);
	uint64_t s = 0xda942042e4dd58b5ull;

	for (uint32_t r = 0; r < rounds; r++) {
		uint32_t a = churn(&s, 20000 * mib / 32 + 1000);
		uint32_t b = cow(buf, words);
		uint32_t c = sort(&s, buf + (r % 4) * (words / 4), words / 8);
		uint32_t d = lookup(&s, buf, words, 40000 * mib / 32 + 1000);

		printf("mixed: round %u: churn %08x cow %08x sort %08x lookup %08x\n",
		       r, a, b, c, d);
		sum = sum * 31 + (a ^ b ^ c ^ d);
	}
	printf("mixed: %u rounds, %u MiB, checksum %08x\n", rounds, mib, sum);
	free(buf);
	return 0;
}
