/*
 * PL181 MultiMedia Card Interface (ARM DDI 0172). Registers (4 KiB region):
 *   0x00 MCIPower      0x04 MCIClock      0x08 MCIArgument   0x0c MCICommand
 *   0x10 MCIRespCmd    0x14-0x20 MCIResponse0-3              0x24 MCIDataTimer
 *   0x28 MCIDataLength 0x2c MCIDataCtrl   0x30 MCIDataCnt    0x34 MCIStatus
 *   0x38 MCIClear      0x3c MCIMask0      0x40 MCIMask1      0x48 MCIFifoCnt
 *   0x80-0xbc MCIFIFO  0xfe0-0xffc peripheral and PrimeCell IDs
 * IRQ outputs: MCIINTR0 (irq[0]) = status & mask0, MCIINTR1 (irq[1]) =
 * status & mask1 (vexpress: SPI 9 and 10).
 *
 * The card's bus runs infinitely fast: a command's response is there when
 * MCICommand is written; the receive FIFO fills from the card as soon as it
 * has room and words written to the transmit FIFO go to the card at once.
 * Commands reach the card only while it is powered (MCIPower on) and clocked
 * (MCIClock enable); otherwise, and when the card does not answer, they time
 * out. An R3 response (no CRC) sets CmdCrcFail as on the real interface.
 */
#include "log.h"
#include "sd.h"

#define MCI_POWER     0x00
#define MCI_CLOCK     0x04
#define MCI_ARGUMENT  0x08
#define MCI_COMMAND   0x0c
#define MCI_RESPCMD   0x10
#define MCI_RESPONSE0 0x14
#define MCI_DATATIMER 0x24
#define MCI_DATALENGTH 0x28
#define MCI_DATACTRL  0x2c
#define MCI_DATACNT   0x30
#define MCI_STATUS    0x34
#define MCI_CLEAR     0x38
#define MCI_MASK0     0x3c
#define MCI_MASK1     0x40
#define MCI_FIFOCNT   0x48
#define MCI_FIFO      0x80
#define MCI_FIFO_END  0xc0

#define MCI_POWER_ON  3u
#define MCI_CLOCK_ENABLE (1u << 8)

/* MCICommand. */
#define MCI_CMD_RESPONSE  (1u << 6)
#define MCI_CMD_LONGRSP   (1u << 7)
#define MCI_CMD_INTERRUPT (1u << 8)
#define MCI_CMD_ENABLE    (1u << 10)

/* MCIDataCtrl. */
#define MCI_DATA_ENABLE   (1u << 0)
#define MCI_DATA_READ     (1u << 1)   /* direction: from the card */

/* MCIStatus. */
#define MCI_CMDCRCFAIL    (1u << 0)
#define MCI_DATACRCFAIL   (1u << 1)
#define MCI_CMDTIMEOUT    (1u << 2)
#define MCI_DATATIMEOUT   (1u << 3)
#define MCI_CMDRESPEND    (1u << 6)
#define MCI_CMDSENT       (1u << 7)
#define MCI_DATAEND       (1u << 8)
#define MCI_DATABLOCKEND  (1u << 10)
#define MCI_TXACTIVE      (1u << 12)
#define MCI_RXACTIVE      (1u << 13)
#define MCI_TXFIFOHALFEMPTY (1u << 14)
#define MCI_RXFIFOHALFFULL  (1u << 15)
#define MCI_TXFIFOFULL    (1u << 16)
#define MCI_RXFIFOFULL    (1u << 17)
#define MCI_TXFIFOEMPTY   (1u << 18)
#define MCI_RXFIFOEMPTY   (1u << 19)
#define MCI_TXDATAAVLBL   (1u << 20)
#define MCI_RXDATAAVLBL   (1u << 21)
#define MCI_STATIC_FLAGS  0x7ffu

