/*
 * A raw-image guest (tests/cli/raw_boot.sh): prints, through semihosting, the
 * registers the Linux boot protocol defines (r0, r1, r2), the CPSR it was
 * entered with, and the first word at r2 (the DTB), then exits.
 */
	.syntax unified
	.arm
	.global _start
_start:
	ldr	sp, =0x60100000		@ the boot protocol gives no stack
	mov	r4, r0
	mov	r5, r1
	mov	r6, r2
	mrs	r7, cpsr
	adr	r0, name_r0
	mov	r1, r4
	bl	show
	adr	r0, name_r1
	mov	r1, r5
	bl	show
	adr	r0, name_r2
	mov	r1, r6
	bl	show
	adr	r0, name_cpsr
	mov	r1, r7
	bl	show
	cmp	r6, #0
	beq	1f
	adr	r0, name_dtb
	ldr	r1, [r6]
	bl	show
1:	mov	r0, #0x18		@ SYS_EXIT
	ldr	r1, =0x20026		@ ADP_Stopped_ApplicationExit
	svc	0x123456
2:	b	2b
	.ltorg

/* show(name, value): "name=hhhhhhhh\n" */
show:
	push	{r4, r5, lr}
	mov	r4, r1
	mov	r1, r0
	mov	r0, #0x04		@ SYS_WRITE0
	svc	0x123456
	mov	r5, #8
3:	mov	r2, r4, lsr #28
	cmp	r2, #10
	addlo	r2, r2, #'0'
	addhs	r2, r2, #'a' - 10
	adr	r1, char
	strb	r2, [r1]
	mov	r0, #0x03		@ SYS_WRITEC
	svc	0x123456
	mov	r4, r4, lsl #4
	subs	r5, r5, #1
	bne	3b
	adr	r1, newline
	mov	r0, #0x03
	svc	0x123456
	pop	{r4, r5, pc}

name_r0:	.asciz "r0="
name_r1:	.asciz "r1="
name_r2:	.asciz "r2="
name_cpsr:	.asciz "cpsr="
name_dtb:	.asciz "dtb="
newline:	.byte 10
char:		.byte 0
	.balign 4
	.section .note.GNU-stack, "", %progbits
