/*
 * ARM semihosting ("Semihosting for AArch32 and AArch64", version 2.0): the
 * guest asks the host for a service with SVC 0x123456 (ARM) or SVC 0xAB
 * (Thumb), r0 = operation, r1 = parameter (usually the address of a block of
 * words); the result comes back in r0.
 *
 * Files: only the console (":tt", opened for reading as stdin, for writing as
 * stdout, for appending as stderr, the STDOUT_STDERR extension) and the
 * ":semihosting-features" file, which announces EXIT_EXTENDED and
 * STDOUT_STDERR. The guest cannot reach the host's file system.
 *
 * Guest memory is reached through mem_read/mem_write with virtual addresses,
 * as the instruction itself would; a fault there is the guest's abort.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "board.h"
#include "log.h"
#include "mem.h"
#include "semihost.h"
#include "vclock.h"

/* Operation numbers (specification, chapter 5). */
enum semihost_op {
	SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITEC = 0x03, SYS_WRITE0 = 0x04,
	SYS_WRITE = 0x05, SYS_READ = 0x06, SYS_READC = 0x07, SYS_ISERROR = 0x08,
	SYS_ISTTY = 0x09, SYS_SEEK = 0x0a, SYS_FLEN = 0x0c, SYS_TMPNAM = 0x0d,
	SYS_REMOVE = 0x0e, SYS_RENAME = 0x0f, SYS_CLOCK = 0x10, SYS_TIME = 0x11,
	SYS_SYSTEM = 0x12, SYS_ERRNO = 0x13, SYS_GET_CMDLINE = 0x15,
	SYS_HEAPINFO = 0x16, SYS_EXIT = 0x18, SYS_EXIT_EXTENDED = 0x20,
	SYS_ELAPSED = 0x30, SYS_TICKFREQ = 0x31
};

#define ADP_STOPPED_APPLICATION_EXIT 0x20026u

/* SYS_OPEN modes 0-11 are fopen's r, rb, r+, r+b, w, wb, w+, w+b, a, ab, a+, a+b. */
#define SH_MODE_READ_MAX   3
#define SH_MODE_WRITE_MAX  7
#define SH_MODE_MAX        11

/* ":semihosting-features": magic "SHFB", then feature byte 0 with
 * SH_EXT_EXIT_EXTENDED (bit 0) and SH_EXT_STDOUT_STDERR (bit 1). */
static const uint8_t semihost_features[] = { 'S', 'H', 'F', 'B', 0x03 };

#define SH_STACK_SIZE 0x100000u   /* SYS_HEAPINFO stack, at the top of RAM */
#define SH_TICKFREQ   1000000u    /* SYS_ELAPSED ticks per second */

#define SH_ERROR 0xffffffffu      /* -1 */

void semihost_init(struct semihost_state *s, struct vclock *clock, uint64_t wall_now_s)
{
	memset(s, 0, sizeof(*s));
	for (unsigned i = 0; i < SEMIHOST_MAX_HANDLES; i++)
		s->handle[i].kind = SH_FREE;
	s->clock = clock;
	s->start_ns = vclock_now(clock);
	s->wall_start_s = wall_now_s;
}

static uint32_t arg(struct cpu *cpu, unsigned n)
{
	return mem_read(cpu, cpu->r[1] + 4 * n, 4, 0);
}

/* Fail with the host errno err (reported by SYS_ERRNO). */
static uint32_t sh_fail(struct semihost_state *s, int err)
{
	s->last_errno = err;
	return SH_ERROR;
}

/* Handles are 1..SEMIHOST_MAX_HANDLES; NULL for a bad one. */
static struct semihost_handle *sh_handle(struct semihost_state *s, uint32_t h)
{
	if (h < 1 || h > SEMIHOST_MAX_HANDLES || s->handle[h - 1].kind == SH_FREE)
		return NULL;
	return &s->handle[h - 1];
}

static uint32_t sh_open(struct cpu *cpu, struct semihost_state *s)
{
	uint32_t name = arg(cpu, 0), mode = arg(cpu, 1), len = arg(cpu, 2);
	char path[32];
	unsigned i;

	if (mode > SH_MODE_MAX)
		return sh_fail(s, EINVAL);
	if (len >= sizeof(path))
		return sh_fail(s, ENOENT);
	for (i = 0; i < len; i++)
		path[i] = (char)mem_read(cpu, name + i, 1, 0);
	path[len] = 0;
	for (i = 0; i < SEMIHOST_MAX_HANDLES && s->handle[i].kind != SH_FREE; i++)
		;
	if (i == SEMIHOST_MAX_HANDLES)
		return sh_fail(s, EMFILE);
	struct semihost_handle *h = &s->handle[i];
	if (!strcmp(path, ":tt")) {
		h->kind = SH_TTY;
		h->fd = mode <= SH_MODE_READ_MAX ? STDIN_FILENO :
			mode <= SH_MODE_WRITE_MAX ? STDOUT_FILENO : STDERR_FILENO;
	} else if (!strcmp(path, ":semihosting-features") && mode <= SH_MODE_READ_MAX) {
		h->kind = SH_FEATURES;
		h->pos = 0;
	} else {
		return sh_fail(s, ENOENT);
	}
	return i + 1;
}

