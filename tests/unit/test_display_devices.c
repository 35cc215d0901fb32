/*
 * The PL111 CLCD (ARM DDI 0293) and the PL050 KMI (ARM DDI 0143) with their
 * PS/2 keyboard and mouse, through the registers: identification, the
 * timing registers' sizes, interrupts, the palette, each pixel format as the
 * TRM lays it out (LCDControl LcdBpp and BGR), and the PS/2 command protocol
 * (IBM PS/2 Technical Reference: keyboard and auxiliary device commands,
 * scan code set 2, the 3-byte mouse packet).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "display.h"

static int irq_level;

static void irq(void *target, unsigned n, int level)
{
	(void)target;
	(void)n;
	irq_level = level;
}

static const struct irq_line line = { irq, NULL, 0 };

static void test_pl111_registers(void **state)
{
	static const uint8_t id[8] = { 0x11, 0x11, 0x24, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };
	struct pl111 s;
	struct pl111_mode m;
	(void)state;
	s.irq = line;
	pl111_init(&s);
	for (unsigned i = 0; i < 8; i++)
		assert_int_equal(pl111_ops.read(&s, 0xfe0 + 4 * i, 4), id[i]);
	assert_false(pl111_mode(&s, &m));                 /* off after reset */
	pl111_ops.write(&s, 0x000, 39u << 2, 4);          /* PPL: 16 * (39 + 1) */
	pl111_ops.write(&s, 0x004, 479, 4);               /* LPP + 1 lines */
	pl111_ops.write(&s, 0x010, 0x60100004, 4);        /* doubleword aligned */
	assert_int_equal(pl111_ops.read(&s, 0x010, 4), 0x60100000);
	pl111_ops.write(&s, 0x018, 1 | 6 << 1, 4);        /* enabled, not powered */
	assert_false(pl111_mode(&s, &m));
	pl111_ops.write(&s, 0x018, 1 | 6 << 1 | 1 << 11, 4);
	assert_true(pl111_mode(&s, &m));
	assert_int_equal(m.width, 640);
	assert_int_equal(m.height, 480);
	assert_int_equal(m.stride, 1280);
	assert_int_equal(m.base, 0x60100000);
	/* VESA 640x480 as Linux's panel-dpi gives it (HSW 96, HFP 16, HBP 48;
	 * VSW 2, VFP 10, VBP 33; BCD): 800 x 525 clocks a frame (DDI 0293 3.3.1-3);
	 * with PCD 2 instead of BCD, four times as many. */
	pl111_ops.write(&s, 0x000, 39u << 2 | 95u << 8 | 15u << 16 | 47u << 24, 4);
	pl111_ops.write(&s, 0x004, 479u | 1u << 10 | 10u << 16 | 33u << 24, 4);
	pl111_ops.write(&s, 0x008, 1u << 26, 4);
	assert_true(pl111_mode(&s, &m));
	assert_int_equal(m.frame_clocks, 800 * 525);
	pl111_ops.write(&s, 0x008, 2, 4);
	assert_true(pl111_mode(&s, &m));
	assert_int_equal(m.frame_clocks, 4 * 800 * 525);
	/* LNBU (bit 2) on a base update while enabled; MIS = RIS & IMSC; ICR clears. */
	pl111_ops.write(&s, 0x010, 0x60200000, 4);
	assert_int_equal(pl111_ops.read(&s, 0x020, 4), 4);
	assert_int_equal(pl111_ops.read(&s, 0x024, 4), 0);
	assert_int_equal(irq_level, 0);
	pl111_ops.write(&s, 0x01c, 4, 4);
	assert_int_equal(pl111_ops.read(&s, 0x024, 4), 4);
	assert_int_equal(irq_level, 1);
	pl111_ops.write(&s, 0x028, 4, 4);
	assert_int_equal(pl111_ops.read(&s, 0x020, 4), 0);
	assert_int_equal(irq_level, 0);
	/* The largest sizes the fields hold: 1024 x 1024. */
	pl111_ops.write(&s, 0x000, 0xffffffff, 4);
	pl111_ops.write(&s, 0x004, 0xffffffff, 4);
	assert_true(pl111_mode(&s, &m));
	assert_int_equal(m.width, 1024);
	assert_int_equal(m.height, 1024);
	/* The palette: two 16-bit entries a word, entry 2n in the low half. */
	pl111_ops.write(&s, 0x204, 0x7c00001f, 4);
	assert_int_equal(pl111_ops.read(&s, 0x204, 4), 0x7c00001f);
}

