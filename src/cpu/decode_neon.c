/*
 * Decode functions of the Advanced SIMD encodings (src/cpu/arm_neon.inc,
 * t32_neon.inc; ARM ARM A7.4, A7.7 - A7.9). A Thumb encoding is first moved to
 * the ARM layout, so the fields are read once. Every "UNDEFINED" of the
 * ARM ARM's decode pseudo-code returns false; the UNPREDICTABLE register
 * lists past D31 do too (as QEMU). Fields: see neon.h.
 */
#include "decode.h"
#include "neon.h"

#define UND 0xff

uint32_t neon_arm_enc(const struct insn *in, uint32_t enc)
{
	if (!(in->flags & INSN_THUMB) || bits(enc, 31, 24) == 0xee)
		return enc;
	if (bits(enc, 27, 24) == 0x9)
		return 0xf4000000u | (enc & 0x00ffffffu);
	return 0xf2000000u | bit(enc, 28) << 24 | (enc & 0x00ffffffu);
}

static unsigned vd(uint32_t e) { return bit(e, 22) << 4 | bits(e, 15, 12); }
static unsigned vn(uint32_t e) { return bit(e, 7) << 4 | bits(e, 19, 16); }
static unsigned vm(uint32_t e) { return bit(e, 5) << 4 | bits(e, 3, 0); }

/* Fill the three registers and Q; false if a Q operand is odd (UNDEFINED). */
static bool regs3(struct insn *in, uint32_t e, bool q, bool qd, bool qn, bool qm)
{
	in->rd = (uint8_t)vd(e);
	in->rn = (uint8_t)vn(e);
	in->rm = (uint8_t)vm(e);
	flag_if(in, q, NEON_Q);
	return !((qd && (in->rd & 1)) || (qn && (in->rn & 1)) || (qm && (in->rm & 1)));
}

/* NEON_U: the U bit, kept by the data-processing operations only where it
 * means unsigned (or polynomial) elements or a conversion's integer type. */
static void set_fn(struct insn *in, unsigned op, unsigned fn, unsigned size, bool u)
{
	enum neon_type t = neon_fn_info[fn].type;
	in->op = (uint16_t)op;
	in->reglist = (uint16_t)fn;
	in->shift_type = (uint8_t)size;
	flag_if(in, u && (t == NT_SU || t == NT_P || t == NT_F || op >= OP_NEXT), NEON_U);
}

/* Three registers of the same length (A7.4.1): [A][B][U][C<1>]. */
#define I2(x, y) { { x, x }, { y, y } }
static const uint8_t n3same_fns[16][2][2][2] = {
	{ I2(NF_VHADD, NF_VHADD), I2(NF_VQADD, NF_VQADD) },
	{ I2(NF_VRHADD, NF_VRHADD), I2(UND, UND) },   /* B = 1: logic, by size */
	{ I2(NF_VHSUB, NF_VHSUB), I2(NF_VQSUB, NF_VQSUB) },
	{ I2(NF_VCGT, NF_VCGT), I2(NF_VCGE, NF_VCGE) },
	{ I2(NF_VSHL, NF_VSHL), I2(NF_VQSHL, NF_VQSHL) },
	{ I2(NF_VRSHL, NF_VRSHL), I2(NF_VQRSHL, NF_VQRSHL) },
	{ I2(NF_VMAX, NF_VMAX), I2(NF_VMIN, NF_VMIN) },
	{ I2(NF_VABD, NF_VABD), I2(NF_VABA, NF_VABA) },
	{ I2(NF_VADD, NF_VSUB), I2(NF_VTST, NF_VCEQ) },
	{ I2(NF_VMLA, NF_VMLS), I2(NF_VMUL, NF_VMUL) },
	{ I2(NF_VPMAX, NF_VPMAX), I2(NF_VPMIN, NF_VPMIN) },
	{ I2(NF_VQDMULH, NF_VQRDMULH), I2(NF_VPADD, UND) },
	{ I2(UND, UND), I2(UND, UND) },
	{ { { NF_FADD, NF_FSUB }, { NF_FPADD, NF_FABD } },
	  { { NF_FMLA, NF_FMLS }, { NF_FMUL, UND } } },
	{ { { NF_FCEQ, UND }, { NF_FCGE, NF_FCGT } }, { { UND, UND }, { NF_FACGE, NF_FACGT } } },
	{ { { NF_FMAX, NF_FMIN }, { NF_FPMAX, NF_FPMIN } },
	  { { NF_FRECPS, NF_FRSQRTS }, { UND, UND } } },
};

