/*
 * Which decoded instructions the differential test keeps: data processing,
 * multiplies, loads/stores, exclusives and SWP that write no reserved (or
 * kept) register, touch memory only through a base register (or PC-relative
 * literals), and avoid what the ARM ARM calls UNPREDICTABLE, where the engines
 * may legitimately differ.
 */
#include "diff.h"
#include "neon.h"

const struct diff_regs diff_regs_arm = { .base = 12, .index = 11 };
/* r7 and r6 so that 16-bit encodings can use them. */
const struct diff_regs diff_regs_thumb = { .base = 7, .index = 6 };

static bool in_range(unsigned op, unsigned lo, unsigned hi)
{
	return op >= lo && op <= hi;
}

static bool is_single(unsigned op)
{
	return in_range(op, OP_LDR, OP_STRHT);
}

static bool is_store(unsigned op)
{
	return op == OP_STR || op == OP_STRB || op == OP_STRH || op == OP_STRT ||
	       op == OP_STRBT || op == OP_STRHT || op == OP_STRD ||
	       in_range(op, OP_STM, OP_STMIB);
}

static bool is_multi(unsigned op)
{
	return in_range(op, OP_LDM, OP_STMIB);
}

static bool is_hint(unsigned op)
{
	return in_range(op, OP_PLD, OP_MEMHINT);
}

/* LDREX ... STREXD, CLREX, SWP, SWPB (A8.8.75-78, A8.8.212-215, A8.8.229). */
static bool is_excl(unsigned op)
{
	return in_range(op, OP_LDREX, OP_SWPB);
}

static bool is_mem(unsigned op)
{
	return is_single(op) || op == OP_LDRD || op == OP_STRD || is_multi(op) ||
	       is_hint(op) || is_excl(op);
}

/* Does it write memory (the status-returning and swapping ones included)? */
static bool writes_mem(unsigned op)
{
	return is_store(op) || in_range(op, OP_STREX, OP_STREXD) || op == OP_SWP ||
	       op == OP_SWPB;
}

/* The ops the generator means: data processing and multiplies (the dp and mul
 * classes are contiguous in ops_all.inc), the memory ops and Advanced SIMD. */
bool diff_op_wanted(unsigned op)
{
	return in_range(op, OP_AND, OP_USADA8) || is_mem(op) || in_range(op, OP_N3SAME, OP_NLDST);
}

static bool is_compare(unsigned op)
{
	return in_range(op, OP_TST, OP_CMN);
}

/* RdLo in rd, RdHi in ra. */
static bool is_long_mul(unsigned op)
{
	return in_range(op, OP_UMULL, OP_UMAAL) || in_range(op, OP_SMLALBB, OP_SMLALTT) ||
	       in_range(op, OP_SMLALD, OP_SMLSLDX);
}

static uint32_t reg_bit(unsigned r)
{
	return r < 16 ? 1u << r : 0;
}

/* Registers the instruction writes, base write-back aside. */
static uint32_t written(const struct insn *in)
{
	unsigned op = in->op;

	if (is_compare(op) || is_store(op) || is_hint(op))
		return 0;
	if (is_multi(op))
		return in->reglist;
	if (is_long_mul(op) || op == OP_LDRD || op == OP_LDREXD)
		return reg_bit(in->rd) | reg_bit(in->ra);
	if (op == OP_CLREX)
		return 0;
	return reg_bit(in->rd);
}

/* ADD/SUB base, base, #imm with a small imm: the one ALU write to a base. */
static bool base_adjust(const struct insn *in, uint32_t bases)
{
	return (in->op == OP_ADD || in->op == OP_SUB) && (in->flags & INSN_IMM) &&
	       in->rd == in->rn && (reg_bit(in->rd) & bases) && in->imm <= DIFF_MAX_STEP;
}

/* A PC-relative load (literal): no write-back, immediate offset. */
static bool literal_load(const struct insn *in)
{
	return is_mem(in->op) && !is_store(in->op) && !is_multi(in->op) &&
	       !(in->flags & INSN_W) && (in->flags & INSN_IMM);
}

/* May field value r (13 or 15) appear in field f (one of &in->rd ...)? */
static bool special_ok(const struct insn *in, const uint8_t *f, enum isa isa,
		       uint32_t bases)
{
	bool alu = in_range(in->op, OP_AND, OP_MVN) && !(in->flags & INSN_REGSHIFT);

	if (*f == 15)
		return (f == &in->rn && literal_load(in)) ||
		       (alu && (f == &in->rn || f == &in->rm));
	/* SP: a base, the source of ADD/SUB #imm, or read in ARM (Thumb calls
	 * most uses of SP UNPREDICTABLE); written SP was checked before. */
	if (f == &in->rn && (is_mem(in->op) ||
			     ((in->op == OP_ADD || in->op == OP_SUB) && (in->flags & INSN_IMM))))
		return true;
	if (f == &in->rd && base_adjust(in, bases))
		return true;
	return isa == ISA_ARM && f != &in->ra;
}

/* Address operands: a base register (or the PC for a literal), an immediate
 * offset of at most 1020, or the index register scaled by at most 8. */
