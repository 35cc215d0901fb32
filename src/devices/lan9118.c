/*
 * SMSC LAN9118 10/100 Ethernet controller (datasheet rev. 1.5), as the
 * vexpress motherboard wires it: a 32-bit bus, IRQ active high push-pull.
 * Only address bits [7:2] are decoded (the board's 64 KiB window aliases).
 *   0x00-0x1c RX data FIFO port     0x20-0x3c TX data FIFO port
 *   0x40 RX status FIFO  0x44 its peek  0x48 TX status FIFO  0x4c its peek
 *   0x50 ID_REV  0x54 IRQ_CFG  0x58 INT_STS  0x5c INT_EN  0x64 BYTE_TEST
 *   0x68 FIFO_INT  0x6c RX_CFG  0x70 TX_CFG  0x74 HW_CFG  0x78 RX_DP_CTRL
 *   0x7c RX_FIFO_INF  0x80 TX_FIFO_INF  0x84 PMT_CTRL  0x88 GPIO_CFG
 *   0x8c GPT_CFG  0x90 GPT_CNT  0x98 WORD_SWAP  0x9c FREE_RUN  0xa0 RX_DROP
 *   0xa4 MAC_CSR_CMD  0xa8 MAC_CSR_DATA  0xac AFC_CFG  0xb0 E2P_CMD  0xb4 E2P_DATA
 * IRQ output: irq, high while IRQ_CFG.IRQ_EN and INT_STS & INT_EN (IRQ_POL,
 * IRQ_TYPE and the deassertion interval do not change what the GIC sees).
 *
 * The wire is infinitely fast: a frame leaves when its last TX buffer is in
 * the data FIFO (with TX_CFG.TX_ON and MAC_CR.TXEN; otherwise it is lost),
 * and its status is in the TX status FIFO at once. In MAC loopback
 * (MAC_CR.LOOPBK) or PHY loopback (BMCR bit 14, which the Linux driver
 * tests before it opens the device) it is received instead. A received frame goes to
 * the RX FIFOs with its FCS, after RX_CFG.RXDOFF bytes and padded to the end
 * alignment; when they have no room the network holds the frame back (no
 * frame is dropped: RX_DROP stays 0). The level interrupts (RSFL, RSFF,
 * TSFL, TSFF, TDFA) are set whenever their condition holds. The power
 * management states, the GPIO pins and the GPT interrupt are not modelled:
 * PMT_CTRL and GPIO_CFG keep what is written, GPT_CNT counts but does not
 * interrupt; WORD_SWAP is kept and has no effect.
 */
#include <string.h>

#include "lan9118.h"
#include "log.h"
#include "vclock.h"

enum lan9118_reg {
	RX_DATA = 0x00, TX_DATA = 0x20, RX_STATUS = 0x40, RX_STATUS_PEEK = 0x44,
	TX_STATUS = 0x48, TX_STATUS_PEEK = 0x4c, ID_REV = 0x50, IRQ_CFG = 0x54,
	INT_STS = 0x58, INT_EN = 0x5c, BYTE_TEST = 0x64, FIFO_INT = 0x68,
	RX_CFG = 0x6c, TX_CFG = 0x70, HW_CFG = 0x74, RX_DP_CTRL = 0x78,
	RX_FIFO_INF = 0x7c, TX_FIFO_INF = 0x80, PMT_CTRL = 0x84, GPIO_CFG = 0x88,
	GPT_CFG = 0x8c, GPT_CNT = 0x90, WORD_SWAP = 0x98, FREE_RUN = 0x9c,
	RX_DROP = 0xa0, MAC_CSR_CMD = 0xa4, MAC_CSR_DATA = 0xa8, AFC_CFG = 0xac,
	E2P_CMD = 0xb0, E2P_DATA = 0xb4,
};

