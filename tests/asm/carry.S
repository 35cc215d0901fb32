@ Carry chains and the add/subtract flag rules (ARM ARM A2.2.1 AddWithCarry):
@ 64- and 96-bit ADDS/ADCS and SUBS/SBCS chains, RSBS/RSCS negation (ARM
@ only), and ADDS/SUBS/ADCS/SBCS/CMP/CMN/NEGS on the carry and overflow edges,
@ in ARM and in Thumb state.

	.include "harness.inc"

@ op3 op, x, y, cin, result, nzcv, id: r0 = op r1(x), r2(y) with C = cin
@ before, V set before (every op here writes V).
.macro op3 op, x, y, cin, res, nzcv, id
	mov32 r1, \x
	mov32 r2, \y
	SET_NZCV (((\cin) << 1) | 1)
	\op r0, r1, r2
	CHECK_EQ r0, \res, \id
	CHECK_NZCV \nzcv, \id\()_f
.endm

@ cmp2 op, x, y, nzcv, id: the compare writes flags only.
.macro cmp2 op, x, y, nzcv, id
	mov32 r1, \x
	mov32 r2, \y
	SET_NZCV 0b1111
	\op r1, r2
	CHECK_EQ r1, \x, \id\()_rn
	CHECK_NZCV \nzcv, \id
.endm

@ Wide chains: r0-r2 (low to high) op r3-r5.
.macro chain3 op1, op2, a0, a1, a2, b0, b1, b2, r0v, r1v, r2v, nzcv, id
	mov32 r0, \a0
	mov32 r1, \a1
	mov32 r2, \a2
	mov32 r3, \b0
	mov32 r4, \b1
	mov32 r5, \b2
	SET_NZCV 0
	\op1 r0, r0, r3
	\op2 r1, r1, r4
	\op2 r2, r2, r5
	CHECK_NZCV \nzcv, \id\()_f
	CHECK_EQ r0, \r0v, \id\()_w0
	CHECK_EQ r1, \r1v, \id\()_w1
	CHECK_EQ r2, \r2v, \id\()_w2
.endm

.macro chain2 op1, op2, a0, a1, b0, b1, r0v, r1v, nzcv, id
	mov32 r0, \a0
	mov32 r1, \a1
	mov32 r3, \b0
	mov32 r4, \b1
	SET_NZCV 0b1111
	\op1 r0, r0, r3
	\op2 r1, r1, r4
	CHECK_NZCV \nzcv, \id\()_f
	CHECK_EQ r0, \r0v, \id\()_w0
	CHECK_EQ r1, \r1v, \id\()_w1
.endm

