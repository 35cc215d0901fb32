@ Single loads and stores in every addressing form (ARM ARM A8.8.62 LDR
@ (immediate) ... A8.8.212 STRH, A8.8.92 LDRT, A8.8.229 SWP): offset, pre-
@ and post-indexed with write-back, immediate and (ARM) scaled register
@ offsets with every shift type, added and subtracted; byte, halfword,
@ signed byte, signed halfword; literal loads; the unprivileged LDRT/STRT
@ forms (from SVC with the MMU off they reach the same memory); STR of PC;
@ SWP/SWPB with SCTLR.SW set.

	.include "harness.inc"

	.data
	.balign 8
ld_src:	.word 0x83828180, 0x87868584, 0x8b8a8988, 0x8f8e8d8c
	.word 0x13121110, 0x17161514, 0x1b1a1918, 0x1f1e1d1c
ld_dst:	.space 32
	.equ B, ld_src + 16

	.text
@ lds insn, dst, addressing, value, base-after, id: r8 is the base (ld_src + 16)
.macro lds insn, addr, val, wb, id
	mov32 r8, ld_src + 16
	mov r9, #4
	mov32 r10, 0xfffffffc		@ -4
	\insn r0, \addr
	CHECK_EQ r0, \val, \id
	CHECK_EQ r8, \wb, \id\()_base
.endm

