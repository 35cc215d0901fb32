/*
 * Guest memory accesses through a software TLB (the "softmmu"): a hit turns a
 * guest virtual address into a host address by one addition; a miss translates
 * (src/mmu/translate.c), then caches RAM pages or performs a device access.
 *
 * Alignment (ARM ARM A3.2.1): with SCTLR.A clear, LDR/STR/LDRH/STRH may be
 * unaligned; MEM_ALIGNED accesses (LDM/STM, LDRD/STRD, exclusives) always fault.
 * CPSR.E selects big-endian data (ARM ARM A3.3): bytes are swapped here.
 */
#include <string.h>

#include "dbt.h"
#include "machine.h"
#include "mem.h"
#include "mmu.h"

#define PAGE_MASK 0xfffu
#define TLB_EMPTY ((struct tlb_entry){ TLB_INVALID, TLB_INVALID, TLB_INVALID, 0, 0 })

/* Guests flush often (Linux on every user-access DACR switch) while little may
 * have been cached since: nothing to do when no entry was filled. */
void tlb_flush(struct cpu *cpu)
{
	if (!cpu->tlb_filled)
		return;
	cpu->tlb_filled = false;
	cpu->tlb_domains = 0;
	if (cpu->tlb_large)
		memset(cpu->tlb_large_mib, 0, sizeof(cpu->tlb_large_mib));
	cpu->tlb_large = false;
	for (unsigned k = 0; k < TLB_KINDS; k++)
		for (unsigned i = 0; i < TLB_SIZE; i++)
			cpu->tlb[k][i] = TLB_EMPTY;
}

void tlb_flush_page(struct cpu *cpu, uint32_t va)
{
	for (unsigned k = 0; k < TLB_KINDS; k++)
		cpu->tlb[k][(va >> 12) & (TLB_SIZE - 1)] = TLB_EMPTY;
}

/* Linux's TLBIMVAs are of 4 KiB pages (user pages, vmalloc): the whole TLB is
 * searched only when an entry cut from a larger mapping may cover va. */
void tlb_flush_va(struct cpu *cpu, uint32_t va)
{
	if (!((cpu->tlb_large_mib[va >> 26] >> ((va >> 20) & 63)) & 1)) {
		tlb_flush_page(cpu, va);
		return;
	}
	for (unsigned k = 0; k < TLB_KINDS; k++)
		for (unsigned i = 0; i < TLB_SIZE; i++) {
			struct tlb_entry *e = &cpu->tlb[k][i];
			if (!((e->block ^ va) >> (e->block & 31)))
				*e = TLB_EMPTY;
		}
}

/* An entry's permissions depend on its domain's DACR field only (B3.7.3), and
 * no entry is filled in a No access domain: Linux's user-access switches
 * (domain 1) keep the kernel's entries, and opening the domain drops nothing. */
void tlb_flush_domains(struct cpu *cpu, uint32_t old, uint32_t new)
{
	uint16_t drop = 0;
	for (unsigned d = 0; d < 16; d++)
		if (((old ^ new) >> (2 * d)) & 3 && (old >> (2 * d)) & 3)
			drop |= (uint16_t)(1u << d);
	drop &= cpu->tlb_domains;
	if (!drop)
		return;
	cpu->tlb_domains &= (uint16_t)~drop;
	for (unsigned k = 0; k < TLB_KINDS; k++)
		for (unsigned i = 0; i < TLB_SIZE; i++) {
			struct tlb_entry *e = &cpu->tlb[k][i];
			if ((drop >> ((e->block >> 5) & 15)) & 1)
				*e = TLB_EMPTY;
		}
}

static inline unsigned tlb_kind(const struct cpu *cpu, unsigned flags)
{
	return (flags & MEM_UNPRIV) || !cpu_privileged(cpu) ? TLB_USER : TLB_PRIV;
}

static inline uint32_t swap_data(const struct cpu *cpu, uint32_t v, unsigned size)
{
	if (!(cpu->cpsr_other & CPSR_E) || size == 1)
		return v;
	return size == 2 ? (uint32_t)__builtin_bswap16((uint16_t)v) : __builtin_bswap32(v);
}

