/*
 * start.S: entry and exit of the bare-metal guest programs (ARM state).
 *
 * _start is entered in ARM state with the MMU off, as QEMU and armvm do for
 * an ELF given with -kernel/--kernel.  It sets the stack, zeroes .bss,
 * calls main and exits with main's return value.
 *
 * rt_exit uses ARM semihosting SYS_EXIT_EXTENDED (operation 0x20, SVC
 * 0x123456 in ARM state): r1 points to the pair {reason, subcode}, and the
 * reason ADP_Stopped_ApplicationExit (0x20026) passes subcode to the host
 * as the exit status.  It is ARM code even in Thumb builds (callers reach it
 * by BLX, which the linker inserts).
 */
	.syntax unified
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
	bl	main
	b	rt_exit
	.size _start, . - _start

	.text
	.global rt_exit
	.type rt_exit, %function
rt_exit:
	sub	sp, sp, #8
	ldr	r1, =0x20026		@ ADP_Stopped_ApplicationExit
	str	r1, [sp]
	str	r0, [sp, #4]		@ exit status
	mov	r1, sp
	mov	r0, #0x20		@ SYS_EXIT_EXTENDED
	svc	0x123456
2:	b	2b			@ no semihosting: stop here
	.size rt_exit, . - rt_exit
	.ltorg

	.section .note.GNU-stack, "", %progbits
