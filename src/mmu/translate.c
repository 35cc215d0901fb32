/*
 * Address translation: the VMSAv7 short-descriptor page-table walk (ARM ARM B3.5)
 * with domains (B3.7.3) and access permissions (B3.7.1), no LPAE, no PXN (as on
 * Cortex-A9). With the MMU off the mapping is flat and every access is allowed
 * (B3.2.1).
 *
 * Fault status codes (DFSR/IFSR FS[4,3:0], B4.1.52) are returned with the domain
 * in [7:4]; the caller adds WnR.
 */
#include <string.h>

#include "machine.h"
#include "mmu.h"

enum fault_status {
	FS_ACCESS_FLAG_SECTION = 0x03,
	FS_TRANSLATION_SECTION = 0x05,
	FS_ACCESS_FLAG_PAGE = 0x06,
	FS_TRANSLATION_PAGE = 0x07,
	FS_DOMAIN_SECTION = 0x09,
	FS_DOMAIN_PAGE = 0x0b,
	FS_EXTERNAL_WALK_L1 = 0x0c,
	FS_PERMISSION_SECTION = 0x0d,
	FS_EXTERNAL_WALK_L2 = 0x0e,
	FS_PERMISSION_PAGE = 0x0f,
};

/* One level's descriptor fields that decide the outcome. */
struct mapping {
	uint32_t pa_base, size;
	unsigned domain;
	unsigned ap;      /* AP[2] << 2 | AP[1:0] */
	bool xn, ng;
	bool page;        /* from a second-level table */
};

static bool read_descriptor(struct cpu *cpu, uint32_t pa, uint32_t *desc)
{
	uint8_t *p = bus_ram_ptr(&cpu->machine->bus, pa, 4);
	if (!p)
		return false;
	memcpy(desc, p, 4);
	return true;
}

/* Walk the tables for va, noting each descriptor read in w; returns 0 or a
 * fault status. */
static uint32_t walk(struct cpu *cpu, uint32_t va, struct mapping *m, struct mmu_walk *w)
{
	const struct cp15 *c = &cpu->cp15;
	unsigned n = c->ttbcr & 7;
	uint32_t l1_addr;

	/* B3.5.4: TTBR1 translates the top of the address space when TTBCR.N > 0. */
	if (n && (va >> (32 - n))) {
		if (c->ttbcr & (1u << 5))        /* PD1 */
			return FS_TRANSLATION_SECTION;
		l1_addr = (c->ttbr1 & 0xffffc000u) | (va >> 20) << 2;
	} else {
		if (c->ttbcr & (1u << 4))        /* PD0 */
			return FS_TRANSLATION_SECTION;
		uint32_t base_mask = 0xffffffffu << (14 - n);
		l1_addr = (c->ttbr0 & base_mask) | ((va << n) >> (n + 20)) << 2;
	}

	uint32_t l1;
	w->addr[0] = l1_addr;
	if (!read_descriptor(cpu, l1_addr, &l1))
		return FS_EXTERNAL_WALK_L1;
	w->desc[0] = l1;
	w->levels = 1;
	memset(m, 0, sizeof(*m));
	switch (l1 & 3) {
	case 0:
	case 3:   /* Reserved without PXN: a translation fault, as QEMU does. */
		return FS_TRANSLATION_SECTION;
	case 2:   /* Section or Supersection (B3.5.1) */
		m->ap = bits(l1, 15, 15) << 2 | bits(l1, 11, 10);
		m->xn = bit(l1, 4);
		m->ng = bit(l1, 17);
		if (bit(l1, 18)) {
			m->pa_base = l1 & 0xff000000u;
			m->size = 1u << 24;
		} else {
			m->domain = bits(l1, 8, 5);
			m->pa_base = l1 & 0xfff00000u;
			m->size = 1u << 20;
		}
		return 0;
	default:  /* Page table */
		break;
	}

	m->domain = bits(l1, 8, 5);
	m->page = true;
	uint32_t l2;
	w->addr[1] = (l1 & 0xfffffc00u) | bits(va, 19, 12) << 2;
	if (!read_descriptor(cpu, w->addr[1], &l2))
		return FS_EXTERNAL_WALK_L2 | m->domain << 4;
	w->desc[1] = l2;
	w->levels = 2;
	m->ap = bit(l2, 9) << 2 | bits(l2, 5, 4);
	m->ng = bit(l2, 11);
	switch (l2 & 3) {
	case 0:
		return FS_TRANSLATION_PAGE | m->domain << 4;
	case 1:   /* Large page, 64 KiB */
		m->pa_base = l2 & 0xffff0000u;
		m->size = 1u << 16;
		m->xn = bit(l2, 15);
		return 0;
	default:  /* Small page, 4 KiB */
		m->pa_base = l2 & 0xfffff000u;
		m->size = 1u << 12;
		m->xn = bit(l2, 0);
		return 0;
	}
}

