/*
 * The translation regime of a case (ARM ARM B3): short-descriptor tables in
 * which sections map the code's and the scratch area's MiBs flat, and a
 * second-level table maps the scratch pages again at DIFF_ALIAS (small or large
 * pages, some read-only, privileged-only, without access or invalid), and the
 * two code pages after them (the second one sometimes execute-never or
 * invalid), in a domain that DACR makes client, manager or no access.
 *
 * In half the epochs there are two address spaces (TTBR0 follows the ASID's
 * low bit) whose second-level tables map the scratch pages at different
 * places, all non-global: a context switch needs no TLB maintenance (B3.9.3),
 * and nothing filled for one space may serve the other.
 *
 * Neighbouring cases share most of their regime (drawn from the epoch's
 * random numbers), so that ESPT keeps shadow mappings from case to case. Each
 * engine is brought from the regime it last ran under to the case's as a guest
 * would do it: MCRs to TTBR0, DACR, CONTEXTIDR and SCTLR, and a TLB
 * maintenance operation for each descriptor changed (B3.10), except that a
 * descriptor that was invalid needs none (B3.10.1: faults are not cached).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "diff.h"
#include "machine.h"

#define SCTLR_BASE 0x00c50078u   /* Cortex-A9 reset value (B4.1.130) */
/* Section (B3.5.1): AP[1:0] = 11, domain 0, flat. */
#define SECTION(pa, ng) ((pa) | (uint32_t)(ng) << 17 | 3u << 10 | 2u)
#define NG (1u << 11)

enum tlbi_style { TLBI_MVAA, TLBI_MVA, TLBI_ALL, TLBI_STYLES };

/* AP[2], AP[1:0] (B3.7.1) of the kinds of page: full access mostly,
 * privileged read/write with user read-only or none, read-only, privileged
 * read-only, no access. */
static const uint8_t page_ap[] = { 3, 3, 3, 3, 3, 3, 3, 3, 2, 1, 7, 7, 5, 0 };

/* A small page (B3.5.1): nG one time in four, XN one in eight; code: full
 * access or read-only, executable. */
static uint32_t small_page(uint32_t pa, struct rng *r, bool code)
{
	unsigned ap = page_ap[rng_below(r, sizeof(page_ap))];
	if (code)
		ap = rng_below(r, 4) ? 3 : 7;
	return pa | (rng_below(r, 4) ? 0 : NG) | (ap >> 2) << 9 | (ap & 3) << 4 | 2u |
	       (uint32_t)(!code && rng_below(r, 8) == 0);
}

/* The descriptor of alias page i in space s: scratch page i (space 1: i + 5),
 * or code page i - 16 (the first always executable and readable by the
 * user, the second anything); invalid one time in eight, or four for the
 * second code page. */
static uint32_t alias_page(struct rng *r, unsigned s, unsigned i)
{
	uint32_t pa = i < 16 ? DIFF_SCRATCH + ((i + 5 * s) & 15) * 0x1000u
			     : DIFF_CODE + (i - 16) * 0x1000u;
	if (i != 16 && rng_below(r, i == 17 ? 4 : 8) == 0)
		return 0;
	return small_page(pa, r, i == 16);
}

/* DACR field (B4.1.43): client, manager, or one time in eight no access. */
static uint32_t domain_bits(struct rng *r)
{
	static const uint8_t kind[] = { 1, 1, 1, 1, 1, 3, 3, 0 };
	return kind[rng_below(r, sizeof(kind))];
}

void diff_mmu_gen(struct rng *r, struct rng *epoch, bool on, struct diff_mmu *m)
{
	struct rng *e = epoch;
	unsigned dom = rng_below(e, 16), spaces = 1 + rng_below(e, 2);

	memset(m, 0, sizeof(*m));
	m->sctlr = SCTLR_BASE | (on ? SCTLR_M : 0) | (rng_below(e, 8) ? 0 : SCTLR_A) |
		   (rng_below(e, 2) ? SCTLR_SW : 0);
	m->contextidr = rng_below(e, 4);
	m->l1_scratch = SECTION(DIFF_SCRATCH, rng_below(e, 4) == 0);
	/* Domain 0 (the vectors, the flat sections) never no access. */
	m->dacr = (rng_below(e, 4) ? 1u : 3u) | (dom ? domain_bits(e) << 2 * dom : 0);
	m->l1_alias = DIFF_L2(0) | dom << 5 | 1u;
	for (unsigned s = 0; s < 2; s++) {
		if (rng_below(e, 4) == 0) {
			/* One large page (B3.5.1) for the whole scratch area. */
			uint32_t large = (small_page(DIFF_SCRATCH, e, false) & 0xe30u) | 1u;
			for (unsigned i = 0; i < 16; i++)
				m->l2[s][i] = DIFF_SCRATCH | large;
		} else {
			for (unsigned i = 0; i < 16; i++)
				m->l2[s][i] = alias_page(e, s, i);
		}
		for (unsigned i = 16; i < DIFF_ALIAS_PAGES; i++)
			m->l2[s][i] = alias_page(e, s, i);
	}
	m->tlbi = (uint8_t)rng_below(r, TLBI_STYLES);
	/* What this case changes: the address space, a domain, a page (mostly
	 * one the bases start in). */
	unsigned what = rng_below(r, 8), s = rng_below(r, spaces);
	unsigned i = rng_below(r, 2) ? 4 + rng_below(r, 8) : rng_below(r, DIFF_ALIAS_PAGES);
	if (what == 0)
		m->contextidr = rng_below(r, 4);
	else if (what == 1 && dom)
		m->dacr = (m->dacr & ~(3u << 2 * dom)) | domain_bits(r) << 2 * dom;
	else if (what < 6 && (m->l2[s][i] & 3) != 1)   /* a large page stays whole */
		m->l2[s][i] = alias_page(r, s, i);
	if (spaces == 1)
		memcpy(m->l2[1], m->l2[0], sizeof(m->l2[0]));
	for (unsigned k = 0; k < 2 * DIFF_ALIAS_PAGES && spaces == 2; k++)
		if (m->l2[k / DIFF_ALIAS_PAGES][k % DIFF_ALIAS_PAGES])
			m->l2[k / DIFF_ALIAS_PAGES][k % DIFF_ALIAS_PAGES] |= NG;
	m->ttbr0 = DIFF_L1(spaces == 2 ? m->contextidr & 1 : 0);
}

