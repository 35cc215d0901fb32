/*
 * VFPv3 (Cortex-A9, VFPv3-D32 with the half-precision extension and Advanced
 * SIMD, neon.h): register access, FPSCR, access control, and the floating-point
 * arithmetic of the ARM ARM's pseudo-code (A2.7, "Floating-point pseudocode").
 *
 * Arithmetic functions take and return raw bit patterns (N = 16, 32 or 64 bits
 * in a uint64_t) and a pointer to an FPSCR value: they read the mode bits (AHP,
 * DN, FZ, RMode) from it and OR the cumulative exception bits into it, as
 * FPProcessException does with all traps disabled. A caller that must force a
 * rounding mode passes a modified copy and merges the flags back.
 */
#ifndef ARMVM_VFP_H
#define ARMVM_VFP_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

/* FPSCR, the Floating-point Status and Control Register (ARM ARM A2.7). */
#define FPSCR_N       (1u << 31)
#define FPSCR_Z       (1u << 30)
#define FPSCR_C       (1u << 29)
#define FPSCR_V       (1u << 28)
#define FPSCR_QC      (1u << 27)
#define FPSCR_AHP     (1u << 26)
#define FPSCR_DN      (1u << 25)
#define FPSCR_FZ      (1u << 24)
#define FPSCR_RMODE_SHIFT 22
#define FPSCR_RMODE   (3u << FPSCR_RMODE_SHIFT)
#define FPSCR_STRIDE  (3u << 20)
#define FPSCR_LEN     (7u << 16)
#define FPSCR_IDC     (1u << 7)
#define FPSCR_IXC     (1u << 4)
#define FPSCR_UFC     (1u << 3)
#define FPSCR_OFC     (1u << 2)
#define FPSCR_DZC     (1u << 1)
#define FPSCR_IOC     (1u << 0)
#define FPSCR_CUMULATIVE 0x9fu
/* Writable bits: the trap enables are RAZ/WI (no trapped exception handling on
 * Cortex-A9), bit 19 (FZ16) is RES0 without half-precision arithmetic. */
#define FPSCR_WRITABLE 0xfff7009fu

enum fp_rounding { FPROUND_RN, FPROUND_RP, FPROUND_RM, FPROUND_RZ };

#define FPEXC_EX (1u << 31)
#define FPEXC_EN (1u << 30)

/* ID registers as Cortex-A9 with the NEON MPE reports them (the values QEMU's
 * cortex-a9 has). MVFR0: 32 double registers, single and double precision,
 * divide, square root, short vectors, all rounding modes, no trapping. MVFR1:
 * half-precision VFP, Advanced SIMD half, single, integer and load/store,
 * default NaN and flush-to-zero (Linux looks at bits [19:8] for HWCAP_NEON). */
#define VFP_FPSID 0x41033090u
#define VFP_MVFR0 0x11110222u
#define VFP_MVFR1 0x01111111u

/* VMRS/VMSR register numbers (the reg field). */
enum vfp_sysreg {
	VFP_REG_FPSID = 0, VFP_REG_FPSCR = 1, VFP_REG_MVFR1 = 6, VFP_REG_MVFR0 = 7,
	VFP_REG_FPEXC = 8, VFP_REG_FPINST = 9, VFP_REG_FPINST2 = 10
};

/* insn.flags meanings for the vfp class (see decode_vfp.c). */
#define VFP_DP       INSN_X1   /* double-precision operation (sz = 1) */
#define VFP_TO_CORE  INSN_X2   /* VMOV/VMRS direction: extension -> core */
#define VFP_CMP_ZERO INSN_X2   /* VCMP{E} Vd, #0.0 */
#define VFP_TOP      INSN_X2   /* VCVTT: top half of Sd/Sm */
#define VFP_FIX32    INSN_X2   /* VCVT fixed-point: 32-bit (sx = 1) */
#define VFP_UNSIGNED INSN_X3   /* VCVT: unsigned integer / fixed-point */
#define VFP_TO_HALF  INSN_X4   /* VCVTB/T: single -> half */
#define VFP_LOAD     INSN_X4   /* VLDM/VSTM, VLDR/VSTR: load */

