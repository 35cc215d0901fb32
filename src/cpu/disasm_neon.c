/*
 * Disassembly of the Advanced SIMD ops in GNU objdump's style ("vadd.i8 d0, d1,
 * d2", "vld1.8 {d0-d1}, [r0:128]!"); modified immediates print as the 8-bit
 * value's expansion is not spelled out ("vmov.i32 d0, #0x12 (cmode 0)").
 */
#include <stdio.h>

#include "disasm.h"
#include "neon.h"

/* "d3" or "q1" for a register number. */
static void reg(struct disasm_text *o, unsigned r, bool q)
{
	disasm_put(o, q ? "q%u" : "d%u", q ? r / 2 : r);
}

static void mnemonic(struct disasm_text *o, const struct insn *in)
{
	const struct neon_fn_info *f = &neon_fn_info[in->reglist];
	unsigned esize = 8u << in->shift_type;
	bool u = in->flags & NEON_U;
	disasm_put(o, "%s%s", f->mn, cond_name(in->cond));
	if ((in->op == OP_N2MISC && in->reglist == NF_VSHLL) ||
	    (in->op == OP_N1IMM && (in->imm >> 8 & 15) == 15)) {
		disasm_put(o, in->op == OP_N1IMM ? ".f32 " : ".i%u ", esize);
		return;
	}
	switch (f->type) {
	case NT_NONE: break;
	case NT_I: disasm_put(o, ".i%u", esize); break;
	case NT_SU: disasm_put(o, ".%c%u", u ? 'u' : 's', esize); break;
	case NT_S: disasm_put(o, ".s%u", esize); break;
	case NT_BITS: disasm_put(o, ".%u", esize); break;
	case NT_P: disasm_put(o, ".%c%u", u || in->reglist == NF_VMULLP ? 'p' : 'i', esize); break;
	default:
		switch (in->reglist) {
		case NF_VCVT_FX: disasm_put(o, ".%c32.f32", u ? 'u' : 's'); break;
		case NF_VCVT_XF: disasm_put(o, ".f32.%c32", u ? 'u' : 's'); break;
		case NF_VCVT_FS: case NF_VCVT_FU:
			disasm_put(o, ".%c32.f32", in->reglist == NF_VCVT_FU ? 'u' : 's');
			break;
		case NF_VCVT_SF: case NF_VCVT_UF:
			disasm_put(o, ".f32.%c32", in->reglist == NF_VCVT_UF ? 'u' : 's');
			break;
		case NF_VCVT_F16: disasm_put(o, ".f16.f32"); break;
		case NF_VCVT_F32H: disasm_put(o, ".f32.f16"); break;
		default: disasm_put(o, ".f32"); break;
		}
	}
	disasm_put(o, " ");
}

/* The operands' shapes: d (D register), q (Q), D/Q by NEON_Q. */
static void regs(struct disasm_text *o, const struct insn *in, const char *shape, const uint8_t *r)
{
	for (unsigned i = 0; shape[i]; i++) {
		bool q = shape[i] == 'q' || (shape[i] == 'v' && (in->flags & NEON_Q));
		disasm_put(o, i ? ", " : "");
		reg(o, r[i], q);
	}
}

static const char *dp_shape(const struct insn *in)
{
	unsigned fn = in->reglist;
	switch (in->op) {
	case OP_N3DIFF:
		return fn == NF_VADDW || fn == NF_VSUBW ? "qqd"
		       : fn == NF_VADDHN || fn == NF_VRADDHN || fn == NF_VSUBHN || fn == NF_VRSUBHN
		       ? "dqq" : "qdd";
	case OP_N2SHIFT:
		return fn >= NF_VSHRN && fn <= NF_VQRSHRN ? "dq" : fn == NF_VSHLL || fn == NF_VMOVL
		       ? "qd" : "vv";
	case OP_N2MISC:
		return fn == NF_VMOVN || fn == NF_VQMOVN || fn == NF_VQMOVUN || fn == NF_VCVT_F16
		       ? "dq" : fn == NF_VSHLL || fn == NF_VCVT_F32H ? "qd"
		       : fn == NF_VPADDL || fn == NF_VPADAL || 1 ? "vv" : "";
	case OP_N2SCALAR:
		return fn == NF_VMLAL || fn == NF_VMLSL || fn == NF_VMULL || fn == NF_VQDMLAL ||
		       fn == NF_VQDMLSL || fn == NF_VQDMULL ? "qd" : "vv";
	default:
		return "vvv";
	}
}

