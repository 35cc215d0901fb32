/*
 * SDL scancodes (USB HID usage IDs) to PS/2 scan code set 2, from the
 * keyboard's own table (IBM PS/2 Technical Reference, Keyboards: scan code
 * set 2; Microsoft "Keyboard Scan Code Specification" for the Windows and
 * application keys). 0xe0xx marks an extended key; a break code puts 0xf0
 * before the last byte.
 */
#include <SDL.h>

#include "display.h"

static const uint16_t set2[SDL_NUM_SCANCODES] = {
	[SDL_SCANCODE_A] = 0x1c, [SDL_SCANCODE_B] = 0x32, [SDL_SCANCODE_C] = 0x21,
	[SDL_SCANCODE_D] = 0x23, [SDL_SCANCODE_E] = 0x24, [SDL_SCANCODE_F] = 0x2b,
	[SDL_SCANCODE_G] = 0x34, [SDL_SCANCODE_H] = 0x33, [SDL_SCANCODE_I] = 0x43,
	[SDL_SCANCODE_J] = 0x3b, [SDL_SCANCODE_K] = 0x42, [SDL_SCANCODE_L] = 0x4b,
	[SDL_SCANCODE_M] = 0x3a, [SDL_SCANCODE_N] = 0x31, [SDL_SCANCODE_O] = 0x44,
	[SDL_SCANCODE_P] = 0x4d, [SDL_SCANCODE_Q] = 0x15, [SDL_SCANCODE_R] = 0x2d,
	[SDL_SCANCODE_S] = 0x1b, [SDL_SCANCODE_T] = 0x2c, [SDL_SCANCODE_U] = 0x3c,
	[SDL_SCANCODE_V] = 0x2a, [SDL_SCANCODE_W] = 0x1d, [SDL_SCANCODE_X] = 0x22,
	[SDL_SCANCODE_Y] = 0x35, [SDL_SCANCODE_Z] = 0x1a,
	[SDL_SCANCODE_1] = 0x16, [SDL_SCANCODE_2] = 0x1e, [SDL_SCANCODE_3] = 0x26,
	[SDL_SCANCODE_4] = 0x25, [SDL_SCANCODE_5] = 0x2e, [SDL_SCANCODE_6] = 0x36,
	[SDL_SCANCODE_7] = 0x3d, [SDL_SCANCODE_8] = 0x3e, [SDL_SCANCODE_9] = 0x46,
	[SDL_SCANCODE_0] = 0x45,
	[SDL_SCANCODE_RETURN] = 0x5a, [SDL_SCANCODE_ESCAPE] = 0x76,
	[SDL_SCANCODE_BACKSPACE] = 0x66, [SDL_SCANCODE_TAB] = 0x0d,
	[SDL_SCANCODE_SPACE] = 0x29, [SDL_SCANCODE_MINUS] = 0x4e,
	[SDL_SCANCODE_EQUALS] = 0x55, [SDL_SCANCODE_LEFTBRACKET] = 0x54,
	[SDL_SCANCODE_RIGHTBRACKET] = 0x5b, [SDL_SCANCODE_BACKSLASH] = 0x5d,
	[SDL_SCANCODE_NONUSHASH] = 0x5d, [SDL_SCANCODE_SEMICOLON] = 0x4c,
	[SDL_SCANCODE_APOSTROPHE] = 0x52, [SDL_SCANCODE_GRAVE] = 0x0e,
	[SDL_SCANCODE_COMMA] = 0x41, [SDL_SCANCODE_PERIOD] = 0x49,
	[SDL_SCANCODE_SLASH] = 0x4a, [SDL_SCANCODE_CAPSLOCK] = 0x58,
	[SDL_SCANCODE_NONUSBACKSLASH] = 0x61,
	[SDL_SCANCODE_F1] = 0x05, [SDL_SCANCODE_F2] = 0x06, [SDL_SCANCODE_F3] = 0x04,
	[SDL_SCANCODE_F4] = 0x0c, [SDL_SCANCODE_F5] = 0x03, [SDL_SCANCODE_F6] = 0x0b,
	[SDL_SCANCODE_F7] = 0x83, [SDL_SCANCODE_F8] = 0x0a, [SDL_SCANCODE_F9] = 0x01,
	[SDL_SCANCODE_F10] = 0x09, [SDL_SCANCODE_F11] = 0x78, [SDL_SCANCODE_F12] = 0x07,
	[SDL_SCANCODE_SCROLLLOCK] = 0x7e,
	[SDL_SCANCODE_INSERT] = 0xe070, [SDL_SCANCODE_HOME] = 0xe06c,
	[SDL_SCANCODE_PAGEUP] = 0xe07d, [SDL_SCANCODE_DELETE] = 0xe071,
	[SDL_SCANCODE_END] = 0xe069, [SDL_SCANCODE_PAGEDOWN] = 0xe07a,
	[SDL_SCANCODE_RIGHT] = 0xe074, [SDL_SCANCODE_LEFT] = 0xe06b,
	[SDL_SCANCODE_DOWN] = 0xe072, [SDL_SCANCODE_UP] = 0xe075,
	[SDL_SCANCODE_NUMLOCKCLEAR] = 0x77, [SDL_SCANCODE_KP_DIVIDE] = 0xe04a,
	[SDL_SCANCODE_KP_MULTIPLY] = 0x7c, [SDL_SCANCODE_KP_MINUS] = 0x7b,
	[SDL_SCANCODE_KP_PLUS] = 0x79, [SDL_SCANCODE_KP_ENTER] = 0xe05a,
	[SDL_SCANCODE_KP_1] = 0x69, [SDL_SCANCODE_KP_2] = 0x72, [SDL_SCANCODE_KP_3] = 0x7a,
	[SDL_SCANCODE_KP_4] = 0x6b, [SDL_SCANCODE_KP_5] = 0x73, [SDL_SCANCODE_KP_6] = 0x74,
	[SDL_SCANCODE_KP_7] = 0x6c, [SDL_SCANCODE_KP_8] = 0x75, [SDL_SCANCODE_KP_9] = 0x7d,
	[SDL_SCANCODE_KP_0] = 0x70, [SDL_SCANCODE_KP_PERIOD] = 0x71,
	[SDL_SCANCODE_APPLICATION] = 0xe02f,
	[SDL_SCANCODE_LCTRL] = 0x14, [SDL_SCANCODE_LSHIFT] = 0x12,
	[SDL_SCANCODE_LALT] = 0x11, [SDL_SCANCODE_LGUI] = 0xe01f,
	[SDL_SCANCODE_RCTRL] = 0xe014, [SDL_SCANCODE_RSHIFT] = 0x59,
	[SDL_SCANCODE_RALT] = 0xe011, [SDL_SCANCODE_RGUI] = 0xe027,
};

