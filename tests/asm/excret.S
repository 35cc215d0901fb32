@ Exception return and mode changes (ARM ARM B9.3.20 SUBS PC, LR; B9.3.4 LDM
@ (exception return); B9.3.13 RFE; B9.3.16 SRS; B9.3.2 CPS): SUBS PC, LR, #4
@ and MOVS PC, LR in ARM and Thumb state restore CPSR from SPSR (mode, flags,
@ T, IT state: a return into the middle of an IT block); LDM ^ with PC; RFE
@ IA/IB/DA/DB with write-back, into ARM and Thumb code; SRS to another mode's
@ stack in all four directions; the SRS/RFE handler pattern; CPS forms in
@ ARM and Thumb; CPS in User mode changes nothing.

	.include "harness.inc"

	.data
	.balign 8
er_buf:	.space 64
	.equ RET_SYS, 0x600001df	@ Z C, SYS, A I F masked
	.equ RET_T_SVC, 0x900001f3	@ N V, Thumb, SVC, masked

	.text
	.arm
@ Back to SVC mode from SYS/USR through SVC #0: the handler rewrites the mode.
er_svc:
	push {r0}
	mrs r0, SPSR
	bic r0, r0, #0x1f
	orr r0, r0, #M_SVC
	msr SPSR_fsxc, r0
	pop {r0}
	movs pc, lr