bool decode_neon_3same(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned a = bits(e, 11, 8), b = bit(e, 4), u = bit(e, 24), size = bits(e, 21, 20);
	bool q = bit(e, 6);
	unsigned fn = n3same_fns[a][b][u][size >> 1];
	if (a == 1 && b == 1) {
		static const uint8_t logic[2][4] = {
			{ NF_VAND, NF_VBIC, NF_VORR, NF_VORN },
			{ NF_VEOR, NF_VBSL, NF_VBIT, NF_VBIF },
		};
		fn = logic[u][size];
		size = 0;
	}
	if (fn == UND)
		return false;
	set_fn(in, OP_N3SAME, fn, size, u);
	if (fn >= NF_FADD && fn <= NF_FRSQRTS) {
		if (size & 1)
			return false;
		in->shift_type = 2;
	} else if (size == 3 && fn != NF_VQADD && fn != NF_VQSUB && fn != NF_VADD &&
		   fn != NF_VSUB && (fn < NF_VSHL || fn > NF_VQRSHL)) {
		return false;
	}
	bool pairwise = fn == NF_VPMAX || fn == NF_VPMIN || fn == NF_VPADD || fn == NF_FPADD
			|| fn == NF_FPMAX || fn == NF_FPMIN;
	if ((pairwise && q) || (fn == NF_VMUL && u && size != 0)
	    || ((fn == NF_VQDMULH || fn == NF_VQRDMULH) && (size == 0 || size == 3)))
		return false;
	return regs3(in, e, q, q, q, q);
}

/* One register and a modified immediate (A7.4.6): imm = op:cmode:imm8. */
bool decode_neon_imm(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned cmode = bits(e, 11, 8), op = bit(e, 5);
	unsigned imm8 = bit(e, 24) << 7 | bits(e, 18, 16) << 4 | bits(e, 3, 0);
	unsigned fn;
	if (cmode == 15 && op)
		return false;
	if (cmode >= 12 || (cmode & 1) == 0)
		fn = cmode == 14 || !op ? NF_VMOVI : NF_VMVNI;
	else
		fn = op ? NF_VBICI : NF_VORRI;
	static const uint8_t sizes[16] = { 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 2, 2, 0, 2 };
	set_fn(in, OP_N1IMM, fn, cmode == 14 && op ? 3 : sizes[cmode], false);
	in->imm = op << 12 | cmode << 8 | imm8;
	in->flags |= INSN_IMM;
	return regs3(in, e, bit(e, 6), bit(e, 6), false, false);
}

