@ Thumb-2 specifics and bit operations (ARM ARM A6.3.2 ThumbExpandImm_C,
@ A8.8.29 CBZ, A8.8.238 TBB, A8.8.106 MOVT, A8.8.20 BFI, A8.8.164 SBFX,
@ A8.8.33 CLZ, A8.8.144 RBIT, A8.8.145 REV ...): every form of the modified
@ immediate (00XY, 00XY00XY, XY00XY00, XYXYXYXY: carry kept; rotated
@ 1bcdefgh: carry = bit 31) through MOVS, ANDS, ORR, EOR, MVNS, CMP;
@ CBZ/CBNZ both ways and at long range; TBB/TBH with PC and register bases;
@ ADDW/SUBW; MOVW/MOVT; BFI/BFC/UBFX/SBFX on the edges; CLZ/RBIT/REV/REV16/
@ REVSH in Thumb (16- and 32-bit) and ARM.

	.include "harness.inc"

	.thumb
.macro t_mimm v, cin, nzcv
	SET_NZCV (((\cin) << 1) | 1)
	movs r8, #\v
	CHECK_EQ r8, \v, t_movs_\v\()_c\cin
	CHECK_NZCV \nzcv, t_movs_\v\()_c\cin\()_f
	mvn r1, #0
	SET_NZCV (((\cin) << 1) | 1)
	ands r9, r1, #\v
	CHECK_EQ r9, \v, t_ands_\v\()_c\cin
	CHECK_NZCV \nzcv, t_ands_\v\()_c\cin\()_f
	mov r1, #0
	orr r9, r1, #\v
	CHECK_EQ r9, \v, t_orr_\v\()_c\cin
	mvn r1, #0
	eor r9, r1, #\v
	CHECK_EQ r9, ~(\v), t_eor_\v\()_c\cin
	mvns r9, #\v
	CHECK_EQ r9, ~(\v), t_mvns_\v\()_c\cin
	mov32 r1, \v
	cmp r1, #\v
	CHECK_NZCV 0b0110, t_cmp_\v\()_c\cin
.endm

@ bit operations shared by both states
.macro bits_tests p
	mov32 r1, 0x12345678
	movw r0, #0xffff
	CHECK_EQ r0, 0x0000ffff, \p\()movw
	movt r0, #0x8000
	CHECK_EQ r0, 0x8000ffff, \p\()movt_keeps_low
	movw r0, #0
	CHECK_EQ r0, 0, \p\()movw_zero_extends
	@ BFI / BFC
	mov32 r0, 0xffffffff
	bfi r0, r1, #8, #16
	CHECK_EQ r0, 0xff5678ff, \p\()bfi_mid
	mov32 r0, 0
	bfi r0, r1, #0, #32
	CHECK_EQ r0, 0x12345678, \p\()bfi_all
	mov32 r0, 0
	bfi r0, r1, #31, #1
	CHECK_EQ r0, 0, \p\()bfi_top_bit0
	mov32 r0, 0
	mov r2, #1
	bfi r0, r2, #31, #1
	CHECK_EQ r0, 0x80000000, \p\()bfi_top_bit1
	mov32 r0, 0xffffffff
	bfc r0, #4, #8
	CHECK_EQ r0, 0xfffff00f, \p\()bfc_mid
	bfc r0, #0, #32
	CHECK_EQ r0, 0, \p\()bfc_all
	mov32 r0, 0xffffffff
	bfc r0, #0, #1
	CHECK_EQ r0, 0xfffffffe, \p\()bfc_bit0
	@ UBFX / SBFX
	ubfx r0, r1, #4, #8
	CHECK_EQ r0, 0x67, \p\()ubfx_mid
	ubfx r0, r1, #0, #32
	CHECK_EQ r0, 0x12345678, \p\()ubfx_all
	mov32 r2, 0x80000000
	ubfx r0, r2, #31, #1
	CHECK_EQ r0, 1, \p\()ubfx_top
	sbfx r0, r2, #31, #1
	CHECK_EQ r0, 0xffffffff, \p\()sbfx_top
	sbfx r0, r1, #4, #8		@ 0x67: positive
	CHECK_EQ r0, 0x67, \p\()sbfx_pos
	sbfx r0, r1, #8, #8		@ 0x56
	CHECK_EQ r0, 0x56, \p\()sbfx_pos2
	sbfx r0, r1, #12, #5		@ 0x45 & 0x1f = 0b00101
	CHECK_EQ r0, 5, \p\()sbfx_5bit
	sbfx r0, r1, #3, #4		@ 0x678 >> 3 = 0xcf: low 4 = 0b1111
	CHECK_EQ r0, 0xffffffff, \p\()sbfx_neg
	sbfx r0, r1, #0, #32
	CHECK_EQ r0, 0x12345678, \p\()sbfx_all
	@ CLZ
	mov r2, #0
	clz r0, r2
	CHECK_EQ r0, 32, \p\()clz_zero
	mov r2, #1
	clz r0, r2
	CHECK_EQ r0, 31, \p\()clz_one
	mov32 r2, 0x80000000
	clz r0, r2
	CHECK_EQ r0, 0, \p\()clz_top
	mov32 r2, 0x00010000
	clz r0, r2
	CHECK_EQ r0, 15, \p\()clz_mid
	@ RBIT, REV, REV16, REVSH
	mov r2, #1
	rbit r0, r2
	CHECK_EQ r0, 0x80000000, \p\()rbit_one
	rbit r0, r1
	CHECK_EQ r0, 0x1e6a2c48, \p\()rbit
	rev r0, r1
	CHECK_EQ r0, 0x78563412, \p\()rev
	rev16 r0, r1
	CHECK_EQ r0, 0x34127856, \p\()rev16
	mov32 r2, 0x12345680
	revsh r0, r2
	CHECK_EQ r0, 0xffff8056, \p\()revsh_neg
	revsh r0, r1
	CHECK_EQ r0, 0x00007856, \p\()revsh_pos
	rev r8, r1			@ high registers: 32-bit in Thumb
	CHECK_EQ r8, 0x78563412, \p\()rev_high
	rev16 r8, r1
	CHECK_EQ r8, 0x34127856, \p\()rev16_high
	revsh r8, r2
	CHECK_EQ r8, 0xffff8056, \p\()revsh_high
