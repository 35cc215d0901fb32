/*
 * Cortex-A9 MPCore interrupt controller: GIC v1 distributor and the CPU
 * interface of CPU 0 (IHI 0048A; DDI 0407, the Cortex-A9 MPCore TRM, for the A9 specifics:
 * 5 priority bits, SGIs always enabled, ICDICTR and ICCIIDR values).
 *
 * Distributor (4 KiB at periphbase + 0x1000):
 *   0x000 ICDDCR  0x004 ICDICTR  0x008 ICDIIDR
 *   0x100 ICDISER 0x180 ICDICER  0x200 ICDISPR 0x280 ICDICPR  0x300 ICDABR
 *   0x400 ICDIPR (bytes)  0x800 ICDIPTR (bytes)  0xc00 ICDICFR  0xf00 ICDSGIR
 *   0xfd0-0xffc peripheral and component IDs
 * With one Cortex-A9, ICDIPTR reads as zero and ignores writes: every interrupt
 * targets the one core (DDI 0407, "Interrupt Processor Targets Registers").
 * Every distributor register takes byte and halfword accesses as QEMU 7.2's
 * does (the GIC defines them for ICDIPR and ICDIPTR), ICDSGIR only words.
 * CPU interface (256 bytes at periphbase + 0x100):
 *   0x00 ICCICR 0x04 ICCPMR 0x08 ICCBPR 0x0c ICCIAR 0x10 ICCEOIR 0x14 ICCRPR
 *   0x18 ICCHPIR 0xfc ICCIIDR
 * Output: irq_out, the core's nIRQ.
 */
#include <string.h>

#include "gic.h"
#include "log.h"

#define GIC_PRIO_MASK 0xf8u   /* 32 priority levels (DDI 0407) */
#define GIC_IDLE_PRIO 0x100u

/* Distributor periph_id_4-7, periph_id_0-3 and component IDs (DDI 0407,
 * "Peripheral Identification Registers"): part 0x390, ARM's JEP106 code,
 * architecture revision 1. */
static const uint8_t gic_id[12] = { 0x04, 0, 0, 0, 0x90, 0xb3, 0x1b, 0x00,
				    0x0d, 0xf0, 0x05, 0xb1 };

void gic_init(struct gic *g)
{
	struct irq_line out = g->irq_out;
	memset(g, 0, sizeof(*g));
	g->irq_out = out;
	for (unsigned i = 0; i < 16; i++) {
		g->enabled[i] = true;
		g->edge[i] = true;
	}
	/* PPIs: global timer, private timer and watchdog are rising-edge (DDI 0407, "Interrupt Distributor interrupt sources"). */
	g->edge[27] = g->edge[29] = g->edge[30] = true;
}

static unsigned group_priority(const struct gic *g, unsigned prio)
{
	unsigned bpr = g->bpr < 2 ? 2 : g->bpr;
	return prio & (0xffu << (bpr + 1)) & 0xff;
}

/* Running priority: the highest (lowest value) priority among active interrupts. */
static unsigned running_priority(const struct gic *g)
{
	unsigned best = GIC_IDLE_PRIO;
	for (unsigned i = 0; i < GIC_NR_IRQS; i++)
		if (g->active[i] && g->priority[i] < best)
			best = g->priority[i];
	return best;
}

/* The highest-priority pending, enabled, inactive interrupt for CPU 0. */
static unsigned highest_pending(const struct gic *g)
{
	unsigned best = GIC_SPURIOUS, best_prio = GIC_IDLE_PRIO;
	for (unsigned i = 0; i < GIC_NR_IRQS; i++)
		if (g->pending[i] && g->enabled[i] && !g->active[i] && g->priority[i] < best_prio) {
			best = i;
			best_prio = g->priority[i];
		}
	return best;
}

