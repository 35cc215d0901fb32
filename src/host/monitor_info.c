/*
 * What the monitor shows: `info WHAT` and `x`/`xp` (QEMU's syntax). Memory is
 * read as the gdb stub reads it (guest_mem.c): through a side-effect-free
 * walk, RAM only.
 */
#include <stdlib.h>
#include <string.h>

#include "dbt.h"
#include "espt.h"
#include "guest_mem.h"
#include "insn.h"
#include "mmu.h"
#include "mmu_auto.h"
#include "monitor_internal.h"

static bool parse_u32(const char *s, uint32_t *v)
{
	char *end;
	unsigned long long x = strtoull(s, &end, 0);
	*v = (uint32_t)x;
	return *s && !*end && x <= UINT32_MAX && s[0] != '-';
}

static void info_registers(struct cpu *cpu, FILE *f)
{
	static const char *const mode[32] = {
		[0x10] = "usr", [0x11] = "fiq", [0x12] = "irq", [0x13] = "svc", [0x16] = "mon",
		[0x17] = "abt", [0x1a] = "hyp", [0x1b] = "und", [0x1f] = "sys" };
	for (unsigned i = 0; i < 16; i++)
		fprintf(f, "R%02u=%08x%c", i, cpu->r[i], i % 4 == 3 ? '\n' : ' ');
	uint32_t psr = cpsr_read(cpu);
	fprintf(f, "CPSR=%08x %c%c%c%c %s %s%s%s%s", psr, cpu->nf ? 'N' : '-', cpu->zf ? 'Z' : '-',
		cpu->cf ? 'C' : '-', cpu->vf ? 'V' : '-', cpu->thumb ? "T" : "A",
		mode[psr & 0x1f] ? mode[psr & 0x1f] : "?", psr & (1u << 7) ? " I" : "",
		psr & (1u << 6) ? " F" : "", psr & (1u << 8) ? " A" : "");
	if (cpu_mode_has_spsr(cpu))
		fprintf(f, " SPSR=%08x", *cpu_spsr(cpu));
	fprintf(f, " FPSCR=%08x\n", cpu->vfp.fpscr);
}

/* info mmu ADDR: the walk of the current regime (TTBCR, TTBR0/1, DACR) for a
 * read in the current mode, and what each privilege may do (B3.5, B3.7). */
static void info_mmu(struct cpu *cpu, const char *args, FILE *f)
{
	/* FS[3:0] of a short-descriptor fault status (B4.1.52, table B3-23). */
	static const char *const fault[16] = {
		[0x3] = "access flag fault (section)", [0x5] = "translation fault (section)",
		[0x6] = "access flag fault (page)", [0x7] = "translation fault (page)",
		[0x9] = "domain fault (section)", [0xb] = "domain fault (page)",
		[0xc] = "external abort on the first-level walk",
		[0xd] = "permission fault (section)",
		[0xe] = "external abort on the second-level walk", [0xf] = "permission fault (page)" };
	static const char *const l1_kind[4] = { "fault", "page table", "section", "reserved" };
	static const char *const l2_kind[4] = { "fault", "large page", "small page", "small page" };
	const struct cp15 *c = &cpu->cp15;
	struct translation t, tp, tu;
	struct mmu_walk w, wo;
	uint32_t va, fsr, fo;
	bool user = !cpu_privileged(cpu);
	if (!parse_u32(args, &va)) {
		fprintf(f, "info mmu: give a virtual address (e.g. info mmu 0x80000000)\n");
		return;
	}
	if (!(c->sctlr & SCTLR_M)) {
		fprintf(f, "0x%08x: MMU off (SCTLR.M = 0): physical address 0x%08x\n", va, va);
		return;
	}
	fprintf(f, "0x%08x: %s read, TTBCR %08x TTBR0 %08x TTBR1 %08x DACR %08x ASID %u\n", va,
		user ? "user" : "privileged", c->ttbcr, c->ttbr0, c->ttbr1, c->dacr,
		c->contextidr & 0xff);
	bool ok = mmu_translate_walk(cpu, va, ACCESS_READ, user, &t, &fsr, &w);
	for (unsigned l = 0; l < w.levels; l++) {
		bool super = !l && (w.desc[0] & 3) == 2 && (w.desc[0] >> 18 & 1);
		fprintf(f, "  L%u descriptor at 0x%08x: %08x (%s)\n", l + 1, w.addr[l], w.desc[l],
			super ? "supersection" : l ? l2_kind[w.desc[1] & 3] : l1_kind[w.desc[0] & 3]);
	}
	if (!ok) {
		fprintf(f, "  -> %s, FSR %03x (domain %u)\n", fault[fsr & 0xf] ? fault[fsr & 0xf] :
			"fault", fsr, fsr >> 4 & 0xf);
		return;
	}
	bool p = mmu_translate_walk(cpu, va, ACCESS_READ, false, &tp, &fo, &wo);
	bool u = mmu_translate_walk(cpu, va, ACCESS_READ, true, &tu, &fo, &wo);
	fprintf(f, "  -> physical 0x%08x, %u KiB entry, domain %u (%s), %s; "
		"privileged %c%c%c, user %c%c%c\n", t.pa, t.page_size >> 10, t.domain,
		(c->dacr >> 2 * t.domain & 3) == 3 ? "manager" : "client",
		t.global ? "global" : "not global",
		p && tp.readable ? 'r' : '-', p && tp.writable ? 'w' : '-', p && tp.executable ? 'x' : '-',
		u && tu.readable ? 'r' : '-', u && tu.writable ? 'w' : '-', u && tu.executable ? 'x' : '-');
}

