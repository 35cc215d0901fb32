@ target.S: the monitor tests' program (monitor.py). It builds page tables,
@ turns the MMU on, sets every register to a known value and loops at 0x60001000
@ for the monitor to look at.  The mappings (ARM ARM B3.5.1, short descriptors):
@   VA 0x60000000, 0x60100000  sections, flat, full access, domain 0
@   VA 0x80000000  small page -> PA 0x60002000 (data), full access, global
@   VA 0x80001000  small page -> PA 0x60002000, AP 0b010 (user read-only), nG, XN
@   VA 0x90000000  section -> PA 0x10000000 (motherboard devices), domain 1
@   VA 0xa0000000  nothing (translation fault)
	.syntax unified
	.arm
	.equ TABLE, 0x60100000
	.equ L2, 0x60104000

	.text
	.global _start
_start:
	ldr	r0, =TABLE		@ clear both tables (L2 follows TABLE)
	mov	r1, #0
	mov	r2, #4096 + 256
1:	str	r1, [r0], #4
	subs	r2, r2, #1
	bne	1b
	ldr	r0, =TABLE
	ldr	r1, =0x60000c02		@ section, AP 0b011, domain 0
	ldr	r2, =TABLE + 0x600 * 4
	str	r1, [r2]
	ldr	r1, =0x60100c02
	ldr	r2, =TABLE + 0x601 * 4
	str	r1, [r2]
	ldr	r1, =L2 | 0x1		@ page table, domain 0
	ldr	r2, =TABLE + 0x800 * 4
	str	r1, [r2]
	ldr	r1, =0x10000c22		@ section, AP 0b011, domain 1
	ldr	r2, =TABLE + 0x900 * 4
	str	r1, [r2]
	ldr	r0, =L2
	ldr	r1, =0x60002032		@ small page, AP 0b011
	str	r1, [r0]
	ldr	r1, =0x60002823		@ small page, AP 0b010, nG, XN
	str	r1, [r0, #4]
	ldr	r0, =TABLE
	mcr	p15, 0, r0, c2, c0, 0	@ TTBR0
	mov	r0, #0
	mcr	p15, 0, r0, c2, c0, 2	@ TTBCR
	mov	r0, #5			@ CONTEXTIDR: ASID 5
	mcr	p15, 0, r0, c13, c0, 1
	mov	r0, #5			@ DACR: domains 0 and 1 client
	mcr	p15, 0, r0, c3, c0, 0
	mcr	p15, 0, r0, c8, c7, 0	@ TLBIALL
	mrc	p15, 0, r0, c1, c0, 0
	orr	r0, r0, #1		@ SCTLR.M
	mcr	p15, 0, r0, c1, c0, 0
	isb
	ldr	r3, =0x80000000		@ through the MMU: the data page
	ldr	r1, [r3, #8]
	ldr	r2, =0x80000001
	cmp	r1, r2
	bne	.
	ldr	r0, =0x600d600d		@ ready (data word 3): the monitor may look
	str	r0, [r3, #12]
	ldr	r0, =0x00000000
	ldr	r1, =0x11111111
	ldr	r2, =0x22222222
	ldr	r3, =0x33333333
	ldr	r4, =0x44444444
	ldr	r5, =0x55555555
	ldr	r6, =0x66666666
	ldr	r7, =0x77777777
	ldr	r8, =0x88888888
	ldr	r9, =0x99999999
	ldr	r10, =0xaaaaaaaa
	ldr	r11, =0xbbbbbbbb
	ldr	r12, =0xcccccccc
	ldr	sp, =0xdddddddd
	ldr	lr, =0xeeeeeeee
	cmp	r1, r1			@ Z and C set, N and V clear
	b	spin
	.ltorg

	.section .text.spin, "ax"
spin:
	b	spin

	.data
	.word	0x01020304, 0xdeadbeef, 0x80000001, 0
	.asciz	"monitor"