/* Two registers and a shift amount (A7.4.4). */
bool decode_neon_shift(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned a = bits(e, 11, 8), u = bit(e, 24), b = bit(e, 6);
	unsigned imm = bit(e, 7) << 6 | bits(e, 21, 16);
	unsigned lg = imm >= 64 ? 3 : imm >= 32 ? 2 : imm >= 16 ? 1 : 0;
	unsigned esize = 8u << lg;
	unsigned right = 2 * esize - imm, left = imm - esize;
	static const uint8_t fns[8][2] = {
		{ NF_VSHR, NF_VSHR }, { NF_VSRA, NF_VSRA }, { NF_VRSHR, NF_VRSHR },
		{ NF_VRSRA, NF_VRSRA }, { UND, NF_VSRI }, { NF_VSHLI, NF_VSLI },
		{ UND, NF_VQSHLU }, { NF_VQSHLI, NF_VQSHLI },
	};
	bool narrow = a == 8 || a == 9, q = b;
	unsigned fn;
	if (a < 8) {
		fn = fns[a][u];
		in->shift_amt = (uint8_t)(a >= 5 ? left : right);
	} else {
		static const uint8_t nfns[2][2][2] = {
			{ { NF_VSHRN, NF_VRSHRN }, { NF_VQSHRUN, NF_VQRSHRUN } },
			{ { NF_VQSHRN, NF_VQRSHRN }, { NF_VQSHRN, NF_VQRSHRN } },
		};
		if (imm >= 64)
			return false;
		if (narrow) {
			fn = nfns[a & 1][u][b];
			in->shift_amt = (uint8_t)right;
			lg++;
			q = false;
		} else if (a == 10 && !b) {
			fn = left ? NF_VSHLL : NF_VMOVL;
			in->shift_amt = (uint8_t)left;
		} else if (a >= 14 && imm >= 32) {
			fn = bit(e, 8) ? NF_VCVT_FX : NF_VCVT_XF;
			in->shift_amt = (uint8_t)(64 - imm);
			lg = 2;
		} else {
			return false;
		}
	}
	if (fn == UND)
		return false;
	set_fn(in, OP_N2SHIFT, fn, lg, u);
	in->flags |= INSN_IMM;
	return regs3(in, e, q, q || fn == NF_VSHLL || fn == NF_VMOVL, false, q || narrow);
}

/* Three registers of different lengths (A7.4.2). */
bool decode_neon_3diff(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned a = bits(e, 11, 8), u = bit(e, 24), size = bits(e, 21, 20);
	static const uint8_t fns[16][2] = {
		{ NF_VADDL, NF_VADDL }, { NF_VADDW, NF_VADDW }, { NF_VSUBL, NF_VSUBL },
		{ NF_VSUBW, NF_VSUBW }, { NF_VADDHN, NF_VRADDHN }, { NF_VABAL, NF_VABAL },
		{ NF_VSUBHN, NF_VRSUBHN }, { NF_VABDL, NF_VABDL }, { NF_VMLAL, NF_VMLAL },
		{ NF_VQDMLAL, UND }, { NF_VMLSL, NF_VMLSL }, { NF_VQDMLSL, UND },
		{ NF_VMULL, NF_VMULL }, { NF_VQDMULL, UND }, { NF_VMULLP, UND }, { UND, UND },
	};
	unsigned fn = fns[a][u];
	bool narrow = a == 4 || a == 6, wide = a == 1 || a == 3;
	if (fn == UND || size == 3 || (fn == NF_VMULLP && size) ||
	    ((fn == NF_VQDMLAL || fn == NF_VQDMLSL || fn == NF_VQDMULL) && !size))
		return false;
	set_fn(in, OP_N3DIFF, fn, narrow ? size + 1 : size, u && !narrow);
	return regs3(in, e, false, !narrow, narrow || wide, narrow);
}

/* Two registers and a scalar (A7.4.3): rm is the scalar's D register,
 * shift_amt its index. */
bool decode_neon_2scalar(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned a = bits(e, 11, 8), u = bit(e, 24), size = bits(e, 21, 20);
	static const uint8_t fns[16] = {
		NF_VMLA, NF_FMLA, NF_VMLAL, NF_VQDMLAL, NF_VMLS, NF_FMLS, NF_VMLSL,
		NF_VQDMLSL, NF_VMUL, NF_FMUL, NF_VMULL, NF_VQDMULL, NF_VQDMULH,
		NF_VQRDMULH, UND, UND,
	};
	unsigned fn = fns[a];
	bool is_long = a == 2 || a == 3 || a == 6 || a == 7 || a == 10 || a == 11;
	bool q = !is_long && u;
	if (fn == UND || size == 0 || ((a & 1) && !is_long && a < 12 && size != 2) ||
	    ((a == 3 || a == 7 || a == 11) && u))
		return false;
	set_fn(in, OP_N2SCALAR, fn, size, is_long && u);
	bool ok = regs3(in, e, q, q || is_long, q, false);
	in->rm = (uint8_t)(size == 1 ? bits(e, 2, 0) : bits(e, 3, 0));
	in->shift_amt = (uint8_t)(size == 1 ? bit(e, 5) << 1 | bit(e, 3) : bit(e, 5));
	return ok;
}

