@ Branch offsets in every encoding, forward and backward, near the ends of
@ their ranges (ARM ARM A8.8.18 B, A8.8.25 BL/BLX): ARM B/BL/BLX (+-32 MiB),
@ Thumb B<c> T1 (+-256 B), B T2 (+-2 KiB), B<c>.W T3 (+-1 MiB, J1/J2 as
@ plain bits), B.W T4 and BL/BLX T1/T2 (+-16 MiB, I1 = NOT(J1 EOR S));
@ ARM BLX to a Thumb target at a halfword (H = 1) address.  Code at 0x600e0000
@ (.text.mid) and 0x60f00000 (.text.far) is placed by link.ld.

	.include "harness.inc"

	.section .text.mid, "ax"
	.thumb
	.type mid_thumb_fn, %function
	.thumb_func
mid_thumb_fn:				@ r0 += 0x10, Thumb, ~900 KiB away
	adds r0, r0, #0x10
	bx lr
mid_back:				@ B<c>.W target from test_main (Z set)
	add r0, r0, #0x20		@ no flags: Z stays set
	beq.w mid_return		@ backward T3 is in test_main

	.section .text.far, "ax"
	.arm
	.type far_arm_fn, %function
far_arm_fn:				@ r0 += 0x100, ARM, ~15 MiB away
	add r0, r0, #0x100
	bx lr
	.thumb
	.type far_thumb_fn, %function
	.thumb_func
far_thumb_fn:				@ r0 += 0x1000, Thumb
	add r0, r0, #0x1000
	bx lr
	.balign 4
	nop
	.type far_thumb_odd, %function
	.thumb_func
far_thumb_odd:				@ at an address that is 2 mod 4
	add r0, r0, #0x2000
	bx lr
far_b_target:				@ B.W from test_main, back with B.W
	add r0, r0, #0x4000
	b.w far_b_return

	.text
	.arm
	.global test_main
test_main:
	@ ARM BL / BLX immediate to far code
	mov r0, #0
	bl far_arm_fn
	CHECK_EQ r0, 0x100, a_bl_far
	blx far_thumb_fn
	CHECK_EQ r0, 0x1100, a_blx_far_thumb
	blx far_thumb_odd		@ H bit set
	CHECK_EQ r0, 0x3100, a_blx_far_thumb_h
	blx mid_thumb_fn
	CHECK_EQ r0, 0x3110, a_blx_mid
	@ ARM B backward across the image
	b 2f
1:	add r0, r0, #1
	b 3f
2:	.rept 64
	nop
	.endr
	b 1b
3:	CHECK_EQ r0, 0x3111, a_b_back

	ENTER_THUMB
	mov r0, #0
	bl far_thumb_fn			@ BL T1, +15 MiB
	CHECK_EQ r0, 0x1000, t_bl_far
	blx far_arm_fn			@ BLX T2, +15 MiB
	CHECK_EQ r0, 0x1100, t_blx_far
	bl far_thumb_odd
	CHECK_EQ r0, 0x3100, t_bl_far_odd
	bl mid_thumb_fn
	CHECK_EQ r0, 0x3110, t_bl_mid
	b.w far_b_target		@ B T4, +15 MiB
	FAIL_HERE t_b_far_fell_through
	.global far_b_return
far_b_return:
	CHECK_EQ r0, 0x7110, t_b_far_round_trip
	SET_NZCV 0b0100
	beq.w mid_back			@ B<c> T3 forward, ~900 KiB
	FAIL_HERE t_bcond_w_fell_through
	.global mid_return
mid_return:
	CHECK_EQ r0, 0x7130, t_bcond_w_round_trip
	@ B<c> T1 at +-256 and B T2 at +-2 KiB
	mov r0, #0
	SET_NZCV 0b0100
	beq 4f				@ forward, near +254
	.rept 126
	nop
	.endr
	orr r0, r0, #1			@ skipped: 4 bytes, offset then 254
4:	b 6f
5:	orr r0, r0, #2
	b 7f
6:	.rept 1015
	nop
	.endr
	b 5b				@ backward B T2, about -2 KiB
7:	CHECK_EQ r0, 2, t_b16_ranges
	SET_NZCV 0b0100
	b 9f
8:	orr r0, r0, #4
	b 10f
9:	.rept 123
	nop
	.endr
	beq 8b				@ backward B<c> T1, -256
10:	CHECK_EQ r0, 6, t_bcond16_back
	ENTER_ARM
	TEST_END
