@ SIMD within a register and the GE flags (ARM ARM A4.4.3, A8.8.136 SADD16 ...
@ A8.8.160 SEL): the 36 parallel add/subtract forms (S, Q, SH, U, UQ, UH x
@ ADD16, ASX, SAX, SUB16, ADD8, SUB8); only S and U forms write GE, none
@ writes N Z C V or Q; SEL for all 16 GE values; MSR/MRS of the APSR fields;
@ extend (SXT*/UXT* with rotation, accumulate, 16-bit forms), PKHBT/PKHTB,
@ USAD8/USADA8.

	.include "harness.inc"

	.equ GE_KEEP, 5
	.equ APSR_PRESET, 0x90000000 | (GE_KEEP << 16)	@ N, V, GE = 0101

@ par3 op, n, m, result, ge, id: r0 = op r1(n), r2(m).
.macro par3 op, n, m, res, ge, id
	mov32 r1, \n
	mov32 r2, \m
	mov32 r12, APSR_PRESET
	msr APSR_nzcvqg, r12
	\op r0, r1, r2
	CHECK_EQ r0, \res, \id
	CHECK_GE \ge, \id\()_ge
	CHECK_FLAGS (F_N | F_V), \id\()_f
.endm

.macro ext2 op, x, r, res, id
	mov32 r1, \x
	\op r0, r1, ror #\r
	CHECK_EQ r0, \res, \id
.endm

.macro ext3 op, n, x, r, res, id
	mov32 r2, \n
	mov32 r1, \x
	\op r0, r2, r1, ror #\r
	CHECK_EQ r0, \res, \id
.endm

.macro pkh op, n, m, sh, s, res, id
	mov32 r1, \n
	mov32 r2, \m
	\op r0, r1, r2, \sh #\s
	CHECK_EQ r0, \res, \id
.endm

.macro usad op, n, m, a, res, id
	mov32 r1, \n
	mov32 r2, \m
	mov32 r3, \a
	.ifc \op,usad8
	usad8 r0, r1, r2
	.else
	usada8 r0, r1, r2, r3
	.endif
	CHECK_EQ r0, \res, \id
.endm

@ SEL with GE = g: byte i from Rn (0x11223344) if GE[i], else Rm (0xaabbccdd).
.macro sel_case g, id
	mov32 r12, (\g) << 16
	msr APSR_g, r12
	mov32 r1, 0x11223344
	mov32 r2, 0xaabbccdd
	sel r0, r1, r2
	.set sel_exp, 0
	.irp i, 0, 1, 2, 3
	.if ((\g) >> \i) & 1
	.set sel_exp, sel_exp | (0x11223344 & (0xff << (8 * \i)))
	.else
	.set sel_exp, sel_exp | (0xaabbccdd & (0xff << (8 * \i)))
	.endif
	.endr
	CHECK_EQ r0, sel_exp, \id
	CHECK_GE \g, \id\()_ge
.endm

