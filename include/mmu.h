/*
 * Address translation (src/mmu/translate.c): guest virtual to physical address
 * for one access, as the MMU of the current state (SCTLR.M, TTBRs, DACR, ASID)
 * decides: the short-descriptor walk, or with the MMU off a flat mapping.
 */
#ifndef ARMVM_MMU_H
#define ARMVM_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

enum access { ACCESS_READ, ACCESS_WRITE, ACCESS_EXEC };

struct translation {
	uint32_t pa;              /* physical address of va */
	uint32_t page_size;       /* bytes mapped alike around va (at least 4 KiB) */
	bool readable, writable, executable; /* for the privilege asked about */
	bool global;              /* not nG: valid for every ASID */
	uint8_t domain;           /* of the descriptor (0 with the MMU off) */
};

/* Translate va for an access of the given kind; user selects User-mode
 * permission checks. On a fault, returns false and sets *fsr to the fault
 * status (DFSR/IFSR encoding, without WnR). */
bool mmu_translate(struct cpu *cpu, uint32_t va, enum access acc, bool user,
		   struct translation *t, uint32_t *fsr);

/* The same, noting the descriptors the walk read (the monitor's info mmu):
 * levels of them (0 with the MMU off or a fault before the first), each with
 * the physical address it was read from. */
struct mmu_walk {
	uint32_t addr[2], desc[2];
	unsigned levels;
};
bool mmu_translate_walk(struct cpu *cpu, uint32_t va, enum access acc, bool user,
			struct translation *t, uint32_t *fsr, struct mmu_walk *w);

#endif
