/*
 * The guest's display on the host (include/display.h).
 *
 * Threads: the host loop's thread owns SDL (window, renderer, events) and
 * refreshes the window from a libuv timer at 60 Hz; the CPU thread owns the
 * devices. The PL111 registers are read under its lock (pl111_mode); the frame
 * buffer is read from guest RAM as it is. Host input crosses over under
 * d->lock and is handed to the PL050s by display_service().
 *
 * Redrawing: a shadow copy of the frame buffer is compared line by line at
 * each refresh; only lines that changed are converted and uploaded, and the
 * window is presented only when something did (docs/architecture.md has the
 * measured cost).
 */
#include <SDL.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "hostloop.h"

#define REFRESH_MS 16            /* 60 Hz */
#define KEY_RING 512u
#define MOUSE_RING 64u

/* A mouse report waiting for the PS/2 mouse: motion and the buttons held. */
struct mouse_report {
	int dx, dy;
	uint8_t buttons;
};

struct display {
	struct display_devices dev;
	const char *dump_path;
	bool window;
	/* host thread */
	SDL_Window *win;
	SDL_Renderer *ren;
	SDL_Texture *tex;
	uint32_t *pixels;
	uint8_t *shadow;
	struct pl111_mode mode;
	bool shown, grabbed;
	uint8_t buttons;
	char title[128];
	uv_timer_t timer;
	uv_signal_t usr1;
	bool have_timer, have_usr1;
	int handles;                 /* libuv handles still open */
	bool freed_by_close;
	const char *error;
	/* shared with the CPU thread */
	pthread_mutex_t lock;
	uint8_t keys[KEY_RING];
	uint32_t key_head, key_tail;
	struct mouse_report mouse[MOUSE_RING];
	uint32_t mouse_head, mouse_tail;
	bool quit;
};

static struct display *display_current;

/* ---- host thread ---- */

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

static void set_title(struct display *d)
{
	char t[sizeof(d->title)];
	if (!d->shown)
		snprintf(t, sizeof(t), "armvm - display off");
	else
		snprintf(t, sizeof(t), "armvm - %ux%u - %s", d->mode.width, d->mode.height,
			 d->grabbed ? "Ctrl-Alt-G releases the mouse" : "click to grab the mouse");
	if (strcmp(t, d->title)) {
		strcpy(d->title, t);
		SDL_SetWindowTitle(d->win, t);
	}
}

static void grab(struct display *d, bool on)
{
	d->grabbed = on;
	SDL_SetRelativeMouseMode(on ? SDL_TRUE : SDL_FALSE);
	set_title(d);
}

/* PS/2 button bits (left, right, middle) of an SDL button. */
static uint8_t button_bit(uint8_t sdl_button)
{
	return sdl_button == SDL_BUTTON_LEFT ? 1 : sdl_button == SDL_BUTTON_RIGHT ? 2 :
	       sdl_button == SDL_BUTTON_MIDDLE ? 4 : 0;
}