#define ID_REV_LAN9118  0x01180001u
#define IRQ_CFG_IRQ_EN  (1u << 8)
#define IRQ_CFG_IRQ_INT (1u << 12)
#define INT_SW          (1u << 31)
#define INT_TXSTOP      (1u << 25)
#define INT_TX_IOC      (1u << 21)
#define INT_TXSO        (1u << 16)
#define INT_TXE         (1u << 13)
#define INT_TDFO        (1u << 10)
#define INT_TDFA        (1u << 9)
#define INT_TSFF        (1u << 8)
#define INT_TSFL        (1u << 7)
#define INT_RSFF        (1u << 4)
#define INT_RSFL        (1u << 3)
#define TX_CFG_TX_ON    (1u << 1)
#define TX_CFG_STOP_TX  (1u << 0)
#define HW_CFG_SRST     (1u << 0)
#define HW_CFG_32BIT    (1u << 2)
#define PMT_CTRL_READY  (1u << 0)
#define PMT_CTRL_PHY_RST (1u << 10)
#define GPT_CFG_EN      (1u << 29)
#define TX_CMD_A_IOC    (1u << 31)
#define TX_CMD_A_FIRST  (1u << 13)
#define TX_CMD_A_LAST   (1u << 12)
#define MAC_CR_LOOPBK   (1u << 21)
#define BMCR_LOOPBACK   (1u << 14)

enum { TX_WANT_A, TX_WANT_B, TX_WANT_DATA };

/* FIFO sizes from HW_CFG.TX_FIF_SZ (datasheet table 5-5): the TX side has
 * TX_FIF_SZ KiB less its 512-byte status FIFO; the RX side the rest, a
 * sixteenth of it for status. */
static unsigned tx_fifo_kib(const struct lan9118 *s)
{
	unsigned n = (s->hw_cfg >> 16) & 15;
	return n < 2 ? 2 : n > 14 ? 14 : n;
}

static unsigned tx_data_size(const struct lan9118 *s)
{
	return tx_fifo_kib(s) * 1024 - 512;
}

static unsigned rx_sts_size(const struct lan9118 *s)
{
	return (LAN9118_FIFO_BYTES - tx_fifo_kib(s) * 1024) / 64;
}

static unsigned rx_data_size(const struct lan9118 *s)
{
	return (LAN9118_FIFO_BYTES - tx_fifo_kib(s) * 1024) / 16 * 15;
}

static unsigned tx_data_free(const struct lan9118 *s)
{
	return tx_data_size(s) - s->tx_fifo_used;
}

/* End alignment of RX_CFG[31:30] and TX command A[25:24]: 4, 16, 32 bytes. */
static unsigned end_align(uint32_t field)
{
	static const unsigned align[4] = { 4, 16, 32, 4 };
	return align[field & 3];
}

void lan9118_update(struct lan9118 *s)
{
	uint32_t level = 0;

	if (s->rx_sts_used > (s->fifo_int & 0xff))
		level |= INT_RSFL;
	if (s->rx_sts_used >= rx_sts_size(s))
		level |= INT_RSFF;
	if (s->tx_sts_used > ((s->fifo_int >> 16) & 0xff))
		level |= INT_TSFL;
	if (s->tx_sts_used >= LAN9118_TX_STS_MAX)
		level |= INT_TSFF;
	if (tx_data_free(s) > (s->fifo_int >> 24) * 64)
		level |= INT_TDFA;
	s->int_sts = (s->int_sts & ~LAN9118_INT_PHY) | level |
		     ((s->phy_isr & s->phy_imr) ? LAN9118_INT_PHY : 0);
	bool pending = (s->int_sts & s->int_en) != 0;
	s->irq_cfg = (s->irq_cfg & ~IRQ_CFG_IRQ_INT) | (pending ? IRQ_CFG_IRQ_INT : 0);
	irq_set(&s->irq, pending && (s->irq_cfg & IRQ_CFG_IRQ_EN));
}

static void rx_clear(struct lan9118 *s)
{
	s->rx_head = s->rx_used = s->rx_sts_head = s->rx_sts_used = s->rx_left = 0;
}

