/*
 * PL031 real-time clock (ARM DDI 0224). Registers:
 *   0x00 RTCDR (RO)  0x04 RTCMR  0x08 RTCLR  0x0c RTCCR  0x10 RTCIMSC
 *   0x14 RTCRIS  0x18 RTCMIS  0x1c RTCICR (WO)  0xfe0-0xffc IDs
 * The count is the host's wall clock (seconds) plus the offset set through
 * RTCLR. A match raises RTCINTR (irq) when enabled in RTCIMSC.
 */
#include "log.h"
#include "vexpress_misc.h"

#define NS_PER_S 1000000000ull

static const uint8_t pl031_id[8] = { 0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

static uint32_t pl031_count(const struct pl031 *s)
{
	uint64_t secs = s->wall_at_start_s + vclock_now(s->clock) / NS_PER_S;
	return (uint32_t)((int64_t)secs + s->offset_s);
}

static void pl031_update(struct pl031 *s)
{
	irq_set(&s->irq, s->raw_irq && (s->imsc & 1));
}

/* Arm the timer for the second at which the count reaches the match value;
 * a match equal to the count now fires at once (as QEMU's pl031 does). */
static void pl031_arm(struct pl031 *s)
{
	uint32_t ahead = s->match - pl031_count(s);
	uint64_t now = vclock_now(s->clock);
	uint64_t next_second = (now / NS_PER_S + 1) * NS_PER_S;
	vtimer_arm(s->clock, &s->match_timer,
		   ahead ? next_second + (uint64_t)(ahead - 1) * NS_PER_S : now);
}

static void pl031_match(void *opaque)
{
	struct pl031 *s = opaque;
	s->raw_irq = true;
	pl031_update(s);
}

static uint32_t pl031_read(void *dev, uint32_t off, unsigned size)
{
	struct pl031 *s = dev;
	vclock_run(s->clock);   /* events due by now have happened */
	(void)size;
	if (off >= 0xfe0)
		return pl031_id[(off - 0xfe0) >> 2 & 7];
	switch (off) {
	case 0x00: return pl031_count(s);
	case 0x04: return s->match;
	case 0x08: return pl031_count(s);
	case 0x0c: return 1;                     /* RTC started at reset */
	case 0x10: return s->imsc;
	case 0x14: return s->raw_irq;
	case 0x18: return s->raw_irq && (s->imsc & 1);
	default: return 0;
	}
}

static void pl031_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct pl031 *s = dev;
	vclock_run(s->clock);   /* events due by now have happened */
	(void)size;
	switch (off) {
	case 0x04:
		s->match = v;
		pl031_arm(s);
		break;
	case 0x08:
		s->offset_s += (int64_t)v - (int64_t)pl031_count(s);
		pl031_arm(s);
		break;
	case 0x0c:
		break;                                /* RTCCR: once started, stays started */
	case 0x10:
		s->imsc = v & 1;
		break;
	case 0x1c:
		if (v & 1)
			s->raw_irq = false;
		break;
	default:
		log_msg(LOG_GUEST, "pl031: write to offset 0x%03x ignored", off);
		break;
	}
	pl031_update(s);
}

static void pl031_reset(void *dev)
{
	struct pl031 *s = dev;
	vtimer_cancel(s->clock, &s->match_timer);
	s->match = s->imsc = 0;
	s->raw_irq = false;
	pl031_update(s);
}

void pl031_init(struct pl031 *s, struct vclock *clock, uint64_t wall_now_s)
{
	s->clock = clock;
	s->wall_at_start_s = wall_now_s;
	s->offset_s = 0;
	vtimer_init(&s->match_timer, pl031_match, s);
	pl031_reset(s);
}

bool pl031_may_interrupt(const struct pl031 *s)
{
	return s->match_timer.armed && (s->imsc & 1);
}

const struct dev_ops pl031_ops = { "pl031", pl031_read, pl031_write, pl031_reset };