@ A handler in the Linux style: save LR and SPSR on the SVC stack with SRS,
@ switch to SVC, return with RFE.
er_und_srs:
	srsdb sp!, #M_SVC
	cps #M_SVC
	push {r0}
	mov32 r0, er_buf + 48
	ldr r0, [sp, #4]		@ the saved LR (insn + 4)
	mov32 r12, er_buf + 48
	str r0, [r12]
	ldr r0, [sp, #8]		@ the saved SPSR
	str r0, [r12, #4]
	pop {r0}
	rfeia sp!

.macro mode_is m, id
	push {r0}
	mrs r0, CPSR
	and r0, r0, #0x1f
	CHECK_EQ r0, \m, \id
	pop {r0}
.endm

	.global test_main
test_main:
	SET_HANDLER svc, er_svc

	@ SUBS PC, LR, #4 (ARM) to SYS mode
	mov32 r0, RET_SYS
	msr SPSR_fsxc, r0
	adr lr, 1f + 4
	SET_APSR 0
	subs pc, lr, #4
	FAIL_HERE a_subs_pc_fell_through
1:	mode_is M_SYS, a_subs_pc_mode
	CHECK_NZCV 0b0110, a_subs_pc_flags
	svc #0
	mode_is M_SVC, a_back_in_svc

	@ MOVS PC, LR to Thumb code in SVC mode
	mov32 r0, RET_T_SVC
	msr SPSR_fsxc, r0
	adr lr, 2f
	SET_APSR 0
	movs pc, lr
	FAIL_HERE a_movs_pc_fell_through
	.thumb
2:	CHECK_NZCV 0b1001, a_movs_pc_thumb_flags
	mode_is M_SVC, a_movs_pc_thumb_mode
	@ SUBS PC, LR, #4 in Thumb state, back to ARM in SYS mode
	mov32 r0, RET_SYS
	msr SPSR_fsxc, r0
	adr lr, 3f + 4
	subs pc, lr, #4
	FAIL_HERE t_subs_pc_fell_through
	.arm
	.balign 4
3:	mode_is M_SYS, t_subs_pc_mode
	CHECK_NZCV 0b0110, t_subs_pc_flags
	svc #0

	@ Return into the middle of an IT block: ITSTATE 0x14 (ITE NE) with
	@ the IT instruction itself never executed.
	.irp z, 0, 1
	mov32 r0, (0x000015f3 | (\z << 30))
	msr SPSR_fsxc, r0
	adr lr, 4f
	mov r0, #0
	movs pc, lr
	.thumb
	.balign 4
4:	orr r0, r0, #1			@ NE
	orr r0, r0, #2			@ EQ
	orr r0, r0, #4			@ outside the block
	CHECK_EQ r0, (5 + \z), t_ret_into_it_z\z
	ENTER_ARM
	.endr

	@ LDM ^ with PC: from SVC to SYS at a loaded address, with write-back
	mov32 r0, RET_SYS
	msr SPSR_fsxc, r0
	mov32 r2, er_buf
	mov r1, #0x55
	str r1, [r2]
	adr r1, 5f
	str r1, [r2, #4]
	mov r1, #0
	ldmia r2!, {r1, pc}^
	FAIL_HERE a_ldm_exc_fell_through
5:	mode_is M_SYS, a_ldm_exc_mode
	CHECK_EQ r1, 0x55, a_ldm_exc_r1
	CHECK_EQ r2, er_buf + 8, a_ldm_exc_wb
	CHECK_NZCV 0b0110, a_ldm_exc_flags
	svc #0
	@ ... and into Thumb code (SPSR.T decides, not bit 0)
	mov32 r0, RET_T_SVC
	msr SPSR_fsxc, r0
	mov32 r2, er_buf + 8
	adr r1, 6f
	str r1, [r2]
	ldmda r2, {pc}^
	FAIL_HERE a_ldm_exc_t_fell_through
	.thumb
6:	mode_is M_SVC, a_ldm_exc_t_mode
	CHECK_NZCV 0b1001, a_ldm_exc_t_flags
	ENTER_ARM

	@ RFE: {PC, CPSR} from memory in each direction
	.irp dir, ia, ib, da, db
	mov32 r2, er_buf + 16
	.ifc \dir,ia
	.set rfe_off, 0
	.set rfe_wb, 8
	.endif
	.ifc \dir,ib
	.set rfe_off, 4
	.set rfe_wb, 8
	.endif
	.ifc \dir,da
	.set rfe_off, -4
	.set rfe_wb, -8
	.endif
	.ifc \dir,db
	.set rfe_off, -8
	.set rfe_wb, -8
	.endif
	adr r1, 7f
	str r1, [r2, #rfe_off]
	mov32 r1, RET_SYS
	str r1, [r2, #rfe_off + 4]
	SET_APSR 0
	rfe\dir r2!
	FAIL_HERE a_rfe_\dir\()_fell_through
7:	mode_is M_SYS, a_rfe_\dir\()_mode
	CHECK_NZCV 0b0110, a_rfe_\dir\()_flags
	CHECK_EQ r2, er_buf + 16 + rfe_wb, a_rfe_\dir\()_wb
	svc #0
	.endr
	@ RFE without write-back, into Thumb
	mov32 r2, er_buf + 16
	adr r1, 8f
	str r1, [r2]
	mov32 r1, RET_T_SVC
	str r1, [r2, #4]
	rfeia r2
	FAIL_HERE a_rfe_t_fell_through
	.thumb
8:	CHECK_EQ r2, er_buf + 16, a_rfe_t_no_wb
	CHECK_NZCV 0b1001, a_rfe_t_flags
	@ Thumb RFEDB back to ARM in SVC mode
	mov32 r2, er_buf + 24
	adr r1, 9f
	str r1, [r2, #-8]
	mov32 r1, 0x000001d3
	str r1, [r2, #-4]
	rfedb r2!
	FAIL_HERE t_rfe_fell_through
	.arm
	.balign 4
9:	mode_is M_SVC, t_rfedb_mode
	CHECK_EQ r2, er_buf + 16, t_rfedb_wb

	@ SRS: LR and SPSR of SVC to the SYS stack, each direction
	cps #M_SYS
	mov r4, sp
	mov32 sp, er_buf + 32
	cps #M_SVC
	mov32 r0, 0x80000010
	msr SPSR_fsxc, r0
	mov r5, lr
	mov32 lr, 0x12345678
	srsdb sp!, #M_SYS
	srsia sp, #M_SYS		@ no write-back: the same two words
	cps #M_SYS
	mov r1, sp
	mov sp, r4
	cps #M_SVC
	mov lr, r5
	CHECK_EQ r1, er_buf + 24, a_srsdb_wb
	CHECK_MEM er_buf + 24, 0x12345678, a_srs_lr
	CHECK_MEM er_buf + 28, 0x80000010, a_srs_spsr
	cps #M_SYS
	mov32 sp, er_buf + 40
	cps #M_SVC
	mov32 lr, 0x0badf00d
	srsib sp!, #M_SYS		@ er_buf + 44, + 48
	cps #M_SYS
	mov r1, sp
	cps #M_SVC
	CHECK_EQ r1, er_buf + 48, a_srsib_wb
	CHECK_MEM er_buf + 44, 0x0badf00d, a_srsib_lr
	CHECK_MEM er_buf + 48, 0x80000010, a_srsib_spsr
	mov32 lr, 0xfeedface
	mov32 r0, 0x40000010
	msr SPSR_fsxc, r0
	srsda sp!, #M_SYS		@ from + 48: er_buf + 44, + 48 again
	cps #M_SYS
	mov r1, sp
	mov sp, r4
	cps #M_SVC
	mov lr, r5
	CHECK_EQ r1, er_buf + 40, a_srsda_wb
	CHECK_MEM er_buf + 44, 0xfeedface, a_srsda_lr
	CHECK_MEM er_buf + 48, 0x40000010, a_srsda_spsr

	@ The SRS / RFE handler pattern: UDF from SVC, handled on the SVC stack
	SET_HANDLER und, er_und_srs
	mov r6, sp
	SET_APSR (F_N | F_V)
	mov r0, #0
er_udf:	udf #1
	add r0, r0, #1
	CHECK_EQ r0, 1, a_srs_rfe_resumed
	CHECK_REGS sp, r6, a_srs_rfe_sp
	CHECK_NZCV 0b1001, a_srs_rfe_flags
	CHECK_MEM er_buf + 48, er_udf + 4, a_srs_rfe_lr
	CHECK_MEM er_buf + 52, 0x900001d3, a_srs_rfe_spsr
	RESET_HANDLER und

	@ CPS, ARM
	cpsie aif
	CHECK_CPSR 0x1ff, 0x013, a_cpsie_aif
	cpsid i
	CHECK_CPSR 0x1ff, 0x093, a_cpsid_i
	cpsid f
	CHECK_CPSR 0x1ff, 0x0d3, a_cpsid_f
	cpsid a
	CHECK_CPSR 0x1ff, 0x1d3, a_cpsid_a
	cpsie f
	CHECK_CPSR 0x1ff, 0x193, a_cpsie_f
	cpsie ai, #M_SYS
	CHECK_CPSR 0x1ff, 0x01f, a_cpsie_mode
	cpsid if, #M_SVC
	CHECK_CPSR 0x1ff, 0x0d3, a_cpsid_mode
	cps #M_ABT
	CHECK_CPSR 0x1ff, 0x0d7, a_cps_abt
	cps #M_SVC
	@ CPS, Thumb
	ENTER_THUMB
	cpsie if
	CHECK_CPSR 0x1df, 0x013, t_cpsie_if
	cpsid a
	CHECK_CPSR 0x1df, 0x113, t_cpsid_a
	cpsid i, #M_UND
	CHECK_CPSR 0x1df, 0x19b, t_cpsid_mode
	cps #M_SVC
	CHECK_CPSR 0x1df, 0x193, t_cps_svc
	cpsid aif
	ENTER_ARM
	@ CPS in User mode does nothing
	mov32 r0, 0x00000010		@ USR, unmasked
	msr SPSR_fsxc, r0
	adr lr, 10f
	movs pc, lr
10:	cpsid if
	cps #M_SVC
	mrs r0, CPSR
	mov32 r1, er_buf
	str r0, [r1]
	svc #0
	CHECK_MEM er_buf, 0x00000010, a_cps_in_usr_ignored
	cpsid aif
	RESET_HANDLER svc
	TEST_END
