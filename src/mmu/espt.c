/*
 * ESPT regions: the pool, views, the mapping budget and the counters.
 *
 * A view is what decides the guest's translation and permissions (ARM ARM B3):
 * SCTLR.M, and with the MMU on ASID (CONTEXTIDR[7:0]), TTBR0, the privilege of
 * the access and DACR. With the MMU off every access is allowed at va == pa
 * (B3.2.1), so all MMU-off states share one view. TTBR1, TTBCR and other SCTLR
 * changes are not part of the view: the translator flushes everything on them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "espt_internal.h"
#include "machine.h"

static void view_of(const struct cpu *c, struct espt_view *v)
{
	if (!(c->cp15.sctlr & SCTLR_M)) {
		*v = (struct espt_view){ 0, 0, 0 };
		return;
	}
	v->key = 1u | (uint32_t)cpu_privileged(c) << 1 | (c->cp15.contextidr & 0xffu) << 8;
	v->ttbr0 = c->cp15.ttbr0;
	v->dacr = c->cp15.dacr;
}

/*
 * Management policies (--espt-policy), after the HSPT paper (VEE 2015): regions
 * of views alike but for the address space (ASID and TTBR0: the same MMU state,
 * privilege and DACR) are copies of one view. A policy bounds the copies of a
 * privileged and of a user view; when one more address space needs the view, a
 * copy without non-global fills or the least recently used one passes to it,
 * keeping its global fills (they match every ASID, B3.9.1) and dropping the
 * rest. 0: no bound but the pool, which empties its least recently used region
 * whole when it runs out.
 */
static const struct espt_policy policies[] = {
	{ "armvm",   ESPT_GROUP, 0 },            /* the default */
	{ "shared",  1, 1 },                     /* one region for all */
	{ "private", 0, 0 },                     /* one per address space */
	{ "group",   ESPT_GROUP, ESPT_GROUP },   /* a bounded group each */
};
#define NPOLICIES (sizeof(policies) / sizeof(policies[0]))

const char espt_policy_list[] = "armvm (default), shared, private, group";

int espt_policy_find(const char *name)
{
	for (unsigned i = 0; i < NPOLICIES; i++)
		if (!strcmp(name, policies[i].name))
			return (int)i;
	return -1;
}

/* vm.max_map_count less a margin for the rest of the process. */
static unsigned budget_from_host(void)
{
	unsigned n = 65530;
	FILE *f = fopen("/proc/sys/vm/max_map_count", "r");
	if (f) {
		if (fscanf(f, "%u", &n) != 1)
			n = 65530;
		fclose(f);
	}
	unsigned margin = n / 10 > 4096 ? n / 10 : 4096;
	return n > 2 * margin ? n - margin : n / 2;
}

/* The pool: where the host allocates nothing on its own, left unmapped (a fill
 * in a hole costs about half of one splitting a PROT_NONE reservation, and its
 * unmap less, bench/espt_steps.c): low addresses, far below the top-down area
 * of mmap(NULL) and above a sanitizer's shadow; each instance its own range.
 * Elsewhere (the range taken): reserved PROT_NONE, *holes false. */
#define ESPT_POOL_AT 0x200000000000ull
static uintptr_t pool_next = ESPT_POOL_AT;

static uint8_t *pool_reserve(size_t len, bool *holes)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
	uint8_t *p = mmap((void *)pool_next, len, PROT_NONE, flags | MAP_FIXED_NOREPLACE, -1, 0);
	*holes = p == (uint8_t *)pool_next;
	if (*holes) {
		pool_next += len;
		munmap(p, len);
		return p;
	}
	if (p != MAP_FAILED)
		munmap(p, len);
	return mmap(NULL, len, PROT_NONE, flags, -1, 0);
}

