/*
 * Native SSE code for the hot Advanced SIMD operations (ARM ARM A7.4, A7.7):
 * VADD, VSUB, VAND, VBIC, VORR (and VMOV), VORN, VEOR, VCEQ, VCGT, VCGE and
 * integer VMUL of the three-register shape; VSHR/VSHL by an immediate; VMVN;
 * VMOV/VMVN/VORR/VBIC immediate; VDUP; VLD1/VST1 of one to four registers.
 * Everything else, and every floating-point operation, calls the helper.
 *
 * The guest D registers are cpu->vfp.d[]: an operation reads its operands into
 * xmm0.. (MOVQ for D, MOVDQU for Q), computes, and writes the result back, so
 * overlapping registers behave as the pseudo-code's whole-register reads.
 * First it checks what neon_check_enabled does (CPACR.ASEDIS, CPACR.cp10 for
 * the block's privilege, FPEXC.EN): once per block until the next call into
 * C, since only C changes them; when they fail the helper raises UNDEFINED.
 */
#include "gen.h"
#include "neon.h"

#define DREG(r) cpu_mem(CPU_OFF(vfp.d) + 8 * (int32_t)(r))
#define X(n) ((enum x64_xmm)(n))

static void vload(struct x64_buf *b, unsigned x, unsigned r, bool q)
{
	x64_sse_xmm_m(b, q ? X64_MOVDQU_LOAD : X64_MOVQ_LOAD, X(x), DREG(r));
}

static void vstore(struct x64_buf *b, unsigned x, unsigned r, bool q)
{
	x64_sse_xmm_m(b, q ? X64_MOVDQU_STORE : X64_MOVQ_STORE, X(x), DREG(r));
}

static void sse(struct x64_buf *b, enum x64_sse op, unsigned dst, unsigned src)
{
	x64_sse_xmm_xmm(b, op, X(dst), X(src));
}

/* x = v in each 32-bit lane (clobbers eax). */
static void splat32(struct x64_buf *b, unsigned x, uint32_t v)
{
	x64_mov_r32_imm32(b, X64_RAX, v);
	x64_movd_xmm_r32(b, X(x), X64_RAX);
	x64_pshufd_xmm_xmm(b, X(x), X(x), 0);
}

static void invert(struct x64_buf *b, unsigned x, unsigned tmp)
{
	sse(b, X64_PCMPEQD, tmp, tmp);
	sse(b, X64_PXOR, x, tmp);
}

/* NE when Advanced SIMD is disabled (B1.14: CPACR.ASEDIS, cp10 0b11, or
 * 0bx1 when privileged, FPEXC.EN); false when it is known to be enabled. */
static bool test_disabled(struct gen *g)
{
	struct x64_buf *b = g->b;
	uint32_t mask = (g->tb->flags & TBF_PRIV) ? 0x80100000u : 0x80300000u;
	if (g->neon_ok)
		return false;
	x64_mov_r32_m32(b, X64_RAX, cpu_mem(CPU_OFF(cp15.cpacr)));
	x64_and_r32_imm(b, X64_RAX, (int32_t)mask);
	x64_xor_r32_imm(b, X64_RAX, (int32_t)(mask & ~0x80000000u));
	x64_mov_r32_m32(b, X64_RDX, cpu_mem(CPU_OFF(vfp.fpexc)));
	x64_not_r32(b, X64_RDX);
	x64_and_r32_imm(b, X64_RDX, (int32_t)FPEXC_EN);
	x64_or_r32_r32(b, X64_RAX, X64_RDX);
	return true;
}

/* Three registers of the same length: dst = dst op src on xmm0 = Vn, xmm1 =
 * Vm, or reversed (SWAP); Vm inverted first (NOT_B), the result after
 * (NOT_R); unsigned compares as signed ones of the operands biased by the
 * sign bit (BIAS). */
enum { SWAP = 1, NOT_B = 2, NOT_R = 4, BIAS = 8 };
struct n3_op {
	enum x64_sse op[4];   /* by element size; 0: the helper */
	uint8_t kind;
};
#define SAME4(o) { o, o, o, o }
static const struct n3_op n3_ops[NF_COUNT] = {
	[NF_VADD] = { { X64_PADDB, X64_PADDW, X64_PADDD, X64_PADDQ }, 0 },
	[NF_VSUB] = { { X64_PSUBB, X64_PSUBW, X64_PSUBD, X64_PSUBQ }, 0 },
	[NF_VAND] = { SAME4(X64_PAND), 0 },
	[NF_VORR] = { SAME4(X64_POR), 0 },
	[NF_VEOR] = { SAME4(X64_PXOR), 0 },
	[NF_VBIC] = { SAME4(X64_PANDN), SWAP },    /* ~Vm & Vn */
	[NF_VORN] = { SAME4(X64_POR), NOT_B },
	[NF_VCEQ] = { { X64_PCMPEQB, X64_PCMPEQW, X64_PCMPEQD }, 0 },
	[NF_VCGT] = { { X64_PCMPGTB, X64_PCMPGTW, X64_PCMPGTD }, BIAS },
	[NF_VCGE] = { { X64_PCMPGTB, X64_PCMPGTW, X64_PCMPGTD }, BIAS | SWAP | NOT_R },
	[NF_VMUL] = { { X64_PMULLW, X64_PMULLW, X64_PMULLD }, 0 },   /* .8: below */
};

