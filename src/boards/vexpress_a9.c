/*
 * Versatile Express with the CoreTile Express A9x4 daughterboard (V2P-CA9), as
 * QEMU's vexpress-a9 presents it: the motherboard's legacy memory map at
 * 0x10000000 (ARM DUI 0447), the daughterboard's peripherals and the Cortex-A9
 * MPCore private region at 0x1e000000 (ARM DUI 0448), RAM at 0x60000000.
 *
 * The table below is the address map. Blocks marked "unmodelled" are not
 * implemented yet: their addresses read as zero and ignore writes (bus.h).
 * Interrupt numbers are the motherboard's (GIC SPI n, interrupt ID 32 + n).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "a9_private.h"
#include "board.h"
#include "display.h"
#include "gic.h"
#include "hostloop.h"
#include "lan9118.h"
#include "log.h"
#include "net.h"
#include "pl011.h"
#include "sd.h"
#include "sp804.h"
#include "vclock.h"
#include "vexpress_misc.h"

/* Linux machine number of the Versatile Express (arch/arm/tools/mach-types). */
#define VEXPRESS_MACH_TYPE 0x8e0u

enum vexpress_block {
	VE_FLASH_ALIAS,
	VE_SYSREGS, VE_SP810, VE_SERIALPCI, VE_PL041, VE_MMCI, VE_KMI0, VE_KMI1,
	VE_UART0, VE_UART1, VE_UART2, VE_UART3, VE_WDT, VE_TIMER01, VE_TIMER23,
	VE_VIRTIO, VE_SERIALDVI, VE_RTC, VE_COMPACTFLASH, VE_CLCD,
	VE_DB_CLCD, VE_DB_AXIRAM, VE_DB_DMC, VE_DB_SMC, VE_DB_SCC, VE_DB_TIMER,
	VE_DB_WDT, VE_DB_TZPC,
	VE_A9_SCU, VE_A9_GIC_CPU, VE_A9_GTIMER, VE_A9_TWD, VE_A9_GIC_DIST, VE_L2CC,
	VE_NORFLASH0, VE_NORFLASH1, VE_SRAM, VE_VIDEORAM, VE_ETHERNET, VE_USB,
	VE_RAM,
	VE_BLOCKS
};

struct vexpress_region {
	uint32_t base, size;
};