/* The first pixel of one line of format bpp_code (BGR as given) from src. */
static uint32_t pixel(unsigned bpp_code, bool bgr, const uint8_t *src, unsigned x)
{
	struct pl111 s;
	struct pl111_mode m;
	uint32_t out[16];
	uint8_t line_buf[64] = { 0 };          /* a whole 16-pixel line */
	memcpy(line_buf, src, 4);
	s.irq = line;
	pl111_init(&s);
	pl111_ops.write(&s, 0x200, 0x03e0001f, 4);        /* entries 0 and 1: R, G (5:5:5) */
	pl111_ops.write(&s, 0x018, 1 | bpp_code << 1 | (bgr ? 1 << 8 : 0) | 1 << 11, 4);
	assert_true(pl111_mode(&s, &m));
	m.width = 16;
	pl111_convert_line(&m, line_buf, out);
	return out[x];
}

static void test_pl111_formats(void **state)
{
	(void)state;
	/* 5:6:5 (LcdBpp 6): without BGR red is [4:0], blue [15:11]. */
	uint8_t p565[4] = { 0x00, 0xf8 };
	assert_int_equal(pixel(6, false, p565, 0), 0x0000ff);
	assert_int_equal(pixel(6, true, p565, 0), 0xff0000);
	uint8_t g565[4] = { 0xe0, 0x07 };
	assert_int_equal(pixel(6, false, g565, 0), 0x00ff00);
	/* 1:5:5:5 (LcdBpp 4): red [4:0], green [9:5], blue [14:10]; bit 15 unused. */
	uint8_t p555[4] = { 0x1f, 0x80 };
	assert_int_equal(pixel(4, false, p555, 0), 0xff0000);
	/* 4:4:4 (LcdBpp 7): red [3:0], green [7:4], blue [11:8]. */
	uint8_t p444[4] = { 0xf0, 0x0f };
	assert_int_equal(pixel(7, false, p444, 0), 0x00ffff);
	/* 24 bpp (LcdBpp 5): one word, red [7:0], green [15:8], blue [23:16]. */
	uint8_t p888[4] = { 0x12, 0x34, 0x56, 0x78 };
	assert_int_equal(pixel(5, false, p888, 0), 0x123456);
	assert_int_equal(pixel(5, true, p888, 0), 0x563412);
	/* 8 bpp: the palette; 1 bpp: pixel 0 in the byte's least significant bit. */
	uint8_t idx[4] = { 1, 0 };
	assert_int_equal(pixel(3, false, idx, 0), 0x00ff00);
	assert_int_equal(pixel(3, false, idx, 1), 0xff0000);
	uint8_t bits[4] = { 0x02, 0 };
	assert_int_equal(pixel(0, false, bits, 0), 0xff0000);
	assert_int_equal(pixel(0, false, bits, 1), 0x00ff00);
}

/* Read what the device sent back, at most n bytes. */
static unsigned drain(struct pl050 *s, uint8_t *out, unsigned n)
{
	unsigned got = 0;
	while (got < n && (pl050_ops.read(s, 0x04, 4) & 0x10))
		out[got++] = (uint8_t)pl050_ops.read(s, 0x08, 4);
	return got;
}

static void test_pl050_keyboard(void **state)
{
	static const uint8_t id[8] = { 0x50, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };
	struct pl050 s;
	uint8_t b[8];
	(void)state;
	s.irq = line;
	pl050_init(&s, false);
	for (unsigned i = 0; i < 8; i++)
		assert_int_equal(pl050_ops.read(&s, 0xfe0 + 4 * i, 4), id[i]);
	assert_int_equal(pl050_ops.read(&s, 0x04, 4) & 0x40, 0x40);   /* TXEMPTY */
	pl050_ops.write(&s, 0x00, 0x04 | 0x10, 4);          /* KmiEn, RX interrupt */
	pl050_ops.write(&s, 0x08, 0xff, 4);                 /* reset */
	assert_int_equal(irq_level, 1);
	assert_int_equal(drain(&s, b, 8), 2);
	assert_memory_equal(b, ((uint8_t[]){ 0xfa, 0xaa }), 2);
	assert_int_equal(irq_level, 0);
	pl050_ops.write(&s, 0x08, 0xf2, 4);                 /* identify: AB 83 */
	assert_int_equal(drain(&s, b, 8), 3);
	assert_memory_equal(b, ((uint8_t[]){ 0xfa, 0xab, 0x83 }), 3);
	pl050_ops.write(&s, 0x08, 0xed, 4);                 /* LEDs, then their byte */
	pl050_ops.write(&s, 0x08, 0x02, 4);
	assert_int_equal(drain(&s, b, 8), 2);
	assert_memory_equal(b, ((uint8_t[]){ 0xfa, 0xfa }), 2);
	pl050_ops.write(&s, 0x08, 0xf0, 4);                 /* scan code set? 2 */
	pl050_ops.write(&s, 0x08, 0x00, 4);
	assert_int_equal(drain(&s, b, 8), 3);
	assert_memory_equal(b, ((uint8_t[]){ 0xfa, 0xfa, 0x02 }), 3);
	/* Keys while scanning; none after F5 (disable). */
	uint8_t up[8];
	unsigned n = display_scancode(82 /* SDL_SCANCODE_UP */, true, up);
	assert_int_equal(n, 3);
	assert_memory_equal(up, ((uint8_t[]){ 0xe0, 0xf0, 0x75 }), 3);
	assert_true(pl050_key(&s, up, n));
	assert_int_equal(drain(&s, b, 8), 3);
	pl050_ops.write(&s, 0x08, 0xf5, 4);
	assert_int_equal(drain(&s, b, 8), 1);
	assert_true(pl050_key(&s, up, n));
	assert_int_equal(drain(&s, b, 8), 0);
	/* Typematic (F3): 500 ms and 10.9/s after reset; 0x2c is 500 ms and
	 * (8 + 4) * 2 * 4.17 ms = 100 ms; 0x60, 1 s and 33 ms (IBM PS/2 TR). */
	unsigned delay, period;
	pl050_typematic(s.rate, &delay, &period);
	assert_int_equal(delay, 500);
	assert_int_equal(period, 11 * 4167 * 2);
	pl050_ops.write(&s, 0x08, 0xf3, 4);
	pl050_ops.write(&s, 0x08, 0x2c, 4);
	assert_int_equal(drain(&s, b, 8), 2);
	pl050_typematic(s.rate, &delay, &period);
	assert_int_equal(delay, 500);
	assert_int_equal(period, 100008);
	pl050_typematic(0x60, &delay, &period);
	assert_int_equal(delay, 1000);
	assert_int_equal(period, 33336);
	/* KMIIR: TX interrupt while enabled, as the transmitter is empty. */
	pl050_ops.write(&s, 0x00, 0x04 | 0x08, 4);
	assert_int_equal(pl050_ops.read(&s, 0x10, 4), 2);
}

