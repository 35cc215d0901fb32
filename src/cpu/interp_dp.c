/*
 * Semantics of the ALU operations (ARM ARM A8.8: AND, EOR, SUB, RSB, ADD, ADC,
 * SBC, RSC, ORR, ORN, BIC, TST, TEQ, CMP, CMN, MOV and its shift aliases, MVN,
 * ADR). Fields as described in src/cpu/decode_dp.c.
 */
#include "alu.h"
#include "cpu.h"

/* The second operand and the shifter's carry-out: an expanded immediate
 * (ARMExpandImm_C, ThumbExpandImm_C), Shift_C by an immediate, or Shift_C by
 * register ra[7:0] (A8.4.3). */
static struct shift_result dp_operand2(const struct cpu *cpu, const struct insn *in)
{
	unsigned amount = in->shift_amt;

	if (in->flags & INSN_IMM) {
		struct shift_result r = { in->imm, imm_carry(in, cpu->cf) };
		return r;
	}
	if (in->flags & INSN_REGSHIFT)
		amount = cpu->r[in->ra] & 0xff;
	return shift_c(cpu->r[in->rm], in->shift_type, amount, cpu->cf);
}

/* Write the result to rd. A flag-setting write to the PC (ARM only: Thumb
 * decodes none) is an exception return, B9.3.20 "SUBS PC, LR and related
 * instructions", for every operation: CPSR from SPSR, flags not set by the
 * result. (QEMU 7.2 does this for SUBS and MOVS only; for ANDS, ADDS, ...
 * it sets the flags and branches.) Returns whether the caller sets flags. */
static bool dp_write(struct cpu *cpu, const struct insn *in, uint32_t result)
{
	bool setflags = insn_setflags(cpu, in);
	uint32_t *spsr;

	if (in->rd == 15 && setflags) {
		spsr = cpu_spsr(cpu);
		/* UNPREDICTABLE in User and System modes. QEMU UNDEFs in User
		 * mode; in System mode it would copy a stale SPSR copy that this
		 * core does not keep, so we UNDEF there as well. */
		if (!spsr)
			cpu_undefined(cpu);
		cpu_exception_return(cpu, result, *spsr);
		return false;
	}
	alu_write_reg(cpu, in->rd, result);
	return setflags;
}

/* The logical operations and the moves: Rn <op> operand2 (m). */
static uint32_t dp_logic_result(const struct cpu *cpu, const struct insn *in, uint32_t m)
{
	switch (in->op) {
	case OP_AND: return cpu->r[in->rn] & m;
	case OP_EOR: return cpu->r[in->rn] ^ m;
	case OP_ORR: return cpu->r[in->rn] | m;
	case OP_ORN: return cpu->r[in->rn] | ~m;
	case OP_BIC: return cpu->r[in->rn] & ~m;
	case OP_MVN: return ~m;
	default:     return m;   /* MOV, and LSL/LSR/ASR/ROR/RRX: MOV with a shift */
	}
}

/* Flags from the result and the shifter's carry-out. */
static void dp_logic(struct cpu *cpu, const struct insn *in)
{
	struct shift_result op2 = dp_operand2(cpu, in);
	uint32_t result = dp_logic_result(cpu, in, op2.value);

	if (dp_write(cpu, in, result)) {
		set_nz(cpu, result);
		cpu->cf = op2.carry;
	}
}

static void dp_set_nzcv(struct cpu *cpu, struct add_result r)
{
	set_nz(cpu, r.value);
	cpu->cf = r.carry;
	cpu->vf = r.overflow;
}

/* The arithmetic operations as AddWithCarry of Rn and operand2 (m). */
static struct add_result dp_arith_result(const struct cpu *cpu, const struct insn *in,
					 uint32_t m)
{
	uint32_t n = cpu->r[in->rn];

	switch (in->op) {
	case OP_ADD: return add_with_carry(n, m, 0);
	case OP_ADC: return add_with_carry(n, m, cpu->cf);
	case OP_SUB: return add_with_carry(n, ~m, 1);
	case OP_SBC: return add_with_carry(n, ~m, cpu->cf);
	case OP_RSB: return add_with_carry(~n, m, 1);
	default:     return add_with_carry(~n, m, cpu->cf);   /* RSC */
	}
}

/* The result written to rd. */
static void dp_arith(struct cpu *cpu, const struct insn *in)
{
	struct add_result r = dp_arith_result(cpu, in, dp_operand2(cpu, in).value);

	if (dp_write(cpu, in, r.value))
		dp_set_nzcv(cpu, r);
}

void interp_and(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }
void interp_eor(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }
void interp_orr(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }
void interp_orn(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }
void interp_bic(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }
void interp_mov(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }
void interp_mvn(struct cpu *cpu, const struct insn *in) { dp_logic(cpu, in); }

void interp_add(struct cpu *cpu, const struct insn *in) { dp_arith(cpu, in); }
void interp_adc(struct cpu *cpu, const struct insn *in) { dp_arith(cpu, in); }
void interp_sub(struct cpu *cpu, const struct insn *in) { dp_arith(cpu, in); }
void interp_sbc(struct cpu *cpu, const struct insn *in) { dp_arith(cpu, in); }
void interp_rsb(struct cpu *cpu, const struct insn *in) { dp_arith(cpu, in); }
void interp_rsc(struct cpu *cpu, const struct insn *in) { dp_arith(cpu, in); }

void interp_tst(struct cpu *cpu, const struct insn *in)
{
	struct shift_result op2 = dp_operand2(cpu, in);

	set_nz(cpu, cpu->r[in->rn] & op2.value);
	cpu->cf = op2.carry;
}

void interp_teq(struct cpu *cpu, const struct insn *in)
{
	struct shift_result op2 = dp_operand2(cpu, in);

	set_nz(cpu, cpu->r[in->rn] ^ op2.value);
	cpu->cf = op2.carry;
}

void interp_cmp(struct cpu *cpu, const struct insn *in)
{
	dp_set_nzcv(cpu, add_with_carry(cpu->r[in->rn], ~dp_operand2(cpu, in).value, 1));
}

void interp_cmn(struct cpu *cpu, const struct insn *in)
{
	dp_set_nzcv(cpu, add_with_carry(cpu->r[in->rn], dp_operand2(cpu, in).value, 0));
}

/* ADR (A8.8.12): Align(PC, 4) +/- imm. In ARM state a write to the PC is
 * ALUWritePC = BXWritePC; in Thumb state (UNPREDICTABLE) QEMU interworks as
 * well, so BXWritePC in both. */
void interp_adr(struct cpu *cpu, const struct insn *in)
{
	uint32_t base = cpu->r[15] & ~3u;
	uint32_t result = (in->flags & INSN_U) ? base + in->imm : base - in->imm;

	if (in->rd == 15)
		bx_write_pc(cpu, result);
	else
		cpu->r[in->rd] = result;
}
