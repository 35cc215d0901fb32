/*
 * Translation blocks: the table keyed by (virtual PC, flags, physical PC), the
 * jump cache by virtual PC, per-page lists for invalidation, and chaining.
 *
 * A block's code depends on its guest bytes (found by physical address) and on
 * the state in its flags. The jump cache maps a virtual PC straight to a block;
 * it is valid for the current address space only, so every change of
 * translation (TLB maintenance, ASID, TTBR, SCTLR) empties it. A direct exit is
 * chained only to a block of the same virtual and physical page, so a chain
 * never outlives the mapping that was checked when its source was entered.
 */
#include <string.h>

#include "dbt_internal.h"
#include "mmu.h"

uint32_t tb_current_flags(struct dbt *d)
{
	const struct cpu *cpu = d->cpu;
	bool priv = cpu_privileged(cpu);
	uint32_t f = cpu->thumb ? TBF_THUMB : 0;
	if (priv)
		f |= TBF_PRIV;
	if (dbt_view_softmmu(d, priv))
		f |= TBF_SOFTMMU;
	if (cpu->cpsr_other & CPSR_E)
		f |= TBF_BIGEND;
	if (cpu->cp15.sctlr & SCTLR_A)
		f |= TBF_ALIGN;
	return f | cpu->itstate << TBF_IT_SHIFT;
}

static unsigned tb_hash(uint32_t pa, uint32_t flags)
{
	return ((pa ^ flags) * 0x9e3779b1u) >> (32 - DBT_TB_HASH_BITS);
}

static uint32_t ram_page(const struct dbt *d, uint32_t pa)
{
	return (pa - d->m->bus.ram_base) >> 12;
}

static bool pa_is_ram(const struct dbt *d, uint32_t pa)
{
	return pa - d->m->bus.ram_base < d->m->bus.ram_size;
}

/* Unchain every exit that jumps into tb. */
static void tb_unchain_incoming(struct tb *tb)
{
	struct tb *from = tb->in_list;
	unsigned slot = tb->in_slot;
	while (from) {
		struct tb_exit *e = &from->exit[slot];
		x64_patch_rel32(e->jmp, e->stub);
		e->to = NULL;
		from = e->in_next;
		slot = e->in_next_slot;
	}
	tb->in_list = NULL;
}

/* Remove from->exit[slot] from the incoming list of its target. */
static void tb_unchain_exit(struct tb *from, unsigned slot)
{
	struct tb_exit *e = &from->exit[slot];
	struct tb *to = e->to;
	struct tb **link = &to->in_list;
	uint8_t *link_slot = &to->in_slot;
	while (*link) {
		struct tb_exit *le = &(*link)->exit[*link_slot];
		if (*link == from && *link_slot == slot) {
			*link = e->in_next;
			*link_slot = e->in_next_slot;
			break;
		}
		link = &le->in_next;
		link_slot = &le->in_next_slot;
	}
	x64_patch_rel32(e->jmp, e->stub);
	e->to = NULL;
}

void tb_chain(struct dbt *d, struct tb *from, unsigned slot, struct tb *to)
{
	struct tb_exit *e = &from->exit[slot];
	if (!from->valid || !to->valid || !e->jmp || e->to || e->pc != to->vpc ||
	    e->flags != to->flags)
		return;
	if ((from->vpc ^ to->vpc) >> 12 || (from->pa ^ to->pa) >> 12 ||
	    (from->pa_last ^ to->pa_last) >> 12 || (to->pa ^ to->pa_last) >> 12)
		return;
	x64_patch_rel32(e->jmp, to->entry);
	e->to = to;
	e->in_next = to->in_list;
	e->in_next_slot = to->in_slot;
	to->in_list = from;
	to->in_slot = (uint8_t)slot;
	d->stats.chains++;
}

static void tb_unlink_hash(struct dbt *d, struct tb *tb)
{
	struct tb **p = &d->hash[tb_hash(tb->pa, tb->flags)];
	while (*p && *p != tb)
		p = &(*p)->hash_next;
	if (*p)
		*p = tb->hash_next;
}

void tb_invalidate(struct dbt *d, struct tb *tb)
{
	tb->valid = false;
	tb_unchain_incoming(tb);
	for (unsigned s = 0; s < DBT_TB_EXITS; s++)
		if (tb->exit[s].to)
			tb_unchain_exit(tb, s);
	tb_unlink_hash(d, tb);
	d->gen++;
	unsigned j = tb_jc_index(tb->vpc);
	if (d->jc[j] == tb)
		d->jc[j] = NULL;
	d->stats.invalidations++;
}

/* Does tb have a byte in [pa, end] of RAM page `page` (one of its pages)? */
static bool tb_overlaps(const struct dbt *d, const struct tb *tb, uint32_t page,
			uint32_t pa, uint32_t end)
{
	uint32_t first = tb->pa, last = tb->pa_last;
	if ((first ^ last) >> 12) {   /* across two pages: its part in this one */
		if (ram_page(d, first) == page)
			last = first | 0xfffu;
		else
			first = last & ~0xfffu;
	}
	return first <= end && pa <= last;
}

