/*
 * Advanced SIMD (NEON) of the Cortex-A9 (ARM ARM A7.4 data processing, A7.7
 * loads and stores, A8.8 for each instruction).
 *
 * struct insn of the neon class (decode_neon.c): rd, rn, rm are D register
 * numbers (a Q register is the even D register of its pair); shift_type is the
 * element size as log2 of its bytes (the size the mnemonic shows: the source's
 * for the long and narrowing ops); reglist the operation (enum neon_fn);
 * shift_amt a shift amount, scalar index, VEXT byte position or VTBL length;
 * imm the op:cmode:imm8 of a modified immediate. NEON_Q: 128-bit operation,
 * NEON_U: unsigned (or, for the multiplies, polynomial) elements. The core
 * register of VMOV (scalar) and of VDUP is ra (VDUP: INSN_REGSHIFT set; else
 * the source is the scalar rm[shift_amt]).
 *
 * Floating-point operations use the Standard FPSCR value (A2.7.4: flush to
 * zero, default NaN, round to nearest) and set FPSCR's cumulative flags; the
 * saturating integer operations set FPSCR.QC.
 */
#ifndef ARMVM_NEON_H
#define ARMVM_NEON_H

#include "vfp.h"

#define NEON_Q     INSN_X1
#define NEON_U     INSN_X2
#define NEON_LOAD  INSN_X3   /* NLDST: load */
#define NEON_TO_CORE INSN_X3 /* NMOV_SCALAR: scalar to core register */
#define NEON_LANES INSN_X4   /* NLDST: single element (one lane or all lanes) */

/* A Thumb encoding in the ARM layout (decode_neon.c): 111U 1111 -> 1111 001U,
 * 1111 1001 -> 1111 0100; ARM encodings and the 1110 1110 (VFP-space) forms as
 * they are. */
uint32_t neon_arm_enc(const struct insn *in, uint32_t enc);

/* How the disassembler writes an operation's type: none, .i8, .s8/.u8, .s8,
 * .8, .f32, .p8/.u8-style polynomial (by NEON_U). */
enum neon_type { NT_NONE, NT_I, NT_SU, NT_S, NT_BITS, NT_F, NT_P };