.macro carry_tests p
	@ ADDS: result and NZCV
	op3 adds, 0x7fffffff, 1, 0, 0x80000000, 0b1001, \p\()adds_ovf
	op3 adds, 0xffffffff, 1, 0, 0, 0b0110, \p\()adds_carry_zero
	op3 adds, 0x80000000, 0x80000000, 0, 0, 0b0111, \p\()adds_zcv
	op3 adds, 0xffffffff, 0xffffffff, 0, 0xfffffffe, 0b1010, \p\()adds_nc
	op3 adds, 0, 0, 1, 0, 0b0100, \p\()adds_zero
	op3 adds, 0x7fffffff, 0x7fffffff, 0, 0xfffffffe, 0b1001, \p\()adds_nv
	op3 adds, 0x80000000, 0xffffffff, 0, 0x7fffffff, 0b0011, \p\()adds_cv
	op3 adds, 0x12345678, 0x0fedcba9, 1, 0x22222221, 0b0000, \p\()adds_plain
	@ ADCS: carry in added
	op3 adcs, 0xffffffff, 0, 1, 0, 0b0110, \p\()adcs_wrap
	op3 adcs, 0x7fffffff, 0, 1, 0x80000000, 0b1001, \p\()adcs_ovf
	op3 adcs, 0xffffffff, 0xffffffff, 1, 0xffffffff, 0b1010, \p\()adcs_all
	op3 adcs, 0x7ffffffe, 0, 1, 0x7fffffff, 0b0000, \p\()adcs_edge
	op3 adcs, 0x80000000, 0x7fffffff, 1, 0, 0b0110, \p\()adcs_zc
	op3 adcs, 5, 6, 0, 11, 0b0000, \p\()adcs_c0
	@ SUBS: C is NOT borrow
	op3 subs, 0, 1, 1, 0xffffffff, 0b1000, \p\()subs_borrow
	op3 subs, 1, 1, 0, 0, 0b0110, \p\()subs_zero
	op3 subs, 0x80000000, 1, 0, 0x7fffffff, 0b0011, \p\()subs_cv
	op3 subs, 0x7fffffff, 0xffffffff, 1, 0x80000000, 0b1001, \p\()subs_nv
	op3 subs, 0, 0x80000000, 1, 0x80000000, 0b1001, \p\()subs_neg_min
	op3 subs, 5, 3, 0, 2, 0b0010, \p\()subs_plain
	op3 subs, 3, 5, 1, 0xfffffffe, 0b1000, \p\()subs_neg
	@ SBCS: subtracts NOT C as well
	op3 sbcs, 0, 0, 0, 0xffffffff, 0b1000, \p\()sbcs_c0
	op3 sbcs, 0, 0, 1, 0, 0b0110, \p\()sbcs_c1
	op3 sbcs, 0x80000000, 0, 0, 0x7fffffff, 0b0011, \p\()sbcs_ovf
	op3 sbcs, 0x80000000, 0x7fffffff, 1, 1, 0b0011, \p\()sbcs_ovf2
	op3 sbcs, 0x7fffffff, 0xffffffff, 0, 0x7fffffff, 0b0000, \p\()sbcs_borrow_in
	op3 sbcs, 5, 5, 0, 0xffffffff, 0b1000, \p\()sbcs_eq_borrow
	@ CMP / CMN: flags like SUBS / ADDS, Rn kept
	cmp2 cmp, 0, 0, 0b0110, \p\()cmp_eq
	cmp2 cmp, 1, 2, 0b1000, \p\()cmp_lo
	cmp2 cmp, 0x80000000, 1, 0b0011, \p\()cmp_v
	cmp2 cmp, 0x7fffffff, 0x80000000, 0b1001, \p\()cmp_nv
	cmp2 cmp, 0xc0000000, 0x40000000, 0b1010, \p\()cmp_nc
	cmp2 cmn, 0, 0, 0b0100, \p\()cmn_zero
	cmp2 cmn, 0xffffffff, 1, 0b0110, \p\()cmn_zc
	cmp2 cmn, 0x7fffffff, 1, 0b1001, \p\()cmn_nv
	cmp2 cmn, 0x80000000, 0x80000000, 0b0111, \p\()cmn_zcv
	cmp2 cmn, 1, 1, 0b0000, \p\()cmn_plain
	@ 64-bit: 0x00000001_ffffffff + 1; 0x00000001_00000000 - 1; overflow
	chain2 adds, adcs, 0xffffffff, 1, 1, 0, 0, 2, 0b0000, \p\()add64
	chain2 adds, adcs, 0xffffffff, 0x7fffffff, 1, 0, 0, 0x80000000, 0b1001, \p\()add64_ovf
	chain2 adds, adcs, 0x89abcdef, 0x01234567, 0x76543211, 0xfedcba98, 0, 0, 0b0110, \p\()add64_zero
	chain2 subs, sbcs, 0, 1, 1, 0, 0xffffffff, 0, 0b0110, \p\()sub64
	chain2 subs, sbcs, 0, 0, 1, 0, 0xffffffff, 0xffffffff, 0b1000, \p\()sub64_neg
	chain2 subs, sbcs, 0, 0x80000000, 1, 0, 0xffffffff, 0x7fffffff, 0b0011, \p\()sub64_ovf
	chain2 subs, sbcs, 0x12345678, 0x9abcdef0, 0x12345679, 0x9abcdef0, 0xffffffff, 0xffffffff, 0b1000, \p\()sub64_lo_borrow
	@ 96-bit
	chain3 adds, adcs, 0xffffffff, 0xffffffff, 0x7fffffff, 1, 0, 0, 0, 0, 0x80000000, 0b1001, \p\()add96_ovf
	chain3 adds, adcs, 0xffffffff, 0xffffffff, 0xffffffff, 1, 0, 0, 0, 0, 0, 0b0110, \p\()add96_wrap
	chain3 adds, adcs, 0x80000000, 0x80000000, 0x1, 0x80000000, 0x7fffffff, 0x2, 0, 0, 4, 0b0000, \p\()add96_mid
	chain3 subs, sbcs, 0, 0, 0, 1, 0, 0, 0xffffffff, 0xffffffff, 0xffffffff, 0b1000, \p\()sub96_neg
	chain3 subs, sbcs, 0, 0, 0x80000000, 1, 0, 0, 0xffffffff, 0xffffffff, 0x7fffffff, 0b0011, \p\()sub96_ovf
	chain3 subs, sbcs, 5, 0, 7, 5, 1, 7, 0, 0xffffffff, 0xffffffff, 0b1000, \p\()sub96_mid
.endm

	.arm
	.global test_main
