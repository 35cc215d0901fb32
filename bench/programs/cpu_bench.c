/*
 * cpu_bench: a CPU-bound guest load for bench/cpu_mips.sh.  It runs the
 * main() of four guest test programs (tests/guest/progs: bytecode, digest,
 * matrix, hash; built with -Dmain=bench_<name>) BENCH_ROUNDS times.  Each of
 * them starts from the same state on every call, so the executed instruction
 * count is linear in BENCH_ROUNDS: base + rounds * per_round.
 */
#include "rt.h"

#ifndef BENCH_ROUNDS
#define BENCH_ROUNDS 1
#endif

int bench_bytecode(void);
int bench_digest(void);
int bench_matrix(void);
int bench_hash(void);

int main(void)
{
	int status = 0;

	for (int r = 0; r < BENCH_ROUNDS; r++) {
		status |= bench_bytecode();
		status |= bench_digest();
		status |= bench_matrix();
		status |= bench_hash();
	}
	rt_printf("cpu_bench: %d rounds\n", BENCH_ROUNDS);
	return status;
}
