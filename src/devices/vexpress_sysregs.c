/*
 * Versatile Express V2M-P1 motherboard system registers (ARM DUI 0447,
 * "Motherboard Express uATX Technical Reference Manual", 4.3), as on QEMU's
 * vexpress-a9 (the CoreTile Express A9x4 daughterboard in site 1).
 *
 * Registers (4 KiB region, no IRQ output):
 *   0x000 SYS_ID        0x004 SYS_SW         0x008 SYS_LED
 *   0x024 SYS_100HZ     0x030 SYS_FLAGS/SET  0x034 SYS_FLAGSCLR
 *   0x038 SYS_NVFLAGS/SET                    0x03c SYS_NVFLAGSCLR
 *   0x048 SYS_MCI       0x04c SYS_FLASH      0x058 SYS_CFGSW
 *   0x05c SYS_24MHZ     0x060 SYS_MISC       0x064 SYS_DMA
 *   0x084 SYS_PROCID0   0x088 SYS_PROCID1
 *   0x0a0 SYS_CFGDATA   0x0a4 SYS_CFGCTRL    0x0a8 SYS_CFGSTAT
 *
 * A write of SYS_CFGCTRL with START set performs one configuration function on
 * one device (DUI 0447 4.3.19): oscillator and voltage reads return the values
 * QEMU's vexpress-a9 reports (those the vexpress DTB names), SHUTDOWN stops the
 * machine with status 0 and REBOOT stops it with STOP_REBOOT.
 */
#include "board.h"
#include "log.h"

#define SYS_ID       0x000
#define SYS_SW       0x004
#define SYS_LED      0x008
#define SYS_100HZ    0x024
#define SYS_FLAGS    0x030   /* read: SYS_FLAGS, write: SYS_FLAGSSET */
#define SYS_FLAGSCLR 0x034
#define SYS_NVFLAGS  0x038   /* read: SYS_NVFLAGS, write: SYS_NVFLAGSSET */
#define SYS_NVFLAGSCLR 0x03c
#define SYS_MCI      0x048
#define SYS_FLASH    0x04c
#define SYS_CFGSW    0x058
#define SYS_24MHZ    0x05c
#define SYS_MISC     0x060
#define SYS_DMA      0x064
#define SYS_PROCID0  0x084
#define SYS_PROCID1  0x088
#define SYS_CFGDATA  0x0a0
#define SYS_CFGCTRL  0x0a4
#define SYS_CFGSTAT  0x0a8

/* SYS_CFGCTRL fields (DUI 0447 table 4-30). */
#define SYS_CFGCTRL_START  (1u << 31)
#define SYS_CFGCTRL_WRITE  (1u << 30)
#define SYS_CFGCTRL_DCC(v)      (((v) >> 26) & 0xf)
#define SYS_CFGCTRL_FUNC(v)     (((v) >> 20) & 0x3f)
#define SYS_CFGCTRL_SITE(v)     (((v) >> 16) & 0x3)
#define SYS_CFGCTRL_POSITION(v) (((v) >> 12) & 0xf)
#define SYS_CFGCTRL_DEVICE(v)   ((v) & 0xfff)
#define SYS_CFGCTRL_RESERVED (3u << 18)

#define SYS_CFGSTAT_COMPLETE 1u
#define SYS_CFGSTAT_ERROR    2u

/* Configuration functions (DUI 0447 table 4-31). */
enum sys_cfg_function {
	SYS_CFG_OSC = 1, SYS_CFG_VOLT = 2, SYS_CFG_AMP = 3, SYS_CFG_TEMP = 4,
	SYS_CFG_RESET = 5, SYS_CFG_SCC = 6, SYS_CFG_MUXFPGA = 7,
	SYS_CFG_SHUTDOWN = 8, SYS_CFG_REBOOT = 9, SYS_CFG_DVIMODE = 11,
	SYS_CFG_POWER = 12, SYS_CFG_ENERGY = 13
};

enum sys_cfg_site { SYS_CFG_SITE_MB = 0, SYS_CFG_SITE_DB1 = 1, SYS_CFG_SITE_DB2 = 2 };

/* What QEMU's vexpress-a9 reports: SYS_ID (rev 1, HBI 0x190, build 0xf, AXI
 * bus), and SYS_PROCID0 of the CoreTile A9x4 (HBI 0x191); site 2 is empty. */
#define VEXPRESS_A9_SYS_ID   0x1190f500u
#define VEXPRESS_A9_PROCID0  0x0c000191u
#define VEXPRESS_A9_PROCID1  0xff000000u