static const struct vexpress_region vexpress_a9_map[VE_BLOCKS] = {
	/* NOR flash 0 as the boot remap shows it. QEMU maps flash 0 here (its
	 * RAM alias at 0 is overlaid by the flash alias), which without a flash
	 * image reads as zero: modelled as an empty flash. */
	[VE_FLASH_ALIAS]  = { 0x00000000, 0x04000000 },
	/* Motherboard, chip select 7. */
	[VE_SYSREGS]      = { 0x10000000, 0x1000 },  /* system registers */
	[VE_SP810]        = { 0x10001000, 0x1000 },  /* SP810 system controller */
	[VE_SERIALPCI]    = { 0x10002000, 0x1000 },  /* unmodelled: two-wire serial bus (PCIe) */
	[VE_PL041]        = { 0x10004000, 0x1000 },  /* unmodelled: PL041 AACI audio, IRQ 11 */
	[VE_MMCI]         = { 0x10005000, 0x1000 },  /* PL181 MMCI and its SD card, IRQ 9 and 10 */
	[VE_KMI0]         = { 0x10006000, 0x1000 },  /* PL050 keyboard, IRQ 12 */
	[VE_KMI1]         = { 0x10007000, 0x1000 },  /* PL050 mouse, IRQ 13 */
	[VE_UART0]        = { 0x10009000, 0x1000 },  /* PL011, IRQ 5: the host console */
	[VE_UART1]        = { 0x1000a000, 0x1000 },  /* PL011, IRQ 6: output discarded */
	[VE_UART2]        = { 0x1000b000, 0x1000 },  /* PL011, IRQ 7: output discarded */
	[VE_UART3]        = { 0x1000c000, 0x1000 },  /* PL011, IRQ 8: output discarded */
	[VE_WDT]          = { 0x1000f000, 0x1000 },  /* unmodelled: SP805 watchdog, IRQ 0 */
	[VE_TIMER01]      = { 0x10011000, 0x1000 },  /* SP804 timers 0-1, IRQ 2 */
	[VE_TIMER23]      = { 0x10012000, 0x1000 },  /* SP804 timers 2-3, IRQ 3 */
	[VE_VIRTIO]       = { 0x10013000, 0x1000 },  /* unmodelled: QEMU's virtio-mmio, IRQ 40-43 */
	[VE_SERIALDVI]    = { 0x10016000, 0x1000 },  /* unmodelled: two-wire serial bus (DVI) */
	[VE_RTC]          = { 0x10017000, 0x1000 },  /* PL031 RTC, IRQ 4 */
	[VE_COMPACTFLASH] = { 0x1001a000, 0x1000 },  /* unmodelled: CompactFlash */
	[VE_CLCD]         = { 0x1001f000, 0x1000 },  /* PL111 CLCD (motherboard), IRQ 14 */
	/* Daughterboard. */
	[VE_DB_CLCD]      = { 0x10020000, 0x1000 },  /* unmodelled: PL111 CLCD, IRQ 44 */
	[VE_DB_AXIRAM]    = { 0x10060000, 0x10000 }, /* unmodelled: AXI RAM */
	[VE_DB_DMC]       = { 0x100e0000, 0x1000 },  /* unmodelled: PL341 dynamic memory controller */
	[VE_DB_SMC]       = { 0x100e1000, 0x1000 },  /* unmodelled: PL354 static memory controller */
	[VE_DB_SCC]       = { 0x100e2000, 0x1000 },  /* unmodelled: system configuration controller */
	[VE_DB_TIMER]     = { 0x100e4000, 0x1000 },  /* unmodelled: SP804 timers, IRQ 48 */
	[VE_DB_WDT]       = { 0x100e5000, 0x1000 },  /* unmodelled: SP805 watchdog */
	[VE_DB_TZPC]      = { 0x100e6000, 0x1000 },  /* unmodelled: BP147 TrustZone protection */
	/* Cortex-A9 MPCore private region: SCU 0x000, GIC CPU interface 0x100,
	 * global timer 0x200, private timer and watchdog 0x600, GIC distributor
	 * 0x1000. */
	[VE_A9_SCU]       = { 0x1e000000, 0x100 },   /* snoop control unit */
	[VE_A9_GIC_CPU]   = { 0x1e000100, 0x100 },   /* GIC CPU interface */
	[VE_A9_GTIMER]    = { 0x1e000200, 0x100 },   /* global timer, PPI 11 (not in the DTB) */
	[VE_A9_TWD]       = { 0x1e000600, 0x40 },    /* private timer and watchdog, PPI 13, 14 */
	[VE_A9_GIC_DIST]  = { 0x1e001000, 0x1000 },  /* GIC distributor */
	[VE_L2CC]         = { 0x1e00a000, 0x1000 },  /* PL310 L2 cache controller */
	/* Motherboard, chip selects 0-3. */
	[VE_NORFLASH0]    = { 0x40000000, 0x04000000 }, /* empty NOR flash 0 (as VE_FLASH_ALIAS) */
	[VE_NORFLASH1]    = { 0x44000000, 0x04000000 }, /* empty NOR flash 1 */
	[VE_SRAM]         = { 0x48000000, 0x02000000 }, /* unmodelled: static RAM */
	[VE_VIDEORAM]     = { 0x4c000000, 0x00800000 }, /* unmodelled: video RAM */
	[VE_ETHERNET]     = { 0x4e000000, 0x10000 },    /* LAN9118 Ethernet, IRQ 15 */
	[VE_USB]          = { 0x4f000000, 0x20000 },    /* unmodelled: ISP1761 USB, IRQ 16 */
	/* Daughterboard DDR2 (size from --memory, at most 1 GiB). */
	[VE_RAM]          = { 0x60000000, VEXPRESS_A9_MAX_MEMORY },
};

#define VE_UARTS 4

/* Motherboard interrupt n is GIC SPI n (ARM DUI 0447, interrupt signals). */
enum vexpress_irq {
	VE_IRQ_TIMER01 = 2, VE_IRQ_TIMER23 = 3, VE_IRQ_RTC = 4, VE_IRQ_UART0 = 5,
	VE_IRQ_MMCI0 = 9, VE_IRQ_MMCI1 = 10, VE_IRQ_KMI0 = 12, VE_IRQ_KMI1 = 13, VE_IRQ_CLCD = 14,
	VE_IRQ_ETHERNET = 15,
};

/* SYS_MCI (ARM DUI 0447 4.3.9): the card socket's switches. */
#define SYS_MCI_CARDIN 1u
#define SYS_MCI_WPROT  2u