/* Read and write permission for a privilege level (B3.7.1, tables B3-8 and B3-9). */
static void permissions(const struct cpu *cpu, unsigned ap, bool user, bool *r, bool *w)
{
	if (cpu->cp15.sctlr & SCTLR_AFE) {
		/* Simplified model: AP[2:1]; AP[0] is the Access flag. */
		unsigned a = ap >> 1;
		*r = !user || (a & 1);
		*w = !(a & 2) && (!user || (a & 1));
		return;
	}
	switch (ap) {
	case 1: *r = *w = !user; break;
	case 2: *r = true; *w = !user; break;
	case 3: *r = *w = true; break;
	case 5: *r = !user; *w = false; break;
	case 6: case 7: *r = true; *w = false; break;
	default: *r = *w = false; break;   /* 0: no access; 4: reserved */
	}
}

bool mmu_translate(struct cpu *cpu, uint32_t va, enum access acc, bool user,
		   struct translation *t, uint32_t *fsr)
{
	struct mmu_walk w;
	return mmu_translate_walk(cpu, va, acc, user, t, fsr, &w);
}

bool mmu_translate_walk(struct cpu *cpu, uint32_t va, enum access acc, bool user,
			struct translation *t, uint32_t *fsr, struct mmu_walk *w)
{
	w->levels = 0;
	if (!(cpu->cp15.sctlr & SCTLR_M)) {
		t->pa = va;
		t->page_size = 4096;
		t->readable = t->writable = t->executable = true;
		t->global = true;
		t->domain = 0;
		return true;
	}

	struct mapping m;
	uint32_t fs = walk(cpu, va, &m, w);
	if (fs) {
		*fsr = fs;
		return false;
	}
	unsigned dom = m.domain << 4;
	if ((cpu->cp15.sctlr & SCTLR_AFE) && !(m.ap & 1)) {
		*fsr = (m.page ? FS_ACCESS_FLAG_PAGE : FS_ACCESS_FLAG_SECTION) | dom;
		return false;
	}

	t->pa = m.pa_base | (va & (m.size - 1));
	t->page_size = m.size < 4096 ? 4096 : m.size;
	t->global = !m.ng;
	t->domain = (uint8_t)m.domain;
	switch (bits(cpu->cp15.dacr, 2 * m.domain + 1, 2 * m.domain)) {
	case 3:   /* Manager: no permission checks at all */
		t->readable = t->writable = t->executable = true;
		return true;
	case 1:   /* Client */
		break;
	default:  /* No access, or reserved (treated as no access) */
		*fsr = (m.page ? FS_DOMAIN_PAGE : FS_DOMAIN_SECTION) | dom;
		return false;
	}
	permissions(cpu, m.ap, user, &t->readable, &t->writable);
	t->executable = t->readable && !m.xn;

	bool allowed = acc == ACCESS_READ ? t->readable
		       : acc == ACCESS_WRITE ? t->writable : t->executable;
	if (!allowed) {
		*fsr = (m.page ? FS_PERMISSION_PAGE : FS_PERMISSION_SECTION) | dom;
		return false;
	}
	return true;
}