int disasm_neon(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	(void)mn;
	struct disasm_text o = { buf, size, 0 };
	unsigned fn = in->reglist;
	uint8_t r3[3] = { in->rd, in->rn, in->rm };
	if (in->op == OP_NMOV_SCALAR || in->op == OP_NDUP) {
		bool to_core = in->flags & NEON_TO_CORE;
		disasm_put(&o, "%s%s.%s%u ", in->op == OP_NDUP ? "vdup" : "vmov",
			   cond_name(in->cond), to_core ? ((in->flags & NEON_U) ? "u" : "s") : "",
			   8u << in->shift_type);
		if (to_core)
			disasm_put(&o, "%s, ", reg_name(in->ra));
		reg(&o, in->rd, in->op == OP_NDUP && (in->flags & NEON_Q));
		if (in->op == OP_NMOV_SCALAR)
			disasm_put(&o, "[%u]", in->shift_amt);
		if (in->op == OP_NDUP && !(in->flags & INSN_REGSHIFT))
			disasm_put(&o, ", d%u[%u]", in->rm, in->shift_amt);
		else if (!to_core)
			disasm_put(&o, ", %s", reg_name(in->ra));
		return (int)o.len;
	}
	if (in->op == OP_NEXT || in->op == OP_NTBL) {
		disasm_put(&o, "%s%s.8 ",
			   in->op == OP_NEXT ? "vext" : (in->flags & NEON_U) ? "vtbx" : "vtbl",
			   cond_name(in->cond));
		if (in->op == OP_NEXT) {
			regs(&o, in, "vvv", r3);
			disasm_put(&o, ", #%u", in->shift_amt);
		} else {
			disasm_put(&o, "d%u, {d%u", in->rd, in->rn);
			if (in->shift_amt > 1)
				disasm_put(&o, "-d%u", in->rn + in->shift_amt - 1);
			disasm_put(&o, "}, d%u", in->rm);
		}
		return (int)o.len;
	}
	mnemonic(&o, in);
	if (in->op == OP_N1IMM) {
		reg(&o, in->rd, in->flags & NEON_Q);
		disasm_put(&o, ", #0x%x (cmode %u)", in->imm & 0xff, in->imm >> 8 & 15);
		return (int)o.len;
	}
	const char *shape = dp_shape(in);
	if (in->op == OP_N3SAME && fn >= NF_VSHL && fn <= NF_VQRSHL) {
		r3[1] = in->rm;   /* VSHL Vd, Vm, Vn */
		r3[2] = in->rn;
	}
	if (in->op == OP_N2SHIFT || in->op == OP_N2MISC)
		r3[1] = in->rm;
	if (in->op == OP_N2SCALAR) {
		regs(&o, in, shape, r3);
		disasm_put(&o, ", d%u[%u]", in->rm, in->shift_amt);
		return (int)o.len;
	}
	regs(&o, in, shape, r3);
	if ((in->op == OP_N2SHIFT && fn != NF_VMOVL) || fn == NF_VSHLL)
		disasm_put(&o, ", #%u", in->shift_amt);
	else if (in->op == OP_N2MISC && ((fn >= NF_VCGT0 && fn <= NF_VCLT0) ||
					 (fn >= NF_FCGT0 && fn <= NF_FCLT0)))
		disasm_put(&o, ", #0");
	return (int)o.len;
}

/* objdump's register lists: a range where the registers follow each other
 * ("{d0-d3}", "{d0[]-d1[]}"), else a list without spaces ("{d0,d2}",
 * "{d0[1],d1[1]}"); alignment as "[r0 :128]". */
int disasm_neon_ldst(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		     size_t size)
{
	(void)pc;
	(void)mn;
	struct disasm_text o = { buf, size, 0 };
	unsigned ns = in->imm & 15, regs = in->imm >> 4 & 15, inc = in->imm >> 8 & 15;
	unsigned align = in->imm >> 12 & 0xff, count = ns * regs;
	bool lanes = in->flags & NEON_LANES, all = in->shift_amt == 0xff;
	const char *sfx = all ? "[]" : "";
	disasm_put(&o, "%s%u.%u {", (in->flags & NEON_LOAD) ? "vld" : "vst", ns,
		   8u << in->shift_type);
	if (count > 1 && (inc == 1 || regs == 2) && (!lanes || all)) {
		disasm_put(&o, "d%u%s-d%u%s", in->rd, sfx, in->rd + count - 1, sfx);
	} else {
		for (unsigned i = 0; i < count; i++) {
			disasm_put(&o, "%sd%u%s", i ? "," : "", in->rd + i * (ns > 1 ? inc : 1),
				   sfx);
			if (lanes && !all)
				disasm_put(&o, "[%u]", in->shift_amt);
		}
	}
	disasm_put(&o, "}, [%s", reg_name(in->rn));
	if (align)
		disasm_put(&o, " :%u", align * 8);
	disasm_put(&o, "]");
	if (in->rm == 13)
		disasm_put(&o, "!");
	else if (in->rm != 15)
		disasm_put(&o, ", %s", reg_name(in->rm));
	return (int)o.len;
}
