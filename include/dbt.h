/*
 * The dynamic binary translator (src/dbt/): guest ARM/Thumb-2 blocks to x86-64.
 *
 * The run loop (src/host/run_loop.c) calls dbt_run() instead of the interpreter
 * when cpu->dbt is set. Translated code keeps the guest state in struct cpu exactly as
 * the interpreter does at every instruction boundary that can be observed (helper
 * calls, aborts, block exits), so both engines are interchangeable at any point.
 *
 * Guest memory is reached either through ESPT (include/espt.h: one host instruction
 * on [region base + guest VA], faults resolved by a SIGSEGV handler) or through an
 * inline software-TLB lookup (the softmmu mode), chosen at creation or, with
 * DBT_MMU_AUTO, per view as the translator runs (include/mmu_auto.h).
 */
#ifndef ARMVM_DBT_H
#define ARMVM_DBT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct machine;
struct cpu;

enum dbt_mmu { DBT_MMU_ESPT, DBT_MMU_SOFTMMU, DBT_MMU_AUTO };

/* No block is longer than this many instructions. */
#define DBT_MAX_BLOCK_INSNS 48

struct dbt;

/* Translator for m's core; NULL with a one-line message on stderr on failure.
 * max_maps bounds ESPT's host mappings (0: from /proc/sys/vm/max_map_count). */
struct dbt *dbt_create(struct machine *m, enum dbt_mmu mmu, unsigned max_maps);
void dbt_destroy(struct dbt *d);

/* DBT_MMU_AUTO, for tests: every view changes scheme each `insns` of its
 * instructions instead of following the policy (0: the policy). */
void dbt_set_mmu_switch(struct dbt *d, uint64_t insns);
/* Before any translation, for --max-insns and --icount: blocks are not
 * entered at or past the budget's end (cpu->insn_limit), also when chained,
 * and one whose helper asked for the loop (an interrupt a device raised)
 * leaves after that instruction, where the interpreter takes the interrupt. */
void dbt_set_exact(struct dbt *d);

/* Run translated code until cpu->exit_request is set or at least `budget` guest
 * instructions have run (at most DBT_MAX_BLOCK_INSNS more): true; false when the
 * next instruction is one the translator does not cache (outside RAM), for the
 * interpreter to run. */
bool dbt_run(struct dbt *d, uint64_t budget);

/* Forget every translation (guest code changed behind the CPU's back). */
void dbt_flush(struct dbt *d);

/* Debugger breakpoints (src/host/gdb.c): blocks end before every address for
 * which bp(ctx, va) is true, and a block that starts at one sets exit_request
 * and leaves before running anything. Drops every translation; bp NULL: none. */
void dbt_set_breakpoints(struct dbt *d, bool (*bp)(void *ctx, uint32_t va), void *ctx);

/* The translator's bitmap of RAM pages holding code (cpu->code_pages): is the
 * page at offset ram_off of guest RAM marked? */
static inline bool dbt_code_page(const uint8_t *code_pages, uint32_t ram_off)
{
	return code_pages[ram_off >> 15] >> (ram_off >> 12 & 7) & 1;
}

/* A guest store of size bytes at physical address pa (in one page) reached a
 * RAM page holding translated code: drop the translations it overlaps. The
 * page may stop holding code (then the software TLB may cache a write entry). */
void dbt_code_written(struct dbt *d, uint32_t pa, unsigned size);

/* TLB maintenance and translation-register changes (src/cpu/cp15.c). */
enum dbt_tlbi {
	DBT_ASID_CHANGE,     /* CONTEXTIDR or TTBR0 written: another address space */
	DBT_DACR_CHANGE,     /* DACR written: arg = its previous value */
	DBT_TLBI_ALL,        /* TLBIALL(IS), SCTLR, TTBR1, TTBCR writes */
	DBT_TLBI_ASID,       /* TLBIASID(IS): arg = ASID */
	DBT_TLBI_VA,         /* TLBIMVA(IS): arg = VA[31:12] | ASID */
	DBT_TLBI_VA_ALL_ASID /* TLBIMVAA(IS): arg = VA */
};
void dbt_tlb_maintenance(struct dbt *d, enum dbt_tlbi op, uint32_t arg);

/* --perf-map: name every block in f as perf(1) reads /tmp/perf-PID.map
 * ("start size tb_<guest pc>_<flags>"), so profiles show guest addresses. */
void dbt_set_perf_map(struct dbt *d, FILE *f);

/* --stats: translator and ESPT counters; run_ns, the run's host time (0 if
 * unknown), gives the share of it spent translating. */
void dbt_print_stats(const struct dbt *d, FILE *f, uint64_t run_ns);

/* The monitor (src/host/monitor_info.c): ESPT in the espt and auto modes, the
 * auto mode's policy; NULL when not in use. */
struct espt;
struct mmu_auto;
struct espt *dbt_espt(const struct dbt *d);
const struct mmu_auto *dbt_mmu_auto(const struct dbt *d);

#endif
