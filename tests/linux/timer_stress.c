/*
 * A timer-heavy Linux workload that checks its own progress (run by
 * tests/linux/timer_stress.py inside the guest; built static for armhf).
 *
 *   timer_stress SECONDS
 *
 * Runs at once: a 1 ms POSIX timer delivering SIGALRM (SIGEV_SIGNAL), a 1 ms
 * POSIX timer run in a thread (SIGEV_THREAD), a thread re-arming a 300 us
 * one-shot timer and waiting for its SIGRTMIN with sigwaitinfo, threads
 * sleeping in usleep(1000) and nanosleep(500 us), and a thread that only
 * computes. Every second (clock_nanosleep to an absolute CLOCK_MONOTONIC time)
 * it prints one line of counts and checks:
 *   - every count advanced within the last 5 s (a loaded host may keep the
 *     whole guest from running for a while: the lines then come late);
 *   - no sleep returned before its time (measured on CLOCK_MONOTONIC);
 *   - the 1 ms timer's expirations (with overruns) never outrun the elapsed
 *     CLOCK_MONOTONIC milliseconds, and lag them by at most 10 % plus 2 s.
 * Ends with "timer_stress: PASS" (exit 0) or a "timer_stress: FAIL" line.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

enum { C_SIGALRM, C_THREAD, C_ONESHOT, C_USLEEP, C_NANOSLEEP, C_COMPUTE, NCOUNT };
static const char *const names[NCOUNT] = {
	"sigalrm", "sigev_thread", "oneshot", "usleep", "nanosleep", "compute"
};
static atomic_ulong count[NCOUNT];
static atomic_ulong alarm_expirations;  /* SIGALRM timer, overruns included */
static atomic_ulong early_wakes;
static timer_t alarm_timer;

static uint64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void fail(const char *what)
{
	printf("timer_stress: FAIL: %s\n", what);
	fflush(stdout);
	exit(1);
}

static void on_alarm(int sig)
{
	(void)sig;
	int over = timer_getoverrun(alarm_timer);
	atomic_fetch_add(&alarm_expirations, 1u + (over > 0 ? (unsigned)over : 0u));
	atomic_fetch_add(&count[C_SIGALRM], 1);
}

static void on_thread_timer(union sigval v)
{
	(void)v;
	atomic_fetch_add(&count[C_THREAD], 1);
}

static void periodic_1ms(timer_t t)
{
	struct itimerspec its = { { 0, 1000000 }, { 0, 1000000 } };
	if (timer_settime(t, 0, &its, NULL) != 0)
		fail("timer_settime");
}

/* Sleeps of `ns` in a loop, by usleep or nanosleep; a wake before its time counts. */
static void *sleeper(void *arg)
{
	long kind = (long)arg;
	for (;;) {
		uint64_t t0 = mono_ns();
		uint64_t want = kind == C_USLEEP ? 1000000u : 500000u;
		if (kind == C_USLEEP) {
			usleep(1000);
		} else {
			struct timespec ts = { 0, 500000 };
			nanosleep(&ts, NULL);
		}
		if (mono_ns() - t0 < want)
			atomic_fetch_add(&early_wakes, 1);
		atomic_fetch_add(&count[kind], 1);
	}
	return NULL;
}

/* A 300 us one-shot timer re-armed after each expiry, its SIGRTMIN taken
 * synchronously (blocked in every thread). */
static void *oneshot(void *arg)
{
	sigset_t *set = arg;
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN };
	timer_t t;
	if (timer_create(CLOCK_MONOTONIC, &ev, &t) != 0)
		fail("timer_create (one-shot)");
	for (;;) {
		struct itimerspec its = { { 0, 0 }, { 0, 300000 } };
		uint64_t t0 = mono_ns();
		timer_settime(t, 0, &its, NULL);
		if (sigwaitinfo(set, NULL) != SIGRTMIN)
			fail("sigwaitinfo");
		if (mono_ns() - t0 < 300000u)
			atomic_fetch_add(&early_wakes, 1);
		atomic_fetch_add(&count[C_ONESHOT], 1);
	}
	return NULL;
}