.macro loads_common p
	lds ldr, "[r8]", 0x13121110, B, \p\()ldr
	lds ldr, "[r8, #4]", 0x17161514, B, \p\()ldr_imm
	lds ldr, "[r8, #-4]", 0x8f8e8d8c, B, \p\()ldr_neg
	lds ldr, "[r8, #8]!", 0x1b1a1918, B + 8, \p\()ldr_pre
	lds ldr, "[r8, #-12]!", 0x87868584, B - 12, \p\()ldr_pre_neg
	lds ldr, "[r8], #4", 0x13121110, B + 4, \p\()ldr_post
	lds ldr, "[r8], #-16", 0x13121110, B - 16, \p\()ldr_post_neg
	lds ldr, "[r8, r9]", 0x17161514, B, \p\()ldr_reg
	lds ldr, "[r8, r9, lsl #1]", 0x1b1a1918, B, \p\()ldr_reg_lsl
	lds ldr, "[r8, #1]", 0x14131211, B, \p\()ldr_unaligned
	lds ldrb, "[r8, #-1]", 0x8f, B, \p\()ldrb_neg
	lds ldrb, "[r8, #3]!", 0x13, B + 3, \p\()ldrb_pre
	lds ldrb, "[r8], #1", 0x10, B + 1, \p\()ldrb_post
	lds ldrb, "[r8, r9]", 0x14, B, \p\()ldrb_reg
	lds ldrsb, "[r8, #-2]", 0xffffff8e, B, \p\()ldrsb_neg
	lds ldrsb, "[r8, #2]", 0x12, B, \p\()ldrsb_pos
	lds ldrsb, "[r8, #-5]!", 0xffffff8b, B - 5, \p\()ldrsb_pre
	lds ldrsb, "[r8], #-1", 0x10, B - 1, \p\()ldrsb_post
	lds ldrsb, "[r8, r9]", 0x14, B, \p\()ldrsb_reg
	lds ldrh, "[r8, #-2]", 0x8f8e, B, \p\()ldrh_neg
	lds ldrh, "[r8, #6]!", 0x1716, B + 6, \p\()ldrh_pre
	lds ldrh, "[r8], #2", 0x1110, B + 2, \p\()ldrh_post
	lds ldrh, "[r8, r9]", 0x1514, B, \p\()ldrh_reg
	lds ldrsh, "[r8, #-4]", 0xffff8d8c, B, \p\()ldrsh_neg
	lds ldrsh, "[r8, #2]", 0x1312, B, \p\()ldrsh_pos
	lds ldrsh, "[r8, #-14]!", 0xffff8382, B - 14, \p\()ldrsh_pre
	lds ldrsh, "[r8], #-8", 0x1110, B - 8, \p\()ldrsh_post
	lds ldrsh, "[r8, r9]", 0x1514, B, \p\()ldrsh_reg
	lds ldrt, "[r8]", 0x13121110, B, \p\()ldrt
	lds ldrbt, "[r8]", 0x10, B, \p\()ldrbt

	@ stores
	mov32 r8, ld_dst + 16
	mov32 r0, 0xa3a2a1a0
	mov r9, #4
	str r0, [r8, #-4]!
	CHECK_EQ r8, ld_dst + 12, \p\()str_pre_wb
	CHECK_MEM ld_dst + 12, 0xa3a2a1a0, \p\()str_pre
	strb r0, [r8], #1
	CHECK_EQ r8, ld_dst + 13, \p\()strb_post_wb
	CHECK_MEM ld_dst + 12, 0xa3a2a1a0, \p\()strb_post
	mov r1, #0x55
	strb r1, [r8, #2]
	CHECK_MEM ld_dst + 12, 0x55a2a1a0, \p\()strb_off
	mov32 r1, 0x12345678
	strh r1, [r8, #-1]!
	CHECK_EQ r8, ld_dst + 12, \p\()strh_pre_wb
	CHECK_MEM ld_dst + 12, 0x55a25678, \p\()strh_pre
	strh r1, [r8], #-12
	CHECK_EQ r8, ld_dst, \p\()strh_post_wb
	str r1, [r8, r9]
	CHECK_MEM ld_dst + 4, 0x12345678, \p\()str_reg
	strb r1, [r8, r9]
	CHECK_MEM ld_dst + 4, 0x12345678, \p\()strb_reg
	mov32 r1, 0xbeef
	strh r1, [r8, r9]
	CHECK_MEM ld_dst + 4, 0x1234beef, \p\()strh_reg
	mov32 r1, 0xcafef00d
	strt r1, [r8]
	CHECK_MEM ld_dst, 0xcafef00d, \p\()strt
	mov r1, #0x0d
	strbt r1, [r8]
	CHECK_MEM ld_dst, 0xcafef00d, \p\()strbt
	@ unaligned STR and STRH (SCTLR.A = 0)
	mov32 r8, ld_dst + 16
	mov32 r1, 0x44332211
	str r1, [r8, #1]
	CHECK_MEM ld_dst + 16, 0x33221100, \p\()str_unaligned_lo
	CHECK_MEM ld_dst + 20, 0x00000044, \p\()str_unaligned_hi
	mov32 r1, 0xabcd
	strh r1, [r8, #3]
	CHECK_MEM ld_dst + 16, 0xcd221100, \p\()strh_unaligned_lo
	CHECK_MEM ld_dst + 20, 0x000000ab, \p\()strh_unaligned_hi
	mov r1, #0
	str r1, [r8]
	str r1, [r8, #4]
.endm

	.arm
	.global test_main
test_main:
	mov32 r0, ld_dst
	mov r1, #0
	.irp i, 0, 4, 8, 12, 16, 20, 24, 28
	str r1, [r0, #\i]
	.endr
	loads_common a_
	@ ARM only: scaled, subtracted and written-back register offsets,
	@ register offsets for halfwords with write-back, literal and PC forms.
	lds ldr, "[r8, -r9]", 0x8f8e8d8c, B, a_ldr_reg_sub
	lds ldr, "[r8, r9, lsl #1]!", 0x1b1a1918, B + 8, a_ldr_reg_lsl_pre
	lds ldr, "[r8, -r9, lsl #2]", 0x83828180, B, a_ldr_reg_sub_lsl
	lds ldr, "[r8, r10, asr #1]", 0x11108f8e, B, a_ldr_reg_asr
	lds ldr, "[r8, r9, lsr #1]", 0x15141312, B, a_ldr_reg_lsr
	lds ldr, "[r8, r9, ror #31]", 0x1b1a1918, B, a_ldr_reg_ror
	lds ldr, "[r8], r9, lsl #1", 0x13121110, B + 8, a_ldr_post_reg_lsl
	lds ldr, "[r8], -r9", 0x13121110, B - 4, a_ldr_post_reg_sub
	lds ldrb, "[r8, -r9, lsl #1]!", 0x88, B - 8, a_ldrb_reg_pre
	lds ldrh, "[r8, -r9]!", 0x8d8c, B - 4, a_ldrh_reg_pre
	lds ldrh, "[r8], r9", 0x1110, B + 4, a_ldrh_reg_post
	lds ldrsb, "[r8], -r9", 0x10, B - 4, a_ldrsb_reg_post
	lds ldrsh, "[r8, r9]!", 0x1514, B + 4, a_ldrsh_reg_pre
	lds ldrt, "[r8], r9, lsl #2", 0x13121110, B + 16, a_ldrt_reg
	lds ldrt, "[r8], #4", 0x13121110, B + 4, a_ldrt_post
	lds ldrbt, "[r8], #-1", 0x10, B - 1, a_ldrbt_post
	lds ldrht, "[r8], #2", 0x1110, B + 2, a_ldrht
	lds ldrsbt, "[r8], #-1", 0x10, B - 1, a_ldrsbt
	lds ldrsht, "[r8], r9", 0x1110, B + 4, a_ldrsht_reg
	ldr r0, 1f
	CHECK_EQ r0, 0x5a5a1234, a_ldr_lit_fwd
	b 2f
1:	.word 0x5a5a1234
2:	ldr r0, 1b
	CHECK_EQ r0, 0x5a5a1234, a_ldr_lit_back
	ldrh r0, 1b
	CHECK_EQ r0, 0x1234, a_ldrh_lit
	ldrsb r0, 1b + 3
	CHECK_EQ r0, 0x5a, a_ldrsb_lit
	@ STR PC stores the instruction's address + 8
	mov32 r8, ld_dst
3:	str pc, [r8]
	CHECK_MEM ld_dst, 3b + 8, a_str_pc
	@ SWP / SWPB (SCTLR.SW = 1)
	mrc p15, 0, r4, c1, c0, 0
	orr r0, r4, #(1 << 10)
	mcr p15, 0, r0, c1, c0, 0
	isb
	mov32 r8, ld_dst
	mov32 r1, 0x01020304
	str r1, [r8]
	mov32 r2, 0xa0b0c0d0
	.inst 0xe1080092		@ swp r0, r2, [r8] (gas calls it deprecated)
	CHECK_EQ r0, 0x01020304, a_swp_old
	CHECK_MEM ld_dst, 0xa0b0c0d0, a_swp_new
	mov r2, #0x77
	.inst 0xe1480092		@ swpb r0, r2, [r8]
	CHECK_EQ r0, 0xd0, a_swpb_old
	CHECK_MEM ld_dst, 0xa0b0c077, a_swpb_new
	mov r3, #0x99
	.inst 0xe1083093		@ swp r3, r3, [r8]: memory gets the old r3
	CHECK_EQ r3, 0xa0b0c077, a_swp_same_reg_old
	CHECK_MEM ld_dst, 0x99, a_swp_same_reg_new
	mcr p15, 0, r4, c1, c0, 0
	isb

	ENTER_THUMB
	loads_common t_
	@ Thumb only: 16-bit forms, SP-relative, literal with a negative offset
	mov32 r1, ld_src
	ldr r0, [r1, #4]		@ T1 imm5
	CHECK_EQ r0, 0x87868584, t_ldr16_imm
	movs r2, #8
	ldr r0, [r1, r2]
	CHECK_EQ r0, 0x8b8a8988, t_ldr16_reg
	ldrsb r0, [r1, r2]
	CHECK_EQ r0, 0xffffff88, t_ldrsb16_reg
	ldrsh r0, [r1, r2]
	CHECK_EQ r0, 0xffff8988, t_ldrsh16_reg
	ldrh r0, [r1, #6]
	CHECK_EQ r0, 0x8786, t_ldrh16_imm
	ldrb r0, [r1, #31]
	CHECK_EQ r0, 0x1f, t_ldrb16_imm
	movs r3, #6
	ldr r0, [r1, r3, lsl #2]	@ T2 with a shift
	CHECK_EQ r0, 0x1b1a1918, t_ldr_reg_lsl2
	ldrsh r0, [r1, r2, lsl #1]
	CHECK_EQ r0, 0x1110, t_ldrsh_reg_lsl1
	mov32 r8, ld_src + 16
	ldrt r0, [r8, #4]		@ unprivileged, offset form
	CHECK_EQ r0, 0x17161514, t_ldrt_off
	ldrsht r0, [r8, #6]
	CHECK_EQ r0, 0x1716, t_ldrsht_off
	mov32 r8, ld_dst
	mov32 r0, 0x31415926
	strt r0, [r8, #8]
	CHECK_MEM ld_dst + 8, 0x31415926, t_strt_off
	sub sp, sp, #8
	mov32 r0, 0x66778899
	str r0, [sp, #4]		@ SP-relative 16-bit
	ldr r3, [sp, #4]
	add sp, sp, #8
	CHECK_EQ r3, 0x66778899, t_str_ldr_sp
	b 5f
	.balign 4
4:	.word 0xfedcba98
5:	ldr.w r0, 4b			@ literal, subtracted offset
	CHECK_EQ r0, 0xfedcba98, t_ldr_lit_neg
	ldrsh r0, 4b + 2
	CHECK_EQ r0, 0xfffffedc, t_ldrsh_lit
	ENTER_ARM
	TEST_END