static bool mem_ok(const struct insn *in, enum isa isa, const struct diff_regs *rr,
		   uint32_t reserved)
{
	unsigned op = in->op;

	if (op == OP_CLREX)
		return true;
	if (in->rn != 15 && in->rn != rr->base && in->rn != 13)
		return false;
	/* Base plus imm (none in ARM); SWP's Rt2 must not be the base. */
	if (is_excl(op))
		return in->rn != 15 && in->imm <= 1020 &&
		       !((op == OP_SWP || op == OP_SWPB) && in->rm == in->rn);
	if (is_multi(op)) {
		unsigned count = (unsigned)__builtin_popcount(in->reglist);
		bool t32 = isa == ISA_THUMB && in->len == 4;
		/* ^ (user registers) is for exception handlers. */
		return !(in->flags & INSN_X1) && !(in->reglist & (reserved | 1u << 15)) &&
		       count >= (t32 ? 2u : 1u);
	}
	if (in->flags & INSN_IMM) {
		if (in->imm > 1020)
			return false;
	} else if (in->rm != rr->index || (in->shift_type == SRTYPE_LSL ? in->shift_amt > 3
					   : in->shift_type >= SRTYPE_ROR)) {
		return false;
	}
	/* Write-back into a register also stored (loads to a base were
	 * rejected before), an index equal to Rt or Rt2. */
	bool dual = op == OP_LDRD || op == OP_STRD;
	if ((in->flags & INSN_W) && (in->rd == in->rn || (dual && in->ra == in->rn)))
		return false;
	if (dual && !(in->flags & INSN_IMM) && (in->rm == in->rd || in->rm == in->ra))
		return false;
	if (dual) {
		if (isa == ISA_ARM)
			return !(in->rd & 1) && in->ra == in->rd + 1;
		return op == OP_STRD || in->rd != in->ra;
	}
	return true;
}

/* Advanced SIMD, outside IT blocks: the D registers are free; a core register
 * read or written (VDUP, VMOV scalar) is not SP, PC or reserved; loads and
 * stores address through a base (kept ones without write-back), Rm SP, PC
 * or the index. */
static bool neon_ok(const struct insn *in, const struct diff_regs *rr, uint32_t reserved,
		    uint32_t keep, bool in_it)
{
	if (in_it)
		return false;
	if (in->op == OP_NMOV_SCALAR || (in->op == OP_NDUP && (in->flags & INSN_REGSHIFT)))
		return in->ra < 13 && !(in->op == OP_NMOV_SCALAR && (in->flags & NEON_TO_CORE) &&
					(reg_bit(in->ra) & (reserved | keep)));
	if (in->op != OP_NLDST)
		return true;
	return (in->rn == rr->base || in->rn == 13) &&
	       (in->rm == 13 || in->rm == 15 || in->rm == rr->index) &&
	       !((in->flags & INSN_W) && (reg_bit(in->rn) & keep)) &&
	       !((keep & DIFF_KEEP_STACK) && !(in->flags & NEON_LOAD) && in->rn == 13);
}

bool diff_insn_ok(const struct insn *in, enum isa isa, bool in_it, uint32_t keep)
{
	const struct diff_regs *rr = isa == ISA_ARM ? &diff_regs_arm : &diff_regs_thumb;
	uint32_t bases = 1u << rr->base | 1u << 13;
	uint32_t reserved = bases | 1u << rr->index;
	unsigned op = in->op;

	if (!diff_op_wanted(op) || (op == OP_CLREX && in_it))
		return false;
	if (in_range(op, OP_N3SAME, OP_NLDST))
		return neon_ok(in, rr, reserved, keep, in_it);
	uint32_t w = written(in);
	if (base_adjust(in, bases))
		w &= ~reg_bit(in->rd);
	if (w & (reserved | keep | 1u << 15))
		return false;
	/* Kept bases move neither by write-back nor by ADD/SUB. */
	if ((is_mem(op) && (in->flags & INSN_W) && (reg_bit(in->rn) & keep)) ||
	    (base_adjust(in, bases) && (reg_bit(in->rd) & keep)))
		return false;
	if ((keep & DIFF_KEEP_STACK) && writes_mem(op) && in->rn == 13)
		return false;
	const uint8_t *fields[4] = { &in->rd, &in->rn, &in->rm, &in->ra };
	for (unsigned i = 0; i < 4; i++)
		if ((*fields[i] == 13 || *fields[i] == 15) &&
		    !special_ok(in, fields[i], isa, bases))
			return false;
	if (is_mem(op) && !mem_ok(in, isa, rr, reserved))
		return false;
	if (is_long_mul(op) && in->rd == in->ra)
		return false;
	if (isa == ISA_THUMB && in->len == 2) {
		/* CMP (register) T2 with two low registers; MOVS (register) T2
		 * (LSL #0) in an IT block (ARM ARM A8.8.37, A8.8.104). */
		if ((in->raw & 0xff00) == 0x4500 && in->rn < 8 && in->rm < 8)
			return false;
		if (in_it && (in->raw & 0xffc0) == 0)
			return false;
	}
	return true;
}
