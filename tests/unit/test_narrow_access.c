/*
 * Byte and halfword accesses to every vexpress-a9 device, through the bus as
 * the CPU makes them. The manuals define word accesses to these registers (the
 * GIC distributor's priority and target bytes aside); the expected values are
 * what qemu-system-arm 7.2 -M vexpress-a9 gives (tests/asm/narrow.S checks the
 * same accesses on QEMU) and, for the GIC, DDI 0407 and IHI 0048A.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "a9_private.h"
#include "board.h"
#include "gic.h"
#include "sp804.h"
#include "vexpress_misc.h"

#define SYSREGS 0x10000000u
#define UART    0x10009000u
#define TIMER   0x10011000u
#define RTC     0x10017000u
#define SCU     0x1e000000u
#define GICC    0x1e000100u
#define GTIMER  0x1e000200u
#define TWD     0x1e000600u
#define GICD    0x1e001000u
#define L2CC    0x1e00a000u

static struct {
	struct bus bus;
	struct vclock clock;
	struct cpu cpu;
	struct vexpress_sysregs sys;
	struct pl011 uart;
	struct sp804 timer;
	struct pl031 rtc;
	struct a9_scu scu;
	struct gic gic;
	struct a9_gtimer gtimer;
	struct a9_twd twd;
	struct l2c310 l2cc;
	char out[8];
	unsigned nout;
} m;

static uint64_t zero_clock(void *ctx)
{
	(void)ctx;
	return 0;
}

static void capture_tx(void *ctx, uint8_t c)
{
	(void)ctx;
	if (m.nout < sizeof(m.out) - 1)
		m.out[m.nout++] = (char)c;
}

static int setup(void **state)
{
	(void)state;
	memset(&m, 0, sizeof(m));
	assert_true(bus_init(&m.bus, 0x60000000u, 0x1000));
	vclock_init(&m.clock, true);
	vexpress_sysregs_init(&m.sys, &m.cpu, zero_clock, NULL);
	pl011_init(&m.uart, capture_tx, NULL);
	sp804_init(&m.timer, &m.clock);
	pl031_init(&m.rtc, &m.clock, 1700000000);
	gic_init(&m.gic);
	a9_gtimer_init(&m.gtimer, &m.clock);
	a9_twd_init(&m.twd, &m.clock);
	bus_map_device(&m.bus, SYSREGS, 0x1000, &vexpress_sysregs_ops, &m.sys);
	bus_map_device(&m.bus, UART, 0x1000, &pl011_ops, &m.uart);
	bus_map_device(&m.bus, TIMER, 0x1000, &sp804_ops, &m.timer);
	bus_map_device(&m.bus, RTC, 0x1000, &pl031_ops, &m.rtc);
	bus_map_device(&m.bus, SCU, 0x100, &a9_scu_ops, &m.scu);
	bus_map_device(&m.bus, GICC, 0x100, &gic_cpu_ops, &m.gic);
	bus_map_device(&m.bus, GTIMER, 0x100, &a9_gtimer_ops, &m.gtimer);
	bus_map_device(&m.bus, TWD, 0x40, &a9_twd_ops, &m.twd);
	bus_map_device(&m.bus, GICD, 0x1000, &gic_dist_ops, &m.gic);
	bus_map_device(&m.bus, L2CC, 0x1000, &l2c310_ops, &m.l2cc);
	bus_reset_devices(&m.bus);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	bus_destroy(&m.bus);
	return 0;
}

static uint32_t rd(uint32_t pa, unsigned size) { return bus_read(&m.bus, pa, size); }
static void wr(uint32_t pa, uint32_t v, unsigned size) { bus_write(&m.bus, pa, v, size); }

/* A read/write register decoded at its exact offset: with word set, a byte
 * and a halfword inside it meet nothing; at its offset they write the
 * zero-extended value, and a byte reads the low bits. */
static void check_exact(uint32_t pa, uint32_t word, uint32_t low)
{
	wr(pa, word, 4);
	wr(pa + 1, 0xab, 1);
	wr(pa + 2, 0xcdcd, 2);
	assert_int_equal(rd(pa, 4), word);
	assert_int_equal(rd(pa + 1, 1), 0);
	assert_int_equal(rd(pa + 2, 2), 0);
	wr(pa, low, 1);
	assert_int_equal(rd(pa, 4), low);
	wr(pa, 0xcdcd, 2);
	assert_int_equal(rd(pa, 4), 0xcdcd);
	assert_int_equal(rd(pa, 1), 0xcd);
}