static void tx_clear_data(struct lan9118 *s)
{
	s->tx_state = TX_WANT_A;
	s->tx_fifo_used = s->tx_len = 0;
}

/* HW_CFG.SRST: everything but IRQ_CFG's polarity and type and the PHY
 * (5.3.9); the MAC address is loaded from the EEPROM again. */
static void soft_reset(struct lan9118 *s)
{
	s->irq_cfg &= 0x11;
	s->int_sts = s->int_en = 0;
	s->fifo_int = 0x48000000;
	s->rx_cfg = s->tx_cfg = 0;
	s->hw_cfg = 0x00050000 | HW_CFG_32BIT;
	s->pmt_ctrl = PMT_CTRL_READY;
	s->gpio_cfg = 0;
	s->gpt_cfg = 0xffff;
	s->word_swap = s->afc_cfg = s->rx_drop = 0;
	s->e2p_data = s->mac_csr_cmd = s->mac_csr_data = 0;
	s->free_run_start = s->gpt_start = vclock_now(s->clock);
	rx_clear(s);
	tx_clear_data(s);
	s->tx_sts_head = s->tx_sts_used = 0;
	lan9118_mac_reset(s);
	lan9118_update(s);
}

static void lan9118_reset(void *dev)
{
	struct lan9118 *s = dev;
	s->irq_cfg = 0;
	s->eeprom_writable = false;
	lan9118_phy_reset(s);
	soft_reset(s);
}

void lan9118_init(struct lan9118 *s, struct vclock *clock, const uint8_t mac[6], bool link)
{
	s->clock = clock;
	s->link = link;
	memset(s->eeprom, 0xff, sizeof(s->eeprom));
	s->eeprom[0] = 0xa5;
	memcpy(&s->eeprom[1], mac, 6);
	lan9118_reset(s);
}

/* RX FIFO space was freed: a frame the network holds back may fit now. */
static void rx_freed(struct lan9118 *s)
{
	if (s->rx_blocked && s->rx_used + LAN9118_FRAME_MAX <= rx_data_size(s) &&
	    s->rx_sts_used < rx_sts_size(s)) {
		s->rx_blocked = false;
		if (s->rx_room)
			s->rx_room(s->net_ctx);
	}
}

static void rx_push(struct lan9118 *s, const uint8_t *p, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		s->rx_data[(s->rx_head + s->rx_used++) % LAN9118_FIFO_BYTES] = p ? p[i] : 0;
}

bool lan9118_receive(struct lan9118 *s, const uint8_t *frame, unsigned len)
{
	static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

	if (!(s->mac[LAN9118_MAC_CR] & LAN9118_MAC_CR_RXEN) || len < 14 ||
	    len > LAN9118_FRAME_MAX - 64 || !lan9118_mac_accepts(s, frame))
		return true;        /* lost on the wire */
	unsigned padded = len < 60 ? 60 : len;          /* the sender pads to 64 with FCS */
	unsigned offset = (s->rx_cfg >> 8) & 31;
	unsigned align = end_align(s->rx_cfg >> 30);
	unsigned bytes = (offset + padded + 4 + align - 1) / align * align;
	if (s->rx_used + bytes > rx_data_size(s) || s->rx_sts_used >= rx_sts_size(s)) {
		s->rx_blocked = true;
		return false;
	}
	uint8_t body[LAN9118_FRAME_MAX];
	memcpy(body, frame, len);
	memset(body + len, 0, padded - len);
	uint32_t fcs = ~lan9118_crc32(body, padded);
	for (unsigned i = 0; i < 4; i++)
		body[padded + i] = (uint8_t)(fcs >> (8 * i));
	rx_push(s, NULL, offset);
	rx_push(s, body, padded + 4);
	rx_push(s, NULL, bytes - offset - padded - 4);

	/* RX status (5.4.3): length with FCS, broadcast, multicast, type frame. */
	uint32_t sts = (padded + 4) << 16;
	if (!memcmp(frame, bcast, 6))
		sts |= 1u << 13;
	else if (frame[0] & 1)
		sts |= 1u << 10;
	if ((frame[12] << 8 | frame[13]) >= 0x600)
		sts |= 1u << 5;
	unsigned slot = (s->rx_sts_head + s->rx_sts_used++) % LAN9118_RX_STS_MAX;
	s->rx_sts[slot] = sts;
	s->rx_sts_bytes[slot] = bytes;
	lan9118_update(s);
	return true;
}

