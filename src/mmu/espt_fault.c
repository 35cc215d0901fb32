/*
 * ESPT faults: a host access to an unmapped or read-only page of the current
 * region, resolved with the guest's translation for the region's view
 * (src/mmu/translate.c), and the write protection of pages holding code.
 */
#include <assert.h>
#include <string.h>

#include "espt_internal.h"
#include "machine.h"
#include "mmu.h"

/* RAM offset of the 1 MiB around t->pa when it can be one mapping: the view maps
 * it alike (a section or supersection, or the MMU is off), it is all RAM, and
 * none of its pages holds code. ESPT_NIL otherwise. */
static uint32_t section_off(const struct espt *e, const struct espt_region *r,
			    const struct translation *t)
{
	if (r->view.key && t->page_size < ESPT_MIB)
		return ESPT_NIL;
	const uint8_t *host = bus_ram_ptr(e->bus, t->pa & ~(ESPT_MIB - 1), ESPT_MIB);
	if (!host)
		return ESPT_NIL;
	uint32_t off = (uint32_t)(host - e->bus->ram);
	uint64_t code[4];   /* its 256 bits of code_pages */
	if (off & (ESPT_MIB - 1))
		return ESPT_NIL;
	memcpy(code, e->code_pages + (off >> 15), sizeof(code));
	return code[0] | code[1] | code[2] | code[3] ? ESPT_NIL : off;
}

/* Offset in the RAM file of the page holding pa, or ESPT_NIL if it is not RAM. */
static uint32_t ram_page_off(const struct espt *e, uint32_t pa)
{
	const uint8_t *host = bus_ram_ptr(e->bus, pa & ~(ESPT_PAGE - 1), ESPT_PAGE);
	return host ? (uint32_t)(host - e->bus->ram) : ESPT_NIL;
}

/* Does r stand for a user view (key bit 1 clear: not privileged; 0 is MMU off)? */
static bool view_is_user(const struct espt_region *r)
{
	return r->view.key && !(r->view.key & 2);
}

/* Can page va of r join a run of pages filled with one mapping: not filled
 * yet, mapped by the guest alike (entry size, global, permission of the fill)
 * to the RAM page at ram_off, and the budget has room for need more? */
static bool joins(struct espt *e, struct espt_region *r, uint32_t va, const struct translation *first,
		  uint32_t ram_off, bool write, unsigned need)
{
	struct translation t;
	uint32_t fsr;
	return e->st.maps_in_use + need <= e->st.max_maps &&
	       espt_lookup(e, r, va, false) == ESPT_NIL &&
	       mmu_translate(e->cpu, va, ACCESS_READ, view_is_user(r), &t, &fsr) &&
	       t.page_size == first->page_size && t.global == first->global &&
	       ram_page_off(e, t.pa) == ram_off &&
	       (t.writable && !espt_code_page(e, ram_off)) == write;
}

/* Map va's page (or its whole 1 MiB) in r, replacing what r had there. A page
 * comes with the neighbours in its MiB that the guest maps alike to the RAM
 * pages next to its own (a TLB may cache any valid translation, B3.9.1): up to
 * ESPT_RUN pages in one host mapping, for the cost of one. */
