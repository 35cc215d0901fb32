/*
 * Virtual time (src/host/vclock.c): the one clock devices read and the one queue
 * on which they schedule events. Guest time follows the host's monotonic clock
 * from the machine's start, or with --icount the instruction count; tests use a
 * stepped clock instead and advance it by hand. Timers fire on the CPU thread, from the run loop's cpu_service, so
 * device state is never touched by two threads.
 *
 * The time devices see moves only in vclock_run/vclock_sync (and vclock_step):
 * a device access syncs once and then reads one instant, at which every event
 * due has fired. Reading the host clock twice in one access would let a
 * counter reach zero between the two reads without its event having fired.
 */
#ifndef ARMVM_VCLOCK_H
#define ARMVM_VCLOCK_H

#include <stdatomic.h>
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
	/* --icount: time is (count + *pending) << shift, plus idle_ns skipped in
	 * WFI; count and pending are the core's insn_count and insns_pending (the
	 * index in its block of the instruction that reaches a device). */
	bool icount;
	unsigned icount_shift;
	const uint64_t *icount_count;
	const uint32_t *icount_pending;
	uint64_t idle_ns;
	/* Set when a timer becomes the earliest: the core's run loop, whose
	 * budget ends at the deadline it had before, must look again. */
	atomic_uint *icount_exit;
	_Atomic uint64_t start_ns;    /* host time at virtual time 0 (the host thread reads it) */
	uint64_t paused_ns;           /* host time of vclock_pause, while paused */
	uint64_t now_ns;              /* the time of the last sync (stepped: of the last step) */
	uint64_t (*host_ns)(void);    /* the host's monotonic clock (tests may replace it) */
	struct vtimer *head;          /* armed timers, earliest first */
	/* Told when a timer becomes the earliest (the host loop re-arms its timer). */
	void (*deadline_changed)(void *ctx, uint64_t deadline);
	void *deadline_ctx;
};

void vclock_init(struct vclock *c, bool stepped);
/* --icount, before any device reads the clock: time follows the count. */
void vclock_set_icount(struct vclock *c, unsigned shift, const uint64_t *count,
		       const uint32_t *pending, atomic_uint *exit_request);
/* --icount: the instruction count at which the time reaches ns. */
uint64_t vclock_icount_at(const struct vclock *c, uint64_t ns);
/* --icount, WFI: jump to the next deadline (its timer fires at the next
 * vclock_run); false when no timer is armed. */
bool vclock_icount_skip(struct vclock *c);
/* Virtual time in ns as of the last sync: what devices compute with. */
uint64_t vclock_now(void *clock);
/* Bring the clock to the host's time, fire what is due, return the time. Has the
 * signature of a device clock callback (a free-running counter's read). */
uint64_t vclock_sync(void *clock);
/* The virtual time the host clock shows now, for the host thread (no sync);
 * 0 under --icount, where the host clock shows none. */
uint64_t vclock_host_now(const struct vclock *c);
/* The core is held (debugger, monitor `stop`): guest time stands still until
 * vclock_resume, as in QEMU's stopped VM. No effect under --icount or stepped. */
void vclock_pause(struct vclock *c);
void vclock_resume(struct vclock *c);
/* The host's CLOCK_MONOTONIC in ns: also what --stats times host work with. */
uint64_t host_clock_ns(void);
void vtimer_init(struct vtimer *t, void (*fire)(void *opaque), void *opaque);
void vtimer_arm(struct vclock *c, struct vtimer *t, uint64_t deadline);
void vtimer_cancel(struct vclock *c, struct vtimer *t);
/* Sync, firing every timer whose deadline has passed; returns the next deadline.
 * Timer devices call it first thing in every register access, so what the
 * guest reads and writes always follows every event due by then (the CPU
 * thread may not have serviced the clock since). */
uint64_t vclock_run(struct vclock *c);
/* Stepped clocks: advance by ns, firing timers in deadline order at their time. */
void vclock_step(struct vclock *c, uint64_t ns);
/* The earliest armed deadline, or VCLOCK_NEVER. */
uint64_t vclock_next_deadline(const struct vclock *c);

/*
 * A down-counter on virtual time, as timers have (SP804, the A9 private timer):
 * its value is computed from when it started, and its expiry vtimer is armed
 * for the time it reaches zero.
 */
struct countdown {
	uint32_t start_value;         /* value at start_ns */
	uint64_t start_ns, tick_ns;
	bool running;
	struct vtimer expiry;
};

uint32_t countdown_value(struct vclock *c, const struct countdown *d);
/* Count down from value, one step per tick_ns, starting at virtual time at. */
void countdown_start(struct vclock *c, struct countdown *d, uint32_t value,
		     uint64_t tick_ns, uint64_t at);
/* Stop, keeping the current value. */
void countdown_stop(struct vclock *c, struct countdown *d);

#endif