/* The auto mode's view keys (src/dbt/dbt.c: VIEW_*, or an address space as
 * TTBR0 << 32 | 1 << 8 | ASID). */
static void info_auto(const struct mmu_auto *a, FILE *f)
{
	for (unsigned i = 0; i < MMU_AUTO_VIEWS; i++) {
		const struct mmu_auto_view *v = &a->view[i];
		if (!v->key)
			continue;
		if (v->key & 1u << 11)
			fprintf(f, "view kernel (privileged, MMU on)");
		else if (v->key & 1u << 10)
			fprintf(f, "view MMU off, %s", v->key & 1u << 9 ? "privileged" : "user");
		else
			fprintf(f, "view user ASID %u TTBR0 %08x", (unsigned)(v->key & 0xff),
				(uint32_t)(v->key >> 32));
		fprintf(f, "%s: %s, %llu instructions\n", v == a->cur ? " (current)" : "",
			v->espt ? "ESPT" : "software TLB", (unsigned long long)v->insns);
	}
}

static void info_espt(struct cpu *cpu, FILE *f)
{
	struct espt *e = cpu->dbt ? dbt_espt(cpu->dbt) : NULL;
	if (!e) {
		fprintf(f, "ESPT: not in use (%s)\n", cpu->dbt ? "--mmu softmmu" : "the interpreter");
		return;
	}
	espt_print_stats(e, f);
	espt_print_regions(e, f);
	if (dbt_mmu_auto(cpu->dbt))
		info_auto(dbt_mmu_auto(cpu->dbt), f);
}

static void info_tlb(struct cpu *cpu, FILE *f)
{
	const struct bus *bus = &cpu->machine->bus;
	unsigned n = 0;
	for (unsigned k = 0; k < TLB_KINDS; k++)
		for (unsigned i = 0; i < TLB_SIZE && cpu->tlb_filled; i++) {
			const struct tlb_entry *e = &cpu->tlb[k][i];
			uint32_t page = e->tag_read != TLB_INVALID ? e->tag_read :
					e->tag_write != TLB_INVALID ? e->tag_write : e->tag_exec;
			if (page == TLB_INVALID)
				continue;
			uintptr_t host = page + e->addend;
			fprintf(f, "%-4s %08x -> %08x %c%c%c\n", k == TLB_USER ? "user" : "priv", page,
				bus->ram_base + (uint32_t)(host - (uintptr_t)bus->ram),
				e->tag_read == page ? 'r' : '-', e->tag_write == page ? 'w' : '-',
				e->tag_exec == page ? 'x' : '-');
			n++;
		}
	fprintf(f, "software TLB: %u valid entries (of %u per privilege)\n", n, TLB_SIZE);
}

static int region_order(const void *a, const void *b)
{
	const struct bus_region *x = a, *y = b;
	return x->base < y->base ? -1 : x->base > y->base;
}

static void info_mtree(const struct bus *bus, FILE *f)
{
	struct bus_region r[BUS_MAX_REGIONS];
	memcpy(r, bus->regions, bus->nregions * sizeof(r[0]));
	qsort(r, bus->nregions, sizeof(r[0]), region_order);
	for (unsigned i = 0; i < bus->nregions; i++) {
		fprintf(f, "%08x-%08x ", r[i].base, r[i].base + r[i].size - 1);
		if (r[i].ops)
			fprintf(f, "%s\n", r[i].ops->name);
		else
			fprintf(f, "ram (offset 0x%x)\n", (unsigned)(r[i].host - bus->ram));
	}
	fprintf(f, "elsewhere: nothing (reads as zero, writes ignored)\n");
}

void monitor_info(struct monitor *mon, const char *args, FILE *f)
{
	struct cpu *cpu = &mon->m->cpu;
	size_t n = strcspn(args, " \t");
	const char *rest = args + n + strspn(args + n, " \t");
	if (n == 9 && !strncmp(args, "registers", n))
		info_registers(cpu, f);
	else if (n == 3 && !strncmp(args, "mmu", n))
		info_mmu(cpu, rest, f);
	else if (n == 4 && !strncmp(args, "espt", n))
		info_espt(cpu, f);
	else if (n == 3 && !strncmp(args, "tlb", n))
		info_tlb(cpu, f);
	else if (n == 5 && !strncmp(args, "mtree", n))
		info_mtree(&mon->m->bus, f);
	else if (n == 6 && !strncmp(args, "status", n))
		fprintf(f, "VM status: %s\n", mon->stopped ? "paused" : "running");
	else
		fprintf(f, "info: unknown item '%.*s' (registers, mmu ADDR, espt, tlb, mtree, status)\n",
			(int)n, args);
}

