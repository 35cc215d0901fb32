/*
 * x86-64 code emitter for the translator (src/dbt/x64/).
 *
 * Encoders are named after the mnemonic and the operand kinds, destination first
 * as in the Intel manual (SDM vol. 2): x64_mov_r32_m32(b, dst, mem) is a load,
 * x64_mov_m32_r32(b, mem, src) a store. "r32" operands use the same register
 * enum as "r64" ones (X64_RAX is eax in a 32-bit operation, al in an 8-bit one);
 * 32-bit results zero-extend into the whole register, as on the hardware.
 * "_imm" encoders pick the shortest form for the value (imm8 sign-extended, the
 * accumulator form, the by-one shift) exactly as GNU as does.
 *
 * Every write goes through the buffer: past its end nothing is written and the
 * sticky overflow flag is set, so a block compiler checks once per block,
 * flushes its cache and retries. Branch encoders return the address of their
 * displacement field (NULL after an overflow) for x64_patch_rel32/rel8.
 */
#ifndef ARMVM_X64_EMIT_H
#define ARMVM_X64_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct x64_buf {
	uint8_t *start, *p, *end;
	bool overflow;
};

void x64_buf_init(struct x64_buf *b, void *mem, size_t size);

static inline size_t x64_buf_used(const struct x64_buf *b)
{
	return (size_t)(b->p - b->start);
}

/* Raw bytes, e.g. a literal or a patchable jump target read by jmp [rip + slot];
 * returns where they went, or NULL after an overflow. */
uint8_t *x64_data(struct x64_buf *b, const void *data, size_t n);

/* General-purpose registers in encoding order; X64_RIP and X64_NOBASE only as a base. */
enum x64_reg {
	X64_RAX, X64_RCX, X64_RDX, X64_RBX, X64_RSP, X64_RBP, X64_RSI, X64_RDI,
	X64_R8, X64_R9, X64_R10, X64_R11, X64_R12, X64_R13, X64_R14, X64_R15,
	X64_RIP, X64_NOBASE,
};

enum x64_xmm {
	X64_XMM0, X64_XMM1, X64_XMM2, X64_XMM3, X64_XMM4, X64_XMM5, X64_XMM6, X64_XMM7,
	X64_XMM8, X64_XMM9, X64_XMM10, X64_XMM11, X64_XMM12, X64_XMM13, X64_XMM14, X64_XMM15,
};

/* Condition codes, the tttn field of Jcc/SETcc/CMOVcc; cc ^ 1 is the opposite. */
enum x64_cc {
	X64_CC_O, X64_CC_NO, X64_CC_B, X64_CC_AE, X64_CC_E, X64_CC_NE, X64_CC_BE, X64_CC_A,
	X64_CC_S, X64_CC_NS, X64_CC_P, X64_CC_NP, X64_CC_L, X64_CC_GE, X64_CC_LE, X64_CC_G,
};

static inline enum x64_cc x64_cc_not(enum x64_cc cc) { return (enum x64_cc)(cc ^ 1); }

/*
 * A memory operand: [base + index * scale + disp]. scale 0 means no index (so
 * { .base = X64_RBX, .disp = 8 } is [rbx + 8]); RSP cannot be an index.
 * X64_RIP addresses `target` itself (the displacement is computed when the
 * instruction is emitted and must fit in 32 bits); X64_NOBASE is [disp32] or
 * [index * scale + disp32].
 */
struct x64_mem {
	enum x64_reg base, index;
	uint8_t scale;
	int32_t disp;
	const void *target;
};

static inline struct x64_mem x64_mem(enum x64_reg base, int32_t disp)
{
	return (struct x64_mem){ .base = base, .disp = disp };
}

static inline struct x64_mem x64_mem_sib(enum x64_reg base, enum x64_reg index,
					 unsigned scale, int32_t disp)
{
	return (struct x64_mem){ .base = base, .index = index, .scale = (uint8_t)scale,
				 .disp = disp };
}

static inline struct x64_mem x64_mem_rip(const void *target)
{
	return (struct x64_mem){ .base = X64_RIP, .target = target };
}

static inline bool x64_fits_s8(int64_t v) { return v >= -128 && v <= 127; }
static inline bool x64_fits_s32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* Whether a rel32 branch emitted at `from` (up to 16 bytes long) reaches `to`. */
bool x64_rel32_reaches(const void *from, const void *to);

