/*
 * Cortex-A9 MPCore Snoop Control Unit (DDI 0407, "SCU registers"), one core:
 *   0x00 Control  0x04 Configuration (RO)  0x08 CPU Power Status
 *   0x0c Invalidate All (WO)  0x40 Filtering Start  0x44 Filtering End
 *   0x50 Access Control  0x54 Non-secure Access Control
 * Linux reads the configuration for the core count and enables the SCU.
 */
#include "a9_private.h"
#include "log.h"

static uint32_t a9_scu_read(void *dev, uint32_t off, unsigned size)
{
	struct a9_scu *s = dev;
	(void)size;
	switch (off) {
	case 0x00: return s->control;
	case 0x04: return 1u << 4;   /* CPU 0 in SMP mode, one core (CPU number 0) */
	default: return 0;
	}
}

static void a9_scu_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct a9_scu *s = dev;
	(void)size;
	if (off == 0x00)
		s->control = v & 0x7f;
	else if (off != 0x0c && off != 0x08)
		log_msg(LOG_GUEST, "a9-scu: write to offset 0x%02x ignored", off);
}

static void a9_scu_reset(void *dev)
{
	((struct a9_scu *)dev)->control = 0;
}

const struct dev_ops a9_scu_ops = { "a9-scu", a9_scu_read, a9_scu_write, a9_scu_reset };
