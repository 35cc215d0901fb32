/*
 * The --mmu auto policy (include/mmu_auto.h): per view, the software TLB
 * until the view is old enough, then ESPT as long as its management costs less
 * than the software TLB's lookups would.
 */
#include <string.h>

#include "mmu_auto.h"

void mmu_auto_init(struct mmu_auto *a, uint64_t switch_insns)
{
	memset(a, 0, sizeof(*a));
	a->switch_insns = switch_insns;
}

static void start_epoch(struct mmu_auto_view *v, uint64_t len)
{
	v->epoch_start = v->insns;
	v->judge_at = v->insns + len;
	v->cost_ns = 0;
}

static void set_scheme(struct mmu_auto *a, struct mmu_auto_view *v, bool espt)
{
	v->espt = espt;
	if (espt)
		a->stats.to_espt++;
	else
		a->stats.to_softmmu++;
}

/* The view's epoch is over: decide its scheme for the next one. */
static void judge(struct mmu_auto *a, struct mmu_auto_view *v)
{
	if (a->switch_insns) {
		set_scheme(a, v, !v->espt);
		start_epoch(v, a->switch_insns);
		return;
	}
	if (!v->espt) {
		set_scheme(a, v, true);
		v->warming = true;
		start_epoch(v, MMU_AUTO_WARM);
		return;
	}
	uint64_t n = v->insns - v->epoch_start;
	uint64_t soft_ns = n * MMU_AUTO_SOFT_PS / 1000u;
	if (v->soft_insns)   /* misses at the rate the view had with the software TLB */
		soft_ns += (uint64_t)((double)n * (double)v->soft_misses / (double)v->soft_insns *
				      MMU_AUTO_MISS_NS);
	if (v->warming || v->cost_ns <= MMU_AUTO_MARGIN * soft_ns) {
		v->warming = false;
		if (v->cost_ns <= soft_ns && v->backoff)
			v->backoff--;
		start_epoch(v, MMU_AUTO_EPOCH);
		return;
	}
	set_scheme(a, v, false);
	if (v->backoff < MMU_AUTO_MAX_BACKOFF)
		v->backoff++;
	start_epoch(v, MMU_AUTO_AGE << v->backoff);
}

static struct mmu_auto_view *find_view(struct mmu_auto *a, uint64_t key)
{
	struct mmu_auto_view *lru = &a->view[0];
	for (unsigned i = 0; i < MMU_AUTO_VIEWS; i++) {
		struct mmu_auto_view *v = &a->view[i];
		if (v->key == key)
			return v;
		if (v->used < lru->used)
			lru = v;
	}
	/* A new view (or one forgotten): the software TLB until it is old. */
	*lru = (struct mmu_auto_view){ .key = key };
	if (a->young_absent == key)
		a->young_absent = 0;
	start_epoch(lru, a->switch_insns ? a->switch_insns : MMU_AUTO_AGE);
	a->stats.views++;
	return lru;
}

bool mmu_auto_choose(struct mmu_auto *a, uint64_t key, uint64_t insns, uint64_t espt_cost_ns,
		     uint64_t misses)
{
	struct mmu_auto_view *v = a->cur;
	if (v) {
		uint64_t n = insns >= a->mark_insns ? insns - a->mark_insns : 0;
		v->insns += n;
		if (v->espt) {
			v->cost_ns += espt_cost_ns - a->mark_cost;
			a->stats.insns_espt += n;
		} else {
			v->soft_insns += n;
			v->soft_misses += misses - a->mark_misses;
			a->stats.insns_softmmu += n;
		}
	}
	a->mark_insns = insns;
	a->mark_cost = espt_cost_ns;
	a->mark_misses = misses;
	if (!v || v->key != key)
		v = find_view(a, key);
	v->used = ++a->clock;
	if (v->insns >= v->judge_at)
		judge(a, v);
	a->cur = v;
	a->cur_key = key;
	a->check_at = insns + (v->judge_at - v->insns);
	return v->espt;
}

bool mmu_auto_young(struct mmu_auto *a, uint64_t key)
{
	struct mmu_auto_view *v = a->young_cache;
	if (key == a->young_absent)
		return true;
	for (unsigned i = 0; i < MMU_AUTO_VIEWS && (!v || v->key != key); i++)
		v = &a->view[i];
	if (v->key != key) {
		a->young_absent = key;
		return true;
	}
	a->young_cache = v;
	return !v->espt && !v->backoff;
}

void mmu_auto_print_stats(const struct mmu_auto *a, FILE *f)
{
	const struct mmu_auto_stats *s = &a->stats;
	fprintf(f, "armvm: stats: mmu auto: %llu views, %llu switches to ESPT and %llu to "
		"softmmu, %llu instructions with ESPT and %llu with softmmu\n",
		(unsigned long long)s->views, (unsigned long long)s->to_espt,
		(unsigned long long)s->to_softmmu, (unsigned long long)s->insns_espt,
		(unsigned long long)s->insns_softmmu);
}
