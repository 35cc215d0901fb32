/*
 * Register-level tests of the PL011 UART and the vexpress system registers.
 * Expected values come from the manuals (ARM DDI 0183 for the PL011, ARM DUI
 * 0447 for the system registers) and, for the board identification and
 * oscillator values, from what qemu-system-arm -M vexpress-a9 returns.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "board.h"

/* ---- PL011 ---- */

struct uart_fixture {
	struct pl011 uart;
	char out[64];
	unsigned nout;
	int irq_level;
	unsigned irq_changes;
};

static void capture_tx(void *ctx, uint8_t c)
{
	struct uart_fixture *f = ctx;
	if (f->nout < sizeof(f->out) - 1)
		f->out[f->nout++] = (char)c;
}

static void capture_irq(void *target, unsigned n, int level)
{
	struct uart_fixture *f = target;
	(void)n;
	f->irq_level = level;
	f->irq_changes++;
}

static int uart_setup(void **state)
{
	static struct uart_fixture f;
	memset(&f, 0, sizeof(f));
	pl011_init(&f.uart, capture_tx, &f);
	f.uart.irq = (struct irq_line){ capture_irq, &f, 0 };
	*state = &f;
	return 0;
}

static uint32_t uart_rd(struct uart_fixture *f, uint32_t off)
{
	return pl011_ops.read(&f->uart, off, 4);
}

static void uart_wr(struct uart_fixture *f, uint32_t off, uint32_t val)
{
	pl011_ops.write(&f->uart, off, val, 4);
}

/* DDI 0183 table 3-1: reset values. */
static void test_pl011_reset_values(void **state)
{
	struct uart_fixture *f = *state;
	assert_int_equal(uart_rd(f, 0x018), 0x90);   /* FR: TXFE | RXFE */
	assert_int_equal(uart_rd(f, 0x030), 0x300);  /* CR: TXE | RXE */
	assert_int_equal(uart_rd(f, 0x034), 0x12);   /* IFLS: 1/2 full */
	assert_int_equal(uart_rd(f, 0x02c), 0);      /* LCR_H */
	assert_int_equal(uart_rd(f, 0x038), 0);      /* IMSC */
	assert_int_equal(uart_rd(f, 0x03c), 0);      /* RIS: no TX interrupt before data */
	assert_int_equal(uart_rd(f, 0x040), 0);      /* MIS */
}

/* DDI 0183 3.3.14-15; QEMU's pl011 gives the same bytes. */
static void test_pl011_id_registers(void **state)
{
	struct uart_fixture *f = *state;
	static const uint32_t id[8] = { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };
	for (unsigned i = 0; i < 8; i++)
		assert_int_equal(uart_rd(f, 0xfe0 + 4 * i), id[i]);
}

static void test_pl011_transmit(void **state)
{
	struct uart_fixture *f = *state;
	uart_wr(f, 0x030, 0x301);                      /* UARTEN | TXE | RXE */
	uart_wr(f, 0x000, 'h');
	uart_wr(f, 0x000, 0x100 | 'i');                /* only bits 7:0 are data */
	assert_string_equal(f->out, "hi");
	assert_int_equal(uart_rd(f, 0x018) & 0xb8, 0x90);  /* TXFE, RXFE; not TXFF, BUSY */
}

/* DDI 0183 2.8.1: TXRIS is set when written data has left the FIFO; the
 * interrupt output follows RIS & IMSC; ICR clears. */
/* Receive with the FIFO disabled: a one-character holding register (DDI 0183
 * 2.4.3); RXFE/RXFF follow it, the receive interrupt is set while it is full. */
static void test_pl011_receive_no_fifo(void **state)
{
	struct uart_fixture *f = *state;
	uart_wr(f, 0x038, 0x50);                       /* IMSC: RXIM | RTIM */
	assert_true(pl011_receive(&f->uart, 'a'));
	assert_false(pl011_receive(&f->uart, 'b'));    /* holding register full */
	assert_int_equal(uart_rd(f, 0x018) & 0x50, 0x40);  /* RXFF, not RXFE */
	assert_int_equal(uart_rd(f, 0x03c) & 0x50, 0x10);  /* RXRIS */
	assert_int_equal(f->irq_level, 1);
	assert_int_equal(uart_rd(f, 0x000), 'a');
	assert_int_equal(uart_rd(f, 0x018) & 0x50, 0x10);  /* RXFE */
	assert_int_equal(uart_rd(f, 0x03c) & 0x50, 0);
	assert_int_equal(f->irq_level, 0);
}

