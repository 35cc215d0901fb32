@ Banked registers (ARM ARM B1.3.2, B1.3.3): r8-r14 written in each of USR
@ (through SYS), FIQ, IRQ, SVC, ABT, UND and read back in every mode after
@ all were written; r8-r12 are shared except in FIQ, r13/r14 are banked per
@ exception mode, SYS and USR share theirs; SPSR is per exception mode.
@ Also: MRS/MSR of CPSR in the privileged modes, CPS to each mode, and an
@ unprivileged MSR CPSR_c that must leave the mode alone.

	.include "harness.inc"

	.data
	.balign 4
bk_out:	.space 7 * 8 * 4		@ per mode: r8-r14, SPSR
	.equ BK_ROW, 8 * 4

	.text
	.arm
@ Fill r8-r14 with (tag << 8) | n, SPSR with the tag's pattern.
.macro bk_write mode, tag, spsr
	cps #\mode
	.irp n, 8, 9, 10, 11, 12, 13, 14
	mov32 r\n, (\tag << 8) | \n
	.endr
	.ifnb \spsr
	mov32 r0, \spsr
	msr SPSR_fsxc, r0
	.endif
.endm

@ Store r8-r14 and SPSR of a mode into row idx of bk_out.
.macro bk_read mode, idx, has_spsr
	cps #\mode
	mov32 r0, bk_out + \idx * BK_ROW
	stmia r0, {r8-r14}
	.if \has_spsr
	mrs r1, SPSR
	.else
	mov r1, #0
	.endif
	str r1, [r0, #28]
.endm

@ Check row idx: r8-r12 hold tag8 << 8 | n, r13/r14 tag13 << 8 | n.
.macro bk_check idx, tag8, tag13, spsr, name
	.irp n, 8, 9, 10, 11, 12
	CHECK_MEM bk_out + \idx * BK_ROW + (\n - 8) * 4, (\tag8 << 8) | \n, \name\()_r\n
	.endr
	.irp n, 13, 14
	CHECK_MEM bk_out + \idx * BK_ROW + (\n - 8) * 4, (\tag13 << 8) | \n, \name\()_r\n
	.endr
	CHECK_MEM bk_out + \idx * BK_ROW + 28, \spsr, \name\()_spsr
.endm

	@ SPSR patterns: flags, GE, E/A/I/F/T bits and a mode, all storable.
	.equ SP_FIQ, 0x80010011
	.equ SP_IRQ, 0x400201d2
	.equ SP_SVC, 0x20040033
	.equ SP_ABT, 0x10080117
	.equ SP_UND, 0xf80f005b

	.global test_main
test_main:
	cpsid if
	@ write, the FIQ bank last so that its r8-r12 cannot hide a missing bank
	bk_write M_SYS, 0x10
	bk_write M_IRQ, 0x12, SP_IRQ
	bk_write M_SVC, 0x13, SP_SVC
	bk_write M_ABT, 0x17, SP_ABT
	bk_write M_UND, 0x1b, SP_UND
	bk_write M_FIQ, 0x11, SP_FIQ
	@ read back in another order
	bk_read M_UND, 0, 1
	bk_read M_FIQ, 1, 1
	bk_read M_SYS, 2, 0
	bk_read M_ABT, 3, 1
	bk_read M_IRQ, 4, 1
	bk_read M_SVC, 5, 1
	cps #M_SVC
	bl h_set_stacks
	@ r8-r12 were last written in UND (tag 0x1b) outside FIQ
	bk_check 0, 0x1b, 0x1b, SP_UND, und
	bk_check 1, 0x11, 0x11, SP_FIQ, fiq
	bk_check 2, 0x1b, 0x10, 0, sys
	bk_check 3, 0x1b, 0x17, SP_ABT, abt
	bk_check 4, 0x1b, 0x12, SP_IRQ, irq
	bk_check 5, 0x1b, 0x13, SP_SVC, svc

	@ The user-mode view of r13/r14 is SYS's: enter USR and store them.
	cps #M_SYS
	mov32 sp, 0x10100d
	mov32 lr, 0x10100e
	cps #M_SVC
	SET_HANDLER svc, bk_svc
	mov32 r0, bk_out
	mov r1, #0x1d0			@ USR, A I F masked
	msr SPSR_fsxc, r1
	adr lr, 1f
	movs pc, lr			@ to USR mode
1:	str sp, [r0]
	str lr, [r0, #4]
	mrs r2, CPSR
	str r2, [r0, #8]
	@ MSR CPSR_c in USR mode is ignored (no mode change); flags are written
	mov32 r3, 0x60000013
	msr CPSR_fc, r3
	mrs r2, CPSR
	str r2, [r0, #12]
	svc #1				@ back to SVC (bk_svc returns in SVC mode)
	bl h_set_stacks
	CHECK_MEM bk_out, 0x10100d, usr_sp_is_sys_sp
	CHECK_MEM bk_out + 4, 0x10100e, usr_lr_is_sys_lr
	CHECK_MEM bk_out + 8, 0x000001d0, usr_cpsr
	CHECK_MEM bk_out + 12, 0x600001d0, usr_msr_cpsr_c_ignored
	RESET_HANDLER svc

	@ CPS into each privileged mode and MRS of the result
	.irp m, M_FIQ, M_IRQ, M_ABT, M_UND, M_SYS, M_SVC
	cps #\m
	mrs r0, CPSR
	and r0, r0, #0x1f
	mov r1, r0
	cps #M_SVC
	CHECK_EQ r1, \m, cps_mode_\m
	.endr
	@ MSR CPSR_c changes mode and masks; MSR CPSR_f only the flags
	cpsid aif
	mrs r4, CPSR
	mov32 r0, 0x000000d7		@ ABT, I and F masked
	msr CPSR_c, r0
	mrs r1, CPSR
	msr CPSR_c, r4
	and r1, r1, #0xff
	CHECK_EQ r1, 0xd7, msr_cpsr_c_mode
	mov32 r0, 0xf00000ff
	msr CPSR_f, r0
	mrs r1, CPSR
	CHECK_EQ r1, (0xf0000000 | 0x1d3), msr_cpsr_f_only
	SET_APSR 0
	@ MSR SPSR_<fields>: each field alone writes only its byte
	.irp fld, f, s, x, c
	mov r0, #0
	msr SPSR_fsxc, r0
	mvn r1, #0
	msr SPSR_\fld, r1
	mrs r2, SPSR
	.ifc \fld,f
	.set sp_want, 0xfe000000 & 0xff000000
	and r2, r2, #0xfe000000		@ J (bit 24) not checked
	.endif
	.ifc \fld,s
	.set sp_want, 0x000f0000
	and r2, r2, #0x000f0000		@ GE; bits 23:20 are reserved
	.endif
	.ifc \fld,x
	.set sp_want, 0x0000ff00
	.endif
	.ifc \fld,c
	.set sp_want, 0x000000ff
	.endif
	CHECK_EQ r2, sp_want, msr_spsr_\fld
	.endr
	mov32 r0, 0x120f5678		@ SPSR[23:20] reserved: kept 0
	msr SPSR_fsxc, r0
	mov32 r1, 0xa0000000
	msr SPSR_f, r1
	mrs r2, SPSR
	CHECK_EQ r2, 0xa00f5678, msr_spsr_f_keeps_rest
	mov32 r1, 0x000000d3
	msr SPSR_c, r1
	mrs r2, SPSR
	CHECK_EQ r2, 0xa00f56d3, msr_spsr_c_keeps_rest
	TEST_END

@ SVC from the user-mode part: return to the caller in SVC mode.
bk_svc:
	mrs r1, SPSR
	bic r1, r1, #0x1f
	orr r1, r1, #M_SVC
	msr SPSR_fsxc, r1
	movs pc, lr
