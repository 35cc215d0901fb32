@ Every multiply form (ARM ARM A8.8.100 MUL ... A8.8.177 SMULW<y>, A8.8.256
@ UMAAL) on boundary operands: MUL/MLA/MLS, UMULL/UMLAL/SMULL/SMLAL/UMAAL,
@ SMLA<x><y>, SMLAW<y>, SMULW<y>, SMUL<x><y>, SMLAL<x><y>, SMUAD/SMUSD,
@ SMLAD/SMLSD, SMLALD/SMLSLD (and their X forms), SMMUL/SMMLA/SMMLS (and R);
@ Q set only by the overflow of SMLA<x><y>/SMLAW<y>/SMUAD/SMLAD/SMLSD; the
@ flag-setting forms (N, Z from the result, C and V kept).

	.include "harness.inc"

	.equ MF, (F_Z | F_C | F_V)	@ flags before each case (Q clear)

.macro m3 op, n, m, res, q, id
	mov32 r1, \n
	mov32 r2, \m
	SET_APSR MF
	\op r0, r1, r2
	CHECK_EQ r0, \res, \id
	CHECK_FLAGS (MF | \q), \id\()_f
.endm

.macro m4 op, n, m, a, res, q, id
	mov32 r1, \n
	mov32 r2, \m
	mov32 r3, \a
	SET_APSR MF
	\op r0, r1, r2, r3
	CHECK_EQ r0, \res, \id
	CHECK_FLAGS (MF | \q), \id\()_f
.endm

.macro ml op, n, m, lo, hi, rlo, rhi, q, id
	mov32 r1, \n
	mov32 r2, \m
	mov32 r4, \lo
	mov32 r5, \hi
	SET_APSR MF
	\op r4, r5, r1, r2
	CHECK_EQ r4, \rlo, \id\()_lo
	CHECK_EQ r5, \rhi, \id\()_hi
	CHECK_FLAGS (MF | \q), \id\()_f
.endm

@ Flag-setting forms: fl op, ..., nzcv (Q stays clear).
.macro fl3 op, n, m, res, nzcv, id
	mov32 r1, \n
	mov32 r2, \m
	SET_APSR (F_C | F_V)
	\op r0, r1, r2
	CHECK_EQ r0, \res, \id
	CHECK_FLAGS (\nzcv << 1), \id\()_f
.endm

.macro fll op, n, m, lo, hi, rlo, rhi, nzcv, id
	mov32 r1, \n
	mov32 r2, \m
	mov32 r4, \lo
	mov32 r5, \hi
	SET_APSR (F_N | F_Z)
	\op r4, r5, r1, r2
	CHECK_EQ r4, \rlo, \id\()_lo
	CHECK_EQ r5, \rhi, \id\()_hi
	CHECK_FLAGS (\nzcv << 1), \id\()_f
.endm

