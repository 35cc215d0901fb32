/*
 * Semantics of the Advanced SIMD element and structure loads and stores
 * (VLD1-VLD4, VST1-VST4: multiple structures, one lane, all lanes; ARM ARM
 * A8.8). The alignment the encoding asks for faults whatever SCTLR.A says;
 * the elements themselves are MemU accesses. A load reads every element
 * before it writes a register, so an abort leaves the instruction restartable.
 */
#include "mem.h"
#include "neon.h"

struct ldst {
	unsigned ns, regs, inc, ebytes;
	uint32_t addr;
};

static uint64_t load_elem(struct cpu *cpu, uint32_t addr, unsigned ebytes)
{
	if (ebytes < 8)
		return mem_read(cpu, addr, ebytes, 0);
	uint64_t lo = mem_read(cpu, addr, 4, 0);
	return lo | (uint64_t)mem_read(cpu, addr + 4, 4, 0) << 32;
}

static void store_elem(struct cpu *cpu, uint32_t addr, uint64_t v, unsigned ebytes)
{
	if (ebytes < 8) {
		mem_write(cpu, addr, (uint32_t)v, ebytes, 0);
		return;
	}
	mem_write(cpu, addr, (uint32_t)v, 4, 0);
	mem_write(cpu, addr + 4, (uint32_t)(v >> 32), 4, 0);
}

/* Multiple structures: element e of structure member s of register set r. */
static unsigned multi(struct cpu *cpu, const struct insn *in, const struct ldst *l)
{
	unsigned esize = l->ebytes * 8, per = 8 / l->ebytes, k = 0;
	uint64_t v[32];
	bool load = in->flags & NEON_LOAD;
	for (unsigned pass = 0; pass < (load ? 2u : 1u); pass++) {
		uint32_t addr = l->addr;
		k = 0;
		for (unsigned r = 0; r < l->regs; r++)
			for (unsigned e = 0; e < per; e++)
				for (unsigned s = 0; s < l->ns; s++, addr += l->ebytes, k++) {
					unsigned reg = in->rd + r + s * l->inc;
					if (!load)
						store_elem(cpu, addr, neon_elem(cpu, reg, e, esize), l->ebytes);
					else if (pass == 0)
						v[k] = load_elem(cpu, addr, l->ebytes);
					else
						neon_set_elem(cpu, reg, e, esize, v[k]);
				}
	}
	return 8 * l->regs * l->ns;
}

/* One lane, or (shift_amt 0xff) every lane of regs registers per member. */
static unsigned lane(struct cpu *cpu, const struct insn *in, const struct ldst *l)
{
	unsigned esize = l->ebytes * 8;
	uint64_t v[4];
	bool load = in->flags & NEON_LOAD, all = in->shift_amt == 0xff;
	for (unsigned s = 0; s < l->ns; s++) {
		unsigned reg = in->rd + s * l->inc;
		if (load)
			v[s] = load_elem(cpu, l->addr + s * l->ebytes, l->ebytes);
		else
			store_elem(cpu, l->addr + s * l->ebytes,
				   neon_elem(cpu, reg, in->shift_amt, esize), l->ebytes);
	}
	for (unsigned s = 0; load && s < l->ns; s++) {
		unsigned reg = in->rd + s * l->inc;
		if (!all) {
			neon_set_elem(cpu, reg, in->shift_amt, esize, v[s]);
			continue;
		}
		for (unsigned e = 0; e < l->regs * 64 / esize; e++)
			neon_set_elem(cpu, reg, e, esize, v[s]);
	}
	return l->ns * l->ebytes;
}

void interp_nldst(struct cpu *cpu, const struct insn *in)
{
	neon_check_enabled(cpu);
	struct ldst l = {
		in->imm & 15, in->imm >> 4 & 15, in->imm >> 8 & 15, 1u << in->shift_type,
		cpu->r[in->rn],
	};
	unsigned align = in->imm >> 12 & 0xff;
	if (align && (l.addr & (align - 1)))
		cpu_data_abort(cpu, l.addr, FSR_ALIGNMENT | ((in->flags & NEON_LOAD) ? 0 : FSR_WNR));
	unsigned size = (in->flags & NEON_LANES) ? lane(cpu, in, &l) : multi(cpu, in, &l);
	if (in->flags & INSN_W)
		cpu->r[in->rn] = l.addr + (in->rm == 13 ? size : cpu->r[in->rm]);
}