struct espt *espt_create(struct cpu *cpu, const uint8_t *code_pages, unsigned max_maps,
			 const char *policy)
{
	struct bus *bus = &cpu->machine->bus;
	int pol = policy ? espt_policy_find(policy) : 0;
	if (pol < 0) {
		fprintf(stderr, "armvm: --espt-policy '%s': unknown (available: %s)\n", policy,
			espt_policy_list);
		return NULL;
	}
	unsigned host = budget_from_host();
	if (!max_maps) {
		max_maps = host;
	} else if (max_maps > host) {
		fprintf(stderr, "armvm: --espt-maps %u: this host allows at most %u "
			"(vm.max_map_count less a margin)\n", max_maps, host);
		return NULL;
	}
	if (max_maps > ESPT_MAX_BUDGET)   /* hosts that allow millions: memory for records */
		max_maps = ESPT_MAX_BUDGET;
	if (max_maps < 16) {
		fprintf(stderr, "armvm: ESPT needs a budget of at least 16 host mappings\n");
		return NULL;
	}
	struct espt *e = calloc(1, sizeof(*e));
	if (!e)
		goto nomem;
	e->cpu = cpu;
	e->bus = bus;
	e->policy = &policies[pol];
	e->code_pages = code_pages;
	e->nregions = max_maps / 8 < ESPT_POOL ? max_maps / 8 : ESPT_POOL;
	e->pool = pool_reserve(e->nregions * ESPT_REGION_SPAN, &e->holes);
	if (e->pool == MAP_FAILED) {
		perror("armvm: ESPT: reserving address space");
		free(e);
		return NULL;
	}
	for (unsigned i = 0; i < e->nregions; i++) {
		struct espt_region *r = &e->regions[i];
		r->base = e->pool + i * ESPT_REGION_SPAN;
		r->view.key = ESPT_VIEW_NONE;
		r->list = r->ulist = ESPT_NIL;
	}
	e->cur_view.key = ESPT_VIEW_NONE;
	e->pending_region = ESPT_POOL;

	/* Each fill costs at least 2 of the budget, the reservation 1. */
	uint32_t nfill = max_maps / 2 + 1;
	unsigned bits = 4;
	while ((1u << bits) < nfill)
		bits++;
	e->hash_shift = 32 - bits;
	e->fills = malloc(nfill * sizeof(*e->fills));
	e->hash = malloc(sizeof(uint32_t) << bits);
	e->ehash = malloc(sizeof(uint32_t) << bits);
	e->rmap_page = malloc(((bus->ram_size >> 12) + 1) * sizeof(uint32_t));
	e->rmap_mib = malloc(((bus->ram_size >> 20) + 1) * sizeof(uint32_t));
	e->scratch = malloc(nfill * sizeof(uint64_t));
	if (!e->fills || !e->hash || !e->ehash || !e->rmap_page || !e->rmap_mib || !e->scratch) {
		espt_destroy(e);
		goto nomem;
	}
	memset(e->hash, 0xff, sizeof(uint32_t) << bits);
	memset(e->ehash, 0xff, sizeof(uint32_t) << bits);
	memset(e->rmap_page, 0xff, ((bus->ram_size >> 12) + 1) * sizeof(uint32_t));
	memset(e->rmap_mib, 0xff, ((bus->ram_size >> 20) + 1) * sizeof(uint32_t));
	for (uint32_t i = 0; i < nfill; i++)
		e->fills[i].hnext = i + 1 < nfill ? i + 1 : ESPT_NIL;
	e->free_fill = 0;
	e->st.max_maps = max_maps;
	e->st.maps_in_use = 1;
	return e;
nomem:
	fprintf(stderr, "armvm: ESPT: out of memory\n");
	return NULL;
}

void espt_destroy(struct espt *e)
{
	if (!e)
		return;
	if (e->pool)
		munmap(e->pool, e->nregions * ESPT_REGION_SPAN);
	free(e->fills);
	free(e->hash);
	free(e->ehash);
	free(e->rmap_page);
	free(e->rmap_mib);
	free(e->scratch);
	free(e);
}

bool espt_owns(const struct espt *e, uintptr_t addr)
{
	return addr - (uintptr_t)e->pool < e->nregions * ESPT_REGION_SPAN;
}

