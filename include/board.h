/*
 * Boards (src/boards/) and what they are built from: the host-side state every
 * board carries (boot information, semihosting) and the host console the UART
 * writes to (src/host/console.c).
 */
#ifndef ARMVM_BOARD_H
#define ARMVM_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "loader.h"
#include "machine.h"
#include "pl011.h"
#include "vexpress_sysregs.h"
#include "vclock.h"

struct hostloop;

/* ---- host-side state common to every board: machine->board points at it ---- */

/* Semihosting handles (src/devices/semihost.c): ":tt" streams and the
 * ":semihosting-features" file of the v2 specification. */
#define SEMIHOST_MAX_HANDLES 16
enum semihost_handle_kind { SH_FREE, SH_TTY, SH_FEATURES };

struct semihost_handle {
	enum semihost_handle_kind kind;
	int fd;                       /* SH_TTY: host 0, 1 or 2 */
	uint32_t pos;                 /* SH_FEATURES: read position */
};

struct semihost_state {
	struct semihost_handle handle[SEMIHOST_MAX_HANDLES];
	int last_errno;               /* SYS_ERRNO */
	uint64_t start_ns;            /* SYS_CLOCK, SYS_ELAPSED count from here */
	uint64_t wall_start_s;        /* SYS_TIME at start_ns: --rtc-base, as the RTC */
	struct vclock *clock;
};

struct board {
	const char *name;
	struct vclock clock;          /* virtual time: devices and semihosting read it */
	struct boot_info boot;        /* filled by loader_load() */
	struct semihost_state semihost;
	struct hostloop *host;        /* the host loop (include/hostloop.h) */
};

static inline struct board *board_of(struct machine *m)
{
	return m->board;
}

/* Build the machine named by opts->board (src/host/machine.c): RAM, devices,
 * CPU in its reset state. Prints one "armvm: ..." line and returns false on
 * failure (nothing is left allocated). */
bool board_create(struct machine *m, const struct machine_options *opts);
void board_destroy(struct machine *m);
/* Is name a board armvm knows? */
bool board_exists(const char *name);

/* vexpress-a9 (src/boards/vexpress_a9.c). */
#define VEXPRESS_A9_MAX_MEMORY 0x40000000u
bool vexpress_a9_create(struct machine *m, const struct machine_options *opts);
void vexpress_a9_destroy(struct machine *m);

/* Set up the semihosting state for a new machine (src/devices/semihost.c);
 * its clocks read clock, SYS_TIME counting from wall_now_s (seconds since 1970). */
void semihost_init(struct semihost_state *s, struct vclock *clock, uint64_t wall_now_s);

/* ---- host console (src/host/console.c) ---- */

/* Write all of buf to host file descriptor fd (1 or 2), unbuffered. */
void console_write(int fd, const void *buf, size_t len);
/* A transmit hook for a UART that prints on the host's standard output. */
void console_tx(void *unused, uint8_t c);

#endif
