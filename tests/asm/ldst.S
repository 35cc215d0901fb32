@ Doubleword and multiple loads/stores (ARM ARM A8.8.72 LDRD, A8.8.210 STRD,
@ A8.8.58 LDM ... A8.8.201 STMIB, B9.3.5 LDM (user registers), B9.3.6 STM
@ (user registers)): LDRD/STRD with immediate and register offsets, pre- and
@ post-indexed; LDM/STM IA/IB/DA/DB with and without write-back; STM of the
@ base register; PC in the register list (stored as insn + 8, loaded with
@ interworking on bit 0); PUSH/POP; LDM/STM ^ of the user registers from SVC.

	.include "harness.inc"

	.data
	.balign 8
ls_src:	.word 0x10101010, 0x11111111, 0x12121212, 0x13131313
	.word 0x14141414, 0x15151515, 0x16161616, 0x17171717
ls_dst:	.space 64
ls_pcbuf: .space 16

	.text
@ Fill ls_dst with a marker so untouched words show.
.macro dst_clear
	mov32 r0, ls_dst
	mov32 r1, 0xeeeeeeee
	.irp i, 0,4,8,12,16,20,24,28,32,36,40,44,48,52,56,60
	str r1, [r0, #\i]
	.endr
.endm

.macro ldst_tests p
	@ LDRD / STRD, immediate forms
	mov32 r8, ls_src
	ldrd r4, r5, [r8, #8]
	CHECK_EQ r4, 0x12121212, \p\()ldrd_off_lo
	CHECK_EQ r5, 0x13131313, \p\()ldrd_off_hi
	CHECK_EQ r8, ls_src, \p\()ldrd_off_base
	ldrd r4, r5, [r8, #16]!
	CHECK_EQ r4, 0x14141414, \p\()ldrd_pre_lo
	CHECK_EQ r5, 0x15151515, \p\()ldrd_pre_hi
	CHECK_EQ r8, ls_src + 16, \p\()ldrd_pre_base
	ldrd r4, r5, [r8], #-8
	CHECK_EQ r4, 0x14141414, \p\()ldrd_post_lo
	CHECK_EQ r5, 0x15151515, \p\()ldrd_post_hi
	CHECK_EQ r8, ls_src + 8, \p\()ldrd_post_base
	ldrd r4, r5, [r8, #-8]
	CHECK_EQ r4, 0x10101010, \p\()ldrd_neg_lo
	dst_clear
	mov32 r8, ls_dst
	mov32 r4, 0xa0a0a0a0
	mov32 r5, 0xb0b0b0b0
	strd r4, r5, [r8, #8]
	CHECK_MEM ls_dst + 8, 0xa0a0a0a0, \p\()strd_off_lo
	CHECK_MEM ls_dst + 12, 0xb0b0b0b0, \p\()strd_off_hi
	CHECK_MEM ls_dst + 16, 0xeeeeeeee, \p\()strd_off_after
	strd r4, r5, [r8, #24]!
	CHECK_EQ r8, ls_dst + 24, \p\()strd_pre_base
	CHECK_MEM ls_dst + 28, 0xb0b0b0b0, \p\()strd_pre_hi
	strd r4, r5, [r8], #16
	CHECK_EQ r8, ls_dst + 40, \p\()strd_post_base
	CHECK_MEM ls_dst + 24, 0xa0a0a0a0, \p\()strd_post_lo
	CHECK_MEM ls_dst + 40, 0xeeeeeeee, \p\()strd_post_untouched
	@ LDM / STM IA and DB (both states), with and without write-back
	dst_clear
	mov32 r8, ls_src
	ldmia r8, {r1, r2, r4}
	CHECK_EQ r1, 0x10101010, \p\()ldmia_r1
	CHECK_EQ r2, 0x11111111, \p\()ldmia_r2
	CHECK_EQ r4, 0x12121212, \p\()ldmia_r4
	CHECK_EQ r8, ls_src, \p\()ldmia_nowb
	ldmia r8!, {r1-r3}
	CHECK_EQ r8, ls_src + 12, \p\()ldmia_wb
	CHECK_EQ r3, 0x12121212, \p\()ldmia_wb_r3
	add r8, r8, #20
	ldmdb r8!, {r4-r7}
	CHECK_EQ r8, ls_src + 16, \p\()ldmdb_wb
	CHECK_EQ r4, 0x14141414, \p\()ldmdb_r4
	CHECK_EQ r7, 0x17171717, \p\()ldmdb_r7
	ldmdb r8, {r1, r9}
	CHECK_EQ r1, 0x12121212, \p\()ldmdb_r1
	CHECK_EQ r9, 0x13131313, \p\()ldmdb_r9
	mov32 r8, ls_dst
	mov r1, #1
	mov r2, #2
	mov r3, #3
	stmia r8!, {r1-r3}
	CHECK_EQ r8, ls_dst + 12, \p\()stmia_wb
	CHECK_MEM ls_dst + 8, 3, \p\()stmia_mem
	add r8, r8, #12
	stmdb r8!, {r1, r3}
	CHECK_EQ r8, ls_dst + 16, \p\()stmdb_wb
	CHECK_MEM ls_dst + 16, 1, \p\()stmdb_lo
	CHECK_MEM ls_dst + 20, 3, \p\()stmdb_hi
	CHECK_MEM ls_dst + 12, 0xeeeeeeee, \p\()stmdb_below
	@ LDM loading its own base without write-back
	mov32 r1, ls_pcbuf
	mov32 r2, 0x5555
	str r2, [r1]
	str r1, [r1, #4]
	mov32 r0, ls_pcbuf + 8
	str r0, [r1, #4]
	ldmia r1, {r0, r1}
	CHECK_EQ r0, 0x5555, \p\()ldm_base_in_list_r0
	CHECK_EQ r1, ls_pcbuf + 8, \p\()ldm_base_in_list_r1
	@ PUSH / POP, one register and several
	mov r0, sp
	mov r1, #0x31
	mov r2, #0x32
	push {r1}
	push {r1, r2}
	mov r3, sp
	sub r3, r0, r3
	CHECK_EQ r3, 12, \p\()push_sp
	ldr r3, [sp, #8]
	CHECK_EQ r3, 0x31, \p\()push_single
	pop {r4, r5}
	CHECK_EQ r4, 0x31, \p\()pop_r4
	CHECK_EQ r5, 0x32, \p\()pop_r5
	pop {r6}
	CHECK_EQ r6, 0x31, \p\()pop_single
	CHECK_REGS r0, sp, \p\()pop_sp
	@ LDM with PC: to Thumb code (bit 0 set), then back with POP {pc} to ARM
	mov32 r0, ls_pcbuf
	mov32 r1, 0x77
	str r1, [r0]
	.if in_arm
	adr r1, 1f + 1
	.else
	adr r1, 1f
	add r1, r1, #1
	.endif
	str r1, [r0, #4]
	mov r2, #0
	ldmia r0, {r2, pc}
	FAIL_HERE \p\()ldm_pc_fell_through
	.thumb
	.balign 4
1:	CHECK_EQ r2, 0x77, \p\()ldm_pc_r2
	mov32 r1, 2f
	push {r1}
	mov r2, #0
	pop {pc}
	FAIL_HERE \p\()pop_pc_fell_through
	.arm
	.balign 4
2:	CHECK_EQ r2, 0, \p\()pop_pc_arm
	.if in_arm == 0
	ENTER_THUMB
	.endif
.endm

	.arm
	.global test_main
test_main:
	.set in_arm, 1
	ldst_tests a_
	@ ARM only: register offsets for LDRD/STRD, LDM/STM IB and DA.
	mov32 r8, ls_src
	mov r9, #8
	ldrd r4, r5, [r8, r9]
	CHECK_EQ r4, 0x12121212, a_ldrd_reg_lo
	CHECK_EQ r5, 0x13131313, a_ldrd_reg_hi
	ldrd r4, r5, [r8, r9]!
	CHECK_EQ r8, ls_src + 8, a_ldrd_reg_pre_base
	ldrd r4, r5, [r8], -r9
	CHECK_EQ r4, 0x12121212, a_ldrd_reg_post_lo
	CHECK_EQ r8, ls_src, a_ldrd_reg_post_base
	add r8, r8, #24
	ldrd r4, r5, [r8, -r9]
	CHECK_EQ r4, 0x14141414, a_ldrd_reg_neg_lo
	dst_clear
	mov32 r8, ls_dst
	mov r9, #16
	mov r6, #6
	mov r7, #7
	strd r6, r7, [r8, r9]
	CHECK_MEM ls_dst + 16, 6, a_strd_reg_lo
	CHECK_MEM ls_dst + 20, 7, a_strd_reg_hi
	strd r6, r7, [r8], r9
	CHECK_EQ r8, ls_dst + 16, a_strd_reg_post_base
	CHECK_MEM ls_dst, 6, a_strd_reg_post_mem
	strd r6, r7, [r8, -r9]!
	CHECK_EQ r8, ls_dst, a_strd_reg_pre_neg_base
	mov32 r8, ls_src
	ldmib r8, {r1, r2}
	CHECK_EQ r1, 0x11111111, a_ldmib_r1
	CHECK_EQ r2, 0x12121212, a_ldmib_r2
	ldmib r8!, {r1, r2, r3}
	CHECK_EQ r8, ls_src + 12, a_ldmib_wb
	CHECK_EQ r3, 0x13131313, a_ldmib_r3
	ldmda r8, {r1, r2}
	CHECK_EQ r1, 0x12121212, a_ldmda_r1
	CHECK_EQ r2, 0x13131313, a_ldmda_r2
	ldmda r8!, {r1, r2, r3}
	CHECK_EQ r8, ls_src, a_ldmda_wb
	CHECK_EQ r1, 0x11111111, a_ldmda_wb_r1
	dst_clear
	mov32 r8, ls_dst + 16
	mov r1, #1
	mov r2, #2
	stmib r8!, {r1, r2}
	CHECK_EQ r8, ls_dst + 24, a_stmib_wb
	CHECK_MEM ls_dst + 20, 1, a_stmib_lo
	CHECK_MEM ls_dst + 16, 0xeeeeeeee, a_stmib_base_untouched
	stmda r8!, {r1, r2}
	CHECK_EQ r8, ls_dst + 16, a_stmda_wb
	CHECK_MEM ls_dst + 20, 1, a_stmda_lo
	CHECK_MEM ls_dst + 24, 2, a_stmda_hi
	@ STM with PC stores the instruction's address + 8
	mov32 r8, ls_pcbuf
	stmia r8, {r0, pc}
3:	ldr r1, [r8, #4]
	adr r2, 3b + 4			@ the STM is at 3b - 4
	CHECK_REGS r1, r2, a_stm_pc_plus8
	@ LDM with PC, bit 0 clear, stays ARM; LDMIB/LDMDA with PC
	mov32 r8, ls_pcbuf
	adr r1, 4f
	str r1, [r8, #8]
	ldmib r8, {r0, pc}
	FAIL_HERE a_ldmib_pc_fell_through
4:	adr r1, 5f
	str r1, [r8, #8]
	add r8, r8, #8
	ldmda r8!, {r0, pc}
	FAIL_HERE a_ldmda_pc_fell_through
5:	CHECK_EQ r8, ls_pcbuf, a_ldmda_pc_wb

	@ User-bank STM/LDM ^ from SVC mode: SYS shares the user r13/r14.
	cps #M_SYS
	mov r6, sp			@ the user stack pointer, kept
	mov32 sp, 0x5a5a0013
	mov32 lr, 0x5a5a0014
	cps #M_SVC
	mov r7, sp
	mov32 r8, ls_dst
	stmia r8, {r13, r14}^
	CHECK_MEM ls_dst, 0x5a5a0013, a_stm_user_sp
	CHECK_MEM ls_dst + 4, 0x5a5a0014, a_stm_user_lr
	CHECK_REGS sp, r7, a_stm_user_svc_sp_kept
	mov32 r0, 0x6b6b0013
	str r0, [r8]
	mov32 r0, 0x6b6b0014
	str r0, [r8, #4]
	mov r1, lr
	ldmia r8, {r13, r14}^
	CHECK_REGS sp, r7, a_ldm_user_svc_sp_kept
	CHECK_REGS lr, r1, a_ldm_user_svc_lr_kept
	cps #M_SYS
	mov r2, sp
	mov r3, lr
	mov sp, r6
	cps #M_SVC
	CHECK_EQ r2, 0x6b6b0013, a_ldm_user_sp
	CHECK_EQ r3, 0x6b6b0014, a_ldm_user_lr
	@ User-bank r8-r12 from FIQ mode
	mov r8, #0x88
	mov r12, #0xcc
	mov32 r0, ls_dst
	cps #M_FIQ
	mov r8, #0xf8
	mov r12, #0xfc
	stmia r0, {r8, r12}^
	cps #M_SVC
	CHECK_MEM ls_dst, 0x88, a_stm_user_from_fiq_r8
	CHECK_MEM ls_dst + 4, 0xcc, a_stm_user_from_fiq_r12

	ENTER_THUMB
	.set in_arm, 0
	ldst_tests t_
	@ Thumb only: LDRD literal, 16-bit LDMIA with write-back.
	ldrd r4, r5, 6f
	CHECK_EQ r4, 0x01020304, t_ldrd_lit_lo
	CHECK_EQ r5, 0x05060708, t_ldrd_lit_hi
	mov32 r1, ls_src
	ldmia r1!, {r2, r3}
	CHECK_EQ r1, ls_src + 8, t_ldmia16_wb
	CHECK_EQ r3, 0x11111111, t_ldmia16_r3
	ldmia r1, {r1, r2}		@ base in list: no write-back (T1)
	CHECK_EQ r1, 0x12121212, t_ldmia16_base_loaded
	ENTER_ARM
	TEST_END
	.balign 8
6:	.word 0x01020304, 0x05060708