/* Views alike but for the address space, with the MMU on. */
static bool view_copy(const struct espt_view *a, const struct espt_view *b)
{
	return (a->key & 0xff) == (b->key & 0xff) && (a->key & 1) && a->dacr == b->dacr;
}

/* The policy's bound on the copies of view v (0: none). */
static unsigned copies_of(const struct espt *e, const struct espt_view *v)
{
	if (!(v->key & 1))
		return 0;
	return v->key & 2 ? e->policy->priv_copies : e->policy->user_copies;
}

/* Region r goes to another address space: its global fills stay (global TLB
 * entries match every ASID, B3.9.1), its non-global ones go. */
static void change_address_space(struct espt *e, struct espt_region *r)
{
	uint64_t t0 = host_clock_ns();
	e->st.as_drops += r->nfills - r->nglobal;
	if (r->nfills > r->nglobal)
		espt_drop_non_global(e, r);
	e->st.as_changes++;
	e->st.as_change_ns += host_clock_ns() - t0;
}

/* The region holding view v: found; where the policy bounds v's copies, a copy
 * for another address space without non-global fills, or the least recently
 * used copy when all are in use; else a region never used, else the least
 * recently used one other than the current, emptied and given v. */
static struct espt_region *region_for(struct espt *e, const struct espt_view *v)
{
	struct espt_region *fresh = NULL, *lru = NULL, *copy = NULL;
	unsigned ncopies = 0, limit = copies_of(e, v);
	for (unsigned i = 0; i < e->nregions; i++) {
		struct espt_region *r = &e->regions[i];
		if (espt_view_eq(&r->view, v))
			return r;
		if (limit && view_copy(&r->view, v)) {
			ncopies++;
			if (!copy || r->nfills == r->nglobal ||
			    (copy->nfills > copy->nglobal && r->last_use < copy->last_use))
				copy = r;
		}
		if (r->view.key == ESPT_VIEW_NONE) {
			if (!fresh)
				fresh = r;
		} else if (r != e->cur && (!lru || r->last_use < lru->last_use)) {
			lru = r;
		}
	}
	if (copy && (copy->nfills == copy->nglobal || ncopies >= limit)) {
		change_address_space(e, copy);
		fresh = copy;
	} else if (!fresh) {
		fresh = lru;
		espt_region_clear(e, fresh);
		e->st.evictions++;
	} else {
		e->st.regions_used++;
	}
	fresh->view = *v;
	return fresh;
}

uint8_t *espt_base(struct espt *e)
{
	struct espt_view v;
	view_of(e->cpu, &v);
	if (espt_view_eq(&v, &e->cur_view))
		return e->cur->base;
	e->cur = region_for(e, &v);
	e->cur_view = v;
	e->cur->last_use = ++e->tick;
	e->st.region_switches++;
	if (e->cur->npend)
		espt_unmap_pending(e, e->cur);
	if (e->pending_region == e->cur - e->regions)
		espt_fill_pending(e);
	return e->cur->base;
}

void espt_budget(struct espt *e, unsigned need)
{
	while (e->st.maps_in_use + need > e->st.max_maps) {
		struct espt_region *victim = NULL;
		for (unsigned i = 0; i < e->nregions; i++) {
			struct espt_region *r = &e->regions[i];
			if (r != e->cur && (r->nfills || r->npend) &&
			    (!victim || r->last_use < victim->last_use))
				victim = r;
		}
		if (!victim)
			victim = e->cur;   /* the current region alone is over budget */
		if (!victim || !(victim->nfills || victim->npend))
			return;
		espt_region_clear(e, victim);
		e->st.evictions++;
	}
}

void espt_get_stats(const struct espt *e, struct espt_stats *s)
{
	*s = e->st;
}

void espt_fault_done(struct espt *e, enum espt_outcome o, uint64_t start_ns)
{
	e->st.fault_ns[o] += host_clock_ns() - start_ns;
}

