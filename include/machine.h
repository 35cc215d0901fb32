/*
 * A machine: one core, the physical map and the board's devices, built by a
 * board file (src/boards/) from the command-line options.
 */
#ifndef ARMVM_MACHINE_H
#define ARMVM_MACHINE_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "cpu.h"
#include "net.h"

struct machine_options {
	const char *board;
	const char *kernel, *dtb, *initrd, *append;
	uint64_t memory;          /* bytes */
	const char *engine;       /* "dbt" or "interp" */
	const char *mmu;          /* "espt", "softmmu" or "auto" (the translator's) */
	uint64_t mmu_switch_insns; /* --mmu-switch-insns, 0: none */
	bool semihosting;
	const char *trace;        /* "insn" or NULL */
	const char *trace_file;
	uint64_t max_insns;
	int icount;               /* --icount: log2 of ns per instruction, -1: off */
	bool rtc_base_set;        /* --rtc-base given: the RTC starts at rtc_base */
	int64_t rtc_base;         /* seconds since 1970-01-01 00:00 UTC */
	bool stats;               /* --stats: print the counters at the end */
	bool perf_map;            /* --perf-map */
	uint64_t espt_maps;       /* --espt-maps, 0: from the host */
	const char *espt_policy;  /* --espt-policy, NULL: the default */
	const char *sd;           /* --sd: SD card image, or NULL */
	bool sd_readonly;         /* --sd FILE,readonly: write-protected card */
	struct net_options net;   /* --net */
	const char *gdb;          /* --gdb tcp:HOST:PORT, or NULL */
	bool gdb_wait;            /* --gdb-wait: stop before the first instruction */
	const char *monitor;      /* --monitor unix:PATH or tcp:HOST:PORT, or NULL */
	bool display_sdl;         /* --display sdl */
	const char *screendump;   /* --screendump FILE, or NULL */
	const char *cmdline;      /* semihosting SYS_GET_CMDLINE: kernel path and --append */
};

struct machine {
	struct cpu cpu;
	struct bus bus;
	const struct machine_options *opts;
	void *board;              /* the board's own state */
	/* Called on the CPU thread whenever it sees exit_request: fire due
	 * timers, take host input. May be NULL. */
	void (*service)(struct machine *m);
	/* WFI: sleep until something may have raised an interrupt; false when
	 * nothing ever can (the core would wait forever). NULL: never. */
	bool (*wait)(struct machine *m);
};

#endif