/* Motherboard oscillators OSC0-OSC5 at reset, in Hz. */
static const uint32_t vexpress_mb_osc_reset[VEXPRESS_SYSREGS_MB_OSCS] = {
	50000000,   /* OSC0: static memory controller clock */
	23750000,   /* OSC1: motherboard CLCD pixel clock */
	24000000,   /* OSC2: peripheral clock */
	24000000,   /* OSC3: reserved */
	24000000,   /* OSC4: system bus global clock */
	24000000,   /* OSC5: reserved */
};

/* CoreTile A9x4 oscillators at reset, in Hz. */
static const uint32_t vexpress_db_osc_reset[VEXPRESS_SYSREGS_DB_OSCS] = {
	45000000,   /* OSCCLK0: AXI ACLK */
	23750000,   /* OSCCLK1: daughterboard CLCD clock */
	66670000,   /* OSCCLK2: test chip reference clock */
};

/* CoreTile A9x4 voltage sensors, in microvolts. */
static const uint32_t vexpress_db_volt[] = {
	1000000,    /* VD10: SoC internal logic */
	1000000,    /* VD10_S2: PL310, L2 cache, RAM */
	1000000,    /* VD10_S3: Cortex-A9 cores, SCU */
	1800000,    /* VCC1V8: DDR2 SDRAM, test chip DDR2 I/O */
	900000,     /* DDR2VTT: DDR2 termination */
	3300000,    /* VCC3V3: local board supply */
};
#define VEXPRESS_MB_VIO 3300000u   /* motherboard VIO: the only motherboard sensor */

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static void sysregs_reset(void *dev)
{
	struct vexpress_sysregs *s = dev;

	s->leds = s->flags = 0;     /* SYS_MCI follows the card socket's switches */
	s->cfgdata = s->cfgctrl = s->cfgstat = 0;
	for (unsigned i = 0; i < VEXPRESS_SYSREGS_MB_OSCS; i++)
		s->mb_osc[i] = vexpress_mb_osc_reset[i];
	for (unsigned i = 0; i < VEXPRESS_SYSREGS_DB_OSCS; i++)
		s->db_osc[i] = vexpress_db_osc_reset[i];
}

void vexpress_sysregs_init(struct vexpress_sysregs *s, struct cpu *cpu,
			   uint64_t (*clock_ns)(void *ctx), void *clock_ctx)
{
	s->sys_id = VEXPRESS_A9_SYS_ID;
	s->proc_id0 = VEXPRESS_A9_PROCID0;
	s->proc_id1 = VEXPRESS_A9_PROCID1;
	s->nvflags = 0;     /* non-volatile: kept across a board reset */
	s->mci = 0;         /* no card: the board sets it from the socket */
	s->cpu = cpu;
	s->clock_ns = clock_ns;
	s->clock_ctx = clock_ctx;
	s->start_ns = clock_ns(clock_ctx);
	sysregs_reset(s);
}

static uint64_t sysregs_elapsed_ns(const struct vexpress_sysregs *s)
{
	return s->clock_ns(s->clock_ctx) - s->start_ns;
}

/* The oscillator a configuration function names, or NULL. */
static uint32_t *sysregs_osc(struct vexpress_sysregs *s, unsigned site, unsigned device)
{
	if (site == SYS_CFG_SITE_MB && device < VEXPRESS_SYSREGS_MB_OSCS)
		return &s->mb_osc[device];
	if (site == SYS_CFG_SITE_DB1 && device < VEXPRESS_SYSREGS_DB_OSCS)
		return &s->db_osc[device];
	return NULL;
}

/* A configuration read; false when the device does not exist. */
static bool sysregs_cfg_read(struct vexpress_sysregs *s, unsigned func,
			     unsigned site, unsigned device, uint32_t *val)
{
	const uint32_t *osc = sysregs_osc(s, site, device);

	if (func == SYS_CFG_OSC && osc)
		*val = *osc;
	else if (func == SYS_CFG_VOLT && site == SYS_CFG_SITE_MB && device == 0)
		*val = VEXPRESS_MB_VIO;
	else if (func == SYS_CFG_VOLT && site == SYS_CFG_SITE_DB1 &&
		 device < ARRAY_LEN(vexpress_db_volt))
		*val = vexpress_db_volt[device];
	else
		return false;
	return true;
}

/* A configuration write; false when the device does not exist. */
static bool sysregs_cfg_write(struct vexpress_sysregs *s, unsigned func,
			      unsigned site, unsigned device, uint32_t val)
{
	bool mb0 = site == SYS_CFG_SITE_MB && device == 0;
	uint32_t *osc = sysregs_osc(s, site, device);

	switch (func) {
	case SYS_CFG_OSC:
		if (!osc)
			return false;
		*osc = val;
		return true;
	case SYS_CFG_MUXFPGA:
	case SYS_CFG_DVIMODE:
		return mb0;     /* video routing: nothing to do without a display */
	case SYS_CFG_SHUTDOWN:
		if (mb0)
			cpu_request_stop(s->cpu, STOP_SHUTDOWN, 0);
		return mb0;
	case SYS_CFG_REBOOT:
		if (mb0)
			cpu_request_stop(s->cpu, STOP_REBOOT, 0);
		return mb0;
	default:
		return false;
	}
}

