/*
 * The host edge: a libuv loop on its own thread (include/hostloop.h).
 *
 * Threads and what they own:
 *   CPU thread  - every device and the virtual clock; it publishes the next
 *                 deadline and drains the input ring in hostloop_service();
 *   host thread - the libuv loop: console input into the ring, and a timer
 *                 that wakes the CPU thread at the published deadline.
 * The ring, the published deadline and the flags are shared under lock.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

#include "display.h"
#include "gdb.h"
#include "hostloop.h"
#include "log.h"
#include "monitor.h"
#include "terminal.h"

#define RING_SIZE 65536u
#define CTRL_A 0x01

struct hostloop {
	struct cpu *cpu;
	struct vclock *clock;
	console_rx_fn *console_rx;
	void *rx_ctx;

	uv_loop_t loop;
	uv_thread_t thread;
	uv_async_t async;        /* the CPU thread's deadline changed, or stop */
	uv_timer_t timer;
	uv_stream_t *input;      /* stdin as a tty or pipe, or NULL */
	uv_tty_t tty;
	uv_pipe_t pipe;
	uv_fs_t file_req;        /* stdin as a regular file */
	char file_buf[4096];
	bool escape;             /* Ctrl-A seen */
	bool to_monitor;         /* Ctrl-A c gave the console to the monitor */
	bool raw_terminal;       /* stdin is the user's terminal, in raw mode */

	pthread_mutex_t lock;
	pthread_cond_t cond;
	uint8_t ring[RING_SIZE];
	uint32_t head, tail;     /* tail - head bytes waiting */
	bool input_open;
	bool input_paused;
	bool quit, stopping;
	uint64_t deadline;       /* published by the CPU thread */
	struct monitor *monitor; /* include/monitor.h, or NULL */
	uint64_t wakes;          /* counts wake_cpu: hostloop_hold waits for a change */
	void (*call)(uv_loop_t *loop, void *arg);   /* hostloop_call's, until done */
	void *call_arg;
};

/* ---- host thread ---- */

static void wake_cpu(struct hostloop *h)
{
	atomic_store_explicit(&h->cpu->exit_request, 1, memory_order_relaxed);
	h->wakes++;
	pthread_cond_broadcast(&h->cond);
}

static void print_help(void)
{
	static const char help[] =
		"\r\nC-a h    print this help\r\nC-a x    exit armvm\r\n"
		"C-a c    switch between the guest and the monitor\r\n"
		"C-a C-a  send C-a to the guest\r\n";
	if (write(STDERR_FILENO, help, sizeof(help) - 1) < 0)
		return;
}

/* Console bytes: Ctrl-A escapes, the rest into the ring. Called under lock. */
static void take_input(struct hostloop *h, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint8_t c = p[i];
		if (h->escape) {
			h->escape = false;
			if (c == 'x') {
				h->quit = true;
				continue;
			}
			if (c == 'c' && h->monitor) {
				h->to_monitor = !h->to_monitor;
				monitor_console_focus(h->monitor, h->to_monitor);
				continue;
			}
			if (c == 'h') {
				print_help();
				continue;
			}
			if (c != CTRL_A)
				continue;
		} else if (c == CTRL_A && h->raw_terminal) {
			h->escape = true;
			continue;
		}
		if (h->to_monitor) {
			monitor_console_input(h->monitor, &c, 1);
			continue;
		}
		if (h->tail - h->head < RING_SIZE)
			h->ring[h->tail++ % RING_SIZE] = c;
	}
}

static void on_timer(uv_timer_t *t);

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
	struct hostloop *h = handle->data;
	(void)suggested;
	*buf = uv_buf_init(h->file_buf, sizeof(h->file_buf));
}

static void input_closed(struct hostloop *h)
{
	h->input_open = false;
	wake_cpu(h);
}

static void on_read(uv_stream_t *stream, ssize_t n, const uv_buf_t *buf)
{
	struct hostloop *h = stream->data;
	pthread_mutex_lock(&h->lock);
	if (n > 0) {
		take_input(h, (const uint8_t *)buf->base, (size_t)n);
		if (h->tail - h->head > RING_SIZE - sizeof(h->file_buf)) {
			uv_read_stop(stream);
			h->input_paused = true;
		}
		wake_cpu(h);
	} else if (n < 0) {
		uv_read_stop(stream);
		input_closed(h);
	}
	pthread_mutex_unlock(&h->lock);
}

static void read_file_chunk(struct hostloop *h);

static void on_file_read(uv_fs_t *req)
{
	struct hostloop *h = req->data;
	ssize_t n = req->result;
	uv_fs_req_cleanup(req);
	pthread_mutex_lock(&h->lock);
	if (n > 0) {
		take_input(h, (const uint8_t *)h->file_buf, (size_t)n);
		wake_cpu(h);
		h->input_paused = h->tail - h->head > RING_SIZE - sizeof(h->file_buf);
	} else {
		input_closed(h);
	}
	bool more = n > 0 && !h->input_paused && !h->stopping;
	pthread_mutex_unlock(&h->lock);
	if (more)
		read_file_chunk(h);
}