static uint32_t sh_close(struct cpu *cpu, struct semihost_state *s)
{
	struct semihost_handle *h = sh_handle(s, arg(cpu, 0));

	if (!h)
		return sh_fail(s, EBADF);
	h->kind = SH_FREE;
	return 0;
}

/* Copy len guest bytes at va to the host fd, in chunks. */
static void sh_output(struct cpu *cpu, int fd, uint32_t va, uint32_t len)
{
	uint8_t buf[256];

	while (len > 0) {
		uint32_t n = len < sizeof(buf) ? len : sizeof(buf);
		for (uint32_t i = 0; i < n; i++)
			buf[i] = (uint8_t)mem_read(cpu, va + i, 1, 0);
		console_write(fd, buf, n);
		va += n;
		len -= n;
	}
}

static void sh_write0(struct cpu *cpu, uint32_t va)
{
	uint8_t buf[256];
	uint32_t n = 0;

	for (;; va++) {
		uint8_t c = (uint8_t)mem_read(cpu, va, 1, 0);
		if (!c)
			break;
		buf[n++] = c;
		if (n == sizeof(buf)) {
			console_write(STDOUT_FILENO, buf, n);
			n = 0;
		}
	}
	console_write(STDOUT_FILENO, buf, n);
}

/* Returns the number of bytes NOT written. */
static uint32_t sh_write(struct cpu *cpu, struct semihost_state *s)
{
	struct semihost_handle *h = sh_handle(s, arg(cpu, 0));
	uint32_t buf = arg(cpu, 1), len = arg(cpu, 2);

	if (!h || h->kind != SH_TTY || h->fd == STDIN_FILENO) {
		s->last_errno = EBADF;
		return len;
	}
	sh_output(cpu, h->fd, buf, len);
	return 0;
}

/* Returns the number of bytes NOT read (len at end of file). */
static uint32_t sh_read(struct cpu *cpu, struct semihost_state *s)
{
	struct semihost_handle *h = sh_handle(s, arg(cpu, 0));
	uint32_t buf = arg(cpu, 1), len = arg(cpu, 2), done = 0;

	if (!h || (h->kind == SH_TTY && h->fd != STDIN_FILENO))
		return sh_fail(s, EBADF);
	if (h->kind == SH_FEATURES) {
		while (done < len && h->pos < sizeof(semihost_features))
			mem_write(cpu, buf + done++, semihost_features[h->pos++], 1, 0);
		return len - done;
	}
	/* Console input: one read(2), as a terminal delivers a line at a time. */
	uint8_t tmp[256];
	ssize_t n;
	do
		n = read(STDIN_FILENO, tmp, len < sizeof(tmp) ? len : sizeof(tmp));
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return sh_fail(s, errno);
	for (ssize_t i = 0; i < n; i++)
		mem_write(cpu, buf + (uint32_t)i, tmp[i], 1, 0);
	return len - (uint32_t)n;
}

