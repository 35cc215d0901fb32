@ Every condition code (ARM ARM A8.3, ConditionPassed) against all 16 NZCV
@ combinations: conditional ALU ops and conditional branches in ARM state; IT
@ blocks and 16- and 32-bit conditional branches in Thumb state.  Each row
@ gathers one bit per condition EQ..AL into a mask compared with the table.

	.include "harness.inc"

@ Expected mask for flags f = NZCV, bit c set when condition c passes.
.macro cond_expect f
	.set ce_n, ((\f) >> 3) & 1
	.set ce_z, ((\f) >> 2) & 1
	.set ce_c, ((\f) >> 1) & 1
	.set ce_v, (\f) & 1
	.set ce_hi, ce_c & (ce_z ^ 1)
	.set ce_ge, (ce_n ^ ce_v) ^ 1
	.set ce_gt, (ce_z ^ 1) & ce_ge
	.set ce_mask, ce_z | ((ce_z ^ 1) << 1) | (ce_c << 2) | ((ce_c ^ 1) << 3) | (ce_n << 4) | ((ce_n ^ 1) << 5) | (ce_v << 6) | ((ce_v ^ 1) << 7) | (ce_hi << 8) | ((ce_hi ^ 1) << 9) | (ce_ge << 10) | ((ce_ge ^ 1) << 11) | (ce_gt << 12) | ((ce_gt ^ 1) << 13) | (1 << 14)
.endm

.macro set_nzcv f
	mov32 r12, (\f) << 28
	msr APSR_nzcvq, r12
.endm

	.arm
@ ARM: ORR<c> r0, r0, #bit for every c.
.macro arm_alu_row f
	set_nzcv \f
	mov r0, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	orr\c r0, r0, #(1 << cond_\c)
	.endr
	cond_expect \f
	CHECK_EQ r0, ce_mask, arm_alu_f\f
	CHECK_NZCV \f, arm_alu_flags_kept_f\f
.endm

@ ARM: B<c> taken sets the bit.
.macro arm_branch_row f
	set_nzcv \f
	mov r1, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	b\c 1f
	b 2f
1:	orr r1, r1, #(1 << cond_\c)
2:
	.endr
	cond_expect \f
	CHECK_EQ r1, ce_mask, arm_b_f\f
.endm

	.thumb
.macro t_it_orr c
	.ifc \c,al
	.inst.n 0xbfe8			@ it al (gas refuses to assemble it)
	orr r0, r0, #(1 << cond_\c)
	.else
	it \c
	orr\c r0, r0, #(1 << cond_\c)
	.endif
.endm

.macro t_b_pair c
	b\c\().n 1f
	b.n 2f
1:	orr r1, r1, #(1 << cond_\c)
2:	b\c\().w 3f
	b.n 4f
3:	orr r2, r2, #(1 << cond_\c)
4:
.endm

@ Thumb: IT <c>; ORR<c>.W (32-bit inside an IT block).
.macro t_it_row f
	set_nzcv \f
	mov r0, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	t_it_orr \c
	.endr
	cond_expect \f
	CHECK_EQ r0, ce_mask, t_it_f\f
	CHECK_NZCV \f, t_it_flags_kept_f\f
.endm

@ Thumb: B<c> 16-bit (T1) and B<c>.W (T3).
.macro t_branch_row f
	set_nzcv \f
	mov r1, #0
	mov r2, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	t_b_pair \c
	.endr
	cond_expect \f
	CHECK_EQ r1, ce_mask, t_b16_f\f
	CHECK_EQ r2, ce_mask, t_b32_f\f
.endm

	.set cond_eq, 0
	.set cond_ne, 1
	.set cond_cs, 2
	.set cond_cc, 3
	.set cond_mi, 4
	.set cond_pl, 5
	.set cond_vs, 6
	.set cond_vc, 7
	.set cond_hi, 8
	.set cond_ls, 9
	.set cond_ge, 10
	.set cond_lt, 11
	.set cond_gt, 12
	.set cond_le, 13
	.set cond_al, 14

	.arm
	.global test_main
test_main:
	push {r4, lr}
	.irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	arm_alu_row \f
	.endr
	.irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	arm_branch_row \f
	.endr
	ENTER_THUMB
	.irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	t_it_row \f
	.endr
	.irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	t_branch_row \f
	.endr
	ENTER_ARM
	TEST_END
