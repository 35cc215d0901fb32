/*
 * TLB maintenance on the shadow mappings (ARM ARM B4.2.3, B3.10): each operation
 * drops the fills that the TLB entries it invalidates stand for. Fills of the
 * MMU-off view never go stale (va == pa): only TLBIALL empties that region.
 * The VA operations look up a few hash chains, so they cost next to nothing
 * when the VA is not mapped anywhere.
 */
#include <stdlib.h>

#include "espt_internal.h"

/* Count a TLB maintenance operation that started at t0. */
static void flushed(struct espt *e, uint64_t t0)
{
	e->st.flushes++;
	e->st.flush_ns += host_clock_ns() - t0;
}

void espt_flush_all(struct espt *e)
{
	uint64_t t0 = host_clock_ns();
	for (unsigned i = 0; i < e->nregions; i++)
		espt_region_clear(e, &e->regions[i]);
	flushed(e, t0);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* Drop r's non-global fills, with one host mapping per run of adjacent ones. */
void espt_drop_non_global(struct espt *e, struct espt_region *r)
{
	uint64_t *by_va = e->scratch, start = 0, end = 0;
	uint32_t n = 0;
	for (uint32_t f = r->ulist; f != ESPT_NIL; f = e->fills[f].lnext)
		by_va[n++] = (uint64_t)e->fills[f].va << 32 | f;
	qsort(by_va, n, sizeof(*by_va), cmp_u64);
	for (uint32_t k = 0; k <= n; k++) {
		const struct espt_fill *f = k < n ? &e->fills[(uint32_t)by_va[k]] : NULL;
		if (!f || f->va != end) {
			if (start != end)
				espt_host_unmap(e, r->base + start, end - start);
			if (!f)
				break;
			start = f->va;
		}
		end = f->va + (uint64_t)(f->flags & FILL_SECTION ? ESPT_MIB : ESPT_PAGE);
		espt_drop(e, (uint32_t)by_va[k], false);
	}
}

void espt_flush_asid(struct espt *e, uint8_t asid)
{
	uint64_t t0 = host_clock_ns();
	for (unsigned i = 0; i < e->nregions; i++) {
		struct espt_region *r = &e->regions[i];
		if (!r->nfills || !(r->view.key & 1) || espt_region_asid(r) != asid)
			continue;
		if (r->nglobal)
			espt_drop_non_global(e, r);
		else
			espt_region_clear(e, r);
	}
	flushed(e, t0);
}

/* Does the TLB maintenance drop fill f (MMU-on regions only)? */
static bool hit(const struct espt *e, const struct espt_fill *f, uint8_t asid, bool any)
{
	const struct espt_region *r = &e->regions[f->region];
	return (r->view.key & 1) &&
	       (any || espt_region_asid(r) == asid || (f->flags & FILL_GLOBAL));
}

/* Drop the fills standing for the TLB entries that translate va: the fills at
 * va (its page, its MiB), and those made from a larger entry holding va. */
static void drop_va(struct espt *e, uint32_t va, uint8_t asid, bool any)
{
	uint32_t next;
	for (unsigned section = 0; section < 2; section++) {
		uint32_t key = va & (section ? ~(ESPT_MIB - 1) : ~(ESPT_PAGE - 1));
		for (uint32_t i = espt_chain(e, key, section); i != ESPT_NIL; i = next) {
			const struct espt_fill *f = &e->fills[i];
			next = f->hnext;
			if (f->va == key && (f->flags & FILL_SECTION) == section &&
			    hit(e, f, asid, any))
				espt_drop(e, i, true);
		}
	}
	for (unsigned code = 1; code < 4; code++) {
		uint32_t mask = ~0u << espt_entry_bits(code);
		for (uint32_t i = e->nentry[code] ? espt_entry_chain(e, va, code) : ESPT_NIL;
		     i != ESPT_NIL; i = next) {
			const struct espt_fill *f = &e->fills[i];
			next = f->enext;
			if (f->flags >> FILL_ENTRY_SHIFT == code && ((f->va ^ va) & mask) == 0 &&
			    hit(e, f, asid, any))
				espt_drop(e, i, true);
		}
	}
}

void espt_flush_va(struct espt *e, uint32_t va, uint8_t asid)
{
	uint64_t t0 = host_clock_ns();
	drop_va(e, va, asid, false);
	flushed(e, t0);
}

void espt_flush_va_all_asid(struct espt *e, uint32_t va)
{
	uint64_t t0 = host_clock_ns();
	drop_va(e, va, 0, true);
	flushed(e, t0);
}
