/*
 * Semantics of the VFP data-processing instructions (ARM ARM A8.8: VADD, VSUB,
 * VMUL, VNMUL, VDIV, VMLA, VMLS, VNMLA, VNMLS, VMOV, VABS, VNEG, VSQRT, VCMP,
 * VCMPE) on the pseudo-code arithmetic of vfp_soft.c, with the short vectors
 * of the operations that have them (all but VCMP and the conversions).
 */
#include "vfp.h"

static inline bool is_dp(const struct insn *in)
{
	return (in->flags & VFP_DP) != 0;
}

static inline unsigned width(const struct insn *in)
{
	return is_dp(in) ? 64 : 32;
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
	bool dp = is_dp(in);
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

typedef uint64_t op3_fn(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr);

/* Vd = fn(Vd, Vn, Vm) for each element. */
static void run3(struct cpu *cpu, const struct insn *in, op3_fn *fn)
{
	vfp_check_enabled(cpu);
	bool dp = is_dp(in);
	unsigned w = width(in);
	struct vec_iter it = vec_start(cpu, in);
	for (unsigned i = 0; i < it.count; i++, vec_next(&it))
		vset(cpu, it.d, dp, fn(vget(cpu, it.d, dp), vget(cpu, it.n, dp),
				       vget(cpu, it.m, dp), w, &cpu->vfp.fpscr));
}

static uint64_t op_add(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d;
	return fp_add(n, m, w, fpscr);
}

static uint64_t op_sub(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d;
	return fp_sub(n, m, w, fpscr);
}

static uint64_t op_mul(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d;
	return fp_mul(n, m, w, fpscr);
}

static uint64_t op_nmul(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d;
	return fp_neg(fp_mul(n, m, w, fpscr), w);
}

static uint64_t op_div(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d;
	return fp_div(n, m, w, fpscr);
}

/* VMLA: Vd + Vn * Vm, rounded after the multiplication and after the addition. */
static uint64_t op_mla(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	return fp_add(d, fp_mul(n, m, w, fpscr), w, fpscr);
}

/* VMLS: Vd + -(Vn * Vm). */
static uint64_t op_mls(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	return fp_add(d, fp_neg(fp_mul(n, m, w, fpscr), w), w, fpscr);
}

/* VNMLA: -Vd + -(Vn * Vm). */
static uint64_t op_nmla(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	uint64_t product = fp_mul(n, m, w, fpscr);
	return fp_add(fp_neg(d, w), fp_neg(product, w), w, fpscr);
}

/* VNMLS: -Vd + Vn * Vm. */
static uint64_t op_nmls(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	uint64_t product = fp_mul(n, m, w, fpscr);
	return fp_add(fp_neg(d, w), product, w, fpscr);
}

static uint64_t op_mov(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d, (void)n, (void)w, (void)fpscr;
	return m;
}

static uint64_t op_abs(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d, (void)n, (void)fpscr;
	return fp_abs(m, w);
}

static uint64_t op_neg(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d, (void)n, (void)fpscr;
	return fp_neg(m, w);
}

static uint64_t op_sqrt(uint64_t d, uint64_t n, uint64_t m, unsigned w, uint32_t *fpscr)
{
	(void)d, (void)n;
	return fp_sqrt(m, w, fpscr);
}

void interp_vadd(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_add); }
void interp_vsub(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_sub); }
void interp_vmul(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_mul); }
void interp_vnmul(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_nmul); }
void interp_vdiv(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_div); }
void interp_vmla(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_mla); }
void interp_vmls(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_mls); }
void interp_vnmla(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_nmla); }
void interp_vnmls(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_nmls); }
/* The two-register forms leave rn at 0; Vn steps along unused. */
void interp_vmov_reg(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_mov); }
void interp_vabs(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_abs); }
void interp_vneg(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_neg); }
void interp_vsqrt(struct cpu *cpu, const struct insn *in) { run3(cpu, in, op_sqrt); }

void interp_vmov_imm(struct cpu *cpu, const struct insn *in)
{
	vfp_check_enabled(cpu);
	bool dp = is_dp(in);
	struct vec_iter it = vec_start(cpu, in);
	for (unsigned i = 0; i < it.count; i++, vec_next(&it))
		vset(cpu, it.d, dp, dp ? (uint64_t)in->imm << 32 : in->imm);
}

static void compare(struct cpu *cpu, const struct insn *in, bool quiet_nan_exc)
{
	vfp_check_enabled(cpu);
	bool dp = is_dp(in);
	uint64_t m = (in->flags & VFP_CMP_ZERO) ? 0 : vget(cpu, in->rm, dp);
	uint32_t nzcv = fp_compare(vget(cpu, in->rd, dp), m, width(in), quiet_nan_exc,
				   &cpu->vfp.fpscr);
	cpu->vfp.fpscr = (cpu->vfp.fpscr & 0x0fffffffu) | nzcv << 28;
}

void interp_vcmp(struct cpu *cpu, const struct insn *in)
{
	compare(cpu, in, false);
}

void interp_vcmpe(struct cpu *cpu, const struct insn *in)
{
	compare(cpu, in, true);
}