static _Noreturn void fault(struct cpu *cpu, uint32_t va, enum access acc, uint32_t fsr)
{
	if (acc == ACCESS_EXEC)
		cpu_prefetch_abort(cpu, va, fsr);
	cpu_data_abort(cpu, va, fsr | (acc == ACCESS_WRITE ? FSR_WNR : 0));
}

static bool holds_code(const struct cpu *cpu, uint32_t pa)
{
	uint32_t offset = pa - cpu->machine->bus.ram_base;
	return cpu->code_pages && offset < cpu->machine->bus.ram_size &&
	       dbt_code_page(cpu->code_pages, offset);
}

static void mark_large(struct cpu *cpu, uint32_t base, uint32_t size)
{
	cpu->tlb_large = true;
	for (uint32_t mib = base >> 20; mib <= (base + size - 1) >> 20; mib++)
		cpu->tlb_large_mib[mib >> 6] |= 1ull << (mib & 63);
}

/*
 * Translate va, fill the TLB entry when the page is RAM, and return the host
 * address of va, or NULL with *pa set when it is a device.
 */
static uint8_t *tlb_fill(struct cpu *cpu, uint32_t va, enum access acc, unsigned kind,
			 uint32_t *pa)
{
	struct translation t;
	uint32_t fsr;
	if (!mmu_translate(cpu, va, acc, kind == TLB_USER, &t, &fsr))
		fault(cpu, va, acc, fsr);
	*pa = t.pa;
	uint8_t *host = bus_ram_ptr(&cpu->machine->bus, t.pa & ~PAGE_MASK, PAGE_MASK + 1);
	if (!host)
		return NULL;
	struct tlb_entry *e = &cpu->tlb[kind][(va >> 12) & (TLB_SIZE - 1)];
	uint32_t page = va & ~PAGE_MASK;
	cpu->tlb_filled = true;
	cpu->tlb_domains |= (uint16_t)(1u << t.domain);
	if (t.page_size > PAGE_MASK + 1)
		mark_large(cpu, va & ~(t.page_size - 1), t.page_size);
	if (e->addend != (uintptr_t)host - page)
		*e = TLB_EMPTY;
	unsigned size_log2 = (unsigned)__builtin_ctz(t.page_size);
	e->block = (va & ~(t.page_size - 1)) | size_log2 | (uint32_t)t.domain << 5;
	e->addend = (uintptr_t)host - page;
	if (t.readable)
		e->tag_read = page;
	/* Writes to a page of translated code take write_slow. */
	if (t.writable && !holds_code(cpu, t.pa))
		e->tag_write = page;
	if (t.executable)
		e->tag_exec = page;
	return host + (va & PAGE_MASK);
}

/* Debugger watchpoints (cpu->watch): a page holding one is never cached, so
 * every access to it comes here (fetches too, as size 0: they fill the same
 * entry but never hit). */
static __attribute__((noinline, cold)) void watch_check(struct cpu *cpu, uint32_t va,
							unsigned size, bool write)
{
	if (cpu->watch(cpu, va, size, write))
		tlb_flush_page(cpu, va);
}

static uint32_t read_slow(struct cpu *cpu, uint32_t va, unsigned size, unsigned kind,
			  enum access acc)
{
	uint32_t pa, v = 0;
	uint8_t *host = tlb_fill(cpu, va, acc, kind, &pa);
	if (__builtin_expect(cpu->watch != NULL, 0))
		watch_check(cpu, va, acc == ACCESS_EXEC ? 0 : size, false);
	if (host) {
		memcpy(&v, host, size);
		return v;
	}
	if (pa & (size - 1)) {
		for (unsigned i = 0; i < size; i++)
			v |= bus_read(&cpu->machine->bus, pa + i, 1) << (8 * i);
		return v;
	}
	return bus_read(&cpu->machine->bus, pa, size);
}

