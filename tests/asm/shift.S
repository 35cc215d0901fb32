@ Shifts (ARM ARM A8.4 Shift_C, A8.8.105 LSL register ...): by a register
@ holding 0, 1, 4, 31, 32, 33, 255, 256 and 0x120 (only Rs[7:0] counts) for
@ LSL/LSR/ASR/ROR with the flag-setting move (value and carry out; an amount
@ of 0 keeps C), the 16-bit Thumb forms, register-shifted operands of ALU ops
@ (ARM), immediate shifts including LSR #32, ASR #32 and RRX, and the carry
@ out of a rotated ARM immediate.  V is set before each case and must stay.

	.include "harness.inc"

@ sh_reg kind, x, amount, cin, result, nzcv, id
.macro sh_reg k, x, amt, cin, res, nzcv, id
	mov32 r1, \x
	mov32 r2, \amt
	SET_NZCV (((\cin) << 1) | 1)
	\k\()s r0, r1, r2
	CHECK_EQ r0, \res, \id
	CHECK_NZCV \nzcv, \id\()_f
	mov r3, r1
	SET_NZCV (((\cin) << 1) | 1)
	\k\()s r3, r3, r2		@ 16-bit form in Thumb
	CHECK_EQ r3, \res, \id\()_rdn
	CHECK_NZCV \nzcv, \id\()_rdn_f
	CHECK_EQ r2, \amt, \id\()_rs_kept
	.if in_arm
	mov32 r4, 0xffffffff
	SET_NZCV (((\cin) << 1) | 1)
	ands r0, r4, r1, \k r2
	CHECK_EQ r0, \res, \id\()_ands
	CHECK_NZCV \nzcv, \id\()_ands_f
	mov r4, #0
	SET_NZCV 0b1111
	add r0, r4, r1, \k r2
	CHECK_EQ r0, \res, \id\()_add
	CHECK_NZCV 0b1111, \id\()_add_f
	.endif
.endm

@ sh_imm kind, n, x, cin, result, nzcv, id
.macro sh_imm k, n, x, cin, res, nzcv, id
	mov32 r1, \x
	SET_NZCV (((\cin) << 1) | 1)
	.ifc \k,rrx
	rrxs r0, r1
	.else
	\k\()s r0, r1, #\n
	.endif
	CHECK_EQ r0, \res, \id
	CHECK_NZCV \nzcv, \id\()_f
	.if in_arm == 0
	.ifnc \k,rrx
	SET_NZCV (((\cin) << 1) | 1)
	\k\()s.w r0, r1, #\n		@ 32-bit form of the 16-bit shifts
	CHECK_EQ r0, \res, \id\()_w
	CHECK_NZCV \nzcv, \id\()_w_f
	.endif
	.endif
	.if in_arm
	mov32 r4, 0xffffffff
	SET_NZCV (((\cin) << 1) | 1)
	.ifc \k,rrx
	ands r0, r4, r1, rrx
	.else
	ands r0, r4, r1, \k #\n
	.endif
	CHECK_EQ r0, \res, \id\()_ands
	CHECK_NZCV \nzcv, \id\()_ands_f
	.endif
.endm

