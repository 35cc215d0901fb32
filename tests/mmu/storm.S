@ A storm of page-table changes and TLB maintenance: 16 virtual pages, each
@ remapped at random to one of 8 RAM frames, to an unassigned physical page
@ or to nothing, every change followed by DSB and one of TLBIMVA, TLBIMVAA,
@ TLBIASID, TLBIALL or their Inner Shareable forms (B3.10.1, B4.2.3: after
@ the maintenance and an ISB no old translation may be used), then DSB, ISB.
@ After each change the program checks, against its own record of the
@ tables, a word read at a random place, a load crossing from one page into
@ the next (each byte through its own page's mapping, A3.2.1), and a store
@ (seen at the physical frame, or ignored by the unassigned page); an
@ access to a page mapped to nothing must abort with DFAR at the first byte
@ of the page that faults (B3.12).  The mappings are not global (nG) in
@ ASID 0, so every one of the operations applies to them.  The random
@ sequence is fixed (a linear congruential generator with a fixed seed).

	.include "harness.inc"
	.include "mmu.inc"

	.equ S, TVA + 0x100000		@ slot i at S + i * 0x1000
	.equ L2S, L2_BASE + 3 * L2TAB_SIZE
	.equ FR, PAGE0 + 0x20000	@ frame j at FR + j * 0x1000
	.equ NOWHERE, 0x10003000	@ "frame" 8: no device
	.equ DESC, PG | PG_NORMAL | PG_AP3 | PG_NG
	.equ ROUNDS, 4000

	.data
	.balign 4
rng:	.word 0x2545f491
frame:	.space 16 * 4			@ per slot: frame 0-8, or -1 (nothing)
frame_pa:
	.irp j, 0, 1, 2, 3, 4, 5, 6, 7
	.word FR + \j * 0x1000
	.endr
	.word NOWHERE
@ every word of frame j: bytes 0x10 * (j + 1) + 0 ... + 3; reads of the
@ unassigned page give zero
pattern:
	.irp j, 0, 1, 2, 3, 4, 5, 6, 7
	.word 0x03020100 + (\j + 1) * 0x10101010
	.endr
	.word 0

	.text
	.arm
@ rnd: r0 = 24 random bits (clobbers r1, r2).
rnd:
	mov32 r2, rng
	ldr r0, [r2]
	mov32 r1, 1664525
	mul r0, r0, r1
	mov32 r1, 1013904223
	add r0, r0, r1
	str r0, [r2]
	lsr r0, r0, #8
	bx lr

@ slot_word: r0 = slot -> r0 = the word every read of it gives, r1 = its
@ frame (-1: mapped to nothing).
slot_word:
	mov32 r1, frame
	ldr r1, [r1, r0, lsl #2]
	cmp r1, #0
	movlt r0, #0
	bxlt lr
	mov32 r0, pattern
	ldr r0, [r0, r1, lsl #2]
	bx lr

@ tlbi: r0 = operation 0-7, r1 = the page's VA (ASID 0).
tlbi:
	add pc, pc, r0, lsl #3
	nop
	mcr p15, 0, r1, c8, c7, 1		@ TLBIMVA
	bx lr
	mcr p15, 0, r1, c8, c7, 3		@ TLBIMVAA
	bx lr
	mcr p15, 0, r0, c8, c7, 0		@ TLBIALL
	bx lr
	mcr p15, 0, r2, c8, c7, 2		@ TLBIASID (r2 = 0)
	bx lr
	mcr p15, 0, r1, c8, c3, 1		@ TLBIMVAIS
	bx lr
	mcr p15, 0, r1, c8, c3, 3		@ TLBIMVAAIS
	bx lr
	mcr p15, 0, r0, c8, c3, 0		@ TLBIALLIS
	bx lr
	mcr p15, 0, r2, c8, c3, 2		@ TLBIASIDIS (r2 = 0)
	bx lr

@ remap: a random slot to a random frame, or to nothing.
remap:
	push {r4-r6, lr}
	bl rnd
	and r4, r0, #15				@ slot
	ubfx r5, r0, #4, #4			@ 0-11: frame (mod 9), 12-15: nothing
	ubfx r6, r0, #8, #3			@ TLB operation
	mvn r3, #0
	mov r2, #0
	cmp r5, #12
	bhs 1f
	cmp r5, #9
	subhs r5, r5, #9
	mov r3, r5
	mov32 r1, frame_pa
	ldr r2, [r1, r5, lsl #2]
	mov32 r1, DESC
	orr r2, r2, r1
1:	mov32 r1, L2S
	str r2, [r1, r4, lsl #2]
	mov32 r1, frame
	str r3, [r1, r4, lsl #2]
	dsb
	mov32 r1, S
	add r1, r1, r4, lsl #12
	mov r0, r6
	mov r2, #0
	bl tlbi
	dsb
	isb
	pop {r4-r6, pc}

@ check_read: a word at a random place of a random slot.
check_read:
	push {r4-r7, lr}
	bl rnd
	and r4, r0, #15
	ubfx r5, r0, #4, #10
	mov32 r6, S
	add r6, r6, r4, lsl #12
	add r6, r6, r5, lsl #2			@ the address
	mov r0, r4
	bl slot_word
	mov r7, r0
	AB_CLEAR
	mov32 r0, 0xdeadbeef
	ldr r0, [r6]
	cmp r1, #0
	blt 1f
	CHECK_REGS r0, r7, storm_read
	CHECK_MEM ab_rec + AB_COUNT, 0, storm_read_noabort
	pop {r4-r7, pc}
1:	CHECK_MEM ab_rec + AB_COUNT, 1, storm_read_abort
	mov32 r0, ab_rec
	ldr r0, [r0, #AB_DFAR]
	CHECK_REGS r0, r6, storm_read_dfar
	pop {r4-r7, pc}

@ check_cross: LDR at the last two bytes of slot i and the first two of i + 1.
check_cross:
	push {r4-r9, lr}
	bl rnd
	and r4, r0, #15
	cmp r4, #15
	moveq r4, #14
	mov32 r6, S + 0xffe
	add r6, r6, r4, lsl #12			@ the address
	mov r0, r4
	bl slot_word
	lsr r7, r0, #16				@ its bytes 2 and 3
	mov r8, r1
	add r0, r4, #1
	bl slot_word
	orr r7, r7, r0, lsl #16			@ then bytes 0 and 1 of the next
	mov r9, r1
	AB_CLEAR
	mov32 r0, 0xdeadbeef
	ldr r0, [r6]
	cmp r8, #0
	blt 1f
	cmp r9, #0
	blt 2f
	CHECK_REGS r0, r7, storm_cross
	CHECK_MEM ab_rec + AB_COUNT, 0, storm_cross_noabort
	pop {r4-r9, pc}
1:	mov r7, r6				@ the first page faults at the address
	b 3f
2:	add r7, r6, #2				@ the second at its first byte
3:	CHECK_MEM ab_rec + AB_COUNT, 1, storm_cross_abort
	mov32 r0, ab_rec
	ldr r0, [r0, #AB_DFAR]
	CHECK_REGS r0, r7, storm_cross_dfar
	pop {r4-r9, pc}

@ check_write: a word stored at a random place, seen through the frame (or
@ through the page again for the unassigned one), then put back.
check_write:
	push {r4-r8, lr}
	bl rnd
	and r4, r0, #15
	ubfx r5, r0, #4, #10
	mov32 r6, S
	add r6, r6, r4, lsl #12
	add r6, r6, r5, lsl #2			@ the address
	mov r0, r4
	bl slot_word
	mov r8, r0
	mvn r7, r0				@ the value stored
	AB_CLEAR
	str r7, [r6]
	cmp r1, #0
	blt 1f
	CHECK_MEM ab_rec + AB_COUNT, 0, storm_write_noabort
	cmp r1, #8
	beq 2f
	mov32 r0, frame_pa
	ldr r0, [r0, r1, lsl #2]
	ldr r2, [r0, r5, lsl #2]
	CHECK_REGS r2, r7, storm_write
	str r8, [r0, r5, lsl #2]
	pop {r4-r8, pc}
2:	ldr r0, [r6]
	CHECK_EQ r0, 0, storm_write_nowhere
	pop {r4-r8, pc}
1:	CHECK_MEM ab_rec + AB_COUNT, 1, storm_write_abort
	mov32 r0, ab_rec
	ldr r0, [r0, #AB_DFAR]
	CHECK_REGS r0, r6, storm_write_dfar
	pop {r4-r8, pc}

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	bl mmu_on
	MAP_L1 S, L2S | L1_TABLE
	mov32 r0, FR				@ fill the frames
	mov32 r1, pattern
	mov r2, #0
1:	lsr r3, r2, #12
	ldr r3, [r1, r3, lsl #2]
	str r3, [r0, r2]
	add r2, r2, #4
	cmp r2, #0x8000
	blo 1b
	mov32 r0, frame				@ every slot mapped to nothing
	mvn r1, #0
	mov r2, #0
2:	str r1, [r0, r2, lsl #2]
	add r2, r2, #1
	cmp r2, #16
	blo 2b
	mov32 r4, ROUNDS
3:	bl remap
	bl check_read
	bl check_cross
	bl check_write
	bl check_cross
	subs r4, r4, #1
	bne 3b
	TEST_END