/* Two registers, miscellaneous (A7.4.5): [A][B<4:1>]. */
static const uint8_t misc_fns[4][16] = {
	{ NF_VREV64, NF_VREV32, NF_VREV16, UND, NF_VPADDL, NF_VPADDL, UND, UND,
	  NF_VCLS, NF_VCLZ, NF_VCNT, NF_VMVN, NF_VPADAL, NF_VPADAL, NF_VQABS, NF_VQNEG },
	{ NF_VCGT0, NF_VCGE0, NF_VCEQ0, NF_VCLE0, NF_VCLT0, UND, NF_VABS, NF_VNEG,
	  NF_FCGT0, NF_FCGE0, NF_FCEQ0, NF_FCLE0, NF_FCLT0, UND, NF_FABS, NF_FNEG },
	{ NF_VSWP, NF_VTRN, NF_VUZP, NF_VZIP, NF_VMOVN, NF_VQMOVN, NF_VSHLL, UND,
	  UND, UND, UND, UND, NF_VCVT_F16, UND, NF_VCVT_F32H, UND },
	{ UND, UND, UND, UND, UND, UND, UND, UND,
	  NF_VRECPE, NF_VRSQRTE, NF_FRECPE, NF_FRSQRTE, NF_VCVT_SF, NF_VCVT_UF,
	  NF_VCVT_FS, NF_VCVT_FU },
};
/* The largest size each operation allows (4: any; 5: exactly 16-bit). */
static unsigned misc_max_size(unsigned fn)
{
	switch (fn) {
	case NF_VREV64: case NF_VPADDL: case NF_VCLS: case NF_VCLZ: case NF_VPADAL:
	case NF_VQABS: case NF_VQNEG: case NF_VCGT0: case NF_VCGE0: case NF_VCEQ0:
	case NF_VCLE0: case NF_VCLT0: case NF_VABS: case NF_VNEG: case NF_VTRN:
	case NF_VUZP: case NF_VZIP: case NF_VMOVN: case NF_VQMOVN: case NF_VQMOVUN: case NF_VSHLL:
		return 2;
	case NF_VREV32: return 1;
	default: return fn >= NF_FCGT0 && fn <= NF_FNEG ? 2 : 0;
	}
}

bool decode_neon_misc(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned a = bits(e, 17, 16), op = bits(e, 10, 7), size = bits(e, 19, 18);
	bool q = bit(e, 6), u = a == 0 && (op == 5 || op == 13);
	unsigned fn = misc_fns[a][op];
	if (fn == UND)
		return false;
	bool narrow = fn == NF_VMOVN || fn == NF_VQMOVN || fn == NF_VCVT_F16;
	bool fp = (fn >= NF_FCGT0 && fn <= NF_FNEG) || fn >= NF_VRECPE;
	if (narrow || fn == NF_VSHLL || fn == NF_VCVT_F32H) {
		if (fn == NF_VMOVN && q)
			fn = NF_VQMOVUN;
		else if (fn == NF_VQMOVN)
			u = q;
		else if (q)
			return false;
		q = false;
	}
	if (fp || fn == NF_VCVT_F16 || fn == NF_VCVT_F32H) {
		if (size != (fn == NF_VCVT_F16 || fn == NF_VCVT_F32H ? 1u : 2u))
			return false;
	} else if (size > misc_max_size(fn)) {
		return false;
	}
	if ((fn == NF_VUZP || fn == NF_VZIP) && !q && size == 2)
		return false;
	if (fn == NF_VRECPE || fn == NF_VRSQRTE)
		u = true;
	set_fn(in, OP_N2MISC, fn, narrow ? size + 1 : size, u);
	if (fn == NF_VSHLL)
		in->shift_amt = (uint8_t)(8u << size);
	bool qd = q || fn == NF_VSHLL || fn == NF_VCVT_F32H;
	return regs3(in, e, q, qd, false, q || narrow);
}