.macro shift_tests p
	sh_reg lsl, 0xb4000029, 0x0, 0, 0xb4000029, 0b1001, \p\()movs_lsl_b4000029_0_c0
	sh_reg lsl, 0xb4000029, 0x0, 1, 0xb4000029, 0b1011, \p\()movs_lsl_b4000029_0_c1
	sh_reg lsl, 0xb4000029, 0x1, 0, 0x68000052, 0b0011, \p\()movs_lsl_b4000029_1_c0
	sh_reg lsl, 0xb4000029, 0x4, 0, 0x40000290, 0b0011, \p\()movs_lsl_b4000029_4_c0
	sh_reg lsl, 0xb4000029, 0x1f, 0, 0x80000000, 0b1001, \p\()movs_lsl_b4000029_1f_c0
	sh_reg lsl, 0xb4000029, 0x20, 0, 0x00000000, 0b0111, \p\()movs_lsl_b4000029_20_c0
	sh_reg lsl, 0xb4000029, 0x21, 0, 0x00000000, 0b0101, \p\()movs_lsl_b4000029_21_c0
	sh_reg lsl, 0xb4000029, 0xff, 0, 0x00000000, 0b0101, \p\()movs_lsl_b4000029_ff_c0
	sh_reg lsl, 0xb4000029, 0x100, 0, 0xb4000029, 0b1001, \p\()movs_lsl_b4000029_100_c0
	sh_reg lsl, 0xb4000029, 0x100, 1, 0xb4000029, 0b1011, \p\()movs_lsl_b4000029_100_c1
	sh_reg lsl, 0xb4000029, 0x120, 0, 0x00000000, 0b0111, \p\()movs_lsl_b4000029_120_c0
	sh_reg lsl, 0x4b00005a, 0x0, 0, 0x4b00005a, 0b0001, \p\()movs_lsl_4b00005a_0_c0
	sh_reg lsl, 0x4b00005a, 0x0, 1, 0x4b00005a, 0b0011, \p\()movs_lsl_4b00005a_0_c1
	sh_reg lsl, 0x4b00005a, 0x1, 0, 0x960000b4, 0b1001, \p\()movs_lsl_4b00005a_1_c0
	sh_reg lsl, 0x4b00005a, 0x4, 0, 0xb00005a0, 0b1001, \p\()movs_lsl_4b00005a_4_c0
	sh_reg lsl, 0x4b00005a, 0x1f, 0, 0x00000000, 0b0111, \p\()movs_lsl_4b00005a_1f_c0
	sh_reg lsl, 0x4b00005a, 0x20, 0, 0x00000000, 0b0101, \p\()movs_lsl_4b00005a_20_c0
	sh_reg lsl, 0x4b00005a, 0x21, 0, 0x00000000, 0b0101, \p\()movs_lsl_4b00005a_21_c0
	sh_reg lsl, 0x4b00005a, 0xff, 0, 0x00000000, 0b0101, \p\()movs_lsl_4b00005a_ff_c0
	sh_reg lsl, 0x4b00005a, 0x100, 0, 0x4b00005a, 0b0001, \p\()movs_lsl_4b00005a_100_c0
	sh_reg lsl, 0x4b00005a, 0x100, 1, 0x4b00005a, 0b0011, \p\()movs_lsl_4b00005a_100_c1
	sh_reg lsl, 0x4b00005a, 0x120, 0, 0x00000000, 0b0101, \p\()movs_lsl_4b00005a_120_c0
	sh_reg lsr, 0xb4000029, 0x0, 0, 0xb4000029, 0b1001, \p\()movs_lsr_b4000029_0_c0
	sh_reg lsr, 0xb4000029, 0x0, 1, 0xb4000029, 0b1011, \p\()movs_lsr_b4000029_0_c1
	sh_reg lsr, 0xb4000029, 0x1, 0, 0x5a000014, 0b0011, \p\()movs_lsr_b4000029_1_c0
	sh_reg lsr, 0xb4000029, 0x4, 0, 0x0b400002, 0b0011, \p\()movs_lsr_b4000029_4_c0
	sh_reg lsr, 0xb4000029, 0x1f, 0, 0x00000001, 0b0001, \p\()movs_lsr_b4000029_1f_c0
	sh_reg lsr, 0xb4000029, 0x20, 0, 0x00000000, 0b0111, \p\()movs_lsr_b4000029_20_c0
	sh_reg lsr, 0xb4000029, 0x21, 0, 0x00000000, 0b0101, \p\()movs_lsr_b4000029_21_c0
	sh_reg lsr, 0xb4000029, 0xff, 0, 0x00000000, 0b0101, \p\()movs_lsr_b4000029_ff_c0
	sh_reg lsr, 0xb4000029, 0x100, 0, 0xb4000029, 0b1001, \p\()movs_lsr_b4000029_100_c0
	sh_reg lsr, 0xb4000029, 0x100, 1, 0xb4000029, 0b1011, \p\()movs_lsr_b4000029_100_c1
	sh_reg lsr, 0xb4000029, 0x120, 0, 0x00000000, 0b0111, \p\()movs_lsr_b4000029_120_c0
	sh_reg lsr, 0x4b00005a, 0x0, 0, 0x4b00005a, 0b0001, \p\()movs_lsr_4b00005a_0_c0
	sh_reg lsr, 0x4b00005a, 0x0, 1, 0x4b00005a, 0b0011, \p\()movs_lsr_4b00005a_0_c1
	sh_reg lsr, 0x4b00005a, 0x1, 0, 0x2580002d, 0b0001, \p\()movs_lsr_4b00005a_1_c0
	sh_reg lsr, 0x4b00005a, 0x4, 0, 0x04b00005, 0b0011, \p\()movs_lsr_4b00005a_4_c0
	sh_reg lsr, 0x4b00005a, 0x1f, 0, 0x00000000, 0b0111, \p\()movs_lsr_4b00005a_1f_c0
	sh_reg lsr, 0x4b00005a, 0x20, 0, 0x00000000, 0b0101, \p\()movs_lsr_4b00005a_20_c0
	sh_reg lsr, 0x4b00005a, 0x21, 0, 0x00000000, 0b0101, \p\()movs_lsr_4b00005a_21_c0
	sh_reg lsr, 0x4b00005a, 0xff, 0, 0x00000000, 0b0101, \p\()movs_lsr_4b00005a_ff_c0
	sh_reg lsr, 0x4b00005a, 0x100, 0, 0x4b00005a, 0b0001, \p\()movs_lsr_4b00005a_100_c0
	sh_reg lsr, 0x4b00005a, 0x100, 1, 0x4b00005a, 0b0011, \p\()movs_lsr_4b00005a_100_c1
	sh_reg lsr, 0x4b00005a, 0x120, 0, 0x00000000, 0b0101, \p\()movs_lsr_4b00005a_120_c0
	sh_reg asr, 0xb4000029, 0x0, 0, 0xb4000029, 0b1001, \p\()movs_asr_b4000029_0_c0
	sh_reg asr, 0xb4000029, 0x0, 1, 0xb4000029, 0b1011, \p\()movs_asr_b4000029_0_c1
	sh_reg asr, 0xb4000029, 0x1, 0, 0xda000014, 0b1011, \p\()movs_asr_b4000029_1_c0
	sh_reg asr, 0xb4000029, 0x4, 0, 0xfb400002, 0b1011, \p\()movs_asr_b4000029_4_c0
	sh_reg asr, 0xb4000029, 0x1f, 0, 0xffffffff, 0b1001, \p\()movs_asr_b4000029_1f_c0
	sh_reg asr, 0xb4000029, 0x20, 0, 0xffffffff, 0b1011, \p\()movs_asr_b4000029_20_c0
	sh_reg asr, 0xb4000029, 0x21, 0, 0xffffffff, 0b1011, \p\()movs_asr_b4000029_21_c0
	sh_reg asr, 0xb4000029, 0xff, 0, 0xffffffff, 0b1011, \p\()movs_asr_b4000029_ff_c0
	sh_reg asr, 0xb4000029, 0x100, 0, 0xb4000029, 0b1001, \p\()movs_asr_b4000029_100_c0
	sh_reg asr, 0xb4000029, 0x100, 1, 0xb4000029, 0b1011, \p\()movs_asr_b4000029_100_c1
	sh_reg asr, 0xb4000029, 0x120, 0, 0xffffffff, 0b1011, \p\()movs_asr_b4000029_120_c0
	sh_reg asr, 0x4b00005a, 0x0, 0, 0x4b00005a, 0b0001, \p\()movs_asr_4b00005a_0_c0
	sh_reg asr, 0x4b00005a, 0x0, 1, 0x4b00005a, 0b0011, \p\()movs_asr_4b00005a_0_c1
	sh_reg asr, 0x4b00005a, 0x1, 0, 0x2580002d, 0b0001, \p\()movs_asr_4b00005a_1_c0
	sh_reg asr, 0x4b00005a, 0x4, 0, 0x04b00005, 0b0011, \p\()movs_asr_4b00005a_4_c0
	sh_reg asr, 0x4b00005a, 0x1f, 0, 0x00000000, 0b0111, \p\()movs_asr_4b00005a_1f_c0
	sh_reg asr, 0x4b00005a, 0x20, 0, 0x00000000, 0b0101, \p\()movs_asr_4b00005a_20_c0
	sh_reg asr, 0x4b00005a, 0x21, 0, 0x00000000, 0b0101, \p\()movs_asr_4b00005a_21_c0
	sh_reg asr, 0x4b00005a, 0xff, 0, 0x00000000, 0b0101, \p\()movs_asr_4b00005a_ff_c0
	sh_reg asr, 0x4b00005a, 0x100, 0, 0x4b00005a, 0b0001, \p\()movs_asr_4b00005a_100_c0
	sh_reg asr, 0x4b00005a, 0x100, 1, 0x4b00005a, 0b0011, \p\()movs_asr_4b00005a_100_c1
	sh_reg asr, 0x4b00005a, 0x120, 0, 0x00000000, 0b0101, \p\()movs_asr_4b00005a_120_c0
	sh_reg ror, 0xb4000029, 0x0, 0, 0xb4000029, 0b1001, \p\()movs_ror_b4000029_0_c0
	sh_reg ror, 0xb4000029, 0x0, 1, 0xb4000029, 0b1011, \p\()movs_ror_b4000029_0_c1
	sh_reg ror, 0xb4000029, 0x1, 0, 0xda000014, 0b1011, \p\()movs_ror_b4000029_1_c0
	sh_reg ror, 0xb4000029, 0x4, 0, 0x9b400002, 0b1011, \p\()movs_ror_b4000029_4_c0
	sh_reg ror, 0xb4000029, 0x1f, 0, 0x68000053, 0b0001, \p\()movs_ror_b4000029_1f_c0
	sh_reg ror, 0xb4000029, 0x20, 0, 0xb4000029, 0b1011, \p\()movs_ror_b4000029_20_c0
	sh_reg ror, 0xb4000029, 0x21, 0, 0xda000014, 0b1011, \p\()movs_ror_b4000029_21_c0
	sh_reg ror, 0xb4000029, 0xff, 0, 0x68000053, 0b0001, \p\()movs_ror_b4000029_ff_c0
	sh_reg ror, 0xb4000029, 0x100, 0, 0xb4000029, 0b1001, \p\()movs_ror_b4000029_100_c0
	sh_reg ror, 0xb4000029, 0x100, 1, 0xb4000029, 0b1011, \p\()movs_ror_b4000029_100_c1
	sh_reg ror, 0xb4000029, 0x120, 0, 0xb4000029, 0b1011, \p\()movs_ror_b4000029_120_c0
	sh_reg ror, 0x4b00005a, 0x0, 0, 0x4b00005a, 0b0001, \p\()movs_ror_4b00005a_0_c0
	sh_reg ror, 0x4b00005a, 0x0, 1, 0x4b00005a, 0b0011, \p\()movs_ror_4b00005a_0_c1
	sh_reg ror, 0x4b00005a, 0x1, 0, 0x2580002d, 0b0001, \p\()movs_ror_4b00005a_1_c0
	sh_reg ror, 0x4b00005a, 0x4, 0, 0xa4b00005, 0b1011, \p\()movs_ror_4b00005a_4_c0
	sh_reg ror, 0x4b00005a, 0x1f, 0, 0x960000b4, 0b1011, \p\()movs_ror_4b00005a_1f_c0
	sh_reg ror, 0x4b00005a, 0x20, 0, 0x4b00005a, 0b0001, \p\()movs_ror_4b00005a_20_c0
	sh_reg ror, 0x4b00005a, 0x21, 0, 0x2580002d, 0b0001, \p\()movs_ror_4b00005a_21_c0
	sh_reg ror, 0x4b00005a, 0xff, 0, 0x960000b4, 0b1011, \p\()movs_ror_4b00005a_ff_c0
	sh_reg ror, 0x4b00005a, 0x100, 0, 0x4b00005a, 0b0001, \p\()movs_ror_4b00005a_100_c0
	sh_reg ror, 0x4b00005a, 0x100, 1, 0x4b00005a, 0b0011, \p\()movs_ror_4b00005a_100_c1
	sh_reg ror, 0x4b00005a, 0x120, 0, 0x4b00005a, 0b0001, \p\()movs_ror_4b00005a_120_c0
	sh_imm lsl, 0, 0xb4000029, 0, 0xb4000029, 0b1001, \p\()imm_lsl0_b4000029_c0
	sh_imm lsl, 1, 0xb4000029, 0, 0x68000052, 0b0011, \p\()imm_lsl1_b4000029_c0
	sh_imm lsl, 31, 0xb4000029, 0, 0x80000000, 0b1001, \p\()imm_lsl31_b4000029_c0
	sh_imm lsr, 1, 0xb4000029, 0, 0x5a000014, 0b0011, \p\()imm_lsr1_b4000029_c0
	sh_imm lsr, 31, 0xb4000029, 0, 0x00000001, 0b0001, \p\()imm_lsr31_b4000029_c0
	sh_imm lsr, 32, 0xb4000029, 0, 0x00000000, 0b0111, \p\()imm_lsr32_b4000029_c0
	sh_imm asr, 1, 0xb4000029, 0, 0xda000014, 0b1011, \p\()imm_asr1_b4000029_c0
	sh_imm asr, 31, 0xb4000029, 0, 0xffffffff, 0b1001, \p\()imm_asr31_b4000029_c0
	sh_imm asr, 32, 0xb4000029, 0, 0xffffffff, 0b1011, \p\()imm_asr32_b4000029_c0
	sh_imm ror, 1, 0xb4000029, 0, 0xda000014, 0b1011, \p\()imm_ror1_b4000029_c0
	sh_imm ror, 31, 0xb4000029, 0, 0x68000053, 0b0001, \p\()imm_ror31_b4000029_c0
	sh_imm rrx, 1, 0xb4000029, 0, 0x5a000014, 0b0011, \p\()imm_rrx1_b4000029_c0
	sh_imm lsl, 0, 0xb4000029, 1, 0xb4000029, 0b1011, \p\()imm_lsl0_b4000029_c1
	sh_imm lsl, 1, 0xb4000029, 1, 0x68000052, 0b0011, \p\()imm_lsl1_b4000029_c1
	sh_imm lsl, 31, 0xb4000029, 1, 0x80000000, 0b1001, \p\()imm_lsl31_b4000029_c1
	sh_imm lsr, 1, 0xb4000029, 1, 0x5a000014, 0b0011, \p\()imm_lsr1_b4000029_c1
	sh_imm lsr, 31, 0xb4000029, 1, 0x00000001, 0b0001, \p\()imm_lsr31_b4000029_c1
	sh_imm lsr, 32, 0xb4000029, 1, 0x00000000, 0b0111, \p\()imm_lsr32_b4000029_c1
	sh_imm asr, 1, 0xb4000029, 1, 0xda000014, 0b1011, \p\()imm_asr1_b4000029_c1
	sh_imm asr, 31, 0xb4000029, 1, 0xffffffff, 0b1001, \p\()imm_asr31_b4000029_c1
	sh_imm asr, 32, 0xb4000029, 1, 0xffffffff, 0b1011, \p\()imm_asr32_b4000029_c1
	sh_imm ror, 1, 0xb4000029, 1, 0xda000014, 0b1011, \p\()imm_ror1_b4000029_c1
	sh_imm ror, 31, 0xb4000029, 1, 0x68000053, 0b0001, \p\()imm_ror31_b4000029_c1
	sh_imm rrx, 1, 0xb4000029, 1, 0xda000014, 0b1011, \p\()imm_rrx1_b4000029_c1
	sh_imm lsl, 0, 0x4b00005a, 0, 0x4b00005a, 0b0001, \p\()imm_lsl0_4b00005a_c0
	sh_imm lsl, 1, 0x4b00005a, 0, 0x960000b4, 0b1001, \p\()imm_lsl1_4b00005a_c0
	sh_imm lsl, 31, 0x4b00005a, 0, 0x00000000, 0b0111, \p\()imm_lsl31_4b00005a_c0
	sh_imm lsr, 1, 0x4b00005a, 0, 0x2580002d, 0b0001, \p\()imm_lsr1_4b00005a_c0
	sh_imm lsr, 31, 0x4b00005a, 0, 0x00000000, 0b0111, \p\()imm_lsr31_4b00005a_c0
	sh_imm lsr, 32, 0x4b00005a, 0, 0x00000000, 0b0101, \p\()imm_lsr32_4b00005a_c0
	sh_imm asr, 1, 0x4b00005a, 0, 0x2580002d, 0b0001, \p\()imm_asr1_4b00005a_c0
	sh_imm asr, 31, 0x4b00005a, 0, 0x00000000, 0b0111, \p\()imm_asr31_4b00005a_c0
	sh_imm asr, 32, 0x4b00005a, 0, 0x00000000, 0b0101, \p\()imm_asr32_4b00005a_c0
	sh_imm ror, 1, 0x4b00005a, 0, 0x2580002d, 0b0001, \p\()imm_ror1_4b00005a_c0
	sh_imm ror, 31, 0x4b00005a, 0, 0x960000b4, 0b1011, \p\()imm_ror31_4b00005a_c0
	sh_imm rrx, 1, 0x4b00005a, 0, 0x2580002d, 0b0001, \p\()imm_rrx1_4b00005a_c0
	sh_imm lsl, 0, 0x4b00005a, 1, 0x4b00005a, 0b0011, \p\()imm_lsl0_4b00005a_c1
	sh_imm lsl, 1, 0x4b00005a, 1, 0x960000b4, 0b1001, \p\()imm_lsl1_4b00005a_c1
	sh_imm lsl, 31, 0x4b00005a, 1, 0x00000000, 0b0111, \p\()imm_lsl31_4b00005a_c1
	sh_imm lsr, 1, 0x4b00005a, 1, 0x2580002d, 0b0001, \p\()imm_lsr1_4b00005a_c1
	sh_imm lsr, 31, 0x4b00005a, 1, 0x00000000, 0b0111, \p\()imm_lsr31_4b00005a_c1
	sh_imm lsr, 32, 0x4b00005a, 1, 0x00000000, 0b0101, \p\()imm_lsr32_4b00005a_c1
	sh_imm asr, 1, 0x4b00005a, 1, 0x2580002d, 0b0001, \p\()imm_asr1_4b00005a_c1
	sh_imm asr, 31, 0x4b00005a, 1, 0x00000000, 0b0111, \p\()imm_asr31_4b00005a_c1
	sh_imm asr, 32, 0x4b00005a, 1, 0x00000000, 0b0101, \p\()imm_asr32_4b00005a_c1
	sh_imm ror, 1, 0x4b00005a, 1, 0x2580002d, 0b0001, \p\()imm_ror1_4b00005a_c1
	sh_imm ror, 31, 0x4b00005a, 1, 0x960000b4, 0b1011, \p\()imm_ror31_4b00005a_c1
	sh_imm rrx, 1, 0x4b00005a, 1, 0xa580002d, 0b1001, \p\()imm_rrx1_4b00005a_c1