static uint32_t rx_data_read(struct lan9118 *s)
{
	uint32_t w = 0;
	for (unsigned i = 0; i < 4 && s->rx_used; i++) {
		w |= (uint32_t)s->rx_data[s->rx_head] << (8 * i);
		s->rx_head = (s->rx_head + 1) % LAN9118_FIFO_BYTES;
		s->rx_used--;
		if (s->rx_left)
			s->rx_left--;
	}
	rx_freed(s);
	return w;
}

static uint32_t rx_status_read(struct lan9118 *s, bool pop)
{
	if (!s->rx_sts_used)
		return 0;
	uint32_t sts = s->rx_sts[s->rx_sts_head];
	if (pop) {
		s->rx_left = s->rx_sts_bytes[s->rx_sts_head];
		s->rx_sts_head = (s->rx_sts_head + 1) % LAN9118_RX_STS_MAX;
		s->rx_sts_used--;
		lan9118_update(s);
		rx_freed(s);
	}
	return sts;
}

/* RX_DP_CTRL.RX_FFWD: skip the rest of the frame whose status was read. */
static void rx_fast_forward(struct lan9118 *s)
{
	unsigned n = s->rx_left < s->rx_used ? s->rx_left : s->rx_used;
	s->rx_head = (s->rx_head + n) % LAN9118_FIFO_BYTES;
	s->rx_used -= n;
	s->rx_left = 0;
	rx_freed(s);
}

static uint32_t tx_status_read(struct lan9118 *s, bool pop)
{
	if (!s->tx_sts_used)
		return 0;
	uint32_t sts = s->tx_sts[s->tx_sts_head];
	if (pop) {
		s->tx_sts_head = (s->tx_sts_head + 1) % LAN9118_TX_STS_MAX;
		s->tx_sts_used--;
		lan9118_update(s);
	}
	return sts;
}

/* The last buffer of a frame is in: send it and report its status (5.6.3). */
static void tx_frame_done(struct lan9118 *s)
{
	bool bad = s->tx_bad || s->tx_len != (s->tx_cmd_b & 0x7ff);
	bool on = (s->tx_cfg & TX_CFG_TX_ON) && (s->mac[LAN9118_MAC_CR] & LAN9118_MAC_CR_TXEN);

	if (bad)
		s->int_sts |= INT_TXE;
	else if (on && ((s->mac[LAN9118_MAC_CR] & MAC_CR_LOOPBK) || (s->phy_bmcr & BMCR_LOOPBACK)))
		lan9118_receive(s, s->tx_frame, s->tx_len);
	else if (on && s->send)
		s->send(s->net_ctx, s->tx_frame, s->tx_len);
	else if (!on)
		log_msg(LOG_GUEST, "lan9118: frame written while the transmitter is off: lost");
	tx_clear_data(s);
	uint32_t sts = (s->tx_cmd_b & 0xffff0000u) | (bad ? 1u << 15 : 0);
	if (s->tx_sts_used < LAN9118_TX_STS_MAX)
		s->tx_sts[(s->tx_sts_head + s->tx_sts_used++) % LAN9118_TX_STS_MAX] = sts;
	else
		s->int_sts |= INT_TXSO;
	if (s->tx_cmd_a & TX_CMD_A_IOC)
		s->int_sts |= INT_TX_IOC;
}

