@ Exceptions taken and returned from, in ARM and Thumb state (ARM ARM B1.8):
@ UDF and an absent coprocessor (Undefined Instruction: LR = insn + 4 ARM /
@ + 2 Thumb), SVC (LR = next instruction; the handler reads the immediate
@ through LR), BKPT (Prefetch Abort, LR = insn + 4, IFSR = 0x2 debug event),
@ alignment faults (Data Abort, LR = insn + 8, DFSR/DFAR), and SCTLR.TE = 1
@ (handlers entered in Thumb state).  Each handler
@ records LR, SPSR (mode, T, flags, IT bits), its own CPSR (mode, masks set
@ on entry) and returns with MOVS PC, LR.  A failed-condition SVC does
@ nothing; an SVC in an IT block saves the advanced IT state.

	.include "harness.inc"

	.data
	.balign 4
@ ex_rec: +0 LR, +4 SPSR, +8 count, +12 resume address (0: the default),
@ +16 CPSR in the handler, +20 FSR, +24 FAR, +28 SVC immediate
ex_rec:	.space 32
	.equ EX_LR, 0
	.equ EX_SPSR, 4
	.equ EX_COUNT, 8
	.equ EX_RESUME, 12
	.equ EX_CPSR, 16
	.equ EX_FSR, 20
	.equ EX_FAR, 24
	.equ EX_IMM, 28
ex_word: .word 0x11223344, 0x55667788

	.text
	.arm
