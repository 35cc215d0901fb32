/*
 * The guest machine of the differential test (RAM only), the initial state of
 * each case, one run under one engine, and the reports.
 */
#include <stdio.h>
#include <string.h>

#include "cpu.h"
#include "diff.h"
#include "machine.h"
#include "run_loop.h"
#include "vfp.h"

bool diff_machine_init(struct machine *m)
{
	memset(m, 0, sizeof(*m));
	if (!bus_init(&m->bus, DIFF_RAM_BASE, DIFF_RAM_SIZE))
		return false;
	cpu_init(&m->cpu, m);
	/* Every exception vector (VBAR = DIFF_VECTORS, ARM state) is a WFI: an
	 * abort ends the sequence in the abort mode. */
	for (unsigned i = 0; i < 8; i++)
		memcpy(m->bus.ram + 4 * i, &(uint32_t){ ARM_WFI }, 4);
	return true;
}

/* Values that find carry, overflow and saturation edges more often than
 * uniform random ones. */
static uint32_t gen_value(struct rng *r)
{
	static const uint32_t edges[] = {
		0, 1, 2, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0xfffffffe,
		0x7fff, 0x8000, 0xffff, 0x10000, 0xff, 0x80, 0x7f80, 0x00ff00ff,
	};
	switch (rng_below(r, 4)) {
	case 0:
		return edges[rng_below(r, sizeof(edges) / sizeof(edges[0]))];
	case 1:
		return rng_below(r, 64);
	default:
		return (uint32_t)rng_next(r);
	}
}

/* A base address: word aligned but one time in 32. */
static uint32_t gen_base(struct rng *r, uint32_t off)
{
	uint32_t a = DIFF_SCRATCH + off + (rng_below(r, 64) << 2);
	return rng_below(r, 32) ? a : a + 1 + rng_below(r, 3);
}

/* Initial values: NZCVQ and GE random, A, I, F masked, the start's T, SVC
 * or (one time in four) User mode, big-endian data one time in sixteen. */
static uint32_t gen_cpsr(struct rng *r, enum isa isa)
{
	return ((uint32_t)rng_next(r) & (0xf8000000u | CPSR_GE)) | CPSR_A | CPSR_I | CPSR_F |
	       (isa == ISA_THUMB ? CPSR_T : 0) | (rng_below(r, 4) ? MODE_SVC : MODE_USR) |
	       (rng_below(r, 16) ? 0 : CPSR_E);
}

