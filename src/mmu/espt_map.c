/*
 * ESPT fill records and the host mappings behind them (see espt_internal.h).
 * Mapping costs are counted conservatively: a fill inside a PROT_NONE
 * reservation (the pool where it cannot be holes) may split it, so each fill
 * counts 2 host mappings, and each
 * read-only page split out of a section fill 2 more.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "bus.h"
#include "espt_internal.h"
#include "log.h"

static unsigned hash_of(const struct espt *e, uint32_t key)
{
	return (key * 0x9e3779b1u) >> e->hash_shift;
}

/* Entry chains: keyed by the entry's base with the code in the low bits. */
static unsigned entry_slot(const struct espt *e, uint32_t va, unsigned code)
{
	return hash_of(e, (va & ~0u << espt_entry_bits(code)) | code);
}

static uint32_t *rmap_head(struct espt *e, const struct espt_fill *f)
{
	return f->flags & FILL_SECTION ? &e->rmap_mib[f->ram_off >> 20]
				       : &e->rmap_page[f->ram_off >> 12];
}

uint32_t espt_chain(const struct espt *e, uint32_t va, bool section)
{
	return e->hash[hash_of(e, va | section)];
}

uint32_t espt_entry_chain(const struct espt *e, uint32_t va, unsigned code)
{
	return e->ehash[entry_slot(e, va, code)];
}

uint32_t espt_lookup(const struct espt *e, const struct espt_region *r, uint32_t va,
		     bool section)
{
	va &= section ? ~(ESPT_MIB - 1) : ~(ESPT_PAGE - 1);
	uint32_t i = espt_chain(e, va, section);
	unsigned idx = (unsigned)(r - e->regions);
	for (; i != ESPT_NIL; i = e->fills[i].hnext) {
		const struct espt_fill *f = &e->fills[i];
		if (f->va == va && f->region == idx && (f->flags & FILL_SECTION) == section)
			return i;
	}
	return ESPT_NIL;
}

uint32_t espt_add(struct espt *e, struct espt_region *r, uint32_t va, uint32_t ram_off,
		  unsigned flags)
{
	uint32_t i = e->free_fill;
	struct espt_fill *f = &e->fills[i];
	e->free_fill = f->hnext;   /* never empty: the budget bounds the fills */
	r->made++;
	*f = (struct espt_fill){ .va = va, .ram_off = ram_off,
				 .region = (uint8_t)(r - e->regions), .flags = (uint8_t)flags };

	uint32_t *h = &e->hash[hash_of(e, va | (flags & FILL_SECTION))];
	f->hnext = *h;
	*h = i;
	h = rmap_head(e, f);
	f->rprev = ESPT_NIL;
	f->rnext = *h;
	if (*h != ESPT_NIL)
		e->fills[*h].rprev = i;
	*h = i;
	unsigned code = flags >> FILL_ENTRY_SHIFT;
	if (code) {
		h = &e->ehash[entry_slot(e, va, code)];
		f->eprev = ESPT_NIL;
		f->enext = *h;
		if (*h != ESPT_NIL)
			e->fills[*h].eprev = i;
		*h = i;
		e->nentry[code]++;
	}
	uint32_t *list = espt_list(r, flags);
	f->lprev = ESPT_NIL;
	f->lnext = *list;
	if (*list != ESPT_NIL)
		e->fills[*list].lprev = i;
	*list = i;

	r->nfills++;
	r->npages += !(flags & FILL_SECTION);
	r->nglobal += !!(flags & FILL_GLOBAL);
	e->st.priv_user_fills += (r->view.key & 3) == 3 && !(flags & FILL_GLOBAL);
	e->st.maps_in_use += 2;
	return i;
}

static void pending_done(struct espt *e, struct espt_region *r)
{
	e->st.maps_in_use -= r->pend_cost;
	r->npend = r->pend_cost = 0;
}

void espt_unmap_pending(struct espt *e, struct espt_region *r)
{
	for (uint32_t k = 0; k < r->npend; k++)
		espt_host_unmap(e, r->base + r->pend[k].va, r->pend[k].len);
	pending_done(e, r);
}

/* Unmap [va, va + len) of r, holding `cost` of the budget: now if r is
 * current, else when the CPU enters it (espt_base), as no guest access goes
 * through it until then; adjacent ranges merge, as TLB maintenance of a range
 * goes page after page. The budget counts the mappings until they go. */
