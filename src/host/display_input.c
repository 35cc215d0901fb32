/*
 * SDL's key and mouse events as PS/2 input for the PL050s (display_internal.h).
 *
 * Keys: a make code on press, a break code on release; SDL's (the host's)
 * own repeats are dropped and the last key pressed repeats at the delay and
 * rate the guest gave the keyboard (typematic byte, pl050_typematic) from a
 * libuv timer until it is released, as a PS/2 keyboard repeats it. Mouse:
 * a click grabs it (relative mode), Ctrl-Alt-G releases it.
 *
 * Scan code set 2 from SDL scancodes (USB HID usage IDs): the keyboard's own
 * table (IBM PS/2 Technical Reference, Keyboards; Microsoft "Keyboard Scan
 * Code Specification" for the Windows and application keys). 0xe0xx marks an
 * extended key; a break code puts 0xf0 before the last byte.
 */
#include <string.h>

#include "display_internal.h"
#include "hostloop.h"

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


static void queue_keys(struct display *d, const uint8_t *codes, unsigned n)
{
	pthread_mutex_lock(&d->lock);
	for (unsigned i = 0; i < n && d->key_tail - d->key_head < KEY_RING; i++)
		d->keys[d->key_tail++ % KEY_RING] = codes[i];
	pthread_mutex_unlock(&d->lock);
	hostloop_wake(d->dev.host);
}

static void queue_mouse(struct display *d, int dx, int dy)
{
	pthread_mutex_lock(&d->lock);
	/* Motion joins the last report waiting; a button change is one of its own. */
	struct mouse_report *last = &d->mouse[(d->mouse_tail - 1) % MOUSE_RING];
	if (d->mouse_tail != d->mouse_head && last->buttons == d->buttons) {
		last->dx += dx;
		last->dy += dy;
	} else if (d->mouse_tail - d->mouse_head < MOUSE_RING) {
		d->mouse[d->mouse_tail++ % MOUSE_RING] = (struct mouse_report){ dx, dy, d->buttons };
	}
	pthread_mutex_unlock(&d->lock);
	hostloop_wake(d->dev.host);
}

/* The keyboard's repeat delay and period now, in ms. */
static void typematic(struct display *d, unsigned *delay_ms, unsigned *period_ms)
{
	unsigned period_us;
	pthread_mutex_lock(&d->lock);
	pl050_typematic(d->typematic, delay_ms, &period_us);
	pthread_mutex_unlock(&d->lock);
	*period_ms = (period_us + 500) / 1000;
}

static void on_repeat(uv_timer_t *t)
{
	struct display *d = t->data;
	uint8_t codes[8];
	unsigned delay_ms, period_ms;
	typematic(d, &delay_ms, &period_ms);
	/* A rate the guest changes while the key is held counts from now on. */
	uv_timer_set_repeat(t, period_ms);
	queue_keys(d, codes, display_scancode(d->rep_key, false, codes));
}

static void key(struct display *d, const SDL_KeyboardEvent *k)
{
	uint8_t codes[8];
	unsigned n = display_scancode(k->keysym.scancode, k->type == SDL_KEYUP, codes);
	if (!n || k->repeat)
		return;
	queue_keys(d, codes, n);
	if (k->type == SDL_KEYDOWN && k->keysym.scancode != SDL_SCANCODE_PAUSE) {
		unsigned delay_ms, period_ms;
		typematic(d, &delay_ms, &period_ms);
		d->rep_key = k->keysym.scancode;
		uv_timer_start(&d->repeat, on_repeat, delay_ms, period_ms);
	} else if (k->keysym.scancode == d->rep_key) {
		d->rep_key = SDL_SCANCODE_UNKNOWN;
		uv_timer_stop(&d->repeat);
	}
}

static void grab(struct display *d, bool on)
{
	d->grabbed = on;
	SDL_SetRelativeMouseMode(on ? SDL_TRUE : SDL_FALSE);
	display_title(d);
}

/* PS/2 button bits (left, right, middle) of an SDL button. */
static uint8_t button_bit(uint8_t sdl_button)
{
	return sdl_button == SDL_BUTTON_LEFT ? 1 : sdl_button == SDL_BUTTON_RIGHT ? 2 :
	       sdl_button == SDL_BUTTON_MIDDLE ? 4 : 0;
}

bool display_event(struct display *d, const SDL_Event *e)
{
	switch (e->type) {
	case SDL_QUIT:
		return false;
	case SDL_KEYDOWN:
	case SDL_KEYUP: {
		const SDL_Keysym *k = &e->key.keysym;
		if (d->grabbed && e->type == SDL_KEYDOWN && k->scancode == SDL_SCANCODE_G &&
		    (k->mod & KMOD_CTRL) && (k->mod & KMOD_ALT))
			grab(d, false);
		else
			key(d, &e->key);
		break;
	}
	case SDL_MOUSEBUTTONDOWN:
	case SDL_MOUSEBUTTONUP:
		if (!d->grabbed) {
			if (e->type == SDL_MOUSEBUTTONDOWN)
				grab(d, true);
			break;
		}
		if (e->type == SDL_MOUSEBUTTONDOWN)
			d->buttons |= button_bit(e->button.button);
		else
			d->buttons &= (uint8_t)~button_bit(e->button.button);
		queue_mouse(d, 0, 0);
		break;
	case SDL_MOUSEMOTION:
		if (d->grabbed)
			queue_mouse(d, e->motion.xrel, e->motion.yrel);
		break;
	case SDL_WINDOWEVENT:
		if (e->window.event == SDL_WINDOWEVENT_CLOSE)
			return false;
		d->shown = false;    /* exposed or resized: draw it all again */
		break;
	}
	return true;
}
