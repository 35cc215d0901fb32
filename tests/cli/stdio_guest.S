/*
 * A guest for tests/cli/closed_stdio.sh: writes to the host's stdout (SYS_WRITE0)
 * and stderr (":tt" opened for append, SYS_WRITE), then checks that neither
 * landed in its own RAM at 0x60000000 (exit 3), puts 'R' there and checks
 * that SYS_READC does not read it back but sees the end of /dev/null (-1;
 * else exit 2). Exit 0 (ADP_Stopped_ApplicationExit) when all is well.
 */
	.syntax unified
	.arm
	.global _start
_start:
	ldr	r4, =0x60000000
	mov	r0, #0x04		@ SYS_WRITE0
	adr	r1, out_text
	svc	0x123456
	mov	r0, #0x01		@ SYS_OPEN ":tt", mode 8 (append: stderr)
	adr	r1, open_block
	svc	0x123456
	adr	r1, write_block
	str	r0, [r1]
	mov	r0, #0x05		@ SYS_WRITE
	svc	0x123456
	ldr	r0, [r4]
	cmp	r0, #0
	movne	r5, #3
	bne	exit
	mov	r0, #'R'
	str	r0, [r4]
	mov	r0, #0x07		@ SYS_READC
	svc	0x123456
	cmn	r0, #1
	movne	r5, #2
	moveq	r5, #0
exit:	adr	r1, exit_block
	str	r5, [r1, #4]
	mov	r0, #0x20		@ SYS_EXIT_EXTENDED
	svc	0x123456
1:	b	1b

	.align	2
open_block:	.word	tt, 8, 3
write_block:	.word	0, err_text, 4
exit_block:	.word	0x20026, 0	@ ADP_Stopped_ApplicationExit, code
tt:		.asciz	":tt"
out_text:	.asciz	"out\n"
err_text:	.ascii	"err\n"
	.ltorg
	.section .note.GNU-stack, "", %progbits
