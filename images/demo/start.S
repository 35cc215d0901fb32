/*
 * Start-up of the demo guest: ARM state, SVC mode, MMU off, as armvm (and
 * qemu-system-arm -kernel) enter an ELF file. Set the stack, clear .bss, run
 * main(), then power the board off.
 */
	.syntax unified
	.arm
	.section .text.start, "ax"
	.global _start
_start:
	ldr	sp, =__stack_top
	ldr	r0, =__bss_start
	ldr	r1, =__bss_end
	mov	r2, #0
1:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	1b
	bl	main
	bl	power_off
	/* The board stops at the next instruction boundary. */
2:	b	2b

	.section .note.GNU-stack, "", %progbits
