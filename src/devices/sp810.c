/*
 * SP810 system controller (ARM DDI 0254) as the vexpress motherboard uses it:
 * only SCCTRL (0x000) matters to Linux, which sets the TIMCLK selection of the
 * SP804s there (the timers run at 1 MHz whatever it says). Everything else reads
 * as zero and ignores writes, the ID registers included, as on QEMU's board.
 */
#include "log.h"
#include "vexpress_misc.h"

static uint32_t sp810_read(void *dev, uint32_t off, unsigned size)
{
	(void)size;
	return off == 0 ? ((struct sp810 *)dev)->scctrl : 0;
}

static void sp810_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	(void)size;
	if (off == 0)
		((struct sp810 *)dev)->scctrl = v;
	else
		log_msg(LOG_GUEST, "sp810: write to offset 0x%03x ignored", off);
}

static void sp810_reset(void *dev)
{
	((struct sp810 *)dev)->scctrl = 0;
}

const struct dev_ops sp810_ops = { "sp810", sp810_read, sp810_write, sp810_reset };
