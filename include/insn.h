/*
 * struct insn: one decoded ARM or Thumb instruction.
 *
 * The decoder (src/cpu/decode.c with the tables src/cpu/{arm,t16,t32}_*.inc) fills
 * it once; the interpreter, the disassembler and the translator consume it and never
 * look at the encoding bits again. ARM and Thumb encodings of the same operation
 * decode to the same op with the same field meanings, so each op has one semantic
 * function interp_<mn>() and one disassembly format.
 *
 * The ops are listed in include/ops_*.inc as OP(NAME, mn, fmt):
 *   NAME -> enum value OP_NAME, mn -> interp_mn() and the mnemonic "mn",
 *   fmt  -> disasm_fmt() prints the operands. FMT(fmt) lines declare formats.
 */
#ifndef ARMVM_INSN_H
#define ARMVM_INSN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum op {
#define FMT(fmt)
#define OP(NAME, mn, fmt) OP_##NAME,
#include "ops_all.inc"
#undef OP
#undef FMT
	OP_COUNT
};

/* ARM condition codes (ARM ARM A8.3). */
enum cond {
	COND_EQ, COND_NE, COND_CS, COND_CC, COND_MI, COND_PL, COND_VS, COND_VC,
	COND_HI, COND_LS, COND_GE, COND_LT, COND_GT, COND_LE, COND_AL, COND_NV
};

/* SRType (ARM ARM A8.4.1). SRTYPE_RRX is ROR with amount 0 in the encoding. */
enum srtype { SRTYPE_LSL, SRTYPE_LSR, SRTYPE_ASR, SRTYPE_ROR, SRTYPE_RRX };

/* insn.flags: generic meanings; an op's decode function documents what it uses. */
#define INSN_S          0x0001u /* set flags */
#define INSN_S_NOT_IT   0x0002u /* Thumb 16-bit: set flags only outside an IT block */
#define INSN_P          0x0004u /* pre-indexed (index) */
#define INSN_U          0x0008u /* add offset (up) */
#define INSN_W          0x0010u /* write back */
#define INSN_REGSHIFT   0x0020u /* shift amount comes from register ra (Rs) */
#define INSN_IMM        0x0040u /* second operand is insn.imm, not a register */
#define INSN_IMM_C      0x0080u /* immediate has a carry-out (ARMExpandImm_C rotated) */
#define INSN_IMM_C1     0x0100u /* ... and that carry-out is 1 */
#define INSN_THUMB      0x0200u /* decoded from a Thumb encoding */
#define INSN_X1         0x0400u /* op-specific */
#define INSN_X2         0x0800u /* op-specific */
#define INSN_X3         0x1000u /* op-specific */
#define INSN_X4         0x2000u /* op-specific */

#define REG_NONE 0xff

struct insn {
	uint16_t op;       /* enum op */
	uint8_t cond;      /* enum cond; COND_AL when unconditional */
	uint8_t len;       /* encoding length in bytes: 2 or 4 */
	uint8_t rd, rn, rm, ra; /* ra: accumulator, Rs, RdHi or Rt2, by op */
	uint8_t shift_type;     /* enum srtype */
	uint8_t shift_amt;      /* immediate shift amount, already DecodeImmShift'ed */
	uint16_t flags;    /* INSN_* */
	uint16_t reglist;  /* LDM/STM/PUSH/POP register list; other ops may use it */
	uint16_t pad;
	uint32_t imm;      /* immediate, already expanded (ARMExpandImm, ThumbExpandImm...) */
	uint32_t raw;      /* the encoding (Thumb 32-bit: first halfword << 16 | second) */
};

/* Instruction sets a decoder understands. */
enum isa { ISA_ARM, ISA_THUMB };

/* Decode one encoding. For Thumb, enc is the halfword for 16-bit encodings and
 * hw1 << 16 | hw2 for 32-bit ones (see thumb_is_32bit). Never fails: an
 * UNDEFINED encoding decodes to OP_UNDEF. */
void decode(enum isa isa, uint32_t enc, struct insn *out);

/* A Thumb halfword that starts a 32-bit encoding (ARM ARM A6.1). */
static inline bool thumb_is_32bit(uint32_t hw1)
{
	return (hw1 >> 11) >= 0x1d;
}

/* Disassemble into buf (at most size bytes including NUL); pc is the address of
 * the instruction (for branch targets and literals). Returns the text length. */
int disasm(const struct insn *in, uint32_t pc, char *buf, size_t size);

/* Name of an op ("add", "ldr", ...). */
const char *op_name(unsigned op);

/* Bit-field helpers for decode functions. */
static inline uint32_t bits(uint32_t x, unsigned hi, unsigned lo)
{
	return (x >> lo) & (uint32_t)((2ull << (hi - lo)) - 1);
}

static inline uint32_t bit(uint32_t x, unsigned n)
{
	return (x >> n) & 1;
}

#endif