static void *compute(void *arg)
{
	volatile uint32_t x = 1;
	(void)arg;
	for (;;) {
		for (int i = 0; i < 100000; i++)
			x = x * 1103515245u + 12345u;
		atomic_fetch_add(&count[C_COMPUTE], 1);
	}
	return NULL;
}

static void start(void *(*fn)(void *), void *arg)
{
	pthread_t th;
	if (pthread_create(&th, NULL, fn, arg) != 0)
		fail("pthread_create");
}

int main(int argc, char **argv)
{
	int seconds = argc > 1 ? atoi(argv[1]) : 60;
	static sigset_t rt;
	setvbuf(stdout, NULL, _IOLBF, 0);

	/* SIGRTMIN is taken by sigwaitinfo, SIGALRM only by this thread: the
	 * sleepers are never cut short by a signal. Threads inherit the mask. */
	sigset_t both;
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN);
	both = rt;
	sigaddset(&both, SIGALRM);
	pthread_sigmask(SIG_BLOCK, &both, NULL);

	struct sigaction sa = { .sa_handler = on_alarm, .sa_flags = SA_RESTART };
	sigaction(SIGALRM, &sa, NULL);
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGALRM };
	if (timer_create(CLOCK_MONOTONIC, &ev, &alarm_timer) != 0)
		fail("timer_create (SIGALRM)");
	struct sigevent tev = { .sigev_notify = SIGEV_THREAD,
				.sigev_notify_function = on_thread_timer };
	timer_t thread_timer;
	if (timer_create(CLOCK_MONOTONIC, &tev, &thread_timer) != 0)
		fail("timer_create (SIGEV_THREAD)");

	start(sleeper, (void *)(long)C_USLEEP);
	start(sleeper, (void *)(long)C_USLEEP);
	start(sleeper, (void *)(long)C_NANOSLEEP);
	start(oneshot, &rt);
	start(compute, NULL);
	sigset_t alrm;
	sigemptyset(&alrm);
	sigaddset(&alrm, SIGALRM);
	pthread_sigmask(SIG_UNBLOCK, &alrm, NULL);
	uint64_t t0 = mono_ns();
	periodic_1ms(alarm_timer);
	periodic_1ms(thread_timer);

	unsigned long last[NCOUNT] = { 0 };
	int since[NCOUNT] = { 0 };          /* when each count last advanced */
	struct timespec next;
	clock_gettime(CLOCK_MONOTONIC, &next);
	for (int s = 1; s <= seconds; s++) {
		next.tv_sec++;
		while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL) != 0)
			;
		char line[256];
		int n = snprintf(line, sizeof(line), "timer_stress: %d s:", s);
		for (int i = 0; i < NCOUNT; i++) {
			unsigned long c = atomic_load(&count[i]);
			n += snprintf(line + n, sizeof(line) - (size_t)n, " %s %lu", names[i], c);
			if (c != last[i])
				since[i] = s;
			if (s - since[i] >= 5) {
				printf("%s\n", line);
				printf("timer_stress: FAIL: %s made no progress since second %d\n",
				       names[i], since[i]);
				return 1;
			}
			last[i] = c;
		}
		printf("%s\n", line);
		if (atomic_load(&early_wakes))
			fail("a sleep or timer ended before its time");
		/* The count first: a signal between the two readings must not count
		 * an expiry after the time read. */
		double got = (double)atomic_load(&alarm_expirations);
		double ms = (double)(mono_ns() - t0) / 1e6;
		if (got > ms + 1 || got < (ms - 2000) * 0.9) {
			printf("timer_stress: FAIL: %lu expirations of the 1 ms timer in %.0f ms\n",
			       atomic_load(&alarm_expirations), ms);
			return 1;
		}
	}
	printf("timer_stress: PASS\n");
	return 0;
}
