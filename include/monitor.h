/*
 * The monitor (src/host/monitor*.c): commands that look inside the running
 * machine (help lists them; QEMU's names and syntax where QEMU has them),
 * from the console (C-a c switches between the guest and the monitor's
 * prompt) and, with --monitor unix:PATH or tcp:HOST:PORT, from one socket
 * client at a time.
 *
 * Bytes arrive on the host loop's thread; commands run on the CPU thread,
 * from hostloop_service, at an instruction boundary: `stop` holds the core
 * there until `cont`, guest time standing still (hostloop_hold, shared with
 * the gdb stub: either one may release the core it holds while the other waits).
 */
#ifndef ARMVM_MONITOR_H
#define ARMVM_MONITOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct hostloop;
struct machine;
struct monitor;

/* The console's monitor, and a socket when spec is not NULL; NULL after one
 * "armvm: --monitor ..." line on stderr. */
struct monitor *monitor_start(struct machine *m, struct hostloop *host, const char *spec);
/* After the run, before the host loop stops: send the socket client what is
 * still queued (the reply to system_powerdown). */
void monitor_finish(struct monitor *mon);
/* Once the host loop has stopped (it closes the monitor's sockets). */
void monitor_destroy(struct monitor *mon);

/* Host thread: console bytes typed while the monitor has the console; focus:
 * C-a c gave it the console (true) or took it back. quit: C-a x, which also
 * ends a `stop`. */
void monitor_console_input(struct monitor *mon, const uint8_t *p, size_t n);
void monitor_console_focus(struct monitor *mon, bool focus);

/* CPU thread, from hostloop_service: run the commands that arrived, and while
 * the core is stopped by `stop`, wait for more. */
/* CPU thread: run the commands that came; true while `stop` holds the core
 * (the caller then holds it: hostloop_hold). */
bool monitor_poll(struct monitor *mon);

#endif