void diff_case_gen(const struct diff_gen *g, struct rng *r, struct rng *epoch, enum isa isa,
		   unsigned mmu_mode, struct diff_case *c, uint64_t *op_counts)
{
	const struct diff_regs *rr = isa == ISA_ARM ? &diff_regs_arm : &diff_regs_thumb;
	unsigned phase = isa == ISA_THUMB ? 2 * rng_below(r, 2) : 0;

	diff_gen_seq(g, r, isa, phase, &c->seq, op_counts);
	bool on = rng_below(epoch, 2) ^ (rng_below(r, 8) == 0);
	if (mmu_mode < 2)
		on = mmu_mode;
	diff_mmu_gen(r, epoch, on, &c->mmu);
	memset(&c->init, 0, sizeof(c->init));
	uint32_t *v = c->init.v;
	for (unsigned i = 0; i < 15; i++)
		v[i] = gen_value(r);
	/* With the MMU on, each base and the code may use the second mapping. */
	uint32_t alias = DIFF_ALIAS - DIFF_SCRATCH;
	for (unsigned k = 0; k < (c->seq.mixed ? 2u : 1u); k++) {
		const struct diff_regs *rk = k ? (rr == &diff_regs_arm ? &diff_regs_thumb
							   : &diff_regs_arm) : rr;
		v[rk->base] = gen_base(r, DIFF_BASE_OFF) + (on && rng_below(r, 2) ? alias : 0);
		v[rk->index] = rng_below(r, DIFF_INDEX_MAX + 1);
		if (rng_below(r, 8))
			v[rk->index] &= ~3u;
	}
	v[13] = gen_base(r, DIFF_SP_OFF) + (on && rng_below(r, 2) ? alias : 0);
	/* A quarter of the sequences cross into the code's second page. */
	uint32_t len = c->seq.code_len + phase, origin;
	if (rng_below(r, 4))
		origin = DIFF_CODE + rng_below(r, 0x200) * 4;
	else
		origin = DIFF_CODE + 0x1000 - rng_below(r, (len + 3) / 4) * 4;
	c->code_pa = origin + phase;
	v[ST_PC] = c->code_pa + (on && rng_below(r, 2) ? DIFF_ALIAS + 0x10000 - DIFF_CODE : 0);
	v[ST_CPSR] = gen_cpsr(r, isa);
	/* TBH reads its table as data: big-endian with CPSR.E (A2.4.3). */
	for (unsigned i = 0; i < c->seq.n && (v[ST_CPSR] & CPSR_E); i++) {
		uint8_t *p = c->seq.code + c->seq.insn[i].off - phase, b;
		if (c->seq.insn[i].data == 2) {
			b = p[0];
			p[0] = p[1];
			p[1] = b;
		}
	}
	switch (rng_below(r, 4)) {
	case 0:
		c->max_insns = 1000;
		break;
	case 1:
		c->max_insns = 1 + rng_below(r, c->seq.n + 1);
		break;
	default:
		c->max_insns = 0;
	}
	switch (rng_below(r, 8)) {
	case 0:
		c->shadow_flush = DIFF_FLUSH_ALL;
		break;
	case 1: case 2:
		c->shadow_flush = v[rng_below(r, 2) ? rr->base : 13] + rng_below(r, 3) * 0x1000 - 0x1000;
		break;
	default:
		c->shadow_flush = 0;
	}
	c->code_written = rng_below(r, 2);
	/* Advanced SIMD: random registers, QC; disabled one time in sixteen
	 * (CPACR.ASEDIS, cp10 privileged only or no access, FPEXC.EN clear). */
	for (unsigned i = 0; i < 32; i++)
		c->init.d[i] = (uint64_t)gen_value(r) << 32 | gen_value(r);
	v[ST_FPSCR] = rng_below(r, 2) ? FPSCR_QC : 0;
	static const uint32_t cpacr[5] = { 0x80f00000u, 0x00500000u, 0, 0x00f00000u, 0x00f00000u };
	unsigned off = rng_below(r, 16) ? 4 : rng_below(r, 4);
	c->cpacr = cpacr[off];
	c->fpexc = off == 3 ? 0 : FPEXC_EN;
	for (unsigned i = 0; i < DIFF_SCRATCH_SIZE; i += 8) {
		uint64_t x = rng_next(r);
		memcpy(c->scratch + i, &x, 8);
	}
}

static void capture(struct cpu *cpu, struct diff_state *s)
{
	memcpy(s->v, cpu->r, sizeof(cpu->r));
	s->v[ST_CPSR] = cpsr_read(cpu);
	s->v[ST_SPSR] = cpu_spsr(cpu) ? *cpu_spsr(cpu) : 0;
	s->v[ST_R13_SVC] = cpu_reg_of_mode(cpu, MODE_SVC, 13);
	s->v[ST_R14_SVC] = cpu_reg_of_mode(cpu, MODE_SVC, 14);
	s->v[ST_R13_USR] = cpu_reg_of_mode(cpu, MODE_USR, 13);
	s->v[ST_R14_USR] = cpu_reg_of_mode(cpu, MODE_USR, 14);
	s->v[ST_DFSR] = cpu->cp15.dfsr;
	s->v[ST_DFAR] = cpu->cp15.dfar;
	s->v[ST_IFSR] = cpu->cp15.ifsr;
	s->v[ST_IFAR] = cpu->cp15.ifar;
	s->v[ST_EXCL] = cpu->excl_open ? cpu->excl_addr : 0xffffffffu;
	s->v[ST_FPSCR] = cpu->vfp.fpscr;
	memcpy(s->d, cpu->vfp.d, sizeof(s->d));
	s->v[ST_STOP] = cpu->stop;
	s->v[ST_INSNS] = (uint32_t)cpu->insn_count;
}

void diff_run(struct machine *m, const struct diff_case *c, struct diff_engine *engine,
	      struct diff_state *out)
{
	struct cpu *cpu = &m->cpu;