/* Invalidate the blocks of RAM page `page` with a byte in [pa, end] and take
 * them, and those already invalid, off its list: true if valid blocks remain. */
static bool tb_page_drop(struct dbt *d, uint32_t page, uint32_t pa, uint32_t end)
{
	struct tb **link = &d->page_tbs[page];
	bool left = false;
	while (*link) {
		struct tb *tb = *link;
		struct tb **next = &tb->page_next[ram_page(d, tb->pa) == page ? 0 : 1];
		if (tb->valid && !tb_overlaps(d, tb, page, pa, end)) {
			left = true;
			link = next;
			continue;
		}
		if (tb->valid)
			tb_invalidate(d, tb);
		*link = *next;
	}
	return left;
}

static void tb_unmark_code_page(struct dbt *d, uint32_t page)
{
	d->code_pages[page >> 3] &= (uint8_t)~(1u << (page & 7));
}

/* Drop every block with a byte in the RAM page of pa. */
void tb_invalidate_page(struct dbt *d, uint32_t pa)
{
	if (!pa_is_ram(d, pa))
		return;
	uint32_t page = ram_page(d, pa);
	tb_page_drop(d, page, 0, UINT32_MAX);
	tb_unmark_code_page(d, page);
}

/*
 * A store of size bytes at pa (in one page) reached a RAM page holding code:
 * drop the blocks it overlaps, as the code it changes must not run after the
 * cache maintenance that follows (B2.2.9). True when the page still holds code:
 * it stays protected and the store is done without making it writable. When
 * stores keep hitting a page of live code (code and the data it updates in one
 * page), after DBT_SMC_WRITES of them the page is no longer protected: its
 * blocks are dropped and compiled again to compare, on entry, the guest bytes
 * they were made from (translate.c).
 */
bool tb_code_store(struct dbt *d, uint32_t pa, unsigned size)
{
	uint32_t page = ram_page(d, pa);
	if (tb_page_drop(d, page, pa, pa + size - 1)) {
		if (++d->page_writes[page] < DBT_SMC_WRITES)
			return true;
		tb_page_drop(d, page, 0, UINT32_MAX);
		d->stats.self_check_pages++;
	}
	tb_unmark_code_page(d, page);
	return false;
}

bool tb_self_checking(const struct dbt *d, uint32_t pa)
{
	return d->page_writes[ram_page(d, pa)] >= DBT_SMC_WRITES;
}

/* Called by a self-checking block whose guest bytes changed. */
void tb_stale(struct dbt *d, struct tb *tb)
{
	if (tb->valid)
		tb_invalidate(d, tb);
	d->stats.stale++;
}

void tb_jc_flush(struct dbt *d)
{
	memset(d->jc, 0, sizeof(d->jc));
	d->gen++;
}

void tb_jc_flush_page(struct dbt *d, uint32_t va)
{
	memset(&d->jc[tb_jc_group(va) << DBT_JC_SLOT_BITS], 0,
	       sizeof(d->jc[0]) << DBT_JC_SLOT_BITS);
	d->gen++;
}

/* Jump-cache entries are tagged like TLB entries (B3.9.1): with the address
 * space (ASID, and TTBR0 for guests that change tables without an ASID),
 * unless their page is global, so a context switch flushes nothing. */
void tb_update_ctx(struct dbt *d)
{
	const struct cp15 *c = &d->cpu->cp15;
	d->cur_ctx = (uint64_t)c->ttbr0 << 32 | (c->contextidr & 0xff) | 1u << 8;
	d->gen++;
}

/* The jump cache needs no flush when a domain only toggles between no access
 * and client (Linux's user-access switching): a hit checks its block's domain
 * against dacr_ok. A domain leaving manager (B3.7.3: permissions checked again)
 * flushes it. */
void tb_update_dacr(struct dbt *d)
{
	const struct cp15 *c = &d->cpu->cp15;
	/* Client (01) and Manager (11) have bit 0 set, No access and reserved not. */
	d->dacr_ok = (c->sctlr & SCTLR_M) ? c->dacr & 0x55555555u : 0xffffffffu;
}

void tb_flush_all(struct dbt *d)
{
	memset(d->hash, 0, sizeof(d->hash));
	tb_jc_flush(d);
	memset(d->page_tbs, 0, d->npages * sizeof(*d->page_tbs));
	memset(d->code_pages, 0, (d->npages + 7) / 8);
	memset(d->page_writes, 0, d->npages);
	memset(d->slow_pcs, 0, sizeof(d->slow_pcs));
	d->ntbs = d->ninsns = d->nsites = 0;
	x64_buf_init(&d->buf, d->blocks_start,
		     DBT_CODE_SIZE - (size_t)(d->blocks_start - d->code));
	d->stats.flushes++;
}

