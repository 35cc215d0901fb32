/*
 * What display.c (window, refresh, screendumps) and display_input.c (SDL
 * events to PS/2 input, key repeat) share: the display (include/display.h).
 */
#ifndef ARMVM_DISPLAY_INTERNAL_H
#define ARMVM_DISPLAY_INTERNAL_H

#include <SDL.h>
#include <pthread.h>
#include <uv.h>

#include "display.h"

#define KEY_RING 512u
#define MOUSE_RING 64u

struct mouse_report {            /* waiting for the PS/2 mouse */
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
	unsigned hz;                 /* the refresh rate */
	bool shown, grabbed;
	uint8_t buttons;
	SDL_Scancode rep_key;        /* the key repeating, or 0 */
	char title[128];
	uv_timer_t timer, repeat;
	uv_signal_t usr1;
	int handles;                 /* libuv handles still open */
	bool freed_by_close;
	const char *error;
	/* shared with the CPU thread */
	pthread_mutex_t lock;
	uint8_t keys[KEY_RING];
	uint32_t key_head, key_tail;
	struct mouse_report mouse[MOUSE_RING];
	uint32_t mouse_head, mouse_tail;
	uint8_t typematic;           /* the keyboard's, copied by display_service */
	uint32_t clcdclk;            /* Hz, likewise */
	bool quit, held, dump;
};

/* display_input.c, host thread: one SDL event; false when it closes the window. */
bool display_event(struct display *d, const SDL_Event *e);
/* display.c, host thread: the window's title for the state now. */
void display_title(struct display *d);

#endif
