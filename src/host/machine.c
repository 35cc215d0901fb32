/* The boards armvm can build, by --board name. */
#include <stdio.h>
#include <string.h>

#include "board.h"

struct board_desc {
	const char *name;
	bool (*create)(struct machine *m, const struct machine_options *opts);
	void (*destroy)(struct machine *m);
};

static const struct board_desc boards[] = {
	{ "vexpress-a9", vexpress_a9_create, vexpress_a9_destroy },
};

static const struct board_desc *board_find(const char *name)
{
	for (size_t i = 0; i < sizeof(boards) / sizeof(boards[0]); i++)
		if (!strcmp(boards[i].name, name))
			return &boards[i];
	return NULL;
}

bool board_exists(const char *name)
{
	return board_find(name) != NULL;
}

bool board_create(struct machine *m, const struct machine_options *opts)
{
	const struct board_desc *d = board_find(opts->board);

	if (!d) {
		fprintf(stderr, "armvm: unknown board '%s'\n", opts->board);
		return false;
	}
	return d->create(m, opts);
}

void board_destroy(struct machine *m)
{
	const struct board_desc *d = board_find(m->opts->board);

	d->destroy(m);
}
