/*
 * ESPT's private state, shared by src/mmu/espt*.c.
 *
 * All regions live in one range (holes, or else a PROT_NONE reservation: see
 * pool_reserve in espt.c), region i at pool + i * span, so
 * espt_owns() is one compare and a host address gives its region by a division.
 * Every host mapping made in a region is a "fill" record (a 4 KiB page or an
 * aligned 1 MiB section) from a preallocated array, linked up to four ways:
 *   - a hash chain keyed by the guest VA alone (fills of every region with that
 *     VA share a chain: the fault path and the VA flushes look up one chain);
 *   - when the guest's entry is larger than the fill (a page of a 64 KiB large
 *     page or of a section, a MiB of a supersection), an "entry" chain keyed by
 *     the entry's base and size: TLBIMVA of any VA in the entry drops them all;
 *   - the reverse map: a chain per RAM page (page fills) or per RAM MiB
 *     (section fills), for espt_protect_code();
 *   - its region's list of global or of non-global fills, for the ASID flush,
 *     the address-space change of privileged regions, and emptying a region.
 * Nothing is allocated after espt_create(): espt_fault() runs in a signal handler.
 */
#ifndef ARMVM_ESPT_INTERNAL_H
#define ARMVM_ESPT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "dbt.h"
#include "espt.h"
#include "vclock.h"

#define ESPT_POOL 64                  /* regions at most */
#define ESPT_NIL UINT32_MAX           /* end of a fill chain */
#define ESPT_PAGE 0x1000u
#define ESPT_MIB 0x100000u
#define ESPT_GROUP 8                  /* regions of a view in a group (policies armvm, group) */
#define ESPT_PEND 32                  /* deferred unmaps per region at most */
#define ESPT_RUN 16                   /* pages filled with one host mapping at most */
#define ESPT_AHEAD 7                  /* pages filled ahead of a faulting one */
#define ESPT_MAX_HOLES 16             /* code pages made read-only in one section fill */
#define ESPT_MAX_BUDGET (1u << 18)    /* host mappings at most, whatever the host allows */

/* What a region stands for. key: 0 with the MMU off (everything else zero too),
 * else 1 | privileged << 1 | ASID << 8. The policy decides how many regions
 * (copies) a view has for as many address spaces; when one more needs it, a
 * copy passes to it keeping its global fills, which every address space
 * shares, and losing its non-global ones (region_for). */
struct espt_view {
	uint32_t key, ttbr0, dacr;
};
#define ESPT_VIEW_NONE UINT32_MAX     /* key of a region without a view */

/* A management policy (--espt-policy, src/mmu/espt.c): the copies a privileged
 * and a user view have at most (0: one per address space, the pool allowing). */
struct espt_policy {
	const char *name;
	uint8_t priv_copies, user_copies;
};

static inline bool espt_view_eq(const struct espt_view *a, const struct espt_view *b)
{
	return a->key == b->key && a->ttbr0 == b->ttbr0 && a->dacr == b->dacr;
}

enum { FILL_SECTION = 1, FILL_GLOBAL = 2, FILL_WRITE = 4 };
/* flags >> FILL_ENTRY_SHIFT: the guest entry of a fill smaller than it, as
 * log2(size) of 64 KiB, 1 MiB, 16 MiB coded 1, 2, 3 (0: the fill is the entry). */
#define FILL_ENTRY_SHIFT 3
static inline unsigned espt_entry_bits(unsigned code)
{
	return 12 + 4 * code;
}

struct espt_fill {
	uint32_t va;                  /* 4 KiB or 1 MiB aligned */
	uint32_t ram_off;             /* offset of the mapped pages in the RAM file */
	uint32_t hnext;               /* hash chain */
	uint32_t enext, eprev;        /* entry chain */
	uint32_t rnext, rprev;        /* reverse-map chain */
	uint32_t lnext, lprev;        /* region's list */
	uint8_t region, flags, holes; /* holes: read-only code pages split out of a section */
};

