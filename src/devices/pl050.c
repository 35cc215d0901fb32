/*
 * PL050 PrimeCell keyboard/mouse interface (ARM DDI 0143). Registers:
 *   0x00 KMICR   0x04 KMISTAT (RO)   0x08 KMIDATA   0x0c KMICLKDIV
 *   0x10 KMIIR (RO)   0xfe0-0xffc IDs
 * IRQ output: KMIINTR = KMIRXINTR | KMITXINTR (vexpress: SPI 12 keyboard,
 * SPI 13 mouse).
 *
 * The PS/2 line runs infinitely fast: a byte written to KMIDATA reaches the
 * device at once (the transmitter is always empty) and the device's answer
 * waits in its queue, received one byte at a time through KMIDATA. Behind the
 * interface is a PS/2 keyboard (scan code set 2, IBM PS/2 Technical Reference
 * "Keyboard and Auxiliary Device Controller" command set) or a PS/2 mouse
 * (standard 3-byte packets, ID 0x00). LED and scan-set commands are
 * acknowledged; the typematic byte (F3) is kept for the host's display, which
 * repeats a held key at its delay and rate (pl050_typematic).
 */
#include "log.h"
#include "pl050.h"

#define KMI_CR      0x00
#define KMI_STAT    0x04
#define KMI_DATA    0x08
#define KMI_CLKDIV  0x0c
#define KMI_IR      0x10

#define KMI_CR_EN        (1u << 2)
#define KMI_CR_TXINTREN  (1u << 3)
#define KMI_CR_RXINTREN  (1u << 4)
#define KMI_STAT_RXPARITY (1u << 2)
#define KMI_STAT_RXFULL  (1u << 4)
#define KMI_STAT_TXEMPTY (1u << 6)
#define KMI_IR_RX        (1u << 0)
#define KMI_IR_TX        (1u << 1)

/* PS/2 replies. */
#define PS2_ACK   0xfa
#define PS2_BAT_OK 0xaa

/* PL050 (DDI 0143 3.3): part 0x050, designer 0x41. */
static const uint8_t pl050_id[8] = { 0x50, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

static uint32_t pl050_ir(const struct pl050 *s)
{
	if (!(s->cr & KMI_CR_EN))
		return 0;
	return (s->count && (s->cr & KMI_CR_RXINTREN) ? KMI_IR_RX : 0) |
	       (s->cr & KMI_CR_TXINTREN ? KMI_IR_TX : 0);
}

static void pl050_update(struct pl050 *s)
{
	irq_set(&s->irq, pl050_ir(s) != 0);
}

static bool ps2_room(const struct pl050 *s, unsigned n)
{
	return s->count + n <= PS2_QUEUE;
}

static void ps2_put(struct pl050 *s, uint8_t byte)
{
	if (ps2_room(s, 1))
		s->queue[(s->head + s->count++) % PS2_QUEUE] = byte;
}

static void ps2_defaults(struct pl050 *s)
{
	s->rate = s->mouse ? 100 : 0x2b;   /* 100 samples/s; 10.9 keys/s after 500 ms */
	s->resolution = 2;
	s->scaling = 0;
	s->scanning = !s->mouse;     /* a keyboard scans after reset, a mouse waits for F4 */
}

/* A command (or its parameter) from the host to the device. */
static void ps2_command(struct pl050 *s, uint8_t cmd)
{
	uint8_t param_of = s->pending_cmd;
	s->pending_cmd = 0;
	if (param_of) {
		if (param_of == 0xf3)
			s->rate = cmd & (s->mouse ? 0xff : 0x7f);
		else if (param_of == 0xe8)
			s->resolution = cmd & 3;
		ps2_put(s, PS2_ACK);
		if (param_of == 0xf0 && cmd == 0)
			ps2_put(s, 2);       /* keyboard: scan code set 2 in use */
		return;
	}
	if (cmd == 0xee && !s->mouse) {  /* echo */
		ps2_put(s, 0xee);
		return;
	}
	s->count = 0;                    /* a command discards unread output */
	ps2_put(s, PS2_ACK);
	switch (cmd) {
	case 0xff:                       /* reset: self-test passed, then the ID */
		ps2_defaults(s);
		ps2_put(s, PS2_BAT_OK);
		if (s->mouse)
			ps2_put(s, 0x00);
		break;
	case 0xf2:                       /* read ID */
		if (s->mouse) {
			ps2_put(s, 0x00);
		} else {
			ps2_put(s, 0xab);
			ps2_put(s, 0x83);
		}
		break;
	case 0xf4: s->scanning = true; break;
	case 0xf5: ps2_defaults(s); s->scanning = false; break;
	case 0xf6: ps2_defaults(s); break;
	case 0xed: case 0xf0: case 0xf3: s->pending_cmd = cmd; break;
	case 0xe8: if (s->mouse) s->pending_cmd = cmd; break;
	case 0xe6: case 0xe7: s->scaling = cmd & 1; break;
	case 0xe9:                       /* mouse status: mode, buttons; resolution; rate */
		if (s->mouse) {
			ps2_put(s, (uint8_t)((s->scanning ? 0x20 : 0) | (s->scaling ? 0x10 : 0) |
					     (s->buttons & 1 ? 4 : 0) | (s->buttons & 4 ? 2 : 0) |
					     (s->buttons & 2 ? 1 : 0)));
			ps2_put(s, s->resolution);
			ps2_put(s, s->rate);
		}
		break;
	case 0xeb:                       /* read data: a packet with no motion */
		if (s->mouse) {
			ps2_put(s, (uint8_t)(0x08 | (s->buttons & 7)));
			ps2_put(s, 0);
			ps2_put(s, 0);
		}
		break;
	default:                         /* set-3 key types, modes: acknowledged */
		break;
	}
}

static uint32_t pl050_read(void *dev, uint32_t off, unsigned size)
{
	struct pl050 *s = dev;
	(void)size;
	if (off >= 0xfe0)
		return pl050_id[(off - 0xfe0) >> 2 & 7];
	switch (off) {
	case KMI_CR: return s->cr;
	case KMI_STAT: {
		/* RXPARITY: the odd parity bit of the byte at the head. */
		uint8_t b = s->queue[s->head];
		unsigned ones = (unsigned)__builtin_popcount(b);
		return KMI_STAT_TXEMPTY | (s->count ? KMI_STAT_RXFULL : 0) |
		       (ones % 2 ? 0 : KMI_STAT_RXPARITY);
	}
	case KMI_DATA: {
		uint8_t b = s->queue[s->head];
		if (s->count) {
			s->head = (s->head + 1) % PS2_QUEUE;
			s->count--;
			pl050_update(s);
		}
		return b;
	}
	case KMI_CLKDIV: return s->clkdiv;
	case KMI_IR: return pl050_ir(s);
	default: return 0;
	}
}

static void pl050_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct pl050 *s = dev;
	(void)size;
	switch (off) {
	case KMI_CR:
		s->cr = v & 0x3f;
		break;
	case KMI_DATA:
		if (s->cr & KMI_CR_EN)
			ps2_command(s, (uint8_t)v);
		break;
	case KMI_CLKDIV:
		s->clkdiv = v & 0xf;
		break;
	default:
		log_msg(LOG_GUEST, "pl050: write to offset 0x%03x ignored", off);
		break;
	}
	pl050_update(s);
}

