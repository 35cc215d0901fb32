/*
 * PL111 PrimeCell colour LCD controller (ARM DDI 0293). Registers:
 *   0x000-0x00c LCDTiming0-3    0x010 LCDUPBASE   0x014 LCDLPBASE
 *   0x018 LCDControl   0x01c LCDIMSC   0x020 LCDRIS   0x024 LCDMIS (RO)
 *   0x028 LCDICR (WO)  0x02c LCDUPCURR   0x030 LCDLPCURR (RO)
 *   0x200-0x3fc palette (two 16-bit entries a word)   0xfe0-0xffc IDs
 * IRQ output: CLCDINTR = LCDRIS & LCDIMSC (vexpress: SPI 14).
 *
 * The panel is scanned out by the host's display (src/host/display.c) from
 * guest RAM at LCDUPBASE; one panel (LcdDual ignored), no hardware cursor
 * (0x800-0xc2c read as zero). The next-base-update interrupt (LNBU) is raised
 * when LCDUPBASE is written with the controller enabled, as the new base is
 * taken at the next frame; the panel keeps no line timing, so vertical
 * compare, FIFO underflow and bus errors never rise.
 */
#include "log.h"
#include "pl111.h"

#define LCD_UPBASE   0x010
#define LCD_LPBASE   0x014
#define LCD_CONTROL  0x018
#define LCD_IMSC     0x01c
#define LCD_RIS      0x020
#define LCD_MIS      0x024
#define LCD_ICR      0x028
#define LCD_UPCURR   0x02c
#define LCD_LPCURR   0x030
#define LCD_PALETTE  0x200
#define LCD_PALETTE_END 0x400

#define LCD_CTRL_EN   (1u << 0)
#define LCD_CTRL_BPP(c) (((c) >> 1) & 7)
#define LCD_CTRL_BGR  (1u << 8)
#define LCD_CTRL_BEPO (1u << 10)
#define LCD_CTRL_PWR  (1u << 11)
#define LCD_INT_LNBU  (1u << 2)
#define LCD_INT_MASK  0x1eu      /* FUF, LNBU, VComp, MBERROR */

