@ Saturating arithmetic and the sticky Q flag (ARM ARM A2.2.1 SignedSatQ,
@ UnsignedSatQ; A8.8.125 QADD ... A8.8.245 USAT16): QADD, QSUB, QDADD, QDSUB
@ on the 32-bit boundaries, SSAT/USAT for widths 1..32 / 0..31 with shifted
@ operands, SSAT16/USAT16, Q only ever set by saturation and cleared by MSR.

	.include "harness.inc"

@ sat3 op, x, y, result, q, id: r0 = op r1(x), r2(y) with N and C set, Q clear.
.macro sat3 op, x, y, res, q, id
	mov32 r1, \x
	mov32 r2, \y
	SET_APSR (F_N | F_C)
	\op r0, r1, r2
	CHECK_EQ r0, \res, \id
	CHECK_FLAGS (F_N | F_C | \q), \id\()_q
.endm

@ satimm op, n, x, shift, result, q, id
.macro satimm op, n, x, shift, res, q, id
	mov32 r1, \x
	SET_APSR (F_Z | F_V)
	.ifb \shift
	\op r0, #\n, r1
	.else
	\op r0, #\n, r1, \shift
	.endif
	CHECK_EQ r0, \res, \id
	CHECK_FLAGS (F_Z | F_V | \q), \id\()_q
.endm