/* The page of pa now holds code: writes to it must reach the translator. */
static void tb_mark_code_page(struct dbt *d, uint32_t pa)
{
	uint32_t page = ram_page(d, pa);
	uint8_t bitmask = (uint8_t)(1u << (page & 7));
	if (d->code_pages[page >> 3] & bitmask)
		return;
	d->code_pages[page >> 3] |= bitmask;
	/* Software TLB: drop write entries to the page (they bypass the check). */
	uintptr_t host = (uintptr_t)d->m->bus.ram + ((uintptr_t)page << 12);
	for (unsigned k = 0; k < TLB_KINDS; k++)
		for (unsigned i = 0; i < TLB_SIZE; i++) {
			struct tlb_entry *e = &d->cpu->tlb[k][i];
			if (e->tag_write != TLB_INVALID && e->tag_write + e->addend == host)
				e->tag_write = TLB_INVALID;
		}
	if (d->espt)
		espt_protect_code(d->espt, pa);
}

static void tb_add_to_page(struct dbt *d, struct tb *tb, unsigned which, uint32_t pa)
{
	uint32_t page = ram_page(d, pa);
	tb->page_next[which] = d->page_tbs[page];
	d->page_tbs[page] = tb;
	if (!tb_self_checking(d, pa))
		tb_mark_code_page(d, pa);
}

/* Translation of the instruction at vpc, or a prefetch abort. */
static void tb_code_translate(struct dbt *d, uint32_t vpc, struct translation *t)
{
	struct cpu *cpu = d->cpu;
	uint32_t fsr;
	if (!mmu_translate(cpu, vpc, ACCESS_EXEC, !cpu_privileged(cpu), t, &fsr)) {
		cpu->cur_pc = vpc;
		cpu->cur_itstate = cpu->itstate;
		cpu_prefetch_abort(cpu, vpc, fsr);
	}
}

static struct tb *tb_lookup_pa(struct dbt *d, uint32_t vpc, uint32_t pa, uint32_t flags)
{
	for (struct tb *tb = d->hash[tb_hash(pa, flags)]; tb; tb = tb->hash_next)
		if (tb->pa == pa && tb->vpc == vpc && tb->flags == flags)
			return tb;
	return NULL;
}

/* translate_block, its host time counted for --stats. */
static struct tb *tb_translate_timed(struct dbt *d, uint32_t vpc, uint32_t pa, uint32_t flags)
{
	uint64_t t0 = host_clock_ns();
	struct tb *tb = translate_block(d, vpc, pa, flags);
	d->stats.translate_ns += host_clock_ns() - t0;
	return tb;
}

static struct tb *tb_translate(struct dbt *d, uint32_t vpc, uint32_t pa, uint32_t flags)
{
	struct tb *tb = tb_translate_timed(d, vpc, pa, flags);
	if (!tb) {
		tb_flush_all(d);
		tb = tb_translate_timed(d, vpc, pa, flags);
		if (!tb)
			return NULL;
	}
	unsigned h = tb_hash(pa, flags);
	tb->hash_next = d->hash[h];
	d->hash[h] = tb;
	tb_add_to_page(d, tb, 0, pa);
	if ((tb->pa_last ^ pa) >> 12)
		tb_add_to_page(d, tb, 1, tb->pa_last);
	return tb;
}

/*
 * The block for the current state at vpc: jump cache, then the table, then a
 * new translation. Code outside RAM (the empty flash) is never cached: it runs
 * in the interpreter (NULL).
 */
struct tb *tb_find(struct dbt *d, uint32_t vpc, uint32_t flags)
{
	unsigned j = tb_jc_index(vpc);
	struct tb *tb = d->jc[j];
	if (tb && tb->vpc == vpc && tb->flags == flags && (tb->domain_bit & d->dacr_ok) &&
	    (!tb->ctx || tb->ctx == d->cur_ctx))
		return tb;
	d->stats.lookups++;
	struct translation t;
	tb_code_translate(d, vpc, &t);
	if (!pa_is_ram(d, t.pa))
		return NULL;
	tb = tb_lookup_pa(d, vpc, t.pa, flags);
	if (!tb)
		tb = tb_translate(d, vpc, t.pa, flags);
	if (tb) {
		tb->domain_bit = 1u << (2 * t.domain);
		tb->ctx = t.global ? 0 : d->cur_ctx;
		d->jc[j] = tb;
	}
	return tb;
}

static unsigned slow_pc_slot(uint32_t pc)
{
	return (pc * 0x9e3779b1u) >> (32 - 8);
}

void dbt_mark_slow_pc(struct dbt *d, uint32_t pc_thumb)
{
	for (unsigned i = 0, j = slow_pc_slot(pc_thumb); i < DBT_SLOW_PCS; i++, j = (j + 1) % DBT_SLOW_PCS)
		if (!d->slow_pcs[j] || d->slow_pcs[j] == pc_thumb) {
			d->slow_pcs[j] = pc_thumb;
			return;
		}
}

bool dbt_is_slow_pc(const struct dbt *d, uint32_t pc_thumb)
{
	for (unsigned i = 0, j = slow_pc_slot(pc_thumb); i < DBT_SLOW_PCS; i++, j = (j + 1) % DBT_SLOW_PCS) {
		if (d->slow_pcs[j] == pc_thumb)
			return true;
		if (!d->slow_pcs[j])
			return false;
	}
	return false;
}