static bool handle_event(struct display *d, const SDL_Event *e)
{
	uint8_t codes[8];
	switch (e->type) {
	case SDL_QUIT:
		return false;
	case SDL_KEYDOWN:
	case SDL_KEYUP: {
		const SDL_Keysym *k = &e->key.keysym;
		if (d->grabbed && e->type == SDL_KEYDOWN && k->scancode == SDL_SCANCODE_G &&
		    (k->mod & KMOD_CTRL) && (k->mod & KMOD_ALT)) {
			grab(d, false);
			break;
		}
		queue_keys(d, codes, display_scancode(k->scancode, e->type == SDL_KEYUP, codes));
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

/* The frame buffer's lines that changed since the last refresh, to the window. */
static void refresh(struct display *d)
{
	struct pl111_mode m;
	memset(&m, 0, sizeof(m));
	const uint8_t *fb = NULL;
	if (pl111_mode(d->dev.lcd, &m))
		fb = bus_ram_ptr(d->dev.bus, m.base, m.stride * m.height);
	if (!fb) {
		if (d->shown || !d->title[0]) {
			d->shown = false;
			SDL_SetRenderDrawColor(d->ren, 0, 0, 0, 255);
			SDL_RenderClear(d->ren);
			SDL_RenderPresent(d->ren);
			set_title(d);
		}
		return;
	}
	bool full = !d->shown || memcmp(&m, &d->mode, sizeof(m)) != 0;
	if (full && (m.width != d->mode.width || m.height != d->mode.height ||
		     m.stride != d->mode.stride || !d->tex)) {
		if (d->tex)
			SDL_DestroyTexture(d->tex);
		free(d->pixels);
		free(d->shadow);
		d->pixels = malloc((size_t)m.width * m.height * 4);
		d->shadow = malloc((size_t)m.stride * m.height);
		d->tex = SDL_CreateTexture(d->ren, SDL_PIXELFORMAT_RGB888,
					   SDL_TEXTUREACCESS_STREAMING, (int)m.width, (int)m.height);
		SDL_RenderSetLogicalSize(d->ren, (int)m.width, (int)m.height);
		if (!d->pixels || !d->shadow || !d->tex) {
			d->mode.width = 0;
			return;
		}
	}
	d->mode = m;
	int y0 = -1, y1 = -1;
	for (uint32_t y = 0; y < m.height; y++) {
		const uint8_t *row = fb + (size_t)y * m.stride;
		uint8_t *copy = d->shadow + (size_t)y * m.stride;
		if (!full && !memcmp(row, copy, m.stride))
			continue;
		memcpy(copy, row, m.stride);
		pl111_convert_line(&m, copy, d->pixels + (size_t)y * m.width);
		if (y0 < 0)
			y0 = (int)y;
		y1 = (int)y;
	}
	d->shown = true;
	set_title(d);
	if (y0 < 0)
		return;
	SDL_Rect r = { 0, y0, (int)m.width, y1 - y0 + 1 };
	SDL_UpdateTexture(d->tex, &r, d->pixels + (size_t)y0 * m.width, (int)m.width * 4);
	SDL_RenderClear(d->ren);
	SDL_RenderCopy(d->ren, d->tex, NULL, NULL);
	SDL_RenderPresent(d->ren);
}

static void on_refresh(uv_timer_t *t)
{
	struct display *d = t->data;
	SDL_Event e;
	bool open = true;
	while (SDL_PollEvent(&e))
		open = handle_event(d, &e) && open;
	if (!open) {
		pthread_mutex_lock(&d->lock);
		d->quit = true;
		pthread_mutex_unlock(&d->lock);
		uv_timer_stop(t);
		hostloop_wake(d->dev.host);
	} else {
		refresh(d);
	}
}

static void dump_now(const char *path)
{
	if (display_screendump(path) != 0)
		fprintf(stderr, "armvm: screendump %s: %s\n", path,
			errno == ENODATA ? "the guest's display is off or not in RAM" : strerror(errno));
}

static void on_usr1(uv_signal_t *s, int signum)
{
	struct display *d = s->data;
	(void)signum;
	dump_now(d->dump_path);
}

static bool env_set(const char *name)
{
	const char *v = getenv(name);
	return v && *v;
}

static void attach(uv_loop_t *loop, void *arg)
{
	struct display *d = arg;
	if (d->window) {
		/* SDL falls back to its invisible offscreen driver: only when
		 * asked for by name (SDL_VIDEODRIVER). With one display named,
		 * only its driver is tried. */
		bool x11 = env_set("DISPLAY"), wayland = env_set("WAYLAND_DISPLAY");
		if (!env_set("SDL_VIDEODRIVER")) {
			if (!x11 && !wayland) {
				d->error = "neither DISPLAY nor WAYLAND_DISPLAY is set";
				return;
			}
			if (x11 != wayland)
				SDL_SetHint(SDL_HINT_VIDEODRIVER, x11 ? "x11" : "wayland");
		}
		SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
		if (SDL_Init(SDL_INIT_VIDEO) != 0 ||
		    !(d->win = SDL_CreateWindow("armvm", SDL_WINDOWPOS_UNDEFINED,
						SDL_WINDOWPOS_UNDEFINED, 640, 480,
						SDL_WINDOW_RESIZABLE)) ||
		    !(d->ren = SDL_CreateRenderer(d->win, -1, SDL_RENDERER_SOFTWARE))) {
			d->error = SDL_GetError();
			return;
		}
		const char *drv = SDL_GetCurrentVideoDriver();
		if (!env_set("SDL_VIDEODRIVER") && drv &&
		    (!strcmp(drv, "offscreen") || !strcmp(drv, "dummy"))) {
			d->error = "no X11 or Wayland display could be opened";
			return;
		}
		uv_timer_init(loop, &d->timer);
		d->timer.data = d;
		d->handles++;
		d->have_timer = true;
		uv_timer_start(&d->timer, on_refresh, REFRESH_MS, REFRESH_MS);
	}
	if (d->dump_path) {
		uv_signal_init(loop, &d->usr1);
		d->usr1.data = d;
		d->handles++;
		d->have_usr1 = true;
		uv_signal_start(&d->usr1, on_usr1, SIGUSR1);
	}
}

static void closed(uv_handle_t *h)
{
	struct display *d = h->data;
	if (--d->handles == 0 && d->freed_by_close)
		free(d);
}

static void detach(uv_loop_t *loop, void *arg)
{
	struct display *d = arg;
	(void)loop;
	if (d->tex)
		SDL_DestroyTexture(d->tex);
	if (d->ren)
		SDL_DestroyRenderer(d->ren);
	if (d->win)
		SDL_DestroyWindow(d->win);
	if (d->window)
		SDL_Quit();
	free(d->pixels);
	free(d->shadow);
	if (d->have_timer && !uv_is_closing((uv_handle_t *)&d->timer))
		uv_close((uv_handle_t *)&d->timer, closed);
	if (d->have_usr1 && !uv_is_closing((uv_handle_t *)&d->usr1))
		uv_close((uv_handle_t *)&d->usr1, closed);
}

/* ---- CPU thread ---- */

struct display *display_create(const struct display_devices *dev, bool window,
			       const char *dump_path)
{
	struct display *d = calloc(1, sizeof(*d));
	if (!d) {
		fprintf(stderr, "armvm: out of memory\n");
		return NULL;
	}
	d->dev = *dev;
	d->window = window;
	d->dump_path = dump_path;
	pthread_mutex_init(&d->lock, NULL);
	hostloop_call(dev->host, attach, d);
	if (d->error) {
		fprintf(stderr, "armvm: --display sdl: cannot open a window (%s); use "
			"--display none, or SDL_VIDEODRIVER=offscreen for no screen\n", d->error);
		display_destroy(d);
		return NULL;
	}
	display_current = d;
	return d;
}

void display_service(struct display *d)
{
	if (!d)
		return;
	pthread_mutex_lock(&d->lock);
	while (d->key_head != d->key_tail &&
	       pl050_key(d->dev.kbd, &d->keys[d->key_head % KEY_RING], 1))
		d->key_head++;
	while (d->mouse_head != d->mouse_tail) {
		const struct mouse_report *r = &d->mouse[d->mouse_head % MOUSE_RING];
		if (!pl050_mouse(d->dev.mouse, r->dx, r->dy, r->buttons))
			break;
		d->mouse_head++;
	}
	bool quit = d->quit;
	d->quit = false;
	pthread_mutex_unlock(&d->lock);
	if (quit) {
		fprintf(stderr, "armvm: the display window was closed: guest powered off\n");
		cpu_request_stop(d->dev.cpu, STOP_SHUTDOWN, 0);
	}
}

void display_destroy(struct display *d)
{
	if (!d)
		return;
	if (display_current == d && d->dump_path)
		dump_now(d->dump_path);
	display_current = NULL;
	/* With libuv handles open, the last one's close callback frees d. */
	bool by_close = d->freed_by_close = d->handles > 0;
	hostloop_call(d->dev.host, detach, d);
	if (!by_close)
		free(d);
}

int display_screendump(const char *path)
{
	struct display *d = display_current;
	struct pl111_mode m;
	const uint8_t *fb = NULL;
	if (!d) {
		errno = ENODEV;
		return -1;
	}
	if (pl111_mode(d->dev.lcd, &m))
		fb = bus_ram_ptr(d->dev.bus, m.base, m.stride * m.height);
	if (!fb) {
		errno = ENODATA;
		return -1;
	}
	return display_write_ppm(&m, fb, path);
}