/* Moves, loads and stores (x64_emit.c). */
void x64_mov_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_mov_r64_r64(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_mov_r32_imm32(struct x64_buf *b, enum x64_reg dst, uint32_t imm);
void x64_mov_r64_imm64(struct x64_buf *b, enum x64_reg dst, uint64_t imm);
void x64_mov_r64_simm32(struct x64_buf *b, enum x64_reg dst, int32_t imm);
/* Shortest of the three above for a 64-bit value (xor is not used: flags stay). */
void x64_mov_r64_imm(struct x64_buf *b, enum x64_reg dst, uint64_t imm);
void x64_mov_r32_m32(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_mov_r64_m64(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_mov_m8_r8(struct x64_buf *b, struct x64_mem m, enum x64_reg src);
void x64_mov_m16_r16(struct x64_buf *b, struct x64_mem m, enum x64_reg src);
void x64_mov_m32_r32(struct x64_buf *b, struct x64_mem m, enum x64_reg src);
void x64_mov_m64_r64(struct x64_buf *b, struct x64_mem m, enum x64_reg src);
void x64_mov_m8_imm8(struct x64_buf *b, struct x64_mem m, uint8_t imm);
void x64_mov_m16_imm16(struct x64_buf *b, struct x64_mem m, uint16_t imm);
void x64_mov_m32_imm32(struct x64_buf *b, struct x64_mem m, uint32_t imm);
void x64_mov_m64_simm32(struct x64_buf *b, struct x64_mem m, int32_t imm);
void x64_movzx_r32_m8(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_movzx_r32_m16(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_movsx_r32_m8(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_movsx_r32_m16(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_movzx_r32_r8(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_movzx_r32_r16(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_movsx_r32_r8(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_movsx_r32_r16(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_movsxd_r64_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_movsxd_r64_m32(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_lea_r32_m(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_lea_r64_m(struct x64_buf *b, enum x64_reg dst, struct x64_mem m);
void x64_movd_xmm_r32(struct x64_buf *b, enum x64_xmm dst, enum x64_reg src);
void x64_movd_r32_xmm(struct x64_buf *b, enum x64_reg dst, enum x64_xmm src);
/* PMOVMSKB: the top bit of each byte of src into dst's low bits. */
void x64_pmovmskb_r32_xmm(struct x64_buf *b, enum x64_reg dst, enum x64_xmm src);
void x64_movq_xmm_r64(struct x64_buf *b, enum x64_xmm dst, enum x64_reg src);
void x64_movq_r64_xmm(struct x64_buf *b, enum x64_reg dst, enum x64_xmm src);

/* SSE integer vectors (x64_sse.c): [27:24] the mandatory prefix (1: 66, 2: F3)
 * above the opcode bytes.
 * PMULLD needs SSE4.1 (CPUID.01H:ECX.SSE4_1). */
enum x64_sse {
	X64_PADDB = 0x01000ffc, X64_PADDW = 0x01000ffd, X64_PADDD = 0x01000ffe,
	X64_PADDQ = 0x01000fd4, X64_PSUBB = 0x01000ff8, X64_PSUBW = 0x01000ff9,
	X64_PSUBD = 0x01000ffa, X64_PSUBQ = 0x01000ffb, X64_PAND = 0x01000fdb,
	X64_PANDN = 0x01000fdf, X64_POR = 0x01000feb, X64_PXOR = 0x01000fef,
	X64_PCMPEQB = 0x01000f74, X64_PCMPEQW = 0x01000f75, X64_PCMPEQD = 0x01000f76,
	X64_PCMPGTB = 0x01000f64, X64_PCMPGTW = 0x01000f65, X64_PCMPGTD = 0x01000f66,
	X64_PMULLW = 0x01000fd5, X64_PMULLD = 0x010f3840, X64_MOVDQA = 0x01000f6f,
	X64_PADDUSB = 0x01000fdc, X64_PSUBUSB = 0x01000fd8, X64_PMAXUB = 0x01000fde,
	/* Loads (xmm <- m) and stores (m <- xmm) for x64_sse_xmm_m. */
	X64_MOVDQU_LOAD = 0x02000f6f, X64_MOVDQU_STORE = 0x02000f7f,
	X64_MOVQ_LOAD = 0x02000f7e, X64_MOVQ_STORE = 0x01000fd6,
};
/* Shifts by an immediate: the opcode's last byte and the /digit. */
enum x64_sse_shift {
	X64_PSRLW = 0x7102, X64_PSRAW = 0x7104, X64_PSLLW = 0x7106,
	X64_PSRLD = 0x7202, X64_PSRAD = 0x7204, X64_PSLLD = 0x7206,
	X64_PSRLQ = 0x7302, X64_PSLLQ = 0x7306,
};
void x64_sse_xmm_xmm(struct x64_buf *b, enum x64_sse op, enum x64_xmm dst, enum x64_xmm src);
void x64_sse_xmm_m(struct x64_buf *b, enum x64_sse op, enum x64_xmm x, struct x64_mem m);
void x64_sse_shift_imm(struct x64_buf *b, enum x64_sse_shift op, enum x64_xmm x, uint8_t n);
void x64_pshufd_xmm_xmm(struct x64_buf *b, enum x64_xmm dst, enum x64_xmm src, uint8_t order);

/* Arithmetic and logic (x64_alu.c): the /digit of opcodes 80..83. */
enum x64_alu {
	X64_ADD, X64_OR, X64_ADC, X64_SBB, X64_AND, X64_SUB, X64_XOR, X64_CMP,
};

void x64_alu_r32_r32(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, enum x64_reg src);
void x64_alu_r64_r64(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, enum x64_reg src);
void x64_alu_r32_imm(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, int32_t imm);
void x64_alu_r64_imm(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, int32_t imm);
void x64_alu_r32_m32(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, struct x64_mem m);
void x64_alu_r64_m64(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, struct x64_mem m);
void x64_alu_m32_r32(struct x64_buf *b, enum x64_alu op, struct x64_mem m, enum x64_reg src);
void x64_alu_m32_imm(struct x64_buf *b, enum x64_alu op, struct x64_mem m, int32_t imm);
void x64_alu_m64_imm(struct x64_buf *b, enum x64_alu op, struct x64_mem m, int32_t imm);
/* Byte forms (02+8*op /r, 80 /op ib): dst is AL, CL, DL or BL. */
void x64_alu_r8_m8(struct x64_buf *b, enum x64_alu op, enum x64_reg dst, struct x64_mem m);
void x64_alu_m8_imm8(struct x64_buf *b, enum x64_alu op, struct x64_mem m, uint8_t imm);

static inline void x64_add_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_ADD, d, s); }
static inline void x64_adc_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_ADC, d, s); }
static inline void x64_sub_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_SUB, d, s); }
static inline void x64_sbb_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_SBB, d, s); }
static inline void x64_and_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_AND, d, s); }
static inline void x64_or_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_OR, d, s); }
static inline void x64_xor_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_XOR, d, s); }
static inline void x64_cmp_r32_r32(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r32_r32(b, X64_CMP, d, s); }
static inline void x64_add_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_ADD, d, i); }
static inline void x64_adc_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_ADC, d, i); }
static inline void x64_sub_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_SUB, d, i); }
static inline void x64_sbb_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_SBB, d, i); }
static inline void x64_and_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_AND, d, i); }
static inline void x64_or_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_OR, d, i); }
static inline void x64_xor_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_XOR, d, i); }
static inline void x64_cmp_r32_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r32_imm(b, X64_CMP, d, i); }
static inline void x64_add_r64_r64(struct x64_buf *b, enum x64_reg d, enum x64_reg s)
{ x64_alu_r64_r64(b, X64_ADD, d, s); }
static inline void x64_add_r64_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r64_imm(b, X64_ADD, d, i); }
static inline void x64_sub_r64_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r64_imm(b, X64_SUB, d, i); }
static inline void x64_and_r64_imm(struct x64_buf *b, enum x64_reg d, int32_t i)
{ x64_alu_r64_imm(b, X64_AND, d, i); }

