/*
 * The host edge (src/host/hostloop.c): a libuv loop on its own thread that
 * watches the host console's input and the virtual clock's next deadline, and
 * wakes the CPU thread (cpu->exit_request) when either needs it. Devices never
 * run on this thread: the CPU thread calls hostloop_service() from its exit
 * path, which fires due timers and hands input bytes to the console UART.
 *
 * Console keys, as QEMU's: Ctrl-A x quits, Ctrl-A h prints help, Ctrl-A c
 * switches between the guest and the monitor, Ctrl-A Ctrl-A sends Ctrl-A. When standard input is a terminal it is put in raw mode and
 * always restored.
 */
#ifndef ARMVM_HOSTLOOP_H
#define ARMVM_HOSTLOOP_H

#include <stdbool.h>
#include <stdint.h>

#include <uv.h>

#include "cpu.h"
#include "vclock.h"

struct hostloop;

/* Receives one byte of console input on the CPU thread; returns false when the
 * device cannot take it now (it is offered again later). */
typedef bool console_rx_fn(void *ctx, uint8_t byte);

/* Start the host thread. console_rx may be NULL (input is then ignored). */
struct hostloop *hostloop_start(struct cpu *cpu, struct vclock *clock,
				console_rx_fn *console_rx, void *rx_ctx);
void hostloop_stop(struct hostloop *h);
/* CPU thread: fire due timers, deliver input, re-arm the host timer. */
void hostloop_service(struct hostloop *h);
/* CPU thread, in WFI: sleep until the next deadline or an input arrives.
 * Returns false when nothing can ever wake the core (no timer armed, no input). */
bool hostloop_wait(struct hostloop *h);
/* CPU thread: while the debugger or the monitor holds the core, serve both
 * (either may release it) with guest time standing still (vclock_pause). */
void hostloop_hold(struct hostloop *h);
/* Whether console input may still reach the guest (open, or bytes waiting). */
bool hostloop_input_possible(struct hostloop *h);
/* Any thread: make the CPU thread look at exit_request now, also in WFI. */
void hostloop_wake(struct hostloop *h);
/* CPU thread: run fn(loop, arg) on the host thread (to add libuv handles to
 * its loop); returns once it has run. */
void hostloop_call(struct hostloop *h, void (*fn)(uv_loop_t *loop, void *arg), void *arg);
/* The monitor that Ctrl-A c opens (include/monitor.h); its commands run in
 * hostloop_service. */
struct monitor;
void hostloop_set_monitor(struct hostloop *h, struct monitor *mon);
/* Input a device has room for again (e.g. the UART FIFO drained): retry delivery. */
void hostloop_kick(struct hostloop *h);

#endif
