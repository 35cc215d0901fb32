/*
 * Semantics of single and doubleword loads and stores, exclusives, SWP, hints
 * and table branches (ARM ARM A8.8; alignment A3.2.1; the local monitor A3.4).
 * LDM/STM are in interp_mem_multi.c. Fields: see src/cpu/decode_mem.c.
 *
 * Every load is done before any register changes: mem_read leaves through
 * abort_jmp on an abort, so the base register is never updated by an aborted
 * instruction. Where the ARM ARM leaves an encoding UNPREDICTABLE and QEMU runs
 * it, this does what QEMU does: the loaded value wins over the base write-back
 * (LDR Rt == Rn), a store stores the register's value before write-back, and a
 * write of the PC other than by a load of the PC (write-back to Rn = PC, LDRD or
 * SWP into the PC) is a plain branch.
 */
#include "alu.h"
#include "mem.h"

struct ldst_addr {
	uint32_t addr;    /* the address accessed */
	uint32_t wback;   /* the offset address, for write-back */
};

static struct ldst_addr ldst_address(const struct cpu *cpu, const struct insn *in)
{
	uint32_t base = cpu_base_reg(cpu, in->rn);
	uint32_t off = (in->flags & INSN_IMM) ? in->imm
		: shift(cpu->r[in->rm], in->shift_type, in->shift_amt, cpu->cf);
	struct ldst_addr a;

	a.wback = (in->flags & INSN_U) ? base + off : base - off;
	a.addr = (in->flags & INSN_P) ? a.wback : base;
	return a;
}

static void load(struct cpu *cpu, const struct insn *in, unsigned size, bool sign,
		 unsigned mflags)
{
	struct ldst_addr a = ldst_address(cpu, in);
	uint32_t val = mem_read(cpu, a.addr, size, mflags);

	if (sign)
		val = sign_extend(val, size * 8);
	if (in->flags & INSN_W)
		branch_write_reg(cpu, in->rn, a.wback);
	if (in->rd == 15)
		load_write_pc(cpu, val);
	else
		cpu->r[in->rd] = val;
}

static void store(struct cpu *cpu, const struct insn *in, unsigned size, unsigned mflags)
{
	struct ldst_addr a = ldst_address(cpu, in);

	mem_write(cpu, a.addr, cpu->r[in->rd], size, mflags);
	if (in->flags & INSN_W)
		branch_write_reg(cpu, in->rn, a.wback);
}

void interp_ldr(struct cpu *cpu, const struct insn *in) { load(cpu, in, 4, false, 0); }
void interp_ldrb(struct cpu *cpu, const struct insn *in) { load(cpu, in, 1, false, 0); }
void interp_ldrh(struct cpu *cpu, const struct insn *in) { load(cpu, in, 2, false, 0); }
void interp_ldrsb(struct cpu *cpu, const struct insn *in) { load(cpu, in, 1, true, 0); }
void interp_ldrsh(struct cpu *cpu, const struct insn *in) { load(cpu, in, 2, true, 0); }
void interp_str(struct cpu *cpu, const struct insn *in) { store(cpu, in, 4, 0); }
void interp_strb(struct cpu *cpu, const struct insn *in) { store(cpu, in, 1, 0); }
void interp_strh(struct cpu *cpu, const struct insn *in) { store(cpu, in, 2, 0); }

void interp_ldrt(struct cpu *cpu, const struct insn *in) { load(cpu, in, 4, false, MEM_UNPRIV); }
void interp_ldrbt(struct cpu *cpu, const struct insn *in) { load(cpu, in, 1, false, MEM_UNPRIV); }
void interp_ldrht(struct cpu *cpu, const struct insn *in) { load(cpu, in, 2, false, MEM_UNPRIV); }
void interp_ldrsbt(struct cpu *cpu, const struct insn *in) { load(cpu, in, 1, true, MEM_UNPRIV); }
void interp_ldrsht(struct cpu *cpu, const struct insn *in) { load(cpu, in, 2, true, MEM_UNPRIV); }
void interp_strt(struct cpu *cpu, const struct insn *in) { store(cpu, in, 4, MEM_UNPRIV); }
void interp_strbt(struct cpu *cpu, const struct insn *in) { store(cpu, in, 1, MEM_UNPRIV); }
void interp_strht(struct cpu *cpu, const struct insn *in) { store(cpu, in, 2, MEM_UNPRIV); }

/* LDRD/STRD: two word accesses, each word-aligned whatever SCTLR.A (A3.2.1).
 * QEMU writes Rt, Rt2, then the base. */
void interp_ldrd(struct cpu *cpu, const struct insn *in)
{
	struct ldst_addr a = ldst_address(cpu, in);
	uint32_t lo = mem_read(cpu, a.addr, 4, MEM_ALIGNED);
	uint32_t hi = mem_read(cpu, a.addr + 4, 4, MEM_ALIGNED);

	branch_write_reg(cpu, in->rd, lo);
	branch_write_reg(cpu, in->ra, hi);
	if (in->flags & INSN_W)
		branch_write_reg(cpu, in->rn, a.wback);
}

void interp_strd(struct cpu *cpu, const struct insn *in)
{
	struct ldst_addr a = ldst_address(cpu, in);

	mem_write(cpu, a.addr, cpu->r[in->rd], 4, MEM_ALIGNED);
	mem_write(cpu, a.addr + 4, cpu->r[in->ra], 4, MEM_ALIGNED);
	if (in->flags & INSN_W)
		branch_write_reg(cpu, in->rn, a.wback);
}