void x64_test_r32_r32(struct x64_buf *b, enum x64_reg a, enum x64_reg c);
void x64_test_r64_r64(struct x64_buf *b, enum x64_reg a, enum x64_reg c);
void x64_test_r32_imm32(struct x64_buf *b, enum x64_reg r, uint32_t imm);
void x64_test_r8_imm8(struct x64_buf *b, enum x64_reg r, uint8_t imm);
void x64_test_m32_imm32(struct x64_buf *b, struct x64_mem m, uint32_t imm);
void x64_test_m8_imm8(struct x64_buf *b, struct x64_mem m, uint8_t imm);

/* Shifts and rotates: the /digit of C0..D3. A count of 1 uses the D1 form. */
enum x64_shift {
	X64_ROL, X64_ROR, X64_RCL, X64_RCR, X64_SHL, X64_SHR, X64_SAR = 7,
};

void x64_shift_r32_imm(struct x64_buf *b, enum x64_shift op, enum x64_reg r, uint8_t n);
void x64_shift_r64_imm(struct x64_buf *b, enum x64_shift op, enum x64_reg r, uint8_t n);
void x64_shift_r32_cl(struct x64_buf *b, enum x64_shift op, enum x64_reg r);
void x64_shift_r64_cl(struct x64_buf *b, enum x64_shift op, enum x64_reg r);