struct vexpress_a9 {
	struct board common;            /* first: machine->board points here */
	struct vexpress_sysregs sysregs;
	struct pl011 uart[VE_UARTS];
	struct sp810 sp810;
	struct sp804 timer[2];
	struct pl031 rtc;
	struct gic gic;
	struct a9_scu scu;
	struct a9_twd twd;
	struct a9_gtimer gtimer;
	struct l2c310 l2cc;
	struct pl181 mmci;
	struct sd_card card;
	struct pl111 clcd;
	struct pl050 kmi[2];            /* keyboard, mouse */
	struct display *display;        /* --display sdl or --screendump, else NULL */
	bool window;                    /* --display sdl */
	struct lan9118 eth;
	struct net *net;                /* --net user, or NULL */
	struct hostloop *host;
	bool said_no_interrupt;         /* the WFI notice is given once */
};

/*
 * NOR flash with no image: reads as zero (what QEMU's flash without -pflash
 * returns) and ignores writes, CFI commands included: the bus does both for a
 * device without read and write functions.
 */
static const struct dev_ops ve_flash_ops = { "vexpress-flash", NULL, NULL, NULL };

static void ve_map(struct bus *bus, enum vexpress_block b,
		   const struct dev_ops *ops, void *dev)
{
	bus_map_device(bus, vexpress_a9_map[b].base, vexpress_a9_map[b].size, ops, dev);
}

static struct irq_line gic_input(struct vexpress_a9 *ve, unsigned irq)
{
	return (struct irq_line){ gic_set_irq, &ve->gic, irq };
}

static void vexpress_a9_service(struct machine *m)
{
	struct vexpress_a9 *ve = m->board;
	hostloop_service(ve->host);
	display_service(ve->display);
	net_service(ve->net);
}

/* Whether the device behind GIC input irq may raise it with no guest access. */
static bool source_may_fire(struct vexpress_a9 *ve, unsigned irq)
{
	switch (irq) {
	case GIC_PPI(11): return a9_gtimer_may_interrupt(&ve->gtimer);
	case GIC_PPI(13): return a9_twd_may_interrupt(&ve->twd.timer);
	case GIC_PPI(14): return a9_twd_may_interrupt(&ve->twd.watchdog);
	case GIC_SPI(VE_IRQ_TIMER01): return sp804_may_interrupt(&ve->timer[0]);
	case GIC_SPI(VE_IRQ_TIMER23): return sp804_may_interrupt(&ve->timer[1]);
	case GIC_SPI(VE_IRQ_RTC): return pl031_may_interrupt(&ve->rtc);
	case GIC_SPI(VE_IRQ_ETHERNET): return lan9118_may_interrupt(&ve->eth);
	case GIC_SPI(VE_IRQ_UART0):
		return pl011_may_interrupt(&ve->uart[0], hostloop_input_possible(ve->host));
	case GIC_SPI(VE_IRQ_KMI0):
	case GIC_SPI(VE_IRQ_KMI1):
		return ve->window;       /* keys and moves from the window */
	default: return false;   /* SGIs need the core; other inputs are not wired */
	}
}

/* Why no interrupt can end this WFI, or NULL when one may. A pending
 * interrupt ends WFI even when CPSR masks it (ARM ARM B1.8.13), so only the
 * GIC and the devices decide. */
static const char *no_interrupt_reason(struct vexpress_a9 *ve)
{
	if (!ve->gic.dist_enabled)
		return "the GIC distributor is disabled";
	if (!ve->gic.cpu_enabled)
		return "the GIC CPU interface is disabled";
	for (unsigned irq = 0; irq < GIC_NR_IRQS; irq++)
		if (gic_can_signal(&ve->gic, irq) && source_may_fire(ve, irq))
			return NULL;
	return "no device can raise an interrupt that the GIC would signal";
}

/* WFI. Hardware waits for an interrupt that cannot come, and so does armvm,
 * saying so once (--log guest) while a timer or the console still keeps it
 * from being a deadlock that stops the run. */
static bool vexpress_a9_wait(struct machine *m)
{
	struct vexpress_a9 *ve = m->board;
	if ((log_enabled & LOG_GUEST) && !ve->said_no_interrupt) {
		const char *why = no_interrupt_reason(ve);
		if (why && (vclock_next_deadline(&ve->common.clock) != VCLOCK_NEVER ||
			    hostloop_input_possible(ve->host))) {
			log_msg(LOG_GUEST, "WFI at 0x%08x waits for an interrupt that can "
				"never come (%s); waiting as the hardware does", m->cpu.cur_pc, why);
			ve->said_no_interrupt = true;
		}
	}
	return hostloop_wait(ve->host);
}

