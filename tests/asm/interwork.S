@ Interworking (ARM ARM A2.3.2 BXWritePC, LoadWritePC, ALUWritePC): BX and
@ BLX (register) both ways with the link values; BLX (immediate) ARM to
@ Thumb and Thumb to ARM; BL within a state; LDR pc, POP {pc} and LDM with pc
@ switching on bit 0; in ARM state MOV pc / ADD pc / SUB pc interwork like BX,
@ in Thumb state ADD pc and MOV pc are plain branches (bit 0 ignored); the PC
@ read as an operand (insn + 8 / + 4, Align(PC, 4) for ADR and LDR literal).

	.include "harness.inc"

	.data
	.balign 4
iw_buf:	.space 16

	.text
	.thumb
	.type iw_thumb_fn, %function
	.thumb_func
iw_thumb_fn:				@ returns r0 + 1 in Thumb
	adds r0, r0, #1
	bx lr

	.arm
	.type iw_arm_fn, %function
iw_arm_fn:				@ returns r0 + 2 in ARM
	add r0, r0, #2
	bx lr

	.global test_main
test_main:
	@ BX to Thumb and back
	adr r1, 1f + 1
	mov r0, #0
	bx r1
	FAIL_HERE a_bx_fell_through
	.thumb
1:	adds r0, r0, #1			@ 16-bit: a Thumb instruction
	adr r1, 2f
	bx r1
	FAIL_HERE t_bx_fell_through
	.arm
	.balign 4
2:	CHECK_EQ r0, 1, bx_round_trip

	@ BLX register: ARM to Thumb function, LR = next ARM instruction
	mov32 r1, iw_thumb_fn
	CHECK_EQ r1, iw_thumb_fn, thumb_fn_symbol_has_bit0
	mov r0, #10
	blx r1
3:	CHECK_EQ r0, 11, a_blx_reg
	@ BLX immediate ARM -> Thumb
	mov r0, #20
	blx iw_thumb_fn
	CHECK_EQ r0, 21, a_blx_imm
	@ BL ARM -> ARM
	mov r0, #30
	bl iw_arm_fn
	CHECK_EQ r0, 32, a_bl
	@ the link value of BLX register from ARM
	adr r1, 4f
	blx r1
4:	adr r2, 4b
	CHECK_REGS lr, r2, a_blx_lr_arm_next

	ENTER_THUMB
	@ BLX register: Thumb to ARM function; LR = next Thumb insn | 1
	mov32 r1, iw_arm_fn
	mov r0, #40
	blx r1
	CHECK_EQ r0, 42, t_blx_reg
	@ BLX immediate Thumb -> ARM (target Align(PC, 4) + imm)
	mov r0, #50
	blx iw_arm_fn
	CHECK_EQ r0, 52, t_blx_imm
	mov r0, #51
	nop				@ the other halfword alignment
	blx iw_arm_fn
	CHECK_EQ r0, 53, t_blx_imm_odd
	@ BL Thumb -> Thumb
	mov r0, #60
	bl iw_thumb_fn
	CHECK_EQ r0, 61, t_bl
	@ link value of BLX register from Thumb: bit 0 set
	adr r1, 5f
	add r1, r1, #1
	blx r1
	.balign 4
5:	adr r2, 5b
	add r2, r2, #1
	CHECK_REGS lr, r2, t_blx_lr_thumb_next
	@ Thumb ADD pc, rm / MOV pc, rm: branch, bit 0 ignored, stay Thumb
	adr r1, 6f
	adr r2, 23f
	subs r1, r1, r2
	subs r1, r1, #4			@ offset from PC (insn + 4)
	orr r1, r1, #1			@ odd: ignored
	mov r0, #0
	.balign 4
23:	add pc, r1
	FAIL_HERE t_add_pc_fell_through
6:	adds r0, r0, #3
	CHECK_EQ r0, 3, t_add_pc
	adr r1, 7f
	mov pc, r1			@ bit 0 clear: still Thumb
	FAIL_HERE t_mov_pc_fell_through
	.balign 4
7:	adds r0, r0, #4
	CHECK_EQ r0, 7, t_mov_pc_stays_thumb
	@ LDR pc / POP {pc} / LDM pc from Thumb
	mov32 r2, iw_buf
	adr r1, 8f
	str r1, [r2]			@ bit 0 clear: to ARM
	ldr pc, [r2]
	FAIL_HERE t_ldr_pc_fell_through
	.arm
	.balign 4