static void unmap_in(struct espt *e, struct espt_region *r, uint32_t va, uint32_t len,
		     unsigned cost)
{
	if (r == e->cur) {
		espt_host_unmap(e, r->base + va, len);
		return;
	}
	if (r->npend == ESPT_PEND)
		espt_unmap_pending(e, r);
	r->pend_cost += cost;
	e->st.maps_in_use += cost;
	if (r->npend) {
		struct espt_range *last = &r->pend[r->npend - 1];
		if (last->len < ESPT_MIB * 256 && (last->va + last->len == va || va + len == last->va)) {
			last->va = last->va < va ? last->va : va;
			last->len += len;
			return;
		}
	}
	r->pend[r->npend].va = va;
	r->pend[r->npend++].len = len;
	e->st.deferred_unmaps++;
}

void espt_drop(struct espt *e, uint32_t i, bool unmap)
{
	struct espt_fill *f = &e->fills[i];
	struct espt_region *r = &e->regions[f->region];
	bool section = f->flags & FILL_SECTION;
	unsigned cost = 2 + 2u * f->holes;
	r->dropped++;
	if (unmap)
		unmap_in(e, r, f->va, section ? ESPT_MIB : ESPT_PAGE, cost);

	uint32_t *p = &e->hash[hash_of(e, f->va | section)];
	while (*p != i)
		p = &e->fills[*p].hnext;
	*p = f->hnext;
	if (f->rprev != ESPT_NIL)
		e->fills[f->rprev].rnext = f->rnext;
	else
		*rmap_head(e, f) = f->rnext;
	if (f->rnext != ESPT_NIL)
		e->fills[f->rnext].rprev = f->rprev;
	unsigned code = f->flags >> FILL_ENTRY_SHIFT;
	if (code) {
		if (f->eprev != ESPT_NIL)
			e->fills[f->eprev].enext = f->enext;
		else
			e->ehash[entry_slot(e, f->va, code)] = f->enext;
		if (f->enext != ESPT_NIL)
			e->fills[f->enext].eprev = f->eprev;
		e->nentry[code]--;
	}
	if (f->lprev != ESPT_NIL)
		e->fills[f->lprev].lnext = f->lnext;
	else
		*espt_list(r, f->flags) = f->lnext;
	if (f->lnext != ESPT_NIL)
		e->fills[f->lnext].lprev = f->lprev;

	r->nfills--;
	r->npages -= !section;
	r->nglobal -= !!(f->flags & FILL_GLOBAL);
	e->st.maps_in_use -= cost;
	f->hnext = e->free_fill;
	e->free_fill = i;
}

/* Empty a region with one mapping over its whole span; it keeps its view. */
void espt_region_clear(struct espt *e, struct espt_region *r)
{
	if (!r->nfills && !r->npend)
		return;
	espt_host_unmap(e, r->base, ESPT_REGION_SPAN);
	pending_done(e, r);
	while (r->list != ESPT_NIL)
		espt_drop(e, r->list, false);
	while (r->ulist != ESPT_NIL)
		espt_drop(e, r->ulist, false);
}

void espt_host_map(struct espt *e, uint8_t *at, uint32_t len, bool write, uint32_t ram_off)
{
	uint64_t t0 = host_clock_ns();
	int prot = PROT_READ | (write ? PROT_WRITE : 0);
	if (mmap(at, len, prot, MAP_SHARED | MAP_FIXED, e->bus->ram_fd, ram_off) == MAP_FAILED)
		fatal("ESPT: mapping guest RAM: %s", strerror(errno));
	e->st.maps++;
	e->st.map_ns += host_clock_ns() - t0;
}

void espt_host_unmap(struct espt *e, uint8_t *at, size_t len)
{
	uint64_t t0 = host_clock_ns();
	if (e->holes ? munmap(at, len) != 0 :
	    mmap(at, len, PROT_NONE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		 -1, 0) == MAP_FAILED)
		fatal("ESPT: unmapping: %s", strerror(errno));
	e->st.unmaps++;
	e->st.unmap_ns += host_clock_ns() - t0;
}

void espt_host_protect(struct espt *e, uint8_t *at, uint32_t len, bool write)
{
	uint64_t t0 = host_clock_ns();
	if (mprotect(at, len, PROT_READ | (write ? PROT_WRITE : 0)) != 0)
		fatal("ESPT: mprotect: %s", strerror(errno));
	e->st.protects++;
	e->st.protect_ns += host_clock_ns() - t0;
}