#define NEON_FNS(X) \
	X(VHADD, vhadd, NT_SU) X(VQADD, vqadd, NT_SU) X(VRHADD, vrhadd, NT_SU) \
	X(VAND, vand, NT_NONE) X(VBIC, vbic, NT_NONE) X(VORR, vorr, NT_NONE) \
	X(VORN, vorn, NT_NONE) X(VEOR, veor, NT_NONE) X(VBSL, vbsl, NT_NONE) \
	X(VBIT, vbit, NT_NONE) X(VBIF, vbif, NT_NONE) X(VHSUB, vhsub, NT_SU) \
	X(VQSUB, vqsub, NT_SU) X(VCGT, vcgt, NT_SU) X(VCGE, vcge, NT_SU) \
	X(VSHL, vshl, NT_SU) X(VQSHL, vqshl, NT_SU) X(VRSHL, vrshl, NT_SU) \
	X(VQRSHL, vqrshl, NT_SU) X(VMAX, vmax, NT_SU) X(VMIN, vmin, NT_SU) \
	X(VABD, vabd, NT_SU) X(VABA, vaba, NT_SU) X(VADD, vadd, NT_I) \
	X(VSUB, vsub, NT_I) X(VTST, vtst, NT_BITS) X(VCEQ, vceq, NT_I) \
	X(VMLA, vmla, NT_I) X(VMLS, vmls, NT_I) X(VMUL, vmul, NT_P) \
	X(VPMAX, vpmax, NT_SU) X(VPMIN, vpmin, NT_SU) X(VQDMULH, vqdmulh, NT_S) \
	X(VQRDMULH, vqrdmulh, NT_S) X(VPADD, vpadd, NT_I) \
	X(FADD, vadd, NT_F) X(FSUB, vsub, NT_F) X(FPADD, vpadd, NT_F) \
	X(FABD, vabd, NT_F) X(FMLA, vmla, NT_F) X(FMLS, vmls, NT_F) \
	X(FMUL, vmul, NT_F) X(FCEQ, vceq, NT_F) X(FCGE, vcge, NT_F) \
	X(FCGT, vcgt, NT_F) X(FACGE, vacge, NT_F) X(FACGT, vacgt, NT_F) \
	X(FMAX, vmax, NT_F) X(FMIN, vmin, NT_F) X(FPMAX, vpmax, NT_F) \
	X(FPMIN, vpmin, NT_F) X(FRECPS, vrecps, NT_F) X(FRSQRTS, vrsqrts, NT_F) \
	X(VSHR, vshr, NT_SU) X(VSRA, vsra, NT_SU) X(VRSHR, vrshr, NT_SU) \
	X(VRSRA, vrsra, NT_SU) X(VSRI, vsri, NT_BITS) X(VSHLI, vshl, NT_S) \
	X(VSLI, vsli, NT_BITS) X(VQSHLU, vqshlu, NT_S) X(VQSHLI, vqshl, NT_SU) \
	X(VSHRN, vshrn, NT_I) X(VRSHRN, vrshrn, NT_I) X(VQSHRUN, vqshrun, NT_S) \
	X(VQRSHRUN, vqrshrun, NT_S) X(VQSHRN, vqshrn, NT_SU) \
	X(VQRSHRN, vqrshrn, NT_SU) X(VSHLL, vshll, NT_SU) X(VMOVL, vmovl, NT_SU) \
	X(VCVT_FX, vcvt, NT_F) X(VCVT_XF, vcvt, NT_F) \
	X(VADDL, vaddl, NT_SU) X(VADDW, vaddw, NT_SU) X(VSUBL, vsubl, NT_SU) \
	X(VSUBW, vsubw, NT_SU) X(VADDHN, vaddhn, NT_I) X(VRADDHN, vraddhn, NT_I) \
	X(VABAL, vabal, NT_SU) X(VSUBHN, vsubhn, NT_I) X(VRSUBHN, vrsubhn, NT_I) \
	X(VABDL, vabdl, NT_SU) X(VMLAL, vmlal, NT_SU) X(VQDMLAL, vqdmlal, NT_S) \
	X(VMLSL, vmlsl, NT_SU) X(VQDMLSL, vqdmlsl, NT_S) X(VMULL, vmull, NT_SU) \
	X(VQDMULL, vqdmull, NT_S) X(VMULLP, vmull, NT_P) \
	X(VREV64, vrev64, NT_BITS) X(VREV32, vrev32, NT_BITS) \
	X(VREV16, vrev16, NT_BITS) X(VPADDL, vpaddl, NT_SU) X(VCLS, vcls, NT_S) \
	X(VCLZ, vclz, NT_I) X(VCNT, vcnt, NT_BITS) X(VMVN, vmvn, NT_NONE) \
	X(VPADAL, vpadal, NT_SU) X(VQABS, vqabs, NT_S) X(VQNEG, vqneg, NT_S) \
	X(VCGT0, vcgt, NT_S) X(VCGE0, vcge, NT_S) X(VCEQ0, vceq, NT_I) \
	X(VCLE0, vcle, NT_S) X(VCLT0, vclt, NT_S) X(VABS, vabs, NT_S) \
	X(VNEG, vneg, NT_S) X(FCGT0, vcgt, NT_F) X(FCGE0, vcge, NT_F) \
	X(FCEQ0, vceq, NT_F) X(FCLE0, vcle, NT_F) X(FCLT0, vclt, NT_F) \
	X(FABS, vabs, NT_F) X(FNEG, vneg, NT_F) X(VSWP, vswp, NT_NONE) \
	X(VTRN, vtrn, NT_BITS) X(VUZP, vuzp, NT_BITS) X(VZIP, vzip, NT_BITS) \
	X(VMOVN, vmovn, NT_I) X(VQMOVUN, vqmovun, NT_S) X(VQMOVN, vqmovn, NT_SU) \
	X(VCVT_F16, vcvt, NT_F) X(VCVT_F32H, vcvt, NT_F) \
	X(VRECPE, vrecpe, NT_SU) X(VRSQRTE, vrsqrte, NT_SU) \
	X(FRECPE, vrecpe, NT_F) X(FRSQRTE, vrsqrte, NT_F) \
	X(VCVT_SF, vcvt, NT_F) X(VCVT_UF, vcvt, NT_F) X(VCVT_FS, vcvt, NT_F) \
	X(VCVT_FU, vcvt, NT_F) \
	X(VMOVI, vmov, NT_I) X(VORRI, vorr, NT_I) X(VMVNI, vmvn, NT_I) \
	X(VBICI, vbic, NT_I) X(VLD, vld, NT_BITS) X(VST, vst, NT_BITS)

