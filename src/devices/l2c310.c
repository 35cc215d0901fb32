/*
 * L2C-310 (PL310) level 2 cache controller (ARM DDI 0246), r3p2 as on the
 * CoreTile A9x4. There is no cache to model: configuration registers keep what
 * is written, and every maintenance operation completes at once (its register
 * reads 0: nothing in progress).
 *   0x000 Cache ID  0x004 Cache Type  0x100 Control  0x104 Auxiliary Control
 *   0x108 Tag RAM latency  0x10c Data RAM latency  0x730 Cache Sync
 *   0x770-0x7fc maintenance by PA / index / way  0x900-0x93c lockdown
 *   0xc00/0xc04 address filtering  0xf40 debug  0xf60 prefetch  0xf80 power
 */
#include "log.h"
#include "vexpress_misc.h"

#define L2C310_CACHE_ID   0x410000c8u   /* ARM, PL310, RTL release r3p2 */
#define L2C310_CACHE_TYPE 0x1c100100u   /* as QEMU's l2x0 reports it */
#define L2C310_AUX_RESET  0x02020000u

static uint32_t *l2c310_reg(struct l2c310 *s, uint32_t off)
{
	switch (off) {
	case 0x100: return &s->control;
	case 0x104: return &s->aux_control;
	case 0x108: return &s->tag_latency;
	case 0x10c: return &s->data_latency;
	case 0xc00: return &s->filter_start;
	case 0xc04: return &s->filter_end;
	case 0xf40: return &s->debug_control;
	case 0xf60: return &s->prefetch_control;
	case 0xf80: return &s->power_control;
	default:
		if (off >= 0x900 && off < 0x940)
			return &s->lockdown[(off - 0x900) / 4];
		return NULL;
	}
}

static uint32_t l2c310_read(void *dev, uint32_t off, unsigned size)
{
	(void)size;
	if (off == 0x000)
		return L2C310_CACHE_ID;
	if (off == 0x004)
		return L2C310_CACHE_TYPE;
	uint32_t *r = l2c310_reg(dev, off);
	return r ? *r : 0;
}

static void l2c310_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct l2c310 *s = dev;
	(void)size;
	uint32_t *r = l2c310_reg(s, off);
	if (r) {
		/* Auxiliary control and latencies are writable only while disabled. */
		if ((s->control & 1) && off >= 0x104 && off <= 0x10c)
			log_msg(LOG_GUEST, "l2c310: 0x%03x written while enabled", off);
		else
			*r = v;
	} else if (off < 0x700 || off >= 0x800) {
		log_msg(LOG_GUEST, "l2c310: write to offset 0x%03x ignored", off);
	}
}

static void l2c310_reset(void *dev)
{
	struct l2c310 *s = dev;
	*s = (struct l2c310){ .aux_control = L2C310_AUX_RESET };
}

const struct dev_ops l2c310_ops = { "l2c310", l2c310_read, l2c310_write, l2c310_reset };