/* SYS_CFGCTRL written with START set: perform the function, set CFGSTAT. */
static void sysregs_cfg_start(struct vexpress_sysregs *s)
{
	uint32_t ctrl = s->cfgctrl;
	unsigned func = SYS_CFGCTRL_FUNC(ctrl), site = SYS_CFGCTRL_SITE(ctrl);
	unsigned device = SYS_CFGCTRL_DEVICE(ctrl);
	bool write = ctrl & SYS_CFGCTRL_WRITE;
	bool ok = false;

	/* Only DCC 0 and board-stack position 0 exist on this board. */
	if (SYS_CFGCTRL_DCC(ctrl) == 0 && SYS_CFGCTRL_POSITION(ctrl) == 0) {
		if (write)
			ok = sysregs_cfg_write(s, func, site, device, s->cfgdata);
		else
			ok = sysregs_cfg_read(s, func, site, device, &s->cfgdata);
	}
	s->cfgstat = SYS_CFGSTAT_COMPLETE | (ok ? 0 : SYS_CFGSTAT_ERROR);
	if (!ok)
		log_msg(LOG_UNIMP, "vexpress-sysregs: SYS_CFGCTRL %s of function %u, "
			"DCC %u, site %u, position %u, device %u",
			write ? "write" : "read", func, SYS_CFGCTRL_DCC(ctrl), site,
			SYS_CFGCTRL_POSITION(ctrl), device);
}

static uint32_t sysregs_read(void *dev, uint32_t offset, unsigned size)
{
	struct vexpress_sysregs *s = dev;

	(void)size;
	switch (offset) {
	case SYS_ID: return s->sys_id;
	case SYS_SW:        /* user switches all off */
	case SYS_FLASH:
	case SYS_CFGSW:
	case SYS_MISC:
	case SYS_DMA:     return 0;
	case SYS_LED:     return s->leds;
	case SYS_100HZ:   return (uint32_t)(sysregs_elapsed_ns(s) / 10000000u);
	case SYS_FLAGS:   return s->flags;
	case SYS_NVFLAGS: return s->nvflags;
	case SYS_MCI:     return s->mci;
	case SYS_24MHZ:
		return (uint32_t)(sysregs_elapsed_ns(s) * 3 / 125);   /* 24 / 1000 */
	case SYS_PROCID0: return s->proc_id0;
	case SYS_PROCID1: return s->proc_id1;
	case SYS_CFGDATA: return s->cfgdata;
	case SYS_CFGCTRL: return s->cfgctrl;
	case SYS_CFGSTAT: return s->cfgstat;
	default:
		log_msg(LOG_GUEST, "vexpress-sysregs: read of unknown register 0x%03x",
			offset);
		return 0;
	}
}

static void sysregs_write(void *dev, uint32_t offset, uint32_t val, unsigned size)
{
	struct vexpress_sysregs *s = dev;

	(void)size;
	switch (offset) {
	case SYS_LED:
		s->leds = val & 0xff;
		break;
	case SYS_FLAGS:
		s->flags |= val;
		break;
	case SYS_FLAGSCLR:
		s->flags &= ~val;
		break;
	case SYS_NVFLAGS:
		s->nvflags |= val;
		break;
	case SYS_NVFLAGSCLR:
		s->nvflags &= ~val;
		break;
	case SYS_FLASH:
	case SYS_CFGSW:
	case SYS_MISC:
	case SYS_DMA:
		break;      /* no flash write-enable, switches, MISC or DMA routing to model */
	case SYS_CFGDATA:
		s->cfgdata = val;
		break;
	case SYS_CFGCTRL:
		/* START triggers the function and always reads as zero. */
		s->cfgctrl = val & ~(SYS_CFGCTRL_START | SYS_CFGCTRL_RESERVED);
		if (val & SYS_CFGCTRL_START)
			sysregs_cfg_start(s);
		break;
	case SYS_CFGSTAT:
		s->cfgstat = val & (SYS_CFGSTAT_COMPLETE | SYS_CFGSTAT_ERROR);
		break;
	default:
		log_msg(LOG_GUEST, "vexpress-sysregs: write of 0x%x to read-only or "
			"unknown register 0x%03x", val, offset);
		break;
	}
}

const struct dev_ops vexpress_sysregs_ops = { "vexpress-sysregs", sysregs_read, sysregs_write,
					      sysregs_reset };