/* Whether the best pending interrupt is signalled to the core (IHI 0048A 3.3). */
static bool signalled(const struct gic *g, unsigned irq)
{
	if (irq == GIC_SPURIOUS || !g->dist_enabled || !g->cpu_enabled)
		return false;
	unsigned prio = g->priority[irq];
	unsigned running = running_priority(g);
	return prio < g->pmr &&
	       (running == GIC_IDLE_PRIO || group_priority(g, prio) < group_priority(g, running));
}

static void gic_update(struct gic *g)
{
	irq_set(&g->irq_out, signalled(g, highest_pending(g)));
}

bool gic_can_signal(const struct gic *g, unsigned irq)
{
	return g->enabled[irq] && !g->active[irq] && signalled(g, irq);
}

void gic_set_irq(void *opaque, unsigned irq, int level)
{
	struct gic *g = opaque;
	if (irq >= GIC_NR_IRQS)
		return;
	bool rising = level && !g->level[irq];
	g->level[irq] = level;
	if (g->edge[irq] ? rising : level)
		g->pending[irq] = true;
	else if (!g->edge[irq] && !level)
		g->pending[irq] = false;
	gic_update(g);
}

static uint32_t bits_read(const bool *flags, unsigned first)
{
	uint32_t v = 0;
	for (unsigned i = 0; i < 32 && first + i < GIC_NR_IRQS; i++)
		v |= (uint32_t)flags[first + i] << i;
	return v;
}

static void bits_write(bool *flags, unsigned first, uint32_t v, bool value, unsigned from)
{
	for (unsigned i = 0; i < 32 && first + i < GIC_NR_IRQS; i++)
		if ((v >> i & 1) && first + i >= from)
			flags[first + i] = value;
}

static uint32_t dist_read_word(struct gic *g, uint32_t off)
{
	unsigned first = (off & 0x7c) * 8;
	if (off == 0x000)
		return g->dist_enabled;
	if (off == 0x004)
		return GIC_NR_IRQS / 32 - 1;    /* ITLinesNumber; CPUNumber 0: one core */
	if (off == 0x008)
		return 0x0102043bu;             /* ICDIIDR of the Cortex-A9 MPCore */
	if (off >= 0x100 && off < 0x200)
		return bits_read(g->enabled, first);
	if (off >= 0x200 && off < 0x300)
		return bits_read(g->pending, first);
	if (off >= 0x300 && off < 0x380)
		return bits_read(g->active, first);
	if (off >= 0x400 && off < 0x400 + GIC_NR_IRQS) {
		const uint8_t *p = &g->priority[off - 0x400];
		return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
	}
	if (off >= 0xc00 && off < 0xc00 + GIC_NR_IRQS / 4) {
		uint32_t v = 0;
		unsigned base = (off - 0xc00) * 4;
		for (unsigned i = 0; i < 16; i++)
			v |= (uint32_t)g->edge[base + i] << (2 * i + 1);
		return v;
	}
	if (off >= 0xfd0)
		return gic_id[(off - 0xfd0) >> 2];
	return 0;
}

static uint32_t gic_dist_read(void *dev, uint32_t off, unsigned size)
{
	uint32_t word = dist_read_word(dev, off & ~3u);
	uint32_t v = word >> (8 * (off & 3));
	return size == 4 ? v : v & ((1u << (8 * size)) - 1);
}

static void write_sgir(struct gic *g, uint32_t v)
{
	unsigned filter = (v >> 24) & 3, sgi = v & 15;
	bool to_self = filter == 2 || (filter == 0 && (v >> 16 & 1));
	if (filter == 3 || !to_self)
		return;
	g->pending[sgi] = true;
	g->sgi_source[sgi] |= 1;
}