static void uart_room(void *host)
{
	hostloop_kick(host);
}

/* The A9 MPCore private peripherals and the L2 cache controller. */
static void map_cpu_private(struct machine *m, struct vexpress_a9 *ve)
{
	struct vclock *clock = &ve->common.clock;

	ve->gic.irq_out = (struct irq_line){ cpu_set_irq, &m->cpu, 0 };
	gic_init(&ve->gic);
	ve_map(&m->bus, VE_A9_GIC_DIST, &gic_dist_ops, &ve->gic);
	ve_map(&m->bus, VE_A9_GIC_CPU, &gic_cpu_ops, &ve->gic);
	ve_map(&m->bus, VE_A9_SCU, &a9_scu_ops, &ve->scu);
	ve->gtimer.irq = gic_input(ve, GIC_PPI(11));
	a9_gtimer_init(&ve->gtimer, clock);
	ve_map(&m->bus, VE_A9_GTIMER, &a9_gtimer_ops, &ve->gtimer);
	ve->twd.timer.irq = gic_input(ve, GIC_PPI(13));
	ve->twd.watchdog.irq = gic_input(ve, GIC_PPI(14));
	a9_twd_init(&ve->twd, clock);
	ve_map(&m->bus, VE_A9_TWD, &a9_twd_ops, &ve->twd);
	l2c310_ops.reset(&ve->l2cc);
	ve_map(&m->bus, VE_L2CC, &l2c310_ops, &ve->l2cc);
}

/* The motherboard's timers, system controller and real-time clock. */
static void map_motherboard_timers(struct machine *m, struct vexpress_a9 *ve)
{
	struct vclock *clock = &ve->common.clock;

	sp810_ops.reset(&ve->sp810);
	ve_map(&m->bus, VE_SP810, &sp810_ops, &ve->sp810);
	for (unsigned i = 0; i < 2; i++) {
		ve->timer[i].irq = gic_input(ve, GIC_SPI(VE_IRQ_TIMER01 + i));
		sp804_init(&ve->timer[i], clock);
		ve_map(&m->bus, VE_TIMER01 + i, &sp804_ops, &ve->timer[i]);
	}
	ve->rtc.irq = gic_input(ve, GIC_SPI(VE_IRQ_RTC));
	pl031_init(&ve->rtc, clock, ve->common.semihost.wall_start_s);
	ve_map(&m->bus, VE_RTC, &pl031_ops, &ve->rtc);
}

/* The CLCD and the two KMIs, and the host display they are shown on. */
static bool map_display(struct machine *m, struct vexpress_a9 *ve)
{
	const struct machine_options *o = m->opts;
	ve->clcd.irq = gic_input(ve, GIC_SPI(VE_IRQ_CLCD));
	pl111_init(&ve->clcd);
	ve_map(&m->bus, VE_CLCD, &pl111_ops, &ve->clcd);
	for (unsigned i = 0; i < 2; i++) {
		ve->kmi[i].irq = gic_input(ve, GIC_SPI(VE_IRQ_KMI0 + i));
		pl050_init(&ve->kmi[i], i == 1);
		ve_map(&m->bus, VE_KMI0 + i, &pl050_ops, &ve->kmi[i]);
	}
	if (!o->display_sdl && !o->screendump)
		return true;
	struct display_devices dev = { &ve->clcd, &ve->kmi[0], &ve->kmi[1], &m->bus,
				       &m->cpu, ve->host, &ve->sysregs.mb_osc[1] };
	ve->window = o->display_sdl;
	ve->display = display_create(&dev, o->display_sdl, o->screendump);
	return ve->display != NULL;
}

/* The MMCI, its card, and the socket's card-detect and write-protect
 * switches as the system registers show them. */
static void map_mmci(struct machine *m, struct vexpress_a9 *ve)
{
	ve->mmci.irq[0] = gic_input(ve, GIC_SPI(VE_IRQ_MMCI0));
	ve->mmci.irq[1] = gic_input(ve, GIC_SPI(VE_IRQ_MMCI1));
	pl181_init(&ve->mmci, &ve->card);
	ve_map(&m->bus, VE_MMCI, &pl181_ops, &ve->mmci);
	if (ve->card.fd >= 0)
		ve->sysregs.mci = SYS_MCI_CARDIN | (ve->card.readonly ? SYS_MCI_WPROT : 0);
}