/* ---- exclusives (A3.4): the local monitor holds one address ---- */

static void check_aligned(struct cpu *cpu, uint32_t addr, unsigned size, uint32_t wnr)
{
	if (addr & (size - 1))
		cpu_data_abort(cpu, addr, FSR_ALIGNMENT | wnr);
}

static void load_exclusive(struct cpu *cpu, const struct insn *in, unsigned size)
{
	uint32_t addr = cpu->r[in->rn] + in->imm;
	uint32_t val = mem_read(cpu, addr, size, MEM_ALIGNED);

	cpu->excl_open = true;
	cpu->excl_addr = addr;
	cpu->r[in->rd] = val;
}

void interp_ldrex(struct cpu *cpu, const struct insn *in) { load_exclusive(cpu, in, 4); }
void interp_ldrexb(struct cpu *cpu, const struct insn *in) { load_exclusive(cpu, in, 1); }
void interp_ldrexh(struct cpu *cpu, const struct insn *in) { load_exclusive(cpu, in, 2); }

/* LDREXD: doubleword-aligned (MemA[address, 8]); Rt from the lower address. */
void interp_ldrexd(struct cpu *cpu, const struct insn *in)
{
	uint32_t addr = cpu->r[in->rn];
	uint32_t lo, hi;

	check_aligned(cpu, addr, 8, 0);
	lo = mem_read(cpu, addr, 4, MEM_ALIGNED);
	hi = mem_read(cpu, addr + 4, 4, MEM_ALIGNED);
	cpu->excl_open = true;
	cpu->excl_addr = addr;
	cpu->r[in->rd] = lo;
	cpu->r[in->ra] = hi;
}

/* ExclusiveMonitorsPass (A3.4.5): the alignment check comes first, even when
 * the monitor then fails. A failed STREX does not access memory. An abort on
 * the write leaves the monitor as it was; otherwise STREX clears it. */
static void store_exclusive(struct cpu *cpu, const struct insn *in, unsigned size)
{
	uint32_t addr = cpu->r[in->rn] + in->imm;
	uint32_t status = 1;

	check_aligned(cpu, addr, size, FSR_WNR);
	if (cpu->excl_open && cpu->excl_addr == addr) {
		if (size == 8) {
			mem_write(cpu, addr, cpu->r[in->rm], 4, MEM_ALIGNED);
			mem_write(cpu, addr + 4, cpu->r[in->ra], 4, MEM_ALIGNED);
		} else {
			mem_write(cpu, addr, cpu->r[in->rm], size, MEM_ALIGNED);
		}
		status = 0;
	}
	cpu->excl_open = false;
	cpu->r[in->rd] = status;
}

void interp_strex(struct cpu *cpu, const struct insn *in) { store_exclusive(cpu, in, 4); }
void interp_strexb(struct cpu *cpu, const struct insn *in) { store_exclusive(cpu, in, 1); }
void interp_strexh(struct cpu *cpu, const struct insn *in) { store_exclusive(cpu, in, 2); }
void interp_strexd(struct cpu *cpu, const struct insn *in) { store_exclusive(cpu, in, 8); }

void interp_clrex(struct cpu *cpu, const struct insn *in)
{
	(void)in;
	cpu->excl_open = false;
}

/* SWP/SWPB (A8.8.229): UNDEFINED unless SCTLR.SW is set, as on a Cortex-A9
 * (QEMU ignores SCTLR.SW; Linux sets it unless it emulates SWP). SWP needs a
 * word-aligned address (MemA). */
static void swap(struct cpu *cpu, const struct insn *in, unsigned size)
{
	uint32_t addr = cpu->r[in->rn];
	uint32_t old;

	if (!(cpu->cp15.sctlr & SCTLR_SW))
		cpu_undefined(cpu);
	old = mem_read(cpu, addr, size, MEM_ALIGNED);
	mem_write(cpu, addr, cpu->r[in->rm], size, MEM_ALIGNED);
	branch_write_reg(cpu, in->rd, old);
}

void interp_swp(struct cpu *cpu, const struct insn *in) { swap(cpu, in, 4); }
void interp_swpb(struct cpu *cpu, const struct insn *in) { swap(cpu, in, 1); }

/* ---- hints: never access memory, never fault ---- */

void interp_pld(struct cpu *cpu, const struct insn *in) { (void)cpu; (void)in; }
void interp_pldw(struct cpu *cpu, const struct insn *in) { (void)cpu; (void)in; }
void interp_pli(struct cpu *cpu, const struct insn *in) { (void)cpu; (void)in; }
void interp_memhint(struct cpu *cpu, const struct insn *in) { (void)cpu; (void)in; }

/* TBB/TBH (A8.8.239): branch forward by twice the table entry. Rn = PC reads
 * as the instruction address + 4 (not aligned). */
void interp_tbb(struct cpu *cpu, const struct insn *in)
{
	uint32_t off = mem_read(cpu, cpu->r[in->rn] + cpu->r[in->rm], 1, 0);

	branch_write_pc(cpu, cpu->r[15] + 2 * off);
}

void interp_tbh(struct cpu *cpu, const struct insn *in)
{
	uint32_t off = mem_read(cpu, cpu->r[in->rn] + (cpu->r[in->rm] << 1), 2, 0);

	branch_write_pc(cpu, cpu->r[15] + 2 * off);
}