static void fill(struct espt *e, struct espt_region *r, uint32_t va,
		 const struct translation *t, uint32_t ram_off, bool write)
{
	unsigned flags = (r->view.key && t->global ? FILL_GLOBAL : 0) | (write ? FILL_WRITE : 0);
	unsigned entry = 0;   /* the guest's entry, coded as for FILL_ENTRY_SHIFT */
	if (r->view.key)
		entry = t->page_size >> 24 ? 3 : t->page_size >> 20 ? 2 : t->page_size >> 16;
	uint32_t page_va = va & ~(ESPT_PAGE - 1), sec_va = va & ~(ESPT_MIB - 1);

	espt_budget(e, 2);
	uint32_t s = espt_lookup(e, r, va, true);
	uint32_t sec = section_off(e, r, t);
	if (sec != ESPT_NIL) {
		if (s != ESPT_NIL)
			espt_drop(e, s, false);
		for (uint32_t p = 0; r->npages && p < ESPT_MIB; p += ESPT_PAGE) {
			uint32_t f = espt_lookup(e, r, sec_va + p, false);
			if (f != ESPT_NIL)
				espt_drop(e, f, false);
		}
		espt_host_map(e, r->base + sec_va, ESPT_MIB, write, sec);
		if (entry == 3)   /* a MiB of a supersection */
			flags |= 3u << FILL_ENTRY_SHIFT;
		espt_add(e, r, sec_va, sec, flags | FILL_SECTION);
		e->st.section_fills++;
		return;
	}
	if (s != ESPT_NIL) {
		/* A section fill with this page read-only (it held code). */
		struct espt_fill *f = &e->fills[s];
		if (f->ram_off + (page_va - sec_va) == ram_off && f->holes < ESPT_MAX_HOLES) {
			espt_host_protect(e, r->base + page_va, ESPT_PAGE, write);
			f->holes++;
			e->st.maps_in_use += 2;
			e->st.fills++;
			return;
		}
		espt_drop(e, s, true);
	}
	uint32_t p = espt_lookup(e, r, va, false);
	if (p != ESPT_NIL)
		espt_drop(e, p, false);
	uint32_t lo = page_va, hi = page_va + ESPT_PAGE;
	while (s == ESPT_NIL && hi - lo < ESPT_RUN * ESPT_PAGE && (hi & (ESPT_MIB - 1)) &&
	       joins(e, r, hi, t, ram_off + (hi - page_va), write, 2 * (hi - lo) / ESPT_PAGE + 2))
		hi += ESPT_PAGE;
	while (s == ESPT_NIL && hi - lo < ESPT_RUN * ESPT_PAGE && (lo & (ESPT_MIB - 1)) &&
	       ram_off >= page_va - lo + ESPT_PAGE &&
	       joins(e, r, lo - ESPT_PAGE, t, ram_off - (page_va - lo) - ESPT_PAGE, write,
		     2 * (hi - lo) / ESPT_PAGE + 2))
		lo -= ESPT_PAGE;
	espt_host_map(e, r->base + lo, hi - lo, write, ram_off - (page_va - lo));
	for (uint32_t a = lo; a < hi; a += ESPT_PAGE)
		espt_add(e, r, a, ram_off - (page_va - a), flags | entry << FILL_ENTRY_SHIFT);
	e->st.fills++;
	e->st.run_fills += (hi - lo) / ESPT_PAGE - 1;
}

/* When a user view's faults walk through memory page after page, the pages
 * the guest maps after the faulting one are likely next: fill up to ESPT_AHEAD
 * of them now (a TLB may cache any valid translation, B3.9.1), each costing a
 * host mapping but saving a fault. Stops at the first that is not a plain RAM
 * page of the same kind, at the end of the MiB, or when the budget is full
 * (making room could evict the page just filled for the fault). Privileged
 * views do not. */
static void fill_ahead(struct espt *e, struct espt_region *r, uint32_t va,
		       const struct translation *first)
{
	bool user = view_is_user(r);
	for (unsigned k = 1; k <= ESPT_AHEAD; k++) {
		uint32_t next = (va & ~(ESPT_PAGE - 1)) + k * ESPT_PAGE;
		struct translation t;
		uint32_t fsr;
		if (!(next & (ESPT_MIB - 1)) || e->st.maps_in_use + 2 > e->st.max_maps ||
		    espt_lookup(e, r, next, false) != ESPT_NIL ||
		    !mmu_translate(e->cpu, next, ACCESS_READ, user, &t, &fsr) ||
		    t.page_size != first->page_size || t.global != first->global)
			return;
		uint32_t ram_off = ram_page_off(e, t.pa);
		if (ram_off == ESPT_NIL)
			return;
		fill(e, r, next, &t, ram_off, t.writable && !espt_code_page(e, ram_off));
	}
}

/* Translate va for the current view's kind of access: false for a guest abort. */
static bool view_translate(struct espt *e, uint32_t va, bool write, struct translation *t,
			   struct espt_fault *out)
{
	uint32_t fsr;
	*out = (struct espt_fault){ .va = va };
	if (!mmu_translate(e->cpu, va, write ? ACCESS_WRITE : ACCESS_READ, view_is_user(e->cur),
			   t, &fsr)) {
		out->fsr = fsr | (write ? FSR_WNR : 0);
		e->st.guest_aborts++;
		return false;
	}
	out->pa = t->pa;
	return true;
}

