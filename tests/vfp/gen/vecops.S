/*
 * vecops.S: the operations the vector generator runs, and run_vec, which runs
 * one encoding with given FPSCR and d0-d2 from a RAM code buffer.
 */
#include "vecgen.h"

	.syntax unified
	.arch armv7-a
	.fpu vfpv3
	.arm

	.macro OP kind, insn:vararg
	.word \kind
	\insn
	.endm

	.section .rodata
	.balign 4
	.global vec_ops
vec_ops:
	OP K_BIN, vadd.f32 s0, s2, s4
	OP K_BIN|K_DP, vadd.f64 d0, d1, d2
	OP K_BIN, vsub.f32 s0, s2, s4
	OP K_BIN|K_DP, vsub.f64 d0, d1, d2
	OP K_BIN, vmul.f32 s0, s2, s4
	OP K_BIN|K_DP, vmul.f64 d0, d1, d2
	OP K_BIN, vdiv.f32 s0, s2, s4
	OP K_BIN|K_DP, vdiv.f64 d0, d1, d2
	OP K_BIN, vnmul.f32 s0, s2, s4
	OP K_BIN|K_DP, vnmul.f64 d0, d1, d2
	OP K_MAC, vmla.f32 s0, s2, s4
	OP K_MAC|K_DP, vmla.f64 d0, d1, d2
	OP K_MAC, vmls.f32 s0, s2, s4
	OP K_MAC|K_DP, vmls.f64 d0, d1, d2
	OP K_MAC, vnmla.f32 s0, s2, s4
	OP K_MAC|K_DP, vnmla.f64 d0, d1, d2
	OP K_MAC, vnmls.f32 s0, s2, s4
	OP K_MAC|K_DP, vnmls.f64 d0, d1, d2
	OP K_UN, vsqrt.f32 s0, s4
	OP K_UN|K_DP, vsqrt.f64 d0, d2
	OP K_UN, vabs.f32 s0, s4
	OP K_UN|K_DP, vabs.f64 d0, d2
	OP K_UN, vneg.f32 s0, s4
	OP K_UN|K_DP, vneg.f64 d0, d2
	OP K_UN, vmov.f32 s0, s4
	OP K_UN|K_DP, vmov.f64 d0, d2
	OP K_CMP, vcmp.f32 s0, s4
	OP K_CMP|K_DP, vcmp.f64 d0, d2
	OP K_CMP, vcmpe.f32 s0, s4
	OP K_CMP|K_DP, vcmpe.f64 d0, d2
	OP K_CMPZ, vcmp.f32 s0, #0
	OP K_CMPZ|K_DP, vcmp.f64 d0, #0
	OP K_CMPZ, vcmpe.f32 s0, #0
	OP K_CMPZ|K_DP, vcmpe.f64 d0, #0
	OP K_F2I, vcvt.s32.f32 s0, s4
	OP K_F2I, vcvt.u32.f32 s0, s4
	OP K_F2I, vcvtr.s32.f32 s0, s4
	OP K_F2I, vcvtr.u32.f32 s0, s4
	OP K_F2I|K_DP, vcvt.s32.f64 s0, d2
	OP K_F2I|K_DP, vcvt.u32.f64 s0, d2
	OP K_F2I|K_DP, vcvtr.s32.f64 s0, d2
	OP K_F2I|K_DP, vcvtr.u32.f64 s0, d2
	OP K_I2F, vcvt.f32.s32 s0, s4
	OP K_I2F, vcvt.f32.u32 s0, s4
	OP K_I2F|K_DP, vcvt.f64.s32 d0, s4
	OP K_I2F|K_DP, vcvt.f64.u32 d0, s4
	OP K_F2X, vcvt.s16.f32 s0, s0, #4
	OP K_F2X, vcvt.u16.f32 s0, s0, #16
	OP K_F2X, vcvt.s32.f32 s0, s0, #1
	OP K_F2X, vcvt.u32.f32 s0, s0, #20
	OP K_F2X|K_DP, vcvt.s16.f64 d0, d0, #8
	OP K_F2X|K_DP, vcvt.u16.f64 d0, d0, #1
	OP K_F2X|K_DP, vcvt.s32.f64 d0, d0, #32
	OP K_F2X|K_DP, vcvt.u32.f64 d0, d0, #3
	OP K_X2F, vcvt.f32.s16 s0, s0, #4
	OP K_X2F, vcvt.f32.u16 s0, s0, #16
	OP K_X2F, vcvt.f32.s32 s0, s0, #1
	OP K_X2F, vcvt.f32.u32 s0, s0, #20
	OP K_X2F|K_DP, vcvt.f64.s16 d0, d0, #8
	OP K_X2F|K_DP, vcvt.f64.u16 d0, d0, #1
	OP K_X2F|K_DP, vcvt.f64.s32 d0, d0, #32
	OP K_X2F|K_DP, vcvt.f64.u32 d0, d0, #3
	OP K_S2D, vcvt.f64.f32 d0, s4
	OP K_D2S|K_DP, vcvt.f32.f64 s0, d2
	OP K_H2S, vcvtb.f32.f16 s0, s4
	OP K_H2S, vcvtt.f32.f16 s0, s4
	OP K_S2H, vcvtb.f16.f32 s0, s4
	OP K_S2H, vcvtt.f16.f32 s0, s4
	.word 0, 0

/* void run_vec(struct vec *v): v = {enc, fpscr, d0, d1, d2, out d0, out fpscr}. */
	.text
	.global run_vec
	.type run_vec, %function
run_vec:
	push	{r4, lr}
	mov	r4, r0
	ldr	r2, =code_buf
	ldr	r1, [r4]
	str	r1, [r2]
	ldr	r1, =0xe12fff1e			@ bx lr
	str	r1, [r2, #4]
	dsb
	isb
	add	r1, r4, #8
	vldmia	r1, {d0-d2}
	ldr	r1, [r4, #4]
	vmsr	fpscr, r1
	blx	r2
	vmrs	r1, fpscr
	str	r1, [r4, #40]
	vstr	d0, [r4, #32]
	mov	r1, #0
	vmsr	fpscr, r1
	pop	{r4, pc}
	.size run_vec, . - run_vec
	.ltorg

	.data
	.balign 8
code_buf:
	.word 0, 0

	.section .note.GNU-stack, "", %progbits