static void test_sysregs(void **state)
{
	(void)state;
	assert_int_equal(rd(SYSREGS + 0x00, 1), 0x00);     /* SYS_ID 0x1190f500 */
	assert_int_equal(rd(SYSREGS + 0x00, 2), 0xf500);
	assert_int_equal(rd(SYSREGS + 0x01, 1), 0);
	assert_int_equal(rd(SYSREGS + 0x02, 2), 0);
	assert_int_equal(rd(SYSREGS + 0x84, 1), 0x91);     /* SYS_PROCID0 0x0c000191 */
	assert_int_equal(rd(SYSREGS + 0x85, 1), 0);
	wr(SYSREGS + 0x08, 0x12345678, 4);                  /* SYS_LED keeps [7:0] */
	wr(SYSREGS + 0x08, 0xa5, 1);
	assert_int_equal(rd(SYSREGS + 0x08, 4), 0xa5);
	wr(SYSREGS + 0x09, 0x5a, 1);
	wr(SYSREGS + 0x0a, 0x3c, 2);
	assert_int_equal(rd(SYSREGS + 0x08, 4), 0xa5);
	check_exact(SYSREGS + 0xa0, 0x11223344, 0x77);      /* SYS_CFGDATA */
}

static void test_pl031_l2cc_scu_gicc(void **state)
{
	(void)state;
	check_exact(RTC + 0x04, 0x12345678, 0xab);          /* RTCMR */
	assert_int_equal(rd(RTC + 0x0c, 1), 1);             /* RTCCR: started */
	assert_int_equal(rd(RTC + 0xfe0, 2), 0x31);         /* RTCPeriphID0 */

	assert_int_equal(rd(L2CC + 0x000, 1), 0xc8);        /* cache ID 0x410000c8 */
	assert_int_equal(rd(L2CC + 0x001, 1), 0);
	assert_int_equal(rd(L2CC + 0x002, 2), 0);
	check_exact(L2CC + 0x104, 0x12345678, 0xab);        /* auxiliary control */

	assert_int_equal(rd(SCU + 0x04, 1), 0x10);          /* configuration */
	assert_int_equal(rd(SCU + 0x05, 1), 0);
	wr(SCU + 0x01, 0xff, 1);
	assert_int_equal(rd(SCU + 0x00, 4), 0);
	wr(SCU + 0x00, 0x01, 1);
	assert_int_equal(rd(SCU + 0x00, 4), 1);

	wr(GICC + 0x04, 0xf0, 4);                           /* ICCPMR */
	wr(GICC + 0x04, 0x80, 1);
	wr(GICC + 0x05, 0x40, 1);
	assert_int_equal(rd(GICC + 0x04, 4), 0x80);
	assert_int_equal(rd(GICC + 0xfc, 1), 0x3b);         /* ICCIIDR */
	assert_int_equal(rd(GICC + 0xfd, 1), 0);
	assert_int_equal(rd(GICC + 0x0c, 2), GIC_SPURIOUS); /* ICCIAR */
}

/* A register decoded by offset bits [11:2]: a byte or halfword anywhere in it
 * writes it with the zero-extended value and reads its low bits. */
static void check_word_decoded(uint32_t pa)
{
	wr(pa, 0xab, 1);
	assert_int_equal(rd(pa, 4), 0xab);
	wr(pa + 1, 0xcd, 1);
	assert_int_equal(rd(pa, 4), 0xcd);
	wr(pa + 2, 0x77, 2);
	assert_int_equal(rd(pa + 1, 1), 0x77);
	assert_int_equal(rd(pa + 2, 2), 0x77);
}

