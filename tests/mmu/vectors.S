@ Exception vectors with the MMU on (ARM ARM B1.8.1 exception vectors and
@ the vector base address, B4.1.130 SCTLR.V, B4.1.156 VBAR): the vector
@ base is a virtual address.  With SCTLR.V = 1 the vectors are at
@ 0xffff0000 (here a small page, PL1 only, mapped to a table of this
@ test's own) and VBAR is not used; with SCTLR.V = 0 they are at VBAR, also
@ virtual (an alias of the harness's table).  SVC, UDF, a Data Abort and a
@ Prefetch Abort are taken through the high vectors, SVC, UDF and a Data
@ Abort through VBAR; each handler records which table it came from, the
@ vector, LR and SPSR.  VBAR keeps pointing at handlers that count as
@ "low" while SCTLR.V = 1, so a wrong choice of table shows.

	.include "harness.inc"
	.include "mmu.inc"

	.equ HIVEC_PAGE, PAGE0 + 0x8000	@ physical page of the high vectors
	.equ VBAR_ALIAS, TVA + 0x600000	@ a second virtual address of 0x60000000
	.equ LDR_PC_PC_18, 0xe59ff018	@ ldr pc, [pc, #0x18]

	.data
	.balign 4
hv_rec:	.word 0, 0, 0, 0		@ count and vector (below), LR, SPSR, DFSR/IFSR

	.text
	.arm
@ Handlers: hv_rec[0] += 0x100 (high vectors) or 0x1000 (VBAR) + the
@ vector offset; LR, SPSR and the FSR are recorded; then return after the
@ exception (a Prefetch Abort resumes at r11).  SVC #0x10 (LEAVE_USER)
@ through the high vectors returns in System mode, like mmu_svc_back.
.macro rec_enter count
	push {r0, r1}
	mov32 r0, hv_rec
	ldr r1, [r0]
	add r1, r1, #(\count) & 0xff00
	add r1, r1, #(\count) & 0xff
	str r1, [r0]
	str lr, [r0, #4]
	mrs r1, SPSR
	str r1, [r0, #8]
.endm

hv_und:
	rec_enter 0x100 + 0x4
	pop {r0, r1}
	movs pc, lr
hv_svc:
	rec_enter 0x100 + 0x8
	ldr r0, [lr, #-4]
	bic r0, r0, #0xff000000
	cmp r0, #0x10
	mrseq r0, SPSR
	orreq r0, r0, #M_SYS
	msreq SPSR_fsxc, r0
	pop {r0, r1}
	movs pc, lr
hv_pabt:
	rec_enter 0x100 + 0xc
	mrc p15, 0, r1, c5, c0, 1		@ IFSR
	str r1, [r0, #12]
	pop {r0, r1}
	movs pc, r11
hv_dabt:
	rec_enter 0x100 + 0x10
	mrc p15, 0, r1, c5, c0, 0		@ DFSR
	str r1, [r0, #12]
	pop {r0, r1}
	subs pc, lr, #4
hv_bad:
	mov r0, #0xbad
	b h_unexpected
lo_svc:
	rec_enter 0x1000 + 0x8
	pop {r0, r1}
	movs pc, lr
lo_und:
	rec_enter 0x1000 + 0x4
	pop {r0, r1}
	movs pc, lr

.macro HV_CLEAR
	push {r0, r1}
	mov32 r0, hv_rec
	mov r1, #0
	str r1, [r0]
	str r1, [r0, #4]
	str r1, [r0, #8]
	str r1, [r0, #12]
	pop {r0, r1}
.endm

@ HV_EXPECT count, lr, spsr, id: one exception, recorded as count.
.macro HV_EXPECT count, lr, spsr, id
	CHECK_MEM hv_rec, \count, \id\()_vector
	CHECK_MEM hv_rec + 4, \lr, \id\()_lr
	CHECK_MEMM hv_rec + 8, 0x1ff, \spsr, \id\()_spsr
.endm

	.equ SVC_FLAGS, PSR_A | PSR_I | PSR_F | M_SVC	@ SPSR[8:0] (harness: AIF masked)

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	SET_HANDLER svc, lo_svc
	SET_HANDLER und, lo_und
	bl mmu_on
	@ the high vector page: 8 x "ldr pc, [pc, #0x18]", then 8 addresses
	PUT_WORDS HIVEC_PAGE, LDR_PC_PC_18, LDR_PC_PC_18, LDR_PC_PC_18, LDR_PC_PC_18
	PUT_WORDS HIVEC_PAGE + 16, LDR_PC_PC_18, LDR_PC_PC_18, LDR_PC_PC_18, LDR_PC_PC_18
	PUT_WORDS HIVEC_PAGE + 32, hv_bad, hv_und, hv_svc, hv_pabt
	PUT_WORDS HIVEC_PAGE + 48, hv_dabt, hv_bad, hv_bad, hv_bad
	CODE_SYNC
	MAP_L1 0xfff00000, L2_BASE | L1_TABLE
	MAP_L2 0, 0xffff0000, HIVEC_PAGE | PG | PG_NORMAL | PG_AP1

	@ ---- SCTLR.V = 1: 0xffff0000, whatever VBAR ----
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #SCTLR_V
	mcr p15, 0, r0, c1, c0, 0
	isb
	HV_CLEAR
hv_s:	svc #0x42
	HV_EXPECT 0x108, hv_s + 4, SVC_FLAGS, hi_svc
	HV_CLEAR
hv_u:	udf #0x17
	HV_EXPECT 0x104, hv_u + 4, SVC_FLAGS, hi_und
	HV_CLEAR
	mov32 r4, TVA + 0x700000
hv_d:	ldr r5, [r4]
	HV_EXPECT 0x110, hv_d + 8, SVC_FLAGS, hi_dabt
	CHECK_MEMM hv_rec + 12, FSR_NODOM, FS_TR_SEC, hi_dabt_dfsr
	HV_CLEAR
	adr r11, 1f
	blx r4
	FAIL_HERE hi_pabt_returned
1:	HV_EXPECT 0x10c, TVA + 0x700004, SVC_FLAGS, hi_pabt
	CHECK_MEMM hv_rec + 12, IFSR_FS, FS_TR_SEC, hi_pabt_ifsr
	@ from User mode (the vector page is PL1-only: fetched at PL1)
	HV_CLEAR
	cps #M_USR
hv_us:	svc #0x43
	mov32 r0, hv_rec
	ldm r0, {r6-r8}				@ what the first SVC recorded
	svc #0x10				@ back to System mode
	cps #M_SVC
	CHECK_EQ r6, 0x108, hi_usr_svc_vector
	CHECK_EQ r7, hv_us + 4, hi_usr_svc_lr
	bic r8, r8, #0xff000000			@ (mode, T, masks, no flags)
	bic r8, r8, #0x00ff0000
	CHECK_EQ r8, PSR_A | PSR_I | PSR_F | M_USR, hi_usr_svc_spsr
	CHECK_CPSR 0x1f, M_SVC, hi_usr_back

	@ ---- SCTLR.V = 0: VBAR, a virtual address ----
	MAP_L1 VBAR_ALIAS, 0x60000000 | SEC | SEC_NORMAL | SEC_AP1
	mov32 r0, VBAR_ALIAS
	mcr p15, 0, r0, c12, c0, 0		@ VBAR
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #SCTLR_V
	mcr p15, 0, r0, c1, c0, 0
	isb
	HV_CLEAR
lo_s:	svc #0x44
	HV_EXPECT 0x1008, lo_s + 4, SVC_FLAGS, lo_svc
	HV_CLEAR
lo_u:	udf #0x18
	HV_EXPECT 0x1004, lo_u + 4, SVC_FLAGS, lo_und
	mov32 r4, TVA + 0x700010
	AB_CLEAR
lo_d:	str r5, [r4]
	EXPECT_DABT lo_d, FSR_WNR | FS_TR_SEC, TVA + 0x700010, lo_dabt, FSR_NODOM
	mov32 r0, h_vectors
	mcr p15, 0, r0, c12, c0, 0
	isb
	TEST_END
