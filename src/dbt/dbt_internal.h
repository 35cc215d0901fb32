/*
 * The translator's private structures (src/dbt/).
 *
 * Generated code runs with:
 *   rbp = struct cpu *          (guest registers and flags live in struct cpu)
 *   r15 = ESPT region base       (blocks without TBF_SOFTMMU; unused in the others)
 *   rsp = 16-byte aligned, with DBT_SCRATCH bytes of scratch at [rsp]
 *   rbx, r11-r14: guest registers cached within a block (src/dbt/gen.h)
 * and may clobber every other register. It never pushes: a call from it, or the
 * SIGSEGV handler's redirect to the abort stub, finds the stack aligned.
 */
#ifndef ARMVM_DBT_INTERNAL_H
#define ARMVM_DBT_INTERNAL_H

#include <stddef.h>

#include "cpu.h"
#include "dbt.h"
#include "espt.h"
#include "machine.h"
#include "mmu_auto.h"
#include "vclock.h"
#include "x64_emit.h"

#define DBT_CODE_SIZE      (192u << 20)
#define DBT_MAX_TBS        (1u << 19)
#define DBT_MAX_INSNS      (DBT_MAX_TBS * 8)
#define DBT_MAX_SITES      (1u << 22)
#define DBT_BLOCK_INSNS    DBT_MAX_BLOCK_INSNS
#define DBT_TB_HASH_BITS   18
#define DBT_JC_PAGE_BITS   7           /* jump cache: 2^7 page groups ... */
#define DBT_JC_SLOT_BITS   9           /* ... of 2^9 slots */
#define DBT_JC_BITS        (DBT_JC_PAGE_BITS + DBT_JC_SLOT_BITS)
#define DBT_SCRATCH        64          /* bytes of scratch at [rsp] */
#define DBT_SLOW_PCS       256         /* open-addressed set, 0 = empty */
#define DBT_SMC_WRITES     8           /* stores into a code page before its blocks check themselves */
#define DBT_CACHE_REGS     5           /* guest registers in host registers */
#define DBT_TB_EXITS       4           /* chainable exits of a block (a power of 2) */
#define DBT_RAS            16          /* return-address stack entries (a power of 2) */
#define DBT_NO_REG         0xffu

/* The host registers that cache guest registers: no generator uses them as
 * scratch (the entry stub saves the callee-saved ones for dbt_run's caller;
 * all are reloaded after a call into C). */
static inline enum x64_reg dbt_cache_host(unsigned k)
{
	static const enum x64_reg host[DBT_CACHE_REGS] = {
		X64_RBX, X64_R12, X64_R13, X64_R14, X64_R11
	};
	return host[k];
}

/* What a block's code depends on besides its address (the tb key's flags). */
#define TBF_THUMB    0x0001u
#define TBF_PRIV     0x0002u  /* privileged: the softmmu TLB kind */
#define TBF_BIGEND   0x0004u  /* CPSR.E: data accesses go through helpers */
#define TBF_ALIGN    0x0008u  /* SCTLR.A: data accesses go through helpers */
#define TBF_SOFTMMU  0x0010u  /* accesses use the software TLB, not ESPT (r15) */
#define TBF_IT_SHIFT 8        /* ITSTATE at block entry in [15:8] */

struct tb;

/* A patchable direct exit: the rel32 of its jmp, and the chain it is in. */
struct tb_exit {
	uint8_t *jmp;            /* rel32 field; NULL: no such exit */
	uint8_t *stub;           /* unchained target: the exit stub */
	uint32_t pc, flags;      /* guest target and the state it runs in */
	struct tb *to;           /* chained to, or NULL */
	struct tb *in_next;      /* next tb in to->in_list (with in_slot) */
	uint8_t in_next_slot;
};

