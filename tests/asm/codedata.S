@ Code and the data it updates in one 4 KiB page, as a program linked the usual
@ way (.data right after .text) has them. A loop adds to a word placed right
@ after its own code, ROUNDS times: every store lands in the page the loop
@ runs from, and none overwrites an instruction, so the code must keep
@ running (tests/cli/code_data_stats.sh checks with --stats that the
@ translator does not compile the loop again for every store). Two stores of
@ the loop do overwrite instructions of the page, each followed by the cache
@ maintenance the ARM ARM requires before the new instruction must run (B2.2.9:
@ CODE_SYNC): after them the new instructions run.
@  - at round PATCH_F, after the loop called it, the function f returns 2
@    instead of 1;
@  - at round PATCH_ADD, an instruction of the loop itself, after the call
@    that patches it, adds 3 instead of 1;
@  - at round PATCH_G, after the loop called it, the last 16-bit instruction
@    but one of the Thumb function g adds 4 instead of 0.

	.include "harness.inc"

	.equ ROUNDS, 10240
	.equ PATCH_F, 5120
	.equ PATCH_ADD, 2560
	.equ PATCH_G, 7680

@ CODE_SYNC: after writing instructions (B2.2.9): DSB, ICIALLU, BPIALL, DSB, ISB.
.macro CODE_SYNC
	dsb
	mcr p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr p15, 0, r0, c7, c5, 6		@ BPIALL
	dsb
	isb
.endm

	.text
	.arm
	.balign 4096			@ all of the code and the counter in one page
	.global test_main
test_main:
	push {r4-r8, lr}
	adr r4, counter
	mov r8, #0			@ sum of g()
	mov r5, #0			@ round
	mov r6, #0			@ sum of f()
	mov r7, #0			@ sum of the patched add
loop:	ldr r0, [r4]
	add r0, r0, r5
	str r0, [r4]			@ data next to the code
	bl f
	add r6, r6, r0
	blx g
	add r8, r8, r0
	cmp r5, #PATCH_F
	bleq patch_f
	cmp r5, #PATCH_G
	bleq patch_g
	cmp r5, #PATCH_ADD
	bleq patch_add
inc:	add r7, r7, #1			@ becomes add r7, r7, #3
	add r5, r5, #1
	cmp r5, #ROUNDS
	blo loop

	CHECK_EQ r5, ROUNDS, rounds
	ldr r0, [r4]
	CHECK_EQ r0, ROUNDS * (ROUNDS - 1) / 2, counter_sum
	CHECK_EQ r6, PATCH_F + 1 + 2 * (ROUNDS - PATCH_F - 1), f_patched
	CHECK_EQ r7, PATCH_ADD + 3 * (ROUNDS - PATCH_ADD), add_patched
	CHECK_EQ r8, PATCH_G + 1 + 5 * (ROUNDS - PATCH_G - 1), g_patched
	adr r0, counter
	CHECK_REGS r0, r4, counter_address
	pop {r4-r8, lr}
	TEST_END

patch_f:
	adr r0, f
	mov32 r1, 0xe3a00002		@ mov r0, #2
	str r1, [r0]
	CODE_SYNC
	bx lr

patch_add:
	adr r0, inc
	mov32 r1, 0xe2877003		@ add r7, r7, #3
	str r1, [r0]
	CODE_SYNC
	bx lr

patch_g:
	adr r0, g_add
	mov r1, #0x3004			@ adds r0, #4
	strh r1, [r0]
	CODE_SYNC
	bx lr

f:	mov r0, #1
	bx lr

	.thumb
	.thumb_func
g:	movs r0, #1
g_add:	adds r0, #0
	bx lr
	.arm
	.balign 4
counter:
	.word 0