static void pl050_reset(void *dev)
{
	struct pl050 *s = dev;
	s->cr = s->clkdiv = 0;
	s->head = s->count = 0;
	s->pending_cmd = 0;
	s->buttons = 0;
	ps2_defaults(s);
	pl050_update(s);
}

void pl050_init(struct pl050 *s, bool mouse)
{
	s->mouse = mouse;
	pl050_reset(s);
}

bool pl050_key(struct pl050 *s, const uint8_t *codes, unsigned n)
{
	if (!s->scanning)
		return true;
	if (!ps2_room(s, n))
		return false;
	for (unsigned i = 0; i < n; i++)
		ps2_put(s, codes[i]);
	pl050_update(s);
	return true;
}

void pl050_typematic(uint8_t t, unsigned *delay_ms, unsigned *period_us)
{
	/* IBM PS/2 Technical Reference, Set Typematic Rate/Delay: delay
	 * (1 + bits 6-5) * 250 ms; period (8 + bits 2-0) * 2^(bits 4-3) * 4.17 ms. */
	*delay_ms = 250 * (1u + (t >> 5 & 3));
	*period_us = (8u + (t & 7)) * (1u << (t >> 3 & 3)) * 4167;
}

static int clamp9(int v)
{
	return v < -255 ? -255 : v > 255 ? 255 : v;
}

bool pl050_mouse(struct pl050 *s, int dx, int dy, uint8_t buttons)
{
	s->buttons = buttons & 7;
	if (!s->scanning)
		return true;
	if (!ps2_room(s, 3))
		return false;
	/* Packet: buttons, sign bits of X and Y; X; Y (up positive). */
	int x = clamp9(dx), y = clamp9(-dy);
	ps2_put(s, (uint8_t)(0x08 | s->buttons | (x < 0 ? 0x10 : 0) | (y < 0 ? 0x20 : 0)));
	ps2_put(s, (uint8_t)x);
	ps2_put(s, (uint8_t)y);
	pl050_update(s);
	return true;
}

const struct dev_ops pl050_ops = { "pl050", pl050_read, pl050_write, pl050_reset };
