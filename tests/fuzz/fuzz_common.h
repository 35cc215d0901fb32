/*
 * What the fuzz targets share (tests/fuzz/fuzz_common.c): the files the
 * loaders read, kept in memory (memfd, no disk), and machines with only RAM.
 */
#ifndef ARMVM_FUZZ_COMMON_H
#define ARMVM_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "machine.h"

/* Make the in-memory file NAME hold these size bytes; returns a path to it
 * (/proc/self/fd/N, a regular file to open and stat). */
const char *fuzz_write(const char *name, const void *data, size_t size);
/* A machine with only guest RAM of ram_size bytes at the vexpress-a9 RAM
 * base, options cleared: one per size, kept for the whole run. */
struct machine *fuzz_machine(uint32_t ram_size, struct machine_options *opts);

#endif