static void write_slow(struct cpu *cpu, uint32_t va, uint32_t val, unsigned size,
		       unsigned kind)
{
	uint32_t pa;
	uint8_t *host = tlb_fill(cpu, va, ACCESS_WRITE, kind, &pa);
	if (__builtin_expect(cpu->watch != NULL, 0))
		watch_check(cpu, va, size, true);
	if (host) {
		if (holds_code(cpu, pa))   /* drop the translations it overwrites */
			dbt_code_written(cpu->dbt, pa, size);
		memcpy(host, &val, size);
	} else if (pa & (size - 1)) {
		for (unsigned i = 0; i < size; i++)
			bus_write(&cpu->machine->bus, pa + i, val >> (8 * i) & 0xff, 1);
	} else {
		bus_write(&cpu->machine->bus, pa, val, size);
	}
}

static void check_alignment(struct cpu *cpu, uint32_t va, unsigned flags, bool write)
{
	if ((flags & MEM_ALIGNED) || (cpu->cp15.sctlr & SCTLR_A))
		cpu_data_abort(cpu, va, FSR_ALIGNMENT | (write ? FSR_WNR : 0));
}

uint32_t mem_read(struct cpu *cpu, uint32_t va, unsigned size, unsigned flags)
{
	unsigned kind = tlb_kind(cpu, flags);
	uint32_t v = 0;
	if (__builtin_expect(va & (size - 1), 0)) {
		check_alignment(cpu, va, flags, false);
		if ((va & PAGE_MASK) + size > PAGE_MASK + 1) {
			for (unsigned i = 0; i < size; i++)
				v |= read_slow(cpu, va + i, 1, kind, ACCESS_READ) << (8 * i);
			return swap_data(cpu, v, size);
		}
	}
	const struct tlb_entry *e = &cpu->tlb[kind][(va >> 12) & (TLB_SIZE - 1)];
	if (__builtin_expect(e->tag_read == (va & ~PAGE_MASK), 1))
		memcpy(&v, (void *)(uintptr_t)(va + e->addend), size);
	else
		v = read_slow(cpu, va, size, kind, ACCESS_READ);
	return swap_data(cpu, v, size);
}

void mem_write(struct cpu *cpu, uint32_t va, uint32_t val, unsigned size, unsigned flags)
{
	unsigned kind = tlb_kind(cpu, flags);
	val = swap_data(cpu, val, size);
	if (__builtin_expect(va & (size - 1), 0)) {
		check_alignment(cpu, va, flags, true);
		if ((va & PAGE_MASK) + size > PAGE_MASK + 1) {
			/* Both pages must be writable before either is written; a fault
			 * on the second is reported at its first byte, as for loads. */
			uint32_t pa;
			tlb_fill(cpu, va, ACCESS_WRITE, kind, &pa);
			tlb_fill(cpu, (va + size - 1) & ~PAGE_MASK, ACCESS_WRITE, kind, &pa);
			for (unsigned i = 0; i < size; i++)
				write_slow(cpu, va + i, val >> (8 * i) & 0xff, 1, kind);
			return;
		}
	}
	const struct tlb_entry *e = &cpu->tlb[kind][(va >> 12) & (TLB_SIZE - 1)];
	if (__builtin_expect(e->tag_write == (va & ~PAGE_MASK), 1))
		memcpy((void *)(uintptr_t)(va + e->addend), &val, size);
	else
		write_slow(cpu, va, val, size, kind);
}

uint32_t mem_fetch16(struct cpu *cpu, uint32_t va)
{
	unsigned kind = tlb_kind(cpu, 0);
	const struct tlb_entry *e = &cpu->tlb[kind][(va >> 12) & (TLB_SIZE - 1)];
	uint16_t v;
	if (__builtin_expect(e->tag_exec == (va & ~PAGE_MASK), 1)) {
		memcpy(&v, (void *)(uintptr_t)(va + e->addend), 2);
		return v;
	}
	return read_slow(cpu, va, 2, kind, ACCESS_EXEC);
}

uint32_t mem_fetch32(struct cpu *cpu, uint32_t va)
{
	unsigned kind = tlb_kind(cpu, 0);
	const struct tlb_entry *e = &cpu->tlb[kind][(va >> 12) & (TLB_SIZE - 1)];
	uint32_t v;
	if (__builtin_expect(e->tag_exec == (va & ~PAGE_MASK), 1)) {
		memcpy(&v, (void *)(uintptr_t)(va + e->addend), 4);
		return v;
	}
	return read_slow(cpu, va, 4, kind, ACCESS_EXEC);
}
