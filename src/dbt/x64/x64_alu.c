/*
 * Arithmetic, logic, shifts, multiplies, bit operations and flag access.
 * Opcodes from the Intel SDM vol. 2 instruction pages; the "_imm" forms pick
 * the short encodings GNU as picks (imm8 when it fits, then the accumulator).
 */
#include <assert.h>

#include "x64_encode.h"

/* ADD..CMP: op*8+1 is "op r/m, r", op*8+3 "op r, r/m", op*8+5 "op eAX, imm32",
 * 81 /op imm32 and 83 /op imm8 (sign-extended). */

void x64_alu_r32_r32(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, op * 8 + 1, src, dst);
}

void x64_alu_r64_r64(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_W, op * 8 + 1, src, dst);
}

static void alu_imm(struct x64_buf *b, unsigned enc, enum x64_alu op, enum x64_reg dst,
		    int32_t imm)
{
	if (x64_fits_s8(imm)) {
		x64_enc_rr(b, enc, 0x83, op, dst);
		emit_imm(b, (uint64_t)imm, 1);
		return;
	}
	if (dst == X64_RAX) {
		emit_rex(b, enc & ENC_W, 0, 0, 0, false);
		emit_u8(b, op * 8 + 5);
	} else {
		x64_enc_rr(b, enc, 0x81, op, dst);
	}
	emit_imm(b, (uint64_t)imm, 4);
}

void x64_alu_r32_imm(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, int32_t imm)
{
	alu_imm(b, 0, op, dst, imm);
}

void x64_alu_r64_imm(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, int32_t imm)
{
	alu_imm(b, ENC_W, op, dst, imm);
}

void x64_alu_r32_m32(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, op * 8 + 3, dst, m, 0);
}

void x64_alu_r64_m64(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, ENC_W, op * 8 + 3, dst, m, 0);
}

void x64_alu_m32_r32(struct x64_buf *b, enum x64_alu op, struct x64_mem m, enum x64_reg src)
{
	x64_enc_rm(b, 0, op * 8 + 1, src, m, 0);
}

void x64_alu_r8_m8(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, ENC_BYTE_REG, op * 8 + 2, dst, m, 0);
}

void x64_alu_m8_imm8(struct x64_buf *b, enum x64_alu op, struct x64_mem m, uint8_t imm)
{
	x64_enc_rm(b, 0, 0x80, op, m, 1);
	emit_imm(b, imm, 1);
}

static void alu_m_imm(struct x64_buf *b, unsigned w, enum x64_alu op, struct x64_mem m,
		      int32_t imm)
{
	unsigned n = x64_fits_s8(imm) ? 1 : 4;

	x64_enc_rm(b, w, n == 1 ? 0x83 : 0x81, op, m, n);
	emit_imm(b, (uint64_t)imm, n);
}

void x64_alu_m32_imm(struct x64_buf *b, enum x64_alu op, struct x64_mem m, int32_t imm)
{
	alu_m_imm(b, 0, op, m, imm);
}

void x64_alu_m64_imm(struct x64_buf *b, enum x64_alu op, struct x64_mem m, int32_t imm)
{
	alu_m_imm(b, ENC_W, op, m, imm);
}

/* TEST: 85 /r, A8 ib and A9 id (accumulator), F6 /0 ib and F7 /0 id. */

void x64_test_r32_r32(struct x64_buf *b, enum x64_reg a, enum x64_reg c)
{
	x64_enc_rr(b, 0, 0x85, c, a);
}

void x64_test_r64_r64(struct x64_buf *b, enum x64_reg a, enum x64_reg c)
{
	x64_enc_rr(b, ENC_W, 0x85, c, a);
}

void x64_test_r32_imm32(struct x64_buf *b, enum x64_reg r, uint32_t imm)
{
	if (r == X64_RAX)
		emit_u8(b, 0xa9);
	else
		x64_enc_rr(b, 0, 0xf7, 0, r);
	emit_imm(b, imm, 4);
}

void x64_test_r8_imm8(struct x64_buf *b, enum x64_reg r, uint8_t imm)
{
	if (r == X64_RAX)
		emit_u8(b, 0xa8);
	else
		x64_enc_rr(b, ENC_BYTE_RM, 0xf6, 0, r);
	emit_imm(b, imm, 1);
}

void x64_test_m32_imm32(struct x64_buf *b, struct x64_mem m, uint32_t imm)
{
	x64_enc_rm(b, 0, 0xf7, 0, m, 4);
	emit_imm(b, imm, 4);
}