/* With the FIFO enabled (LCR_H.FEN): 32 entries, the receive interrupt at the
 * UARTIFLS level (1/2: 16 characters), the receive timeout below it. */
static void test_pl011_receive_fifo_levels(void **state)
{
	struct uart_fixture *f = *state;
	uart_wr(f, 0x02c, 0x70);                       /* LCR_H: FEN, 8 bits */
	uart_wr(f, 0x038, 0x50);
	for (unsigned i = 0; i < 15; i++)
		assert_true(pl011_receive(&f->uart, (uint8_t)('A' + i)));
	assert_int_equal(uart_rd(f, 0x03c) & 0x50, 0x40);  /* RTRIS below the level */
	assert_true(pl011_receive(&f->uart, 'P'));
	assert_int_equal(uart_rd(f, 0x03c) & 0x50, 0x10);  /* RXRIS at 16 */
	for (unsigned i = 16; i < 32; i++)
		assert_true(pl011_receive(&f->uart, (uint8_t)('A' + i)));
	assert_false(pl011_receive(&f->uart, '!'));
	assert_int_equal(uart_rd(f, 0x018) & 0x40, 0x40);  /* RXFF */
	for (unsigned i = 0; i < 32; i++)
		assert_int_equal(uart_rd(f, 0x000), 'A' + i);  /* in order */
	assert_int_equal(uart_rd(f, 0x018) & 0x10, 0x10);
	assert_int_equal(f->irq_level, 0);
}

static void test_pl011_tx_interrupt(void **state)
{
	struct uart_fixture *f = *state;
	uart_wr(f, 0x000, 'x');
	assert_int_equal(uart_rd(f, 0x03c), 0x20);     /* RIS: TXRIS */
	assert_int_equal(uart_rd(f, 0x040), 0);        /* masked */
	assert_int_equal(f->irq_level, 0);
	uart_wr(f, 0x038, 0x20);                       /* IMSC: TXIM */
	assert_int_equal(uart_rd(f, 0x040), 0x20);
	assert_int_equal(f->irq_level, 1);
	uart_wr(f, 0x044, 0x20);                       /* ICR: TXIC */
	assert_int_equal(uart_rd(f, 0x03c), 0);
	assert_int_equal(f->irq_level, 0);
	uart_wr(f, 0x000, 'y');
	assert_int_equal(f->irq_level, 1);
	uart_wr(f, 0x038, 0);
	assert_int_equal(f->irq_level, 0);
	assert_int_equal(uart_rd(f, 0x03c), 0x20);     /* still raw-pending */
}

/* Register widths: IBRD 16 bits, FBRD 6 bits, LCR_H 8 bits, IMSC 11 bits. */
static void test_pl011_register_widths(void **state)
{
	struct uart_fixture *f = *state;
	uart_wr(f, 0x024, 0xffffffff);
	uart_wr(f, 0x028, 0xffffffff);
	uart_wr(f, 0x02c, 0xffffffff);
	uart_wr(f, 0x038, 0xffffffff);
	uart_wr(f, 0x034, 0xffffffff);
	assert_int_equal(uart_rd(f, 0x024), 0xffff);
	assert_int_equal(uart_rd(f, 0x028), 0x3f);
	assert_int_equal(uart_rd(f, 0x02c), 0xff);
	assert_int_equal(uart_rd(f, 0x038), 0x7ff);
	assert_int_equal(uart_rd(f, 0x034), 0x3f);
	uart_wr(f, 0x018, 0);                          /* FR is read-only */
	assert_int_equal(uart_rd(f, 0x018), 0x90);
	assert_int_equal(uart_rd(f, 0x800), 0);        /* reserved: reads as zero */
}

static void test_pl011_reset_op(void **state)
{
	struct uart_fixture *f = *state;
	uart_wr(f, 0x038, 0x20);
	uart_wr(f, 0x000, 'z');
	assert_int_equal(f->irq_level, 1);
	pl011_ops.reset(&f->uart);
	assert_int_equal(uart_rd(f, 0x03c), 0);
	assert_int_equal(uart_rd(f, 0x038), 0);
	assert_int_equal(f->irq_level, 0);
}