static void test_pl050_mouse(void **state)
{
	struct pl050 s;
	uint8_t b[8];
	(void)state;
	s.irq = line;
	pl050_init(&s, true);
	pl050_ops.write(&s, 0x00, 0x04, 4);
	pl050_ops.write(&s, 0x08, 0xff, 4);                 /* reset: FA AA 00 */
	assert_int_equal(drain(&s, b, 8), 3);
	assert_memory_equal(b, ((uint8_t[]){ 0xfa, 0xaa, 0x00 }), 3);
	assert_true(pl050_mouse(&s, 5, 5, 0));              /* not reporting yet */
	assert_int_equal(drain(&s, b, 8), 0);
	pl050_ops.write(&s, 0x08, 0xf3, 4);                 /* sample rate 40 */
	pl050_ops.write(&s, 0x08, 40, 4);
	assert_int_equal(drain(&s, b, 8), 2);
	pl050_ops.write(&s, 0x08, 0xe9, 4);                 /* status: mode, resolution, rate */
	assert_int_equal(drain(&s, b, 8), 4);
	assert_memory_equal(b, ((uint8_t[]){ 0xfa, 0x00, 2, 40 }), 4);
	pl050_ops.write(&s, 0x08, 0xf4, 4);                 /* enable reporting */
	assert_int_equal(drain(&s, b, 8), 1);
	/* Right 5, up 3 (host y grows down), left button: 09 05 03. */
	assert_true(pl050_mouse(&s, 5, -3, 1));
	assert_int_equal(drain(&s, b, 8), 3);
	assert_memory_equal(b, ((uint8_t[]){ 0x09, 0x05, 0x03 }), 3);
	/* Left 5, down 300 (clamped): X and Y sign bits. */
	assert_true(pl050_mouse(&s, -5, 300, 0));
	assert_int_equal(drain(&s, b, 8), 3);
	assert_memory_equal(b, ((uint8_t[]){ 0x38, 0xfb, 0x01 }), 3);
}

static void test_scancodes(void **state)
{
	uint8_t b[8];
	(void)state;
	assert_int_equal(display_scancode(4 /* A */, false, b), 1);
	assert_int_equal(b[0], 0x1c);
	assert_int_equal(display_scancode(4, true, b), 2);
	assert_memory_equal(b, ((uint8_t[]){ 0xf0, 0x1c }), 2);
	assert_int_equal(display_scancode(228 /* right Ctrl */, false, b), 2);
	assert_memory_equal(b, ((uint8_t[]){ 0xe0, 0x14 }), 2);
	assert_int_equal(display_scancode(72 /* Pause */, false, b), 8);
	assert_memory_equal(b, ((uint8_t[]){ 0xe1, 0x14, 0x77, 0xe1, 0xf0, 0x14, 0xf0, 0x77 }), 8);
	assert_int_equal(display_scancode(72, true, b), 0);
	assert_int_equal(display_scancode(70 /* Print Screen */, false, b), 4);
	assert_memory_equal(b, ((uint8_t[]){ 0xe0, 0x12, 0xe0, 0x7c }), 4);
	assert_int_equal(display_scancode(0, false, b), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pl111_registers),
		cmocka_unit_test(test_pl111_formats),
		cmocka_unit_test(test_pl050_keyboard),
		cmocka_unit_test(test_pl050_mouse),
		cmocka_unit_test(test_scancodes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
