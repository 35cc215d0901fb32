@ Code written through one virtual alias and executed through another: VW and
@ VX map the same physical frame (ARM ARM B3.9: a translation holds no
@ instructions; after a write the program makes the new instructions visible
@ with D-cache clean, ICIALLU/BPIALL, DSB, ISB, B2.2.9 and A3.5.5, the CODE_SYNC
@ of mmu.inc). Each round rewrites the code through VW after it ran through
@ VX, so an emulator that keeps translations by virtual address, or that misses
@ writes made through another mapping of the page, runs stale code:
@  - ARM code rewritten three times, run after each rewrite;
@  - one word in the middle of a longer function patched (the other
@    instructions of the page stay the same);
@  - Thumb code the same way;
@  - a store of data to the same page (not to the code) keeps the code working.

	.include "harness.inc"
	.include "mmu.inc"

	.equ VW, TVA			@ write alias
	.equ VX, TVA + 0x10000		@ execute alias (same L2 table)
	.equ FRAME, PAGE0 + 0x3000

	.text
	.arm
@ run: call the code at VX (ARM) with r0 = 0, result in r0.
run:	push {r4, lr}
	mov r0, #0
	mov32 r4, VX
	blx r4
	pop {r4, pc}

@ run_thumb: the same, the code at VX + 0x800 in Thumb state.
run_thumb:
	push {r4, lr}
	mov r0, #0
	mov32 r4, VX + 0x801
	blx r4
	pop {r4, pc}

	.global test_main
test_main:
	bl mmu_on
	MAP_L1 VW, L2_BASE | L1_TABLE
	MAP_L2 0, VW, FRAME | PG | PG_NORMAL | PG_AP3 | PG_XN
	MAP_L2 0, VX, FRAME | PG | PG_NORMAL | PG_AP3

	@ ---- ARM code rewritten through VW ----
	.irp k, 1, 2, 3
	PUT_WORDS VW, 0xe3a00000 + \k, 0xe12fff1e	@ mov r0, #k; bx lr
	CODE_SYNC
	bl run
	CHECK_EQ r0, \k, arm_round_\k
	.endr

	@ ---- one word of a longer function patched ----
	@ add r0, r0, #1 (x4), bx lr
	PUT_WORDS VW, 0xe2800001, 0xe2800001, 0xe2800001, 0xe2800001, 0xe12fff1e
	CODE_SYNC
	bl run
	CHECK_EQ r0, 4, patch_before
	PUT_WORDS VW + 8, 0xe2800064			@ third: add r0, r0, #100
	CODE_SYNC
	bl run
	CHECK_EQ r0, 103, patch_after

	@ ---- Thumb code rewritten through VW ----
	.irp k, 5, 6
	PUT_WORDS VW + 0x800, 0x47702000 + \k		@ movs r0, #k; bx lr
	CODE_SYNC
	bl run_thumb
	CHECK_EQ r0, \k, thumb_round_\k
	.endr

	@ ---- data stored to the code's page, not to the code ----
	PUT_WORDS VW + 0xf00, 0x12345678
	bl run
	CHECK_EQ r0, 103, data_store_keeps_code
	CHECK_MEM VX + 0xf00, 0x12345678, data_seen_through_vx
	TEST_END
