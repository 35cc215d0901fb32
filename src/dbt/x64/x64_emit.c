/*
 * The code buffer, the instruction framing (prefixes, REX, opcode, ModRM, SIB,
 * displacement) and the data movement encoders. Opcodes from the Intel SDM
 * vol. 2 instruction pages.
 */
#include <assert.h>

#include "x64_encode.h"

void x64_buf_init(struct x64_buf *b, void *mem, size_t size)
{
	b->start = mem;
	b->p = mem;
	b->end = b->start + size;
	b->overflow = false;
}

uint8_t *x64_data(struct x64_buf *b, const void *data, size_t n)
{
	uint8_t *at = b->p;

	for (size_t i = 0; i < n; i++)
		emit_u8(b, ((const uint8_t *)data)[i]);
	return b->overflow ? NULL : at;
}

bool x64_rel32_reaches(const void *from, const void *to)
{
	intptr_t d = (intptr_t)to - (intptr_t)from;

	return x64_fits_s32(d) && x64_fits_s32(d - 16);
}

static bool is_byte_high(unsigned r)
{
	return r >= X64_RSP && r <= X64_RDI;
}

static void emit_prefixes(struct x64_buf *b, unsigned enc)
{
	if (enc & ENC_66)
		emit_u8(b, 0x66);
	if (enc & ENC_F3)
		emit_u8(b, 0xf3);
}

static void emit_opcode(struct x64_buf *b, uint32_t op)
{
	if (op > 0xffff)
		emit_u8(b, op >> 16);
	if (op > 0xff)
		emit_u8(b, op >> 8 & 0xff);
	emit_u8(b, op & 0xff);
}

void x64_enc_rr(struct x64_buf *b, unsigned enc, uint32_t op, unsigned reg, unsigned rm)
{
	bool force = ((enc & ENC_BYTE_REG) && is_byte_high(reg)) ||
		     ((enc & ENC_BYTE_RM) && is_byte_high(rm));

	assert(reg < 16 && rm < 16);
	emit_prefixes(b, enc);
	emit_rex(b, enc & ENC_W, reg, 0, rm, force);
	emit_opcode(b, op);
	emit_modrm(b, 3, reg, rm);
}

void x64_enc_o(struct x64_buf *b, unsigned enc, uint32_t op, unsigned reg)
{
	assert(reg < 16);
	emit_prefixes(b, enc);
	emit_rex(b, enc & ENC_W, 0, 0, reg, false);
	emit_opcode(b, op + (reg & 7));
}

static unsigned scale_bits(unsigned scale)
{
	assert(scale == 1 || scale == 2 || scale == 4 || scale == 8);
	return scale == 1 ? 0 : scale == 2 ? 1 : scale == 4 ? 2 : 3;
}

/*
 * ModRM.rm = 100 means a SIB byte follows, so RSP and R12 as a base need one;
 * mod = 00 with rm or SIB.base = 101 means "no base" (RIP-relative without a
 * SIB), so RBP and R13 as a base always carry a displacement, even zero.
 */
void x64_enc_rm(struct x64_buf *b, unsigned enc, uint32_t op, unsigned reg, struct x64_mem m,
		unsigned imm_bytes)
{
	bool has_index = m.scale != 0;
	bool gpr_base = m.base < 16;
	unsigned base = gpr_base ? m.base : 0;
	unsigned index = has_index ? m.index : 0;
	bool sib = has_index || m.base == X64_NOBASE || (gpr_base && (base & 7) == 4);
	unsigned mod;

	assert(reg < 16 && (gpr_base || m.base == X64_RIP || m.base == X64_NOBASE));
	assert(!has_index || (index < 16 && index != X64_RSP && m.base != X64_RIP));
	emit_prefixes(b, enc);
	emit_rex(b, enc & ENC_W, reg, index, base, (enc & ENC_BYTE_REG) && is_byte_high(reg));
	emit_opcode(b, op);
	if (m.base == X64_RIP) {
		emit_modrm(b, 0, reg, 5);
		intptr_t rel = (intptr_t)m.target - (intptr_t)(b->p + 4 + imm_bytes);
		assert(b->overflow || x64_fits_s32(rel));
		emit_imm(b, (uint64_t)rel, 4);
		return;
	}
	if (!gpr_base || (m.disp == 0 && (base & 7) != 5))
		mod = 0;
	else if (x64_fits_s8(m.disp))
		mod = 1;
	else
		mod = 2;
	emit_modrm(b, mod, reg, sib ? 4 : base);
	if (sib)
		emit_u8(b, (has_index ? scale_bits(m.scale) : 0) << 6 |
			   (has_index ? index & 7 : 4) << 3 | (gpr_base ? base & 7 : 5));
	if (mod == 1)
		emit_imm(b, (uint64_t)m.disp, 1);
	else if (mod == 2 || !gpr_base)
		emit_imm(b, (uint64_t)m.disp, 4);
}

/* MOV, SDM "MOV-Move": 88/89 store, 8A/8B load, B8+r and C6/C7 immediates. */

void x64_mov_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0x89, src, dst);
}

void x64_mov_r64_r64(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_W, 0x89, src, dst);
}