/* VMUL.I8: the even bytes' products are the low bytes of PMULLW's, the odd
 * ones those of the words shifted down. */
static void mul8(struct x64_buf *b)
{
	sse(b, X64_MOVDQA, 2, 0);
	sse(b, X64_PMULLW, 2, 1);
	x64_sse_shift_imm(b, X64_PSRLW, X(0), 8);
	x64_sse_shift_imm(b, X64_PSRLW, X(1), 8);
	sse(b, X64_PMULLW, 0, 1);
	x64_sse_shift_imm(b, X64_PSLLW, X(0), 8);
	splat32(b, 3, 0x00ff00ffu);
	sse(b, X64_PAND, 2, 3);
	sse(b, X64_POR, 0, 2);
}

static bool gen_n3same(struct gen *g, bool q)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned size = in->shift_type, fn = in->reglist;
	if (fn >= NF_COUNT)
		return false;
	const struct n3_op *o = &n3_ops[fn];
	bool u = in->flags & NEON_U;
	if ((!o->op[size] && !(fn == NF_VMUL && !size)) ||
	    (fn == NF_VMUL && (u || (size == 2 && !__builtin_cpu_supports("sse4.1")))))
		return false;
	unsigned dst = o->kind & SWAP ? 1 : 0;
	vload(b, 0, in->rn, q);
	vload(b, 1, in->rm, q);
	if ((o->kind & BIAS) && u) {
		static const uint32_t sign[3] = { 0x80808080u, 0x80008000u, 0x80000000u };
		splat32(b, 2, sign[size]);
		sse(b, X64_PXOR, 0, 2);
		sse(b, X64_PXOR, 1, 2);
	}
	if (o->kind & NOT_B)
		invert(b, 1, 2);
	if (fn == NF_VMUL && !size)
		mul8(b);
	else
		sse(b, o->op[size], dst, !dst);
	if (o->kind & NOT_R)
		invert(b, dst, 2);
	vstore(b, dst, in->rd, q);
	return true;
}

/* VSHR, VSHL by an immediate; bytes as words with the bits shifted in from
 * the neighbour masked off. */
static bool gen_n2shift(struct gen *g, bool q)
{
	static const enum x64_sse_shift ops[3][4] = {
		{ X64_PSLLW, X64_PSLLW, X64_PSLLD, X64_PSLLQ },
		{ X64_PSRLW, X64_PSRLW, X64_PSRLD, X64_PSRLQ },
		{ 0, X64_PSRAW, X64_PSRAD, 0 },
	};
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned size = in->shift_type, sh = in->shift_amt;
	unsigned k = in->reglist == NF_VSHLI ? 0 : in->reglist == NF_VSHR ? 1 : 3;
	if (k == 1 && !(in->flags & NEON_U))
		k = 2;
	if (k == 3 || !ops[k][size] || (k == 2 && !size))
		return false;
	vload(b, 0, in->rm, q);
	x64_sse_shift_imm(b, ops[k][size], X(0), (uint8_t)sh);
	if (!size) {
		uint32_t m = (k ? 0xffu >> sh : 0xffu << sh) & 0xff;
		splat32(b, 1, m * 0x01010101u);
		sse(b, X64_PAND, 0, 1);
	}
	vstore(b, 0, in->rd, q);
	return true;
}

/* VMOV, VMVN, VORR, VBIC with a modified immediate, in rax. */
static bool gen_n1imm(struct gen *g, unsigned regs)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	uint64_t imm = neon_expand_imm(in->imm);
	unsigned fn = in->reglist;
	x64_mov_r64_imm(b, X64_RAX, fn == NF_VMVNI || fn == NF_VBICI ? ~imm : imm);
	for (unsigned i = 0; i < regs; i++) {
		if (fn == NF_VORRI || fn == NF_VBICI) {
			x64_mov_r64_m64(b, X64_RDX, DREG(in->rd + i));
			x64_alu_r64_r64(b, fn == NF_VORRI ? X64_OR : X64_AND, X64_RDX, X64_RAX);
			x64_mov_m64_r64(b, DREG(in->rd + i), X64_RDX);
		} else {
			x64_mov_m64_r64(b, DREG(in->rd + i), X64_RAX);
		}
	}
	return true;
}

