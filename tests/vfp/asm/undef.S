@ undef.S: the floating-point unit's access control (ARM ARM B1.14): with
@ CPACR denying cp10/cp11, every VFP instruction is UNDEFINED, FPEXC access
@ included; with FPEXC.EN = 0 only the privileged VMRS/VMSR of FPSID, FPEXC,
@ MVFR0 and MVFR1 work; CPACR = 0b01 allows privileged modes only; FPEXC is
@ never accessible from User mode; a VFP instruction failing its condition
@ does nothing. The exception's LR and SPSR are checked in ARM and Thumb.
	.include "vharness.inc"

@ Return from an UNDEFINED instruction in SVC mode (leaving User mode).
und_to_svc:
	push {r0, r1}
	mov32 r0, h_und_count
	ldr r1, [r0]
	add r1, r1, #1
	str r1, [r0]
	mrs r1, spsr
	bic r1, r1, #0x1f
	orr r1, r1, #0x13
	msr spsr_cxsf, r1
	pop {r0, r1}
	movs pc, lr

.macro MODE_IS m, id
	push {r0}
	mrs r0, cpsr
	and r0, r0, #0x1f
	CHECK_EQ r0, \m, \id
	pop {r0}
.endm

	.global test_main
test_main:
	push {r4-r11, lr}

	@ After reset: CPACR = 0. Everything is UNDEFINED, FPEXC access too.
	vadd.f32 s0, s1, s2
	UND_COUNT r4
	CHECK_EQ r4, 1, "cpacr0_vadd"
	adr r5, 1f
1:	vmrs r0, fpexc
	UND_COUNT r4
	CHECK_EQ r4, 1, "cpacr0_vmrs_fpexc"
	mov32 r0, h_und_lr
	ldr r6, [r0]
	add r5, r5, #4
	CHECK_REG r6, r5, "arm_und_lr"
	ldr r6, [r0, #4]
	and r6, r6, #0x3f
	CHECK_EQ r6, 0x13, "arm_und_spsr"
	mov r1, #0x40000000
	vmsr fpexc, r1
	vmrs r0, fpsid
	UND_COUNT r4
	CHECK_EQ r4, 2, "cpacr0_vmsr_vmrs"

	@ CPACR full access, FPEXC.EN = 0.
	VFP_ACCESS 3, 0
	mov r0, #0
	vmsr fpexc, r0
	vmrs r0, fpexc
	CHECK_EQ r0, 0, "fpexc_read"
	vmrs r0, fpsid
	CHECK_EQ r0, 0x41033090, "fpsid"
	vmrs r0, mvfr0
	CHECK_EQ r0, 0x11110222, "mvfr0"
	vmrs r0, mvfr1
	mov32 r1, 0xff0000ff			@ the VFP fields (QEMU's also has SIMD)
	and r0, r0, r1
	CHECK_EQ r0, 0x01000011, "mvfr1_vfp_fields"
	UND_COUNT r4
	CHECK_EQ r4, 0, "disabled_id_regs"
	vadd.f64 d0, d1, d2
	vmrs r0, fpscr
	vmsr fpscr, r0
	vldr d0, [sp]
	vstmdb sp!, {d0}
	vmov r0, s0
	vmov.32 r0, d0[1]
	vmov r0, r1, d0
	vmov.f32 s0, #1.0
	vcvt.f64.f32 d0, s0
	vcmp.f32 s0, s1
	.inst 0xeef90a10			@ vmrs r0, fpinst
	UND_COUNT r4
	CHECK_EQ r4, 12, "disabled_vfp"
	mov r0, #0
	cmp r0, #0
	vaddne.f32 s0, s1, s2			@ condition fails: no exception
	UND_COUNT r4
	CHECK_EQ r4, 0, "cond_fail"

	@ Thumb: LR is the instruction + 2, SPSR.T set.
	adr r12, 2f + 1
	bx r12
	.thumb
2:	adr r5, 3f
3:	vsub.f32 s0, s1, s2
	adr r12, 4f
	bx r12
	.balign 4
	.arm
4:	UND_COUNT r4
	CHECK_EQ r4, 1, "thumb_und"
	mov32 r0, h_und_lr
	ldr r6, [r0]
	add r5, r5, #2
	CHECK_REG r6, r5, "thumb_und_lr"
	ldr r6, [r0, #4]
	and r6, r6, #0x3f
	CHECK_EQ r6, 0x33, "thumb_und_spsr"

	@ Enabled: everything works, FPINST still UNDEFINED (VFPv3).
	mov r0, #0x40000000
	vmsr fpexc, r0
	vmrs r0, fpexc
	CHECK_EQ r0, 0x40000000, "fpexc_en"
	mvn r0, #0
	vmsr fpexc, r0
	vmrs r0, fpexc
	CHECK_EQ r0, 0x40000000, "fpexc_only_en_writable"
	vmov.f32 s2, #1.5
	vmov.f32 s4, #2.5
	vadd.f32 s0, s2, s4
	vmov r0, s0
	CHECK_EQ r0, 0x40800000, "vadd_enabled"
	.inst 0xeef90a10			@ vmrs r0, fpinst
	UND_COUNT r4
	CHECK_EQ r4, 1, "fpinst"

	@ CPACR = 0b01: privileged only.
	VFP_ACCESS 1, 1
	vadd.f32 s0, s2, s2
	UND_COUNT r4
	CHECK_EQ r4, 0, "cpacr1_svc"
	SET_UND und_to_svc
	cps #0x10
	vadd.f32 s0, s4, s4			@ UNDEFINED in User mode
	MODE_IS 0x13, "cpacr1_user_back_in_svc"
	UND_COUNT r4
	CHECK_EQ r4, 1, "cpacr1_user"
	vmov r0, s0
	CHECK_EQ r0, 0x40400000, "cpacr1_user_no_result"

	@ CPACR = 0b11: User mode may compute, but not reach FPEXC or FPSID.
	VFP_ACCESS 3, 1
	cps #0x10
	vadd.f32 s0, s4, s4
	vmrs r7, fpscr
	vmrs r0, fpexc				@ UNDEFINED: back in SVC
	MODE_IS 0x13, "user_fpexc_back_in_svc"
	UND_COUNT r4
	CHECK_EQ r4, 1, "user_fpexc"
	vmov r0, s0
	CHECK_EQ r0, 0x40a00000, "user_vadd"
	cps #0x10
	vmrs r0, fpsid
	MODE_IS 0x13, "user_fpsid_back_in_svc"
	cps #0x10
	vmrs r0, mvfr0
	MODE_IS 0x13, "user_mvfr0_back_in_svc"
	UND_COUNT r4
	CHECK_EQ r4, 2, "user_id_regs"
	SET_UND h_und_skip

	pop {r4-r11, pc}
