/*
 * SSE2/SSE4.1 integer vector encoders (SDM vol. 2): an enum x64_sse value is
 * the mandatory prefix in bits [27:24] (1: 66, 2: F3) above one to three
 * opcode bytes, and
 * ModRM.reg is always the xmm register (the direction is in the opcode).
 */
#include "x64_encode.h"

static unsigned sse_enc(enum x64_sse op)
{
	unsigned prefix = (unsigned)op >> 24;
	return prefix == 1 ? ENC_66 : prefix == 2 ? ENC_F3 : 0;
}

void x64_sse_xmm_xmm(struct x64_buf *b, enum x64_sse op, enum x64_xmm dst, enum x64_xmm src)
{
	x64_enc_rr(b, sse_enc(op), (uint32_t)op & 0xffffff, dst, src);
}

void x64_sse_xmm_m(struct x64_buf *b, enum x64_sse op, enum x64_xmm x, struct x64_mem m)
{
	x64_enc_rm(b, sse_enc(op), (uint32_t)op & 0xffffff, x, m, 0);
}

/* 66 0F 71/72/73 /digit ib. */
void x64_sse_shift_imm(struct x64_buf *b, enum x64_sse_shift op, enum x64_xmm x, uint8_t n)
{
	x64_enc_rr(b, ENC_66, 0x0f00 | (unsigned)op >> 8, (unsigned)op & 7, x);
	emit_u8(b, n);
}

/* PSHUFD 66 0F 70 /r ib. */
void x64_pshufd_xmm_xmm(struct x64_buf *b, enum x64_xmm dst, enum x64_xmm src, uint8_t order)
{
	x64_enc_rr(b, ENC_66, 0x0f70, dst, src);
	emit_u8(b, order);
}
