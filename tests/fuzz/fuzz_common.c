/* Helpers for the fuzz targets (tests/fuzz/fuzz_common.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz_common.h"

#define RAM_BASE  0x60000000u
#define MACHINES  8
#define FILES     4

const char *fuzz_write(const char *name, const void *data, size_t size)
{
	static struct { const char *name; int fd; char path[32]; } files[FILES];

	for (unsigned i = 0; i < FILES; i++) {
		if (!files[i].name) {
			files[i].name = name;
			files[i].fd = memfd_create(name, MFD_CLOEXEC);
			if (files[i].fd < 0)
				abort();
			snprintf(files[i].path, sizeof(files[i].path), "/proc/self/fd/%d",
				 files[i].fd);
		}
		if (strcmp(files[i].name, name))
			continue;
		if (ftruncate(files[i].fd, 0) != 0 ||
		    pwrite(files[i].fd, data, size, 0) != (ssize_t)size)
			abort();
		return files[i].path;
	}
	abort();   /* more names than FILES */
}

struct machine *fuzz_machine(uint32_t ram_size, struct machine_options *opts)
{
	static struct machine machines[MACHINES];

	for (unsigned i = 0; i < MACHINES; i++) {
		struct machine *m = &machines[i];
		if (!m->bus.ram && !bus_init(&m->bus, RAM_BASE, ram_size))
			abort();
		if (m->bus.ram_size == ram_size) {
			memset(opts, 0, sizeof(*opts));
			m->opts = opts;
			return m;
		}
	}
	abort();   /* more sizes than MACHINES */
}