/* VDUP from a core register or a scalar: the element repeated in rax. */
static bool gen_ndup(struct gen *g, unsigned regs)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned size = in->shift_type, per = 8u >> size;
	if (in->flags & INSN_REGSHIFT) {
		if (in->ra == 15)
			return false;
		gen_read_reg(g, X64_RAX, in->ra);
		if (size == 1)
			x64_movzx_r32_r16(b, X64_RAX, X64_RAX);
		else if (!size)
			x64_movzx_r32_r8(b, X64_RAX, X64_RAX);
	} else {
		struct x64_mem m = DREG(in->rm + in->shift_amt / per);
		m.disp += (int32_t)((in->shift_amt % per) << size);
		(size == 2 ? x64_mov_r32_m32 : size ? x64_movzx_r32_m16 : x64_movzx_r32_m8)
			(b, X64_RAX, m);
	}
	if (size < 2)
		x64_imul_r32_r32_imm(b, X64_RAX, X64_RAX, size ? 0x10001 : 0x01010101);
	x64_mov_r32_r32(b, X64_RDX, X64_RAX);
	x64_shift_r64_imm(b, X64_SHL, X64_RDX, 32);
	x64_alu_r64_r64(b, X64_OR, X64_RAX, X64_RDX);
	for (unsigned i = 0; i < regs; i++)
		x64_mov_m64_r64(b, DREG(in->rd + i), X64_RAX);
	return true;
}

/* VLD1/VST1 (multiple single elements) of n D registers: n * 8 bytes in
 * order, in 16- and 8-byte accesses; a load reads them all first, so an
 * abort leaves the registers as they were. The alignment the encoding asks
 * for is tested; when it fails the helper raises the fault. */
static bool gen_vldst1(struct gen *g, struct mem_gen *mg)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	unsigned n = in->imm >> 4 & 15, align = in->imm >> 12 & 0xff;
	bool load = in->flags & NEON_LOAD, wback = in->flags & INSN_W;
	if ((in->flags & NEON_LANES) || (in->imm & 15) != 1 || in->rd + n > 32 ||
	    in->rn == 15 || (wback && in->rm == 15) ||
	    (g->tb->flags & (TBF_BIGEND | TBF_ALIGN)) || dbt_is_slow_pc(g->d, g->pc | g->thumb))
		return false;
	gen_read_reg(g, GEN_VA, in->rn);
	if (align > 1) {
		x64_test_r32_imm32(b, GEN_VA, align - 1);
		gen_jump_slow(mg);
	}
	if (g->tb->flags & TBF_SOFTMMU)
		gen_tlb_check(mg, 8 * n, !load);
	for (unsigned r = 0, x = 0, len = 0; r < n; x++, r += len / 8) {
		if (len)
			x64_lea_r32_m(b, GEN_VA, x64_mem(GEN_VA, (int32_t)len));
		len = n - r >= 2 ? 16 : 8;
		if (!load)
			vload(b, x, in->rd + r, len == 16);
		gen_mem_xmm(mg, X(x), len, !load);
	}
	for (unsigned r = 0, x = 0; load && r < n; x++, r += 2)
		vstore(b, x, in->rd + r, n - r >= 2);
	if (wback) {
		gen_read_reg(g, X64_RSI, in->rn);
		if (in->rm == 13)
			x64_add_r32_imm(b, X64_RSI, (int32_t)(8 * n));
		else
			gen_alu_reg(g, X64_ADD, X64_RSI, in->rm);
		gen_write_reg(g, in->rn, X64_RSI);
	}
	return true;
}

bool gen_neon(struct gen *g)
{
	const struct insn *in = g->in;
	bool q = in->flags & NEON_Q, done;
	unsigned regs = q ? 2 : 1;
	/* Each generator decides before it emits anything; the test before it
	 * is dropped when it declines. Where it fails, the helper raises
	 * UNDEFINED (the path VLD1/VST1 also take for their slow cases). */
	uint8_t *start = g->b->p;
	struct mem_gen mg = mem_gen_start(g);
	if (test_disabled(g))
		gen_jump_slow(&mg);
	switch (in->op) {
	case OP_NLDST: done = gen_vldst1(g, &mg); break;
	case OP_N3SAME: done = gen_n3same(g, q); break;
	case OP_N2SHIFT: done = gen_n2shift(g, q); break;
	case OP_N1IMM: done = gen_n1imm(g, regs); break;
	case OP_NDUP: done = gen_ndup(g, regs); break;
	case OP_N2MISC:
		done = in->reglist == NF_VMVN;
		if (done) {
			vload(g->b, 0, in->rm, q);
			invert(g->b, 0, 1);
			vstore(g->b, 0, in->rd, q);
		}
		break;
	default: done = false; break;
	}
	if (!done)
		g->b->p = start;
	else
		gen_slow_path(&mg, false);
	if (done && g->cond == COND_AL)
		g->neon_ok = true;
	return done;
}