/* PL111 r2 (DDI 0293 4.4): part 0x111, designer 0x41 ('A'). */
static const uint8_t pl111_id[8] = { 0x11, 0x11, 0x24, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

/* Bits per pixel in memory for each LcdBpp code: 1, 2, 4, 8, 16 (1:5:5:5),
 * 24 (a 32-bit word, TFT), 16 (5:6:5), 12 (4:4:4 in 16 bits). */
static const uint8_t pl111_bits[8] = { 1, 2, 4, 8, 16, 32, 16, 16 };

static void pl111_update(struct pl111 *s)
{
	irq_set(&s->irq, (s->ris & s->imsc) != 0);
}

static uint32_t pl111_read(void *dev, uint32_t off, unsigned size)
{
	struct pl111 *s = dev;
	(void)size;
	if (off >= 0xfe0)
		return pl111_id[(off - 0xfe0) >> 2 & 7];
	if (off >= LCD_PALETTE && off < LCD_PALETTE_END) {
		unsigned i = (off - LCD_PALETTE) >> 1 & ~1u;
		return s->palette[i] | (uint32_t)s->palette[i + 1] << 16;
	}
	switch (off) {
	case 0x000: case 0x004: case 0x008: case 0x00c: return s->timing[off >> 2];
	case LCD_UPBASE: case LCD_UPCURR: return s->upbase;
	case LCD_LPBASE: case LCD_LPCURR: return s->lpbase;
	case LCD_CONTROL: return s->control;
	case LCD_IMSC: return s->imsc;
	case LCD_RIS: return s->ris;
	case LCD_MIS: return s->ris & s->imsc;
	default: return 0;
	}
}

static void pl111_write(void *dev, uint32_t off, uint32_t v, unsigned size)
{
	struct pl111 *s = dev;
	(void)size;
	pthread_mutex_lock(&s->lock);
	if (off >= LCD_PALETTE && off < LCD_PALETTE_END) {
		unsigned i = (off - LCD_PALETTE) >> 1 & ~1u;
		s->palette[i] = (uint16_t)v;
		s->palette[i + 1] = (uint16_t)(v >> 16);
	} else {
		switch (off) {
		case 0x000: case 0x004: case 0x008: case 0x00c:
			s->timing[off >> 2] = v;
			break;
		case LCD_UPBASE:
			s->upbase = v & ~7u;    /* doubleword aligned */
			if (s->control & LCD_CTRL_EN)
				s->ris |= LCD_INT_LNBU;
			break;
		case LCD_LPBASE:
			s->lpbase = v & ~7u;
			break;
		case LCD_CONTROL:
			s->control = v & 0x1ffffu;
			break;
		case LCD_IMSC:
			s->imsc = v & LCD_INT_MASK;
			break;
		case LCD_ICR:
			s->ris &= ~v;
			break;
		default:
			log_msg(LOG_GUEST, "pl111: write to offset 0x%03x ignored", off);
			break;
		}
	}
	pthread_mutex_unlock(&s->lock);
	pl111_update(s);
}

static void pl111_reset(void *dev)
{
	struct pl111 *s = dev;
	pthread_mutex_lock(&s->lock);
	s->timing[0] = s->timing[1] = s->timing[2] = s->timing[3] = 0;
	s->upbase = s->lpbase = s->control = s->imsc = s->ris = 0;
	for (unsigned i = 0; i < 256; i++)
		s->palette[i] = 0;
	pthread_mutex_unlock(&s->lock);
	pl111_update(s);
}

void pl111_init(struct pl111 *s)
{
	pthread_mutex_init(&s->lock, NULL);
	pl111_reset(s);
}

/* A 5-, 6- or 4-bit colour component widened to 8 bits. */
static uint32_t widen(uint32_t v, unsigned bits)
{
	v &= (1u << bits) - 1;
	return bits == 4 ? v * 17 : (v << (8 - bits)) | (v >> (2 * bits - 8));
}

/* Red in the low field, blue in the high one (LCDControl BGR = 0). */
static uint32_t rgb(uint32_t r, uint32_t g, uint32_t b, bool bgr)
{
	return bgr ? b << 16 | g << 8 | r : r << 16 | g << 8 | b;
}

bool pl111_mode(struct pl111 *s, struct pl111_mode *m)
{
	pthread_mutex_lock(&s->lock);
	uint32_t ctrl = s->control;
	bool on = (ctrl & (LCD_CTRL_EN | LCD_CTRL_PWR)) == (LCD_CTRL_EN | LCD_CTRL_PWR);
	if (on) {
		/* Pixels per line 16 * (PPL + 1), lines LPP + 1 (DDI 0293 3.3.1-2). */
		m->width = 16 * ((s->timing[0] >> 2 & 0x3f) + 1);
		m->height = (s->timing[1] & 0x3ff) + 1;
		m->base = s->upbase;
		m->format = LCD_CTRL_BPP(ctrl);
		m->bgr = ctrl & LCD_CTRL_BGR;
		m->bepo = ctrl & LCD_CTRL_BEPO;
		m->stride = m->width * pl111_bits[m->format] / 8;
		/* A line: HSW+1, HFP+1, HBP+1 clocks around the pixels; a frame:
		 * VSW+1, VFP, VBP lines around them; a clock: CLCDCLK / (PCD+2),
		 * or CLCDCLK with BCD (DDI 0293 3.3.1-3). */
		uint32_t t0 = s->timing[0], t1 = s->timing[1], t2 = s->timing[2];
		uint32_t line = m->width + (t0 >> 8 & 0xff) + (t0 >> 16 & 0xff) + (t0 >> 24) + 3;
		uint32_t lines = m->height + (t1 >> 10 & 0x3f) + 1 + (t1 >> 16 & 0xff) + (t1 >> 24);
		uint32_t pcd = (t2 >> 27) << 5 | (t2 & 0x1f);
		m->frame_clocks = (uint64_t)line * lines * (t2 & (1u << 26) ? 1 : pcd + 2);
		for (unsigned i = 0; i < 256; i++) {
			uint32_t p = s->palette[i];
			m->palette[i] = rgb(widen(p, 5), widen(p >> 5, 5), widen(p >> 10, 5), m->bgr);
		}
	}
	pthread_mutex_unlock(&s->lock);
	return on;
}

void pl111_convert_line(const struct pl111_mode *m, const uint8_t *src, uint32_t *dst)
{
	unsigned bits = pl111_bits[m->format];
	for (uint32_t x = 0; x < m->width; x++) {
		uint32_t p;
		if (bits < 8) {
			/* Pixel 0 in the byte's low bits, or its high ones with BEPO. */
			unsigned per = 8 / bits, k = x % per;
			unsigned shift = (m->bepo ? per - 1 - k : k) * bits;
			dst[x] = m->palette[src[x / per] >> shift & ((1u << bits) - 1)];
			continue;
		}
		switch (m->format) {
		case 3:
			dst[x] = m->palette[src[x]];
			break;
		case 5:
			p = (uint32_t)src[4 * x] | src[4 * x + 1] << 8 | (uint32_t)src[4 * x + 2] << 16;
			dst[x] = rgb(p & 0xff, p >> 8 & 0xff, p >> 16 & 0xff, m->bgr);
			break;
		default:
			p = (uint32_t)src[2 * x] | src[2 * x + 1] << 8;
			dst[x] = m->format == 6 ? rgb(widen(p, 5), widen(p >> 5, 6), widen(p >> 11, 5), m->bgr)
			       : m->format == 7 ? rgb(widen(p, 4), widen(p >> 4, 4), widen(p >> 8, 4), m->bgr)
			       : rgb(widen(p, 5), widen(p >> 5, 5), widen(p >> 10, 5), m->bgr);
			break;
		}
	}
}

const struct dev_ops pl111_ops = { "pl111", pl111_read, pl111_write, pl111_reset };