void diff_mmu_reset(struct diff_mmu *m)
{
	memset(m, 0, sizeof(*m));
	m->sctlr = SCTLR_BASE;
}

bool diff_mmu_scratch(const struct diff_mmu *m, uint32_t va)
{
	return va - DIFF_SCRATCH < DIFF_SCRATCH_SIZE ||
	       ((m->sctlr & SCTLR_M) && va - DIFF_ALIAS < DIFF_SCRATCH_SIZE);
}

static void mcr(struct cpu *cpu, unsigned crn, unsigned crm, unsigned opc2, uint32_t v)
{
	if (!coproc_write(cpu, 15, 0, crn, crm, opc2, v)) {
		fprintf(stderr, "diff: harness bug: MCR c%u, c%u, %u UNDEFINED\n", crn, crm, opc2);
		abort();
	}
}

/* TLBIALL, TLBIMVA for each ASID the test uses, TLBIMVAA (B4.2.3). */
static void tlbi(struct cpu *cpu, enum tlbi_style style, uint32_t va)
{
	if (style == TLBI_ALL)
		mcr(cpu, 8, 7, 0, 0);
	else if (style == TLBI_MVAA)
		mcr(cpu, 8, 7, 3, va);
	else
		for (uint32_t asid = 0; asid < 4; asid++)
			mcr(cpu, 8, 7, 1, va | asid);
}

void diff_mmu_apply(struct machine *m, const struct diff_mmu *now, struct diff_mmu *last)
{
	struct cpu *cpu = &m->cpu;

	for (unsigned s = 0; s < 2; s++) {
		uint32_t *l1 = (uint32_t *)(m->bus.ram + (DIFF_L1(s) - DIFF_RAM_BASE));
		uint32_t *l2 = (uint32_t *)(m->bus.ram + (DIFF_L2(s) - DIFF_RAM_BASE));
		memset(l1, 0, 0x4000);
		memset(l2, 0, 0x400);
		l1[DIFF_RAM_BASE >> 20] = SECTION(DIFF_RAM_BASE, false);
		l1[DIFF_SCRATCH >> 20] = now->l1_scratch;
		l1[DIFF_ALIAS >> 20] = now->l1_alias + 0x400u * s;
		memcpy(l2, now->l2[s], sizeof(now->l2[s]));
	}
	const struct diff_mmu *from = last ? last : now;
	cpu->cp15.ttbr0 = from->ttbr0;
	cpu->cp15.dacr = from->dacr;
	cpu->cp15.contextidr = from->contextidr;
	cpu->cp15.sctlr = from->sctlr;
	if (!last)
		return;
	mcr(cpu, 2, 0, 0, now->ttbr0);
	mcr(cpu, 3, 0, 0, now->dacr);
	mcr(cpu, 13, 0, 1, now->contextidr);
	mcr(cpu, 1, 0, 0, now->sctlr);
	if (last->l1_alias != now->l1_alias || last->l1_scratch != now->l1_scratch) {
		tlbi(cpu, TLBI_ALL, 0);
	} else {
		for (unsigned i = 0; i < DIFF_ALIAS_PAGES; i++)
			for (unsigned s = 0; s < 2; s++)
				if (last->l2[s][i] != now->l2[s][i] && (last->l2[s][i] & 3)) {
					tlbi(cpu, (enum tlbi_style)now->tlbi, DIFF_ALIAS + i * 0x1000u);
					break;
				}
	}
	*last = *now;
}

void diff_mmu_print(const struct diff_mmu *m)
{
	fprintf(stderr, "mmu: sctlr %08x ttbr0 %08x dacr %08x contextidr %x l1: %08x %08x\n",
		m->sctlr, m->ttbr0, m->dacr, m->contextidr, m->l1_scratch, m->l1_alias);
	for (unsigned s = 0; s < 2 && (m->sctlr & SCTLR_M); s++) {
		if (s && !memcmp(m->l2[0], m->l2[1], sizeof(m->l2[0])))
			break;
		for (unsigned i = 0; i < DIFF_ALIAS_PAGES; i++)
			fprintf(stderr, "%s%08x: %08x%s", i % 6 ? "  " : s ? "  l2 1 " : "  l2 0 ",
				DIFF_ALIAS + i * 0x1000u, m->l2[s][i], i % 6 == 5 ? "\n" : "");
	}
}