/* ---- system registers ---- */

struct sys_fixture {
	struct vexpress_sysregs sys;
	struct cpu cpu;
	uint64_t now_ns;
};

static uint64_t fake_clock(void *ctx)
{
	return ((struct sys_fixture *)ctx)->now_ns;
}

static int sys_setup(void **state)
{
	static struct sys_fixture f;
	memset(&f, 0, sizeof(f));
	f.now_ns = 5000000000u;   /* the machine starts at an arbitrary host time */
	vexpress_sysregs_init(&f.sys, &f.cpu, fake_clock, &f);
	*state = &f;
	return 0;
}

static uint32_t sys_rd(struct sys_fixture *f, uint32_t off)
{
	return vexpress_sysregs_ops.read(&f->sys, off, 4);
}

static void sys_wr(struct sys_fixture *f, uint32_t off, uint32_t val)
{
	vexpress_sysregs_ops.write(&f->sys, off, val, 4);
}

#define CFG_START (1u << 31)
#define CFG_WRITE (1u << 30)
#define CFG(func, site, dev) ((uint32_t)(func) << 20 | (uint32_t)(site) << 16 | (dev))

/* Run one configuration transfer; returns SYS_CFGSTAT. */
static uint32_t cfg(struct sys_fixture *f, uint32_t ctrl, uint32_t data)
{
	sys_wr(f, 0x0a8, 0);
	sys_wr(f, 0x0a0, data);
	sys_wr(f, 0x0a4, CFG_START | ctrl);
	return sys_rd(f, 0x0a8);
}

/* The values qemu-system-arm -M vexpress-a9 reports. */
static void test_sys_identification(void **state)
{
	struct sys_fixture *f = *state;
	assert_int_equal(sys_rd(f, 0x000), 0x1190f500);   /* SYS_ID */
	assert_int_equal(sys_rd(f, 0x084), 0x0c000191);   /* SYS_PROCID0: CoreTile A9x4 */
	assert_int_equal(sys_rd(f, 0x088), 0xff000000);   /* SYS_PROCID1: no site 2 */
	assert_int_equal(sys_rd(f, 0x004), 0);            /* SYS_SW */
}

static void test_sys_counters(void **state)
{
	struct sys_fixture *f = *state;
	assert_int_equal(sys_rd(f, 0x05c), 0);            /* SYS_24MHZ from start */
	assert_int_equal(sys_rd(f, 0x024), 0);            /* SYS_100HZ */
	f->now_ns += 1000000000u;                         /* one second */
	assert_int_equal(sys_rd(f, 0x05c), 24000000);
	assert_int_equal(sys_rd(f, 0x024), 100);
	f->now_ns += 250000;                              /* 250 us */
	assert_int_equal(sys_rd(f, 0x05c), 24006000);
	assert_int_equal(sys_rd(f, 0x024), 100);
	f->now_ns += 180000000000u;                       /* 3 minutes: 24 MHz wraps at 32 bits */
	assert_int_equal(sys_rd(f, 0x05c), (uint32_t)(181000250000ull * 24 / 1000));
}

static void test_sys_led_and_flags(void **state)
{
	struct sys_fixture *f = *state;
	sys_wr(f, 0x008, 0x1a5);
	assert_int_equal(sys_rd(f, 0x008), 0xa5);         /* SYS_LED: 8 LEDs */
	sys_wr(f, 0x030, 0x80000001);                      /* SYS_FLAGSSET */
	sys_wr(f, 0x030, 0x00000100);
	assert_int_equal(sys_rd(f, 0x030), 0x80000101);
	sys_wr(f, 0x034, 0x80000000);                      /* SYS_FLAGSCLR */
	assert_int_equal(sys_rd(f, 0x030), 0x00000101);
	sys_wr(f, 0x038, 0x6);                             /* SYS_NVFLAGSSET */
	sys_wr(f, 0x03c, 0x2);                             /* SYS_NVFLAGSCLR */
	assert_int_equal(sys_rd(f, 0x038), 0x4);
}