.macro sat_tests p
	sat3 qadd, 0x7fffffff, 0x00000001, 0x7fffffff, 1, \p\()sat_qadd0
	sat3 qsub, 0x7fffffff, 0x00000001, 0x7ffffffe, 0, \p\()sat_qsub0
	sat3 qdadd, 0x7fffffff, 0x00000001, 0x7fffffff, 1, \p\()sat_qdadd0
	sat3 qdsub, 0x7fffffff, 0x00000001, 0x7ffffffd, 0, \p\()sat_qdsub0
	sat3 qadd, 0x7fffffff, 0x00000000, 0x7fffffff, 0, \p\()sat_qadd1
	sat3 qsub, 0x7fffffff, 0x00000000, 0x7fffffff, 0, \p\()sat_qsub1
	sat3 qdadd, 0x7fffffff, 0x00000000, 0x7fffffff, 0, \p\()sat_qdadd1
	sat3 qdsub, 0x7fffffff, 0x00000000, 0x7fffffff, 0, \p\()sat_qdsub1
	sat3 qadd, 0x80000000, 0xffffffff, 0x80000000, 1, \p\()sat_qadd2
	sat3 qsub, 0x80000000, 0xffffffff, 0x80000001, 0, \p\()sat_qsub2
	sat3 qdadd, 0x80000000, 0xffffffff, 0x80000000, 1, \p\()sat_qdadd2
	sat3 qdsub, 0x80000000, 0xffffffff, 0x80000002, 0, \p\()sat_qdsub2
	sat3 qadd, 0x80000000, 0x80000000, 0x80000000, 1, \p\()sat_qadd3
	sat3 qsub, 0x80000000, 0x80000000, 0x00000000, 0, \p\()sat_qsub3
	sat3 qdadd, 0x80000000, 0x80000000, 0x80000000, 1, \p\()sat_qdadd3
	sat3 qdsub, 0x80000000, 0x80000000, 0x00000000, 1, \p\()sat_qdsub3
	sat3 qadd, 0x7fffffff, 0x7fffffff, 0x7fffffff, 1, \p\()sat_qadd4
	sat3 qsub, 0x7fffffff, 0x7fffffff, 0x00000000, 0, \p\()sat_qsub4
	sat3 qdadd, 0x7fffffff, 0x7fffffff, 0x7fffffff, 1, \p\()sat_qdadd4
	sat3 qdsub, 0x7fffffff, 0x7fffffff, 0x00000000, 1, \p\()sat_qdsub4
	sat3 qadd, 0x40000000, 0x40000000, 0x7fffffff, 1, \p\()sat_qadd5
	sat3 qsub, 0x40000000, 0x40000000, 0x00000000, 0, \p\()sat_qsub5
	sat3 qdadd, 0x40000000, 0x40000000, 0x7fffffff, 1, \p\()sat_qdadd5
	sat3 qdsub, 0x40000000, 0x40000000, 0xc0000001, 1, \p\()sat_qdsub5
	sat3 qadd, 0x3fffffff, 0x40000000, 0x7fffffff, 0, \p\()sat_qadd6
	sat3 qsub, 0x3fffffff, 0x40000000, 0xffffffff, 0, \p\()sat_qsub6
	sat3 qdadd, 0x3fffffff, 0x40000000, 0x7fffffff, 1, \p\()sat_qdadd6
	sat3 qdsub, 0x3fffffff, 0x40000000, 0xc0000000, 1, \p\()sat_qdsub6
	sat3 qadd, 0xc0000000, 0xc0000000, 0x80000000, 0, \p\()sat_qadd7
	sat3 qsub, 0xc0000000, 0xc0000000, 0x00000000, 0, \p\()sat_qsub7
	sat3 qdadd, 0xc0000000, 0xc0000000, 0x80000000, 1, \p\()sat_qdadd7
	sat3 qdsub, 0xc0000000, 0xc0000000, 0x40000000, 0, \p\()sat_qdsub7
	sat3 qadd, 0xc0000000, 0xbfffffff, 0x80000000, 1, \p\()sat_qadd8
	sat3 qsub, 0xc0000000, 0xbfffffff, 0x00000001, 0, \p\()sat_qsub8
	sat3 qdadd, 0xc0000000, 0xbfffffff, 0x80000000, 1, \p\()sat_qdadd8
	sat3 qdsub, 0xc0000000, 0xbfffffff, 0x40000000, 1, \p\()sat_qdsub8
	sat3 qadd, 0x00000005, 0xfffffffd, 0x00000002, 0, \p\()sat_qadd9
	sat3 qsub, 0x00000005, 0xfffffffd, 0x00000008, 0, \p\()sat_qsub9
	sat3 qdadd, 0x00000005, 0xfffffffd, 0xffffffff, 0, \p\()sat_qdadd9
	sat3 qdsub, 0x00000005, 0xfffffffd, 0x0000000b, 0, \p\()sat_qdsub9
	sat3 qadd, 0x00000000, 0x00000000, 0x00000000, 0, \p\()sat_qadd10
	sat3 qsub, 0x00000000, 0x00000000, 0x00000000, 0, \p\()sat_qsub10
	sat3 qdadd, 0x00000000, 0x00000000, 0x00000000, 0, \p\()sat_qdadd10
	sat3 qdsub, 0x00000000, 0x00000000, 0x00000000, 0, \p\()sat_qdsub10
	satimm ssat, 1, 0x7fffffff, , 0x00000000, 1, \p\()ssat1_7fffffff
	satimm ssat, 8, 0x7fffffff, , 0x0000007f, 1, \p\()ssat8_7fffffff
	satimm ssat, 16, 0x7fffffff, , 0x00007fff, 1, \p\()ssat16_7fffffff
	satimm ssat, 31, 0x7fffffff, , 0x3fffffff, 1, \p\()ssat31_7fffffff
	satimm ssat, 32, 0x7fffffff, , 0x7fffffff, 0, \p\()ssat32_7fffffff
	satimm usat, 0, 0x7fffffff, , 0x00000000, 1, \p\()usat0_7fffffff
	satimm usat, 1, 0x7fffffff, , 0x00000001, 1, \p\()usat1_7fffffff
	satimm usat, 8, 0x7fffffff, , 0x000000ff, 1, \p\()usat8_7fffffff
	satimm usat, 16, 0x7fffffff, , 0x0000ffff, 1, \p\()usat16_7fffffff
	satimm usat, 31, 0x7fffffff, , 0x7fffffff, 0, \p\()usat31_7fffffff
	satimm ssat, 1, 0x80000000, , 0xffffffff, 1, \p\()ssat1_80000000
	satimm ssat, 8, 0x80000000, , 0xffffff80, 1, \p\()ssat8_80000000
	satimm ssat, 16, 0x80000000, , 0xffff8000, 1, \p\()ssat16_80000000
	satimm ssat, 31, 0x80000000, , 0xc0000000, 1, \p\()ssat31_80000000
	satimm ssat, 32, 0x80000000, , 0x80000000, 0, \p\()ssat32_80000000
	satimm usat, 0, 0x80000000, , 0x00000000, 1, \p\()usat0_80000000
	satimm usat, 1, 0x80000000, , 0x00000000, 1, \p\()usat1_80000000
	satimm usat, 8, 0x80000000, , 0x00000000, 1, \p\()usat8_80000000
	satimm usat, 16, 0x80000000, , 0x00000000, 1, \p\()usat16_80000000
	satimm usat, 31, 0x80000000, , 0x00000000, 1, \p\()usat31_80000000
	satimm ssat, 1, 0x00000000, , 0x00000000, 0, \p\()ssat1_00000000
	satimm ssat, 8, 0x00000000, , 0x00000000, 0, \p\()ssat8_00000000
	satimm ssat, 16, 0x00000000, , 0x00000000, 0, \p\()ssat16_00000000
	satimm ssat, 31, 0x00000000, , 0x00000000, 0, \p\()ssat31_00000000
	satimm ssat, 32, 0x00000000, , 0x00000000, 0, \p\()ssat32_00000000
	satimm usat, 0, 0x00000000, , 0x00000000, 0, \p\()usat0_00000000
	satimm usat, 1, 0x00000000, , 0x00000000, 0, \p\()usat1_00000000
	satimm usat, 8, 0x00000000, , 0x00000000, 0, \p\()usat8_00000000
	satimm usat, 16, 0x00000000, , 0x00000000, 0, \p\()usat16_00000000
	satimm usat, 31, 0x00000000, , 0x00000000, 0, \p\()usat31_00000000
	satimm ssat, 1, 0xffffffff, , 0xffffffff, 0, \p\()ssat1_ffffffff
	satimm ssat, 8, 0xffffffff, , 0xffffffff, 0, \p\()ssat8_ffffffff
	satimm ssat, 16, 0xffffffff, , 0xffffffff, 0, \p\()ssat16_ffffffff
	satimm ssat, 31, 0xffffffff, , 0xffffffff, 0, \p\()ssat31_ffffffff
	satimm ssat, 32, 0xffffffff, , 0xffffffff, 0, \p\()ssat32_ffffffff
	satimm usat, 0, 0xffffffff, , 0x00000000, 1, \p\()usat0_ffffffff
	satimm usat, 1, 0xffffffff, , 0x00000000, 1, \p\()usat1_ffffffff
	satimm usat, 8, 0xffffffff, , 0x00000000, 1, \p\()usat8_ffffffff
	satimm usat, 16, 0xffffffff, , 0x00000000, 1, \p\()usat16_ffffffff
	satimm usat, 31, 0xffffffff, , 0x00000000, 1, \p\()usat31_ffffffff
	satimm ssat, 1, 0x0000007f, , 0x00000000, 1, \p\()ssat1_0000007f
	satimm ssat, 8, 0x0000007f, , 0x0000007f, 0, \p\()ssat8_0000007f
	satimm ssat, 16, 0x0000007f, , 0x0000007f, 0, \p\()ssat16_0000007f
	satimm ssat, 31, 0x0000007f, , 0x0000007f, 0, \p\()ssat31_0000007f
	satimm ssat, 32, 0x0000007f, , 0x0000007f, 0, \p\()ssat32_0000007f
	satimm usat, 0, 0x0000007f, , 0x00000000, 1, \p\()usat0_0000007f
	satimm usat, 1, 0x0000007f, , 0x00000001, 1, \p\()usat1_0000007f
	satimm usat, 8, 0x0000007f, , 0x0000007f, 0, \p\()usat8_0000007f
	satimm usat, 16, 0x0000007f, , 0x0000007f, 0, \p\()usat16_0000007f
	satimm usat, 31, 0x0000007f, , 0x0000007f, 0, \p\()usat31_0000007f
	satimm ssat, 1, 0x00000080, , 0x00000000, 1, \p\()ssat1_00000080
	satimm ssat, 8, 0x00000080, , 0x0000007f, 1, \p\()ssat8_00000080
	satimm ssat, 16, 0x00000080, , 0x00000080, 0, \p\()ssat16_00000080
	satimm ssat, 31, 0x00000080, , 0x00000080, 0, \p\()ssat31_00000080
	satimm ssat, 32, 0x00000080, , 0x00000080, 0, \p\()ssat32_00000080
	satimm usat, 0, 0x00000080, , 0x00000000, 1, \p\()usat0_00000080
	satimm usat, 1, 0x00000080, , 0x00000001, 1, \p\()usat1_00000080
	satimm usat, 8, 0x00000080, , 0x00000080, 0, \p\()usat8_00000080
	satimm usat, 16, 0x00000080, , 0x00000080, 0, \p\()usat16_00000080
	satimm usat, 31, 0x00000080, , 0x00000080, 0, \p\()usat31_00000080
	satimm ssat, 1, 0xffffff80, , 0xffffffff, 1, \p\()ssat1_ffffff80
	satimm ssat, 8, 0xffffff80, , 0xffffff80, 0, \p\()ssat8_ffffff80
	satimm ssat, 16, 0xffffff80, , 0xffffff80, 0, \p\()ssat16_ffffff80
	satimm ssat, 31, 0xffffff80, , 0xffffff80, 0, \p\()ssat31_ffffff80
	satimm ssat, 32, 0xffffff80, , 0xffffff80, 0, \p\()ssat32_ffffff80
	satimm usat, 0, 0xffffff80, , 0x00000000, 1, \p\()usat0_ffffff80
	satimm usat, 1, 0xffffff80, , 0x00000000, 1, \p\()usat1_ffffff80
	satimm usat, 8, 0xffffff80, , 0x00000000, 1, \p\()usat8_ffffff80
	satimm usat, 16, 0xffffff80, , 0x00000000, 1, \p\()usat16_ffffff80
	satimm usat, 31, 0xffffff80, , 0x00000000, 1, \p\()usat31_ffffff80
	satimm ssat, 1, 0xffffff7f, , 0xffffffff, 1, \p\()ssat1_ffffff7f
	satimm ssat, 8, 0xffffff7f, , 0xffffff80, 1, \p\()ssat8_ffffff7f
	satimm ssat, 16, 0xffffff7f, , 0xffffff7f, 0, \p\()ssat16_ffffff7f
	satimm ssat, 31, 0xffffff7f, , 0xffffff7f, 0, \p\()ssat31_ffffff7f
	satimm ssat, 32, 0xffffff7f, , 0xffffff7f, 0, \p\()ssat32_ffffff7f
	satimm usat, 0, 0xffffff7f, , 0x00000000, 1, \p\()usat0_ffffff7f
	satimm usat, 1, 0xffffff7f, , 0x00000000, 1, \p\()usat1_ffffff7f
	satimm usat, 8, 0xffffff7f, , 0x00000000, 1, \p\()usat8_ffffff7f
	satimm usat, 16, 0xffffff7f, , 0x00000000, 1, \p\()usat16_ffffff7f
	satimm usat, 31, 0xffffff7f, , 0x00000000, 1, \p\()usat31_ffffff7f
	satimm ssat, 1, 0x000000ff, , 0x00000000, 1, \p\()ssat1_000000ff
	satimm ssat, 8, 0x000000ff, , 0x0000007f, 1, \p\()ssat8_000000ff
	satimm ssat, 16, 0x000000ff, , 0x000000ff, 0, \p\()ssat16_000000ff
	satimm ssat, 31, 0x000000ff, , 0x000000ff, 0, \p\()ssat31_000000ff
	satimm ssat, 32, 0x000000ff, , 0x000000ff, 0, \p\()ssat32_000000ff
	satimm usat, 0, 0x000000ff, , 0x00000000, 1, \p\()usat0_000000ff
	satimm usat, 1, 0x000000ff, , 0x00000001, 1, \p\()usat1_000000ff
	satimm usat, 8, 0x000000ff, , 0x000000ff, 0, \p\()usat8_000000ff
	satimm usat, 16, 0x000000ff, , 0x000000ff, 0, \p\()usat16_000000ff
	satimm usat, 31, 0x000000ff, , 0x000000ff, 0, \p\()usat31_000000ff
	satimm ssat, 1, 0x00000100, , 0x00000000, 1, \p\()ssat1_00000100
	satimm ssat, 8, 0x00000100, , 0x0000007f, 1, \p\()ssat8_00000100
	satimm ssat, 16, 0x00000100, , 0x00000100, 0, \p\()ssat16_00000100
	satimm ssat, 31, 0x00000100, , 0x00000100, 0, \p\()ssat31_00000100
	satimm ssat, 32, 0x00000100, , 0x00000100, 0, \p\()ssat32_00000100
	satimm usat, 0, 0x00000100, , 0x00000000, 1, \p\()usat0_00000100
	satimm usat, 1, 0x00000100, , 0x00000001, 1, \p\()usat1_00000100
	satimm usat, 8, 0x00000100, , 0x000000ff, 1, \p\()usat8_00000100
	satimm usat, 16, 0x00000100, , 0x00000100, 0, \p\()usat16_00000100
	satimm usat, 31, 0x00000100, , 0x00000100, 0, \p\()usat31_00000100
	satimm ssat, 1, 0x12345678, , 0x00000000, 1, \p\()ssat1_12345678
	satimm ssat, 8, 0x12345678, , 0x0000007f, 1, \p\()ssat8_12345678
	satimm ssat, 16, 0x12345678, , 0x00007fff, 1, \p\()ssat16_12345678
	satimm ssat, 31, 0x12345678, , 0x12345678, 0, \p\()ssat31_12345678
	satimm ssat, 32, 0x12345678, , 0x12345678, 0, \p\()ssat32_12345678
	satimm usat, 0, 0x12345678, , 0x00000000, 1, \p\()usat0_12345678
	satimm usat, 1, 0x12345678, , 0x00000001, 1, \p\()usat1_12345678
	satimm usat, 8, 0x12345678, , 0x000000ff, 1, \p\()usat8_12345678
	satimm usat, 16, 0x12345678, , 0x0000ffff, 1, \p\()usat16_12345678
	satimm usat, 31, 0x12345678, , 0x12345678, 0, \p\()usat31_12345678
	satimm ssat, 1, 0xfedcba98, , 0xffffffff, 1, \p\()ssat1_fedcba98
	satimm ssat, 8, 0xfedcba98, , 0xffffff80, 1, \p\()ssat8_fedcba98
	satimm ssat, 16, 0xfedcba98, , 0xffff8000, 1, \p\()ssat16_fedcba98
	satimm ssat, 31, 0xfedcba98, , 0xfedcba98, 0, \p\()ssat31_fedcba98
	satimm ssat, 32, 0xfedcba98, , 0xfedcba98, 0, \p\()ssat32_fedcba98
	satimm usat, 0, 0xfedcba98, , 0x00000000, 1, \p\()usat0_fedcba98
	satimm usat, 1, 0xfedcba98, , 0x00000000, 1, \p\()usat1_fedcba98
	satimm usat, 8, 0xfedcba98, , 0x00000000, 1, \p\()usat8_fedcba98
	satimm usat, 16, 0xfedcba98, , 0x00000000, 1, \p\()usat16_fedcba98
	satimm usat, 31, 0xfedcba98, , 0x00000000, 1, \p\()usat31_fedcba98
	satimm ssat, 1, 0x00008000, , 0x00000000, 1, \p\()ssat1_00008000
	satimm ssat, 8, 0x00008000, , 0x0000007f, 1, \p\()ssat8_00008000
	satimm ssat, 16, 0x00008000, , 0x00007fff, 1, \p\()ssat16_00008000
	satimm ssat, 31, 0x00008000, , 0x00008000, 0, \p\()ssat31_00008000
	satimm ssat, 32, 0x00008000, , 0x00008000, 0, \p\()ssat32_00008000
	satimm usat, 0, 0x00008000, , 0x00000000, 1, \p\()usat0_00008000
	satimm usat, 1, 0x00008000, , 0x00000001, 1, \p\()usat1_00008000
	satimm usat, 8, 0x00008000, , 0x000000ff, 1, \p\()usat8_00008000
	satimm usat, 16, 0x00008000, , 0x00008000, 0, \p\()usat16_00008000
	satimm usat, 31, 0x00008000, , 0x00008000, 0, \p\()usat31_00008000
	satimm ssat, 1, 0xffff8000, , 0xffffffff, 1, \p\()ssat1_ffff8000
	satimm ssat, 8, 0xffff8000, , 0xffffff80, 1, \p\()ssat8_ffff8000
	satimm ssat, 16, 0xffff8000, , 0xffff8000, 0, \p\()ssat16_ffff8000
	satimm ssat, 31, 0xffff8000, , 0xffff8000, 0, \p\()ssat31_ffff8000
	satimm ssat, 32, 0xffff8000, , 0xffff8000, 0, \p\()ssat32_ffff8000
	satimm usat, 0, 0xffff8000, , 0x00000000, 1, \p\()usat0_ffff8000
	satimm usat, 1, 0xffff8000, , 0x00000000, 1, \p\()usat1_ffff8000
	satimm usat, 8, 0xffff8000, , 0x00000000, 1, \p\()usat8_ffff8000
	satimm usat, 16, 0xffff8000, , 0x00000000, 1, \p\()usat16_ffff8000
	satimm usat, 31, 0xffff8000, , 0x00000000, 1, \p\()usat31_ffff8000
	satimm ssat, 1, 0x00007fff, , 0x00000000, 1, \p\()ssat1_00007fff
	satimm ssat, 8, 0x00007fff, , 0x0000007f, 1, \p\()ssat8_00007fff
	satimm ssat, 16, 0x00007fff, , 0x00007fff, 0, \p\()ssat16_00007fff
	satimm ssat, 31, 0x00007fff, , 0x00007fff, 0, \p\()ssat31_00007fff
	satimm ssat, 32, 0x00007fff, , 0x00007fff, 0, \p\()ssat32_00007fff
	satimm usat, 0, 0x00007fff, , 0x00000000, 1, \p\()usat0_00007fff
	satimm usat, 1, 0x00007fff, , 0x00000001, 1, \p\()usat1_00007fff
	satimm usat, 8, 0x00007fff, , 0x000000ff, 1, \p\()usat8_00007fff
	satimm usat, 16, 0x00007fff, , 0x00007fff, 0, \p\()usat16_00007fff
	satimm usat, 31, 0x00007fff, , 0x00007fff, 0, \p\()usat31_00007fff
	satimm ssat, 1, 0x00010000, , 0x00000000, 1, \p\()ssat1_00010000
	satimm ssat, 8, 0x00010000, , 0x0000007f, 1, \p\()ssat8_00010000
	satimm ssat, 16, 0x00010000, , 0x00007fff, 1, \p\()ssat16_00010000
	satimm ssat, 31, 0x00010000, , 0x00010000, 0, \p\()ssat31_00010000
	satimm ssat, 32, 0x00010000, , 0x00010000, 0, \p\()ssat32_00010000
	satimm usat, 0, 0x00010000, , 0x00000000, 1, \p\()usat0_00010000
	satimm usat, 1, 0x00010000, , 0x00000001, 1, \p\()usat1_00010000
	satimm usat, 8, 0x00010000, , 0x000000ff, 1, \p\()usat8_00010000
	satimm usat, 16, 0x00010000, , 0x0000ffff, 1, \p\()usat16_00010000
	satimm usat, 31, 0x00010000, , 0x00010000, 0, \p\()usat31_00010000
	satimm ssat, 12, 0x12345678, "lsl #4", 0x000007ff, 1, \p\()ssat12_lsl4_12345678
	satimm usat, 12, 0x12345678, "lsl #4", 0x00000fff, 1, \p\()usat12_lsl4_12345678
	satimm ssat, 12, 0x12345678, "lsl #31", 0x00000000, 0, \p\()ssat12_lsl31_12345678
	satimm usat, 12, 0x12345678, "lsl #31", 0x00000000, 0, \p\()usat12_lsl31_12345678
	satimm ssat, 12, 0x12345678, "asr #1", 0x000007ff, 1, \p\()ssat12_asr1_12345678
	satimm usat, 12, 0x12345678, "asr #1", 0x00000fff, 1, \p\()usat12_asr1_12345678
	satimm ssat, 12, 0x12345678, "asr #31", 0x00000000, 0, \p\()ssat12_asr31_12345678
	satimm usat, 12, 0x12345678, "asr #31", 0x00000000, 0, \p\()usat12_asr31_12345678
	satimm ssat, 12, 0x00000401, "lsl #4", 0x000007ff, 1, \p\()ssat12_lsl4_00000401
	satimm usat, 12, 0x00000401, "lsl #4", 0x00000fff, 1, \p\()usat12_lsl4_00000401
	satimm ssat, 12, 0x00000401, "lsl #31", 0xfffff800, 1, \p\()ssat12_lsl31_00000401
	satimm usat, 12, 0x00000401, "lsl #31", 0x00000000, 1, \p\()usat12_lsl31_00000401
	satimm ssat, 12, 0x00000401, "asr #1", 0x00000200, 0, \p\()ssat12_asr1_00000401
	satimm usat, 12, 0x00000401, "asr #1", 0x00000200, 0, \p\()usat12_asr1_00000401
	satimm ssat, 12, 0x00000401, "asr #31", 0x00000000, 0, \p\()ssat12_asr31_00000401
	satimm usat, 12, 0x00000401, "asr #31", 0x00000000, 0, \p\()usat12_asr31_00000401
	satimm ssat, 12, 0xf0000001, "lsl #4", 0x00000010, 0, \p\()ssat12_lsl4_f0000001
	satimm usat, 12, 0xf0000001, "lsl #4", 0x00000010, 0, \p\()usat12_lsl4_f0000001
	satimm ssat, 12, 0xf0000001, "lsl #31", 0xfffff800, 1, \p\()ssat12_lsl31_f0000001
	satimm usat, 12, 0xf0000001, "lsl #31", 0x00000000, 1, \p\()usat12_lsl31_f0000001
	satimm ssat, 12, 0xf0000001, "asr #1", 0xfffff800, 1, \p\()ssat12_asr1_f0000001
	satimm usat, 12, 0xf0000001, "asr #1", 0x00000000, 1, \p\()usat12_asr1_f0000001
	satimm ssat, 12, 0xf0000001, "asr #31", 0xffffffff, 0, \p\()ssat12_asr31_f0000001
	satimm usat, 12, 0xf0000001, "asr #31", 0x00000000, 1, \p\()usat12_asr31_f0000001
	satimm ssat, 12, 0x00fffff0, "lsl #4", 0x000007ff, 1, \p\()ssat12_lsl4_00fffff0
	satimm usat, 12, 0x00fffff0, "lsl #4", 0x00000fff, 1, \p\()usat12_lsl4_00fffff0
	satimm ssat, 12, 0x00fffff0, "lsl #31", 0x00000000, 0, \p\()ssat12_lsl31_00fffff0
	satimm usat, 12, 0x00fffff0, "lsl #31", 0x00000000, 0, \p\()usat12_lsl31_00fffff0
	satimm ssat, 12, 0x00fffff0, "asr #1", 0x000007ff, 1, \p\()ssat12_asr1_00fffff0
	satimm usat, 12, 0x00fffff0, "asr #1", 0x00000fff, 1, \p\()usat12_asr1_00fffff0
	satimm ssat, 12, 0x00fffff0, "asr #31", 0x00000000, 0, \p\()ssat12_asr31_00fffff0
	satimm usat, 12, 0x00fffff0, "asr #31", 0x00000000, 0, \p\()usat12_asr31_00fffff0
	satimm ssat16, 1, 0x7fff8000, , 0x0000ffff, 1, \p\()ssat16_1_7fff8000
	satimm ssat16, 8, 0x7fff8000, , 0x007fff80, 1, \p\()ssat16_8_7fff8000
	satimm ssat16, 16, 0x7fff8000, , 0x7fff8000, 0, \p\()ssat16_16_7fff8000
	satimm usat16, 0, 0x7fff8000, , 0x00000000, 1, \p\()usat16_0_7fff8000
	satimm usat16, 8, 0x7fff8000, , 0x00ff0000, 1, \p\()usat16_8_7fff8000
	satimm usat16, 15, 0x7fff8000, , 0x7fff0000, 1, \p\()usat16_15_7fff8000
	satimm ssat16, 1, 0x00800080, , 0x00000000, 1, \p\()ssat16_1_00800080
	satimm ssat16, 8, 0x00800080, , 0x007f007f, 1, \p\()ssat16_8_00800080
	satimm ssat16, 16, 0x00800080, , 0x00800080, 0, \p\()ssat16_16_00800080
	satimm usat16, 0, 0x00800080, , 0x00000000, 1, \p\()usat16_0_00800080
	satimm usat16, 8, 0x00800080, , 0x00800080, 0, \p\()usat16_8_00800080
	satimm usat16, 15, 0x00800080, , 0x00800080, 0, \p\()usat16_15_00800080
	satimm ssat16, 1, 0xff7fff80, , 0xffffffff, 1, \p\()ssat16_1_ff7fff80
	satimm ssat16, 8, 0xff7fff80, , 0xff80ff80, 1, \p\()ssat16_8_ff7fff80
	satimm ssat16, 16, 0xff7fff80, , 0xff7fff80, 0, \p\()ssat16_16_ff7fff80
	satimm usat16, 0, 0xff7fff80, , 0x00000000, 1, \p\()usat16_0_ff7fff80
	satimm usat16, 8, 0xff7fff80, , 0x00000000, 1, \p\()usat16_8_ff7fff80
	satimm usat16, 15, 0xff7fff80, , 0x00000000, 1, \p\()usat16_15_ff7fff80
	satimm ssat16, 1, 0x00010000, , 0x00000000, 1, \p\()ssat16_1_00010000
	satimm ssat16, 8, 0x00010000, , 0x00010000, 0, \p\()ssat16_8_00010000
	satimm ssat16, 16, 0x00010000, , 0x00010000, 0, \p\()ssat16_16_00010000
	satimm usat16, 0, 0x00010000, , 0x00000000, 1, \p\()usat16_0_00010000
	satimm usat16, 8, 0x00010000, , 0x00010000, 0, \p\()usat16_8_00010000
	satimm usat16, 15, 0x00010000, , 0x00010000, 0, \p\()usat16_15_00010000
	satimm ssat16, 1, 0x12345678, , 0x00000000, 1, \p\()ssat16_1_12345678
	satimm ssat16, 8, 0x12345678, , 0x007f007f, 1, \p\()ssat16_8_12345678
	satimm ssat16, 16, 0x12345678, , 0x12345678, 0, \p\()ssat16_16_12345678
	satimm usat16, 0, 0x12345678, , 0x00000000, 1, \p\()usat16_0_12345678
	satimm usat16, 8, 0x12345678, , 0x00ff00ff, 1, \p\()usat16_8_12345678
	satimm usat16, 15, 0x12345678, , 0x12345678, 0, \p\()usat16_15_12345678
	satimm ssat16, 1, 0x80007fff, , 0xffff0000, 1, \p\()ssat16_1_80007fff
	satimm ssat16, 8, 0x80007fff, , 0xff80007f, 1, \p\()ssat16_8_80007fff
	satimm ssat16, 16, 0x80007fff, , 0x80007fff, 0, \p\()ssat16_16_80007fff
	satimm usat16, 0, 0x80007fff, , 0x00000000, 1, \p\()usat16_0_80007fff
	satimm usat16, 8, 0x80007fff, , 0x000000ff, 1, \p\()usat16_8_80007fff
	satimm usat16, 15, 0x80007fff, , 0x00007fff, 1, \p\()usat16_15_80007fff
	satimm ssat16, 1, 0xffff0001, , 0xffff0000, 1, \p\()ssat16_1_ffff0001
	satimm ssat16, 8, 0xffff0001, , 0xffff0001, 0, \p\()ssat16_8_ffff0001
	satimm ssat16, 16, 0xffff0001, , 0xffff0001, 0, \p\()ssat16_16_ffff0001
	satimm usat16, 0, 0xffff0001, , 0x00000000, 1, \p\()usat16_0_ffff0001
	satimm usat16, 8, 0xffff0001, , 0x00000001, 1, \p\()usat16_8_ffff0001
	satimm usat16, 15, 0xffff0001, , 0x00000001, 1, \p\()usat16_15_ffff0001
	@ Q is sticky: a later non-saturating op leaves it set.
	SET_APSR 0
	mov32 r1, 0x7fffffff
	mov r2, #1
	qadd r0, r1, r2
	CHECK_FLAGS F_Q, \p\()q_set
	qadd r0, r2, r2
	CHECK_EQ r0, 2, \p\()q_sticky_val
	CHECK_FLAGS F_Q, \p\()q_sticky
	ssat r0, #16, r2
	usat r0, #4, r2
	adds r0, r2, r2			@ flag-setting ALU ops do not clear Q
	CHECK_FLAGS F_Q, \p\()q_kept_by_adds
	mrs r3, APSR
	and r3, r3, #0xf8000000
	CHECK_EQ r3, 0x08000000, \p\()q_mrs_bit27
	mov r3, #0
	msr APSR_nzcvq, r3
	CHECK_FLAGS 0, \p\()q_cleared_by_msr
	mov32 r3, 0x08000000
	msr APSR_nzcvq, r3
	CHECK_FLAGS F_Q, \p\()q_set_by_msr
	@ Saturating results keep N Z C V as they were.
	SET_APSR (F_N | F_Z | F_C | F_V)
	mov32 r1, 0x80000000
	qsub r0, r1, r2
	CHECK_EQ r0, 0x80000000, \p\()qsub_min
	CHECK_FLAGS 0x1f, \p\()qsub_min_flags
.endm

	.arm
	.global test_main
test_main:
	sat_tests a_
	@ ARM only: SSAT/USAT with ASR #32 (sh = 1, imm5 = 0).
	SET_APSR 0
	mov32 r1, 0x80000000
	ssat r0, #8, r1, asr #32
	CHECK_EQ r0, 0xffffffff, a_ssat_asr32
	CHECK_FLAGS 0, a_ssat_asr32_q
	usat r0, #8, r1, asr #32
	CHECK_EQ r0, 0, a_usat_asr32
	CHECK_FLAGS F_Q, a_usat_asr32_q
	ENTER_THUMB
	sat_tests t_
	ENTER_ARM
	TEST_END
