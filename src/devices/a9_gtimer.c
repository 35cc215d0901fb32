/*
 * Cortex-A9 MPCore global timer (DDI 0407, "Global timer"): a 64-bit up-counter
 * shared by the cores, with a comparator per core.
 *   0x00 Counter[31:0]  0x04 Counter[63:32]  0x08 Control  0x0c Interrupt Status
 *   0x10 Comparator[31:0]  0x14 Comparator[63:32]  0x18 Auto-increment
 * Control: [0] timer enable, [1] comparator enable, [2] IRQ enable,
 * [3] auto-increment, [15:8] prescaler. The counter counts PERIPHCLK /
 * (prescaler + 1) while enabled; when it reaches the comparator (with the
 * comparator enabled) the event flag is set, and with auto-increment the
 * comparator moves on by the auto-increment value. Output: irq (PPI 11).
 * Registers are word-only: a byte or halfword access reads as zero and is
 * ignored, as on QEMU 7.2's vexpress-a9.
 */
#include "a9_private.h"
#include "log.h"

#define GT_ENABLE     (1u << 0)
#define GT_COMP       (1u << 1)
#define GT_IRQ        (1u << 2)
#define GT_AUTOINC    (1u << 3)

static uint64_t gt_count(const struct a9_gtimer *g)
{
	if (!(g->control & GT_ENABLE))
		return g->base_count;
	return g->base_count + (vclock_now(g->clock) - g->base_ns) / a9_tick_ns(g->control);
}

static void gt_update(struct a9_gtimer *g)
{
	irq_set(&g->irq, g->event && (g->control & GT_IRQ));
}

/* Arm the match for the comparator, or fire now if the count is already there. */
static void gt_arm(struct a9_gtimer *g)
{
	vtimer_cancel(g->clock, &g->match);
	if ((g->control & (GT_ENABLE | GT_COMP)) != (GT_ENABLE | GT_COMP))
		return;
	uint64_t count = gt_count(g);
	uint64_t ahead = g->comparator > count ? g->comparator - count : 0;
	vtimer_arm(g->clock, &g->match, vclock_now(g->clock) + ahead * a9_tick_ns(g->control));
}

static void gt_matched(void *opaque)
{
	struct a9_gtimer *g = opaque;
	g->event = true;
	if ((g->control & GT_AUTOINC) && g->autoinc) {
		g->comparator += g->autoinc;
		gt_arm(g);
	}
	gt_update(g);
}

/* Rebase the counter at its current value (before the rate or enable changes). */
static void gt_rebase(struct a9_gtimer *g)
{
	g->base_count = gt_count(g);
	g->base_ns = vclock_now(g->clock);
}

static uint32_t a9_gtimer_read(void *dev, uint32_t off, unsigned size)
{
	struct a9_gtimer *g = dev;
	if (size != 4)
		return 0;
	vclock_run(g->clock);   /* events due by now have happened */
	switch (off) {
	case 0x00: return (uint32_t)gt_count(g);
	case 0x04: return (uint32_t)(gt_count(g) >> 32);
	case 0x08: return g->control;
	case 0x0c: return g->event;
	case 0x10: return (uint32_t)g->comparator;
	case 0x14: return (uint32_t)(g->comparator >> 32);
	case 0x18: return g->autoinc;
	default: return 0;
	}
}

static void a9_gtimer_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct a9_gtimer *g = dev;
	if (size != 4) {
		log_msg(LOG_GUEST, "a9-gtimer: %u-byte write to offset 0x%02x ignored", size, off);
		return;
	}
	vclock_run(g->clock);   /* events due by now have happened */
	switch (off) {
	case 0x00: case 0x04:
		/* The counter is writable only while the timer is disabled. */
		if (g->control & GT_ENABLE)
			log_msg(LOG_GUEST, "a9-gtimer: counter written while enabled");
		else if (off == 0x00)
			g->base_count = (g->base_count & ~0xffffffffull) | v;
		else
			g->base_count = (g->base_count & 0xffffffffull) | (uint64_t)v << 32;
		break;
	case 0x08:
		gt_rebase(g);
		g->control = v & 0xff0f;
		break;
	case 0x0c:
		if (v & 1)
			g->event = false;
		break;
	case 0x10:
		g->comparator = (g->comparator & ~0xffffffffull) | v;
		break;
	case 0x14:
		g->comparator = (g->comparator & 0xffffffffull) | (uint64_t)v << 32;
		break;
	case 0x18:
		g->autoinc = v;
		break;
	default:
		log_msg(LOG_GUEST, "a9-gtimer: write to offset 0x%02x ignored", off);
		break;
	}
	gt_arm(g);
	gt_update(g);
}

static void a9_gtimer_reset(void *dev)
{
	struct a9_gtimer *g = dev;
	vtimer_cancel(g->clock, &g->match);
	g->control = g->autoinc = 0;
	g->comparator = g->base_count = 0;
	g->base_ns = vclock_now(g->clock);
	g->event = false;
	gt_update(g);
}

void a9_gtimer_init(struct a9_gtimer *g, struct vclock *clock)
{
	g->clock = clock;
	vtimer_init(&g->match, gt_matched, g);
	a9_gtimer_reset(g);
}

bool a9_gtimer_may_interrupt(const struct a9_gtimer *g)
{
	return g->match.armed && (g->control & GT_IRQ);
}

const struct dev_ops a9_gtimer_ops = { "a9-gtimer", a9_gtimer_read, a9_gtimer_write,
				       a9_gtimer_reset };
