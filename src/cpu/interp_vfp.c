/*
 * Semantics of the VFP data-processing instructions (ARM ARM A8.8: VADD, VSUB,
 * VMUL, VNMUL, VDIV, VMLA, VMLS, VNMLA, VNMLS, VMOV, VABS, VNEG, VSQRT, VCMP,
 * VCMPE) on the pseudo-code arithmetic of vfp_soft.c, with the short vectors
 * of the operations that have them (all but VCMP and the conversions).
 */
#include "vfp.h"

static inline unsigned width(const struct insn *in)
{
	return vfp_is_dp(in) ? 64 : 32;
}

static inline uint64_t vget(const struct cpu *cpu, unsigned r, bool dp)
{
	return dp ? cpu->vfp.d[r] : vfp_get_s(cpu, r);
}

static inline void vset(struct cpu *cpu, unsigned r, bool dp, uint64_t v)
{
	if (dp)
		cpu->vfp.d[r] = v;
	else
		vfp_set_s(cpu, r, (uint32_t)v);
}

/* Short vectors (ARM ARM A2.6, "VFP vector operation support"): with
 * FPSCR.LEN != 0, an operation whose destination is outside a scalar bank
 * (s0-s7; d0-d3, and d16-d19 as QEMU has it for D32) repeats LEN + 1 times,
 * stepping Vd and Vn, and Vm unless Vm is in a scalar bank, by the stride,
 * wrapping within the bank of 8 singles or 4 doubles. Stride: 1 for
 * FPSCR.STRIDE = 0b00, 2 for 0b11 (QEMU 7.2 steps 4 singles there); the
 * UNPREDICTABLE 0b01 and 0b10 step as QEMU does (2 and 3 singles, 1 and 2
 * doubles). */
struct vec_iter {
	unsigned d, n, m;
	unsigned count;         /* iterations */
	unsigned step_d, step_m;
	unsigned mask;          /* bank size - 1 */
};

static bool vec_scalar_bank(unsigned reg, bool dp)
{
	return (reg & (dp ? 0xc : 0x18)) == 0;
}

static struct vec_iter vec_start(const struct cpu *cpu, const struct insn *in)
{
	bool dp = vfp_is_dp(in);
	unsigned len = (cpu->vfp.fpscr & FPSCR_LEN) >> 16;
	unsigned stride = (cpu->vfp.fpscr & FPSCR_STRIDE) >> 20;
	struct vec_iter it = { in->rd, in->rn, in->rm, 1, 0, 0, dp ? 3 : 7 };
	if (len && !vec_scalar_bank(in->rd, dp)) {
		it.count = len + 1;
		it.step_d = dp ? (stride >> 1) + 1 : stride == 3 ? 2 : stride + 1;
		it.step_m = vec_scalar_bank(in->rm, dp) ? 0 : it.step_d;
	}
	return it;
}

static unsigned vec_advance(unsigned reg, unsigned step, unsigned mask)
{
	return ((reg + step) & mask) | (reg & ~mask);
}

static void vec_next(struct vec_iter *it)
{
	it->d = vec_advance(it->d, it->step_d, it->mask);
	it->n = vec_advance(it->n, it->step_d, it->mask);
	it->m = vec_advance(it->m, it->step_m, it->mask);
}

/* The element operations; VMLA and its kin round after the multiplication
 * and again after the addition. */
enum vfp_op {
	V_ADD, V_SUB, V_MUL, V_NMUL, V_DIV, V_MLA, V_MLS, V_NMLA, V_NMLS,
	V_MOV, V_ABS, V_NEG, V_SQRT,
};

static uint64_t vfp_op(enum vfp_op op, uint64_t d, uint64_t n, uint64_t m, unsigned w,
		       uint32_t *fpscr)
{
	switch (op) {
	case V_ADD: return fp_add(n, m, w, fpscr);
	case V_SUB: return fp_sub(n, m, w, fpscr);
	case V_MUL: return fp_mul(n, m, w, fpscr);
	case V_NMUL: return fp_neg(fp_mul(n, m, w, fpscr), w);
	case V_DIV: return fp_div(n, m, w, fpscr);
	/* VMLA: Vd + Vn * Vm; VMLS: Vd + -(Vn * Vm). */
	case V_MLA: return fp_add(d, fp_mul(n, m, w, fpscr), w, fpscr);
	case V_MLS: return fp_add(d, fp_neg(fp_mul(n, m, w, fpscr), w), w, fpscr);
	/* VNMLA: -Vd + -(Vn * Vm); VNMLS: -Vd + Vn * Vm. */
	case V_NMLA: return fp_add(fp_neg(d, w), fp_neg(fp_mul(n, m, w, fpscr), w), w, fpscr);
	case V_NMLS: return fp_add(fp_neg(d, w), fp_mul(n, m, w, fpscr), w, fpscr);
	case V_MOV: return m;
	case V_ABS: return fp_abs(m, w);
	case V_NEG: return fp_neg(m, w);
	default: return fp_sqrt(m, w, fpscr);
	}
}

/* Vd = op(Vd, Vn, Vm) for each element. */
static void run3(struct cpu *cpu, const struct insn *in, enum vfp_op op)
{
	vfp_check_enabled(cpu);
	bool dp = vfp_is_dp(in);
	unsigned w = width(in);
	struct vec_iter it = vec_start(cpu, in);
	for (unsigned i = 0; i < it.count; i++, vec_next(&it))
		vset(cpu, it.d, dp, vfp_op(op, vget(cpu, it.d, dp), vget(cpu, it.n, dp),
					   vget(cpu, it.m, dp), w, &cpu->vfp.fpscr));
}

void interp_vadd(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_ADD); }
void interp_vsub(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_SUB); }
void interp_vmul(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_MUL); }
void interp_vnmul(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_NMUL); }
void interp_vdiv(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_DIV); }
void interp_vmla(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_MLA); }
void interp_vmls(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_MLS); }
void interp_vnmla(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_NMLA); }
void interp_vnmls(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_NMLS); }
/* The two-register forms leave rn at 0; Vn steps along unused. */
void interp_vmov_reg(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_MOV); }
void interp_vabs(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_ABS); }
void interp_vneg(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_NEG); }
void interp_vsqrt(struct cpu *cpu, const struct insn *in) { run3(cpu, in, V_SQRT); }

void interp_vmov_imm(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	bool dp = vfp_is_dp(in);
	struct vec_iter it = vec_start(cpu, in);
	for (unsigned i = 0; i < it.count; i++, vec_next(&it))
		vset(cpu, it.d, dp, dp ? (uint64_t)in->imm << 32 : in->imm);
}

static void compare(struct cpu *cpu, const struct insn *in, bool quiet_nan_exc)
{
	vfp_check_enabled(cpu);
	bool dp = vfp_is_dp(in);
	uint64_t m = (in->flags & VFP_CMP_ZERO) ? 0 : vget(cpu, in->rm, dp);
	uint32_t nzcv = fp_compare(vget(cpu, in->rd, dp), m, width(in), quiet_nan_exc,
				   &cpu->vfp.fpscr);
	cpu->vfp.fpscr = (cpu->vfp.fpscr & 0x0fffffffu) | nzcv << 28;
}

void interp_vcmp(struct cpu *cpu, const struct insn *in) { compare(cpu, in, false); }

void interp_vcmpe(struct cpu *cpu, const struct insn *in) { compare(cpu, in, true); }
