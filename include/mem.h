/*
 * Guest memory as the CPU sees it (src/mmu/softmmu.c): virtual addresses,
 * translated through the software TLB (and, with the MMU on, the page-table
 * walker), to guest RAM or to a device in the physical map.
 *
 * Loads and stores never return on a guest abort: they record DFSR/DFAR, enter
 * the Data Abort exception and leave the instruction through cpu->abort_jmp. An
 * instruction must therefore do all its loads before it changes registers, as the
 * ARM ARM's "base restored" abort model requires.
 */
#ifndef ARMVM_MEM_H
#define ARMVM_MEM_H

#include <stdint.h>

#include "cpu.h"

/* Access flags. */
#define MEM_UNPRIV  0x1u  /* LDRT/STRT: checked as a User mode access */
#define MEM_ALIGNED 0x2u  /* alignment fault if not naturally aligned, whatever SCTLR.A */

uint32_t mem_read(struct cpu *cpu, uint32_t va, unsigned size, unsigned flags);
void mem_write(struct cpu *cpu, uint32_t va, uint32_t val, unsigned size, unsigned flags);

/* Instruction fetch (prefetch abort on failure). */
uint32_t mem_fetch16(struct cpu *cpu, uint32_t va);
uint32_t mem_fetch32(struct cpu *cpu, uint32_t va);

/* Drop every software-TLB entry (MMU or mapping changes). */
void tlb_flush(struct cpu *cpu);
/* Drop the entries for the page holding va. */
void tlb_flush_page(struct cpu *cpu, uint32_t va);
/* Drop every entry a TLB operation by VA drops (B4.2.3): those of the page,
 * section or supersection holding va. */
void tlb_flush_va(struct cpu *cpu, uint32_t va);
/* DACR old -> new: drop the entries of the domains whose field changed. */
void tlb_flush_domains(struct cpu *cpu, uint32_t old, uint32_t new);

static inline uint32_t ld32(struct cpu *cpu, uint32_t va) { return mem_read(cpu, va, 4, 0); }
static inline uint32_t ld16(struct cpu *cpu, uint32_t va) { return mem_read(cpu, va, 2, 0); }
static inline uint32_t ld8(struct cpu *cpu, uint32_t va) { return mem_read(cpu, va, 1, 0); }
static inline void st32(struct cpu *cpu, uint32_t va, uint32_t v) { mem_write(cpu, va, v, 4, 0); }
static inline void st16(struct cpu *cpu, uint32_t va, uint32_t v) { mem_write(cpu, va, v, 2, 0); }
static inline void st8(struct cpu *cpu, uint32_t va, uint32_t v) { mem_write(cpu, va, v, 1, 0); }

#endif