/* A byte or halfword write changes only its own bytes (lanes) of the word. */
static void gic_dist_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct gic *g = dev;
	unsigned shift = 8 * (off & 3);
	uint32_t lanes = (size == 4 ? ~0u : (1u << 8 * size) - 1) << shift;
	v <<= shift;
	off &= ~3u;
	unsigned first = (off & 0x7c) * 8;
	if (off >= 0x400 && off < 0x400 + GIC_NR_IRQS) {
		for (unsigned i = 0; i < 4; i++)
			if (lanes >> (8 * i) & 1)
				g->priority[off - 0x400 + i] = (v >> (8 * i)) & GIC_PRIO_MASK;
	} else if (off >= 0x800 && off < 0x800 + GIC_NR_IRQS) {
		/* ICDIPTR: RAZ/WI with one core. */
	} else if (off == 0x000) {
		if (lanes & 1)
			g->dist_enabled = v & 1;
	} else if (off >= 0x100 && off < 0x180) {
		bits_write(g->enabled, first, v, true, 16);
	} else if (off >= 0x180 && off < 0x200) {
		bits_write(g->enabled, first, v, false, 16);
	} else if (off >= 0x200 && off < 0x280) {
		bits_write(g->pending, first, v, true, 16);
	} else if (off >= 0x280 && off < 0x300) {
		bits_write(g->pending, first, v, false, 16);
	} else if (off >= 0xc04 && off < 0xc00 + GIC_NR_IRQS / 4) {
		/* PPIs and SPIs; SGIs are always edge-triggered. Linux configures the
		 * A9's timer PPIs level-sensitive, and QEMU lets it. */
		unsigned base = (off - 0xc00) * 4;
		for (unsigned i = 0; i < 16; i++)
			if (lanes >> (2 * i + 1) & 1)
				g->edge[base + i] = v >> (2 * i + 1) & 1;
	} else if (off == 0xf00) {
		if (size == 4)
			write_sgir(g, v);
	} else {
		log_msg(LOG_GUEST, "gic: write to read-only distributor offset 0x%03x", off);
	}
	gic_update(g);
}

/* ICCIAR read: acknowledge the signalled interrupt (IHI 0048A 3.2.2). */
static uint32_t acknowledge(struct gic *g)
{
	unsigned irq = highest_pending(g);
	if (!signalled(g, irq))
		return GIC_SPURIOUS;
	uint32_t iar = irq;
	g->active[irq] = true;
	if (irq < 16) {
		g->sgi_source[irq] = 0;    /* one source CPU: CPU 0 */
		g->pending[irq] = false;
	} else {
		g->pending[irq] = !g->edge[irq] && g->level[irq];
	}
	gic_update(g);
	return iar;
}

static uint32_t gic_cpu_read(void *dev, uint32_t off, unsigned size)
{
	struct gic *g = dev;
	(void)size;
	switch (off) {
	case 0x00: return g->cpu_enabled;
	case 0x04: return g->pmr;
	case 0x08: return g->bpr < 2 ? 2 : g->bpr;
	case 0x0c: return acknowledge(g);
	case 0x14: return running_priority(g) == GIC_IDLE_PRIO ? 0xff : running_priority(g);
	case 0x18: return highest_pending(g);
	case 0xfc: return 0x3901243bu;   /* ICCIIDR of the Cortex-A9 MPCore */
	default: return 0;
	}
}

static void gic_cpu_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct gic *g = dev;
	(void)size;
	switch (off) {
	case 0x00: g->cpu_enabled = v & 1; break;
	case 0x04: g->pmr = v & GIC_PRIO_MASK; break;
	case 0x08: g->bpr = v & 7; break;
	case 0x10:
		if ((v & 0x3ff) < GIC_NR_IRQS)
			g->active[v & 0x3ff] = false;
		break;
	default:
		log_msg(LOG_GUEST, "gic: write to CPU interface offset 0x%02x ignored", off);
		break;
	}
	gic_update(g);
}

static void gic_reset(void *dev)
{
	gic_init(dev);
	gic_update(dev);
}

const struct dev_ops gic_dist_ops = { "gic-distributor", gic_dist_read, gic_dist_write, gic_reset };
const struct dev_ops gic_cpu_ops = { "gic-cpu", gic_cpu_read, gic_cpu_write, NULL };