static void read_file_chunk(struct hostloop *h)
{
	uv_buf_t b = uv_buf_init(h->file_buf, sizeof(h->file_buf));
	h->file_req.data = h;
	if (uv_fs_read(&h->loop, &h->file_req, STDIN_FILENO, &b, 1, -1, on_file_read) != 0)
		input_closed(h);
}

static void resume_input(struct hostloop *h)
{
	if (h->input)
		uv_read_start(h->input, on_alloc, on_read);
	else
		read_file_chunk(h);
}

static void arm_host_timer(struct hostloop *h, uint64_t deadline)
{
	uv_timer_stop(&h->timer);
	if (deadline == VCLOCK_NEVER)
		return;
	uint64_t now = vclock_host_now(h->clock);
	uint64_t ms = deadline > now ? (deadline - now + 999999) / 1000000 : 0;
	uv_timer_start(&h->timer, on_timer, ms, 0);
}

/* libuv's timers count from the loop's cached time and may fire a little
 * early: wake the CPU only once the deadline has really passed. */
static void on_timer(uv_timer_t *t)
{
	struct hostloop *h = t->data;
	pthread_mutex_lock(&h->lock);
	uint64_t deadline = h->deadline;
	bool due = deadline != VCLOCK_NEVER && vclock_host_now(h->clock) >= deadline;
	if (due)
		wake_cpu(h);
	pthread_mutex_unlock(&h->lock);
	if (!due) {
		uv_update_time(&h->loop);
		arm_host_timer(h, deadline);
	}
}

static void close_handle(uv_handle_t *handle, void *arg)
{
	(void)arg;
	if (!uv_is_closing(handle))
		uv_close(handle, NULL);
}

static void on_async(uv_async_t *a)
{
	struct hostloop *h = a->data;
	pthread_mutex_lock(&h->lock);
	if (h->call) {
		h->call(&h->loop, h->call_arg);
		h->call = NULL;
		pthread_cond_broadcast(&h->cond);
	}
	uint64_t deadline = h->deadline;
	bool stopping = h->stopping;
	bool resume = h->input_paused && h->input_open &&
		      h->tail - h->head <= RING_SIZE / 2;
	if (resume)
		h->input_paused = false;
	pthread_mutex_unlock(&h->lock);

	if (stopping) {
		uv_walk(&h->loop, close_handle, NULL);
		return;
	}
	if (resume)
		resume_input(h);
	uv_update_time(&h->loop);
	arm_host_timer(h, deadline);
}

static void host_thread(void *arg)
{
	struct hostloop *h = arg;
	uv_run(&h->loop, UV_RUN_DEFAULT);
}

static void open_input(struct hostloop *h)
{
	switch (uv_guess_handle(STDIN_FILENO)) {
	case UV_TTY:
		if (uv_tty_init(&h->loop, &h->tty, STDIN_FILENO, 1) != 0)
			return;
		/* An interactive console only: a run whose output is captured (a
		 * test) must not change the terminal it happens to read from. */
		if (isatty(STDOUT_FILENO))
			h->raw_terminal = terminal_raw();
		h->input = (uv_stream_t *)&h->tty;
		break;
	case UV_NAMED_PIPE:
		if (uv_pipe_init(&h->loop, &h->pipe, 0) != 0 ||
		    uv_pipe_open(&h->pipe, STDIN_FILENO) != 0)
			return;
		h->input = (uv_stream_t *)&h->pipe;
		break;
	case UV_FILE:
		h->input_open = true;
		read_file_chunk(h);
		return;
	default:
		return;   /* closed or unusable: the guest gets no input */
	}
	h->input->data = h;
	h->input_open = uv_read_start(h->input, on_alloc, on_read) == 0;
}

/* CPU thread: a timer became the earliest. An earlier deadline is published
 * at once, or a guest that arms a timer and then computes (no WFI, no exit)
 * would not be woken at it; a later one waits for the next service (the host
 * timer then fires early and finds nothing due). Takes the lock: timers are
 * never armed under it (console_rx, called under it, arms none). */
static void publish_deadline(void *ctx, uint64_t deadline)
{
	struct hostloop *h = ctx;
	pthread_mutex_lock(&h->lock);
	bool earlier = deadline < h->deadline;
	if (earlier)
		h->deadline = deadline;
	pthread_mutex_unlock(&h->lock);
	if (earlier)
		uv_async_send(&h->async);
}

struct hostloop *hostloop_start(struct cpu *cpu, struct vclock *clock,
				console_rx_fn *console_rx, void *rx_ctx)
{
	struct hostloop *h = calloc(1, sizeof(*h));
	if (!h)
		fatal("out of memory");
	h->cpu = cpu;
	h->clock = clock;
	h->console_rx = console_rx;
	h->rx_ctx = rx_ctx;
	h->deadline = VCLOCK_NEVER;

	pthread_condattr_t attr;
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&h->cond, &attr);
	pthread_condattr_destroy(&attr);
	pthread_mutex_init(&h->lock, NULL);

	if (uv_loop_init(&h->loop) != 0)
		fatal("cannot start the host event loop");
	uv_async_init(&h->loop, &h->async, on_async);
	h->async.data = h;
	uv_timer_init(&h->loop, &h->timer);
	h->timer.data = h;
	if (console_rx)
		open_input(h);
	if (uv_thread_create(&h->thread, host_thread, h) != 0)
		fatal("cannot start the host I/O thread");
	clock->deadline_ctx = h;
	clock->deadline_changed = publish_deadline;
	return h;
}