.endm

	.thumb
.macro tbh_case i, want
	mov r0, #\i
	mov r2, #0
	tbh [pc, r0, lsl #1]
7:	.hword (14f - 7b) / 2, (15f - 7b) / 2, (16f - 7b) / 2
14:	add r2, r2, #1
	b 16f
15:	.rept 300
	nop
	.endr
	add r2, r2, #10
16:	add r2, r2, #100
	CHECK_EQ r2, \want, t_tbh_\i
.endm

	.arm
	.global test_main
test_main:
	bits_tests a_
	ENTER_THUMB
	bits_tests t_
	t_mimm 0x000000ab, 0, 0b0001
	t_mimm 0x000000ab, 1, 0b0011
	t_mimm 0x00000000, 0, 0b0101
	t_mimm 0x00000000, 1, 0b0111
	t_mimm 0x00ab00ab, 0, 0b0001
	t_mimm 0x00ab00ab, 1, 0b0011
	t_mimm 0xab00ab00, 0, 0b1001
	t_mimm 0xab00ab00, 1, 0b1011
	t_mimm 0xabababab, 0, 0b1001
	t_mimm 0xabababab, 1, 0b1011
	t_mimm 0x00ff00ff, 0, 0b0001
	t_mimm 0x00ff00ff, 1, 0b0011
	t_mimm 0xff00ff00, 0, 0b1001
	t_mimm 0xff00ff00, 1, 0b1011
	t_mimm 0xffffffff, 0, 0b1001
	t_mimm 0xffffffff, 1, 0b1011
	t_mimm 0x01010101, 0, 0b0001
	t_mimm 0x01010101, 1, 0b0011
	t_mimm 0x80000000, 0, 0b1011
	t_mimm 0x80000000, 1, 0b1011
	t_mimm 0xd5000000, 0, 0b1011
	t_mimm 0xd5000000, 1, 0b1011
	t_mimm 0xff000000, 0, 0b1011
	t_mimm 0xff000000, 1, 0b1011
	t_mimm 0x40000000, 0, 0b0001
	t_mimm 0x40000000, 1, 0b0001
	t_mimm 0x6a800000, 0, 0b0001
	t_mimm 0x6a800000, 1, 0b0001
	t_mimm 0x7f800000, 0, 0b0001
	t_mimm 0x7f800000, 1, 0b0001
	t_mimm 0x01000000, 0, 0b0001
	@ Repeating patterns with imm8 = 0 (UNPREDICTABLE, A6.3.2): QEMU, the
	@ oracle, executes them with the value 0, keeping C.
	mvn r1, #0
	SET_NZCV 0b0011
	.inst.w 0xf0111900		@ ands.w r9, r1, #0 (pattern 01)
	CHECK_EQ r9, 0, t_ands_pat01_imm0
	CHECK_NZCV 0b0111, t_ands_pat01_imm0_f
	mov r1, #5
	.inst.w 0xf1012900		@ add.w r9, r1, #0 (pattern 10)
	CHECK_EQ r9, 5, t_add_pat10_imm0
	.inst.w 0xf0413900		@ orr.w r9, r1, #0 (pattern 11)
	CHECK_EQ r9, 5, t_orr_pat11_imm0
	t_mimm 0x01000000, 1, 0b0001
	t_mimm 0x01aa0000, 0, 0b0001
	t_mimm 0x01aa0000, 1, 0b0001
	t_mimm 0x01fe0000, 0, 0b0001
	t_mimm 0x01fe0000, 1, 0b0001
	t_mimm 0x00800000, 0, 0b0001
	t_mimm 0x00800000, 1, 0b0001
	t_mimm 0x00d50000, 0, 0b0001
	t_mimm 0x00d50000, 1, 0b0001
	t_mimm 0x00ff0000, 0, 0b0001
	t_mimm 0x00ff0000, 1, 0b0001
	t_mimm 0x00010000, 0, 0b0001
	t_mimm 0x00010000, 1, 0b0001
	t_mimm 0x0001aa00, 0, 0b0001
	t_mimm 0x0001aa00, 1, 0b0001
	t_mimm 0x0001fe00, 0, 0b0001
	t_mimm 0x0001fe00, 1, 0b0001
	t_mimm 0x00008000, 0, 0b0001
	t_mimm 0x00008000, 1, 0b0001
	t_mimm 0x0000d500, 0, 0b0001
	t_mimm 0x0000d500, 1, 0b0001
	t_mimm 0x0000ff00, 0, 0b0001
	t_mimm 0x0000ff00, 1, 0b0001
	t_mimm 0x00004000, 0, 0b0001
	t_mimm 0x00004000, 1, 0b0001
	t_mimm 0x00006a80, 0, 0b0001
	t_mimm 0x00006a80, 1, 0b0001
	t_mimm 0x00007f80, 0, 0b0001
	t_mimm 0x00007f80, 1, 0b0001
	t_mimm 0x00000200, 0, 0b0001
	t_mimm 0x00000200, 1, 0b0001
	t_mimm 0x00000354, 0, 0b0001
	t_mimm 0x00000354, 1, 0b0001
	t_mimm 0x000003fc, 0, 0b0001
	t_mimm 0x000003fc, 1, 0b0001
	t_mimm 0x00000100, 0, 0b0001
	t_mimm 0x00000100, 1, 0b0001
	t_mimm 0x000001aa, 0, 0b0001
	t_mimm 0x000001aa, 1, 0b0001
	t_mimm 0x000001fe, 0, 0b0001
	t_mimm 0x000001fe, 1, 0b0001
	@ ADDW / SUBW: plain 12-bit immediates
	mov32 r1, 0x10000
	addw r0, r1, #0xfff
	CHECK_EQ r0, 0x10fff, t_addw
	subw r0, r1, #0x801
	CHECK_EQ r0, 0xf7ff, t_subw
	@ ORN (Thumb only)
	mov r1, #0x0f
	orn r0, r1, #0xff
	CHECK_EQ r0, 0xffffff0f, t_orn_imm
	mvn r2, #0xf0
	orn r0, r1, r2
	CHECK_EQ r0, 0xff, t_orn_reg

	@ CBZ / CBNZ: taken and not taken, flags untouched
	SET_NZCV 0b1010
	mov r0, #0
	mov r1, #0
	cbz r1, 1f
	orr r0, r0, #1
1:	cbnz r1, 2f
	orr r0, r0, #2
2:	mov r1, #5
	cbz r1, 3f
	orr r0, r0, #4
3:	cbnz r1, 4f
	orr r0, r0, #8
4:	CHECK_EQ r0, 6, t_cbz_cbnz
	CHECK_NZCV 0b1010, t_cbz_flags
	@ the longest forward offset, 126 bytes
	mov r1, #0
	cbz r1, 5f
	.rept 63
	nop
	.endr
	movs r1, #1			@ skipped
5:	CHECK_EQ r1, 0, t_cbz_long

	@ TBB [pc, rm]: the table follows the instruction; entry = halfwords
	.irp i, 0, 1, 2, 3
	mov r0, #\i
	mov r2, #0
	tbb [pc, r0]
6:	.byte (10f - 6b) / 2, (11f - 6b) / 2, (12f - 6b) / 2, (13f - 6b) / 2
10:	add r2, r2, #1
11:	add r2, r2, #1
12:	add r2, r2, #1
13:	add r2, r2, #1
	CHECK_EQ r2, (4 - \i), t_tbb_\i
	.endr
	@ TBH [pc, rm, lsl #1], with a target beyond the 510-byte reach of TBB
	tbh_case 0, 101
	tbh_case 1, 110
	tbh_case 2, 100
	@ TBB/TBH with a register base: offsets are still from the TBB's PC
	adr r3, 20f
	mov r0, #1
	mov r2, #0
	tbb [r3, r0]
8:	add r2, r2, #1
9:	add r2, r2, #2
	CHECK_EQ r2, 2, t_tbb_reg_base
	adr r3, 21f
	mov r0, #1
	mov r2, #0
	tbh [r3, r0, lsl #1]
17:	add r2, r2, #1
18:	add r2, r2, #2
	CHECK_EQ r2, 2, t_tbh_reg_base
	b 22f
	.balign 4
20:	.byte (8b - 8b) / 2, (9b - 8b) / 2
	.balign 2
21:	.hword (17b - 17b) / 2, (18b - 17b) / 2
22:	ENTER_ARM
	TEST_END
