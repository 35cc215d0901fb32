/*
 * SDL's key and mouse events as PS/2 input for the PL050s (display_internal.h).
 *
 * Keys: a make code on press, a break code on release; SDL's (the host's)
 * own repeats are dropped and the last key pressed repeats at the delay and
 * rate the guest gave the keyboard (typematic byte, pl050_typematic) from a
 * libuv timer until it is released, as a PS/2 keyboard repeats it. Mouse:
 * a click grabs it (relative mode), Ctrl-Alt-G releases it.
 */
#include "display_internal.h"
#include "hostloop.h"

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
