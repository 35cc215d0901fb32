/*
 * Control flow: relative jumps and calls with patchable displacements, indirect
 * jumps and calls, the stack, and padding. Opcodes from the Intel SDM vol. 2;
 * the multi-byte NOPs are its "Recommended Multi-Byte Sequence of NOP".
 */
#include <assert.h>
#include <string.h>

#include "x64_encode.h"

/* Relative displacements count from the end of the field, which ends the instruction. */
static intptr_t rel_from(const uint8_t *field, unsigned size, const void *target)
{
	return (intptr_t)target - (intptr_t)(field + size);
}

static uint8_t *emit_rel(struct x64_buf *b, unsigned size, const void *target)
{
	uint8_t *field = b->p;
	intptr_t rel = target ? rel_from(field, size, target) : 0;

	emit_imm(b, (uint64_t)rel, size);
	if (b->overflow)
		return NULL;
	assert(size == 4 ? x64_fits_s32(rel) : x64_fits_s8(rel));
	return field;
}

void x64_patch_rel32(uint8_t *field, const void *target)
{
	if (!field)
		return;
	intptr_t rel = rel_from(field, 4, target);
	int32_t v = (int32_t)rel;

	assert(x64_fits_s32(rel));
	memcpy(field, &v, 4);
}

void x64_patch_rel8(uint8_t *field, const void *target)
{
	if (!field)
		return;
	intptr_t rel = rel_from(field, 1, target);

	assert(x64_fits_s8(rel));
	*field = (uint8_t)rel;
}

uint8_t *x64_jmp_rel32(struct x64_buf *b, const void *target)
{
	emit_u8(b, 0xe9);
	return emit_rel(b, 4, target);
}

uint8_t *x64_jmp_rel8(struct x64_buf *b, const void *target)
{
	emit_u8(b, 0xeb);
	return emit_rel(b, 1, target);
}

uint8_t *x64_jcc_rel32(struct x64_buf *b, enum x64_cc cc, const void *target)
{
	emit_u8(b, 0x0f);
	emit_u8(b, 0x80 + cc);
	return emit_rel(b, 4, target);
}

uint8_t *x64_jcc_rel8(struct x64_buf *b, enum x64_cc cc, const void *target)
{
	emit_u8(b, 0x70 + cc);
	return emit_rel(b, 1, target);
}

uint8_t *x64_call_rel32(struct x64_buf *b, const void *target)
{
	emit_u8(b, 0xe8);
	return emit_rel(b, 4, target);
}

/* FF /4 is JMP r/m64 and FF /2 CALL r/m64 (64-bit without REX.W). */

void x64_jmp_r64(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xff, 4, r);
}

void x64_call_r64(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_rr(b, 0, 0xff, 2, r);
}

void x64_jmp_m64(struct x64_buf *b, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0xff, 4, m, 0);
}

void x64_call_m64(struct x64_buf *b, struct x64_mem m)
{
	x64_enc_rm(b, 0, 0xff, 2, m, 0);
}

void x64_call_abs(struct x64_buf *b, const void *target, enum x64_reg scratch)
{
	if (x64_rel32_reaches(b->p, target)) {
		x64_call_rel32(b, target);
	} else {
		x64_mov_r64_imm(b, scratch, (uintptr_t)target);
		x64_call_r64(b, scratch);
	}
}

void x64_ret(struct x64_buf *b)
{
	emit_u8(b, 0xc3);
}

void x64_push_r64(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_o(b, 0, 0x50, r);
}

void x64_pop_r64(struct x64_buf *b, enum x64_reg r)
{
	x64_enc_o(b, 0, 0x58, r);
}

static const uint8_t nop_seq[9][9] = {
	{ 0x90 },
	{ 0x66, 0x90 },
	{ 0x0f, 0x1f, 0x00 },
	{ 0x0f, 0x1f, 0x40, 0x00 },
	{ 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	{ 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	{ 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
	{ 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
	{ 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

void x64_nop(struct x64_buf *b, unsigned n)
{
	while (n > 0) {
		unsigned k = n < 9 ? n : 9;

		for (unsigned i = 0; i < k; i++)
			emit_u8(b, nop_seq[k - 1][i]);
		n -= k;
	}
}

void x64_align(struct x64_buf *b, unsigned align)
{
	assert(align > 0 && (align & (align - 1)) == 0);
	x64_nop(b, (unsigned)(-(uintptr_t)b->p & (align - 1)));
}

void x64_ud2(struct x64_buf *b)
{
	emit_u8(b, 0x0f);
	emit_u8(b, 0x0b);
}

void x64_int3(struct x64_buf *b)
{
	emit_u8(b, 0xcc);
}
