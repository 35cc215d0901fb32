/*
 * GIC at register level: enable, priority masking, acknowledge and EOI, the
 * running priority and preemption, level and edge inputs, SGIs. Expected
 * behaviour from the GIC architecture specification v1 (IHI 0048A) and the
 * Cortex-A9 MPCore TRM (DDI 0407) for the uniprocessor targets and the IDs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "gic.h"

static int nirq;

static void cpu_irq(void *target, unsigned n, int level)
{
	(void)target;
	(void)n;
	nirq = level;
}

static struct gic g;

static uint32_t dist_r(uint32_t off) { return gic_dist_ops.read(&g, off, 4); }
static void dist_w(uint32_t off, uint32_t v) { gic_dist_ops.write(&g, off, v, 4); }
static uint32_t cpu_r(uint32_t off) { return gic_cpu_ops.read(&g, off, 4); }
static void cpu_w(uint32_t off, uint32_t v) { gic_cpu_ops.write(&g, off, v, 4); }

static int setup(void **state)
{
	(void)state;
	g.irq_out = (struct irq_line){ cpu_irq, NULL, 0 };
	gic_init(&g);
	nirq = 0;
	dist_w(0x000, 1);
	cpu_w(0x00, 1);
	cpu_w(0x04, 0xf0);              /* PMR: everything above 0xf0 */
	return 0;
}

static void test_identification(void **state)
{
	(void)state;
	assert_int_equal(dist_r(0x004) & 0x1f, GIC_NR_IRQS / 32 - 1);
	assert_int_equal(dist_r(0x100) & 0xffff, 0xffff); /* SGIs always enabled */
	dist_w(0x180, 0xffff);
	assert_int_equal(dist_r(0x100) & 0xffff, 0xffff);
}

static void test_level_spi_ack_eoi(void **state)
{
	(void)state;
	unsigned irq = GIC_SPI(5);
	gic_dist_ops.write(&g, 0x400 + irq, 0xa0, 1);
	gic_dist_ops.write(&g, 0x800 + irq, 1, 1);
	gic_set_irq(&g, irq, 1);
	assert_int_equal(nirq, 0);                        /* not enabled yet */
	assert_int_equal(cpu_r(0x0c), GIC_SPURIOUS);
	dist_w(0x100 + 4 * (irq / 32), 1u << (irq % 32));
	assert_int_equal(nirq, 1);
	assert_int_equal(cpu_r(0x18), irq);               /* HPIR */
	assert_int_equal(cpu_r(0x0c), irq);               /* acknowledge */
	assert_int_equal(nirq, 0);                        /* active: not signalled */
	assert_int_equal(cpu_r(0x14), 0xa0);              /* running priority */
	cpu_w(0x10, irq);                                 /* EOI, line still high */
	assert_int_equal(nirq, 1);
	gic_set_irq(&g, irq, 0);                          /* device deasserts */
	assert_int_equal(nirq, 0);
	assert_int_equal(cpu_r(0x14), 0xff);              /* idle priority */
}

static void test_priority_mask_and_preemption(void **state)
{
	(void)state;
	unsigned lo = GIC_SPI(1), hi = GIC_SPI(2);
	gic_dist_ops.write(&g, 0x400 + lo, 0xc0, 1);
	gic_dist_ops.write(&g, 0x400 + hi, 0x40, 1);
	gic_dist_ops.write(&g, 0x800 + lo, 1, 1);
	gic_dist_ops.write(&g, 0x800 + hi, 1, 1);
	dist_w(0x104, 1u << (lo - 32) | 1u << (hi - 32));
	cpu_w(0x04, 0xc0);                               /* PMR masks priority 0xc0 */
	gic_set_irq(&g, lo, 1);
	assert_int_equal(nirq, 0);
	cpu_w(0x04, 0xf0);
	assert_int_equal(nirq, 1);
	assert_int_equal(cpu_r(0x0c), lo);
	gic_set_irq(&g, hi, 1);                          /* higher priority preempts */
	assert_int_equal(nirq, 1);
	assert_int_equal(cpu_r(0x0c), hi);
	assert_int_equal(cpu_r(0x14), 0x40);
	cpu_w(0x10, hi);
	assert_int_equal(cpu_r(0x14), 0xc0);             /* back to the preempted one */
	cpu_w(0x10, lo);
	gic_set_irq(&g, lo, 0);
	gic_set_irq(&g, hi, 0);
	assert_int_equal(nirq, 0);
}

