@ shortvec.S: VFP short vectors (FPSCR.LEN, FPSCR.STRIDE; ARM ARM A2.6):
@ vector and scalar destinations, a scalar Vm in the first bank, wrap-around
@ within a bank, stride 2 for doubles, the D32 banks, and that VCMP and the
@ conversions stay scalar. Registers hold small integers so results are exact;
@ they are checked through VCVT to integer with LEN = 0.
	.include "vharness.inc"

@ sN = float(N) for N = 0..31.
.macro FILL_S
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	mov r0, #\n
	vmov s\n, r0
	vcvt.f32.s32 s\n, s\n
	.endr
.endm

@ dN = double(N) for N = 0..31 (s0 is the scratch register, d0 last).
.macro FILL_D
	.irp n, 31,30,29,28,27,26,25,24,23,22,21,20,19,18,17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1,0
	mov r0, #\n
	vmov s0, r0
	vcvt.f64.s32 d\n, s0
	.endr
.endm

.macro FPSCR_LEN len, stride
	mov32 r0, ((\len) << 16) | ((\stride) << 20)
	vmsr fpscr, r0
.endm

@ CHECK_S n, value: int(sN) == value (LEN must be 0); s1 is the scratch.
.macro CHECK_S n, value, id
	vcvt.s32.f32 s1, s\n
	vmov r0, s1
	CHECK_EQ r0, \value, \id
.endm

.macro CHECK_D n, value, id
	vcvt.s32.f64 s1, d\n
	vmov r0, s1
	CHECK_EQ r0, \value, \id
.endm

	.global test_main
test_main:
	push {r4-r11, lr}
	VFP_ACCESS 3, 1

	@ LEN = 3 (4 elements), stride 1: s8-s11 = s16-s19 + s24-s27.
	FILL_S
	FPSCR_LEN 3, 0
	vadd.f32 s8, s16, s24
	FPSCR_LEN 0, 0
	CHECK_S 8, 40, "vadd_0"
	CHECK_S 9, 42, "vadd_1"
	CHECK_S 10, 44, "vadd_2"
	CHECK_S 11, 46, "vadd_3"
	CHECK_S 12, 12, "vadd_untouched"

	@ Scalar Vm (first bank): s16-s18 = s20-s22 * s2; wrap: s14, s15, s8, s9.
	FILL_S
	FPSCR_LEN 2, 0
	vmul.f32 s16, s20, s2
	FPSCR_LEN 3, 0
	vneg.f32 s14, s30
	vmov.f32 s26, #1.0
	FPSCR_LEN 0, 0
	CHECK_S 16, 40, "scalar_m_0"
	CHECK_S 17, 42, "scalar_m_1"
	CHECK_S 18, 44, "scalar_m_2"
	CHECK_S 19, 19, "scalar_m_untouched"
	CHECK_S 14, -30, "wrap_0"
	CHECK_S 15, -31, "wrap_1"
	CHECK_S 8, -24, "wrap_2"
	CHECK_S 9, -25, "wrap_3"
	CHECK_S 10, 10, "wrap_untouched"
	CHECK_S 26, 1, "vmov_imm_0"
	CHECK_S 29, 1, "vmov_imm_3"
	CHECK_S 30, 30, "vmov_imm_untouched"

	@ A destination in the first bank makes the operation scalar; VCMP and
	@ VCVT are always scalar.
	FILL_S
	FPSCR_LEN 3, 0
	vadd.f32 s0, s16, s24
	vcvt.s32.f32 s20, s12
	vsqrt.f32 s12, s4			@ vector: s12-s15 = sqrt(s4) (scalar m)
	vmla.f32 s24, s25, s3			@ s24..s27 += s25..s28 * 3
	FPSCR_LEN 0, 0
	CHECK_S 1, 1, "scalar_d_only"		@ (CHECK_S uses s1)
	CHECK_S 0, 40, "scalar_d"
	vmov r0, s20
	CHECK_EQ r0, 12, "vcvt_scalar"
	CHECK_S 21, 21, "vcvt_scalar_only"
	CHECK_S 12, 2, "vsqrt_0"
	CHECK_S 15, 2, "vsqrt_3"
	CHECK_S 24, 99, "vmla_0"
	CHECK_S 25, 103, "vmla_1"
	CHECK_S 26, 107, "vmla_2"
	CHECK_S 27, 111, "vmla_3"
	CHECK_S 28, 28, "vmla_untouched"

	@ Doubles, LEN = 1, STRIDE = 0b11 (stride 2): d5, d7 = d9, d11 + d14, d12.
	FILL_D
	FPSCR_LEN 1, 3
	vadd.f64 d5, d9, d14
	vmov.f64 d9, #2.0
	FPSCR_LEN 0, 0
	CHECK_D 5, 23, "d_stride2_0"
	CHECK_D 7, 23, "d_stride2_1"
	CHECK_D 6, 6, "d_stride2_untouched"
	CHECK_D 9, 2, "d_vmov_0"
	CHECK_D 11, 2, "d_vmov_1"
	CHECK_D 10, 10, "d_vmov_untouched"

	@ D32: d16-d19 is a scalar bank like d0-d3 (as QEMU has it), d20-d31 are
	@ vector banks: d22, d23 = d22 + d23 * d1, d23 + d20 * d1 (d1 scalar);
	@ d30, d31, d28 = d29, d30 (new), d31 (new) - d2; d16 alone.
	FILL_D
	FPSCR_LEN 1, 0
	vmla.f64 d22, d23, d1
	vadd.f64 d16, d24, d25
	FPSCR_LEN 2, 0
	vsub.f64 d30, d29, d2
	FPSCR_LEN 0, 0
	CHECK_D 22, 45, "d32_vmla_0"
	CHECK_D 23, 43, "d32_vmla_1"
	CHECK_D 16, 49, "d32_scalar_bank"
	CHECK_D 17, 17, "d32_scalar_bank_only"
	CHECK_D 30, 27, "d32_vsub_0"
	CHECK_D 31, 25, "d32_vsub_1"
	CHECK_D 28, 23, "d32_vsub_2"
	CHECK_D 29, 29, "d32_vsub_untouched"

	@ LEN and STRIDE read back.
	FPSCR_LEN 7, 3
	vmrs r0, fpscr
	CHECK_EQ r0, 0x00370000, "fpscr_len_stride"
	FPSCR_LEN 0, 0
	pop {r4-r11, pc}