/* How a policy bounds the regions of a view, for --stats. */
static const char *copies_text(unsigned copies, char buf[32])
{
	if (!copies)
		return "a region per address space";
	if (copies == 1)
		return "one region for all";
	snprintf(buf, 32, "%u regions for all", copies);
	return buf;
}

void espt_print_stats(const struct espt *e, FILE *f)
{
	const struct espt_stats *s = &e->st;
	char pbuf[32], ubuf[32];
	unsigned long long fault_ns = 0;
	for (unsigned i = 0; i < 4; i++)
		fault_ns += s->fault_ns[i];
	fprintf(f, "armvm: stats: espt: %llu page fills (and %llu pages in the same mappings), "
		"%llu section fills (%llu non-global in privileged views), %llu MMIO faults, "
		"%llu guest aborts (%llu pages filled on return), %llu code-page writes, "
		"%llu region switches, %llu evictions, "
		"%llu flushes, %llu address-space changes, %llu of %llu host mappings in use\n",
		(unsigned long long)s->fills, (unsigned long long)s->run_fills,
		(unsigned long long)s->section_fills,
		(unsigned long long)s->priv_user_fills,
		(unsigned long long)s->mmio_faults, (unsigned long long)s->guest_aborts,
		(unsigned long long)s->prefills, (unsigned long long)s->code_writes, (unsigned long long)s->region_switches,
		(unsigned long long)s->evictions, (unsigned long long)s->flushes,
		(unsigned long long)s->as_changes,
		(unsigned long long)s->maps_in_use, (unsigned long long)s->max_maps);
	fprintf(f, "armvm: stats: espt policy %s (privileged views: %s, user views: %s): "
		"%llu address-space changes dropping %llu fills, %llu of %u regions used\n",
		e->policy->name, copies_text(e->policy->priv_copies, pbuf),
		copies_text(e->policy->user_copies, ubuf), (unsigned long long)s->as_changes,
		(unsigned long long)s->as_drops, (unsigned long long)s->regions_used, e->nregions);
	fprintf(f, "armvm: stats: espt ms: faults %.1f (fill %.1f, mmio %.1f, abort %.1f, "
		"code write %.1f), %llu mmap %.1f, %llu unmap %.1f (%llu ranges deferred), "
		"%llu mprotect %.1f, TLB maintenance %.1f, address-space changes %.1f\n",
		fault_ns / 1e6, s->fault_ns[ESPT_FILLED] / 1e6, s->fault_ns[ESPT_MMIO] / 1e6,
		s->fault_ns[ESPT_ABORT] / 1e6, s->fault_ns[ESPT_CODE_WRITE] / 1e6,
		(unsigned long long)s->maps, s->map_ns / 1e6, (unsigned long long)s->unmaps,
		s->unmap_ns / 1e6, (unsigned long long)s->deferred_unmaps,
		(unsigned long long)s->protects, s->protect_ns / 1e6,
		s->flush_ns / 1e6, s->as_change_ns / 1e6);
}

void espt_print_regions(const struct espt *e, FILE *f)
{
	for (unsigned i = 0; i < e->nregions; i++) {
		const struct espt_region *r = &e->regions[i];
		const struct espt_view *v = &r->view;
		if (v->key == ESPT_VIEW_NONE)
			continue;
		if (!v->key)
			fprintf(f, "region %2u%s MMU off%40s", i, r == e->cur ? "*" : " ", "");
		else
			fprintf(f, "region %2u%s %-10s ASID %3u TTBR0 %08x DACR %08x", i,
				r == e->cur ? "*" : " ", v->key & 2 ? "privileged" : "user",
				v->key >> 8 & 0xff, v->ttbr0, v->dacr);
		fprintf(f, ": %u fills in use (%u pages, %u global), %llu made, %llu dropped\n",
			r->nfills, r->npages, r->nglobal, (unsigned long long)r->made,
			(unsigned long long)r->dropped);
	}
}