struct tb {
	uint32_t vpc, flags;
	uint32_t pa, pa_last;    /* physical addresses of the first and last byte */
	uint8_t *code;           /* first byte of its code */
	uint8_t *entry;          /* where it is entered: code, or its self-check */
	uint16_t ninsns;
	bool valid;
	uint32_t domain_bit;     /* DACR bit that makes its page's domain accessible */
	uint64_t ctx;            /* address space it was found in (0: a global page) */
	struct tb *hash_next;
	struct tb *page_next[2]; /* per physical page lists (first and last byte's page) */
	struct tb_exit exit[DBT_TB_EXITS];
	struct tb *in_list;      /* exits chained to this tb: (tb, slot) */
	uint8_t in_slot;
	/* Ended by BL/BLX: where its call returns (Thumb bit clear) and the
	 * block found there, valid while ret_gen == dbt.gen (gen_ras_pop). */
	uint32_t ret_pc;
	uint64_t ret_gen;
	struct tb *ret_tb;
};

/* A guest memory access in generated code (ESPT): how the SIGSEGV handler
 * completes it (MMIO) or raises its abort. Sorted by host address. */
struct mem_site {
	uint8_t *host;           /* the faulting host instruction */
	uint32_t pc;             /* guest instruction */
	uint8_t host_len;        /* bytes of the host instruction */
	uint8_t size;            /* 1, 2, 4 */
	uint8_t reg;             /* host register: value loaded or stored */
	uint8_t flags;           /* SITE_* */
	uint8_t itstate;         /* ITSTATE when the instruction started */
	uint8_t mmio_count;      /* MMIO faults so far */
	uint8_t insns_before;    /* instructions of the block before it */
	/* The guest register dbt_cache_host(k) holds that struct cpu may be
	 * behind on, or DBT_NO_REG: written back before an abort. */
	uint8_t dirty_reg[DBT_CACHE_REGS];
};
#define SITE_STORE  0x01u
#define SITE_SIGNED 0x02u
#define SITE_NZ     0x04u  /* N, Z not yet stored: the x86 SF, ZF */
#define SITE_CV     0x08u  /* C, V too: CF (inverted with SITE_NOT_C), OF */
#define SITE_NOT_C  0x10u

struct dbt_stats {
	uint64_t blocks, chains, helper_insns, native_insns, exits, lookups;
	uint64_t flushes, invalidations;
	uint64_t self_check_pages, stale;   /* pages given to self-checking blocks; blocks found stale */
	uint64_t translate_ns;              /* host time in translate_block */
	uint64_t tlb_misses;                /* slow paths of software-TLB accesses */
};

typedef uintptr_t dbt_enter_fn(struct cpu *cpu, const uint8_t *code, uint8_t *base);

struct dbt {
	struct cpu *cpu;
	struct machine *m;
	enum dbt_mmu mmu;
	struct espt *espt;       /* ESPT and auto modes */
	struct mmu_auto *autop;  /* auto mode: which scheme each view runs */
	uint64_t faults;         /* SIGSEGVs handled (auto mode prices them) */
	bool exact;              /* --max-insns, --icount: dbt_set_exact */
	bool fault_restart;      /* abort_stub restarts the instruction instead */

	uint8_t *code;           /* DBT_CODE_SIZE bytes, RWX */
	struct x64_buf buf;      /* where the next block goes */
	uint8_t *blocks_start;   /* after the fixed stubs */
	dbt_enter_fn *enter;
	uint8_t *exit_stub;      /* epilogue: return rax to enter()'s caller */
	uint8_t *abort_stub;     /* raise the abort the fault handler recorded */
	uint8_t *lookup_stub;    /* indirect branch: r[15] set, find the next block */

	struct tb *tbs;          /* DBT_MAX_TBS */
	unsigned ntbs;
	struct insn *insns;      /* decoded instructions the helpers are called with */
	unsigned ninsns;
	struct mem_site *sites;
	unsigned nsites;