/* Print Screen and Pause send sequences of their own; Pause has no break. */
static const uint8_t print_make[] = { 0xe0, 0x12, 0xe0, 0x7c };
static const uint8_t print_break[] = { 0xe0, 0xf0, 0x7c, 0xe0, 0xf0, 0x12 };
static const uint8_t pause_make[] = { 0xe1, 0x14, 0x77, 0xe1, 0xf0, 0x14, 0xf0, 0x77 };

static unsigned copy(uint8_t *out, const uint8_t *seq, unsigned n)
{
	memcpy(out, seq, n);
	return n;
}

unsigned display_scancode(int sc, bool release, uint8_t *out)
{
	unsigned n = 0;
	if (sc == SDL_SCANCODE_PRINTSCREEN)
		return release ? copy(out, print_break, sizeof(print_break))
			       : copy(out, print_make, sizeof(print_make));
	if (sc == SDL_SCANCODE_PAUSE)
		return release ? 0 : copy(out, pause_make, sizeof(pause_make));
	if (sc < 0 || sc >= SDL_NUM_SCANCODES || !set2[sc])
		return 0;
	if (set2[sc] >> 8)
		out[n++] = 0xe0;
	if (release)
		out[n++] = 0xf0;
	out[n++] = (uint8_t)set2[sc];
	return n;
}