static void tx_command_b(struct lan9118 *s)
{
	uint32_t a = s->tx_cmd_a;
	unsigned size = a & 0x7ff, offset = (a >> 16) & 31, align = end_align(a >> 24);

	if (a & TX_CMD_A_FIRST) {
		s->tx_len = 0;
		s->tx_bad = false;
	}
	s->tx_skip = offset;
	s->tx_buf_left = size;
	s->tx_words = (offset + size + align - 1) / align * align / 4;
	s->tx_state = TX_WANT_DATA;
}

static void tx_data_write(struct lan9118 *s, uint32_t w)
{
	if (s->tx_fifo_used + 4 > tx_data_size(s)) {
		s->int_sts |= INT_TDFO;
		return;
	}
	s->tx_fifo_used += 4;
	switch (s->tx_state) {
	case TX_WANT_A:
		s->tx_cmd_a = w;
		s->tx_state = TX_WANT_B;
		return;
	case TX_WANT_B:
		s->tx_cmd_b = w;
		tx_command_b(s);
		if (s->tx_words)
			return;
		break;
	default:
		for (unsigned i = 0; i < 4; i++) {
			if (s->tx_skip) {
				s->tx_skip--;
			} else if (s->tx_buf_left) {
				s->tx_buf_left--;
				if (s->tx_len < LAN9118_FRAME_MAX)
					s->tx_frame[s->tx_len++] = (uint8_t)(w >> (8 * i));
				else
					s->tx_bad = true;
			}
		}
		if (--s->tx_words)
			return;
		break;
	}
	s->tx_state = TX_WANT_A;
	if (s->tx_cmd_a & TX_CMD_A_LAST)
		tx_frame_done(s);
}

static uint32_t gpt_count(struct lan9118 *s)
{
	if (!(s->gpt_cfg & GPT_CFG_EN))
		return s->gpt_cfg & 0xffff;
	uint64_t ticks = (vclock_now(s->clock) - s->gpt_start) / 100000;   /* 100 us */
	return (uint32_t)((s->gpt_cfg & 0xffff) - ticks) & 0xffff;
}

static uint32_t lan9118_read(void *dev, uint32_t offset, unsigned size)
{
	struct lan9118 *s = dev;

	(void)size;
	offset &= 0xfc;
	if (offset < TX_DATA)
		return rx_data_read(s);
	switch (offset) {
	case RX_STATUS: case RX_STATUS_PEEK:
		return rx_status_read(s, offset == RX_STATUS);
	case TX_STATUS: case TX_STATUS_PEEK:
		return tx_status_read(s, offset == TX_STATUS);
	case ID_REV: return ID_REV_LAN9118;
	case IRQ_CFG: return s->irq_cfg;
	case INT_STS: return s->int_sts;
	case INT_EN: return s->int_en;
	case BYTE_TEST: return 0x87654321;
	case FIFO_INT: return s->fifo_int;
	case RX_CFG: return s->rx_cfg;
	case TX_CFG: return s->tx_cfg;
	case HW_CFG: return s->hw_cfg;
	case RX_DP_CTRL: return 0;      /* a fast forward is over at once */
	case RX_FIFO_INF: return s->rx_sts_used << 16 | s->rx_used;
	case TX_FIFO_INF: return s->tx_sts_used << 16 | tx_data_free(s);
	case PMT_CTRL: return s->pmt_ctrl;
	case GPIO_CFG: return s->gpio_cfg;
	case GPT_CFG: return s->gpt_cfg;
	case GPT_CNT: return gpt_count(s);
	case WORD_SWAP: return s->word_swap;
	case FREE_RUN:          /* 25 MHz */
		return (uint32_t)((vclock_now(s->clock) - s->free_run_start) / 40);
	case RX_DROP: return s->rx_drop;
	case MAC_CSR_CMD: return s->mac_csr_cmd;
	case MAC_CSR_DATA: return s->mac_csr_data;
	case AFC_CFG: return s->afc_cfg;
	case E2P_CMD: return s->e2p_cmd;
	case E2P_DATA: return s->e2p_data;
	default:
		log_msg(LOG_GUEST, "lan9118: read of unknown register 0x%02x", offset);
		return 0;
	}
}

