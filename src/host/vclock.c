/*
 * Virtual time and the device event queue (include/vclock.h): a list of armed
 * timers kept in deadline order. Linux arms a handful at a time (SP804, TWD), so
 * a sorted list is all it takes.
 */
#include <time.h>

#include "vclock.h"

uint64_t host_clock_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void vclock_init(struct vclock *c, bool stepped)
{
	*c = (struct vclock){ .stepped = stepped, .start_ns = host_clock_ns(), .host_ns = host_clock_ns };
}

uint64_t vclock_now(void *clock)
{
	return ((struct vclock *)clock)->now_ns;
}

static uint64_t current_ns(const struct vclock *c)
{
	if (c->icount)
		return ((*c->icount_count + *c->icount_pending) << c->icount_shift) + c->idle_ns;
	return c->stepped ? c->now_ns : c->host_ns() - c->start_ns;
}

void vclock_set_icount(struct vclock *c, unsigned shift, const uint64_t *count,
		       const uint32_t *pending, atomic_uint *exit_request)
{
	c->icount_exit = exit_request;
	c->icount = true;
	c->icount_shift = shift;
	c->icount_count = count;
	c->icount_pending = pending;
}

uint64_t vclock_icount_at(const struct vclock *c, uint64_t ns)
{
	if (ns == VCLOCK_NEVER)
		return UINT64_MAX;
	if (ns <= c->idle_ns)
		return 0;
	uint64_t step = (uint64_t)1 << c->icount_shift;
	return (ns - c->idle_ns + step - 1) >> c->icount_shift;
}

bool vclock_icount_skip(struct vclock *c)
{
	uint64_t next = vclock_next_deadline(c), now = current_ns(c);
	if (next == VCLOCK_NEVER)
		return false;
	if (next > now)
		c->idle_ns += next - now;
	return true;
}

void vclock_pause(struct vclock *c)
{
	c->paused_ns = c->host_ns();
}

void vclock_resume(struct vclock *c)
{
	if (!c->icount && !c->stepped)
		c->start_ns += c->host_ns() - c->paused_ns;
}

/* Under --icount the host clock shows no guest time (0): the CPU thread alone
 * moves it, and fires its timers itself. */
uint64_t vclock_host_now(const struct vclock *c)
{
	return c->icount ? 0 : current_ns(c);
}

void vtimer_init(struct vtimer *t, void (*fire)(void *opaque), void *opaque)
{
	*t = (struct vtimer){ .fire = fire, .opaque = opaque };
}

static void unlink_timer(struct vclock *c, struct vtimer *t)
{
	for (struct vtimer **p = &c->head; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	t->armed = false;
	t->next = NULL;
}

static void notify(struct vclock *c)
{
	if (c->icount_exit)
		atomic_store_explicit(c->icount_exit, 1, memory_order_relaxed);
	if (c->deadline_changed)
		c->deadline_changed(c->deadline_ctx, vclock_next_deadline(c));
}

void vtimer_arm(struct vclock *c, struct vtimer *t, uint64_t deadline)
{
	if (t->armed)
		unlink_timer(c, t);
	t->deadline = deadline;
	t->armed = true;
	struct vtimer **p = &c->head;
	while (*p && (*p)->deadline <= deadline)
		p = &(*p)->next;
	t->next = *p;
	*p = t;
	if (c->head == t)
		notify(c);
}

void vtimer_cancel(struct vclock *c, struct vtimer *t)
{
	if (t->armed)
		unlink_timer(c, t);
}

uint64_t vclock_next_deadline(const struct vclock *c)
{
	return c->head ? c->head->deadline : VCLOCK_NEVER;
}

static void fire_until(struct vclock *c, uint64_t now)
{
	while (c->head && c->head->deadline <= now) {
		struct vtimer *t = c->head;
		unlink_timer(c, t);
		t->fire(t->opaque);
	}
}

uint64_t vclock_sync(void *clock)
{
	struct vclock *c = clock;
	uint64_t now = current_ns(c);
	if (now > c->now_ns)
		c->now_ns = now;
	fire_until(c, c->now_ns);
	return c->now_ns;
}

uint64_t vclock_run(struct vclock *c)
{
	vclock_sync(c);
	return vclock_next_deadline(c);
}

void vclock_step(struct vclock *c, uint64_t ns)
{
	uint64_t end = c->now_ns + ns;
	while (c->head && c->head->deadline <= end) {
		if (c->head->deadline > c->now_ns)
			c->now_ns = c->head->deadline;
		fire_until(c, c->now_ns);
	}
	c->now_ns = end;
}

uint32_t countdown_value(struct vclock *c, const struct countdown *d)
{
	if (!d->running)
		return d->start_value;
	uint64_t now = vclock_now(c);
	if (now < d->start_ns)
		return 0;   /* the reload tick after reaching zero */
	uint64_t ticks = (now - d->start_ns) / d->tick_ns;
	return ticks >= d->start_value ? 0 : d->start_value - (uint32_t)ticks;
}

void countdown_start(struct vclock *c, struct countdown *d, uint32_t value,
		     uint64_t tick_ns, uint64_t at)
{
	d->start_value = value;
	d->start_ns = at;
	d->tick_ns = tick_ns;
	d->running = true;
	vtimer_arm(c, &d->expiry, at + (uint64_t)value * tick_ns);
}

void countdown_stop(struct vclock *c, struct countdown *d)
{
	d->start_value = countdown_value(c, d);
	d->running = false;
	vtimer_cancel(c, &d->expiry);
}