static inline bool vfp_is_dp(const struct insn *in)
{
	return (in->flags & VFP_DP) != 0;
}

/* ---- registers (d[n] holds s[2n] in its low half) ---- */
static inline uint32_t vfp_get_s(const struct cpu *cpu, unsigned n)
{
	uint64_t d = cpu->vfp.d[n >> 1];
	return (n & 1) ? (uint32_t)(d >> 32) : (uint32_t)d;
}

static inline void vfp_set_s(struct cpu *cpu, unsigned n, uint32_t v)
{
	uint64_t *d = &cpu->vfp.d[n >> 1];
	if (n & 1)
		*d = (*d & 0xffffffffull) | (uint64_t)v << 32;
	else
		*d = (*d & ~0xffffffffull) | v;
}

/* ---- access control and system registers (vfp_sysreg.c) ---- */
/* CheckVFPEnabled (ARM ARM B1.14, "Enabling Advanced SIMD and floating-point
 * support"): CPACR cp10 access for the current
 * privilege, then FPEXC.EN; UNDEFINED (does not return) otherwise. */
void vfp_check_enabled(struct cpu *cpu);
/* The same for an Advanced SIMD instruction: also UNDEFINED with CPACR.ASEDIS
 * set (B4.1.40; D32DIS is kept but not enforced, as for the VFP). */
void neon_check_enabled(struct cpu *cpu);
/* CPACR alone (the FPEXC and ID register accesses ignore FPEXC.EN). */
bool vfp_cpacr_allows(const struct cpu *cpu);
void vfp_write_fpscr(struct cpu *cpu, uint32_t val);
/* FPEXC: only EN is writable (EX and the rest read as zero, as in QEMU). */
void vfp_write_fpexc(struct cpu *cpu, uint32_t val);

/* ---- arithmetic (vfp_soft.c, vfp_cvt.c; fast paths in vfp_fast.c) ---- */
uint64_t fp_default_nan(unsigned n);
uint64_t fp_add(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_sub(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_mul(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_div(uint64_t op1, uint64_t op2, unsigned n, uint32_t *fpscr);
uint64_t fp_sqrt(uint64_t op, unsigned n, uint32_t *fpscr);
/* FPCompare: returns NZCV in bits [3:0]. quiet_nan_exc: VCMPE. */
uint32_t fp_compare(uint64_t op1, uint64_t op2, unsigned n, bool quiet_nan_exc,
		    uint32_t *fpscr);
static inline uint64_t fp_neg(uint64_t op, unsigned n)
{
	return op ^ (1ull << (n - 1));
}
static inline uint64_t fp_abs(uint64_t op, unsigned n)
{
	return op & ~(1ull << (n - 1));
}

/* FPToFixed: M-bit result (M = 16 or 32), zero- or sign-extended to 32 bits. */
uint32_t fp_to_fixed(uint64_t op, unsigned n, unsigned m, unsigned frac_bits,
		     bool is_unsigned, bool round_towards_zero, uint32_t *fpscr);
/* FixedToFP: operand holds an M-bit integer (M = 16 or 32). */
uint64_t fixed_to_fp(uint32_t operand, unsigned n, unsigned m, unsigned frac_bits,
		     bool is_unsigned, bool round_to_nearest, uint32_t *fpscr);
/* From N to M bits: single to double, double to single, half to single. */
uint64_t fp_convert(uint64_t op, unsigned n, unsigned m, uint32_t *fpscr);
uint16_t fp_single_to_half(uint32_t op, uint32_t *fpscr);

/* VFPExpandImm (A7.5.1): the value of an 8-bit VMOV immediate; for N = 64 the
 * result's low 32 bits are zero. */
uint64_t vfp_expand_imm(unsigned imm8, unsigned n);

#endif