void x64_test_m8_imm8(struct x64_buf *b, struct x64_mem m, uint8_t imm)
{
	x64_enc_rm(b, 0, 0xf6, 0, m, 1);
	emit_imm(b, imm, 1);
}

/* Shifts and rotates: D1 /op (by one), C1 /op ib, D3 /op (by CL). */

static void shift_imm(struct x64_buf *b, unsigned enc, enum x64_shift op, enum x64_reg r,
		      uint8_t n)
{
	if (n == 1) {
		x64_enc_rr(b, enc, 0xd1, op, r);
	} else {
		x64_enc_rr(b, enc, 0xc1, op, r);
		emit_imm(b, n, 1);
	}
}

void x64_shift_r32_imm(struct x64_buf *b, enum x64_shift op, enum x64_reg r, uint8_t n)
{
	assert(n < 32);
	shift_imm(b, 0, op, r, n);
}

void x64_shift_r64_imm(struct x64_buf *b, enum x64_shift op, enum x64_reg r, uint8_t n)
{
	assert(n < 64);
	shift_imm(b, ENC_W, op, r, n);
}

void x64_shift_r32_cl(struct x64_buf *b, enum x64_shift op, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xd3, op, r);
}

void x64_shift_r64_cl(struct x64_buf *b, enum x64_shift op, enum x64_reg r)
{
	x64_enc_rr(b, ENC_W, 0xd3, op, r);
}

/* IMUL 0F AF /r and 6B/69 /r imm; MUL F7 /4 and IMUL F7 /5 into EDX:EAX. */

void x64_imul_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0x0faf, dst, src);
}

void x64_imul_r64_r64(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_W, 0x0faf, dst, src);
}

void x64_imul_r32_r32_imm(struct x64_buf *b, enum x64_reg dst, enum x64_reg src, int32_t imm)
{
	unsigned n = x64_fits_s8(imm) ? 1 : 4;

	x64_enc_rr(b, 0, n == 1 ? 0x6b : 0x69, dst, src);
	emit_imm(b, (uint64_t)imm, n);
}

void x64_mul_r32(struct x64_buf *b, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0xf7, 4, src);
}

void x64_imul_r32(struct x64_buf *b, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0xf7, 5, src);
}

/* NOT F7 /2, NEG F7 /3, INC FF /0, DEC FF /1, BSWAP 0F C8+r. */

void x64_neg_r32(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xf7, 3, r);
}

void x64_not_r32(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xf7, 2, r);
}

void x64_inc_r32(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xff, 0, r);
}

void x64_dec_r32(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xff, 1, r);
}

void x64_bswap_r32(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_o(b, 0, 0x0fc8, r);
}

/* LZCNT F3 0F BD /r, BSR 0F BD /r, BT 0F BA /4 ib. */

void x64_lzcnt_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, ENC_F3, 0x0fbd, dst, src);
}

void x64_bsr_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0x0fbd, dst, src);
}

void x64_bt_r32_imm8(struct x64_buf *b, enum x64_reg r, uint8_t bit)
{
	x64_enc_rr(b, 0, 0x0fba, 4, r);
	emit_imm(b, bit, 1);
}

/* SETcc 0F 90+cc, CMOVcc 0F 40+cc; the flag instructions are one byte each. */

void x64_setcc_r8(struct x64_buf *b, enum x64_cc cc, enum x64_reg dst)
{
	x64_enc_rr(b, ENC_BYTE_RM, 0x0f90 + cc, 0, dst);
}

void x64_setcc_m8(struct x64_buf *b, enum x64_cc cc, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x0f90 + cc, 0, m, 0);
}

void x64_cmovcc_r32_r32(struct x64_buf *b, enum x64_cc cc, enum x64_reg dst, enum x64_reg src)
{
	x64_enc_rr(b, 0, 0x0f40 + cc, dst, src);
}

void x64_cmovcc_r32_m32(struct x64_buf *b, enum x64_cc cc, enum x64_reg dst, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0x0f40 + cc, dst, m, 0);
}

void x64_lahf(struct x64_buf *b) { emit_u8(b, 0x9f); }
void x64_sahf(struct x64_buf *b) { emit_u8(b, 0x9e); }
void x64_pushfq(struct x64_buf *b) { emit_u8(b, 0x9c); }
void x64_popfq(struct x64_buf *b) { emit_u8(b, 0x9d); }
void x64_stc(struct x64_buf *b) { emit_u8(b, 0xf9); }
void x64_clc(struct x64_buf *b) { emit_u8(b, 0xf8); }
void x64_cmc(struct x64_buf *b) { emit_u8(b, 0xf5); }