static inline void x64_shl_r32_imm(struct x64_buf *b, enum x64_reg r, uint8_t n)
{ x64_shift_r32_imm(b, X64_SHL, r, n); }
static inline void x64_shr_r32_imm(struct x64_buf *b, enum x64_reg r, uint8_t n)
{ x64_shift_r32_imm(b, X64_SHR, r, n); }
static inline void x64_sar_r32_imm(struct x64_buf *b, enum x64_reg r, uint8_t n)
{ x64_shift_r32_imm(b, X64_SAR, r, n); }
static inline void x64_rol_r32_imm(struct x64_buf *b, enum x64_reg r, uint8_t n)
{ x64_shift_r32_imm(b, X64_ROL, r, n); }
static inline void x64_ror_r32_imm(struct x64_buf *b, enum x64_reg r, uint8_t n)
{ x64_shift_r32_imm(b, X64_ROR, r, n); }
static inline void x64_shl_r32_cl(struct x64_buf *b, enum x64_reg r)
{ x64_shift_r32_cl(b, X64_SHL, r); }
static inline void x64_shr_r32_cl(struct x64_buf *b, enum x64_reg r)
{ x64_shift_r32_cl(b, X64_SHR, r); }
static inline void x64_sar_r32_cl(struct x64_buf *b, enum x64_reg r)
{ x64_shift_r32_cl(b, X64_SAR, r); }
static inline void x64_rol_r32_cl(struct x64_buf *b, enum x64_reg r)
{ x64_shift_r32_cl(b, X64_ROL, r); }
static inline void x64_ror_r32_cl(struct x64_buf *b, enum x64_reg r)
{ x64_shift_r32_cl(b, X64_ROR, r); }

/* Multiply: two-operand imul keeps the low half; mul/imul r32 write edx:eax. */
void x64_imul_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_imul_r64_r64(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_imul_r32_r32_imm(struct x64_buf *b, enum x64_reg dst, enum x64_reg src, int32_t imm);
void x64_mul_r32(struct x64_buf *b, enum x64_reg src);
void x64_imul_r32(struct x64_buf *b, enum x64_reg src);

/* One-operand and bit operations. lzcnt needs CPUID.80000001H:ECX.LZCNT;
 * bsr leaves the destination undefined for a zero source (test it first). */
void x64_neg_r32(struct x64_buf *b, enum x64_reg r);
void x64_not_r32(struct x64_buf *b, enum x64_reg r);
void x64_inc_r32(struct x64_buf *b, enum x64_reg r);
void x64_dec_r32(struct x64_buf *b, enum x64_reg r);
void x64_bswap_r32(struct x64_buf *b, enum x64_reg r);
void x64_lzcnt_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_bsr_r32_r32(struct x64_buf *b, enum x64_reg dst, enum x64_reg src);
void x64_bt_r32_imm8(struct x64_buf *b, enum x64_reg r, uint8_t bit);

/* Flags. */
void x64_setcc_r8(struct x64_buf *b, enum x64_cc cc, enum x64_reg dst);
void x64_setcc_m8(struct x64_buf *b, enum x64_cc cc, struct x64_mem m);
void x64_cmovcc_r32_r32(struct x64_buf *b, enum x64_cc cc, enum x64_reg dst, enum x64_reg src);
void x64_cmovcc_r32_m32(struct x64_buf *b, enum x64_cc cc, enum x64_reg dst, struct x64_mem m);
void x64_lahf(struct x64_buf *b);
void x64_sahf(struct x64_buf *b);
void x64_pushfq(struct x64_buf *b);
void x64_popfq(struct x64_buf *b);
void x64_stc(struct x64_buf *b);
void x64_clc(struct x64_buf *b);
void x64_cmc(struct x64_buf *b);

/* Control flow (x64_branch.c). A NULL target leaves a zero displacement to patch. */
uint8_t *x64_jmp_rel32(struct x64_buf *b, const void *target);
uint8_t *x64_jmp_rel8(struct x64_buf *b, const void *target);
uint8_t *x64_jcc_rel32(struct x64_buf *b, enum x64_cc cc, const void *target);
uint8_t *x64_jcc_rel8(struct x64_buf *b, enum x64_cc cc, const void *target);
uint8_t *x64_call_rel32(struct x64_buf *b, const void *target);
void x64_patch_rel32(uint8_t *field, const void *target);
void x64_patch_rel8(uint8_t *field, const void *target);
void x64_jmp_r64(struct x64_buf *b, enum x64_reg r);
void x64_call_r64(struct x64_buf *b, enum x64_reg r);
void x64_jmp_m64(struct x64_buf *b, struct x64_mem m);
void x64_call_m64(struct x64_buf *b, struct x64_mem m);
/* call rel32 when it reaches, else mov scratch, imm64; call scratch. */
void x64_call_abs(struct x64_buf *b, const void *target, enum x64_reg scratch);
void x64_ret(struct x64_buf *b);
void x64_push_r64(struct x64_buf *b, enum x64_reg r);
void x64_pop_r64(struct x64_buf *b, enum x64_reg r);
/* n bytes of no-ops, in the fewest instructions of at most 9 bytes (SDM NOP). */
void x64_nop(struct x64_buf *b, unsigned n);
/* No-ops up to the next multiple of align (a power of two). */
void x64_align(struct x64_buf *b, unsigned align);
void x64_ud2(struct x64_buf *b);
void x64_int3(struct x64_buf *b);

#endif