.macro simd_tests p
	par3 sadd16, 0x7fff8000, 0x00018000, 0x80000000, 12, \p\()sadd16_0
	par3 sadd16, 0x80017ffe, 0xfffe0003, 0x7fff8001, 3, \p\()sadd16_1
	par3 sadd16, 0x12345678, 0x9abcdef0, 0xacf03568, 3, \p\()sadd16_2
	par3 sadd16, 0xff00ff7f, 0x0180807f, 0x00807ffe, 12, \p\()sadd16_3
	par3 sadd16, 0x00000000, 0x00000000, 0x00000000, 15, \p\()sadd16_4
	par3 sadd16, 0xffffffff, 0x00000001, 0xffff0000, 3, \p\()sadd16_5
	par3 sadd16, 0x80808080, 0x7f7f7f7f, 0xffffffff, 0, \p\()sadd16_6
	par3 sasx, 0x7fff8000, 0x00018000, 0xffff7fff, 0, \p\()sasx_0
	par3 sasx, 0x80017ffe, 0xfffe0003, 0x80048000, 3, \p\()sasx_1
	par3 sasx, 0x12345678, 0x9abcdef0, 0xf124bbbc, 3, \p\()sasx_2
	par3 sasx, 0xff00ff7f, 0x0180807f, 0x7f7ffdff, 0, \p\()sasx_3
	par3 sasx, 0x00000000, 0x00000000, 0x00000000, 15, \p\()sasx_4
	par3 sasx, 0xffffffff, 0x00000001, 0x0000ffff, 12, \p\()sasx_5
	par3 sasx, 0x80808080, 0x7f7f7f7f, 0xffff0101, 0, \p\()sasx_6
	par3 ssax, 0x7fff8000, 0x00018000, 0xffff8001, 12, \p\()ssax_0
	par3 ssax, 0x80017ffe, 0xfffe0003, 0x7ffe7ffc, 3, \p\()ssax_1
	par3 ssax, 0x12345678, 0x9abcdef0, 0x3344f134, 12, \p\()ssax_2
	par3 ssax, 0xff00ff7f, 0x0180807f, 0x7e8100ff, 15, \p\()ssax_3
	par3 ssax, 0x00000000, 0x00000000, 0x00000000, 15, \p\()ssax_4
	par3 ssax, 0xffffffff, 0x00000001, 0xfffeffff, 0, \p\()ssax_5
	par3 ssax, 0x80808080, 0x7f7f7f7f, 0x0101ffff, 0, \p\()ssax_6
	par3 ssub16, 0x7fff8000, 0x00018000, 0x7ffe0000, 15, \p\()ssub16_0
	par3 ssub16, 0x80017ffe, 0xfffe0003, 0x80037ffb, 3, \p\()ssub16_1
	par3 ssub16, 0x12345678, 0x9abcdef0, 0x77787788, 15, \p\()ssub16_2
	par3 ssub16, 0xff00ff7f, 0x0180807f, 0xfd807f00, 3, \p\()ssub16_3
	par3 ssub16, 0x00000000, 0x00000000, 0x00000000, 15, \p\()ssub16_4
	par3 ssub16, 0xffffffff, 0x00000001, 0xfffffffe, 0, \p\()ssub16_5
	par3 ssub16, 0x80808080, 0x7f7f7f7f, 0x01010101, 0, \p\()ssub16_6
	par3 sadd8, 0x7fff8000, 0x00018000, 0x7f000000, 13, \p\()sadd8_0
	par3 sadd8, 0x80017ffe, 0xfffe0003, 0x7fff7f01, 3, \p\()sadd8_1
	par3 sadd8, 0x12345678, 0x9abcdef0, 0xacf03468, 3, \p\()sadd8_2
	par3 sadd8, 0xff00ff7f, 0x0180807f, 0x00807ffe, 9, \p\()sadd8_3
	par3 sadd8, 0x00000000, 0x00000000, 0x00000000, 15, \p\()sadd8_4
	par3 sadd8, 0xffffffff, 0x00000001, 0xffffff00, 1, \p\()sadd8_5
	par3 sadd8, 0x80808080, 0x7f7f7f7f, 0xffffffff, 0, \p\()sadd8_6
	par3 ssub8, 0x7fff8000, 0x00018000, 0x7ffe0000, 11, \p\()ssub8_0
	par3 ssub8, 0x80017ffe, 0xfffe0003, 0x81037ffb, 6, \p\()ssub8_1
	par3 ssub8, 0x12345678, 0x9abcdef0, 0x78787888, 15, \p\()ssub8_2
	par3 ssub8, 0xff00ff7f, 0x0180807f, 0xfe807f00, 7, \p\()ssub8_3
	par3 ssub8, 0x00000000, 0x00000000, 0x00000000, 15, \p\()ssub8_4
	par3 ssub8, 0xffffffff, 0x00000001, 0xfffffffe, 0, \p\()ssub8_5
	par3 ssub8, 0x80808080, 0x7f7f7f7f, 0x01010101, 0, \p\()ssub8_6
	par3 qadd16, 0x7fff8000, 0x00018000, 0x7fff8000, GE_KEEP, \p\()qadd16_0
	par3 qadd16, 0x80017ffe, 0xfffe0003, 0x80007fff, GE_KEEP, \p\()qadd16_1
	par3 qadd16, 0x12345678, 0x9abcdef0, 0xacf03568, GE_KEEP, \p\()qadd16_2
	par3 qadd16, 0xff00ff7f, 0x0180807f, 0x00808000, GE_KEEP, \p\()qadd16_3
	par3 qadd16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()qadd16_4
	par3 qadd16, 0xffffffff, 0x00000001, 0xffff0000, GE_KEEP, \p\()qadd16_5
	par3 qadd16, 0x80808080, 0x7f7f7f7f, 0xffffffff, GE_KEEP, \p\()qadd16_6
	par3 qasx, 0x7fff8000, 0x00018000, 0xffff8000, GE_KEEP, \p\()qasx_0
	par3 qasx, 0x80017ffe, 0xfffe0003, 0x80047fff, GE_KEEP, \p\()qasx_1
	par3 qasx, 0x12345678, 0x9abcdef0, 0xf1247fff, GE_KEEP, \p\()qasx_2
	par3 qasx, 0xff00ff7f, 0x0180807f, 0x8000fdff, GE_KEEP, \p\()qasx_3
	par3 qasx, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()qasx_4
	par3 qasx, 0xffffffff, 0x00000001, 0x0000ffff, GE_KEEP, \p\()qasx_5
	par3 qasx, 0x80808080, 0x7f7f7f7f, 0xffff8000, GE_KEEP, \p\()qasx_6
	par3 qsax, 0x7fff8000, 0x00018000, 0x7fff8001, GE_KEEP, \p\()qsax_0
	par3 qsax, 0x80017ffe, 0xfffe0003, 0x80007ffc, GE_KEEP, \p\()qsax_1
	par3 qsax, 0x12345678, 0x9abcdef0, 0x3344f134, GE_KEEP, \p\()qsax_2
	par3 qsax, 0xff00ff7f, 0x0180807f, 0x7e8100ff, GE_KEEP, \p\()qsax_3
	par3 qsax, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()qsax_4
	par3 qsax, 0xffffffff, 0x00000001, 0xfffeffff, GE_KEEP, \p\()qsax_5
	par3 qsax, 0x80808080, 0x7f7f7f7f, 0x8000ffff, GE_KEEP, \p\()qsax_6
	par3 qsub16, 0x7fff8000, 0x00018000, 0x7ffe0000, GE_KEEP, \p\()qsub16_0
	par3 qsub16, 0x80017ffe, 0xfffe0003, 0x80037ffb, GE_KEEP, \p\()qsub16_1
	par3 qsub16, 0x12345678, 0x9abcdef0, 0x77787788, GE_KEEP, \p\()qsub16_2
	par3 qsub16, 0xff00ff7f, 0x0180807f, 0xfd807f00, GE_KEEP, \p\()qsub16_3
	par3 qsub16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()qsub16_4
	par3 qsub16, 0xffffffff, 0x00000001, 0xfffffffe, GE_KEEP, \p\()qsub16_5
	par3 qsub16, 0x80808080, 0x7f7f7f7f, 0x80008000, GE_KEEP, \p\()qsub16_6
	par3 qadd8, 0x7fff8000, 0x00018000, 0x7f008000, GE_KEEP, \p\()qadd8_0
	par3 qadd8, 0x80017ffe, 0xfffe0003, 0x80ff7f01, GE_KEEP, \p\()qadd8_1
	par3 qadd8, 0x12345678, 0x9abcdef0, 0xacf03468, GE_KEEP, \p\()qadd8_2
	par3 qadd8, 0xff00ff7f, 0x0180807f, 0x0080807f, GE_KEEP, \p\()qadd8_3
	par3 qadd8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()qadd8_4
	par3 qadd8, 0xffffffff, 0x00000001, 0xffffff00, GE_KEEP, \p\()qadd8_5
	par3 qadd8, 0x80808080, 0x7f7f7f7f, 0xffffffff, GE_KEEP, \p\()qadd8_6
	par3 qsub8, 0x7fff8000, 0x00018000, 0x7ffe0000, GE_KEEP, \p\()qsub8_0
	par3 qsub8, 0x80017ffe, 0xfffe0003, 0x81037ffb, GE_KEEP, \p\()qsub8_1
	par3 qsub8, 0x12345678, 0x9abcdef0, 0x7878787f, GE_KEEP, \p\()qsub8_2
	par3 qsub8, 0xff00ff7f, 0x0180807f, 0xfe7f7f00, GE_KEEP, \p\()qsub8_3
	par3 qsub8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()qsub8_4
	par3 qsub8, 0xffffffff, 0x00000001, 0xfffffffe, GE_KEEP, \p\()qsub8_5
	par3 qsub8, 0x80808080, 0x7f7f7f7f, 0x80808080, GE_KEEP, \p\()qsub8_6
	par3 shadd16, 0x7fff8000, 0x00018000, 0x40008000, GE_KEEP, \p\()shadd16_0
	par3 shadd16, 0x80017ffe, 0xfffe0003, 0xbfff4000, GE_KEEP, \p\()shadd16_1
	par3 shadd16, 0x12345678, 0x9abcdef0, 0xd6781ab4, GE_KEEP, \p\()shadd16_2
	par3 shadd16, 0xff00ff7f, 0x0180807f, 0x0040bfff, GE_KEEP, \p\()shadd16_3
	par3 shadd16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()shadd16_4
	par3 shadd16, 0xffffffff, 0x00000001, 0xffff0000, GE_KEEP, \p\()shadd16_5
	par3 shadd16, 0x80808080, 0x7f7f7f7f, 0xffffffff, GE_KEEP, \p\()shadd16_6
	par3 shasx, 0x7fff8000, 0x00018000, 0xffffbfff, GE_KEEP, \p\()shasx_0
	par3 shasx, 0x80017ffe, 0xfffe0003, 0xc0024000, GE_KEEP, \p\()shasx_1
	par3 shasx, 0x12345678, 0x9abcdef0, 0xf8925dde, GE_KEEP, \p\()shasx_2
	par3 shasx, 0xff00ff7f, 0x0180807f, 0xbfbffeff, GE_KEEP, \p\()shasx_3
	par3 shasx, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()shasx_4
	par3 shasx, 0xffffffff, 0x00000001, 0x0000ffff, GE_KEEP, \p\()shasx_5
	par3 shasx, 0x80808080, 0x7f7f7f7f, 0xffff8080, GE_KEEP, \p\()shasx_6
	par3 shsax, 0x7fff8000, 0x00018000, 0x7fffc000, GE_KEEP, \p\()shsax_0
	par3 shsax, 0x80017ffe, 0xfffe0003, 0xbfff3ffe, GE_KEEP, \p\()shsax_1
	par3 shsax, 0x12345678, 0x9abcdef0, 0x19a2f89a, GE_KEEP, \p\()shsax_2
	par3 shsax, 0xff00ff7f, 0x0180807f, 0x3f40007f, GE_KEEP, \p\()shsax_3
	par3 shsax, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()shsax_4
	par3 shsax, 0xffffffff, 0x00000001, 0xffffffff, GE_KEEP, \p\()shsax_5
	par3 shsax, 0x80808080, 0x7f7f7f7f, 0x8080ffff, GE_KEEP, \p\()shsax_6
	par3 shsub16, 0x7fff8000, 0x00018000, 0x3fff0000, GE_KEEP, \p\()shsub16_0
	par3 shsub16, 0x80017ffe, 0xfffe0003, 0xc0013ffd, GE_KEEP, \p\()shsub16_1
	par3 shsub16, 0x12345678, 0x9abcdef0, 0x3bbc3bc4, GE_KEEP, \p\()shsub16_2
	par3 shsub16, 0xff00ff7f, 0x0180807f, 0xfec03f80, GE_KEEP, \p\()shsub16_3
	par3 shsub16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()shsub16_4
	par3 shsub16, 0xffffffff, 0x00000001, 0xffffffff, GE_KEEP, \p\()shsub16_5
	par3 shsub16, 0x80808080, 0x7f7f7f7f, 0x80808080, GE_KEEP, \p\()shsub16_6
	par3 shadd8, 0x7fff8000, 0x00018000, 0x3f008000, GE_KEEP, \p\()shadd8_0
	par3 shadd8, 0x80017ffe, 0xfffe0003, 0xbfff3f00, GE_KEEP, \p\()shadd8_1
	par3 shadd8, 0x12345678, 0x9abcdef0, 0xd6f81a34, GE_KEEP, \p\()shadd8_2
	par3 shadd8, 0xff00ff7f, 0x0180807f, 0x00c0bf7f, GE_KEEP, \p\()shadd8_3
	par3 shadd8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()shadd8_4
	par3 shadd8, 0xffffffff, 0x00000001, 0xffffff00, GE_KEEP, \p\()shadd8_5
	par3 shadd8, 0x80808080, 0x7f7f7f7f, 0xffffffff, GE_KEEP, \p\()shadd8_6
	par3 shsub8, 0x7fff8000, 0x00018000, 0x3fff0000, GE_KEEP, \p\()shsub8_0
	par3 shsub8, 0x80017ffe, 0xfffe0003, 0xc0013ffd, GE_KEEP, \p\()shsub8_1
	par3 shsub8, 0x12345678, 0x9abcdef0, 0x3c3c3c44, GE_KEEP, \p\()shsub8_2
	par3 shsub8, 0xff00ff7f, 0x0180807f, 0xff403f00, GE_KEEP, \p\()shsub8_3
	par3 shsub8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()shsub8_4
	par3 shsub8, 0xffffffff, 0x00000001, 0xffffffff, GE_KEEP, \p\()shsub8_5
	par3 shsub8, 0x80808080, 0x7f7f7f7f, 0x80808080, GE_KEEP, \p\()shsub8_6
	par3 uadd16, 0x7fff8000, 0x00018000, 0x80000000, 3, \p\()uadd16_0
	par3 uadd16, 0x80017ffe, 0xfffe0003, 0x7fff8001, 12, \p\()uadd16_1
	par3 uadd16, 0x12345678, 0x9abcdef0, 0xacf03568, 3, \p\()uadd16_2
	par3 uadd16, 0xff00ff7f, 0x0180807f, 0x00807ffe, 15, \p\()uadd16_3
	par3 uadd16, 0x00000000, 0x00000000, 0x00000000, 0, \p\()uadd16_4
	par3 uadd16, 0xffffffff, 0x00000001, 0xffff0000, 3, \p\()uadd16_5
	par3 uadd16, 0x80808080, 0x7f7f7f7f, 0xffffffff, 0, \p\()uadd16_6
	par3 uasx, 0x7fff8000, 0x00018000, 0xffff7fff, 3, \p\()uasx_0
	par3 uasx, 0x80017ffe, 0xfffe0003, 0x80048000, 0, \p\()uasx_1
	par3 uasx, 0x12345678, 0x9abcdef0, 0xf124bbbc, 0, \p\()uasx_2
	par3 uasx, 0xff00ff7f, 0x0180807f, 0x7f7ffdff, 15, \p\()uasx_3
	par3 uasx, 0x00000000, 0x00000000, 0x00000000, 3, \p\()uasx_4
	par3 uasx, 0xffffffff, 0x00000001, 0x0000ffff, 15, \p\()uasx_5
	par3 uasx, 0x80808080, 0x7f7f7f7f, 0xffff0101, 3, \p\()uasx_6
	par3 usax, 0x7fff8000, 0x00018000, 0xffff8001, 0, \p\()usax_0
	par3 usax, 0x80017ffe, 0xfffe0003, 0x7ffe7ffc, 15, \p\()usax_1
	par3 usax, 0x12345678, 0x9abcdef0, 0x3344f134, 0, \p\()usax_2
	par3 usax, 0xff00ff7f, 0x0180807f, 0x7e8100ff, 15, \p\()usax_3
	par3 usax, 0x00000000, 0x00000000, 0x00000000, 12, \p\()usax_4
	par3 usax, 0xffffffff, 0x00000001, 0xfffeffff, 12, \p\()usax_5
	par3 usax, 0x80808080, 0x7f7f7f7f, 0x0101ffff, 12, \p\()usax_6
	par3 usub16, 0x7fff8000, 0x00018000, 0x7ffe0000, 15, \p\()usub16_0
	par3 usub16, 0x80017ffe, 0xfffe0003, 0x80037ffb, 3, \p\()usub16_1
	par3 usub16, 0x12345678, 0x9abcdef0, 0x77787788, 0, \p\()usub16_2
	par3 usub16, 0xff00ff7f, 0x0180807f, 0xfd807f00, 15, \p\()usub16_3
	par3 usub16, 0x00000000, 0x00000000, 0x00000000, 15, \p\()usub16_4
	par3 usub16, 0xffffffff, 0x00000001, 0xfffffffe, 15, \p\()usub16_5
	par3 usub16, 0x80808080, 0x7f7f7f7f, 0x01010101, 15, \p\()usub16_6
	par3 uadd8, 0x7fff8000, 0x00018000, 0x7f000000, 6, \p\()uadd8_0
	par3 uadd8, 0x80017ffe, 0xfffe0003, 0x7fff7f01, 9, \p\()uadd8_1
	par3 uadd8, 0x12345678, 0x9abcdef0, 0xacf03468, 3, \p\()uadd8_2
	par3 uadd8, 0xff00ff7f, 0x0180807f, 0x00807ffe, 10, \p\()uadd8_3
	par3 uadd8, 0x00000000, 0x00000000, 0x00000000, 0, \p\()uadd8_4
	par3 uadd8, 0xffffffff, 0x00000001, 0xffffff00, 1, \p\()uadd8_5
	par3 uadd8, 0x80808080, 0x7f7f7f7f, 0xffffffff, 0, \p\()uadd8_6
	par3 usub8, 0x7fff8000, 0x00018000, 0x7ffe0000, 15, \p\()usub8_0
	par3 usub8, 0x80017ffe, 0xfffe0003, 0x81037ffb, 3, \p\()usub8_1
	par3 usub8, 0x12345678, 0x9abcdef0, 0x78787888, 0, \p\()usub8_2
	par3 usub8, 0xff00ff7f, 0x0180807f, 0xfe807f00, 11, \p\()usub8_3
	par3 usub8, 0x00000000, 0x00000000, 0x00000000, 15, \p\()usub8_4
	par3 usub8, 0xffffffff, 0x00000001, 0xfffffffe, 15, \p\()usub8_5
	par3 usub8, 0x80808080, 0x7f7f7f7f, 0x01010101, 15, \p\()usub8_6
	par3 uqadd16, 0x7fff8000, 0x00018000, 0x8000ffff, GE_KEEP, \p\()uqadd16_0
	par3 uqadd16, 0x80017ffe, 0xfffe0003, 0xffff8001, GE_KEEP, \p\()uqadd16_1
	par3 uqadd16, 0x12345678, 0x9abcdef0, 0xacf0ffff, GE_KEEP, \p\()uqadd16_2
	par3 uqadd16, 0xff00ff7f, 0x0180807f, 0xffffffff, GE_KEEP, \p\()uqadd16_3
	par3 uqadd16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uqadd16_4
	par3 uqadd16, 0xffffffff, 0x00000001, 0xffffffff, GE_KEEP, \p\()uqadd16_5
	par3 uqadd16, 0x80808080, 0x7f7f7f7f, 0xffffffff, GE_KEEP, \p\()uqadd16_6
	par3 uqasx, 0x7fff8000, 0x00018000, 0xffff7fff, GE_KEEP, \p\()uqasx_0
	par3 uqasx, 0x80017ffe, 0xfffe0003, 0x80040000, GE_KEEP, \p\()uqasx_1
	par3 uqasx, 0x12345678, 0x9abcdef0, 0xf1240000, GE_KEEP, \p\()uqasx_2
	par3 uqasx, 0xff00ff7f, 0x0180807f, 0xfffffdff, GE_KEEP, \p\()uqasx_3
	par3 uqasx, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uqasx_4
	par3 uqasx, 0xffffffff, 0x00000001, 0xffffffff, GE_KEEP, \p\()uqasx_5
	par3 uqasx, 0x80808080, 0x7f7f7f7f, 0xffff0101, GE_KEEP, \p\()uqasx_6
	par3 uqsax, 0x7fff8000, 0x00018000, 0x00008001, GE_KEEP, \p\()uqsax_0
	par3 uqsax, 0x80017ffe, 0xfffe0003, 0x7ffeffff, GE_KEEP, \p\()uqsax_1
	par3 uqsax, 0x12345678, 0x9abcdef0, 0x0000f134, GE_KEEP, \p\()uqsax_2
	par3 uqsax, 0xff00ff7f, 0x0180807f, 0x7e81ffff, GE_KEEP, \p\()uqsax_3
	par3 uqsax, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uqsax_4
	par3 uqsax, 0xffffffff, 0x00000001, 0xfffeffff, GE_KEEP, \p\()uqsax_5
	par3 uqsax, 0x80808080, 0x7f7f7f7f, 0x0101ffff, GE_KEEP, \p\()uqsax_6
	par3 uqsub16, 0x7fff8000, 0x00018000, 0x7ffe0000, GE_KEEP, \p\()uqsub16_0
	par3 uqsub16, 0x80017ffe, 0xfffe0003, 0x00007ffb, GE_KEEP, \p\()uqsub16_1
	par3 uqsub16, 0x12345678, 0x9abcdef0, 0x00000000, GE_KEEP, \p\()uqsub16_2
	par3 uqsub16, 0xff00ff7f, 0x0180807f, 0xfd807f00, GE_KEEP, \p\()uqsub16_3
	par3 uqsub16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uqsub16_4
	par3 uqsub16, 0xffffffff, 0x00000001, 0xfffffffe, GE_KEEP, \p\()uqsub16_5
	par3 uqsub16, 0x80808080, 0x7f7f7f7f, 0x01010101, GE_KEEP, \p\()uqsub16_6
	par3 uqadd8, 0x7fff8000, 0x00018000, 0x7fffff00, GE_KEEP, \p\()uqadd8_0
	par3 uqadd8, 0x80017ffe, 0xfffe0003, 0xffff7fff, GE_KEEP, \p\()uqadd8_1
	par3 uqadd8, 0x12345678, 0x9abcdef0, 0xacf0ffff, GE_KEEP, \p\()uqadd8_2
	par3 uqadd8, 0xff00ff7f, 0x0180807f, 0xff80fffe, GE_KEEP, \p\()uqadd8_3
	par3 uqadd8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uqadd8_4
	par3 uqadd8, 0xffffffff, 0x00000001, 0xffffffff, GE_KEEP, \p\()uqadd8_5
	par3 uqadd8, 0x80808080, 0x7f7f7f7f, 0xffffffff, GE_KEEP, \p\()uqadd8_6
	par3 uqsub8, 0x7fff8000, 0x00018000, 0x7ffe0000, GE_KEEP, \p\()uqsub8_0
	par3 uqsub8, 0x80017ffe, 0xfffe0003, 0x00007ffb, GE_KEEP, \p\()uqsub8_1
	par3 uqsub8, 0x12345678, 0x9abcdef0, 0x00000000, GE_KEEP, \p\()uqsub8_2
	par3 uqsub8, 0xff00ff7f, 0x0180807f, 0xfe007f00, GE_KEEP, \p\()uqsub8_3
	par3 uqsub8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uqsub8_4
	par3 uqsub8, 0xffffffff, 0x00000001, 0xfffffffe, GE_KEEP, \p\()uqsub8_5
	par3 uqsub8, 0x80808080, 0x7f7f7f7f, 0x01010101, GE_KEEP, \p\()uqsub8_6
	par3 uhadd16, 0x7fff8000, 0x00018000, 0x40008000, GE_KEEP, \p\()uhadd16_0
	par3 uhadd16, 0x80017ffe, 0xfffe0003, 0xbfff4000, GE_KEEP, \p\()uhadd16_1
	par3 uhadd16, 0x12345678, 0x9abcdef0, 0x56789ab4, GE_KEEP, \p\()uhadd16_2
	par3 uhadd16, 0xff00ff7f, 0x0180807f, 0x8040bfff, GE_KEEP, \p\()uhadd16_3
	par3 uhadd16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uhadd16_4
	par3 uhadd16, 0xffffffff, 0x00000001, 0x7fff8000, GE_KEEP, \p\()uhadd16_5
	par3 uhadd16, 0x80808080, 0x7f7f7f7f, 0x7fff7fff, GE_KEEP, \p\()uhadd16_6
	par3 uhasx, 0x7fff8000, 0x00018000, 0x7fff3fff, GE_KEEP, \p\()uhasx_0
	par3 uhasx, 0x80017ffe, 0xfffe0003, 0x4002c000, GE_KEEP, \p\()uhasx_1
	par3 uhasx, 0x12345678, 0x9abcdef0, 0x7892ddde, GE_KEEP, \p\()uhasx_2
	par3 uhasx, 0xff00ff7f, 0x0180807f, 0xbfbf7eff, GE_KEEP, \p\()uhasx_3
	par3 uhasx, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uhasx_4
	par3 uhasx, 0xffffffff, 0x00000001, 0x80007fff, GE_KEEP, \p\()uhasx_5
	par3 uhasx, 0x80808080, 0x7f7f7f7f, 0x7fff0080, GE_KEEP, \p\()uhasx_6
	par3 uhsax, 0x7fff8000, 0x00018000, 0xffff4000, GE_KEEP, \p\()uhsax_0
	par3 uhsax, 0x80017ffe, 0xfffe0003, 0x3fffbffe, GE_KEEP, \p\()uhsax_1
	par3 uhsax, 0x12345678, 0x9abcdef0, 0x99a2789a, GE_KEEP, \p\()uhsax_2
	par3 uhsax, 0xff00ff7f, 0x0180807f, 0x3f40807f, GE_KEEP, \p\()uhsax_3
	par3 uhsax, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uhsax_4
	par3 uhsax, 0xffffffff, 0x00000001, 0x7fff7fff, GE_KEEP, \p\()uhsax_5
	par3 uhsax, 0x80808080, 0x7f7f7f7f, 0x00807fff, GE_KEEP, \p\()uhsax_6
	par3 uhsub16, 0x7fff8000, 0x00018000, 0x3fff0000, GE_KEEP, \p\()uhsub16_0
	par3 uhsub16, 0x80017ffe, 0xfffe0003, 0xc0013ffd, GE_KEEP, \p\()uhsub16_1
	par3 uhsub16, 0x12345678, 0x9abcdef0, 0xbbbcbbc4, GE_KEEP, \p\()uhsub16_2
	par3 uhsub16, 0xff00ff7f, 0x0180807f, 0x7ec03f80, GE_KEEP, \p\()uhsub16_3
	par3 uhsub16, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uhsub16_4
	par3 uhsub16, 0xffffffff, 0x00000001, 0x7fff7fff, GE_KEEP, \p\()uhsub16_5
	par3 uhsub16, 0x80808080, 0x7f7f7f7f, 0x00800080, GE_KEEP, \p\()uhsub16_6
	par3 uhadd8, 0x7fff8000, 0x00018000, 0x3f808000, GE_KEEP, \p\()uhadd8_0
	par3 uhadd8, 0x80017ffe, 0xfffe0003, 0xbf7f3f80, GE_KEEP, \p\()uhadd8_1
	par3 uhadd8, 0x12345678, 0x9abcdef0, 0x56789ab4, GE_KEEP, \p\()uhadd8_2
	par3 uhadd8, 0xff00ff7f, 0x0180807f, 0x8040bf7f, GE_KEEP, \p\()uhadd8_3
	par3 uhadd8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uhadd8_4
	par3 uhadd8, 0xffffffff, 0x00000001, 0x7f7f7f80, GE_KEEP, \p\()uhadd8_5
	par3 uhadd8, 0x80808080, 0x7f7f7f7f, 0x7f7f7f7f, GE_KEEP, \p\()uhadd8_6
	par3 uhsub8, 0x7fff8000, 0x00018000, 0x3f7f0000, GE_KEEP, \p\()uhsub8_0
	par3 uhsub8, 0x80017ffe, 0xfffe0003, 0xc0813f7d, GE_KEEP, \p\()uhsub8_1
	par3 uhsub8, 0x12345678, 0x9abcdef0, 0xbcbcbcc4, GE_KEEP, \p\()uhsub8_2
	par3 uhsub8, 0xff00ff7f, 0x0180807f, 0x7fc03f00, GE_KEEP, \p\()uhsub8_3
	par3 uhsub8, 0x00000000, 0x00000000, 0x00000000, GE_KEEP, \p\()uhsub8_4
	par3 uhsub8, 0xffffffff, 0x00000001, 0x7f7f7f7f, GE_KEEP, \p\()uhsub8_5
	par3 uhsub8, 0x80808080, 0x7f7f7f7f, 0x00000000, GE_KEEP, \p\()uhsub8_6
	ext2 sxtb, 0x80ff7f01, 0, 0x00000001, \p\()sxtb_80ff7f01_r0
	ext2 sxth, 0x80ff7f01, 0, 0x00007f01, \p\()sxth_80ff7f01_r0
	ext2 uxtb, 0x80ff7f01, 0, 0x00000001, \p\()uxtb_80ff7f01_r0
	ext2 uxth, 0x80ff7f01, 0, 0x00007f01, \p\()uxth_80ff7f01_r0
	ext2 sxtb16, 0x80ff7f01, 0, 0xffff0001, \p\()sxtb16_80ff7f01_r0
	ext2 uxtb16, 0x80ff7f01, 0, 0x00ff0001, \p\()uxtb16_80ff7f01_r0
	ext3 sxtab, 0x7fff0001, 0x80ff7f01, 0, 0x7fff0002, \p\()sxtab_80ff7f01_r0
	ext3 sxtah, 0x7fff0001, 0x80ff7f01, 0, 0x7fff7f02, \p\()sxtah_80ff7f01_r0
	ext3 uxtab, 0x7fff0001, 0x80ff7f01, 0, 0x7fff0002, \p\()uxtab_80ff7f01_r0
	ext3 uxtah, 0x7fff0001, 0x80ff7f01, 0, 0x7fff7f02, \p\()uxtah_80ff7f01_r0
	ext3 sxtab16, 0x7fff0001, 0x80ff7f01, 0, 0x7ffe0002, \p\()sxtab16_80ff7f01_r0
	ext3 uxtab16, 0x7fff0001, 0x80ff7f01, 0, 0x80fe0002, \p\()uxtab16_80ff7f01_r0
	ext2 sxtb, 0x80ff7f01, 8, 0x0000007f, \p\()sxtb_80ff7f01_r8
	ext2 sxth, 0x80ff7f01, 8, 0xffffff7f, \p\()sxth_80ff7f01_r8
	ext2 uxtb, 0x80ff7f01, 8, 0x0000007f, \p\()uxtb_80ff7f01_r8
	ext2 uxth, 0x80ff7f01, 8, 0x0000ff7f, \p\()uxth_80ff7f01_r8
	ext2 sxtb16, 0x80ff7f01, 8, 0xff80007f, \p\()sxtb16_80ff7f01_r8
	ext2 uxtb16, 0x80ff7f01, 8, 0x0080007f, \p\()uxtb16_80ff7f01_r8
	ext3 sxtab, 0x7fff0001, 0x80ff7f01, 8, 0x7fff0080, \p\()sxtab_80ff7f01_r8
	ext3 sxtah, 0x7fff0001, 0x80ff7f01, 8, 0x7ffeff80, \p\()sxtah_80ff7f01_r8
	ext3 uxtab, 0x7fff0001, 0x80ff7f01, 8, 0x7fff0080, \p\()uxtab_80ff7f01_r8
	ext3 uxtah, 0x7fff0001, 0x80ff7f01, 8, 0x7fffff80, \p\()uxtah_80ff7f01_r8
	ext3 sxtab16, 0x7fff0001, 0x80ff7f01, 8, 0x7f7f0080, \p\()sxtab16_80ff7f01_r8
	ext3 uxtab16, 0x7fff0001, 0x80ff7f01, 8, 0x807f0080, \p\()uxtab16_80ff7f01_r8
	ext2 sxtb, 0x80ff7f01, 16, 0xffffffff, \p\()sxtb_80ff7f01_r16
	ext2 sxth, 0x80ff7f01, 16, 0xffff80ff, \p\()sxth_80ff7f01_r16
	ext2 uxtb, 0x80ff7f01, 16, 0x000000ff, \p\()uxtb_80ff7f01_r16
	ext2 uxth, 0x80ff7f01, 16, 0x000080ff, \p\()uxth_80ff7f01_r16
	ext2 sxtb16, 0x80ff7f01, 16, 0x0001ffff, \p\()sxtb16_80ff7f01_r16
	ext2 uxtb16, 0x80ff7f01, 16, 0x000100ff, \p\()uxtb16_80ff7f01_r16
	ext3 sxtab, 0x7fff0001, 0x80ff7f01, 16, 0x7fff0000, \p\()sxtab_80ff7f01_r16
	ext3 sxtah, 0x7fff0001, 0x80ff7f01, 16, 0x7ffe8100, \p\()sxtah_80ff7f01_r16
	ext3 uxtab, 0x7fff0001, 0x80ff7f01, 16, 0x7fff0100, \p\()uxtab_80ff7f01_r16
	ext3 uxtah, 0x7fff0001, 0x80ff7f01, 16, 0x7fff8100, \p\()uxtah_80ff7f01_r16
	ext3 sxtab16, 0x7fff0001, 0x80ff7f01, 16, 0x80000000, \p\()sxtab16_80ff7f01_r16
	ext3 uxtab16, 0x7fff0001, 0x80ff7f01, 16, 0x80000100, \p\()uxtab16_80ff7f01_r16
	ext2 sxtb, 0x80ff7f01, 24, 0xffffff80, \p\()sxtb_80ff7f01_r24
	ext2 sxth, 0x80ff7f01, 24, 0x00000180, \p\()sxth_80ff7f01_r24
	ext2 uxtb, 0x80ff7f01, 24, 0x00000080, \p\()uxtb_80ff7f01_r24
	ext2 uxth, 0x80ff7f01, 24, 0x00000180, \p\()uxth_80ff7f01_r24
	ext2 sxtb16, 0x80ff7f01, 24, 0x007fff80, \p\()sxtb16_80ff7f01_r24
	ext2 uxtb16, 0x80ff7f01, 24, 0x007f0080, \p\()uxtb16_80ff7f01_r24
	ext3 sxtab, 0x7fff0001, 0x80ff7f01, 24, 0x7ffeff81, \p\()sxtab_80ff7f01_r24
	ext3 sxtah, 0x7fff0001, 0x80ff7f01, 24, 0x7fff0181, \p\()sxtah_80ff7f01_r24
	ext3 uxtab, 0x7fff0001, 0x80ff7f01, 24, 0x7fff0081, \p\()uxtab_80ff7f01_r24
	ext3 uxtah, 0x7fff0001, 0x80ff7f01, 24, 0x7fff0181, \p\()uxtah_80ff7f01_r24
	ext3 sxtab16, 0x7fff0001, 0x80ff7f01, 24, 0x807eff81, \p\()sxtab16_80ff7f01_r24
	ext3 uxtab16, 0x7fff0001, 0x80ff7f01, 24, 0x807e0081, \p\()uxtab16_80ff7f01_r24
	ext2 sxtb, 0x1234fe80, 0, 0xffffff80, \p\()sxtb_1234fe80_r0
	ext2 sxth, 0x1234fe80, 0, 0xfffffe80, \p\()sxth_1234fe80_r0
	ext2 uxtb, 0x1234fe80, 0, 0x00000080, \p\()uxtb_1234fe80_r0
	ext2 uxth, 0x1234fe80, 0, 0x0000fe80, \p\()uxth_1234fe80_r0
	ext2 sxtb16, 0x1234fe80, 0, 0x0034ff80, \p\()sxtb16_1234fe80_r0
	ext2 uxtb16, 0x1234fe80, 0, 0x00340080, \p\()uxtb16_1234fe80_r0
	ext3 sxtab, 0x7fff0001, 0x1234fe80, 0, 0x7ffeff81, \p\()sxtab_1234fe80_r0
	ext3 sxtah, 0x7fff0001, 0x1234fe80, 0, 0x7ffefe81, \p\()sxtah_1234fe80_r0
	ext3 uxtab, 0x7fff0001, 0x1234fe80, 0, 0x7fff0081, \p\()uxtab_1234fe80_r0
	ext3 uxtah, 0x7fff0001, 0x1234fe80, 0, 0x7ffffe81, \p\()uxtah_1234fe80_r0
	ext3 sxtab16, 0x7fff0001, 0x1234fe80, 0, 0x8033ff81, \p\()sxtab16_1234fe80_r0
	ext3 uxtab16, 0x7fff0001, 0x1234fe80, 0, 0x80330081, \p\()uxtab16_1234fe80_r0
	ext2 sxtb, 0x1234fe80, 8, 0xfffffffe, \p\()sxtb_1234fe80_r8
	ext2 sxth, 0x1234fe80, 8, 0x000034fe, \p\()sxth_1234fe80_r8
	ext2 uxtb, 0x1234fe80, 8, 0x000000fe, \p\()uxtb_1234fe80_r8
	ext2 uxth, 0x1234fe80, 8, 0x000034fe, \p\()uxth_1234fe80_r8
	ext2 sxtb16, 0x1234fe80, 8, 0x0012fffe, \p\()sxtb16_1234fe80_r8
	ext2 uxtb16, 0x1234fe80, 8, 0x001200fe, \p\()uxtb16_1234fe80_r8
	ext3 sxtab, 0x7fff0001, 0x1234fe80, 8, 0x7ffeffff, \p\()sxtab_1234fe80_r8
	ext3 sxtah, 0x7fff0001, 0x1234fe80, 8, 0x7fff34ff, \p\()sxtah_1234fe80_r8
	ext3 uxtab, 0x7fff0001, 0x1234fe80, 8, 0x7fff00ff, \p\()uxtab_1234fe80_r8
	ext3 uxtah, 0x7fff0001, 0x1234fe80, 8, 0x7fff34ff, \p\()uxtah_1234fe80_r8
	ext3 sxtab16, 0x7fff0001, 0x1234fe80, 8, 0x8011ffff, \p\()sxtab16_1234fe80_r8
	ext3 uxtab16, 0x7fff0001, 0x1234fe80, 8, 0x801100ff, \p\()uxtab16_1234fe80_r8
	ext2 sxtb, 0x1234fe80, 16, 0x00000034, \p\()sxtb_1234fe80_r16
	ext2 sxth, 0x1234fe80, 16, 0x00001234, \p\()sxth_1234fe80_r16
	ext2 uxtb, 0x1234fe80, 16, 0x00000034, \p\()uxtb_1234fe80_r16
	ext2 uxth, 0x1234fe80, 16, 0x00001234, \p\()uxth_1234fe80_r16
	ext2 sxtb16, 0x1234fe80, 16, 0xff800034, \p\()sxtb16_1234fe80_r16
	ext2 uxtb16, 0x1234fe80, 16, 0x00800034, \p\()uxtb16_1234fe80_r16
	ext3 sxtab, 0x7fff0001, 0x1234fe80, 16, 0x7fff0035, \p\()sxtab_1234fe80_r16
	ext3 sxtah, 0x7fff0001, 0x1234fe80, 16, 0x7fff1235, \p\()sxtah_1234fe80_r16
	ext3 uxtab, 0x7fff0001, 0x1234fe80, 16, 0x7fff0035, \p\()uxtab_1234fe80_r16
	ext3 uxtah, 0x7fff0001, 0x1234fe80, 16, 0x7fff1235, \p\()uxtah_1234fe80_r16
	ext3 sxtab16, 0x7fff0001, 0x1234fe80, 16, 0x7f7f0035, \p\()sxtab16_1234fe80_r16
	ext3 uxtab16, 0x7fff0001, 0x1234fe80, 16, 0x807f0035, \p\()uxtab16_1234fe80_r16
	ext2 sxtb, 0x1234fe80, 24, 0x00000012, \p\()sxtb_1234fe80_r24
	ext2 sxth, 0x1234fe80, 24, 0xffff8012, \p\()sxth_1234fe80_r24
	ext2 uxtb, 0x1234fe80, 24, 0x00000012, \p\()uxtb_1234fe80_r24
	ext2 uxth, 0x1234fe80, 24, 0x00008012, \p\()uxth_1234fe80_r24
	ext2 sxtb16, 0x1234fe80, 24, 0xfffe0012, \p\()sxtb16_1234fe80_r24
	ext2 uxtb16, 0x1234fe80, 24, 0x00fe0012, \p\()uxtb16_1234fe80_r24
	ext3 sxtab, 0x7fff0001, 0x1234fe80, 24, 0x7fff0013, \p\()sxtab_1234fe80_r24
	ext3 sxtah, 0x7fff0001, 0x1234fe80, 24, 0x7ffe8013, \p\()sxtah_1234fe80_r24
	ext3 uxtab, 0x7fff0001, 0x1234fe80, 24, 0x7fff0013, \p\()uxtab_1234fe80_r24
	ext3 uxtah, 0x7fff0001, 0x1234fe80, 24, 0x7fff8013, \p\()uxtah_1234fe80_r24
	ext3 sxtab16, 0x7fff0001, 0x1234fe80, 24, 0x7ffd0013, \p\()sxtab16_1234fe80_r24
	ext3 uxtab16, 0x7fff0001, 0x1234fe80, 24, 0x80fd0013, \p\()uxtab16_1234fe80_r24
	pkh pkhbt, 0x11112222, 0x87654321, lsl, 0, 0x87652222, \p\()pkhbt_0
	pkh pkhbt, 0x11112222, 0x87654321, lsl, 1, 0x0eca2222, \p\()pkhbt_1
	pkh pkhbt, 0x11112222, 0x87654321, lsl, 16, 0x43212222, \p\()pkhbt_16
	pkh pkhbt, 0x11112222, 0x87654321, lsl, 31, 0x80002222, \p\()pkhbt_31
	pkh pkhtb, 0x11112222, 0x87654321, asr, 1, 0x1111a190, \p\()pkhtb_1
	pkh pkhtb, 0x11112222, 0x87654321, asr, 16, 0x11118765, \p\()pkhtb_16
	pkh pkhtb, 0x11112222, 0x87654321, asr, 31, 0x1111ffff, \p\()pkhtb_31
	usad usad8, 0x01020304, 0x04030201, 0, 0x00000008, \p\()usad8_01020304
	usad usada8, 0x01020304, 0x04030201, 0xfffffff0, 0xfffffff8, \p\()usada8_01020304
	usad usad8, 0xff00ff00, 0x00ff00ff, 0, 0x000003fc, \p\()usad8_ff00ff00
	usad usada8, 0xff00ff00, 0x00ff00ff, 0xfffffff0, 0x000003ec, \p\()usada8_ff00ff00
	usad usad8, 0x80808080, 0x80808080, 0, 0x00000000, \p\()usad8_80808080
	usad usada8, 0x80808080, 0x80808080, 0xfffffff0, 0xfffffff0, \p\()usada8_80808080
	usad usad8, 0x00ff7f10, 0xff007f20, 0, 0x0000020e, \p\()usad8_00ff7f10
	usad usada8, 0x00ff7f10, 0xff007f20, 0xfffffff0, 0x000001fe, \p\()usada8_00ff7f10
	pkh pkhtb, 0x11112222, 0x87654321, asr, 32, 0x1111ffff, \p\()pkhtb_32
	pkh pkhtb, 0x11112222, 0x77654321, asr, 32, 0x11110000, \p\()pkhtb_32_pos
	.irp g, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	sel_case \g, \p\()sel_ge\g
	.endr
	@ UADD8 / USUB8 then SEL: per-byte unsigned max and min.
	mov32 r1, 0x10f08001
	mov32 r2, 0x20e08101
	usub8 r0, r1, r2		@ GE[i] = r1[i] >= r2[i]
	CHECK_GE 0b0101, \p\()usub8_max_ge
	sel r0, r1, r2
	CHECK_EQ r0, 0x20f08101, \p\()sel_max
	sel r0, r2, r1
	CHECK_EQ r0, 0x10e08001, \p\()sel_min
	mov32 r1, 0xff018000
	mov32 r2, 0x01ff8000
	uadd8 r0, r1, r2		@ GE[i] = carry out of byte i
	CHECK_EQ r0, 0x00000000, \p\()uadd8_carry
	CHECK_GE 0b1110, \p\()uadd8_carry_ge
	@ MSR / MRS of the APSR fields
	mov32 r0, 0x00000000
	msr APSR_nzcvqg, r0
	mov32 r0, 0xf50affff		@ junk outside GE
	msr APSR_g, r0
	CHECK_GE 0xa, \p\()msr_g
	CHECK_FLAGS 0, \p\()msr_g_keeps_flags
	mov32 r0, 0xa8050000
	msr APSR_nzcvq, r0
	CHECK_FLAGS (F_N | F_C | F_Q), \p\()msr_nzcvq
	CHECK_GE 0xa, \p\()msr_nzcvq_keeps_ge
	mov32 r0, 0x580f0000
	msr APSR_nzcvqg, r0
	mrs r1, APSR
	mov32 r2, 0xf80f0000
	and r1, r1, r2
	CHECK_EQ r1, 0x580f0000, \p\()mrs_apsr
.endm

	.arm
	.global test_main
test_main:
	simd_tests a_
	@ ARM only: MSR with an immediate.
	msr APSR_nzcvqg, #0
	msr APSR_g, #0x00030000
	CHECK_GE 3, a_msr_imm_g
	msr APSR_nzcvq, #0x68000000
	CHECK_FLAGS (F_Z | F_C | F_Q), a_msr_imm_nzcvq
	CHECK_GE 3, a_msr_imm_keeps_ge
	ENTER_THUMB
	simd_tests t_
	ENTER_ARM
	TEST_END