void hostloop_stop(struct hostloop *h)
{
	if (!h)
		return;
	h->clock->deadline_changed = NULL;
	pthread_mutex_lock(&h->lock);
	h->stopping = true;
	pthread_mutex_unlock(&h->lock);
	uv_async_send(&h->async);
	uv_thread_join(&h->thread);
	if (h->file_req.data)
		uv_cancel((uv_req_t *)&h->file_req);
	uv_run(&h->loop, UV_RUN_DEFAULT);
	uv_loop_close(&h->loop);
	terminal_restore();
	pthread_cond_destroy(&h->cond);
	pthread_mutex_destroy(&h->lock);
	free(h);
}

/* ---- CPU thread ---- */

void hostloop_service(struct hostloop *h)
{
	pthread_mutex_lock(&h->lock);
	struct monitor *mon = h->monitor;
	pthread_mutex_unlock(&h->lock);
	if (mon && monitor_poll(mon))
		hostloop_hold(h);

	uint64_t next = vclock_run(h->clock);
	bool notify;

	pthread_mutex_lock(&h->lock);
	if (h->quit) {
		h->quit = false;
		cpu_request_stop(h->cpu, STOP_QUIT, 0);
	}
	while (h->head != h->tail && h->console_rx(h->rx_ctx, h->ring[h->head % RING_SIZE]))
		h->head++;
	notify = next != h->deadline || (h->input_paused && h->tail - h->head <= RING_SIZE / 2);
	h->deadline = next;
	pthread_mutex_unlock(&h->lock);
	if (notify)
		uv_async_send(&h->async);
}

void hostloop_hold(struct hostloop *h)
{
	struct cpu *cpu = h->cpu;
	bool paused = false;

	for (;;) {
		pthread_mutex_lock(&h->lock);
		uint64_t seen = h->wakes;
		struct monitor *mon = h->monitor;
		if (h->quit) {
			h->quit = false;
			cpu_request_stop(cpu, STOP_QUIT, 0);
		}
		pthread_mutex_unlock(&h->lock);
		bool held = cpu->gdb && gdb_poll(cpu->gdb);
		if (mon && monitor_poll(mon))
			held = true;
		if (!held || cpu->stop != STOP_NONE)
			break;
		if (!paused) {
			vclock_pause(h->clock);
			display_held(true);
		}
		paused = true;
		pthread_mutex_lock(&h->lock);
		while (h->wakes == seen)
			pthread_cond_wait(&h->cond, &h->lock);
		pthread_mutex_unlock(&h->lock);
	}
	if (paused) {
		display_held(false);
		vclock_resume(h->clock);
	}
}

bool hostloop_wait(struct hostloop *h)
{
	bool can_wake;

	pthread_mutex_lock(&h->lock);
	uint64_t deadline = vclock_next_deadline(h->clock);
	can_wake = deadline != VCLOCK_NEVER || h->input_open || h->head != h->tail;
	if (can_wake && !atomic_load_explicit(&h->cpu->exit_request, memory_order_relaxed)) {
		if (deadline == VCLOCK_NEVER) {
			pthread_cond_wait(&h->cond, &h->lock);
		} else {
			uint64_t host = h->clock->start_ns + deadline;
			struct timespec ts = { (time_t)(host / 1000000000u),
					       (long)(host % 1000000000u) };
			pthread_cond_timedwait(&h->cond, &h->lock, &ts);
		}
	}
	pthread_mutex_unlock(&h->lock);
	atomic_store_explicit(&h->cpu->exit_request, 1, memory_order_relaxed);
	return can_wake;
}

bool hostloop_input_possible(struct hostloop *h)
{
	pthread_mutex_lock(&h->lock);
	bool possible = h->input_open || h->head != h->tail;
	pthread_mutex_unlock(&h->lock);
	return possible;
}

void hostloop_wake(struct hostloop *h)
{
	pthread_mutex_lock(&h->lock);
	wake_cpu(h);
	pthread_mutex_unlock(&h->lock);
}

void hostloop_call(struct hostloop *h, void (*fn)(uv_loop_t *loop, void *arg), void *arg)
{
	pthread_mutex_lock(&h->lock);
	h->call = fn;
	h->call_arg = arg;
	uv_async_send(&h->async);
	while (h->call)
		pthread_cond_wait(&h->cond, &h->lock);
	pthread_mutex_unlock(&h->lock);
}

void hostloop_set_monitor(struct hostloop *h, struct monitor *mon)
{
	pthread_mutex_lock(&h->lock);
	h->monitor = mon;
	pthread_mutex_unlock(&h->lock);
}

void hostloop_kick(struct hostloop *h)
{
	atomic_store_explicit(&h->cpu->exit_request, 1, memory_order_relaxed);
}
