/*
 * Embedded shadow page tables (src/mmu/espt*.c), after the HSPT paper (VEE 2015).
 *
 * Each guest "view" (MMU on or off, privilege, DACR, ASID and TTBR0) has a
 * region: 4 GiB of host address space left unmapped (plus a guard), where
 * the page for guest VA v lives at base + v. The management policy decides how
 * many regions a view has for as many address spaces; a region passing from one
 * address space to another keeps its global fills. Translated code reaches
 * guest memory with one host instruction on [base + zero-extended VA]; the
 * first touch of a page faults and the translator's SIGSEGV handler asks
 * espt_fault() what it was:
 *   - a RAM page the view may access: mapped from the RAM memfd (a whole 1 MiB
 *     section at once where the guest maps one and none of it holds code) with
 *     exactly the permissions the view grants; the access is retried;
 *   - a device: the caller performs the access through the bus;
 *   - a guest abort: the caller raises it;
 *   - a write to a page holding translated code (mapped read-only on purpose).
 * Regions come from a bounded pool, reused least-recently-used, and the number of
 * host mappings stays under a budget (vm.max_map_count).
 */
#ifndef ARMVM_ESPT_H
#define ARMVM_ESPT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct cpu;

struct espt;

/* Host address space of one region: 4 GiB for the guest plus a guard above it
 * (an access at VA 0xffffffff of up to 8 bytes stays inside). */
#define ESPT_REGION_SPAN ((1ull << 32) + (1ull << 16))

/* Management policies for --espt-policy NAME (src/mmu/espt.c): how many regions
 * a privileged and a user view have for different address spaces. armvm: 8
 * for a privileged view, one per address space for a user view; shared: one
 * for all (its non-global fills dropped at each address-space change);
 * private: one per address space; group: 8 for each view. The index of NAME,
 * or -1; espt_policy_list names them all for messages. */
int espt_policy_find(const char *name);
extern const char espt_policy_list[];

/*
 * code_pages: the translator's bitmap, one bit per 4 KiB page of guest RAM
 * (bit (pa - ram_base) >> 12), set while the page holds translated code; such
 * pages are only ever mapped without write permission. max_maps: budget of host
 * mappings (0: read /proc/sys/vm/max_map_count and keep a safety margin).
 * policy: a name for espt_policy_find (NULL: the default). Returns NULL with a
 * one-line message on stderr on failure.
 */
struct espt *espt_create(struct cpu *cpu, const uint8_t *code_pages, unsigned max_maps,
			 const char *policy);
void espt_destroy(struct espt *e);

/* Base of the region for the CPU's current view, switching (and if need be
 * recycling) regions. Cheap when the view has not changed. */
uint8_t *espt_base(struct espt *e);

/* Is host address addr inside one of the regions (guard included)? */
bool espt_owns(const struct espt *e, uintptr_t addr);

enum espt_outcome {
	ESPT_FILLED,       /* mapped: retry the access */
	ESPT_MMIO,         /* device at out->pa: perform the access through the bus */
	ESPT_ABORT,        /* guest abort: out->fsr (DFSR value, WnR included), out->va */
	ESPT_CODE_WRITE,   /* write to a RAM page holding code at out->pa */
};

struct espt_fault {
	uint32_t va, pa, fsr;
};

/* Resolve a fault at host address addr (espt_owns() true), an access of `size`
 * bytes, for the current view (the one espt_base() last returned). */
enum espt_outcome espt_fault(struct espt *e, uintptr_t addr, unsigned size, bool write,
			     struct espt_fault *out);

/* Translate one page of an access that crosses pages, which the caller splits
 * and performs itself (the host's shadow pages need not be the guest's pages
 * in a row): ESPT_ABORT as for espt_fault, or ESPT_MMIO with out->pa, RAM or
 * device; nothing is filled. */
enum espt_outcome espt_translate(struct espt *e, uint32_t va, bool write,
				 struct espt_fault *out);

/* The page at physical address pa now holds code: remove write permission from
 * every shadow mapping of it, in every region. */
void espt_protect_code(struct espt *e, uint32_t pa);

/* TLB maintenance (ARM ARM B4.2.3), each dropping exactly the mappings the
 * operation invalidates: */
void espt_flush_all(struct espt *e);                        /* TLBIALL */
void espt_flush_asid(struct espt *e, uint8_t asid);         /* TLBIASID: non-global of asid */
void espt_flush_va(struct espt *e, uint32_t va, uint8_t asid); /* TLBIMVA: va's page, non-global of asid and global */
void espt_flush_va_all_asid(struct espt *e, uint32_t va);   /* TLBIMVAA */

/* Counters for --stats, and host time (ns, CLOCK_MONOTONIC) spent in ESPT:
 * handling faults per outcome (signal delivery and return excluded), in host
 * mmap (fills), in unmaps (of single fills, runs and whole regions), in
 * mprotect, in TLB maintenance and address-space changes (unmaps included). */
struct espt_stats {
	uint64_t fills, section_fills, mmio_faults, guest_aborts, code_writes;
	uint64_t region_switches, evictions, flushes, maps_in_use, max_maps, prefills;
	uint64_t priv_user_fills;   /* non-global fills of privileged views */
	uint64_t run_fills;         /* pages filled with a faulting one's mapping */
	uint64_t deferred_unmaps;   /* ranges unmapped when their region is entered */
	uint64_t as_drops;          /* non-global fills dropped at address-space changes */
	uint64_t regions_used;      /* regions given a view for the first time */
	uint64_t fault_ns[4], maps, map_ns, unmaps, unmap_ns, protects, protect_ns;
	uint64_t flush_ns, as_changes, as_change_ns;
};
void espt_get_stats(const struct espt *e, struct espt_stats *s);
void espt_print_stats(const struct espt *e, FILE *f);
/* The monitor's info espt: each region given a view (* the current one): the
 * view, the fills in use, and the fills made in it and dropped from it. */
void espt_print_regions(const struct espt *e, FILE *f);

/* The fault handler's report of one fault's outcome and the time
 * (host_clock_ns, include/vclock.h) it started handling it. */
void espt_fault_done(struct espt *e, enum espt_outcome o, uint64_t start_ns);

#endif
