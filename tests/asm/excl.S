@ Exclusive access and the local monitor (ARM ARM A3.4, A8.8.75 LDREX ...
@ A8.8.215 STREXH): STREX succeeds (status 0, memory written) only after a
@ LDREX of that address with no STREX or CLREX since; a failing STREX
@ (status 1) writes nothing; byte, halfword (zero-extended) and doubleword
@ forms; the Thumb word form with an offset.

	.include "harness.inc"

	.data
	.balign 8
ex_buf:	.word 0, 0, 0, 0

	.text
@ Reset the buffer to known words.
.macro ex_reset
	mov32 r0, ex_buf
	mov32 r1, 0x11118281
	str r1, [r0]
	mov32 r1, 0x22222222
	str r1, [r0, #4]
	mov32 r1, 0x33333333
	str r1, [r0, #8]
	mov32 r1, 0x44444444
	str r1, [r0, #12]
.endm

.macro excl_tests p
	@ word: success, then a second STREX fails
	ex_reset
	mov32 r3, 0xaaaa5555
	ldrex r1, [r0]
	CHECK_EQ r1, 0x11118281, \p\()ldrex_val
	strex r2, r3, [r0]
	CHECK_EQ r2, 0, \p\()strex_ok
	CHECK_MEM ex_buf, 0xaaaa5555, \p\()strex_ok_mem
	mov32 r3, 0xdeadbeef
	strex r2, r3, [r0]
	CHECK_EQ r2, 1, \p\()strex_again_fails
	CHECK_MEM ex_buf, 0xaaaa5555, \p\()strex_again_mem
	CHECK_EQ r3, 0xdeadbeef, \p\()strex_rt_kept
	@ STREX after CLREX fails
	ex_reset
	ldrex r1, [r0]
	clrex
	strex r2, r3, [r0]
	CHECK_EQ r2, 1, \p\()clrex_fails
	CHECK_MEM ex_buf, 0x11118281, \p\()clrex_mem
	@ STREX with no LDREX at all fails
	strex r2, r3, [r0]
	CHECK_EQ r2, 1, \p\()no_ldrex_fails
	@ the monitor follows the latest LDREX
	add r4, r0, #8
	ldrex r1, [r0]
	ldrex r1, [r4]
	CHECK_EQ r1, 0x33333333, \p\()ldrex_second_val
	strex r2, r3, [r4]
	CHECK_EQ r2, 0, \p\()second_ok
	CHECK_MEM ex_buf + 8, 0xdeadbeef, \p\()second_mem
	@ byte: zero-extended, one byte written
	ex_reset
	ldrexb r1, [r0]
	CHECK_EQ r1, 0x81, \p\()ldrexb_zext
	mov32 r3, 0x123456f0
	strexb r2, r3, [r0]
	CHECK_EQ r2, 0, \p\()strexb_ok
	CHECK_MEM ex_buf, 0x111182f0, \p\()strexb_mem
	strexb r2, r3, [r0]
	CHECK_EQ r2, 1, \p\()strexb_again_fails
	add r4, r0, #1
	ldrexb r1, [r4]
	CHECK_EQ r1, 0x82, \p\()ldrexb_odd
	strexb r2, r3, [r4]
	CHECK_EQ r2, 0, \p\()strexb_odd_ok
	CHECK_MEM ex_buf, 0x1111f0f0, \p\()strexb_odd_mem
	@ halfword: zero-extended, two bytes written
	ex_reset
	ldrexh r1, [r0]
	CHECK_EQ r1, 0x8281, \p\()ldrexh_zext
	mov32 r3, 0xcafe7777
	strexh r2, r3, [r0]
	CHECK_EQ r2, 0, \p\()strexh_ok
	CHECK_MEM ex_buf, 0x11117777, \p\()strexh_mem
	clrex
	strexh r2, r3, [r0]
	CHECK_EQ r2, 1, \p\()strexh_clrex_fails
	add r4, r0, #2
	ldrexh r1, [r4]
	CHECK_EQ r1, 0x1111, \p\()ldrexh_upper
	strexh r2, r3, [r4]
	CHECK_EQ r2, 0, \p\()strexh_upper_ok
	CHECK_MEM ex_buf, 0x77777777, \p\()strexh_upper_mem
	@ doubleword (ARM: Rt even, Rt2 = Rt + 1)
	ex_reset
	ldrexd r4, r5, [r0]
	CHECK_EQ r4, 0x11118281, \p\()ldrexd_lo
	CHECK_EQ r5, 0x22222222, \p\()ldrexd_hi
	mov32 r6, 0x01234567
	mov32 r7, 0x89abcdef
	strexd r2, r6, r7, [r0]
	CHECK_EQ r2, 0, \p\()strexd_ok
	CHECK_MEM ex_buf, 0x01234567, \p\()strexd_mem_lo
	CHECK_MEM ex_buf + 4, 0x89abcdef, \p\()strexd_mem_hi
	strexd r2, r4, r5, [r0]
	CHECK_EQ r2, 1, \p\()strexd_again_fails
	CHECK_MEM ex_buf, 0x01234567, \p\()strexd_fail_mem
	add r3, r0, #8
	ldrexd r4, r5, [r3]
	clrex
	strexd r2, r6, r7, [r3]
	CHECK_EQ r2, 1, \p\()strexd_clrex_fails
	CHECK_MEM ex_buf + 8, 0x33333333, \p\()strexd_clrex_mem
.endm

	.arm
	.global test_main
test_main:
	excl_tests a_
	ENTER_THUMB
	excl_tests t_
	@ Thumb: word forms with an immediate offset, LDREXD with any registers.
	ex_reset
	ldrex r1, [r0, #12]
	CHECK_EQ r1, 0x44444444, t_ldrex_off
	mov32 r3, 0x5a5a5a5a
	strex r2, r3, [r0, #12]
	CHECK_EQ r2, 0, t_strex_off_ok
	CHECK_MEM ex_buf + 12, 0x5a5a5a5a, t_strex_off_mem
	ldrexd r3, r8, [r0]
	CHECK_EQ r3, 0x11118281, t_ldrexd_any_lo
	CHECK_EQ r8, 0x22222222, t_ldrexd_any_hi
	mov r9, #9
	mov r10, #10
	strexd r11, r9, r10, [r0]
	CHECK_EQ r11, 0, t_strexd_any_ok
	CHECK_MEM ex_buf, 9, t_strexd_any_lo
	CHECK_MEM ex_buf + 4, 10, t_strexd_any_hi
	ENTER_ARM
	TEST_END