bool vexpress_a9_create(struct machine *m, const struct machine_options *opts)
{
	struct vexpress_a9 *ve;

	if (opts->memory == 0 || opts->memory > vexpress_a9_map[VE_RAM].size) {
		fprintf(stderr, "armvm: vexpress-a9 has room for at most 1G of RAM\n");
		return false;
	}
	ve = calloc(1, sizeof(*ve));
	if (!ve) {
		fprintf(stderr, "armvm: out of memory\n");
		return false;
	}
	sd_card_init(&ve->card, -1, 0, false);
	if (opts->sd && !sd_image_open(&ve->card, opts->sd, opts->sd_readonly)) {
		free(ve);
		return false;
	}
	if (!bus_init(&m->bus, vexpress_a9_map[VE_RAM].base, (uint32_t)opts->memory)) {
		sd_image_close(&ve->card);
		free(ve);
		return false;
	}
	m->opts = opts;
	m->board = ve;
	m->service = vexpress_a9_service;
	m->wait = vexpress_a9_wait;
	ve->common.name = "vexpress-a9";
	ve->common.boot.mach_type = VEXPRESS_MACH_TYPE;
	vclock_init(&ve->common.clock, false);
	if (opts->icount >= 0)
		vclock_set_icount(&ve->common.clock, (unsigned)opts->icount, &m->cpu.insn_count,
				  &m->cpu.insns_pending, &m->cpu.exit_request);
	uint64_t wall_now_s = opts->rtc_base_set ? (uint64_t)opts->rtc_base : (uint64_t)time(NULL);
	semihost_init(&ve->common.semihost, &ve->common.clock, wall_now_s);
	cpu_init(&m->cpu, m);

	ve_map(&m->bus, VE_FLASH_ALIAS, &ve_flash_ops, NULL);
	ve_map(&m->bus, VE_NORFLASH0, &ve_flash_ops, NULL);
	ve_map(&m->bus, VE_NORFLASH1, &ve_flash_ops, NULL);

	vexpress_sysregs_init(&ve->sysregs, &m->cpu, vclock_sync, &ve->common.clock);
	ve_map(&m->bus, VE_SYSREGS, &vexpress_sysregs_ops, &ve->sysregs);

	map_cpu_private(m, ve);
	map_motherboard_timers(m, ve);
	map_mmci(m, ve);

	/* UART0 is the host console: its input comes through the host loop,
	 * except under semihosting, whose console reads standard input itself. */
	ve->host = hostloop_start(&m->cpu, &ve->common.clock,
				  opts->semihosting ? NULL : pl011_receive, &ve->uart[0]);
	ve->common.host = ve->host;
	pl011_init(&ve->uart[0], console_tx, NULL);
	ve->uart[0].rx_room = uart_room;
	ve->uart[0].rx_room_ctx = ve->host;
	for (unsigned i = 1; i < VE_UARTS; i++)
		pl011_init(&ve->uart[i], NULL, NULL);
	for (unsigned i = 0; i < VE_UARTS; i++) {
		ve->uart[i].irq = gic_input(ve, GIC_SPI(VE_IRQ_UART0 + i));
		ve_map(&m->bus, VE_UART0 + i, &pl011_ops, &ve->uart[i]);
	}

	/* The Ethernet controller, its cable plugged into --net user. */
	ve->eth.irq = gic_input(ve, GIC_SPI(VE_IRQ_ETHERNET));
	lan9118_init(&ve->eth, &ve->common.clock, opts->net.mac, opts->net.user);
	ve_map(&m->bus, VE_ETHERNET, &lan9118_ops, &ve->eth);
	if (!map_display(m, ve) ||
	    (opts->net.user && !(ve->net = net_start(ve->host, &opts->net, &ve->eth)))) {
		vexpress_a9_destroy(m);
		return false;
	}
	return true;
}

void vexpress_a9_destroy(struct machine *m)
{
	struct vexpress_a9 *ve = m->board;
	display_destroy(ve->display);
	net_stop(ve->net);
	hostloop_stop(ve->host);
	sd_image_close(&ve->card);
	bus_destroy(&m->bus);
	free(m->board);
	m->board = NULL;
}