enum espt_outcome espt_translate(struct espt *e, uint32_t va, bool write,
				 struct espt_fault *out)
{
	struct translation t;
	return view_translate(e, va, write, &t, out) ? ESPT_MMIO : ESPT_ABORT;
}

enum espt_outcome espt_fault(struct espt *e, uintptr_t addr, unsigned size, bool write,
			     struct espt_fault *out)
{
	struct espt_region *r = e->cur;
	uintptr_t off = addr - (uintptr_t)r->base;
	/* Accesses crossing a page, into the guard above 4 GiB included, are
	 * split by the caller (espt_translate). */
	assert(off >> 32 == 0);
	(void)size;
	uint32_t va = (uint32_t)off;
	struct translation t;
	if (!view_translate(e, va, write, &t, out)) {
		e->pending_region = (uint8_t)(r - e->regions);
		e->pending_va = va;
		e->pending_write = write;
		return ESPT_ABORT;
	}
	uint32_t ram_off = ram_page_off(e, t.pa);
	if (ram_off == ESPT_NIL) {
		e->st.mmio_faults++;
		return ESPT_MMIO;
	}
	bool code = espt_code_page(e, ram_off);
	if (write && code) {
		e->st.code_writes++;
		return ESPT_CODE_WRITE;
	}
	fill(e, r, va, &t, ram_off, t.writable && !code);
	uint32_t page = va & ~(ESPT_PAGE - 1);
	if ((r->view.key & 3) == 1 && t.page_size < ESPT_MIB && page - e->last_fill == ESPT_PAGE)
		fill_ahead(e, r, va, &t);
	e->last_fill = page;
	return ESPT_FILLED;
}

/* The guest's abort handler usually maps the page and returns to the access:
 * fill it when the CPU comes back to the region, saving the second fault (a TLB
 * may cache any valid translation, B3.9.1). The current translation of the
 * current view, as at a fault: exactly what the access would fill. */
void espt_fill_pending(struct espt *e)
{
	struct espt_region *r = e->cur;
	uint32_t va = e->pending_va;
	bool write = e->pending_write;
	struct translation t;
	uint32_t fsr, ram_off;
	e->pending_region = ESPT_POOL;
	if (espt_lookup(e, r, va, false) != ESPT_NIL || espt_lookup(e, r, va, true) != ESPT_NIL ||
	    !mmu_translate(e->cpu, va, write ? ACCESS_WRITE : ACCESS_READ, view_is_user(r), &t, &fsr) ||
	    (ram_off = ram_page_off(e, t.pa)) == ESPT_NIL)
		return;
	bool code = espt_code_page(e, ram_off);
	if (write && code)
		return;
	fill(e, r, va, &t, ram_off, t.writable && !code);
	e->st.prefills++;
}

void espt_protect_code(struct espt *e, uint32_t pa)
{
	uint32_t off = ram_page_off(e, pa), next;
	if (off == ESPT_NIL)
		return;
	for (uint32_t i = e->rmap_page[off >> 12]; i != ESPT_NIL; i = e->fills[i].rnext) {
		struct espt_fill *f = &e->fills[i];
		if (f->flags & FILL_WRITE) {
			espt_host_protect(e, espt_host(e, f), ESPT_PAGE, false);
			f->flags &= (uint8_t)~FILL_WRITE;
		}
	}
	/* Section fills are split around the page, or dropped when they have too
	 * many holes already or the budget has no room for the split. */
	for (uint32_t i = e->rmap_mib[off >> 20]; i != ESPT_NIL; i = next) {
		struct espt_fill *f = &e->fills[i];
		next = f->rnext;
		if (!(f->flags & FILL_WRITE))
			continue;
		if (f->holes >= ESPT_MAX_HOLES || e->st.maps_in_use + 2 > e->st.max_maps) {
			espt_drop(e, i, true);
			continue;
		}
		espt_host_protect(e, espt_host(e, f) + (off & (ESPT_MIB - 1)), ESPT_PAGE, false);
		f->holes++;
		e->st.maps_in_use += 2;
	}
}
