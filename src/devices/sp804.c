/*
 * SP804 dual timer (ARM DDI 0271). Each timer, at 0x00 and 0x20:
 *   +0x00 TimerXLoad  +0x04 TimerXValue (RO)  +0x08 TimerXControl
 *   +0x0c TimerXIntClr (WO)  +0x10 TimerXRIS  +0x14 TimerXMIS  +0x18 TimerXBGLoad
 * 0xfe0-0xffc peripheral and PrimeCell IDs. Output: irq (TIMINTC).
 *
 * The counters are countdowns on virtual time (include/vclock.h).
 * Free-running mode counts from the maximum, periodic mode reloads from Load,
 * one-shot mode stops at zero (DDI 0271 2.3.1-2.3.3).
 *
 * Only offset bits [11:2] select a register (QEMU 7.2 decodes so): a byte or
 * halfword access anywhere in a register acts on it as at its first byte.
 */
#include "log.h"
#include "sp804.h"

#define CTRL_ONESHOT   (1u << 0)
#define CTRL_32BIT     (1u << 1)
#define CTRL_PRESCALE  (3u << 2)
#define CTRL_INTEN     (1u << 5)
#define CTRL_PERIODIC  (1u << 6)
#define CTRL_ENABLE    (1u << 7)

static const uint8_t sp804_id[8] = { 0x04, 0x18, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

static uint32_t counter_max(const struct sp804_timer *t)
{
	return (t->control & CTRL_32BIT) ? 0xffffffffu : 0xffffu;
}

static uint64_t tick_ns(const struct sp804_timer *t)
{
	static const unsigned shift[4] = { 0, 4, 8, 8 };   /* 11 is undefined: as 10 */
	return (1000000000ull / SP804_CLOCK_HZ) << shift[(t->control & CTRL_PRESCALE) >> 2];
}

static void sp804_update(struct sp804 *s)
{
	bool level = false;
	for (int i = 0; i < 2; i++)
		level |= s->timer[i].raw_irq && (s->timer[i].control & CTRL_INTEN);
	irq_set(&s->irq, level);
}

static uint32_t current_value(struct sp804_timer *t)
{
	return countdown_value(t->owner->clock, &t->count);
}

/* Start counting down from value now, if enabled. */
static void start_from(struct sp804_timer *t, uint32_t value)
{
	struct vclock *c = t->owner->clock;
	countdown_stop(c, &t->count);
	t->count.start_value = value & counter_max(t);
	if (t->control & CTRL_ENABLE)
		countdown_start(c, &t->count, t->count.start_value, tick_ns(t), vclock_now(c));
}

/* The counter reached zero: interrupt, then reload, wrap or stop. */
static void expired(void *opaque)
{
	struct sp804_timer *t = opaque;
	t->raw_irq = true;
	if (t->control & CTRL_ONESHOT) {
		t->count.start_value = 0;
		t->count.running = false;
	} else {
		uint32_t next = (t->control & CTRL_PERIODIC) ? t->load : counter_max(t);
		/* The reload takes one tick: the period is next + 1 ticks. */
		countdown_start(t->owner->clock, &t->count, next & counter_max(t), tick_ns(t),
				t->count.expiry.deadline + tick_ns(t));
	}
	sp804_update(t->owner);
}

static uint32_t sp804_read(void *dev, uint32_t off, unsigned size)
{
	struct sp804 *s = dev;
	vclock_run(s->clock);   /* events due by now have happened */
	(void)size;
	off &= ~3u;
	if (off >= 0xfe0)
		return sp804_id[(off - 0xfe0) >> 2 & 7];
	if (off >= 0x40)
		return 0;
	struct sp804_timer *t = &s->timer[off >> 5];
	switch (off & 0x1f) {
	case 0x00: case 0x18: return t->load;
	case 0x04: return current_value(t);
	case 0x08: return t->control;
	case 0x10: return t->raw_irq;
	case 0x14: return t->raw_irq && (t->control & CTRL_INTEN);
	default: return 0;
	}
}

static void sp804_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct sp804 *s = dev;
	vclock_run(s->clock);   /* events due by now have happened */
	(void)size;
	off &= ~3u;
	if (off >= 0x40) {
		log_msg(LOG_GUEST, "sp804: write to offset 0x%03x ignored", off);
		return;
	}
	struct sp804_timer *t = &s->timer[off >> 5];
	switch (off & 0x1f) {
	case 0x00:                    /* Load: also restarts the count */
		t->load = v;
		start_from(t, v);
		break;
	case 0x18:                    /* BGLoad: next reload only */
		t->load = v;
		break;
	case 0x08: {
		uint32_t old = t->control;
		t->control = v & 0xff;
		/* The count goes on unless enable, prescale or size changes: a
		 * write in the reload tick (value 0) must not restart from 0. */
		if ((old ^ t->control) & (CTRL_ENABLE | CTRL_PRESCALE | CTRL_32BIT))
			start_from(t, current_value(t));
		break;
	}
	case 0x0c:
		t->raw_irq = false;
		break;
	default:
		log_msg(LOG_GUEST, "sp804: write to read-only offset 0x%03x", off);
		break;
	}
	sp804_update(s);
}

static void sp804_reset(void *dev)
{
	struct sp804 *s = dev;
	for (int i = 0; i < 2; i++) {
		struct sp804_timer *t = &s->timer[i];
		countdown_stop(s->clock, &t->count);
		t->load = 0;
		t->control = CTRL_INTEN;     /* reset value 0x20 */
		t->raw_irq = false;
		t->count.start_value = 0xffffffffu;   /* TimerXValue reset value */
	}
	sp804_update(s);
}

void sp804_init(struct sp804 *s, struct vclock *clock)
{
	s->clock = clock;
	for (int i = 0; i < 2; i++) {
		s->timer[i].owner = s;
		vtimer_init(&s->timer[i].count.expiry, expired, &s->timer[i]);
	}
	sp804_reset(s);
}

bool sp804_may_interrupt(const struct sp804 *s)
{
	for (int i = 0; i < 2; i++)
		if (s->timer[i].count.expiry.armed && (s->timer[i].control & CTRL_INTEN))
			return true;
	return false;
}

const struct dev_ops sp804_ops = { "sp804", sp804_read, sp804_write, sp804_reset };
