/*
 * The guest's display on the host (include/display.h).
 *
 * Threads: the host loop's thread owns SDL (window, renderer, events) and
 * refreshes the window from a libuv timer at the panel's frame rate; the CPU
 * thread owns the devices. The PL111 registers are read under its lock
 * (pl111_mode); the frame buffer is read from guest RAM as it is. Host input
 * (display_input.c) crosses over under d->lock and is handed to the PL050s by
 * display_service(), which also writes the screendumps SIGUSR1 asks for.
 *
 * Redrawing: a shadow copy of the frame buffer is compared line by line at
 * each refresh; only lines that changed are converted and uploaded, and the
 * window is presented only when something did (docs/architecture.md has the
 * measured cost).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display_internal.h"
#include "hostloop.h"

#define REFRESH_HZ 60             /* when the timing registers give no rate */

static struct display *display_current;

/* ---- host thread ---- */

void display_title(struct display *d)
{
	char t[sizeof(d->title)];
	pthread_mutex_lock(&d->lock);
	const char *state = d->held ? "stopped" : "running";
	pthread_mutex_unlock(&d->lock);
	if (!d->shown)
		snprintf(t, sizeof(t), "armvm - %s - display off", state);
	else
		snprintf(t, sizeof(t), "armvm - %s - %ux%u %u Hz - %s", state, d->mode.width,
			 d->mode.height, d->hz,
			 d->grabbed ? "Ctrl-Alt-G releases the mouse" : "click to grab the mouse");
	if (strcmp(t, d->title)) {
		strcpy(d->title, t);
		SDL_SetWindowTitle(d->win, t);
	}
}

/* The panel's frame rate from its timing and clock, within 10-125 Hz. */
static unsigned frame_hz(struct display *d, const struct pl111_mode *m)
{
	pthread_mutex_lock(&d->lock);
	uint64_t hz = m->frame_clocks ? (d->clcdclk + m->frame_clocks / 2) / m->frame_clocks : 0;
	pthread_mutex_unlock(&d->lock);
	return !hz ? REFRESH_HZ : hz > 125 ? 125 : hz < 10 ? 10 : (unsigned)hz;
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
	if (frame_hz(d, &m) != d->hz) {
		d->hz = frame_hz(d, &m);
		uv_timer_set_repeat(&d->timer, 1000 / d->hz);
	}
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
		open = display_event(d, &e) && open;
	if (!open) {
		pthread_mutex_lock(&d->lock);
		d->quit = true;
		pthread_mutex_unlock(&d->lock);
		uv_timer_stop(t);
		hostloop_wake(d->dev.host);
	} else {
		refresh(d);
		display_title(d);
	}
}

static void dump_now(const char *path)
{
	if (display_screendump(path) != 0)
		fprintf(stderr, "armvm: screendump %s: %s\n", path,
			errno == ENODATA ? "the guest's display is off or not in RAM" : strerror(errno));
}

/* The dump is the CPU thread's (display_service), between two instructions;
 * with the core held (display_held) the guest writes nothing: it is taken here. */
static void on_usr1(uv_signal_t *s, int signum)
{
	struct display *d = s->data;
	(void)signum;
	pthread_mutex_lock(&d->lock);
	d->dump = !d->held;
	if (d->held)
		dump_now(d->dump_path);
	pthread_mutex_unlock(&d->lock);
	hostloop_wake(d->dev.host);
}

static bool env_set(const char *name)
{
	const char *v = getenv(name);
	return v && *v;
}

/* A handle just initialised (timers and signals cannot fail on Linux). */
static void opened(struct display *d, uv_handle_t *h)
{
	h->data = d;
	d->handles++;
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
		uv_timer_init(loop, &d->repeat);
		opened(d, (uv_handle_t *)&d->timer);
		opened(d, (uv_handle_t *)&d->repeat);
		d->hz = REFRESH_HZ;
		uv_timer_start(&d->timer, on_refresh, 1000 / REFRESH_HZ, 1000 / REFRESH_HZ);
	}
	if (d->dump_path) {
		uv_signal_init(loop, &d->usr1);
		opened(d, (uv_handle_t *)&d->usr1);
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
	uv_handle_t *h[] = { (uv_handle_t *)&d->timer, (uv_handle_t *)&d->repeat,
			     (uv_handle_t *)&d->usr1 };
	for (unsigned i = 0; i < 3; i++)
		if (h[i]->data && !uv_is_closing(h[i]))
			uv_close(h[i], closed);
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
	d->typematic = d->dev.kbd->rate;
	d->clcdclk = d->dev.clcdclk ? *d->dev.clcdclk : 0;
	bool quit = d->quit, dump = d->dump;
	d->quit = d->dump = false;
	pthread_mutex_unlock(&d->lock);
	if (dump)
		dump_now(d->dump_path);
	if (quit) {
		fprintf(stderr, "armvm: the display window was closed: guest powered off\n");
		cpu_request_stop(d->dev.cpu, STOP_SHUTDOWN, 0);
	}
}

void display_held(bool held)
{
	struct display *d = display_current;
	if (!d)
		return;
	pthread_mutex_lock(&d->lock);
	d->held = held;
	pthread_mutex_unlock(&d->lock);
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

/* The frame of mode m whose frame buffer is at fb as a binary PPM (P6). */
static int write_ppm(const struct pl111_mode *mode, const uint8_t *fb, const char *path)
{
	const struct pl111_mode m = *mode;
	uint32_t *line = malloc(m.width * 4);
	uint8_t *rgb = malloc(m.width * 3);
	FILE *f = line && rgb ? fopen(path, "wb") : NULL;
	int err = f ? 0 : line && rgb ? errno : ENOMEM;
	if (f && fprintf(f, "P6\n%u %u\n255\n", m.width, m.height) < 0)
		err = errno;
	for (uint32_t y = 0; f && !err && y < m.height; y++) {
		pl111_convert_line(&m, fb + (size_t)y * m.stride, line);
		for (uint32_t x = 0; x < m.width; x++) {
			rgb[3 * x] = (uint8_t)(line[x] >> 16);
			rgb[3 * x + 1] = (uint8_t)(line[x] >> 8);
			rgb[3 * x + 2] = (uint8_t)line[x];
		}
		if (fwrite(rgb, 3, m.width, f) != m.width)
			err = errno;
	}
	if (f && fclose(f) != 0 && !err)
		err = errno;
	free(line);
	free(rgb);
	errno = err;
	return err ? -1 : 0;
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
	return write_ppm(&m, fb, path);
}