.macro mul_tests p
	m3 mul, 0x80000000, 0x80000000, 0x00000000, 0, \p\()mul_0
	m3 smulbb, 0x80000000, 0x80000000, 0x00000000, 0, \p\()smulbb_0
	m4 smlabb, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()smlabb_0
	ml smlalbb, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0x7fffffff, 0, \p\()smlalbb_0
	m3 smulbt, 0x80000000, 0x80000000, 0x00000000, 0, \p\()smulbt_0
	m4 smlabt, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()smlabt_0
	ml smlalbt, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0x7fffffff, 0, \p\()smlalbt_0
	m3 smultb, 0x80000000, 0x80000000, 0x00000000, 0, \p\()smultb_0
	m4 smlatb, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()smlatb_0
	ml smlaltb, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0x7fffffff, 0, \p\()smlaltb_0
	m3 smultt, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smultt_0
	m4 smlatt, 0x80000000, 0x80000000, 0x80000000, 0xc0000000, 0, \p\()smlatt_0
	ml smlaltt, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0xc0000000, 0x7fffffff, 0, \p\()smlaltt_0
	m3 smulwb, 0x80000000, 0x80000000, 0x00000000, 0, \p\()smulwb_0
	m4 smlawb, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()smlawb_0
	m3 smulwt, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smulwt_0
	m4 smlawt, 0x80000000, 0x80000000, 0x80000000, 0xc0000000, 0, \p\()smlawt_0
	m3 smuad, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smuad_0
	m3 smusd, 0x80000000, 0x80000000, 0xc0000000, 0, \p\()smusd_0
	m4 smlad, 0x80000000, 0x80000000, 0x80000000, 0xc0000000, 0, \p\()smlad_0
	m4 smlsd, 0x80000000, 0x80000000, 0x80000000, 0x40000000, 1, \p\()smlsd_0
	ml smlald, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0xc0000000, 0x7fffffff, 0, \p\()smlald_0
	ml smlsld, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x40000000, 0x7fffffff, 0, \p\()smlsld_0
	m3 smuadx, 0x80000000, 0x80000000, 0x00000000, 0, \p\()smuadx_0
	m3 smusdx, 0x80000000, 0x80000000, 0x00000000, 0, \p\()smusdx_0
	m4 smladx, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()smladx_0
	m4 smlsdx, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()smlsdx_0
	ml smlaldx, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0x7fffffff, 0, \p\()smlaldx_0
	ml smlsldx, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0x7fffffff, 0, \p\()smlsldx_0
	m3 smmul, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smmul_0
	m4 smmla, 0x80000000, 0x80000000, 0x80000000, 0xc0000000, 0, \p\()smmla_0
	m4 smmls, 0x80000000, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smmls_0
	m3 smmulr, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smmulr_0
	m4 smmlar, 0x80000000, 0x80000000, 0x80000000, 0xc0000000, 0, \p\()smmlar_0
	m4 smmlsr, 0x80000000, 0x80000000, 0x80000000, 0x40000000, 0, \p\()smmlsr_0
	m4 mla, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()mla_0
	m4 mls, 0x80000000, 0x80000000, 0x80000000, 0x80000000, 0, \p\()mls_0
	ml umull, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x00000000, 0x40000000, 0, \p\()umull_0
	ml umlal, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0xbfffffff, 0, \p\()umlal_0
	ml smull, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x00000000, 0x40000000, 0, \p\()smull_0
	ml smlal, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0x80000000, 0xbfffffff, 0, \p\()smlal_0
	ml umaal, 0x80000000, 0x80000000, 0x80000000, 0x7fffffff, 0xffffffff, 0x40000000, 0, \p\()umaal_0
	m3 mul, 0x7fffffff, 0xffffffff, 0x80000001, 0, \p\()mul_1
	m3 smulbb, 0x7fffffff, 0xffffffff, 0x00000001, 0, \p\()smulbb_1
	m4 smlabb, 0x7fffffff, 0xffffffff, 0x00000001, 0x00000002, 0, \p\()smlabb_1
	ml smlalbb, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x00000002, 0xffffffff, 0, \p\()smlalbb_1
	m3 smulbt, 0x7fffffff, 0xffffffff, 0x00000001, 0, \p\()smulbt_1
	m4 smlabt, 0x7fffffff, 0xffffffff, 0x00000001, 0x00000002, 0, \p\()smlabt_1
	ml smlalbt, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x00000002, 0xffffffff, 0, \p\()smlalbt_1
	m3 smultb, 0x7fffffff, 0xffffffff, 0xffff8001, 0, \p\()smultb_1
	m4 smlatb, 0x7fffffff, 0xffffffff, 0x00000001, 0xffff8002, 0, \p\()smlatb_1
	ml smlaltb, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0xffff8002, 0xfffffffe, 0, \p\()smlaltb_1
	m3 smultt, 0x7fffffff, 0xffffffff, 0xffff8001, 0, \p\()smultt_1
	m4 smlatt, 0x7fffffff, 0xffffffff, 0x00000001, 0xffff8002, 0, \p\()smlatt_1
	ml smlaltt, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0xffff8002, 0xfffffffe, 0, \p\()smlaltt_1
	m3 smulwb, 0x7fffffff, 0xffffffff, 0xffff8000, 0, \p\()smulwb_1
	m4 smlawb, 0x7fffffff, 0xffffffff, 0x00000001, 0xffff8001, 0, \p\()smlawb_1
	m3 smulwt, 0x7fffffff, 0xffffffff, 0xffff8000, 0, \p\()smulwt_1
	m4 smlawt, 0x7fffffff, 0xffffffff, 0x00000001, 0xffff8001, 0, \p\()smlawt_1
	m3 smuad, 0x7fffffff, 0xffffffff, 0xffff8002, 0, \p\()smuad_1
	m3 smusd, 0x7fffffff, 0xffffffff, 0x00008000, 0, \p\()smusd_1
	m4 smlad, 0x7fffffff, 0xffffffff, 0x00000001, 0xffff8003, 0, \p\()smlad_1
	m4 smlsd, 0x7fffffff, 0xffffffff, 0x00000001, 0x00008001, 0, \p\()smlsd_1
	ml smlald, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0xffff8003, 0xfffffffe, 0, \p\()smlald_1
	ml smlsld, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x00008001, 0xffffffff, 0, \p\()smlsld_1
	m3 smuadx, 0x7fffffff, 0xffffffff, 0xffff8002, 0, \p\()smuadx_1
	m3 smusdx, 0x7fffffff, 0xffffffff, 0x00008000, 0, \p\()smusdx_1
	m4 smladx, 0x7fffffff, 0xffffffff, 0x00000001, 0xffff8003, 0, \p\()smladx_1
	m4 smlsdx, 0x7fffffff, 0xffffffff, 0x00000001, 0x00008001, 0, \p\()smlsdx_1
	ml smlaldx, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0xffff8003, 0xfffffffe, 0, \p\()smlaldx_1
	ml smlsldx, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x00008001, 0xffffffff, 0, \p\()smlsldx_1
	m3 smmul, 0x7fffffff, 0xffffffff, 0xffffffff, 0, \p\()smmul_1
	m4 smmla, 0x7fffffff, 0xffffffff, 0x00000001, 0x00000000, 0, \p\()smmla_1
	m4 smmls, 0x7fffffff, 0xffffffff, 0x00000001, 0x00000001, 0, \p\()smmls_1
	m3 smmulr, 0x7fffffff, 0xffffffff, 0x00000000, 0, \p\()smmulr_1
	m4 smmlar, 0x7fffffff, 0xffffffff, 0x00000001, 0x00000001, 0, \p\()smmlar_1
	m4 smmlsr, 0x7fffffff, 0xffffffff, 0x00000001, 0x00000001, 0, \p\()smmlsr_1
	m4 mla, 0x7fffffff, 0xffffffff, 0x00000001, 0x80000002, 0, \p\()mla_1
	m4 mls, 0x7fffffff, 0xffffffff, 0x00000001, 0x80000000, 0, \p\()mls_1
	ml umull, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x80000001, 0x7ffffffe, 0, \p\()umull_1
	ml umlal, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x80000002, 0x7ffffffd, 0, \p\()umlal_1
	ml smull, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x80000001, 0xffffffff, 0, \p\()smull_1
	ml smlal, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x80000002, 0xfffffffe, 0, \p\()smlal_1
	ml umaal, 0x7fffffff, 0xffffffff, 0x00000001, 0xffffffff, 0x80000001, 0x7fffffff, 0, \p\()umaal_1
	m3 mul, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()mul_2
	m3 smulbb, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()smulbb_2
	m4 smlabb, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smlabb_2
	ml smlalbb, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0, \p\()smlalbb_2
	m3 smulbt, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()smulbt_2
	m4 smlabt, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smlabt_2
	ml smlalbt, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0, \p\()smlalbt_2
	m3 smultb, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()smultb_2
	m4 smlatb, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smlatb_2
	ml smlaltb, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0, \p\()smlaltb_2
	m3 smultt, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()smultt_2
	m4 smlatt, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smlatt_2
	ml smlaltt, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0, \p\()smlaltt_2
	m3 smulwb, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smulwb_2
	m4 smlawb, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smlawb_2
	m3 smulwt, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smulwt_2
	m4 smlawt, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smlawt_2
	m3 smuad, 0xffffffff, 0xffffffff, 0x00000002, 0, \p\()smuad_2
	m3 smusd, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smusd_2
	m4 smlad, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()smlad_2
	m4 smlsd, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smlsd_2
	ml smlald, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000001, 0x00000000, 0, \p\()smlald_2
	ml smlsld, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smlsld_2
	m3 smuadx, 0xffffffff, 0xffffffff, 0x00000002, 0, \p\()smuadx_2
	m3 smusdx, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smusdx_2
	m4 smladx, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000001, 0, \p\()smladx_2
	m4 smlsdx, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smlsdx_2
	ml smlaldx, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000001, 0x00000000, 0, \p\()smlaldx_2
	ml smlsldx, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smlsldx_2
	m3 smmul, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smmul_2
	m4 smmla, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smmla_2
	m4 smmls, 0xffffffff, 0xffffffff, 0xffffffff, 0xfffffffe, 0, \p\()smmls_2
	m3 smmulr, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()smmulr_2
	m4 smmlar, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smmlar_2
	m4 smmlsr, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()smmlsr_2
	m4 mla, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0, \p\()mla_2
	m4 mls, 0xffffffff, 0xffffffff, 0xffffffff, 0xfffffffe, 0, \p\()mls_2
	ml umull, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000001, 0xfffffffe, 0, \p\()umull_2
	ml umlal, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0xfffffffe, 0, \p\()umlal_2
	ml smull, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000001, 0x00000000, 0, \p\()smull_2
	ml smlal, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0, \p\()smlal_2
	ml umaal, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0, \p\()umaal_2
	m3 mul, 0x80008000, 0x80008000, 0x40000000, 0, \p\()mul_3
	m3 smulbb, 0x80008000, 0x80008000, 0x40000000, 0, \p\()smulbb_3
	m4 smlabb, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffffff, 1, \p\()smlabb_3
	ml smlalbb, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xbfffffff, 0x80000000, 0, \p\()smlalbb_3
	m3 smulbt, 0x80008000, 0x80008000, 0x40000000, 0, \p\()smulbt_3
	m4 smlabt, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffffff, 1, \p\()smlabt_3
	ml smlalbt, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xbfffffff, 0x80000000, 0, \p\()smlalbt_3
	m3 smultb, 0x80008000, 0x80008000, 0x40000000, 0, \p\()smultb_3
	m4 smlatb, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffffff, 1, \p\()smlatb_3
	ml smlaltb, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xbfffffff, 0x80000000, 0, \p\()smlaltb_3
	m3 smultt, 0x80008000, 0x80008000, 0x40000000, 0, \p\()smultt_3
	m4 smlatt, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffffff, 1, \p\()smlatt_3
	ml smlaltt, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xbfffffff, 0x80000000, 0, \p\()smlaltt_3
	m3 smulwb, 0x80008000, 0x80008000, 0x3fffc000, 0, \p\()smulwb_3
	m4 smlawb, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffbfff, 1, \p\()smlawb_3
	m3 smulwt, 0x80008000, 0x80008000, 0x3fffc000, 0, \p\()smulwt_3
	m4 smlawt, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffbfff, 1, \p\()smlawt_3
	m3 smuad, 0x80008000, 0x80008000, 0x80000000, 1, \p\()smuad_3
	m3 smusd, 0x80008000, 0x80008000, 0x00000000, 0, \p\()smusd_3
	m4 smlad, 0x80008000, 0x80008000, 0x7fffffff, 0xffffffff, 1, \p\()smlad_3
	m4 smlsd, 0x80008000, 0x80008000, 0x7fffffff, 0x7fffffff, 0, \p\()smlsd_3
	ml smlald, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xffffffff, 0x80000000, 0, \p\()smlald_3
	ml smlsld, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0x7fffffff, 0x80000000, 0, \p\()smlsld_3
	m3 smuadx, 0x80008000, 0x80008000, 0x80000000, 1, \p\()smuadx_3
	m3 smusdx, 0x80008000, 0x80008000, 0x00000000, 0, \p\()smusdx_3
	m4 smladx, 0x80008000, 0x80008000, 0x7fffffff, 0xffffffff, 1, \p\()smladx_3
	m4 smlsdx, 0x80008000, 0x80008000, 0x7fffffff, 0x7fffffff, 0, \p\()smlsdx_3
	ml smlaldx, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xffffffff, 0x80000000, 0, \p\()smlaldx_3
	ml smlsldx, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0x7fffffff, 0x80000000, 0, \p\()smlsldx_3
	m3 smmul, 0x80008000, 0x80008000, 0x3fff8000, 0, \p\()smmul_3
	m4 smmla, 0x80008000, 0x80008000, 0x7fffffff, 0xbfff7fff, 0, \p\()smmla_3
	m4 smmls, 0x80008000, 0x80008000, 0x7fffffff, 0x40007ffe, 0, \p\()smmls_3
	m3 smmulr, 0x80008000, 0x80008000, 0x3fff8000, 0, \p\()smmulr_3
	m4 smmlar, 0x80008000, 0x80008000, 0x7fffffff, 0xbfff7fff, 0, \p\()smmlar_3
	m4 smmlsr, 0x80008000, 0x80008000, 0x7fffffff, 0x40007fff, 0, \p\()smmlsr_3
	m4 mla, 0x80008000, 0x80008000, 0x7fffffff, 0xbfffffff, 0, \p\()mla_3
	m4 mls, 0x80008000, 0x80008000, 0x7fffffff, 0x3fffffff, 0, \p\()mls_3
	ml umull, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0x40000000, 0x40008000, 0, \p\()umull_3
	ml umlal, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xbfffffff, 0xc0008000, 0, \p\()umlal_3
	ml smull, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0x40000000, 0x3fff8000, 0, \p\()smull_3
	ml smlal, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0xbfffffff, 0xbfff8000, 0, \p\()smlal_3
	ml umaal, 0x80008000, 0x80008000, 0x7fffffff, 0x80000000, 0x3fffffff, 0x40008001, 0, \p\()umaal_3
	m3 mul, 0x12345678, 0x9abcdef0, 0x242d2080, 0, \p\()mul_4
	m3 smulbb, 0x12345678, 0x9abcdef0, 0xf4d52080, 0, \p\()smulbb_4
	m4 smlabb, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x04c2ec29, 0, \p\()smlabb_4
	ml smlalbb, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x04c2ec29, 0x87654321, 0, \p\()smlalbb_4
	m3 smulbt, 0x12345678, 0x9abcdef0, 0xddcbb020, 0, \p\()smulbt_4
	m4 smlabt, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0xedb97bc9, 0, \p\()smlabt_4
	ml smlalbt, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0xedb97bc9, 0x87654320, 0, \p\()smlalbt_4
	m3 smultb, 0x12345678, 0x9abcdef0, 0xfda628c0, 0, \p\()smultb_4
	m4 smlatb, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x0d93f469, 0, \p\()smlatb_4
	ml smlaltb, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x0d93f469, 0x87654321, 0, \p\()smlaltb_4
	m3 smultt, 0x12345678, 0x9abcdef0, 0xf8cca630, 0, \p\()smultt_4
	m4 smlatt, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x08ba71d9, 0, \p\()smlatt_4
	ml smlaltt, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x08ba71d9, 0x87654321, 0, \p\()smlaltt_4
	m3 smulwb, 0x12345678, 0x9abcdef0, 0xfda61d95, 0, \p\()smulwb_4
	m4 smlawb, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x0d93e93e, 0, \p\()smlawb_4
	m3 smulwt, 0x12345678, 0x9abcdef0, 0xf8cc83fb, 0, \p\()smulwt_4
	m4 smlawt, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x08ba4fa4, 0, \p\()smlawt_4
	m3 smuad, 0x12345678, 0x9abcdef0, 0xeda1c6b0, 0, \p\()smuad_4
	m3 smusd, 0x12345678, 0x9abcdef0, 0xfc087a50, 0, \p\()smusd_4
	m4 smlad, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0xfd8f9259, 0, \p\()smlad_4
	m4 smlsd, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x0bf645f9, 0, \p\()smlsd_4
	ml smlald, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0xfd8f9259, 0x87654320, 0, \p\()smlald_4
	ml smlsld, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x0bf645f9, 0x87654321, 0, \p\()smlsld_4
	m3 smuadx, 0x12345678, 0x9abcdef0, 0xdb71d8e0, 0, \p\()smuadx_4
	m3 smusdx, 0x12345678, 0x9abcdef0, 0xe0258760, 0, \p\()smusdx_4
	m4 smladx, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0xeb5fa489, 0, \p\()smladx_4
	m4 smlsdx, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0xf0135309, 0, \p\()smlsdx_4
	ml smlaldx, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0xeb5fa489, 0x87654320, 0, \p\()smlaldx_4
	ml smlsldx, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0xf0135309, 0x87654320, 0, \p\()smlsldx_4
	m3 smmul, 0x12345678, 0x9abcdef0, 0xf8cc93d6, 0, \p\()smmul_4
	m4 smmla, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x08ba5f7f, 0, \p\()smmla_4
	m4 smmls, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x172137d2, 0, \p\()smmls_4
	m3 smmulr, 0x12345678, 0x9abcdef0, 0xf8cc93d6, 0, \p\()smmulr_4
	m4 smmlar, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x08ba5f7f, 0, \p\()smmlar_4
	m4 smmlsr, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x172137d3, 0, \p\()smmlsr_4
	m4 mla, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x341aec29, 0, \p\()mla_4
	m4 mls, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0xebc0ab29, 0, \p\()mls_4
	ml umull, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x242d2080, 0x0b00ea4e, 0, \p\()umull_4
	ml umlal, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x341aec29, 0x92662d6f, 0, \p\()umlal_4
	ml smull, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x242d2080, 0xf8cc93d6, 0, \p\()smull_4
	ml smlal, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0x341aec29, 0x8031d6f7, 0, \p\()smlal_4
	ml umaal, 0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321, 0xbb802f4a, 0x0b00ea4e, 0, \p\()umaal_4
	m3 mul, 0x7fff8000, 0x80007fff, 0x40008000, 0, \p\()mul_5
	m3 smulbb, 0x7fff8000, 0x80007fff, 0xc0008000, 0, \p\()smulbb_5
	m4 smlabb, 0x7fff8000, 0x80007fff, 0xffffffff, 0xc0007fff, 0, \p\()smlabb_5
	ml smlalbb, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0xc0007fff, 0x00000000, 0, \p\()smlalbb_5
	m3 smulbt, 0x7fff8000, 0x80007fff, 0x40000000, 0, \p\()smulbt_5
	m4 smlabt, 0x7fff8000, 0x80007fff, 0xffffffff, 0x3fffffff, 0, \p\()smlabt_5
	ml smlalbt, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x3fffffff, 0x00000001, 0, \p\()smlalbt_5
	m3 smultb, 0x7fff8000, 0x80007fff, 0x3fff0001, 0, \p\()smultb_5
	m4 smlatb, 0x7fff8000, 0x80007fff, 0xffffffff, 0x3fff0000, 0, \p\()smlatb_5
	ml smlaltb, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x3fff0000, 0x00000001, 0, \p\()smlaltb_5
	m3 smultt, 0x7fff8000, 0x80007fff, 0xc0008000, 0, \p\()smultt_5
	m4 smlatt, 0x7fff8000, 0x80007fff, 0xffffffff, 0xc0007fff, 0, \p\()smlatt_5
	ml smlaltt, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0xc0007fff, 0x00000000, 0, \p\()smlaltt_5
	m3 smulwb, 0x7fff8000, 0x80007fff, 0x3fff4000, 0, \p\()smulwb_5
	m4 smlawb, 0x7fff8000, 0x80007fff, 0xffffffff, 0x3fff3fff, 0, \p\()smlawb_5
	m3 smulwt, 0x7fff8000, 0x80007fff, 0xc0004000, 0, \p\()smulwt_5
	m4 smlawt, 0x7fff8000, 0x80007fff, 0xffffffff, 0xc0003fff, 0, \p\()smlawt_5
	m3 smuad, 0x7fff8000, 0x80007fff, 0x80010000, 0, \p\()smuad_5
	m3 smusd, 0x7fff8000, 0x80007fff, 0x00000000, 0, \p\()smusd_5
	m4 smlad, 0x7fff8000, 0x80007fff, 0xffffffff, 0x8000ffff, 0, \p\()smlad_5
	m4 smlsd, 0x7fff8000, 0x80007fff, 0xffffffff, 0xffffffff, 0, \p\()smlsd_5
	ml smlald, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x8000ffff, 0x00000000, 0, \p\()smlald_5
	ml smlsld, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0xffffffff, 0x00000000, 0, \p\()smlsld_5
	m3 smuadx, 0x7fff8000, 0x80007fff, 0x7fff0001, 0, \p\()smuadx_5
	m3 smusdx, 0x7fff8000, 0x80007fff, 0x0000ffff, 0, \p\()smusdx_5
	m4 smladx, 0x7fff8000, 0x80007fff, 0xffffffff, 0x7fff0000, 0, \p\()smladx_5
	m4 smlsdx, 0x7fff8000, 0x80007fff, 0xffffffff, 0x0000fffe, 0, \p\()smlsdx_5
	ml smlaldx, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x7fff0000, 0x00000001, 0, \p\()smlaldx_5
	ml smlsldx, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x0000fffe, 0x00000001, 0, \p\()smlsldx_5
	m3 smmul, 0x7fff8000, 0x80007fff, 0xc0007fff, 0, \p\()smmul_5
	m4 smmla, 0x7fff8000, 0x80007fff, 0xffffffff, 0xc0007ffe, 0, \p\()smmla_5
	m4 smmls, 0x7fff8000, 0x80007fff, 0xffffffff, 0x3fff7fff, 0, \p\()smmls_5
	m3 smmulr, 0x7fff8000, 0x80007fff, 0xc0007fff, 0, \p\()smmulr_5
	m4 smmlar, 0x7fff8000, 0x80007fff, 0xffffffff, 0xc0007ffe, 0, \p\()smmlar_5
	m4 smmlsr, 0x7fff8000, 0x80007fff, 0xffffffff, 0x3fff8000, 0, \p\()smmlsr_5
	m4 mla, 0x7fff8000, 0x80007fff, 0xffffffff, 0x40007fff, 0, \p\()mla_5
	m4 mls, 0x7fff8000, 0x80007fff, 0xffffffff, 0xbfff7fff, 0, \p\()mls_5
	ml umull, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x40008000, 0x3fffffff, 0, \p\()umull_5
	ml umlal, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x40007fff, 0x40000000, 0, \p\()umlal_5
	ml smull, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x40008000, 0xc0007fff, 0, \p\()smull_5
	ml smlal, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x40007fff, 0xc0008000, 0, \p\()smlal_5
	ml umaal, 0x7fff8000, 0x80007fff, 0xffffffff, 0x00000000, 0x40007fff, 0x40000000, 0, \p\()umaal_5
	m3 mul, 0x00000000, 0x12345678, 0x00000000, 0, \p\()mul_6
	m3 smulbb, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smulbb_6
	m4 smlabb, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlabb_6
	ml smlalbb, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlalbb_6
	m3 smulbt, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smulbt_6
	m4 smlabt, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlabt_6
	ml smlalbt, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlalbt_6
	m3 smultb, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smultb_6
	m4 smlatb, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlatb_6
	ml smlaltb, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlaltb_6
	m3 smultt, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smultt_6
	m4 smlatt, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlatt_6
	ml smlaltt, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlaltt_6
	m3 smulwb, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smulwb_6
	m4 smlawb, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlawb_6
	m3 smulwt, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smulwt_6
	m4 smlawt, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlawt_6
	m3 smuad, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smuad_6
	m3 smusd, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smusd_6
	m4 smlad, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlad_6
	m4 smlsd, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlsd_6
	ml smlald, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlald_6
	ml smlsld, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlsld_6
	m3 smuadx, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smuadx_6
	m3 smusdx, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smusdx_6
	m4 smladx, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smladx_6
	m4 smlsdx, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smlsdx_6
	ml smlaldx, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlaldx_6
	ml smlsldx, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlsldx_6
	m3 smmul, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smmul_6
	m4 smmla, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smmla_6
	m4 smmls, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smmls_6
	m3 smmulr, 0x00000000, 0x12345678, 0x00000000, 0, \p\()smmulr_6
	m4 smmlar, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smmlar_6
	m4 smmlsr, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()smmlsr_6
	m4 mla, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()mla_6
	m4 mls, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0, \p\()mls_6
	ml umull, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()umull_6
	ml umlal, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()umlal_6
	ml smull, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smull_6
	ml smlal, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()smlal_6
	ml umaal, 0x00000000, 0x12345678, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0, \p\()umaal_6
	m3 mul, 0x00010001, 0x7fff7fff, 0xfffe7fff, 0, \p\()mul_7
	m3 smulbb, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smulbb_7
	m4 smlabb, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smlabb_7
	ml smlalbb, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x80007fff, 0x00000001, 0, \p\()smlalbb_7
	m3 smulbt, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smulbt_7
	m4 smlabt, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smlabt_7
	ml smlalbt, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x80007fff, 0x00000001, 0, \p\()smlalbt_7
	m3 smultb, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smultb_7
	m4 smlatb, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smlatb_7
	ml smlaltb, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x80007fff, 0x00000001, 0, \p\()smlaltb_7
	m3 smultt, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smultt_7
	m4 smlatt, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smlatt_7
	ml smlaltt, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x80007fff, 0x00000001, 0, \p\()smlaltt_7
	m3 smulwb, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smulwb_7
	m4 smlawb, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smlawb_7
	m3 smulwt, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smulwt_7
	m4 smlawt, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smlawt_7
	m3 smuad, 0x00010001, 0x7fff7fff, 0x0000fffe, 0, \p\()smuad_7
	m3 smusd, 0x00010001, 0x7fff7fff, 0x00000000, 0, \p\()smusd_7
	m4 smlad, 0x00010001, 0x7fff7fff, 0x80000000, 0x8000fffe, 0, \p\()smlad_7
	m4 smlsd, 0x00010001, 0x7fff7fff, 0x80000000, 0x80000000, 0, \p\()smlsd_7
	ml smlald, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x8000fffe, 0x00000001, 0, \p\()smlald_7
	ml smlsld, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x80000000, 0x00000001, 0, \p\()smlsld_7
	m3 smuadx, 0x00010001, 0x7fff7fff, 0x0000fffe, 0, \p\()smuadx_7
	m3 smusdx, 0x00010001, 0x7fff7fff, 0x00000000, 0, \p\()smusdx_7
	m4 smladx, 0x00010001, 0x7fff7fff, 0x80000000, 0x8000fffe, 0, \p\()smladx_7
	m4 smlsdx, 0x00010001, 0x7fff7fff, 0x80000000, 0x80000000, 0, \p\()smlsdx_7
	ml smlaldx, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x8000fffe, 0x00000001, 0, \p\()smlaldx_7
	ml smlsldx, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x80000000, 0x00000001, 0, \p\()smlsldx_7
	m3 smmul, 0x00010001, 0x7fff7fff, 0x00007fff, 0, \p\()smmul_7
	m4 smmla, 0x00010001, 0x7fff7fff, 0x80000000, 0x80007fff, 0, \p\()smmla_7
	m4 smmls, 0x00010001, 0x7fff7fff, 0x80000000, 0x7fff8000, 0, \p\()smmls_7
	m3 smmulr, 0x00010001, 0x7fff7fff, 0x00008000, 0, \p\()smmulr_7
	m4 smmlar, 0x00010001, 0x7fff7fff, 0x80000000, 0x80008000, 0, \p\()smmlar_7
	m4 smmlsr, 0x00010001, 0x7fff7fff, 0x80000000, 0x7fff8000, 0, \p\()smmlsr_7
	m4 mla, 0x00010001, 0x7fff7fff, 0x80000000, 0x7ffe7fff, 0, \p\()mla_7
	m4 mls, 0x00010001, 0x7fff7fff, 0x80000000, 0x80018001, 0, \p\()mls_7
	ml umull, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0xfffe7fff, 0x00007fff, 0, \p\()umull_7
	ml umlal, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x7ffe7fff, 0x00008001, 0, \p\()umlal_7
	ml smull, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0xfffe7fff, 0x00007fff, 0, \p\()smull_7
	ml smlal, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x7ffe7fff, 0x00008001, 0, \p\()smlal_7
	ml umaal, 0x00010001, 0x7fff7fff, 0x80000000, 0x00000001, 0x7ffe8000, 0x00008000, 0, \p\()umaal_7
	@ Destination equal to a source (allowed from ARMv6).
	mov r1, #7
	mov r2, #6
	mul r1, r1, r2
	CHECK_EQ r1, 42, \p\()mul_rd_is_rn
	mov32 r1, 0xffffffff
	mov r2, #2
	mov r3, #0
	umlal r1, r3, r1, r2		@ RdLo = Rn: 0xffffffff + 0xffffffff * 2
	CHECK_EQ r1, 0xfffffffd, \p\()umlal_alias_lo
	CHECK_EQ r3, 2, \p\()umlal_alias_hi
	@ Q is sticky across multiplies that do not overflow.
	SET_APSR F_Q
	mov r1, #2
	smlabb r0, r1, r1, r1
	CHECK_EQ r0, 6, \p\()smlabb_q_sticky_val
	CHECK_FLAGS F_Q, \p\()smlabb_q_sticky
