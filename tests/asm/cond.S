@ Every condition code (ARM ARM A8.3, ConditionPassed) against all 16 NZCV
@ combinations: conditional ALU ops and conditional branches in ARM state; IT
@ blocks and 16- and 32-bit conditional branches in Thumb state.  Each row
@ gathers one bit per condition EQ..AL into a mask compared with the table.

	.include "harness.inc"

	.arm
@ ARM: ORR<c> r0, r0, #bit for every c.
.macro arm_alu_row f
	SET_NZCV \f
	mov r0, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	orr\c r0, r0, #(1 << cond_\c)
	.endr
	COND_EXPECT \f
	CHECK_EQ r0, ce_mask, arm_alu_f\f
	CHECK_NZCV \f, arm_alu_flags_kept_f\f
.endm

@ ARM: B<c> taken sets the bit.
.macro arm_branch_row f
	SET_NZCV \f
	mov r1, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	b\c 1f
	b 2f
1:	orr r1, r1, #(1 << cond_\c)
2:
	.endr
	COND_EXPECT \f
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
	SET_NZCV \f
	mov r0, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	t_it_orr \c
	.endr
	COND_EXPECT \f
	CHECK_EQ r0, ce_mask, t_it_f\f
	CHECK_NZCV \f, t_it_flags_kept_f\f
.endm

@ Thumb: B<c> 16-bit (T1) and B<c>.W (T3).
.macro t_branch_row f
	SET_NZCV \f
	mov r1, #0
	mov r2, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le,al
	t_b_pair \c
	.endr
	COND_EXPECT \f
	CHECK_EQ r1, ce_mask, t_b16_f\f
	CHECK_EQ r2, ce_mask, t_b32_f\f
.endm

@ Flags from a real compare (a translator may keep them lazily), then every
@ condition through conditional moves; nzcv is what the compare must give.
.macro cmp_row op, x, y, nzcv
	mov32 r1, \x
	mov32 r2, \y
	SET_NZCV 0
	\op r1, r2
	mov r0, #0
	.irp c, eq,ne,cs,cc,mi,pl,vs,vc,hi,ls,ge,lt,gt,le
	t_or_arm_cond \c
	.endr
	COND_EXPECT \nzcv
	CHECK_EQ r0, (ce_mask & 0x3fff), \op\()_\x\()_\y
	CHECK_NZCV \nzcv, \op\()_\x\()_\y\()_flags
.endm

@ ORR<c> r0, r0, #bit in either state (an IT per instruction in Thumb).
.macro t_or_arm_cond c
	.if in_thumb
	it \c
	.endif
	orr\c r0, r0, #(1 << cond_\c)
.endm

.macro cmp_rows
	cmp_row cmp, 0, 0, 0b0110
	cmp_row cmp, 1, 2, 0b1000
	cmp_row cmp, 2, 1, 0b0010
	cmp_row cmp, 0x80000000, 1, 0b0011
	cmp_row cmp, 0x7fffffff, 0xffffffff, 0b1001
	cmp_row cmp, 0xffffffff, 0, 0b1010
	cmp_row cmp, 0x80000000, 0x80000000, 0b0110
	cmp_row cmp, 0x7fffffff, 0x80000000, 0b1001
	cmp_row cmp, 0xfffffffe, 0x7fffffff, 0b0011
	cmp_row cmp, 0x40000000, 0xc0000000, 0b1001
	cmp_row cmp, 0xc0000000, 0x40000000, 0b1010
	cmp_row cmn, 0, 0, 0b0100
	cmp_row cmn, 0xffffffff, 1, 0b0110
	cmp_row cmn, 0x7fffffff, 1, 0b1001
	cmp_row cmn, 0x80000000, 0x80000000, 0b0111
	cmp_row cmn, 1, 1, 0b0000
	cmp_row cmn, 0xffffffff, 0xffffffff, 0b1010
	cmp_row cmn, 0x80000000, 0xffffffff, 0b0011
.endm

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
	.set in_thumb, 0
	cmp_rows
	ENTER_THUMB
	.irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	t_it_row \f
	.endr
	.irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	t_branch_row \f
	.endr
	.set in_thumb, 1
	cmp_rows
	ENTER_ARM
	TEST_END