	struct tb *hash[1u << DBT_TB_HASH_BITS];
	struct tb *jc[1u << DBT_JC_BITS];   /* jump cache by virtual PC */
	uint32_t dacr_ok;        /* bit 2n: domain n accessible (all with the MMU off) */
	uint64_t cur_ctx;        /* the current address space: TTBR0 << 32 | ASID | 1 << 8 */
	/* Return-address prediction (gen_branch.c): the blocks whose BL/BLX
	 * ran, as a ring; gen changes whenever a block found by virtual
	 * address may no longer be the one to run there (the jump cache's
	 * flushes, a block dropped, a new address space). */
	struct tb *ras[DBT_RAS];
	uint32_t ras_top;
	uint64_t gen;
	struct tb *ras_fill;     /* a return missed: its caller, for dbt_run to fill */
	struct tb ras_none;      /* the empty entry: its ret_pc matches no PC */
	uint32_t slow_pcs[DBT_SLOW_PCS];    /* instructions that keep hitting MMIO */
	struct tb **page_tbs;    /* per RAM page: the blocks in it */
	uint8_t *code_pages;     /* bitmap: RAM page holds translated code */
	uint8_t *page_writes;    /* per RAM page: stores that hit its code; DBT_SMC_WRITES:
				  * its blocks check their own bytes (tb_code_store) */
	uint32_t npages;

	uint32_t fault_va, fault_fsr; /* abort recorded by the fault handler */
	FILE *perf_map;          /* --perf-map, or NULL */
	bool (*bp)(void *ctx, uint32_t va);   /* debugger breakpoints, or NULL */
	void *bp_ctx;
	struct dbt_stats stats;
};

/* dbt.c: do blocks of the CPU's current view use the software TLB? */
bool dbt_view_softmmu(struct dbt *d, bool priv);

/* tb.c */
uint32_t tb_current_flags(struct dbt *d);
struct tb *tb_find(struct dbt *d, uint32_t vpc, uint32_t flags);
void tb_chain(struct dbt *d, struct tb *from, unsigned slot, struct tb *to);
void tb_invalidate(struct dbt *d, struct tb *tb);
void tb_invalidate_page(struct dbt *d, uint32_t pa);
bool tb_code_store(struct dbt *d, uint32_t pa, unsigned size);
bool tb_self_checking(const struct dbt *d, uint32_t pa);
void tb_stale(struct dbt *d, struct tb *tb);
/* Guest instructions (virtual PC | Thumb) whose accesses go through helpers. */
void dbt_mark_slow_pc(struct dbt *d, uint32_t pc_thumb);
bool dbt_is_slow_pc(const struct dbt *d, uint32_t pc_thumb);
void tb_flush_all(struct dbt *d);
void tb_jc_flush(struct dbt *d);
void tb_jc_flush_page(struct dbt *d, uint32_t va);
void tb_update_dacr(struct dbt *d);
void tb_update_ctx(struct dbt *d);
/* Jump-cache slot: a group of slots per page (so that a page is dropped
 * cheaply), then PC[10:2] with PC[1] (Thumb) folded into the top bit. The
 * lookup stub in src/dbt/dbt.c computes the same. */
static inline unsigned tb_jc_group(uint32_t vpc)
{
	return ((vpc >> 12) ^ (vpc >> 19)) & ((1u << DBT_JC_PAGE_BITS) - 1);
}
static inline unsigned tb_jc_index(uint32_t vpc)
{
	return tb_jc_group(vpc) << DBT_JC_SLOT_BITS |
	       ((vpc >> 2 ^ (vpc & 2) << (DBT_JC_SLOT_BITS - 2)) & ((1u << DBT_JC_SLOT_BITS) - 1));
}

/* translate.c: compile the block at vpc (physical pa) into d->buf; NULL if the
 * code cache is full. May raise a prefetch abort (longjmp) for the first
 * instruction only. */
struct tb *translate_block(struct dbt *d, uint32_t vpc, uint32_t pa, uint32_t flags);

/* fault.c */
bool dbt_fault_install(struct dbt *d);
void dbt_fault_remove(struct dbt *d);
_Noreturn void dbt_raise_fault_abort(struct cpu *cpu);

/* Offsets into struct cpu for generated code. */
#define CPU_OFF(field) ((int32_t)offsetof(struct cpu, field))
#define CPU_REG(n)     (CPU_OFF(r) + 4 * (int32_t)(n))
static inline struct x64_mem cpu_mem(int32_t off) { return x64_mem(X64_RBP, off); }

#endif