	/* Literal loads may read around the code: nothing from other cases. */
	memset(m->bus.ram + (DIFF_CODE - DIFF_RAM_BASE), 0, DIFF_CODE_SIZE);
	memcpy(m->bus.ram + (c->code_pa - DIFF_RAM_BASE), c->seq.code, c->seq.code_len);
	memcpy(m->bus.ram + (DIFF_SCRATCH - DIFF_RAM_BASE), c->scratch, DIFF_SCRATCH_SIZE);
	cpu_reset(cpu);
	cpu->cp15.vbar = DIFF_VECTORS;
	diff_dbt_select(m, engine, c);
	/* In SVC mode (the MCRs), then the case's mode (its banked registers). */
	diff_mmu_apply(m, &c->mmu, engine && engine->dbt ? &engine->last : NULL);
	cpsr_write(cpu, c->init.v[ST_CPSR], 0xffffffffu);
	memcpy(cpu->r, c->init.v, sizeof(cpu->r));
	memcpy(cpu->vfp.d, c->init.d, sizeof(cpu->vfp.d));
	cpu->vfp.fpscr = c->init.v[ST_FPSCR];
	cpu->cp15.cpacr = c->cpacr;
	cpu->vfp.fpexc = c->fpexc;
	cpu->insn_count = 0;
	cpu->max_insns = c->max_insns;
	run_loop(cpu, NULL);
	capture(cpu, out);
}

void diff_print_case(const struct diff_case *c)
{
	uint32_t origin = c->init.v[ST_PC] - c->seq.phase;
	char text[96];

	diff_mmu_print(&c->mmu);
	for (unsigned i = 0; i < c->seq.n; i++) {
		const struct diff_insn *di = &c->seq.insn[i];
		uint32_t pc = origin + di->off;
		if (di->data) {
			fprintf(stderr, "  %08x: %0*x%*s .%s\n", pc, di->data * 2, di->enc,
				10 - 2 * di->data, "", di->data == 1 ? "byte" : "short");
			continue;
		}
		disasm(&di->in, pc, text, sizeof(text));
		const char *set = di->isa == ISA_ARM ? "A" : "T";
		if (di->isa == ISA_ARM || di->in.len == 2)
			fprintf(stderr, "  %08x: %0*x%*s %s %s\n", pc, di->in.len * 2, di->enc,
				di->in.len == 2 ? 6 : 1, "", set, text);
		else
			fprintf(stderr, "  %08x: %04x %04x  %s %s\n", pc, di->enc >> 16,
				di->enc & 0xffff, set, text);
	}
}

/* The first n fields of a state; with ref, those that differ from it are
 * marked with '*'. */
void diff_print_state(const char *name, const struct diff_state *s,
		      const struct diff_state *ref, unsigned n)
{
	static const char *const names[ST_COUNT] = {
		"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
		"r12", "sp", "lr", "pc", "cpsr", "spsr", "sp_svc", "lr_svc", "sp_usr", "lr_usr",
		"dfsr", "dfar", "ifsr", "ifar", "excl", "fpscr", "stop", "insns",
	};

	fprintf(stderr, "%s:\n", name);
	for (unsigned i = 0; i < n; i++)
		fprintf(stderr, "  %6s %08x%c%s", names[i], s->v[i],
			ref && ref->v[i] != s->v[i] ? '*' : ' ', i % 4 == 3 || i + 1 == n ? "\n" : "");
	for (unsigned i = 0; ref && i < 32; i++)
		if (ref->d[i] != s->d[i])
			fprintf(stderr, "  d%u %016llx* (%016llx)\n", i, (unsigned long long)s->d[i],
				(unsigned long long)ref->d[i]);
}

/* The RAM the test compares: vectors, code and tables; the scratch area. */
static const struct {
	uint32_t off, len;
} compared[] = {
	{ 0, DIFF_LOW_SIZE },
	{ DIFF_SCRATCH - DIFF_RAM_BASE, DIFF_SCRATCH_SIZE },
};
#define NCOMPARED (sizeof(compared) / sizeof(compared[0]))

bool diff_ram_equal(const uint8_t *a, const uint8_t *b)
{
	for (unsigned k = 0; k < NCOMPARED; k++)
		if (memcmp(a + compared[k].off, b + compared[k].off, compared[k].len))
			return false;
	return true;
}

void diff_ram_copy(uint8_t *dst, const uint8_t *ram)
{
	for (unsigned k = 0; k < NCOMPARED; k++)
		memcpy(dst + compared[k].off, ram + compared[k].off, compared[k].len);
}

/* The first differing bytes of two RAM images. */
void diff_print_mem(const uint8_t *ref, const uint8_t *got, const char *name)
{
	unsigned shown = 0;

	for (unsigned k = 0; k < NCOMPARED; k++)
		for (uint32_t i = compared[k].off; i < compared[k].off + compared[k].len && shown < 16;
		     i++) {
			if (ref[i] == got[i])
				continue;
			fprintf(stderr, "  memory %08x: interp %02x, %s %02x\n", DIFF_RAM_BASE + i,
				ref[i], name, got[i]);
			shown++;
		}
}
