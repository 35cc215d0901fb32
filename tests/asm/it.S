@ Thumb IT blocks (ARM ARM A8.8.54 IT, A2.5.2 ITSTATE): every length and mask
@ (IT, ITT, ITE, ... ITEEE: 15 patterns) with every condition EQ..LE under
@ flags that make it pass and fail; 16-bit instructions that set flags outside
@ an IT block do not inside one (ADD, MOV, LSL), CMP and 32-bit ADDS do, and
@ later instructions of the block see the new flags; a branch as the last
@ instruction; an Undefined Instruction (UDF) inside a block whose handler
@ advances the saved IT state and returns to the rest of the block.

	.include "harness.inc"

	.thumb
@ it_case pattern, cond, inverse cond, flags: bit i of r0 set when the
@ i-th instruction of the block ran.
.macro it_case pat, c, ic, f
	SET_NZCV \f
	mov r0, #0
	it\pat \c
	orr\c r0, r0, #1
	.set itb, 2
	.ifnb \pat
	.irpc ch, \pat
	.ifc \ch,t
	orr\c r0, r0, #itb
	.else
	orr\ic r0, r0, #itb
	.endif
	.set itb, itb << 1
	.endr
	.endif
	COND_EXPECT \f
	.set itp, (ce_mask >> cond_\c) & 1
	.set itexp, itp
	.set itb, 2
	.ifnb \pat
	.irpc ch, \pat
	.ifc \ch,t
	.set itexp, itexp | (itp * itb)
	.else
	.set itexp, itexp | ((itp ^ 1) * itb)
	.endif
	.set itb, itb << 1
	.endr
	.endif
	CHECK_EQ r0, itexp, it\pat\()_\c\()_f\f
	CHECK_NZCV \f, it\pat\()_\c\()_f\f\()_flags
.endm

.macro it_conds pat, f
	it_case \pat, eq, ne, \f
	it_case \pat, ne, eq, \f
	it_case \pat, cs, cc, \f
	it_case \pat, cc, cs, \f
	it_case \pat, mi, pl, \f
	it_case \pat, pl, mi, \f
	it_case \pat, vs, vc, \f
	it_case \pat, vc, vs, \f
	it_case \pat, hi, ls, \f
	it_case \pat, ls, hi, \f
	it_case \pat, ge, lt, \f
	it_case \pat, lt, ge, \f
	it_case \pat, gt, le, \f
	it_case \pat, le, gt, \f
.endm

@ Flags 0000, 1111, 0010 and 1000 make each condition both pass and fail.
.macro it_pattern pat
	.irp f, 0, 15, 2, 8
	it_conds \pat, \f
	.endr
.endm

	.arm
	.global test_main
test_main:
	ENTER_THUMB
	.irp pat, ,t,e,tt,te,et,ee,ttt,tte,tet,tee,ett,ete,eet,eee
	it_pattern \pat
	.endr

	@ 16-bit ADD/MOV/LSL inside IT do not set flags (they do outside)
	mvn r1, #0
	movs r2, #1
	SET_NZCV 0b1000
	it mi
	addmi r1, r1, r2		@ T1 ADDS encoding, no flags in IT
	CHECK_EQ r1, 0, it_add16_result
	CHECK_NZCV 0b1000, it_add16_no_flags
	mvn r1, #0
	adds r1, r1, r2			@ the same encoding outside IT
	CHECK_NZCV 0b0110, it_add16_outside_sets
	SET_NZCV 0b1000
	it mi
	movmi r1, #0			@ T1 MOVS encoding
	CHECK_EQ r1, 0, it_mov16_result
	CHECK_NZCV 0b1000, it_mov16_no_flags
	mov32 r1, 0x80000000
	SET_NZCV 0b1000
	it mi
	lslmi r1, r1, #1		@ T1 LSLS encoding
	CHECK_EQ r1, 0, it_lsl16_result
	CHECK_NZCV 0b1000, it_lsl16_no_flags
	@ 32-bit ADDS inside IT sets flags, and the next instruction sees them
	mvn r1, #0
	mov r0, #0
	SET_NZCV 0b1000
	itt mi
	addsmi r1, r1, r2		@ N cleared, Z C set
	orrmi r0, r0, #1		@ now fails
	CHECK_EQ r0, 0, it_adds32_next_sees_flags
	CHECK_NZCV 0b0110, it_adds32_flags
	@ CMP inside IT sets flags; the E instruction then passes
	mov r0, #0
	SET_NZCV 0b1000
	ite mi
	cmpmi r2, r2			@ Z C, N clear
	orrpl r0, r0, #2
	CHECK_EQ r0, 2, it_cmp_then_else_runs
	CHECK_NZCV 0b0110, it_cmp_flags
	@ a 4-instruction block whose flags change twice
	mov r0, #0
	mov r3, #5
	SET_NZCV 0b0100			@ EQ
	itete eq
	cmpeq r3, #6			@ runs: 5 - 6, N set, Z C clear -> NE
	orrne r0, r0, #2		@ runs (NE now passes)
	cmpeq r3, #5			@ skipped (EQ fails)
	orrne r0, r0, #8		@ runs
	CHECK_EQ r0, 10, it_flags_change_twice
	CHECK_NZCV 0b1000, it_flags_change_twice_f

	@ a branch as the last instruction of a block, taken and not
	mov r0, #0
	SET_NZCV 0b0100
	itt eq
	orreq r0, r0, #1
	beq 1f
	orr r0, r0, #0x10		@ skipped by the branch