struct espt_region {
	uint8_t *base;
	struct espt_view view;
	uint64_t last_use;            /* tick of the last switch to it, for LRU */
	uint32_t list, ulist;         /* first global fill, first non-global fill */
	uint32_t nfills, npages, nglobal;
	uint64_t made, dropped;       /* fills made in it and dropped from it (the monitor's info espt) */
	uint32_t npend, pend_cost;    /* unmaps deferred until the region is entered, their mappings */
	struct espt_range { uint32_t va, len; } pend[ESPT_PEND];
};

struct espt {
	struct cpu *cpu;
	struct bus *bus;
	const uint8_t *code_pages;
	const struct espt_policy *policy;
	uint8_t *pool;
	bool holes;                   /* the pool is unmapped, not reserved PROT_NONE */
	unsigned nregions;
	struct espt_region regions[ESPT_POOL];
	struct espt_region *cur;      /* region of cur_view */
	struct espt_view cur_view;
	uint64_t tick;
	uint32_t last_fill;           /* page of the last fault's fill */
	uint32_t pending_va;          /* last guest abort: its page, filled ahead */
	uint8_t pending_region;       /* on returning to that region (ESPT_POOL: none) */
	bool pending_write;

	struct espt_fill *fills;
	uint32_t free_fill;           /* free list through hnext */
	uint32_t *hash, *ehash;       /* heads of hash and entry chains */
	unsigned hash_shift;
	uint32_t nentry[4];           /* fills on entry chains, per entry code */
	uint32_t *rmap_page, *rmap_mib;
	uint64_t *scratch;            /* room for every fill, for sorting */

	struct espt_stats st;         /* maps_in_use counts the pool reservation as 1 */
};

static inline uint8_t *espt_host(const struct espt *e, const struct espt_fill *f)
{
	return e->regions[f->region].base + f->va;
}

static inline bool espt_code_page(const struct espt *e, uint32_t ram_off)
{
	return dbt_code_page(e->code_pages, ram_off);
}

/* src/mmu/espt_map.c: fill records and host mappings. espt_chain: the first
 * fill of the hash chain of an aligned va (followed through hnext);
 * espt_entry_chain: of the entry chain of va's entry of the given code (enext). */
uint32_t espt_chain(const struct espt *e, uint32_t va, bool section);
uint32_t espt_entry_chain(const struct espt *e, uint32_t va, unsigned code);
uint32_t espt_lookup(const struct espt *e, const struct espt_region *r, uint32_t va,
		     bool section);
uint32_t espt_add(struct espt *e, struct espt_region *r, uint32_t va, uint32_t ram_off,
		  unsigned flags);
void espt_drop(struct espt *e, uint32_t f, bool unmap);
void espt_region_clear(struct espt *e, struct espt_region *r);
void espt_unmap_pending(struct espt *e, struct espt_region *r);
void espt_host_map(struct espt *e, uint8_t *at, uint32_t len, bool write, uint32_t ram_off);
void espt_host_unmap(struct espt *e, uint8_t *at, size_t len);
void espt_host_protect(struct espt *e, uint8_t *at, uint32_t len, bool write);

/* The list a fill of r with these flags is on. */
static inline uint32_t *espt_list(struct espt_region *r, unsigned flags)
{
	return flags & FILL_GLOBAL ? &r->list : &r->ulist;
}

/* The ASID whose TLB entries r's non-global fills stand for. */
static inline uint32_t espt_region_asid(const struct espt_region *r)
{
	return r->view.key >> 8;
}

/* src/mmu/espt_fault.c: fill the page of the last guest abort in the current
 * region if the guest maps it now. */
void espt_fill_pending(struct espt *e);

/* src/mmu/espt.c: make room for `need` more host mappings (evicting regions). */
void espt_budget(struct espt *e, unsigned need);
/* src/mmu/espt_flush.c: drop r's non-global fills. */
void espt_drop_non_global(struct espt *e, struct espt_region *r);

#endif