test_main:
	carry_tests a_
	@ RSBS/RSCS (ARM only): negate 64-bit values.
	mov r0, #1
	mov r1, #0
	SET_NZCV 0b0111
	rsbs r0, r0, #0
	rscs r1, r1, #0
	CHECK_NZCV 0b1000, a_neg64_one_f
	CHECK_EQ r0, 0xffffffff, a_neg64_one_lo
	CHECK_EQ r1, 0xffffffff, a_neg64_one_hi
	mov r0, #0
	mov r1, #5
	SET_NZCV 0b1000
	rsbs r0, r0, #0
	rscs r1, r1, #0
	CHECK_NZCV 0b1000, a_neg64_hi_f
	CHECK_EQ r0, 0, a_neg64_hi_lo
	CHECK_EQ r1, 0xfffffffb, a_neg64_hi_hi
	mov r0, #0
	mov r1, #0
	rsbs r0, r0, #0
	rscs r1, r1, #0
	CHECK_NZCV 0b0110, a_neg64_zero_f
	mov32 r1, 0x80000000
	SET_NZCV 0b0010
	rscs r0, r1, #0			@ 0 - 0x80000000 - 0: C=0 V=1 N=1
	CHECK_EQ r0, 0x80000000, a_rscs_min
	CHECK_NZCV 0b1001, a_rscs_min_f
	mov32 r1, 0x7fffffff
	SET_NZCV 0b0000
	rscs r0, r1, #0			@ 0 - 0x7fffffff - 1 = 0x80000000: no V
	CHECK_EQ r0, 0x80000000, a_rscs_c0
	CHECK_NZCV 0b1000, a_rscs_c0_f
	mov32 r1, 0xffffffff
	mov r2, #3
	SET_NZCV 0b0000
	rsc r0, r1, r2, lsl #1		@ 6 - (-1) - 1: flags kept
	CHECK_EQ r0, 6, a_rsc_shift
	CHECK_NZCV 0b0000, a_rsc_flags_kept
	@ ADC/SBC without S keep the flags
	mov r1, #10
	mov r2, #3
	SET_NZCV 0b0010
	adc r0, r1, r2
	CHECK_EQ r0, 14, a_adc_noflags
	sbc r0, r1, r2
	CHECK_EQ r0, 7, a_sbc_noflags
	CHECK_NZCV 0b0010, a_adc_sbc_flags_kept
	@ ADC with an immediate and a shifted register
	SET_NZCV 0b0010
	adcs r0, r1, #0xff000000
	CHECK_EQ r0, 0xff00000b, a_adcs_imm
	CHECK_NZCV 0b1000, a_adcs_imm_f
	SET_NZCV 0b0010
	adcs r0, r2, r2, lsl #31	@ 3 + 0x80000000 + 1
	CHECK_EQ r0, 0x80000004, a_adcs_lsl
	CHECK_NZCV 0b1000, a_adcs_lsl_f

	ENTER_THUMB
	carry_tests t_
	@ Thumb NEGS (RSBS #0), 16-bit ADCS/SBCS (Rd == Rn)
	mov32 r1, 0x80000000
	SET_NZCV 0b0000
	negs r0, r1
	CHECK_EQ r0, 0x80000000, t_negs_min
	CHECK_NZCV 0b1001, t_negs_min_f
	movs r1, #0
	negs r0, r1
	CHECK_EQ r0, 0, t_negs_zero
	CHECK_NZCV 0b0110, t_negs_zero_f
	movs r0, #1
	negs r0, r0
	CHECK_EQ r0, 0xffffffff, t_negs_one
	CHECK_NZCV 0b1000, t_negs_one_f
	mov32 r0, 0xfffffffe
	movs r1, #1
	SET_NZCV 0b0010
	adcs r0, r1			@ 16-bit: 0xfffffffe + 1 + 1
	CHECK_EQ r0, 0, t_adcs16
	CHECK_NZCV 0b0110, t_adcs16_f
	movs r0, #0
	movs r1, #0
	SET_NZCV 0b0000
	sbcs r0, r1			@ 16-bit: 0 - 0 - 1
	CHECK_EQ r0, 0xffffffff, t_sbcs16
	CHECK_NZCV 0b1000, t_sbcs16_f
	mov r1, #10
	SET_NZCV 0b0010
	sbcs r0, r1, #0x1f0000		@ 32-bit immediate form
	CHECK_EQ r0, 0xffe1000a, t_sbcs_imm
	CHECK_NZCV 0b1000, t_sbcs_imm_f
	@ 16-bit ADDS/SUBS with a 3-bit and an 8-bit immediate
	movs r0, #0xff
	SET_NZCV 0b0001
	adds r0, #1
	CHECK_EQ r0, 0x100, t_adds_imm8
	CHECK_NZCV 0b0000, t_adds_imm8_f
	movs r1, #0
	subs r0, r1, #7
	CHECK_EQ r0, 0xfffffff9, t_subs_imm3
	CHECK_NZCV 0b1000, t_subs_imm3_f
	ENTER_ARM
	TEST_END