.endm

	.arm
	.global test_main
test_main:
	mul_tests a_
	fl3 muls, 0x00010000, 0x00010000, 0, 0b0111, a_muls_zero
	fl3 muls, 0xffffffff, 1, 0xffffffff, 0b1011, a_muls_neg
	fl3 muls, 0x7fffffff, 0x7fffffff, 1, 0b0011, a_muls_pos
	mov32 r1, 0xfffffffa
	mov r2, #2
	mov r3, #3
	SET_APSR 0
	mlas r0, r2, r3, r1
	CHECK_EQ r0, 0, a_mlas_zero
	CHECK_FLAGS F_Z, a_mlas_zero_f
	fll umulls, 0x80000000, 2, 0, 0, 0, 1, 0b0000, a_umulls_hi
	fll umulls, 0, 0x12345678, 5, 5, 0, 0, 0b0100, a_umulls_zero
	fll smulls, 0xffffffff, 1, 0, 0, 0xffffffff, 0xffffffff, 0b1000, a_smulls_neg
	fll smulls, 0x80000000, 0x80000000, 0, 0, 0, 0x40000000, 0b0000, a_smulls_min
	fll umlals, 1, 1, 0xffffffff, 0xffffffff, 0, 0, 0b0100, a_umlals_wrap
	fll smlals, 1, 0xffffffff, 0, 0x80000000, 0xffffffff, 0x7fffffff, 0b0000, a_smlals_pos
	fll smlals, 2, 0x80000000, 0, 0, 0, 0xffffffff, 0b1000, a_smlals_neg
	ENTER_THUMB
	mul_tests t_
	@ 16-bit MULS Rdm, Rn, Rdm sets N and Z outside an IT block.
	mov r0, #0x10000
	mov r1, #0x10000
	SET_APSR (F_C | F_V)
	muls r0, r1, r0
	CHECK_EQ r0, 0, t_muls16_zero
	CHECK_FLAGS (F_Z | F_C | F_V), t_muls16_zero_f
	mov r0, #3
	mvn r1, #0
	SET_APSR F_Z
	muls r0, r1, r0
	CHECK_EQ r0, 0xfffffffd, t_muls16_neg
	CHECK_FLAGS F_N, t_muls16_neg_f
	ENTER_ARM
	TEST_END