/* PL181 r1p0 (peripheral ID 0x00041181) and the PrimeCell ID. */
static const uint8_t pl181_id[8] = { 0x81, 0x11, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

static bool pl181_data_active(const struct pl181 *s, bool read)
{
	return (s->datactrl & MCI_DATA_ENABLE) &&
	       !(s->datactrl & MCI_DATA_READ) == !read;
}

/* The static flags and the FIFO's state of a transfer in progress. */
static uint32_t pl181_status(const struct pl181 *s)
{
	uint32_t st = s->status;
	unsigned n = s->fifo_len;

	if (pl181_data_active(s, true) && (s->datacnt || n)) {
		st |= MCI_RXACTIVE | (n ? MCI_RXDATAAVLBL : MCI_RXFIFOEMPTY);
		st |= (n >= PL181_FIFO_WORDS / 2 ? MCI_RXFIFOHALFFULL : 0) |
		      (n == PL181_FIFO_WORDS ? MCI_RXFIFOFULL : 0);
	} else if (pl181_data_active(s, false) && s->datacnt) {
		st |= MCI_TXACTIVE | MCI_TXFIFOEMPTY | MCI_TXFIFOHALFEMPTY;
	}
	return st;
}

/* Every FIFO word changes the status: drive a line only when its level
 * changes (each call makes the GIC look for the highest pending IRQ). */
static void pl181_update(struct pl181 *s)
{
	uint32_t st = pl181_status(s);
	for (unsigned i = 0; i < 2; i++) {
		bool level = (st & s->mask[i]) != 0;
		if (level != s->level[i]) {
			s->level[i] = level;
			irq_set(&s->irq[i], level);
		}
	}
}

/* DataCnt reached a block boundary or zero: the block and data end flags. */
static void pl181_count(struct pl181 *s, unsigned bytes)
{
	s->datacnt -= bytes;
	s->block_left -= bytes;
	if (s->block_left == 0) {
		s->status |= MCI_DATABLOCKEND;
		s->block_left = 1u << (s->datactrl >> 4 & 0xf);
	}
}

/* Move what the card sends into the receive FIFO while it has room. A card
 * that sends nothing leaves the data path waiting: after a command, that is a
 * data timeout. */
static void pl181_receive(struct pl181 *s, bool after_command)
{
	while (pl181_data_active(s, true) && s->datacnt && s->fifo_len < PL181_FIFO_WORDS) {
		unsigned n = s->datacnt < 4 ? s->datacnt : 4;
		uint32_t word = 0;
		for (unsigned i = 0; i < n; i++) {
			uint8_t b;
			if (!sd_card_read(s->card, &b)) {
				if (after_command || i)
					s->status |= MCI_DATATIMEOUT;
				return;
			}
			word |= (uint32_t)b << (8 * i);
		}
		s->fifo[(s->fifo_head + s->fifo_len++) % PL181_FIFO_WORDS] = word;
		pl181_count(s, n);
	}
}

/* A word written to the transmit FIFO goes to the card at once. */
static void pl181_transmit(struct pl181 *s, uint32_t word)
{
	if (!pl181_data_active(s, false) || !s->datacnt)
		return;
	unsigned n = s->datacnt < 4 ? s->datacnt : 4;
	for (unsigned i = 0; i < n; i++)
		if (!sd_card_write(s->card, (uint8_t)(word >> (8 * i)))) {
			s->status |= MCI_DATATIMEOUT;   /* no CRC status token */
			return;
		}
	pl181_count(s, n);
	if (!s->datacnt)
		s->status |= MCI_DATAEND;
}

static uint32_t pl181_fifo_pop(struct pl181 *s)
{
	if (!s->fifo_len)
		return 0;
	uint32_t w = s->fifo[s->fifo_head];
	s->fifo_head = (s->fifo_head + 1) % PL181_FIFO_WORDS;
	s->fifo_len--;
	pl181_receive(s, false);
	if (!s->fifo_len && !s->datacnt)
		s->status |= MCI_DATAEND;   /* the host has the last word */
	return w;
}

/* The command path state machine: send, then the response or a timeout. */
static void pl181_send_command(struct pl181 *s)
{
	unsigned index = s->command & 0x3f;
	bool want = s->command & MCI_CMD_RESPONSE, want_long = s->command & MCI_CMD_LONGRSP;
	uint32_t rsp[4] = { 0 };
	enum sd_rsp r = SD_RSP_NONE;

	if (s->command & MCI_CMD_INTERRUPT) {
		log_msg(LOG_UNIMP, "pl181: command waits for an interrupt: not sent");
		return;
	}
	if ((s->power & 3) == MCI_POWER_ON && (s->clock & MCI_CLOCK_ENABLE))
		r = sd_card_command(s->card, index, s->argument, rsp);
	if (!want) {
		s->status |= MCI_CMDSENT;
	} else if (r == SD_RSP_NONE || (want_long && r != SD_RSP_LONG)) {
		s->status |= MCI_CMDTIMEOUT;
	} else {
		for (unsigned i = 0; i < 4; i++)
			s->response[i] = want_long ? rsp[i] : i ? 0 : rsp[0];
		s->respcmd = r == SD_RSP_SHORT ? index : 0x3f;
		s->status |= r == SD_RSP_R3 || (r == SD_RSP_LONG) != want_long ?
			     MCI_CMDCRCFAIL : MCI_CMDRESPEND;
	}
	pl181_receive(s, true);
}

static uint32_t pl181_read(void *dev, uint32_t off, unsigned size)
{
	struct pl181 *s = dev;
	uint32_t v = 0;

	(void)size;
	if (off >= 0xfe0)
		return pl181_id[(off - 0xfe0) >> 2 & 7];
	if (off >= MCI_FIFO && off < MCI_FIFO_END) {
		v = pl181_fifo_pop(s);
		pl181_update(s);
		return v;
	}
	switch (off) {
	case MCI_POWER:      return s->power;
	case MCI_CLOCK:      return s->clock;
	case MCI_ARGUMENT:   return s->argument;
	case MCI_COMMAND:    return s->command;
	case MCI_RESPCMD:    return s->respcmd;
	case MCI_RESPONSE0: case MCI_RESPONSE0 + 4: case MCI_RESPONSE0 + 8: case MCI_RESPONSE0 + 12:
		return s->response[(off - MCI_RESPONSE0) / 4];
	case MCI_DATATIMER:  return s->datatimer;
	case MCI_DATALENGTH: return s->datalength;
	case MCI_DATACTRL:   return s->datactrl;
	case MCI_DATACNT:    return s->datacnt;
	case MCI_STATUS:     return pl181_status(s);
	case MCI_MASK0:      return s->mask[0];
	case MCI_MASK1:      return s->mask[1];
	/* Words still to pass through the FIFO: those the card has not sent
	 * (receive) or the host has not written (transmit). */
	case MCI_FIFOCNT:    return (s->datacnt + 3) / 4;
	default:
		log_msg(LOG_GUEST, "pl181: read of unknown register 0x%03x", off);
		return 0;
	}
}

/* MCIDataCtrl: enabling the data path loads DataCnt from MCIDataLength. */
static void pl181_data_control(struct pl181 *s, uint32_t v)
{
	s->datactrl = v & 0xff;
	s->fifo_len = s->fifo_head = 0;
	if (!(v & MCI_DATA_ENABLE))
		return;
	s->datacnt = s->datalength;
	s->block_left = 1u << (s->datactrl >> 4 & 0xf);
	pl181_receive(s, false);
}

static void pl181_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct pl181 *s = dev;

	(void)size;
	if (off >= MCI_FIFO && off < MCI_FIFO_END) {
		pl181_transmit(s, v);
		pl181_update(s);
		return;
	}
	switch (off) {
	case MCI_POWER:
		s->power = v & 0xff;
		if ((v & 3) == 0)
			sd_card_reset(s->card);     /* power off */
		break;
	case MCI_CLOCK:      s->clock = v & 0xfff; break;
	case MCI_ARGUMENT:   s->argument = v; break;
	case MCI_COMMAND:
		s->command = v & 0x7ff;
		if (v & MCI_CMD_ENABLE)
			pl181_send_command(s);
		break;
	case MCI_DATATIMER:  s->datatimer = v; break;
	case MCI_DATALENGTH: s->datalength = v & 0xffff; break;
	case MCI_DATACTRL:   pl181_data_control(s, v); break;
	case MCI_CLEAR:      s->status &= ~(v & MCI_STATIC_FLAGS); break;
	case MCI_MASK0:      s->mask[0] = v & 0x3fffff; break;
	case MCI_MASK1:      s->mask[1] = v & 0x3fffff; break;
	default:
		log_msg(LOG_GUEST, "pl181: write of 0x%x to read-only or unknown register 0x%03x",
			v, off);
		break;
	}
	pl181_update(s);
}

static void pl181_reset(void *dev)
{
	struct pl181 *s = dev;
	struct sd_card *card = s->card;
	struct irq_line irq0 = s->irq[0], irq1 = s->irq[1];

	/* level: unknown, so that the update drives both lines */
	*s = (struct pl181){ .card = card, .irq = { irq0, irq1 }, .level = { true, true } };
	sd_card_reset(card);
	pl181_update(s);
}

void pl181_init(struct pl181 *s, struct sd_card *card)
{
	s->card = card;
	pl181_reset(s);
}

const struct dev_ops pl181_ops = { "pl181", pl181_read, pl181_write, pl181_reset };
