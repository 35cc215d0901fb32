/*
 * Virtual time (src/host/vclock.c): the one clock devices read and the one queue
 * on which they schedule events. Guest time follows the host's monotonic clock
 * from the machine's start; tests use a stepped clock instead and advance it by
 * hand. Timers fire on the CPU thread, from cpu_run's service path, so device
 * state is never touched by two threads.
 */
#ifndef ARMVM_VCLOCK_H
#define ARMVM_VCLOCK_H

#include <stdbool.h>
#include <stdint.h>

#define VCLOCK_NEVER UINT64_MAX

struct vtimer {
	uint64_t deadline;            /* ns of virtual time */
	void (*fire)(void *opaque);
	void *opaque;
	bool armed;
	struct vtimer *next;
};

struct vclock {
	bool stepped;                 /* tests: time moves only by vclock_step */
	uint64_t start_ns;            /* host time at virtual time 0 */
	uint64_t now_ns;              /* stepped: the current time */
	struct vtimer *head;          /* armed timers, earliest first */
	/* Told when the earliest deadline changes (the host loop re-arms its timer). */
	void (*deadline_changed)(void *ctx, uint64_t deadline);
	void *deadline_ctx;
};

void vclock_init(struct vclock *c, bool stepped);
/* Virtual time now, in ns. Has the signature of a device clock callback. */
uint64_t vclock_now(void *clock);
void vtimer_init(struct vtimer *t, void (*fire)(void *opaque), void *opaque);
void vtimer_arm(struct vclock *c, struct vtimer *t, uint64_t deadline);
void vtimer_cancel(struct vclock *c, struct vtimer *t);
/* Fire every timer whose deadline has passed; returns the next deadline. */
uint64_t vclock_run(struct vclock *c);
/* Stepped clocks: advance by ns, firing timers in deadline order at their time. */
void vclock_step(struct vclock *c, uint64_t ns);
/* The earliest armed deadline, or VCLOCK_NEVER. */
uint64_t vclock_next_deadline(const struct vclock *c);

#endif
