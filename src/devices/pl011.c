/*
 * ARM PrimeCell UART PL011 (ARM DDI 0183, "PrimeCell UART (PL011) Technical
 * Reference Manual").
 *
 * Registers (4 KiB region):
 *   0x000 UARTDR      0x004 UARTRSR/ECR  0x018 UARTFR     0x020 UARTILPR
 *   0x024 UARTIBRD    0x028 UARTFBRD     0x02c UARTLCR_H  0x030 UARTCR
 *   0x034 UARTIFLS    0x038 UARTIMSC     0x03c UARTRIS    0x040 UARTMIS
 *   0x044 UARTICR     0x048 UARTDMACR    0xfe0-0xffc peripheral and cell IDs
 * IRQ output: irq, UARTINTR (the OR of the masked interrupts).
 *
 * Received characters wait in a 32-entry FIFO. The receive interrupt is raised
 * when the FIFO holds at least the UARTIFLS trigger level (one character with
 * the FIFO disabled); the receive timeout interrupt as soon as data waits below
 * that level (the 32-bit-period timeout is not counted). Both clear when the
 * FIFO empties.
 *
 * A character written to UARTDR leaves at once, so the transmit FIFO is always
 * empty: FR reads TXFE set, TXFF and BUSY clear. The transmit interrupt is
 * raised when written data leaves the FIFO (DDI 0183 2.8.1 UARTTXINTR: it is
 * "based on a transition through a level", so it is clear after reset and set
 * by each write here) and cleared through UARTICR. Like QEMU, characters are
 * sent even when UARTEN or TXE is clear (bare-metal programs often skip the
 * set-up); --log guest says so once.
 *
 * Only offset bits [11:2] select a register (QEMU 7.2 decodes so): a byte or
 * halfword access anywhere in a register acts on it as at its first byte, so a
 * byte write to UARTDR sends the byte.
 */
#include "board.h"
#include "log.h"

#define PL011_DR      0x000
#define PL011_RSR     0x004
#define PL011_FR      0x018
#define PL011_ILPR    0x020
#define PL011_IBRD    0x024
#define PL011_FBRD    0x028
#define PL011_LCR_H   0x02c
#define PL011_CR      0x030
#define PL011_IFLS    0x034
#define PL011_IMSC    0x038
#define PL011_RIS     0x03c
#define PL011_MIS     0x040
#define PL011_ICR     0x044
#define PL011_DMACR   0x048
#define PL011_ID_BASE 0xfe0

#define PL011_FR_RXFE  (1u << 4)
#define PL011_FR_RXFF  (1u << 6)
#define PL011_FR_TXFF  (1u << 5)
#define PL011_FR_TXFE  (1u << 7)

#define PL011_CR_UARTEN (1u << 0)
#define PL011_CR_TXE    (1u << 8)
#define PL011_CR_RXE    (1u << 9)

#define PL011_INT_RX   (1u << 4)
#define PL011_INT_TX   (1u << 5)
#define PL011_INT_RT   (1u << 6)
#define PL011_LCR_H_FEN (1u << 4)
#define PL011_INT_ALL  0x7ffu

/* UARTPeriphID0-3 and UARTPCellID0-3 (DDI 0183 3.3.14-15), the values QEMU's
 * pl011 presents (revision field 1 in PeriphID2). */