static uint32_t sh_readc(struct semihost_state *s)
{
	uint8_t c;
	ssize_t n;

	do
		n = read(STDIN_FILENO, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return sh_fail(s, errno);
	return n == 0 ? SH_ERROR : c;
}

static uint32_t sh_istty(struct cpu *cpu, struct semihost_state *s)
{
	struct semihost_handle *h = sh_handle(s, arg(cpu, 0));

	if (!h)
		return sh_fail(s, EBADF);
	/* Interactive when the host stream is a terminal (as QEMU answers). */
	return h->kind == SH_TTY && isatty(h->fd);
}

static uint32_t sh_seek(struct cpu *cpu, struct semihost_state *s)
{
	struct semihost_handle *h = sh_handle(s, arg(cpu, 0));
	uint32_t pos = arg(cpu, 1);

	if (!h)
		return sh_fail(s, EBADF);
	if (h->kind == SH_TTY)
		return sh_fail(s, ESPIPE);
	if (pos > sizeof(semihost_features))
		return sh_fail(s, EINVAL);
	h->pos = pos;
	return 0;
}

static uint32_t sh_flen(struct cpu *cpu, struct semihost_state *s)
{
	struct semihost_handle *h = sh_handle(s, arg(cpu, 0));

	if (!h)
		return sh_fail(s, EBADF);
	if (h->kind == SH_TTY)
		return sh_fail(s, ESPIPE);
	return sizeof(semihost_features);
}

static uint64_t sh_elapsed_ns(const struct semihost_state *s)
{
	return vclock_sync(s->clock) - s->start_ns;
}

/* The block is {buffer, size}: the command line and its NUL go to the
 * buffer, its length (without the NUL) to the block's second word. */
static uint32_t sh_get_cmdline(struct cpu *cpu, struct semihost_state *s)
{
	const char *cmdline = cpu->machine->opts->cmdline;
	uint32_t buf = arg(cpu, 0), size = arg(cpu, 1);
	uint32_t len;

	if (!cmdline)
		cmdline = "";
	len = (uint32_t)strlen(cmdline);
	if (len + 1 > size)
		return sh_fail(s, E2BIG);
	for (uint32_t i = 0; i <= len; i++)
		mem_write(cpu, buf + i, (uint8_t)cmdline[i], 1, 0);
	mem_write(cpu, cpu->r[1] + 4, len, 4, 0);
	return 0;
}

/* r1 points at the address of a block that receives heap base, heap limit,
 * stack base (its top) and stack limit: the heap runs from the end of the
 * loaded image to the stack, which takes the top SH_STACK_SIZE bytes of RAM. */
static void sh_heapinfo(struct cpu *cpu, struct board *b)
{
	const struct bus *bus = &cpu->machine->bus;
	uint32_t block = mem_read(cpu, cpu->r[1], 4, 0);
	uint32_t top = bus->ram_base + bus->ram_size;
	uint32_t heap = (b->boot.image_end + 7) & ~7u;
	uint32_t stack = SH_STACK_SIZE;

	if (heap < bus->ram_base || heap > top)
		heap = bus->ram_base;
	if (top - heap < 2 * stack)
		stack = ((top - heap) / 2) & ~7u;
	mem_write(cpu, block, heap, 4, 0);
	mem_write(cpu, block + 4, top - stack, 4, 0);
	mem_write(cpu, block + 8, top, 4, 0);
	mem_write(cpu, block + 12, top - stack, 4, 0);
}

/* SYS_EXIT: r1 is the reason itself; only an application exit is success. */
static void sh_exit(struct cpu *cpu)
{
	cpu_request_stop(cpu, STOP_EXIT,
			 cpu->r[1] == ADP_STOPPED_APPLICATION_EXIT ? 0 : 1);
}

/* SYS_EXIT_EXTENDED: block {reason, subcode}; an application exit passes the
 * subcode to the host as the exit status. */
static void sh_exit_extended(struct cpu *cpu)
{
	uint32_t reason = arg(cpu, 0), code = arg(cpu, 1);

	cpu_request_stop(cpu, STOP_EXIT,
			 reason == ADP_STOPPED_APPLICATION_EXIT ? (int)code : 1);
}

/* The operation's result for r0; operations whose r0 is corrupted leave it
 * as it was. */
static uint32_t sh_dispatch(struct cpu *cpu, struct board *b, uint32_t op)
{
	struct semihost_state *s = &b->semihost;
	uint8_t c;

	switch (op) {
	case SYS_OPEN:  return sh_open(cpu, s);
	case SYS_CLOSE: return sh_close(cpu, s);
	case SYS_WRITEC:
		c = (uint8_t)mem_read(cpu, cpu->r[1], 1, 0);
		console_write(STDOUT_FILENO, &c, 1);
		return cpu->r[0];
	case SYS_WRITE0:
		sh_write0(cpu, cpu->r[1]);
		return cpu->r[0];
	case SYS_WRITE:       return sh_write(cpu, s);
	case SYS_READ:        return sh_read(cpu, s);
	case SYS_READC:       return sh_readc(s);
	case SYS_ISERROR:     return (int32_t)arg(cpu, 0) < 0;
	case SYS_ISTTY:       return sh_istty(cpu, s);
	case SYS_SEEK:        return sh_seek(cpu, s);
	case SYS_FLEN:        return sh_flen(cpu, s);
	case SYS_CLOCK:       return (uint32_t)(sh_elapsed_ns(s) / 10000000u);
	case SYS_TIME:        return (uint32_t)(s->wall_start_s + sh_elapsed_ns(s) / 1000000000u);
	case SYS_ERRNO:       return (uint32_t)s->last_errno;
	case SYS_GET_CMDLINE: return sh_get_cmdline(cpu, s);
	case SYS_HEAPINFO:
		sh_heapinfo(cpu, b);
		return cpu->r[0];
	case SYS_EXIT:
		sh_exit(cpu);
		return cpu->r[0];
	case SYS_EXIT_EXTENDED:
		sh_exit_extended(cpu);
		return cpu->r[0];
	case SYS_ELAPSED: {
		uint64_t ticks = sh_elapsed_ns(s) / (1000000000u / SH_TICKFREQ);
		mem_write(cpu, cpu->r[1], (uint32_t)ticks, 4, 0);
		mem_write(cpu, cpu->r[1] + 4, (uint32_t)(ticks >> 32), 4, 0);
		return 0;
	}
	case SYS_TICKFREQ: return SH_TICKFREQ;
	default:    /* SYS_TMPNAM, SYS_REMOVE, SYS_RENAME, SYS_SYSTEM, unknown */
		log_msg(LOG_UNIMP, "semihosting operation 0x%02x", op);
		return sh_fail(s, ENOSYS);
	}
}

void semihost_call(struct cpu *cpu)
{
	cpu->r[0] = sh_dispatch(cpu, board_of(cpu->machine), cpu->r[0]);
}
