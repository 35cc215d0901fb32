@ neon.S: Advanced SIMD control and memory behaviour that C cannot reach:
@ NEON instructions trap as UNDEFINED while FPEXC.EN = 0 (Linux's lazy switch);
@ the alignment an element or structure access asks for faults with SCTLR.A
@ clear (DFSR alignment fault, DFAR the address, WnR for stores); without it
@ the access is allowed; write-back by the transfer size and by Rm; the
@ saturating operations set FPSCR.QC and VMRS/VMSR keep it; VLD1/VST1 of a
@ device (native code with ESPT takes them to the helper). ARM ARM A8.8
@ (VLDn/VSTn), B1.14, B3.12.
	.include "vharness.inc"
	.fpu neon

@ Data aborts while the test's own table is in VBAR: r10 = DFSR, r11 = DFAR,
@ return after the faulting instruction. The rest of the table is unused.
	.balign 32
neon_vectors:
	.rept 4
	b neon_vectors
	.endr
	mrc p15, 0, r10, c5, c0, 0
	mrc p15, 0, r11, c6, c0, 0
	subs pc, lr, #4
	b neon_vectors

	.global test_main
test_main:
	push {r4-r9, lr}
	mrc p15, 0, r0, c1, c0, 2		@ CPACR: cp10, cp11 full access
	orr r0, r0, #(0xf << 20)
	mcr p15, 0, r0, c1, c0, 2
	isb
	vadd.i8 d0, d1, d2			@ FPEXC.EN = 0: UNDEFINED
	UND_COUNT r4
	CHECK_EQ r4, 1, "neon_disabled"
	mov r0, #FPEXC_EN
	vmsr fpexc, r0
	vmov.i8 d0, #7
	vadd.i8 d0, d0, d0
	vmov r0, r1, d0
	CHECK_EQ r0, 0x0e0e0e0e, "neon_enabled"
	UND_COUNT r4
	CHECK_EQ r4, 0, "no_und"

	mov32 r0, neon_vectors
	mcr p15, 0, r0, c12, c0, 0		@ VBAR
	mov32 r5, buf
	add r6, r5, #4				@ 4-byte but not 8-byte aligned
	mov r10, #0
	vld1.8 {d0}, [r6]			@ no alignment asked: fine
	CHECK_EQ r10, 0, "unaligned_ok"
	vld1.64 {d0}, [r6 :64]
	CHECK_EQ r10, 0x001, "vld1_align_dfsr"
	CHECK_REG r11, r6, "vld1_align_dfar"
	mov r10, #0
	add r6, r5, #8
	vst1.32 {d0-d1}, [r6 :128]!		@ 8 but not 16: fault, no write-back
	CHECK_EQ r10, 0x801, "vst1_align_dfsr"
	sub r0, r6, r5
	CHECK_EQ r0, 8, "no_writeback_on_abort"
	mov r10, #0
	vld4.8 {d0[1], d1[1], d2[1], d3[1]}, [r6 :32]	@ 8-aligned: fine
	CHECK_EQ r10, 0, "lane_align_ok"
	add r6, r5, #2
	vld2.16 {d0[], d1[]}, [r6 :32]
	CHECK_EQ r10, 0x001, "dup_align_dfsr"

	mov r6, r5
	mov r10, #0
	vld1.8 {d0-d3}, [r6]!			@ write-back by the transfer size
	sub r0, r6, r5
	CHECK_EQ r0, 32, "writeback_size"
	mov r7, #-12
	vst3.16 {d0[2], d1[2], d2[2]}, [r6], r7	@ by Rm
	sub r0, r6, r5
	CHECK_EQ r0, 20, "writeback_rm"
	CHECK_EQ r10, 0, "no_aborts"
	mov32 r0, h_vectors
	mcr p15, 0, r0, c12, c0, 0

	@ A device (the system registers, B3.8.1): VST1 to SYS_SW and SYS_LED,
	@ VLD1 of two registers reads what single loads read.
	mov32 r8, 0x10000004
	mov32 r0, 0x12345678
	mov r1, #0x5a
	vmov d1, r0, r1
	vst1.32 {d1}, [r8]
	sub r9, r8, #4
	vld1.32 {d2}, [r9]
	ldr r0, [r9]
	ldr r1, [r9, #4]
	vmov r2, r3, d2
	CHECK_REG r2, r0, "vld1_mmio_id"
	CHECK_REG r3, r1, "vld1_mmio_sw"
	vld1.32 {d3}, [r8]
	ldr r0, [r8, #4]
	vmov r2, r3, d3
	CHECK_REG r3, r0, "vld1_mmio_led"
	CHECK_EQ r0, 0x5a, "vst1_mmio_led"

	vmrs r0, fpscr
	bic r0, r0, #(1 << 27)
	vmsr fpscr, r0
	vmov.i8 d0, #0x7f
	vqadd.s8 d1, d0, d0
	vmrs r0, fpscr
	and r0, r0, #(1 << 27)
	CHECK_EQ r0, 0x08000000, "qc_set"
	vmov r0, r1, d1
	CHECK_EQ r0, 0x7f7f7f7f, "saturated"
	vmrs r0, fpscr
	bic r0, r0, #(1 << 27)
	vmsr fpscr, r0
	vmov.i8 d2, #1
	vadd.i8 d1, d0, d2
	vmrs r0, fpscr
	and r0, r0, #(1 << 27)
	CHECK_EQ r0, 0, "qc_clear"
	pop {r4-r9, pc}

	.data
	.balign 32
buf:	.space 64, 0x5a