static const uint8_t pl011_id[8] = { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

/* Receive FIFO trigger level (UARTIFLS RXIFLSEL: 1/8, 1/4, 1/2, 3/4, 7/8). */
static unsigned rx_trigger(const struct pl011 *s)
{
	static const unsigned eighths[8] = { 1, 2, 4, 6, 7, 7, 7, 7 };
	if (!(s->lcr_h & PL011_LCR_H_FEN))
		return 1;
	return PL011_RX_FIFO * eighths[(s->ifls >> 3) & 7] / 8;
}

static void rx_status(struct pl011 *s)
{
	s->ris &= ~(PL011_INT_RX | PL011_INT_RT);
	if (s->rx_count >= rx_trigger(s))
		s->ris |= PL011_INT_RX;
	else if (s->rx_count)
		s->ris |= PL011_INT_RT;
}

/* Recompute UARTINTR from the raw status and the mask. */
static void pl011_update(struct pl011 *s)
{
	irq_set(&s->irq, (s->ris & s->imsc) != 0);
}

static void pl011_reset(void *dev)
{
	struct pl011 *s = dev;

	/* Reset values from DDI 0183 table 3-1. */
	s->cr = PL011_CR_RXE | PL011_CR_TXE;
	s->lcr_h = 0;
	s->ibrd = s->fbrd = 0;
	s->ifls = 0x12;
	s->imsc = s->ris = 0;
	s->dmacr = s->ilpr = 0;
	s->rx_head = s->rx_count = 0;
	s->warned_disabled = false;
	pl011_update(s);
}

void pl011_init(struct pl011 *s, void (*tx)(void *ctx, uint8_t c), void *ctx)
{
	s->irq = (struct irq_line){ 0 };
	s->rx_room = NULL;
	s->tx = tx;
	s->tx_ctx = ctx;
	pl011_reset(s);
}

static uint32_t pl011_read_data(struct pl011 *s)
{
	if (s->rx_count == 0)
		return 0;
	uint8_t c = s->rx_fifo[s->rx_head];
	s->rx_head = (s->rx_head + 1) % PL011_RX_FIFO;
	s->rx_count--;
	rx_status(s);
	pl011_update(s);
	if (s->rx_room)
		s->rx_room(s->rx_room_ctx);
	return c;
}

bool pl011_receive(void *uart, uint8_t c)
{
	struct pl011 *s = uart;
	unsigned depth = (s->lcr_h & PL011_LCR_H_FEN) ? PL011_RX_FIFO : 1;
	if (s->rx_count >= depth)
		return false;
	s->rx_fifo[(s->rx_head + s->rx_count++) % PL011_RX_FIFO] = c;
	rx_status(s);
	pl011_update(s);
	return true;
}

static uint32_t pl011_read(void *dev, uint32_t offset, unsigned size)
{
	struct pl011 *s = dev;

	(void)size;
	offset &= ~3u;
	if (offset >= PL011_ID_BASE)
		return pl011_id[(offset - PL011_ID_BASE) >> 2];
	switch (offset) {
	case PL011_DR: return pl011_read_data(s);
	case PL011_RSR:
		return 0;   /* no receive errors */
	case PL011_FR:
		return PL011_FR_TXFE |
		       (s->rx_count == 0 ? PL011_FR_RXFE : 0) |
		       (s->rx_count >= (s->lcr_h & PL011_LCR_H_FEN ? PL011_RX_FIFO : 1)
			? PL011_FR_RXFF : 0);
	case PL011_ILPR:  return s->ilpr;
	case PL011_IBRD:  return s->ibrd;
	case PL011_FBRD:  return s->fbrd;
	case PL011_LCR_H: return s->lcr_h;
	case PL011_CR:    return s->cr;
	case PL011_IFLS:  return s->ifls;
	case PL011_IMSC:  return s->imsc;
	case PL011_RIS:   return s->ris;
	case PL011_MIS:   return s->ris & s->imsc;
	case PL011_DMACR: return s->dmacr;
	default:
		log_msg(LOG_GUEST, "pl011: read of unknown register 0x%03x", offset);
		return 0;
	}
}

static void pl011_transmit(struct pl011 *s, uint8_t c)
{
	if ((s->cr & (PL011_CR_UARTEN | PL011_CR_TXE)) !=
	    (PL011_CR_UARTEN | PL011_CR_TXE) && !s->warned_disabled) {
		s->warned_disabled = true;
		log_msg(LOG_GUEST, "pl011: data written while the transmitter is "
			"disabled (UARTCR 0x%04x); sent anyway", s->cr);
	}
	if (s->tx)
		s->tx(s->tx_ctx, c);
	s->ris |= PL011_INT_TX;
	pl011_update(s);
}

static void pl011_write(void *dev, uint32_t offset, uint32_t val, unsigned size)
{
	struct pl011 *s = dev;

	(void)size;
	offset &= ~3u;
	switch (offset) {
	case PL011_DR:
		pl011_transmit(s, (uint8_t)val);
		break;
	case PL011_RSR:
		break;      /* UARTECR: clears the (always clear) error flags */
	case PL011_ILPR:
		s->ilpr = val & 0xff;
		break;
	case PL011_IBRD:
		s->ibrd = val & 0xffff;
		break;
	case PL011_FBRD:
		s->fbrd = val & 0x3f;
		break;
	case PL011_LCR_H:
		s->lcr_h = val & 0xff;
		rx_status(s);
		pl011_update(s);
		break;
	case PL011_CR:
		s->cr = val & 0xff87;
		break;
	case PL011_IFLS:
		s->ifls = val & 0x3f;
		rx_status(s);
		pl011_update(s);
		break;
	case PL011_IMSC:
		s->imsc = val & PL011_INT_ALL;
		pl011_update(s);
		break;
	case PL011_ICR:
		s->ris &= ~val;
		pl011_update(s);
		break;
	case PL011_DMACR:
		s->dmacr = val & 7;
		if (val & 3)
			log_msg(LOG_UNIMP, "pl011: DMA");
		break;
	default:
		log_msg(LOG_GUEST, "pl011: write of 0x%x to read-only or unknown "
			"register 0x%03x", val, offset);
		break;
	}
}

bool pl011_may_interrupt(const struct pl011 *s, bool input)
{
	return input && (s->imsc & (PL011_INT_RX | PL011_INT_RT));
}

const struct dev_ops pl011_ops = { "pl011", pl011_read, pl011_write, pl011_reset };