enum neon_fn {
#define NEON_ENUM(NAME, mn, type) NF_##NAME,
	NEON_FNS(NEON_ENUM)
#undef NEON_ENUM
	NF_COUNT
};

struct neon_fn_info {
	const char *mn;
	enum neon_type type;
};
extern const struct neon_fn_info neon_fn_info[NF_COUNT];

/* ---- registers: element e of esize bits in the vector starting at D[r] ---- */
/* The number of esize-bit elements in the operation's D or Q vectors. */
static inline unsigned neon_lanes(const struct insn *in, unsigned esize)
{
	return ((in->flags & NEON_Q) ? 128 : 64) / esize;
}

static inline uint64_t neon_elem(const struct cpu *cpu, unsigned r, unsigned e,
				 unsigned esize)
{
	unsigned per = 64 / esize;
	uint64_t d = cpu->vfp.d[(r + e / per) & 31];
	return esize == 64 ? d : d >> (e % per * esize) & ((1ull << esize) - 1);
}

static inline void neon_set_elem(struct cpu *cpu, unsigned r, unsigned e, unsigned esize,
				 uint64_t v)
{
	unsigned per = 64 / esize;
	uint64_t *d = &cpu->vfp.d[(r + e / per) & 31];
	if (esize == 64) {
		*d = v;
		return;
	}
	unsigned sh = e % per * esize;
	uint64_t mask = ((1ull << esize) - 1) << sh;
	*d = (*d & ~mask) | (v << sh & mask);
}

/* Elements 0..n-1 of the vector at D[r] to and from an array. */
static inline void neon_vget(const struct cpu *cpu, unsigned r, unsigned esize, unsigned n,
			     uint64_t *out)
{
	for (unsigned i = 0; i < n; i++)
		out[i] = neon_elem(cpu, r, i, esize);
}

static inline void neon_vput(struct cpu *cpu, unsigned r, unsigned esize, unsigned n,
			     const uint64_t *v)
{
	for (unsigned i = 0; i < n; i++)
		neon_set_elem(cpu, r, i, esize, v[i]);
}

/* The esize-bit all-ones value. */
static inline uint64_t neon_ones(unsigned esize)
{
	return esize == 64 ? ~0ull : (1ull << esize) - 1;
}

/* Sign-extend an esize-bit value. */
static inline int64_t neon_sext(uint64_t v, unsigned esize)
{
	return esize == 64 ? (int64_t)v : (int64_t)(v << (64 - esize)) >> (64 - esize);
}

/* SignedSatQ / UnsignedSatQ (A2.2.1): v saturated to esize bits, QC on saturation. */
uint64_t neon_sat(struct cpu *cpu, __int128 v, unsigned esize, bool is_unsigned);

/* The Standard FPSCR value (A2.7.4) with the current cumulative flags. */
static inline uint32_t neon_std_fpscr(const struct cpu *cpu)
{
	return (cpu->vfp.fpscr & (FPSCR_CUMULATIVE | FPSCR_AHP)) | FPSCR_DN | FPSCR_FZ;
}

static inline void neon_fpscr_merge(struct cpu *cpu, uint32_t fpscr)
{
	cpu->vfp.fpscr |= fpscr & FPSCR_CUMULATIVE;
}

/* AdvSIMDExpandImm (A7.4.6) of imm = op:cmode:imm8 (interp_neon_move.c). */
uint64_t neon_expand_imm(uint32_t imm);

/* One float operation of the neon_fn (n, m: single-precision operands, d the
 * destination's old value), interp_neon_fp.c. */
uint32_t neon_fp_op(unsigned fn, uint32_t d, uint32_t n, uint32_t m, uint32_t *fpscr);
/* One integer operation of a three-register shape on esize-bit elements. */
uint64_t neon_int_op(struct cpu *cpu, unsigned fn, uint64_t d, uint64_t n, uint64_t m,
		     unsigned esize, bool u);
/* Shifts: VSHL/VRSHL/VQSHL/VQRSHL by a signed amount (A8.8.*). */
uint64_t neon_shift(struct cpu *cpu, uint64_t v, int shift, unsigned esize, bool u,
		    bool round, bool sat, bool sat_unsigned);
/* One element of the two-register misc operations that work element by
 * element (interp_neon_misc.c). */
uint64_t neon_misc_op(struct cpu *cpu, unsigned fn, uint64_t v, unsigned esize);

#endif
