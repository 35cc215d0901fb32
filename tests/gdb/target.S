@ target.S: the bare-metal program the gdb tests drive (tests/gdb/*.gdb), with
@ a symbol at every place a test stops.  It checks what the debugger wrote
@ (r4, d7) and exits through semihosting with status 0 once the debugger has
@ set `go`, else spins in `spin` (where Ctrl-C finds it).  Section 2 turns
@ the MMU on: RAM flat, and VA 0x80000000 another name for RAM's first MiB.
	.syntax unified
	.arm

	.equ TABLE, 0x60100000		@ first-level table, 16 KiB aligned
	.equ SEC_RW, 0xc02		@ section, AP = 0b011 (full access), domain 0

	.section .text.vectors, "ax"
	.global _start
_start:
	b	reset
	b	.			@ undefined
	b	svc_entry		@ SVC: the test steps into it
	b	.			@ prefetch abort
	b	.			@ data abort
	b	.
	b	.			@ IRQ
	b	.			@ FIQ

	.text
	.global svc_entry
svc_entry:
	add	r8, r8, #1
	movs	pc, lr

reset:
	ldr	sp, =stack_top
	ldr	r0, =_start		@ VBAR: the vectors above
	mcr	p15, 0, r0, c12, c0, 0
	mov	r0, #0xf00000		@ CPACR: cp10 and cp11 full access
	mcr	p15, 0, r0, c1, c0, 2
	isb
	mov	r0, #0x40000000		@ FPEXC.EN
	vmsr	fpexc, r0
	mov	r0, #0
	ldr	r1, =0x3ff80000		@ d5 = 1.5
	vmov	d5, r0, r1
	ldr	r0, =0x55667788		@ d31 = 0x1122334455667788
	ldr	r1, =0x11223344
	vmov	d31, r0, r1
	mov	r4, #0
	mov	r5, #42
	.global bp_main
bp_main:				@ the debugger sets r4 = 0x1234, d7 = 2.5
	nop
	ldr	r0, =0x1234
	cmp	r4, r0
	bne	fail
	vmov	r0, r1, d7
	cmp	r0, #0
	bne	fail
	ldr	r2, =0x40040000
	cmp	r1, r2
	bne	fail
	blx	thumb_func
	ldr	r1, =counter
	mov	r0, #7
	.global watch_store
watch_store:
	str	r0, [r1]
	.global after_store
after_store:
	nop
	.global svc_site
svc_site:
	svc	#0x11
	.global after_svc
after_svc:
	cmp	r8, #1
	bne	fail

@ Section 2: the MMU.
	ldr	r0, =TABLE
	mov	r1, #0
	mov	r2, #4096
1:	str	r1, [r0], #4
	subs	r2, r2, #1
	bne	1b
	ldr	r0, =TABLE
	ldr	r1, =0x60000000 | SEC_RW	@ RAM's first two MiB, flat
	add	r2, r0, #0x600 * 4
	str	r1, [r2]
	add	r3, r1, #0x100000
	str	r3, [r2, #4]
	add	r2, r0, #0x800 * 4	@ VA 0x80000000: RAM's first MiB
	str	r1, [r2]
	mcr	p15, 0, r0, c2, c0, 0	@ TTBR0
	mov	r0, #0
	mcr	p15, 0, r0, c2, c0, 2	@ TTBCR
	mov	r0, #1			@ DACR: domain 0 client
	mcr	p15, 0, r0, c3, c0, 0
	mcr	p15, 0, r0, c8, c7, 0	@ TLBIALL
	mrc	p15, 0, r0, c1, c0, 0
	orr	r0, r0, #1		@ SCTLR.M
	mcr	p15, 0, r0, c1, c0, 0
	isb
	.global mmu_on
mmu_on:
	nop

	.global spin
spin:
	ldr	r1, =go
	ldr	r0, [r1]
	add	r6, r6, #1
	cmp	r0, #0
	beq	spin

	ldr	r1, =done_msg		@ semihosting SYS_WRITE0
	mov	r0, #4
	svc	#0x123456
	mov	r0, #0
	b	finish
fail:
	mov	r0, #1
finish:
	ldr	r1, =exit_block
	str	r0, [r1, #4]
	mov	r0, #0x20		@ SYS_EXIT_EXTENDED
	svc	#0x123456
	b	.
	.ltorg

	.thumb
	.thumb_func
	.global thumb_func
thumb_func:
	movs	r0, #3
	bx	lr

	.data
	.global counter, go, mmu_data
counter:
	.word	0
go:
	.word	0
mmu_data:
	.word	0xcafef00d
exit_block:
	.word	0x20026, 0		@ ADP_Stopped_ApplicationExit, status
done_msg:
	.asciz	"target: done\n"

	.bss
	.align	3
	.space	0x4000
stack_top:
