/*
 * libFuzzer target: the input, split at NUL bytes, as armvm's arguments after
 * argv[0] (src/host/options.c), parsed again and again in one process.
 */
#include <stdlib.h>
#include <string.h>

#include "options.h"

#define MAX_ARGS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	char *argv[MAX_ARGS + 2] = { "armvm" };
	int argc = 1;
	struct host_options ho;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = 0;
	for (char *p = text; argc <= MAX_ARGS && p <= text + size; p += strlen(p) + 1)
		argv[argc++] = p;
	argv[argc] = NULL;
	options_parse(&ho, argc, argv);
	options_free(&ho);
	free(text);
	return 0;
}