static void test_pl011_sp804(void **state)
{
	(void)state;
	assert_int_equal(rd(UART + 0x018, 1), 0x90);        /* UARTFR: TXFE, RXFE */
	assert_int_equal(rd(UART + 0x019, 1), 0x90);
	assert_int_equal(rd(UART + 0x01a, 2), 0x90);
	wr(UART + 0x024, 0x12345678, 4);                    /* UARTIBRD, 16 bits */
	assert_int_equal(rd(UART + 0x024, 4), 0x5678);
	check_word_decoded(UART + 0x024);
	assert_int_equal(rd(UART + 0xfe1, 1), 0x11);        /* UARTPeriphID0 */
	assert_int_equal(rd(UART + 0xfe4, 2), 0x10);
	wr(UART + 0x000, 'Z', 1);
	wr(UART + 0x001, 'Y', 1);
	wr(UART + 0x002, 'X', 2);
	assert_string_equal(m.out, "ZYX");

	check_word_decoded(TIMER + 0x20);                   /* Timer2Load */
	check_word_decoded(TIMER + 0x38);                   /* Timer2BGLoad */
	assert_int_equal(rd(TIMER + 0x28, 4), 0x20);        /* Timer2Control reset */
	wr(TIMER + 0x29, 0x00, 1);
	assert_int_equal(rd(TIMER + 0x28, 4), 0);
	wr(TIMER + 0x28, 0x02, 1);
	assert_int_equal(rd(TIMER + 0x28, 4), 2);
	assert_int_equal(rd(TIMER + 0xfe2, 1), 0x04);       /* TimerPeriphID0 */
}

/* Word-only: byte and halfword accesses read as zero and are ignored. */
static void test_a9_timers(void **state)
{
	(void)state;
	const uint32_t regs[] = { TWD + 0x00, TWD + 0x08, TWD + 0x20, GTIMER + 0x10,
				  GTIMER + 0x18 };
	for (unsigned i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
		wr(regs[i], 0x1200, 4);
		wr(regs[i], 0xab, 1);
		wr(regs[i] + 1, 0xcd, 1);
		wr(regs[i] + 2, 0xcdcd, 2);
		wr(regs[i], 0x5555, 2);
		assert_int_equal(rd(regs[i], 4), 0x1200);
		assert_int_equal(rd(regs[i], 1), 0);
		assert_int_equal(rd(regs[i] + 1, 1), 0);
		assert_int_equal(rd(regs[i], 2), 0);
	}
}

/* The distributor takes bytes and halfwords in every register but ICDSGIR
 * (IHI 0048A 4.1.4 for ICDIPR, ICDIPTR; QEMU 7.2 for the others). */
static void test_gic_distributor(void **state)
{
	(void)state;
	assert_int_equal(rd(GICD + 0x004, 1), GIC_NR_IRQS / 32 - 1);   /* ICDICTR */
	assert_int_equal(rd(GICD + 0x005, 1), 0);
	assert_int_equal(rd(GICD + 0x008, 2), 0x043b);                 /* ICDIIDR */
	wr(GICD + 0x421, 0xa8, 1);                                     /* ICDIPR */
	wr(GICD + 0x422, 0x5050, 2);
	assert_int_equal(rd(GICD + 0x420, 4), 0x5050a800);
	assert_int_equal(rd(GICD + 0x421, 1), 0xa8);
	wr(GICD + 0x105, 0x01, 1);                                     /* ICDISER1 */
	wr(GICD + 0x106, 0x0101, 2);
	assert_int_equal(rd(GICD + 0x104, 4), 0x01010100);
	wr(GICD + 0x186, 0x01, 1);                                     /* ICDICER1 */
	assert_int_equal(rd(GICD + 0x104, 4), 0x01000100);
	wr(GICD + 0xc08, 0xaaaaaaaa, 4);                               /* ICDICFR2 */
	wr(GICD + 0xc09, 0x00, 1);
	assert_int_equal(rd(GICD + 0xc08, 4), 0xaaaa00aa);
	wr(GICD + 0x000, 1, 1);                                        /* ICDDCR */
	assert_int_equal(rd(GICD + 0x000, 4), 1);
	wr(GICD + 0x001, 0, 1);
	assert_int_equal(rd(GICD + 0x000, 4), 1);
	wr(GICD + 0xf00, 0x02000003, 2);                               /* ICDSGIR */
	wr(GICD + 0xf03, 0x02, 1);
	assert_int_equal(rd(GICD + 0x200, 4), 0);
	wr(GICD + 0xf00, 0x02000003, 4);
	assert_int_equal(rd(GICD + 0x200, 4), 1u << 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sysregs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pl031_l2cc_scu_gicc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pl011_sp804, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a9_timers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_gic_distributor, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
