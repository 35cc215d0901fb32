/*
 * The translator's life cycle and dispatcher: the code buffer with its entry
 * and exit stubs, the loop that finds (or translates) the block for the CPU's
 * state, chains the exit it came from, and runs it.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "dbt_internal.h"

/* Saved by the entry stub: rbp, rbx, r12-r15 (System V callee-saved). */
static const enum x64_reg saved_regs[] = {
	X64_RBP, X64_RBX, X64_R12, X64_R13, X64_R14, X64_R15
};
#define NSAVED (sizeof(saved_regs) / sizeof(saved_regs[0]))
/* Six pushes and the return address leave rsp 8 off 16-byte alignment. */
#define FRAME (8 + DBT_SCRATCH)

static void emit_stubs(struct dbt *d)
{
	struct x64_buf *b = &d->buf;
	/* enter(cpu = rdi, code = rsi, base = rdx) */
	d->enter = (dbt_enter_fn *)(void *)b->p;
	for (unsigned i = 0; i < NSAVED; i++)
		x64_push_r64(b, saved_regs[i]);
	x64_sub_r64_imm(b, X64_RSP, FRAME);
	x64_mov_r64_r64(b, X64_RBP, X64_RDI);
	x64_mov_r64_r64(b, X64_R15, X64_RDX);
	x64_jmp_r64(b, X64_RSI);

	x64_align(b, 16);
	d->exit_stub = b->p;
	x64_add_r64_imm(b, X64_RSP, FRAME);
	for (unsigned i = NSAVED; i--;)
		x64_pop_r64(b, saved_regs[i]);
	x64_ret(b);

	x64_align(b, 16);
	d->abort_stub = b->p;
	x64_mov_r64_r64(b, X64_RDI, X64_RBP);
	x64_call_abs(b, (const void *)dbt_raise_fault_abort, X64_RAX);
	x64_ud2(b);

	/* lookup(pc = eax, flags = ecx): the jump cache inline, else the dispatcher. */
	x64_align(b, 16);
	d->lookup_stub = b->p;
	x64_mov_r32_r32(b, X64_RDX, X64_RAX);              /* tb_jc_index(eax) */
	x64_shr_r32_imm(b, X64_RDX, 12);
	x64_mov_r32_r32(b, X64_R8, X64_RAX);
	x64_shr_r32_imm(b, X64_R8, 19);
	x64_xor_r32_r32(b, X64_RDX, X64_R8);
	x64_and_r32_imm(b, X64_RDX, (1 << DBT_JC_PAGE_BITS) - 1);
	x64_shl_r32_imm(b, X64_RDX, DBT_JC_SLOT_BITS);
	x64_mov_r32_r32(b, X64_R8, X64_RAX);
	x64_and_r32_imm(b, X64_R8, 2);
	x64_shl_r32_imm(b, X64_R8, DBT_JC_SLOT_BITS - 2);
	x64_mov_r32_r32(b, X64_R9, X64_RAX);
	x64_shr_r32_imm(b, X64_R9, 2);
	x64_xor_r32_r32(b, X64_R8, X64_R9);
	x64_and_r32_imm(b, X64_R8, (1 << DBT_JC_SLOT_BITS) - 1);
	x64_or_r32_r32(b, X64_RDX, X64_R8);
	x64_mov_r64_imm(b, X64_R8, (uintptr_t)d->jc);
	x64_mov_r64_m64(b, X64_RDX, x64_mem_sib(X64_R8, X64_RDX, 8, 0));
	x64_test_r64_r64(b, X64_RDX, X64_RDX);
	uint8_t *miss1 = x64_jcc_rel8(b, X64_CC_E, NULL);
	x64_alu_r32_m32(b, X64_CMP, X64_RAX, x64_mem(X64_RDX, offsetof(struct tb, vpc)));
	uint8_t *miss2 = x64_jcc_rel8(b, X64_CC_NE, NULL);
	x64_alu_r32_m32(b, X64_CMP, X64_RCX, x64_mem(X64_RDX, offsetof(struct tb, flags)));
	uint8_t *miss3 = x64_jcc_rel8(b, X64_CC_NE, NULL);
	x64_mov_r32_m32(b, X64_R9, x64_mem(X64_RDX, offsetof(struct tb, domain_bit)));
	x64_alu_r32_m32(b, X64_AND, X64_R9,
			x64_mem(X64_R8, offsetof(struct dbt, dacr_ok) - offsetof(struct dbt, jc)));
	uint8_t *miss4 = x64_jcc_rel8(b, X64_CC_E, NULL);
	x64_mov_r64_m64(b, X64_R9, x64_mem(X64_RDX, offsetof(struct tb, ctx)));
	x64_test_r64_r64(b, X64_R9, X64_R9);
	uint8_t *global = x64_jcc_rel8(b, X64_CC_E, NULL);
	x64_alu_r64_m64(b, X64_CMP, X64_R9,
			x64_mem(X64_R8, offsetof(struct dbt, cur_ctx) - offsetof(struct dbt, jc)));
	uint8_t *miss5 = x64_jcc_rel8(b, X64_CC_NE, NULL);
	x64_patch_rel8(global, b->p);
	x64_jmp_m64(b, x64_mem(X64_RDX, offsetof(struct tb, entry)));
	x64_patch_rel8(miss1, b->p);
	x64_patch_rel8(miss2, b->p);
	x64_patch_rel8(miss3, b->p);
	x64_patch_rel8(miss4, b->p);
	x64_patch_rel8(miss5, b->p);
	x64_mov_r32_imm32(b, X64_RAX, 0);
	x64_jmp_rel32(b, d->exit_stub);

	x64_align(b, 64);
	d->blocks_start = b->p;
}