void x64_mov_r32_imm32(struct x64_buf *b, enum x64_reg dst, uint32_t imm)
{
	x64_enc_o(b, 0, 0xb8, dst);
	emit_imm(b, imm, 4);
}

void x64_mov_r64_imm64(struct x64_buf *b, enum x64_reg dst, uint64_t imm)
{
	x64_enc_o(b, ENC_W, 0xb8, dst);
	emit_imm(b, imm, 8);
}

void x64_mov_r64_simm32(struct x64_buf *b, enum x64_reg dst, int32_t imm)
{
	x64_enc_rr(b, ENC_W, 0xc7, 0, dst);
	emit_imm(b, (uint64_t)imm, 4);
}

void x64_mov_r64_imm(struct x64_buf *b, enum x64_reg dst, uint64_t imm)
{
	if (imm <= UINT32_MAX)
		x64_mov_r32_imm32(b, dst, (uint32_t)imm);
	else if (x64_fits_s32((int64_t)imm))
		x64_mov_r64_simm32(b, dst, (int32_t)imm);
	else
		x64_mov_r64_imm64(b, dst, imm);
}

void x64_mov_r32_m32(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x8b, dst, m, 0);
}

void x64_mov_r64_m64(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, ENC_W, 0x8b, dst, m, 0);
}

void x64_mov_m8_r8(struct x64_buf *b, struct x64_mem m, enum x64_reg src)
{
	x64_enc_rm(b, ENC_BYTE_REG, 0x88, src, m, 0);
}

void x64_mov_m16_r16(struct x64_buf *b, struct x64_mem m, enum x64_reg src)
{
	x64_enc_rm(b, ENC_66, 0x89, src, m, 0);
}

void x64_mov_m32_r32(struct x64_buf *b, struct x64_mem m, enum x64_reg src)
{
	x64_enc_rm(b, 0, 0x89, src, m, 0);
}

void x64_mov_m64_r64(struct x64_buf *b, struct x64_mem m, enum x64_reg src)
{
	x64_enc_rm(b, ENC_W, 0x89, src, m, 0);
}

void x64_mov_m8_imm8(struct x64_buf *b, struct x64_mem m, uint8_t imm)
{
	x64_enc_rm(b, 0, 0xc6, 0, m, 1);
	emit_imm(b, imm, 1);
}

void x64_mov_m16_imm16(struct x64_buf *b, struct x64_mem m, uint16_t imm)
{
	x64_enc_rm(b, ENC_66, 0xc7, 0, m, 2);
	emit_imm(b, imm, 2);
}

void x64_mov_m32_imm32(struct x64_buf *b, struct x64_mem m, uint32_t imm)
{
	x64_enc_rm(b, 0, 0xc7, 0, m, 4);
	emit_imm(b, imm, 4);
}

void x64_mov_m64_simm32(struct x64_buf *b, struct x64_mem m, int32_t imm)
{
	x64_enc_rm(b, ENC_W, 0xc7, 0, m, 4);
	emit_imm(b, (uint64_t)imm, 4);
}

/* MOVZX 0F B6/B7, MOVSX 0F BE/BF, MOVSXD 63 (with REX.W). */

void x64_movzx_r32_m8(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x0fb6, dst, m, 0);
}

void x64_movzx_r32_m16(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x0fb7, dst, m, 0);
}

void x64_movsx_r32_m8(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x0fbe, dst, m, 0);
}

void x64_movsx_r32_m16(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x0fbf, dst, m, 0);
}

void x64_movzx_r32_r8(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_BYTE_RM, 0x0fb6, dst, src);
}

void x64_movzx_r32_r16(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0x0fb7, dst, src);
}

void x64_movsx_r32_r8(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_BYTE_RM, 0x0fbe, dst, src);
}

void x64_movsx_r32_r16(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0x0fbf, dst, src);
}

void x64_movsxd_r64_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_W, 0x63, dst, src);
}

void x64_movsxd_r64_m32(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, ENC_W, 0x63, dst, m, 0);
}

/* LEA 8D: 64-bit address, 32- or 64-bit result. */

void x64_lea_r32_m(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x8d, dst, m, 0);
}

void x64_lea_r64_m(struct x64_buf *b, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, ENC_W, 0x8d, dst, m, 0);
}

/* MOVD/MOVQ 66 0F 6E (to xmm) and 66 0F 7E (from xmm); ModRM.reg is the xmm. */

void x64_movd_xmm_r32(struct x64_buf *b, enum x64_xmm dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_66, 0x0f6e, dst, src);
}

void x64_movd_r32_xmm(struct x64_buf *b, enum x64_reg dst, enum x64_xmm src)
{
	x64_enc_rr(b, ENC_66, 0x0f7e, src, dst);
}

void x64_pmovmskb_r32_xmm(struct x64_buf *b, enum x64_reg dst, enum x64_xmm src)
{
	x64_enc_rr(b, ENC_66, 0x0fd7, dst, src);
}

void x64_movq_xmm_r64(struct x64_buf *b, enum x64_xmm dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_66 | ENC_W, 0x0f6e, dst, src);
}

void x64_movq_r64_xmm(struct x64_buf *b, enum x64_reg dst, enum x64_xmm src)
{
	x64_enc_rr(b, ENC_66 | ENC_W, 0x0f7e, src, dst);
}
