@ lazy.S: a lazy floating-point context switch as Linux does it: switching
@ tasks only clears FPEXC.EN; the next VFP instruction traps (UNDEFINED), the
@ handler checks it is a cp10/cp11 instruction, enables the unit, saves the
@ owner's d0-d31 and FPSCR with VSTM, loads the current task's with VLDM and
@ returns to run the instruction again. Task A runs in ARM state, task B in
@ Thumb state.
	.include "vharness.inc"

	.equ CTX_SIZE, 32 * 8 + 8		@ d0-d31, FPSCR, pad

@ The trap handler. Retries the instruction: ARM LR - 4, Thumb LR - 2.
lazy_und:
	push {r0-r3}
	mov32 r0, h_und_count
	ldr r1, [r0]
	add r1, r1, #1
	str r1, [r0]
	mrs r2, spsr
	tst r2, #(1 << 5)
	subne lr, lr, #2			@ the instruction's address
	subeq lr, lr, #4
	ldrhne r0, [lr]				@ its first halfword in Thumb
	ldrhne r1, [lr, #2]
	orrne r0, r1, r0, lsl #16
	ldreq r0, [lr]
	and r1, r0, #0x0e00			@ coprocessor field 101x: cp10/cp11
	cmp r1, #0x0a00
	bne lazy_not_vfp
	mov r0, #(1 << 30)			@ FPEXC.EN
	vmsr fpexc, r0
	mov32 r0, owner
	ldr r1, [r0]
	mov32 r3, current
	ldr r3, [r3]
	cmp r1, r3
	beq 1f
	cmp r1, #0
	beq 2f
	vstmia r1!, {d0-d15}			@ save the owner's state
	vstmia r1!, {d16-d31}
	vmrs r2, fpscr
	str r2, [r1]
2:	mov r1, r3
	vldmia r1!, {d0-d15}			@ load the current task's
	vldmia r1!, {d16-d31}
	ldr r2, [r1]
	vmsr fpscr, r2
	str r3, [r0]
1:	pop {r0-r3}
	movs pc, lr
lazy_not_vfp:
	mov32 r0, h_s_notvfp
	bl h_puts
	mov r0, #1
	b h_exit

@ Switch to task ctx (r0): FPEXC.EN = 0, nothing saved.
switch_to:
	mov32 r1, current
	str r0, [r1]
	mov r1, #0
	vmsr fpexc, r1
	bx lr

.macro LOAD_D dreg, lo, hi
	mov32 r0, \lo
	mov32 r1, \hi
	vmov \dreg, r0, r1
.endm

	.global test_main
test_main:
	push {r4-r11, lr}
	SET_UND lazy_und
	VFP_ACCESS 3, 1
	@ Task B's saved state: d17 = 10.0, d31 = 0.5, d0 = 7.0, FPSCR = RZ.
	mov32 r4, ctx_b
	mov32 r0, 0x40240000
	str r0, [r4, #17 * 8 + 4]
	mov32 r0, 0x3fe00000
	str r0, [r4, #31 * 8 + 4]
	mov32 r0, 0x401c0000
	str r0, [r4, #4]
	mov32 r0, 3 << 22
	str r0, [r4, #32 * 8]
	@ Task A owns the unit: d17 = 1.0, d31 = 2.0, d0 = 3.0, FPSCR = 0.
	LOAD_D d17, 0, 0x3ff00000
	LOAD_D d31, 0, 0x40000000
	LOAD_D d0, 0, 0x40080000
	mov r0, #0
	vmsr fpscr, r0
	mov32 r0, owner
	mov32 r1, ctx_a
	str r1, [r0]

	@ Switch to B (Thumb): its first VFP instruction traps and gets B's state.
	mov32 r0, ctx_b
	bl switch_to
	adr r12, 1f + 1
	bx r12
	.thumb
1:	vadd.f64 d16, d17, d31			@ traps once, then 10.0 + 0.5
	vdiv.f64 d1, d0, d31			@ 7.0 / 0.5
	vmrs r5, fpscr
	vmov r6, r7, d16
	vmov r8, r9, d1
	adr r12, 2f
	bx r12
	.balign 4
	.arm
2:	UND_COUNT r4
	CHECK_EQ r4, 1, "b_traps_once"
	CHECK_EQ r5, 3 << 22, "b_fpscr"
	CHECK_EQ r7, 0x40250000, "b_vadd"
	CHECK_EQ r6, 0, "b_vadd_lo"
	CHECK_EQ r9, 0x402c0000, "b_vdiv"
	@ A's state was saved on the way.
	mov32 r4, ctx_a
	ldr r0, [r4, #17 * 8 + 4]
	CHECK_EQ r0, 0x3ff00000, "a_saved_d17"
	ldr r0, [r4, #31 * 8 + 4]
	CHECK_EQ r0, 0x40000000, "a_saved_d31"
	ldr r0, [r4, #4]
	CHECK_EQ r0, 0x40080000, "a_saved_d0"
	ldr r0, [r4, #32 * 8]
	CHECK_EQ r0, 0, "a_saved_fpscr"

	@ Back to A (ARM): B's state is saved, A's comes back.
	mov32 r0, ctx_a
	bl switch_to
	vadd.f64 d16, d17, d31			@ traps once, then 1.0 + 2.0
	vmov r6, r7, d16
	vmov r8, r9, d0
	vmrs r5, fpscr
	UND_COUNT r4
	CHECK_EQ r4, 1, "a_traps_once"
	CHECK_EQ r7, 0x40080000, "a_vadd"
	CHECK_EQ r9, 0x40080000, "a_d0"
	CHECK_EQ r5, 0, "a_fpscr"
	mov32 r4, ctx_b
	ldr r0, [r4, #16 * 8 + 4]
	CHECK_EQ r0, 0x40250000, "b_saved_d16"
	ldr r0, [r4, #1 * 8 + 4]
	CHECK_EQ r0, 0x402c0000, "b_saved_d1"
	ldr r0, [r4, #32 * 8]
	CHECK_EQ r0, 3 << 22, "b_saved_fpscr"

	@ Switching to the task that still owns the unit: one trap, no reload.
	mov32 r0, ctx_a
	bl switch_to
	vmov r6, r7, d16
	UND_COUNT r4
	CHECK_EQ r4, 1, "owner_traps"
	CHECK_EQ r7, 0x40080000, "owner_keeps_state"
	vmov r6, r7, d16
	UND_COUNT r4
	CHECK_EQ r4, 0, "enabled_no_trap"

	SET_UND h_und_skip
	pop {r4-r11, pc}

	.section .rodata
h_s_notvfp: .asciz "FAIL trap from a non-VFP instruction\n"

	.data
	.balign 8
owner:		.word 0
current:	.word 0
	.balign 8
ctx_a:		.space CTX_SIZE
ctx_b:		.space CTX_SIZE
