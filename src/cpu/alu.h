/*
 * ARM ARM pseudo-code helpers shared by the decoders and semantic functions,
 * under their manual names (ARM ARM A2.2, A5.2.4, A6.3.2, A8.4).
 */
#ifndef ARMVM_ALU_H
#define ARMVM_ALU_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"
#include "insn.h"

struct shift_result {
	uint32_t value;
	uint32_t carry;
};

struct add_result {
	uint32_t value;
	uint32_t carry, overflow;
};

/* AddWithCarry (A2.2.1). */
static inline struct add_result add_with_carry(uint32_t x, uint32_t y, uint32_t carry_in)
{
	uint64_t usum = (uint64_t)x + y + carry_in;
	int64_t ssum = (int64_t)(int32_t)x + (int32_t)y + carry_in;
	struct add_result r = { (uint32_t)usum, (uint32_t)(usum >> 32),
				(uint32_t)((int64_t)(int32_t)usum != ssum) };
	return r;
}

/* Shift_C (A8.4.3); amount is the full amount (register shifts pass Rs[7:0]). */
static inline struct shift_result shift_c(uint32_t x, unsigned type, unsigned amount,
					  uint32_t carry_in)
{
	struct shift_result r = { x, carry_in };
	if (type == SRTYPE_RRX) {
		r.value = (carry_in << 31) | (x >> 1);
		r.carry = x & 1;
		return r;
	}
	if (amount == 0)
		return r;
	switch (type) {
	case SRTYPE_LSL:
		r.value = amount >= 32 ? 0 : x << amount;
		r.carry = amount > 32 ? 0 : (x >> (32 - amount)) & 1;
		break;
	case SRTYPE_LSR:
		r.value = amount >= 32 ? 0 : x >> amount;
		r.carry = amount > 32 ? 0 : (x >> (amount - 1)) & 1;
		break;
	case SRTYPE_ASR:
		if (amount >= 32) {
			r.value = (uint32_t)((int32_t)x >> 31);
			r.carry = x >> 31;
		} else {
			r.value = (uint32_t)((int32_t)x >> amount);
			r.carry = (x >> (amount - 1)) & 1;
		}
		break;
	default: /* ROR */
		amount &= 31;
		r.value = amount ? (x >> amount) | (x << (32 - amount)) : x;
		r.carry = r.value >> 31;
		break;
	}
	return r;
}

static inline uint32_t shift(uint32_t x, unsigned type, unsigned amount, uint32_t carry_in)
{
	return shift_c(x, type, amount, carry_in).value;
}

static inline uint32_t ror32(uint32_t x, unsigned n)
{
	n &= 31;
	return n ? (x >> n) | (x << (32 - n)) : x;
}

/* DecodeImmShift (A8.4.1): sets in->shift_type and in->shift_amt. */
static inline void decode_imm_shift(struct insn *in, unsigned type, unsigned imm5)
{
	if (type == SRTYPE_ROR && imm5 == 0) {
		in->shift_type = SRTYPE_RRX;
		in->shift_amt = 1;
	} else {
		in->shift_type = (uint8_t)type;
		in->shift_amt = (uint8_t)((type == SRTYPE_LSR || type == SRTYPE_ASR) && imm5 == 0
					  ? 32 : imm5);
	}
}

/* ARMExpandImm_C (A5.2.4): sets in->imm and the INSN_IMM_C / INSN_IMM_C1 flags. */
static inline void arm_expand_imm(struct insn *in, uint32_t imm12)
{
	unsigned rot = 2 * bits(imm12, 11, 8);
	in->imm = ror32(imm12 & 0xff, rot);
	in->flags |= INSN_IMM;
	if (rot) {
		in->flags |= INSN_IMM_C;
		if (in->imm >> 31)
			in->flags |= INSN_IMM_C1;
	}
}

/* ThumbExpandImm_C (A6.3.2). A repeating pattern of imm8 = 0 is UNPREDICTABLE;
 * QEMU 7.2 executes it with the value 0, and so do we. */
static inline void thumb_expand_imm(struct insn *in, uint32_t imm12)
{
	uint32_t b = imm12 & 0xff;
	in->flags |= INSN_IMM;
	if (bits(imm12, 11, 10) == 0) {
		switch (bits(imm12, 9, 8)) {
		case 0: in->imm = b; break;
		case 1: in->imm = b << 16 | b; break;
		case 2: in->imm = b << 24 | b << 8; break;
		default: in->imm = b << 24 | b << 16 | b << 8 | b; break;
		}
		return;
	}
	in->imm = ror32(0x80 | bits(imm12, 6, 0), bits(imm12, 11, 7));
	in->flags |= INSN_IMM_C;
	if (in->imm >> 31)
		in->flags |= INSN_IMM_C1;
}

/* The carry-out of an expanded immediate, given the current C flag. */
static inline uint32_t imm_carry(const struct insn *in, uint32_t carry_in)
{
	if (!(in->flags & INSN_IMM_C))
		return carry_in;
	return (in->flags & INSN_IMM_C1) ? 1 : 0;
}

static inline uint32_t sign_extend(uint32_t x, unsigned bits_wide)
{
	unsigned s = 32 - bits_wide;
	return (uint32_t)((int32_t)(x << s) >> s);
}

/* Whether an instruction sets the flags: S, or a 16-bit Thumb form outside IT. */
static inline bool insn_setflags(const struct cpu *cpu, const struct insn *in)
{
	if (in->flags & INSN_S)
		return true;
	return (in->flags & INSN_S_NOT_IT) && (cpu->cur_itstate & 0xf) == 0;
}

static inline void set_nz(struct cpu *cpu, uint32_t result)
{
	cpu->nf = result >> 31;
	cpu->zf = result == 0;
}

#endif
