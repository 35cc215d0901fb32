/*
 * ESPT's SIGSEGV handler. A guest access in translated code is one host
 * instruction on [r15 + rcx] (rcx = the zero-extended guest VA), recorded at
 * translation as a struct mem_site. When it faults inside a shadow region, the
 * handler asks espt_fault() and then retries (page filled, or translations of a
 * code page dropped), performs the access on the device and steps over the
 * host instruction (MMIO), or sends the thread to the abort stub, which raises
 * the guest's data abort. Any other fault goes to the handler that was there
 * before, so a real crash still crashes.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#include "dbt_internal.h"
#include "run_loop.h"

#define ALTSTACK_SIZE (256u << 10)
/* An instruction that faulted on MMIO this often is compiled as a helper call. */
#define MMIO_RETRANSLATE 16

static struct dbt *fault_dbt;   /* the translator whose regions the handler serves */
static struct sigaction previous;
static void *altstack;

/* gregs index of each x64_reg (ucontext.h order differs from the encoding). */
static const int greg_of[16] = {
	REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
	REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

static const struct mem_site *find_site(const struct dbt *d, uintptr_t rip)
{
	unsigned lo = 0, hi = d->nsites;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if ((uintptr_t)d->sites[mid].host < rip)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->nsites && (uintptr_t)d->sites[lo].host == rip ? &d->sites[lo] : NULL;
}

/* The block whose code holds host address p (blocks are laid out in order). */
static struct tb *find_tb(struct dbt *d, const uint8_t *p)
{
	unsigned lo = 0, hi = d->ntbs;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (d->tbs[mid].code <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &d->tbs[lo - 1] : NULL;
}

static void pass_on(int sig, siginfo_t *si, void *ctx)
{
	if (previous.sa_flags & SA_SIGINFO) {
		previous.sa_sigaction(sig, si, ctx);
	} else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
		previous.sa_handler(sig);
	} else {
		/* Returning re-executes the access, which now kills the process. */
		signal(sig, SIG_DFL);
	}
}

/* Drop the block; the instruction at s starts one that goes through a helper. */
static void retranslate_slow(struct dbt *d, const struct mem_site *s)
{
	struct tb *tb = find_tb(d, s->host);
	dbt_mark_slow_pc(d, s->pc | (tb ? tb->flags & TBF_THUMB : 0));
	if (tb && tb->valid)
		tb_invalidate(d, tb);
}

/* Perform the access through the bus: its first n bytes at pa on, the others
 * at pa_next on (an access crossing into another page, split into bytes as
 * mem_read/mem_write split it), write the host register and step over the
 * host instruction. */
static void do_mmio(struct dbt *d, struct mem_site *s, greg_t *gregs, uint32_t pa,
		    unsigned n, uint32_t pa_next)
{
	struct bus *bus = &d->m->bus;
	greg_t *reg = &gregs[greg_of[s->reg]];
	bool split = n < s->size || (pa & (s->size - 1u));
	d->cpu->insns_pending = s->insns_before;   /* the device's time (--icount) */
	if (s->flags & SITE_STORE) {
		uint32_t val = (uint32_t)*reg;
		if (split)
			for (unsigned i = 0; i < s->size; i++)
				bus_write(bus, i < n ? pa + i : pa_next + (i - n),
					  val >> (8 * i) & 0xff, 1);
		else
			bus_write(bus, pa, val, s->size);
	} else {
		uint32_t val = 0;
		if (split)
			for (unsigned i = 0; i < s->size; i++)
				val |= bus_read(bus, i < n ? pa + i : pa_next + (i - n), 1)
				       << (8 * i);
		else
			val = bus_read(bus, pa, s->size);
		if (s->flags & SITE_SIGNED)
			val = s->size == 1 ? (uint32_t)(int8_t)val : (uint32_t)(int16_t)val;
		*reg = (greg_t)val;   /* a 32-bit load zero-extends */
	}
	gregs[REG_RIP] += s->host_len;
	if (++s->mmio_count == MMIO_RETRANSLATE)
		retranslate_slow(d, s);
}

/* A store to a page holding code drops the blocks it overlaps (tb_code_store).
 * While the page still holds code it stays read-only: the handler does the
 * store and steps over it. Otherwise the store is retried and fills the page
 * writable. A store across two pages, or wider than a general register, drops
 * the faulting page's blocks. */
static void code_write(struct dbt *d, const struct mem_site *s, greg_t *gregs,
		       const struct espt_fault *f)
{
	uint32_t va = (uint32_t)gregs[REG_RCX];
	if ((va & 0xfffu) + s->size > 0x1000u || s->size > 4) {
		tb_invalidate_page(d, f->pa);
		return;
	}
	uint32_t pa = f->pa - (f->va - va);
	if (!tb_code_store(d, pa, s->size))
		return;
	uint32_t val = (uint32_t)gregs[greg_of[s->reg]];
	memcpy(bus_ram_ptr(&d->m->bus, pa, s->size), &val, s->size);
	gregs[REG_RIP] += s->host_len;
}

/* Leave the block through abort_stub with struct cpu as before the instruction. */
static void leave_before(struct dbt *d, const struct mem_site *s, greg_t *gregs)
{
	struct cpu *cpu = d->cpu;
	for (unsigned k = 0; k < DBT_CACHE_REGS; k++)   /* guest registers cached dirty */
		if (s->dirty_reg[k] != DBT_NO_REG)
			cpu->r[s->dirty_reg[k]] = (uint32_t)gregs[greg_of[dbt_cache_host(k)]];
	greg_t efl = gregs[REG_EFL];   /* flags the block had not stored yet */
	if (s->flags & SITE_NZ) {
		cpu->nf = efl >> 7 & 1;
		cpu->zf = efl >> 6 & 1;
	}
	if (s->flags & SITE_CV) {
		cpu->cf = (efl & 1) ^ !!(s->flags & SITE_NOT_C);
		cpu->vf = efl >> 11 & 1;
	}
	cpu->cur_pc = s->pc;
	cpu->cur_itstate = s->itstate;
	cpu->insns_pending = s->insns_before;
	gregs[REG_RIP] = (greg_t)(uintptr_t)d->abort_stub;
}

static void raise_abort(struct dbt *d, const struct mem_site *s, greg_t *gregs,
			const struct espt_fault *f)
{
	d->fault_va = f->va;
	d->fault_fsr = f->fsr;
	leave_before(d, s, gregs);
}

/* dbt_set_exact: a device reached from here could raise an interrupt in the
 * middle of the block. Instead the instruction runs again from a block that
 * reaches the device through a helper, which leaves after it when asked to.
 * So does a NEON access wider than a general register (gen_mem_xmm). */
static bool restart_exact(struct dbt *d, const struct mem_site *s, greg_t *gregs)
{
	if (!d->exact && s->size <= 4)
		return false;
	retranslate_slow(d, s);
	d->fault_restart = true;
	leave_before(d, s, gregs);
	return true;
}

/*
 * An access crossing into the next page (or from 0xffffffff to VA 0) is two
 * accesses, each through its own page's translation, as in mem_read/mem_write:
 * the first page is checked first and its abort reported at va, the second's
 * at its first byte; a load has read the first page when the second aborts,
 * a store writes nothing. Two RAM pages without the wrap are two shadow pages
 * of the host access: false, fill them as usual. Otherwise the handler does
 * the access itself, dropping the translations of code pages it writes.
 */
static bool do_crossing(struct dbt *d, struct mem_site *s, greg_t *gregs, uint32_t va)
{
	struct bus *bus = &d->m->bus;
	bool store = s->flags & SITE_STORE;
	uint32_t next = (va | 0xfffu) + 1u, n = next - va;
	struct espt_fault f[2];
	if (espt_translate(d->espt, va, store, &f[0]) == ESPT_ABORT) {
		raise_abort(d, s, gregs, &f[0]);
		return true;
	}
	if (espt_translate(d->espt, next, store, &f[1]) == ESPT_ABORT) {
		for (unsigned i = 0; !store && i < n; i++)
			bus_read(bus, f[0].pa + i, 1);
		raise_abort(d, s, gregs, &f[1]);
		return true;
	}
	if (next && bus_ram_ptr(bus, f[0].pa & ~0xfffu, 0x1000) &&
	    bus_ram_ptr(bus, f[1].pa, 0x1000))
		return false;
	if (restart_exact(d, s, gregs))
		return true;
	if (store) {
		tb_invalidate_page(d, f[0].pa);
		tb_invalidate_page(d, f[1].pa);
	}
	do_mmio(d, s, gregs, f[0].pa, n, f[1].pa);
	return true;
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	greg_t *gregs = uc->uc_mcontext.gregs;
	struct dbt *d = fault_dbt;
	uintptr_t addr = (uintptr_t)si->si_addr;
	struct mem_site *s;
	if (!d || !espt_owns(d->espt, addr) ||
	    !(s = (struct mem_site *)find_site(d, (uintptr_t)gregs[REG_RIP]))) {
		pass_on(sig, si, ctx);
		return;
	}
	d->faults++;
	uint32_t va = (uint32_t)gregs[REG_RCX];
	if ((va & 0xfffu) + s->size > 0x1000u && do_crossing(d, s, gregs, va))
		return;
	struct espt_fault f;
	uint64_t t0 = host_clock_ns();
	enum espt_outcome o = espt_fault(d->espt, addr, s->size, s->flags & SITE_STORE, &f);
	switch (o) {
	case ESPT_FILLED:
		break;
	case ESPT_CODE_WRITE:
		code_write(d, s, gregs, &f);
		break;
	case ESPT_MMIO:
		if (!restart_exact(d, s, gregs))
			do_mmio(d, s, gregs, f.pa - (f.va - va), s->size, 0);
		break;
	case ESPT_ABORT:
		raise_abort(d, s, gregs, &f);
		break;
	}
	espt_fault_done(d->espt, o, t0);
}

_Noreturn void dbt_raise_fault_abort(struct cpu *cpu)
{
	struct dbt *d = cpu->dbt;
	if (d->fault_restart) {   /* the instruction runs again, from a new block */
		d->fault_restart = false;
		cpu->insn_count += cpu->insns_pending;
		cpu->r[15] = cpu->cur_pc;
		cpu->itstate = cpu->cur_itstate;
		longjmp(cpu->abort_jmp, RUN_LOOP_UNDONE);
	}
	cpu_data_abort(cpu, cpu->dbt->fault_va, cpu->dbt->fault_fsr);
}

bool dbt_fault_install(struct dbt *d)
{
	if (fault_dbt) {
		fprintf(stderr, "armvm: only one translator with ESPT per process\n");
		return false;
	}
	if (!altstack) {
		altstack = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (altstack == MAP_FAILED) {
			altstack = NULL;
			fprintf(stderr, "armvm: cannot allocate the signal stack\n");
			return false;
		}
	}
	stack_t ss = { .ss_sp = altstack, .ss_size = ALTSTACK_SIZE };
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_ONSTACK };
	sigemptyset(&sa.sa_mask);
	if (sigaltstack(&ss, NULL) || sigaction(SIGSEGV, &sa, &previous)) {
		fprintf(stderr, "armvm: cannot install the ESPT fault handler\n");
		return false;
	}
	fault_dbt = d;
	return true;
}

void dbt_fault_remove(struct dbt *d)
{
	if (fault_dbt != d)
		return;
	sigaction(SIGSEGV, &previous, NULL);
	fault_dbt = NULL;
}