/* ---- x and xp ---- */

/* Instructions from buf (read at addr) in the current instruction set. */
static void print_insns(struct cpu *cpu, uint32_t addr, const uint8_t *buf, uint32_t count,
			uint32_t len, FILE *f)
{
	uint32_t off = 0;
	for (uint32_t i = 0; i < count && off + (cpu->thumb ? 2 : 4) <= len; i++) {
		uint32_t enc = 0;
		struct insn in;
		char text[96];
		if (cpu->thumb) {
			enc = (uint32_t)buf[off] | (uint32_t)buf[off + 1] << 8;
			if (thumb_is_32bit(enc) && off + 4 <= len)
				enc = enc << 16 | buf[off + 2] | (uint32_t)buf[off + 3] << 8;
		} else {
			memcpy(&enc, buf + off, 4);
		}
		decode(cpu->thumb ? ISA_THUMB : ISA_ARM, enc, &in);
		disasm(&in, addr + off, text, sizeof(text));
		fprintf(f, "0x%08x: %0*x  %s\n", addr + off, in.len * 2, enc, text);
		off += in.len;
	}
}

static void print_units(uint32_t addr, const uint8_t *buf, uint32_t count, unsigned size,
			char fmt, FILE *f)
{
	unsigned per_line = fmt == 'c' ? 16 : 16 / size;
	for (uint32_t i = 0; i < count; i++) {
		uint64_t v = 0;
		memcpy(&v, buf + i * size, size);
		int64_t s = (int64_t)(v << (64 - 8 * size)) >> (64 - 8 * size);
		if (i % per_line == 0)
			fprintf(f, "%s%08x:", i ? "\n" : "", addr + i * size);
		switch (fmt) {
		case 'd': fprintf(f, " %lld", (long long)s); break;
		case 'u': fprintf(f, " %llu", (unsigned long long)v); break;
		case 'o': fprintf(f, " 0%llo", (unsigned long long)v); break;
		case 'c': fprintf(f, v >= 0x20 && v < 0x7f ? " '%c'" : " '\\x%02x'", (int)v); break;
		default: fprintf(f, " 0x%0*llx", (int)size * 2, (unsigned long long)v); break;
		}
	}
	fprintf(f, "\n");
}

/* x /NFU ADDR (virtual, the current mode) and xp (physical, RAM only). */
void monitor_examine(struct monitor *mon, const char *args, bool physical, FILE *f)
{
	const char *name = physical ? "xp" : "x";
	uint32_t count = 1, addr, len, done = 0;
	unsigned size = 4;
	char fmt = 'x';
	static uint8_t buf[4096];
	if (*args == '/') {
		char *end;
		args++;
		if (*args >= '0' && *args <= '9')
			count = (uint32_t)strtoul(args, &end, 10), args = end;
		for (; *args && !strchr(" \t", *args); args++) {
			const char *u = strchr("bhwg", *args);
			if (u && *u)
				size = 1u << (u - "bhwg");
			else if (strchr("xduoci", *args) && *args)
				fmt = *args, size = *args == 'c' ? 1 : size;
			else
				break;
		}
		args += strspn(args, " \t");
	}
	if (!parse_u32(args, &addr) || !count || count > sizeof(buf) / size) {
		fprintf(f, "%s: expected %s /NFU ADDR (N up to %zu units, F one of x d u o c i, "
			"U one of b h w g)\n", name, name, sizeof(buf) / size);
		return;
	}
	len = fmt == 'i' ? count * 4 : count * size;
	if (len > sizeof(buf))
		len = sizeof(buf);
	while (physical && done < len) {
		uint32_t chunk = 0x1000 - ((addr + done) & 0xfff);
		chunk = chunk < len - done ? chunk : len - done;
		const uint8_t *p = bus_ram_ptr(&mon->m->bus, addr + done, chunk);
		if (!p)
			break;
		memcpy(buf + done, p, chunk);
		done += chunk;
	}
	if (!physical)
		done = guest_mem_copy(mon->m, addr, buf, len, false);
	if (done < len && fmt != 'i') {
		fprintf(f, "%s: cannot read 0x%08x: %s\n", name, addr + done, physical ?
			"not RAM (devices are not read: a read may have effects)" :
			"not mapped to RAM for the current mode");
		return;
	}
	if (fmt == 'i')
		print_insns(&mon->m->cpu, addr, buf, count, done, f);
	else
		print_units(addr, buf, count, size, fmt, f);
	if (fmt == 'i' && done < (mon->m->cpu.thumb ? 2u : 4u))
		fprintf(f, "%s: cannot read 0x%08x\n", name, addr);
}