8:	add r0, r0, #8			@ an ARM instruction
	CHECK_EQ r0, 15, t_ldr_pc_to_arm
	ENTER_THUMB
	adr r1, 9f
	push {r1}			@ to ARM
	pop {pc}
	FAIL_HERE t_pop_pc_fell_through
	.arm
	.balign 4
9:	add r0, r0, #1
	ENTER_THUMB
	adr r1, 10f
	add r1, r1, #1
	push {r1}			@ to Thumb
	pop {pc}
	FAIL_HERE t_pop_pc_thumb_fell_through
	.balign 4
10:	adds r0, r0, #1
	CHECK_EQ r0, 17, t_pop_pc
	mov32 r2, iw_buf
	adr r1, 11f
	str r1, [r2, #4]
	mov r1, #0
	ldmia r2, {r1, pc}		@ r1 = [iw_buf], pc = ARM code
	FAIL_HERE t_ldm_pc_fell_through
	.arm
	.balign 4
11:	CHECK_EQ r0, 17, t_ldm_pc_to_arm
	@ ALU writes to PC in ARM state interwork
	adr r1, 12f + 1
	mov pc, r1
	FAIL_HERE a_mov_pc_fell_through
	.thumb
	.balign 4
12:	adds r0, r0, #1
	CHECK_EQ r0, 18, a_mov_pc_to_thumb
	ENTER_ARM
	adr r1, 13f
	add pc, r1, #1			@ odd result: Thumb
	FAIL_HERE a_add_pc_fell_through
	.thumb
	.balign 4
13:	adds r0, r0, #1
	ENTER_ARM
	adr r1, 14f + 3
	sub pc, r1, #2			@ 14f + 1: Thumb
	FAIL_HERE a_sub_pc_fell_through
	.thumb
	.balign 4
14:	adds r0, r0, #1
	ENTER_ARM
	CHECK_EQ r0, 20, a_alu_pc_to_thumb
	@ ADD pc, pc, rm in ARM (a jump table idiom): PC reads insn + 8
	mov r1, #4
	mov r0, #0
	add pc, pc, r1			@ to 15f + 4
15:	add r0, r0, #1			@ skipped (insn + 4)
	add r0, r0, #2			@ skipped (insn + 8)
	add r0, r0, #4			@ target (insn + 12) -- PC + 4
	CHECK_EQ r0, 4, a_add_pc_pc
	@ LDR pc from ARM: to Thumb, and with a post-index (POP-like)
	mov32 r2, iw_buf
	adr r1, 16f + 1
	str r1, [r2]
	ldr pc, [r2], #4
	FAIL_HERE a_ldr_pc_fell_through
	.thumb
	.balign 4
16:	mov r0, #0
	CHECK_EQ r2, iw_buf + 4, a_ldr_pc_post_wb
	ENTER_ARM
	@ PC as an operand: ARM reads insn + 8, Thumb insn + 4 (ADR: Align(PC,4))
17:	mov r0, pc
	adr r1, 17b + 8
	CHECK_REGS r0, r1, a_pc_read
	ldr r0, 18f			@ LDR literal
	CHECK_EQ r0, 0xabcdef01, a_ldr_literal
	b 19f
18:	.word 0xabcdef01
19:	ENTER_THUMB
	.balign 4
	nop
20:	mov r0, pc			@ at an address that is 2 mod 4
	adr r1, 20b + 4
	CHECK_REGS r0, r1, t_pc_read
	ldr r0, 21f			@ Align(PC, 4) + imm
	CHECK_EQ r0, 0x10203040, t_ldr_literal
	b 22f
	.balign 4
21:	.word 0x10203040
22:	@ 16-bit ADD Rdn, PC reads insn + 4 unaligned; ADR aligns
	.balign 4
	nop
	movs r0, #0
24:	add r0, pc			@ at 2 mod 4
	adr r1, 24b + 4
	CHECK_REGS r0, r1, t_add_pc_operand
25:	adr r0, 26f			@ ADR T1: Align(PC, 4) + imm
	b 27f
	.balign 4
26:	.word 0
27:	adr r1, 26b
	CHECK_REGS r0, r1, t_adr_fwd_back
	@ SP arithmetic, 16-bit forms
	mov r4, sp
	sub sp, #16
	add r0, sp, #8
	mov r1, r4
	sub r1, r1, #8
	CHECK_REGS r0, r1, t_add_rd_sp_imm
	movs r2, #4
	add sp, r2			@ ADD SP, Rm (T2, high register form)
	add sp, #12
	CHECK_REGS sp, r4, t_add_sp_imm
	ENTER_ARM
	TEST_END