@ Common entry: r0 -> ex_rec, r1 = SPSR; LR, SPSR, CPSR recorded, count++.
.macro ex_enter
	push {r0-r3}
	mov32 r0, ex_rec
	str lr, [r0, #EX_LR]
	mrs r1, SPSR
	str r1, [r0, #EX_SPSR]
	mrs r2, CPSR
	str r2, [r0, #EX_CPSR]
	ldr r2, [r0, #EX_COUNT]
	add r2, r2, #1
	str r2, [r0, #EX_COUNT]
.endm

@ Common exit: a resume address overrides LR, then MOVS PC, LR.
.macro ex_leave
	ldr r2, [r0, #EX_RESUME]
	cmp r2, #0
	movne lr, r2
	mov r2, #0
	str r2, [r0, #EX_RESUME]
	pop {r0-r3}
	movs pc, lr
.endm

ex_und:
	ex_enter
	ex_leave

ex_svc:
	ex_enter
	tst r1, #PSR_T
	ldrhne r2, [lr, #-2]		@ Thumb: SVC #imm8
	andne r2, r2, #0xff
	ldreq r2, [lr, #-4]		@ ARM: SVC #imm24
	biceq r2, r2, #0xff000000
	str r2, [r0, #EX_IMM]
	ex_leave

ex_pabt:
	ex_enter
	mrc p15, 0, r2, c5, c0, 1	@ IFSR
	str r2, [r0, #EX_FSR]
	tst r1, #PSR_T
	subne lr, lr, #2		@ Thumb: next = insn + 2
	ex_leave

ex_dabt:
	ex_enter
	mrc p15, 0, r2, c5, c0, 0	@ DFSR
	str r2, [r0, #EX_FSR]
	mrc p15, 0, r2, c6, c0, 0	@ DFAR
	str r2, [r0, #EX_FAR]
	sub lr, lr, #4			@ ARM: next = insn + 4
	ex_leave

@ Clear the record, with a resume address (or 0).
.macro ex_clear resume=0
	push {r0, r1}
	mov32 r0, ex_rec
	mov r1, #0
	str r1, [r0, #EX_LR]
	str r1, [r0, #EX_SPSR]
	str r1, [r0, #EX_COUNT]
	str r1, [r0, #EX_FSR]
	str r1, [r0, #EX_FAR]
	mov32 r1, \resume
	str r1, [r0, #EX_RESUME]
	pop {r0, r1}
.endm

@ Check the record: count 1, LR, SPSR (full), mode and masks in the handler.
.macro ex_check lr, spsr, hmode, hmask, id
	CHECK_MEM ex_rec + EX_COUNT, 1, \id\()_count
	CHECK_MEM ex_rec + EX_LR, \lr, \id\()_lr
	CHECK_MEM ex_rec + EX_SPSR, \spsr, \id\()_spsr
	push {r0, r1}
	mov32 r0, ex_rec + EX_CPSR
	ldr r0, [r0]
	ubfx r0, r0, #0, #9		@ A I F T M
	CHECK_EQ r0, (\hmode | \hmask), \id\()_handler_cpsr
	pop {r0, r1}
.endm

	.equ SYS_FL, 0xa000001f		@ N C, SYS mode, A I F clear
	.equ T_FL, 0x5000003f		@ Z V, Thumb, SYS mode

	.global test_main
test_main:
	SET_HANDLER und, ex_und
	SET_HANDLER svc, ex_svc
	SET_HANDLER pabt, ex_pabt
	SET_HANDLER dabt, ex_dabt
	@ run the rest in SYS mode with interrupts unmasked (nothing raises one)
	cps #M_SYS
	cpsie aif

	@ ---- ARM state ----
	ex_clear
	SET_APSR (F_N | F_C)
	mov r5, #0
a_udf:	udf #0x1234
	add r5, r5, #1			@ the handler returns here
	CHECK_EQ r5, 1, a_udf_resumed
	CHECK_FLAGS (F_N | F_C), a_udf_flags_restored
	ex_check a_udf + 4, SYS_FL, M_UND, PSR_I, a_udf

	ex_clear
	SET_APSR (F_N | F_C)
a_cp7:	mrc p7, 0, r0, c0, c0, 0	@ no coprocessor 7: Undefined
	ex_check a_cp7 + 4, SYS_FL, M_UND, PSR_I, a_cp7

	ex_clear
	SET_APSR (F_N | F_C)
	mov r5, #0
a_svc:	svc #0x123
	add r5, r5, #1
	CHECK_EQ r5, 1, a_svc_resumed
	ex_check a_svc + 4, SYS_FL, M_SVC, PSR_I, a_svc
	CHECK_MEM ex_rec + EX_IMM, 0x123, a_svc_imm
	ex_clear
	SET_APSR (F_N | F_C)		@ Z clear: SVCEQ does not happen
	svceq #0x124
	CHECK_MEM ex_rec + EX_COUNT, 0, a_svc_cond_fail
	SET_APSR (F_Z)
	svceq #0x125
	CHECK_MEM ex_rec + EX_IMM, 0x125, a_svc_cond_pass

	ex_clear
	SET_APSR (F_N | F_C)
	mov r5, #0
a_bkpt:	bkpt #0x12
	add r5, r5, #1
	CHECK_EQ r5, 1, a_bkpt_resumed
	ex_check a_bkpt + 4, SYS_FL, M_ABT, (PSR_A | PSR_I), a_bkpt
	CHECK_MEM ex_rec + EX_FSR, 0x2, a_bkpt_ifsr

	@ Data Abort: LDRD/LDM from an address that is not word aligned always
	@ takes an alignment fault (ARM ARM A3.2.1); DFSR.FS = 0b00001.
	ex_clear
	SET_APSR (F_N | F_C)
	mov32 r2, ex_word + 1
	mov r0, #0
a_ldrd:	ldrd r0, r1, [r2]
	ex_check a_ldrd + 8, SYS_FL, M_ABT, (PSR_A | PSR_I), a_ldrd_align
	CHECK_EQ r0, 0, a_ldrd_align_no_load
	mov32 r2, ex_rec + EX_FSR
	ldr r2, [r2]
	mov32 r3, 0x1c0f
	and r2, r2, r3
	CHECK_EQ r2, 0x1, a_ldrd_align_dfsr
	CHECK_MEM ex_rec + EX_FAR, ex_word + 1, a_ldrd_align_dfar
	ex_clear
	mov32 r2, ex_word + 2
a_stm:	stmia r2, {r0, r1}
	ex_check a_stm + 8, SYS_FL, M_ABT, (PSR_A | PSR_I), a_stm_align
	mov32 r2, ex_rec + EX_FSR
	ldr r2, [r2]
	mov32 r3, 0x1c0f
	and r2, r2, r3
	CHECK_EQ r2, 0x801, a_stm_align_dfsr_wnr
	CHECK_MEM ex_rec + EX_FAR, ex_word + 2, a_stm_align_dfar
	CHECK_MEM ex_word, 0x11223344, a_stm_align_no_store
	@ a plain LDR may be unaligned while SCTLR.A = 0
	mov32 r2, ex_word + 1
	ldr r0, [r2]
	CHECK_EQ r0, 0x88112233, a_ldr_unaligned_ok

	@ ---- Thumb state ----
	ENTER_THUMB
	ex_clear
	SET_APSR (F_Z | F_V)
	movs r5, #0
t_udf:	udf #0x12
	adds r5, r5, #1
	CHECK_EQ r5, 1, t_udf_resumed
	ex_check t_udf + 2, T_FL, M_UND, PSR_I, t_udf
	ex_clear t_udf_w + 4
	SET_APSR (F_Z | F_V)
	movs r5, #0
t_udf_w: udf.w #0x1234
	adds r5, r5, #1
	CHECK_EQ r5, 1, t_udf_w_resumed
	ex_check t_udf_w + 2, T_FL, M_UND, PSR_I, t_udf_w

	ex_clear
	SET_APSR (F_Z | F_V)
	movs r5, #0
t_svc:	svc #0x43
	adds r5, r5, #1
	CHECK_EQ r5, 1, t_svc_resumed
	ex_check t_svc + 2, T_FL, M_SVC, PSR_I, t_svc
	CHECK_MEM ex_rec + EX_IMM, 0x43, t_svc_imm

	ex_clear
	SET_APSR (F_Z | F_V)
	movs r5, #0
t_bkpt:	bkpt #0x13
	adds r5, r5, #1
	CHECK_EQ r5, 1, t_bkpt_resumed
	ex_check t_bkpt + 4, T_FL, M_ABT, (PSR_A | PSR_I), t_bkpt
	CHECK_MEM ex_rec + EX_FSR, 0x2, t_bkpt_ifsr

	@ SVC in an IT block: the saved IT state is the one after the SVC
	ex_clear
	SET_APSR F_Z
	mov r5, #0
	itt eq
t_svc_it: svceq #0x44
	addeq r5, r5, #1
	CHECK_EQ r5, 1, t_svc_it_next_ran
	@ ITT EQ: ITSTATE 0x04 at the SVC, 0x08 after; IT[7:2] -> SPSR[15:10]
	CHECK_MEM ex_rec + EX_SPSR, (0x4000003f | (0x08 >> 2) << 10), t_svc_it_spsr
	CHECK_MEM ex_rec + EX_LR, t_svc_it + 2, t_svc_it_lr
	ex_clear
	SET_APSR 0
	mov r5, #0
	itt eq				@ fails: neither the SVC nor the ADD runs
	svceq #0x45
	addeq r5, r5, #1
	CHECK_EQ r5, 0, t_svc_it_fail_skipped
	CHECK_MEM ex_rec + EX_COUNT, 0, t_svc_it_fail_no_exc

	@ Data Abort from Thumb: LR = insn + 8 as well
	ex_clear t_ldrd + 4
	SET_APSR (F_Z | F_V)
	mov32 r2, ex_word + 2
t_ldrd:	ldrd r0, r1, [r2]
	ex_check t_ldrd + 8, T_FL, M_ABT, (PSR_A | PSR_I), t_ldrd_align
	CHECK_MEM ex_rec + EX_FAR, ex_word + 2, t_ldrd_align_dfar
	ENTER_ARM

	@ SCTLR.A = 1: an unaligned LDR faults too
	cps #M_SVC
	mrc p15, 0, r4, c1, c0, 0
	orr r0, r4, #2
	mcr p15, 0, r0, c1, c0, 0
	isb
	ex_clear
	mov32 r2, ex_word + 1
a_ldr_a: ldr r0, [r2]
	mcr p15, 0, r4, c1, c0, 0
	isb
	CHECK_MEM ex_rec + EX_COUNT, 1, a_sctlr_a_count
	CHECK_MEM ex_rec + EX_LR, a_ldr_a + 8, a_sctlr_a_lr
	CHECK_MEM ex_rec + EX_FAR, ex_word + 1, a_sctlr_a_dfar

	@ SCTLR.TE = 1: exceptions are taken to Thumb handlers (te_vectors)
	mov32 r0, te_vectors
	mcr p15, 0, r0, c12, c0, 0
	mrc p15, 0, r4, c1, c0, 0
	orr r0, r4, #(1 << 30)
	mcr p15, 0, r0, c1, c0, 0
	isb
	cps #M_SYS
	ex_clear
	SET_APSR F_C
	mov r5, #0
a_te_svc: svc #0x31
	add r5, r5, #1
	ENTER_THUMB
	mov r6, #0
t_te_udf: udf #0x32
	add r6, r6, #1
	ENTER_ARM
	cps #M_SVC
	mcr p15, 0, r4, c1, c0, 0
	mov32 r0, h_vectors
	mcr p15, 0, r0, c12, c0, 0
	isb
	CHECK_EQ r5, 1, te_svc_resumed
	CHECK_EQ r6, 1, te_udf_resumed
	CHECK_MEM te_rec, a_te_svc + 4, te_svc_lr
	CHECK_MEM te_rec + 4, 0x2000001f, te_svc_spsr
	CHECK_MEM te_rec + 8, t_te_udf + 2, te_udf_lr
	CHECK_MEM te_rec + 12, 0x2000003f, te_udf_spsr
	CHECK_MEM te_rec + 16, 2, te_count

	cpsid aif
	RESET_HANDLER und
	RESET_HANDLER svc
	RESET_HANDLER pabt
	RESET_HANDLER dabt
	TEST_END

@ Vectors in Thumb code for SCTLR.TE = 1 (VBAR needs 32-byte alignment).
	.thumb
	.balign 32
te_vectors:
	b.w te_bad
	b.w te_handler			@ UND
	b.w te_handler			@ SVC
	b.w te_bad
	b.w te_bad
	b.w te_bad
	b.w te_bad
	b.w te_bad
te_bad:	b.w h_unexp_unused
@ Record LR and SPSR in slot count, count++, return to LR (the next
@ instruction for SVC and for a 16-bit UDF).  Thumb code throughout.
te_handler:
	push {r0-r2}
	mov32 r0, te_rec
	ldr r1, [r0, #16]
	add r2, r0, r1, lsl #3
	str lr, [r2]
	mrs lr, SPSR
	str lr, [r2, #4]
	ldr lr, [r2]
	add r1, r1, #1
	str r1, [r0, #16]
	pop {r0-r2}
	movs pc, lr
	.arm

	.data
	.balign 4
te_rec:	.space 20
	.text