static void test_edge_ppi_and_sgi(void **state)
{
	(void)state;
	unsigned twd = GIC_PPI(13);
	dist_w(0x100, 1u << twd);
	gic_set_irq(&g, twd, 1);
	gic_set_irq(&g, twd, 0);                         /* edge stays latched */
	assert_int_equal(nirq, 1);
	assert_int_equal(cpu_r(0x0c), twd);
	assert_int_equal(nirq, 0);
	cpu_w(0x10, twd);
	assert_int_equal(nirq, 0);
	dist_w(0xf00, 2u << 24 | 3);                     /* SGI 3 to myself */
	assert_int_equal(nirq, 1);
	assert_int_equal(cpu_r(0x0c), 3);
	cpu_w(0x10, 3);
	assert_int_equal(nirq, 0);
	dist_w(0xf00, 1u << 24 | 4);                     /* SGI 4 to others: none */
	assert_int_equal(nirq, 0);
}

/* One Cortex-A9: ICDIPTR reads as zero and ignores writes, and every
 * interrupt goes to the core (DDI 0407, "Interrupt Processor Targets
 * Registers"). */
static void test_uniprocessor_targets(void **state)
{
	(void)state;
	unsigned irq = GIC_SPI(5);
	for (uint32_t off = 0x800; off < 0x800 + GIC_NR_IRQS; off += 4)
		assert_int_equal(dist_r(off), 0);
	gic_dist_ops.write(&g, 0x800 + irq, 0, 1);
	dist_w(0x820, 0x01010101);
	assert_int_equal(dist_r(0x820), 0);
	assert_int_equal(gic_dist_ops.read(&g, 0x800 + irq, 1), 0);
	dist_w(0x100 + 4 * (irq / 32), 1u << (irq % 32));
	gic_set_irq(&g, irq, 1);
	assert_int_equal(nirq, 1);
	assert_int_equal(cpu_r(0x0c), irq);
}

/* periph_id_4-7, periph_id_0-3, component IDs (DDI 0407, "Peripheral
 * Identification Registers"): part number 0x390, JEP106 ARM (0x3b,
 * continuation 4), architecture revision 1 (GICv1). */
static void test_id_registers(void **state)
{
	(void)state;
	static const uint32_t want[12] = { 0x04, 0, 0, 0, 0x90, 0xb3, 0x1b, 0,
					   0x0d, 0xf0, 0x05, 0xb1 };
	for (unsigned i = 0; i < 12; i++)
		assert_int_equal(dist_r(0xfd0 + 4 * i), want[i]);
}

static void test_disabled_cpu_interface(void **state)
{
	(void)state;
	unsigned irq = GIC_SPI(7);
	dist_w(0x104, 1u << (irq - 32));
	gic_dist_ops.write(&g, 0x800 + irq, 1, 1);
	cpu_w(0x00, 0);
	gic_set_irq(&g, irq, 1);
	assert_int_equal(nirq, 0);
	cpu_w(0x00, 1);
	assert_int_equal(nirq, 1);
	dist_w(0x284, 1u << (irq - 32));                 /* clear-pending, line high */
	assert_int_equal(nirq, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_identification, setup),
		cmocka_unit_test_setup(test_uniprocessor_targets, setup),
		cmocka_unit_test_setup(test_id_registers, setup),
		cmocka_unit_test_setup(test_level_spi_ack_eoi, setup),
		cmocka_unit_test_setup(test_priority_mask_and_preemption, setup),
		cmocka_unit_test_setup(test_edge_ppi_and_sgi, setup),
		cmocka_unit_test_setup(test_disabled_cpu_interface, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
