/*
 * --mmu auto: the translator chooses, per view, between ESPT and the software
 * TLB from what it counts (src/mmu/mmu_auto.c). A view is the caller's choice
 * (the translator: each address space's user side, the kernel side of all,
 * and the MMU off). A new view runs with the software TLB, which costs nothing
 * to set up: short-lived processes never pay for shadow fills. Once it has run long enough it tries ESPT; after a
 * warm-up it is judged epoch by epoch: when ESPT's management (faults, host
 * mmaps and unmaps, counted and priced at their measured host cost) costs more
 * than twice what the software TLB would have (a price per instruction for the
 * inline lookups, and one per miss at the miss rate the view had with it), the
 * view goes back to the software TLB and tries ESPT again only after twice as long
 * as the last time.
 *
 * The policy knows nothing of the translator: the caller names the view it
 * runs in, its instruction count, and ESPT's cost so far, and gets the scheme.
 */
#ifndef ARMVM_MMU_AUTO_H
#define ARMVM_MMU_AUTO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define MMU_AUTO_VIEWS 32

/* Host cost of ESPT's operations (docs/architecture.md, bench/espt_steps.c
 * medians on the 2-core build host): a SIGSEGV round trip with its handling
 * (a guest fault, 5 us); a host mapping with the host's own page faults on
 * the first accesses through it (demand paging, 18 us, less the fault; a fill
 * from a fault is dearer, 23 us in all); an unmap or mprotect (7 us). The
 * translator charges a mapping's unmap when it is made (src/dbt/dbt.c). */
#define MMU_AUTO_FAULT_NS 5000u
#define MMU_AUTO_MAP_NS   13000u
#define MMU_AUTO_UNMAP_NS 7000u

/* Instructions a view runs with the software TLB before it first tries ESPT
 * (a fork+exec of a small program runs about 2 million: bench fork_exec);
 * after a switch to ESPT, instructions not judged (the working set's fills);
 * instructions of one judged epoch. */
#define MMU_AUTO_AGE   (4ull << 20)
#define MMU_AUTO_WARM  (4ull << 20)
#define MMU_AUTO_EPOCH (8ull << 20)
/* What the software TLB costs: its inline lookups per guest instruction, in
 * picoseconds, and a miss (the instruction run by the interpreter, a walk),
 * in nanoseconds. */
#define MMU_AUTO_SOFT_PS 400u
#define MMU_AUTO_MISS_NS 80u
/* ESPT is kept until it costs this many times the estimate: a switch has
 * costs of its own (blocks compiled again, fills again on return), and the
 * estimate is rough. */
#define MMU_AUTO_MARGIN  2u
/* A view that keeps losing with ESPT waits at most AGE << this to retry. */
#define MMU_AUTO_MAX_BACKOFF 8u

struct mmu_auto_view {
	uint64_t key;            /* the caller's view key; 0: free slot */
	uint64_t insns;          /* guest instructions run in the view */
	uint64_t judge_at;       /* insns at which its scheme is next decided */
	uint64_t epoch_start;    /* insns when the current epoch began */
	uint64_t cost_ns;        /* ESPT's cost charged in the current epoch */
	uint64_t soft_insns;     /* instructions run with the software TLB ... */
	uint64_t soft_misses;    /* ... and its misses */
	uint64_t used;           /* least-recently-used stamp */
	uint8_t backoff;         /* ESPT tries that lost */
	bool espt, warming;
};

struct mmu_auto_stats {
	uint64_t views, to_espt, to_softmmu, insns_espt, insns_softmmu;
};

struct mmu_auto {
	struct mmu_auto_view view[MMU_AUTO_VIEWS];
	struct mmu_auto_view *cur;  /* the view last chosen for, or NULL */
	struct mmu_auto_view *young_cache;  /* the view mmu_auto_young last found */
	uint64_t young_absent;  /* a key it found no view for since (0: none) */
	uint64_t cur_key;
	uint64_t check_at;       /* CPU instruction count at which cur is looked at again */
	uint64_t mark_insns;     /* CPU instruction count, ESPT cost and software-TLB */
	uint64_t mark_cost;      /* misses at the last charge */
	uint64_t mark_misses;
	uint64_t switch_insns;   /* tests: flip each view's scheme every N instructions */
	uint64_t clock;
	struct mmu_auto_stats stats;
};

/* switch_insns: 0 for the policy, else each view changes scheme every
 * switch_insns of its instructions (--mmu-switch-insns, for tests). */
void mmu_auto_init(struct mmu_auto *a, uint64_t switch_insns);

/* Does view `key` (non-zero) run with ESPT now? insns: the CPU's instruction
 * count; espt_cost_ns: ESPT's management cost so far; misses: software-TLB
 * misses so far (both non-decreasing). The previous view is charged the
 * instructions, cost and misses since the last call (nothing if the count
 * went back: a test that resets the CPU). */
bool mmu_auto_choose(struct mmu_auto *a, uint64_t key, uint64_t insns, uint64_t espt_cost_ns,
		     uint64_t misses);

/* The same, answered without a charge while nothing is due: -1 when
 * mmu_auto_choose must be called. */
static inline int mmu_auto_cached(const struct mmu_auto *a, uint64_t key, uint64_t insns)
{
	return key == a->cur_key && insns < a->check_at && insns >= a->mark_insns ?
	       a->cur->espt : -1;
}

/* Has view `key` never run with ESPT (or is it unknown, about to start)? */
bool mmu_auto_young(struct mmu_auto *a, uint64_t key);

void mmu_auto_print_stats(const struct mmu_auto *a, FILE *f);

#endif