.endm

	.arm
	.global test_main
test_main:
	.set in_arm, 1
	shift_tests a_
	@ Carry out of a rotated immediate (ARMExpandImm_C): C = bit 31 when the
	@ rotation is not zero, unchanged otherwise.
	SET_NZCV 0b0000
	movs r0, #0x80000000
	CHECK_EQ r0, 0x80000000, a_movs_rotimm
	CHECK_NZCV 0b1010, a_movs_rotimm_f
	SET_NZCV 0b0010
	movs r0, #0x3fc			@ 0xff ror 30: bit 31 clear
	CHECK_NZCV 0b0000, a_movs_rotimm_c0_f
	SET_NZCV 0b0010
	movs r0, #0xff			@ rotation 0: C kept
	CHECK_NZCV 0b0010, a_movs_imm_keep_f
	SET_NZCV 0b0000
	mov32 r1, 0xf000000f
	ands r0, r1, #0xf000000f	@ 0xff ror 4
	CHECK_EQ r0, 0xf000000f, a_ands_rotimm
	CHECK_NZCV 0b1010, a_ands_rotimm_f
	SET_NZCV 0b0011
	mvns r0, #0			@ rotation 0: C kept
	CHECK_EQ r0, 0xffffffff, a_mvns_imm
	CHECK_NZCV 0b1011, a_mvns_imm_f
	SET_NZCV 0b0000
	tst r1, #0x80000000		@ TST with a rotated immediate sets C
	CHECK_NZCV 0b1010, a_tst_rotimm_f
	SET_NZCV 0b0010
	teq r1, #0x0f000000		@ 0x0f ror 8: bit 31 clear, C = 0
	CHECK_NZCV 0b1000, a_teq_rotimm_f
	@ The register holding the amount is Rs[7:0] even when other bits are set.
	mov r1, #1
	mov32 r2, 0xffffff01
	lsl r0, r1, r2
	CHECK_EQ r0, 2, a_lsl_rs_low_byte
	@ PC as an operand reads the instruction's address + 8.
	mov r0, pc
1:	sub r0, r0, #8
	adr r1, 1b - 4
	CHECK_REGS r0, r1, a_pc_operand

	ENTER_THUMB
	.set in_arm, 0
	shift_tests t_
	ENTER_ARM
	TEST_END
