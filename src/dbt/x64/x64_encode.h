/*
 * Encoding primitives shared by the x64_*.c encoders (Intel SDM vol. 2, chapter 2:
 * legacy prefixes, REX, opcode, ModRM, SIB, displacement, immediate, in that order).
 */
#ifndef ARMVM_X64_ENCODE_H
#define ARMVM_X64_ENCODE_H

#include "x64_emit.h"

/* Attributes of one instruction's encoding. */
enum {
	ENC_W = 1 << 0,        /* REX.W: 64-bit operand size */
	ENC_66 = 1 << 1,       /* 66 prefix: 16-bit operand size, or SSE's mandatory 66 */
	ENC_F3 = 1 << 2,       /* mandatory F3 prefix (lzcnt) */
	ENC_BYTE_REG = 1 << 3, /* ModRM.reg names a byte register: SPL..DIL need a REX */
	ENC_BYTE_RM = 1 << 4,  /* ModRM.rm names a byte register */
};

/* One byte, or none and the overflow flag once the buffer is full. */
static inline void emit_u8(struct x64_buf *b, unsigned v)
{
	if (b->p < b->end)
		*b->p++ = (uint8_t)v;
	else
		b->overflow = true;
}

/* An immediate or displacement: n little-endian bytes of v (n = 1, 2, 4 or 8). */
static inline void emit_imm(struct x64_buf *b, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		emit_u8(b, (unsigned)(v >> (8 * i)) & 0xff);
}

/*
 * REX = 0100WRXB: W selects 64-bit operands, R/X/B extend ModRM.reg, SIB.index
 * and ModRM.rm (or SIB.base, or the opcode's register). It is left out when
 * all four are zero, unless `force` asks for it to reach SPL, BPL, SIL or DIL
 * instead of AH, CH, DH or BH.
 */
static inline void emit_rex(struct x64_buf *b, bool w, unsigned reg, unsigned index,
			    unsigned base, bool force)
{
	unsigned rex = 0x40 | (unsigned)w << 3 | (reg >> 3 & 1) << 2 | (index >> 3 & 1) << 1 |
		       (base >> 3 & 1);

	if (rex != 0x40 || force)
		emit_u8(b, rex);
}

static inline void emit_modrm(struct x64_buf *b, unsigned mod, unsigned reg, unsigned rm)
{
	emit_u8(b, mod << 6 | (reg & 7) << 3 | (rm & 7));
}

/*
 * Whole instructions up to the immediate, which the caller emits. `op` holds
 * one to three opcode bytes, most significant first (0x0FAF is 0F AF).
 *   x64_enc_rr: ModRM with mod = 11, reg and rm registers (or reg a /digit);
 *   x64_enc_rm: ModRM, SIB and displacement for a memory operand; imm_bytes is
 *               the size of the immediate that follows, needed by RIP-relative;
 *   x64_enc_o:  the register in the low three bits of the last opcode byte.
 */
void x64_enc_rr(struct x64_buf *b, unsigned enc, uint32_t op, unsigned reg, unsigned rm);
void x64_enc_rm(struct x64_buf *b, unsigned enc, uint32_t op, unsigned reg, struct x64_mem m,
		unsigned imm_bytes);
void x64_enc_o(struct x64_buf *b, unsigned enc, uint32_t op, unsigned reg);

#endif