bool decode_neon_ext(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	bool q = bit(e, 6);
	if (!q && bit(e, 11))
		return false;
	set_fn(in, OP_NEXT, NF_VMOVI, 0, false);
	in->shift_amt = (uint8_t)bits(e, 11, 8);
	return regs3(in, e, q, q, q, q);
}

/* VTBL, VTBX (NEON_U): shift_amt is the list length. */
bool decode_neon_tbl(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	set_fn(in, OP_NTBL, NF_VMOVI, 0, bit(e, 6));
	in->shift_amt = (uint8_t)(bits(e, 9, 8) + 1);
	regs3(in, e, false, false, false, false);
	return in->rn + in->shift_amt <= 32;
}

/* VDUP (scalar): rm[shift_amt]. */
bool decode_neon_dup_scalar(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned imm4 = bits(e, 19, 16);
	unsigned lg = (imm4 & 1) ? 0 : (imm4 & 2) ? 1 : (imm4 & 4) ? 2 : 3;
	if (lg == 3)
		return false;
	set_fn(in, OP_NDUP, NF_VMOVI, lg, false);
	in->shift_amt = (uint8_t)(imm4 >> (lg + 1));
	return regs3(in, e, bit(e, 6), bit(e, 6), false, false);
}

/* VDUP (ARM core register): ra = Rt, INSN_IMM clear. */
bool decode_neon_dup_core(struct insn *in, uint32_t enc)
{
	unsigned be = bit(enc, 22) << 1 | bit(enc, 5);
	if (be == 3)
		return false;
	set_fn(in, OP_NDUP, NF_VMOVI, 2 - be, false);
	in->flags |= INSN_REGSHIFT;
	in->ra = (uint8_t)bits(enc, 15, 12);
	regs3(in, enc, bit(enc, 21), bit(enc, 21), false, false);
	in->rd = (uint8_t)(bit(enc, 7) << 4 | bits(enc, 19, 16));
	return !(bit(enc, 21) && (in->rd & 1)) && in->ra != 15;   /* Rt = PC: UNPREDICTABLE */
}

/* VMOV.8/.16 between a core register (ra = Rt) and Dn[x] (rd, shift_amt);
 * bit 20 (NEON_TO_CORE) for scalar to core, NEON_U zero-extends. */
bool decode_neon_mov_scalar(struct insn *in, uint32_t enc)
{
	unsigned opc = bits(enc, 22, 21) << 2 | bits(enc, 6, 5);
	bool to_core = bit(enc, 20);
	unsigned lg = (opc & 8) ? 0 : (opc & 1) ? 1 : 2;
	if (lg == 2 || (!to_core && bit(enc, 23)))
		return false;   /* the 32-bit forms are VFP's VMOV_SCALAR */
	set_fn(in, OP_NMOV_SCALAR, NF_VMOVI, lg, to_core && bit(enc, 23));
	in->shift_amt = (uint8_t)(lg ? (opc & 7) >> 1 : opc & 7);
	in->ra = (uint8_t)bits(enc, 15, 12);
	in->rd = (uint8_t)(bit(enc, 7) << 4 | bits(enc, 19, 16));
	flag_if(in, to_core, NEON_TO_CORE);
	return in->ra != 15;   /* Rt = PC: UNPREDICTABLE */
}