static void write_control(struct lan9118 *s, uint32_t offset, uint32_t val)
{
	switch (offset) {
	case IRQ_CFG:
		s->irq_cfg = (s->irq_cfg & IRQ_CFG_IRQ_INT) | (val & 0xff000111);
		break;
	case INT_STS:
		s->int_sts &= ~val;
		break;
	case INT_EN:
		s->int_en = val & 0x83fffeff;
		if (val & INT_SW)
			s->int_sts |= INT_SW;
		break;
	case FIFO_INT:
		s->fifo_int = val;
		break;
	case RX_CFG:
		if (val & (1u << 15)) {          /* RX_DUMP */
			rx_clear(s);
			rx_freed(s);
		}
		s->rx_cfg = val & 0xcfff1f00;
		break;
	case TX_CFG:
		if (val & (1u << 14))            /* TXD_DUMP */
			tx_clear_data(s);
		if (val & (1u << 15))            /* TXS_DUMP */
			s->tx_sts_used = 0;
		s->tx_cfg = val & (TX_CFG_TX_ON | 4);
		if (val & TX_CFG_STOP_TX) {
			s->tx_cfg &= ~TX_CFG_TX_ON;
			s->int_sts |= INT_TXSTOP;
		}
		break;
	case HW_CFG:
		if (val & HW_CFG_SRST)
			soft_reset(s);
		else
			s->hw_cfg = (val & 0x003f3000) | HW_CFG_32BIT;
		break;
	}
}

static void lan9118_write(void *dev, uint32_t offset, uint32_t val, unsigned size)
{
	struct lan9118 *s = dev;

	(void)size;
	offset &= 0xfc;
	if (offset >= TX_DATA && offset < RX_STATUS) {
		tx_data_write(s, val);
		lan9118_update(s);
		return;
	}
	switch (offset) {
	case IRQ_CFG: case INT_STS: case INT_EN: case FIFO_INT:
	case RX_CFG: case TX_CFG: case HW_CFG:
		write_control(s, offset, val);
		break;
	case RX_DP_CTRL:
		if (val & (1u << 31))
			rx_fast_forward(s);
		break;
	case PMT_CTRL:
		if (val & PMT_CTRL_PHY_RST)
			lan9118_phy_reset(s);
		s->pmt_ctrl = (val & 0x3346) | PMT_CTRL_READY;
		break;
	case GPIO_CFG: s->gpio_cfg = val & 0x77770737; break;
	case GPT_CFG:
		if ((val & GPT_CFG_EN) && !(s->gpt_cfg & GPT_CFG_EN))
			s->gpt_start = vclock_now(s->clock);
		s->gpt_cfg = val & (GPT_CFG_EN | 0xffff);
		break;
	case WORD_SWAP: s->word_swap = val; break;
	case MAC_CSR_CMD: lan9118_csr_command(s, val); break;
	case MAC_CSR_DATA: s->mac_csr_data = val; break;
	case AFC_CFG: s->afc_cfg = val & 0x00ffffff; break;
	case E2P_CMD: lan9118_e2p_command(s, val); break;
	case E2P_DATA: s->e2p_data = val & 0xff; break;
	default:
		log_msg(LOG_GUEST, "lan9118: write of 0x%x to read-only or unknown "
			"register 0x%02x", val, offset);
		break;
	}
	lan9118_update(s);
}

bool lan9118_may_interrupt(const struct lan9118 *s)
{
	return (s->irq_cfg & IRQ_CFG_IRQ_EN) && s->link &&
	       (s->int_en & (INT_RSFL | INT_RSFF | LAN9118_INT_PHY));
}

const struct dev_ops lan9118_ops = { "lan9118", lan9118_read, lan9118_write, lan9118_reset };