/* Close to the executable, so that calls to the helpers are rel32. */
static void *map_code_buffer(void)
{
	uintptr_t near = ((uintptr_t)(void *)dbt_create - (1ull << 30)) & ~(uintptr_t)0xfffff;
	int prot = PROT_READ | PROT_WRITE | PROT_EXEC;
	int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
	void *p = mmap((void *)near, DBT_CODE_SIZE, prot, flags | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != MAP_FAILED)
		return p;
	p = mmap(NULL, DBT_CODE_SIZE, prot, flags, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

struct dbt *dbt_create(struct machine *m, enum dbt_mmu mmu, unsigned max_maps)
{
	struct dbt *d = calloc(1, sizeof(*d));
	if (!d)
		goto nomem;
	d->m = m;
	d->cpu = &m->cpu;
	d->mmu = mmu;
	d->npages = (m->bus.ram_size + 0xfff) >> 12;
	d->tbs = calloc(DBT_MAX_TBS, sizeof(*d->tbs));
	d->insns = calloc(DBT_MAX_INSNS, sizeof(*d->insns));
	d->sites = calloc(DBT_MAX_SITES, sizeof(*d->sites));
	d->page_tbs = calloc(d->npages, sizeof(*d->page_tbs));
	d->code_pages = calloc((d->npages + 7) / 8, 1);
	d->page_writes = calloc(d->npages, 1);
	d->code = map_code_buffer();
	if (!d->tbs || !d->insns || !d->sites || !d->page_tbs || !d->code_pages ||
	    !d->page_writes || !d->code)
		goto nomem;
	x64_buf_init(&d->buf, d->code, DBT_CODE_SIZE);
	emit_stubs(d);
	d->gen = 1;   /* a new block's ret_gen (0) never matches */
	d->ras_none.ret_pc = 1;
	for (unsigned i = 0; i < DBT_RAS; i++)
		d->ras[i] = &d->ras_none;
	tb_update_dacr(d);
	tb_update_ctx(d);
	if (mmu == DBT_MMU_AUTO) {
		if (!(d->autop = malloc(sizeof(*d->autop))))
			goto nomem;
		mmu_auto_init(d->autop, 0);
	}
	if (mmu != DBT_MMU_SOFTMMU) {
		d->espt = espt_create(d->cpu, d->code_pages, max_maps,
				      m->opts ? m->opts->espt_policy : NULL);
		if (!d->espt || !dbt_fault_install(d)) {
			dbt_destroy(d);
			return NULL;
		}
	}
	m->cpu.dbt = d;
	m->cpu.code_pages = d->code_pages;
	return d;
nomem:
	fprintf(stderr, "armvm: cannot set up the translator: out of memory\n");
	dbt_destroy(d);
	return NULL;
}

void dbt_destroy(struct dbt *d)
{
	if (!d)
		return;
	if (d->m && d->m->cpu.dbt == d) {
		d->m->cpu.dbt = NULL;
		d->m->cpu.code_pages = NULL;
	}
	if (d->espt) {
		dbt_fault_remove(d);
		espt_destroy(d->espt);
	}
	if (d->code)
		munmap(d->code, DBT_CODE_SIZE);
	free(d->tbs);
	free(d->insns);
	free(d->sites);
	free(d->page_tbs);
	free(d->code_pages);
	free(d->page_writes);
	free(d->autop);
	free(d);
}

void dbt_set_exact(struct dbt *d)
{
	d->exact = true;
}

void dbt_set_mmu_switch(struct dbt *d, uint64_t insns)
{
	if (d->autop)
		mmu_auto_init(d->autop, insns);
}

/* ESPT's management cost so far, priced per operation (include/mmu_auto.h).
 * A host mapping is charged its unmap too when it is made: the view that
 * fills pays, not the one whose TLB maintenance later drops the fill. */
static uint64_t espt_cost_ns(const struct dbt *d)
{
	struct espt_stats s;
	espt_get_stats(d->espt, &s);
	return d->faults * MMU_AUTO_FAULT_NS + s.maps * (MMU_AUTO_MAP_NS + MMU_AUTO_UNMAP_NS) +
	       s.protects * MMU_AUTO_UNMAP_NS;
}

/* The views of the policy (include/mmu_auto.h): with the MMU on, each
 * address space's user view (the context, bit 8 set) and one privileged view
 * for all (the kernel's mappings are global: ESPT keeps its fills across
 * address spaces), except while the user view is young: then the kernel
 * side of that address space is a view of its own, so that the kernel's
 * writes to a new process's fresh pages go through the software TLB too;
 * with the MMU off, one per privilege. */
#define VIEW_KERNEL  (1u << 11)
#define VIEW_MMU_OFF (1u << 10)
#define VIEW_PRIV    (1u << 9)

bool dbt_view_softmmu(struct dbt *d, bool priv)
{
	if (d->mmu != DBT_MMU_AUTO)
		return d->mmu == DBT_MMU_SOFTMMU;
	uint64_t key = !(d->cpu->cp15.sctlr & SCTLR_M) ? VIEW_MMU_OFF | (priv ? VIEW_PRIV : 0)
		     : !priv ? d->cur_ctx
		     : VIEW_KERNEL | (mmu_auto_young(d->autop, d->cur_ctx) ? d->cur_ctx : 0);
	int espt = mmu_auto_cached(d->autop, key, d->cpu->insn_count);
	if (espt < 0)
		espt = mmu_auto_choose(d->autop, key, d->cpu->insn_count, espt_cost_ns(d),
				       d->stats.tlb_misses);
	return !espt;
}

void dbt_flush(struct dbt *d)
{
	tb_flush_all(d);
}

void dbt_set_breakpoints(struct dbt *d, bool (*bp)(void *ctx, uint32_t va), void *ctx)
{
	d->bp = bp;
	d->bp_ctx = ctx;
	tb_flush_all(d);
}

void dbt_code_written(struct dbt *d, uint32_t pa, unsigned size)
{
	tb_code_store(d, pa, size);
}

/* Bit 2n set when domain n is Manager (DACR field 0b11, B4.1.43). */
static uint32_t dacr_managers(uint32_t dacr)
{
	return dacr & dacr >> 1 & 0x55555555u;
}

void dbt_tlb_maintenance(struct dbt *d, enum dbt_tlbi op, uint32_t arg)
{
	switch (op) {
	case DBT_ASID_CHANGE:
		tb_update_ctx(d);
		break;
	case DBT_DACR_CHANGE:
		if (dacr_managers(arg) & ~dacr_managers(d->cpu->cp15.dacr))
			tb_jc_flush(d);
		tb_update_dacr(d);
		break;
	case DBT_TLBI_ALL:
		tb_jc_flush(d);
		tb_update_dacr(d);   /* SCTLR.M may have changed */
		if (d->espt)
			espt_flush_all(d->espt);
		break;
	case DBT_TLBI_ASID:
		tb_jc_flush(d);
		if (d->espt)
			espt_flush_asid(d->espt, (uint8_t)arg);
		break;
	case DBT_TLBI_VA:
		tb_jc_flush_page(d, arg);
		if (d->espt)
			espt_flush_va(d->espt, arg & ~0xfffu, (uint8_t)arg);
		break;
	case DBT_TLBI_VA_ALL_ASID:
		tb_jc_flush_page(d, arg);
		if (d->espt)
			espt_flush_va_all_asid(d->espt, arg & ~0xfffu);
		break;
	}
}

bool dbt_run(struct dbt *d, uint64_t budget)
{
	struct cpu *cpu = d->cpu;
	uint64_t end = budget > UINT64_MAX - cpu->insn_count ? UINT64_MAX
							       : cpu->insn_count + budget;
	cpu->insn_limit = end;
	uintptr_t from = 0;
	uint64_t flushes = d->stats.flushes;
	struct tb *fill = NULL;

	while (!atomic_load_explicit(&cpu->exit_request, memory_order_relaxed) &&
	       cpu->insn_count < end) {
		struct tb *tb = tb_find(d, cpu->r[15], tb_current_flags(d));
		if (!tb)
			return false;   /* code outside RAM */
		if (from && (d->exact || !cpu->max_insns) && flushes == d->stats.flushes)
			tb_chain(d, (struct tb *)(from & ~(uintptr_t)(DBT_TB_EXITS - 1)),
				 from & (DBT_TB_EXITS - 1), tb);
		if (fill && flushes == d->stats.flushes && fill->ret_pc == tb->vpc) {
			fill->ret_tb = tb;   /* the return predicted from now on */
			fill->ret_gen = d->gen;
		}
		flushes = d->stats.flushes;
		uint8_t *base = tb->flags & TBF_SOFTMMU ? NULL : espt_base(d->espt);
		from = d->enter(cpu, tb->entry, base);
		fill = d->ras_fill;
		d->ras_fill = NULL;
		cpu->insns_pending = 0;
		d->stats.exits++;
	}
	return true;
}

void dbt_set_perf_map(struct dbt *d, FILE *f)
{
	d->perf_map = f;
}

void dbt_print_stats(const struct dbt *d, FILE *f, uint64_t run_ns)
{
	const struct dbt_stats *s = &d->stats;
	double ms = (double)s->translate_ns / 1e6;
	fprintf(f, "armvm: stats: dbt: %llu blocks (%llu native and %llu helper instructions "
		"translated), %llu chains, %llu dispatcher entries, %llu table lookups, "
		"%llu invalidations, %llu flushes, %llu self-checking pages, %llu stale blocks, "
		"%llu software-TLB misses, translation %.1f ms (%.0f blocks/s",
		(unsigned long long)s->blocks, (unsigned long long)s->native_insns,
		(unsigned long long)s->helper_insns, (unsigned long long)s->chains,
		(unsigned long long)s->exits, (unsigned long long)s->lookups,
		(unsigned long long)s->invalidations, (unsigned long long)s->flushes,
		(unsigned long long)s->self_check_pages, (unsigned long long)s->stale,
		(unsigned long long)s->tlb_misses, ms, ms > 0 ? (double)s->blocks / ms * 1e3 : 0.0);
	if (run_ns)
		fprintf(f, ", %.1f %% of the run", 100.0 * (double)s->translate_ns / (double)run_ns);
	fprintf(f, ")\n");
	if (d->autop)
		mmu_auto_print_stats(d->autop, f);
	if (d->espt)
		espt_print_stats(d->espt, f);
}

struct espt *dbt_espt(const struct dbt *d)
{
	return d->espt;
}

const struct mmu_auto *dbt_mmu_auto(const struct dbt *d)
{
	return d->autop;
}
