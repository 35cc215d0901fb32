/*
 * start.S: entry and exit of the bare-metal VFP test programs (ARM state).
 *
 * _start runs in SVC mode with the MMU off (as QEMU and armvm enter an ELF
 * given with -kernel/--kernel): it sets the stack, zeroes .bss, enables the
 * floating-point unit (CPACR cp10/cp11 full access, ISB, FPEXC.EN = 1; ARM ARM
 * B1.14), calls main and exits with main's return value.
 *
 * rt_exit: ARM semihosting SYS_EXIT_EXTENDED (0x20, SVC 0x123456 in ARM state)
 * with {ADP_Stopped_ApplicationExit, status}.
 */
	.syntax unified
	.arch armv7-a
	.fpu vfpv3
	.arm

	.section .text.start, "ax", %progbits
	.global _start
	.type _start, %function
_start:
	ldr	sp, =__stack_top
	ldr	r0, =__bss_start
	ldr	r1, =__bss_end
	mov	r2, #0
1:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	1b
	mrc	p15, 0, r0, c1, c0, 2		@ CPACR
	orr	r0, r0, #(0xf << 20)		@ cp10, cp11: full access
	mcr	p15, 0, r0, c1, c0, 2
	isb
	mov	r0, #(1 << 30)			@ FPEXC.EN
	vmsr	fpexc, r0
	mov	r0, #0
	vmsr	fpscr, r0
	bl	main
	b	rt_exit
	.size _start, . - _start

	.text
	.global rt_exit
	.type rt_exit, %function
rt_exit:
	sub	sp, sp, #8
	ldr	r1, =0x20026			@ ADP_Stopped_ApplicationExit
	str	r1, [sp]
	str	r0, [sp, #4]
	mov	r1, sp
	mov	r0, #0x20			@ SYS_EXIT_EXTENDED
	svc	0x123456
2:	b	2b
	.size rt_exit, . - rt_exit
	.ltorg

/* libgcc's integer division calls these on a division by zero: give 0. */
	.global __aeabi_idiv0
	.global __aeabi_ldiv0
	.type __aeabi_idiv0, %function
	.type __aeabi_ldiv0, %function
__aeabi_idiv0:
__aeabi_ldiv0:
	mov	r0, #0
	mov	r1, #0
	bx	lr

	.section .note.GNU-stack, "", %progbits