1:	CHECK_EQ r0, 1, it_branch_taken
	mov r0, #0
	SET_NZCV 0b0000
	itt eq
	orreq r0, r0, #1
	beq.w 2f
	orr r0, r0, #0x10		@ not skipped
2:	CHECK_EQ r0, 0x10, it_branch_not_taken
	adr r3, 3f
	add r3, r3, #1
	mov r0, #0
	SET_NZCV 0b0000
	ite ne
	movne r0, #1
	bxeq r3				@ not taken
	orr r0, r0, #0x20
3:	CHECK_EQ r0, 0x21, it_bx_not_taken
	adr r3, 4f
	add r3, r3, #1
	SET_NZCV 0b0100
	it eq
	bxeq r3				@ taken
	FAIL_HERE it_bx_fell_through
4:	ENTER_ARM

	@ UDF inside an ITTT EQ block: the handler sees ITSTATE of the UDF in
	@ SPSR, advances it and returns to the next instruction of the block.
	SET_HANDLER und, it_und
	ENTER_THUMB
	mov r0, #0
	SET_NZCV 0b0100
	ittt eq
	orreq r0, r0, #1
it_udf:	udfeq #7
	orreq r0, r0, #4		@ third: still conditional (EQ passes)
	orr r0, r0, #8			@ after the block
	CHECK_EQ r0, 13, it_udf_block_resumed
	mov r0, #0
	SET_NZCV 0b0100
	itete eq
	orreq r0, r0, #1
	orrne r0, r0, #2
it_udf2: udfeq #8
	orrne r0, r0, #8		@ fourth: NE fails
	orr r0, r0, #16
	CHECK_EQ r0, 17, it_udf_block2_resumed
	ENTER_ARM
	RESET_HANDLER und
	@ ITTT EQ: firstcond 0000, mask 0010: ITSTATE 0x02 at the first
	@ instruction, 0x04 at the second (ITAdvance shifts ITSTATE[4:0] left).
	@ ITETE EQ: mask 1011: 0x0b, 0x16, then 0x0c at the third.
	@ IT[1:0] is saved in SPSR[26:25], IT[7:2] in SPSR[15:10].
	CHECK_MEM it_rec, it_udf + 2, it_udf_lr
	CHECK_MEM it_rec + 4, (0x400001f3 | ((0x04 & 3) << 25) | ((0x04 >> 2) << 10)), it_udf_spsr
	CHECK_MEM it_rec + 8, it_udf2 + 2, it_udf2_lr
	CHECK_MEM it_rec + 12, (0x400001f3 | ((it_st3 & 3) << 25) | ((it_st3 >> 2) << 10)), it_udf2_spsr
	TEST_END

	.equ it_st3, 0x0c
	.data
	.balign 4
it_rec:	.space 16
it_recn: .word 0
	.text
	.arm
@ Records LR and SPSR (two slots), advances SPSR.IT (ITAdvance), returns.
it_und:
	push {r0-r4}
	mov32 r0, it_recn
	ldr r4, [r0]
	add r2, r4, #1
	str r2, [r0]
	mov32 r0, it_rec
	add r0, r0, r4, lsl #3
	mrs r1, SPSR
	str lr, [r0]
	str r1, [r0, #4]
	ubfx r2, r1, #25, #2
	ubfx r3, r1, #10, #6
	orr r2, r2, r3, lsl #2		@ ITSTATE
	tst r2, #7
	moveq r2, #0
	andne r3, r2, #0xe0
	lslne r2, r2, #1
	andne r2, r2, #0x1f
	orrne r2, r2, r3
	bic r1, r1, #0x06000000
	bic r1, r1, #0xfc00
	and r3, r2, #3
	orr r1, r1, r3, lsl #25
	lsr r3, r2, #2
	orr r1, r1, r3, lsl #10
	msr SPSR_fsxc, r1
	pop {r0-r4}
	movs pc, lr