static void test_sys_cfg_reads(void **state)
{
	struct sys_fixture *f = *state;
	assert_int_equal(cfg(f, CFG(1, 0, 1), 0), 1);      /* OSC, motherboard, OSC1 */
	assert_int_equal(sys_rd(f, 0x0a0), 23750000);
	assert_int_equal(sys_rd(f, 0x0a4) & CFG_START, 0); /* START reads as zero */
	assert_int_equal(cfg(f, CFG(1, 1, 0), 0), 1);      /* OSC, daughterboard, OSCCLK0 */
	assert_int_equal(sys_rd(f, 0x0a0), 45000000);
	assert_int_equal(cfg(f, CFG(1, 1, 2), 0), 1);
	assert_int_equal(sys_rd(f, 0x0a0), 66670000);
	assert_int_equal(cfg(f, CFG(2, 1, 3), 0), 1);      /* VOLT, daughterboard, VCC1V8 */
	assert_int_equal(sys_rd(f, 0x0a0), 1800000);
	assert_int_equal(cfg(f, CFG(2, 0, 0), 0), 1);      /* VOLT, motherboard VIO */
	assert_int_equal(sys_rd(f, 0x0a0), 3300000);
	assert_int_equal(cfg(f, CFG(1, 1, 3), 0), 3);      /* no such oscillator: ERROR */
	assert_int_equal(cfg(f, CFG(4, 0, 0), 0), 3);      /* TEMP: not present */
	assert_int_equal(cfg(f, 1u << 26 | CFG(1, 0, 0), 0), 3);  /* DCC 1 */
	assert_int_equal(f->cpu.stop, STOP_NONE);
}

static void test_sys_cfg_osc_write(void **state)
{
	struct sys_fixture *f = *state;
	assert_int_equal(cfg(f, CFG_WRITE | CFG(1, 1, 1), 25175000), 1);
	assert_int_equal(cfg(f, CFG(1, 1, 1), 0), 1);
	assert_int_equal(sys_rd(f, 0x0a0), 25175000);
	sys_wr(f, 0x0a8, 0xff);                            /* CFGSTAT keeps 2 bits */
	assert_int_equal(sys_rd(f, 0x0a8), 3);
}

static void test_sys_shutdown(void **state)
{
	struct sys_fixture *f = *state;
	sys_wr(f, 0x0a4, CFG_WRITE | CFG(8, 0, 0));        /* no START: nothing happens */
	assert_int_equal(f->cpu.stop, STOP_NONE);
	assert_int_equal(cfg(f, CFG_WRITE | CFG(8, 0, 0), 0), 1);
	assert_int_equal(f->cpu.stop, STOP_SHUTDOWN);
	assert_int_equal(f->cpu.exit_code, 0);
}

static void test_sys_reboot(void **state)
{
	struct sys_fixture *f = *state;
	assert_int_equal(cfg(f, CFG_WRITE | CFG(9, 1, 0), 0), 3);  /* daughterboard: no */
	assert_int_equal(f->cpu.stop, STOP_NONE);
	assert_int_equal(cfg(f, CFG_WRITE | CFG(9, 0, 0), 0), 1);
	assert_int_equal(f->cpu.stop, STOP_REBOOT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_pl011_reset_values, uart_setup),
		cmocka_unit_test_setup(test_pl011_id_registers, uart_setup),
		cmocka_unit_test_setup(test_pl011_transmit, uart_setup),
		cmocka_unit_test_setup(test_pl011_tx_interrupt, uart_setup),
		cmocka_unit_test_setup(test_pl011_receive_no_fifo, uart_setup),
		cmocka_unit_test_setup(test_pl011_receive_fifo_levels, uart_setup),
		cmocka_unit_test_setup(test_pl011_register_widths, uart_setup),
		cmocka_unit_test_setup(test_pl011_reset_op, uart_setup),
		cmocka_unit_test_setup(test_sys_identification, sys_setup),
		cmocka_unit_test_setup(test_sys_counters, sys_setup),
		cmocka_unit_test_setup(test_sys_led_and_flags, sys_setup),
		cmocka_unit_test_setup(test_sys_cfg_reads, sys_setup),
		cmocka_unit_test_setup(test_sys_cfg_osc_write, sys_setup),
		cmocka_unit_test_setup(test_sys_shutdown, sys_setup),
		cmocka_unit_test_setup(test_sys_reboot, sys_setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
