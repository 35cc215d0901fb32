/*
 * Cortex-A9 private timer and watchdog (DDI 0407, "About the private timer and
 * watchdog blocks"). Timer at +0x00, watchdog at +0x20:
 *   +0x00 Load  +0x04 Counter  +0x08 Control  +0x0c Interrupt Status
 *   watchdog only: +0x30 Reset Status  +0x34 Disable (0x12345678, 0x87654321)
 * Control: [0] enable, [1] auto-reload, [2] IRQ enable, [3] watchdog mode
 * (watchdog only), [15:8] prescaler. The counter decrements every
 * prescaler + 1 PERIPHCLK cycles; on reaching zero it sets the event flag and
 * reloads from Load (auto-reload) or stops. Outputs: timer.irq (PPI 13),
 * watchdog.irq (PPI 14, timer mode). Registers are word-only: a byte or
 * halfword access reads as zero and is ignored, as on QEMU 7.2's vexpress-a9.
 */
#include "a9_private.h"
#include "log.h"

#define TWD_ENABLE     (1u << 0)
#define TWD_AUTORELOAD (1u << 1)
#define TWD_IRQ_ENABLE (1u << 2)
#define TWD_WD_MODE    (1u << 3)

static void twd_update(struct a9_twd_timer *t)
{
	irq_set(&t->irq, t->event && (t->control & TWD_IRQ_ENABLE));
}

static void twd_start(struct a9_twd_timer *t, uint32_t value)
{
	struct vclock *c = t->owner->clock;
	countdown_stop(c, &t->count);
	t->count.start_value = value;
	if ((t->control & TWD_ENABLE) && value)
		countdown_start(c, &t->count, value, a9_tick_ns(t->control), vclock_now(c));
}

static void twd_expired(void *opaque)
{
	struct a9_twd_timer *t = opaque;
	t->event = true;
	if ((t->control & TWD_AUTORELOAD) && t->load)
		countdown_start(t->owner->clock, &t->count, t->load, a9_tick_ns(t->control),
				t->count.expiry.deadline + a9_tick_ns(t->control));
	else
		countdown_stop(t->owner->clock, &t->count);
	if (t == &t->owner->watchdog && (t->control & TWD_WD_MODE)) {
		/* A watchdog reset of the core: the board is not reset, it is said. */
		t->owner->wd_reset_status = 1;
		log_msg(LOG_UNIMP, "a9-twd: watchdog expired; reset not modelled");
	}
	twd_update(t);
}

static uint32_t a9_twd_read(void *dev, uint32_t off, unsigned size)
{
	struct a9_twd *s = dev;
	if (size != 4)
		return 0;
	vclock_run(s->clock);   /* events due by now have happened */
	struct a9_twd_timer *t = off < 0x20 ? &s->timer : &s->watchdog;
	switch (off & 0x1f) {
	case 0x00: return t->load;
	case 0x04: return countdown_value(s->clock, &t->count);
	case 0x08: return t->control;
	case 0x0c: return t->event;
	case 0x10: return off == 0x30 ? s->wd_reset_status : 0;
	default: return 0;
	}
}

static void a9_twd_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct a9_twd *s = dev;
	if (size != 4) {
		log_msg(LOG_GUEST, "a9-twd: %u-byte write to offset 0x%02x ignored", size, off);
		return;
	}
	vclock_run(s->clock);   /* events due by now have happened */
	struct a9_twd_timer *t = off < 0x20 ? &s->timer : &s->watchdog;
	switch (off) {
	case 0x00: case 0x20:
		t->load = v;
		twd_start(t, v);
		break;
	case 0x04: case 0x24:
		twd_start(t, v);
		break;
	case 0x08: case 0x28: {
		uint32_t old = t->control;
		uint32_t mask = off == 0x08 ? 0xff07u : 0xff0fu;
		/* Watchdog mode can only be left through the disable sequence. */
		uint32_t keep = off == 0x28 ? (t->control & TWD_WD_MODE) : 0;
		t->control = (v & mask) | keep;
		/* The count goes on unless the enable or the prescaler changes: a
		 * write in the reload tick (counter 0) must not stop the timer. */
		if ((old ^ t->control) & (TWD_ENABLE | 0xff00u))
			twd_start(t, countdown_value(s->clock, &t->count));
		break;
	}
	case 0x0c: case 0x2c:
		if (v & 1)
			t->event = false;
		break;
	case 0x30:
		if (v & 1)
			s->wd_reset_status = 0;
		break;
	case 0x34:
		if (v == 0x12345678u) {
			s->wd_disable_seq = 1;
		} else if (v == 0x87654321u && s->wd_disable_seq) {
			s->watchdog.control &= ~TWD_WD_MODE;
			s->wd_disable_seq = 0;
		} else {
			s->wd_disable_seq = 0;
		}
		break;
	default:
		log_msg(LOG_GUEST, "a9-twd: write to offset 0x%02x ignored", off);
		break;
	}
	twd_update(t);
}

static void a9_twd_reset(void *dev)
{
	struct a9_twd *s = dev;
	struct a9_twd_timer *timers[2] = { &s->timer, &s->watchdog };
	for (int i = 0; i < 2; i++) {
		countdown_stop(s->clock, &timers[i]->count);
		timers[i]->count.start_value = 0;
		timers[i]->load = timers[i]->control = 0;
		timers[i]->event = false;
		twd_update(timers[i]);
	}
	s->wd_reset_status = s->wd_disable_seq = 0;
}

void a9_twd_init(struct a9_twd *s, struct vclock *clock)
{
	s->clock = clock;
	s->timer.owner = s->watchdog.owner = s;
	vtimer_init(&s->timer.count.expiry, twd_expired, &s->timer);
	vtimer_init(&s->watchdog.count.expiry, twd_expired, &s->watchdog);
	a9_twd_reset(s);
}

bool a9_twd_may_interrupt(const struct a9_twd_timer *t)
{
	return t->count.expiry.armed && (t->control & TWD_IRQ_ENABLE);
}

const struct dev_ops a9_twd_ops = { "a9-twd", a9_twd_read, a9_twd_write, a9_twd_reset };
