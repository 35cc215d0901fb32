/* A seed for fuzz_kernel: an ELF with a text, a data and a bss segment that
 * exits through semihosting; its raw binary is a raw-image seed. */
	.syntax unified
	.arm
	.global _start
_start:	ldr	r1, =counter
	ldr	r0, [r1]
	add	r0, r0, #1
	str	r0, [r1]
	mov	r0, #0x18		@ SYS_EXIT
	ldr	r1, =0x20026		@ ADP_Stopped_ApplicationExit
	svc	0x123456
1:	b	1b
	.ltorg
	.data
message:	.asciz	"armvm"
	.bss
counter:	.space	4096
	.section .note.GNU-stack, "", %progbits
