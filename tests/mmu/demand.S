@ Demand paging, the way Linux uses the MMU: the abort handler maps the page
@ and returns to the aborted instruction, which then completes as if it
@ had never faulted (ARM ARM B1.9: return with SUBS PC, LR, #4 for a
@ Prefetch Abort, #8 for a Data Abort, in ARM and Thumb state; the
@ "base restored" abort model, so a retried LDR/STR/LDM/STM with write-back
@ updates its base once).
@  - stores, loads, LDM/STM crossing into a missing page, 16- and 32-bit
@    Thumb stores: Translation fault (page) -> a new frame filled with its
@    own virtual addresses, no TLB maintenance (an entry that gives a
@    Translation fault is never held in a TLB, B3.10; Linux relies on it);
@  - copy-on-write: a store to a read-only page -> Permission fault with
@    WnR -> AP made read/write, TLBIMVA (B3.10: a change that widens
@    access of a valid entry needs TLB maintenance), retry;
@  - an instruction fetch from a missing page -> Prefetch Abort -> mapped.

	.include "harness.inc"
	.include "mmu.inc"

	.equ VD, TVA + 0x100000		@ data: table 0, domain 4
	.equ VCOW, VD + 0x20000		@ copy-on-write page in it
	.equ VE, TVA + 0x200000		@ code: table 1, domain 4
	.equ FRAME0, PAGE0 + 0x20000	@ frames handed out by dp_fix
	.equ COW_FRAME, PAGE0 + 0x10000
	.equ CODE_PAGE, PAGE0 + 0x5000

	.data
	.balign 4
dp_frames: .word 0			@ frames handed out so far

	.text
	.arm
@ dp_fix(fsr, far, kind): the fix-up function (mmu.inc: ab_dabt/ab_pabt).
	.type dp_fix, %function
dp_fix:
	push {r4-r6, lr}
	mov32 r3, 0x40f
	and r3, r0, r3				@ FS
	cmp r3, #FS_TR_PG
	beq 1f
	cmp r3, #FS_PERM_PG
	bne 9f
	@ copy-on-write: a write to VCOW only
	tst r0, #FSR_WNR
	beq 9f
	mov32 r3, VCOW
	bic r4, r1, #0xff
	bic r4, r4, #0xf00
	cmp r4, r3
	bne 9f
	mov32 r5, COW_FRAME | PG | PG_NORMAL | PG_AP3
	mov32 r6, L2_BASE
	ubfx r3, r1, #12, #8
	str r5, [r6, r3, lsl #2]
	dsb
	mcr p15, 0, r4, c8, c7, 1		@ TLBIMVA (ASID 0)
	dsb
	b 8f
1:	mov32 r3, VE				@ code: map the code page
	sub r3, r1, r3
	cmp r3, #0x100000
	bhs 2f
	mov32 r5, CODE_PAGE | PG | PG_NORMAL | PG_AP3
	mov32 r6, L2_BASE + L2TAB_SIZE
	b 3f
2:	mov32 r3, VD				@ data: a new frame
	sub r3, r1, r3
	cmp r3, #0x100000
	bhs 9f
	mov32 r3, dp_frames
	ldr r4, [r3]
	add r5, r4, #1
	str r5, [r3]
	mov32 r5, FRAME0
	add r5, r5, r4, lsl #12			@ the frame
	bic r4, r1, #0xff
	bic r4, r4, #0xf00			@ its virtual page
	mov r3, #0
4:	add r6, r4, r3				@ fill it with its VAs
	str r6, [r5, r3]
	add r3, r3, #4
	cmp r3, #0x1000
	bne 4b
	mov32 r6, PG | PG_NORMAL | PG_AP3
	orr r5, r5, r6
	mov32 r6, L2_BASE
3:	ubfx r3, r1, #12, #8
	str r5, [r6, r3, lsl #2]
	dsb
8:	mov r0, #1				@ retry
	pop {r4-r6, pc}
9:	mov r0, #0
	pop {r4-r6, pc}

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	bl mmu_on
	PUT_WORDS CODE_PAGE, 0xe3a0002a, 0xe12fff1e	@ mov r0, #42; bx lr
	CODE_SYNC
	MAP_L1 VD, L2_BASE | L1_TABLE | (4 << DOM)
	MAP_L1 VE, (L2_BASE + L2TAB_SIZE) | L1_TABLE | (4 << DOM)
	AB_CLEAR 0, dp_fix

	@ ---- stores to 8 missing pages, post-indexed ----
	mov32 r4, VD + 0x10
	mov r5, #0
	mov r9, #0x1000
1:	str r5, [r4], r9
	add r5, r5, #1
	cmp r5, #8
	bne 1b
	CHECK_MEM ab_rec + AB_COUNT, 8, st_faults
	CHECK_EQ r4, VD + 0x8010, st_base
	CHECK_MEM dp_frames, 8, st_frames
	CHECK_MEM FRAME0 + 0x10, 0, st_page0
	CHECK_MEM FRAME0 + 0x14, VD + 0x14, st_page0_fill
	CHECK_MEM FRAME0 + 0x7010, 7, st_page7
	CHECK_MEM FRAME0 + 0x700c, VD + 0x700c, st_page7_fill
	@ loads now hit
	mov32 r4, VD + 0x3ffc
	ldr r5, [r4]
	CHECK_EQ r5, VD + 0x3ffc, ld_mapped
	CHECK_MEM ab_rec + AB_COUNT, 8, ld_mapped_no_fault

	@ ---- LDM and STM across into a missing page ----
	@ (frames are handed out in fault order: page n of VD is frame n up to
	@ page 10, then VD + 0xc000 is frame 11)
	mov32 r4, VD + 0x7ff8
ldm_x:	ldmia r4!, {r5-r8}
	CHECK_MEM ab_rec + AB_COUNT, 9, ldm_faults
	CHECK_MEM ab_rec + AB_LR, ldm_x + 8, ldm_lr
	CHECK_MEM ab_rec + AB_DFAR, VD + 0x8000, ldm_dfar
	CHECK_EQ r4, VD + 0x8008, ldm_base
	CHECK_EQ r5, VD + 0x7ff8, ldm_r5
	CHECK_EQ r6, VD + 0x7ffc, ldm_r6
	CHECK_EQ r7, VD + 0x8000, ldm_r7
	CHECK_EQ r8, VD + 0x8004, ldm_r8
	mov32 r4, VD + 0x9008
	mov32 r5, 0x11111111
	mov32 r6, 0x22222222
	mov32 r7, 0x33333333
	mov32 r8, 0x44444444
	stmdb r4!, {r5-r8}
	CHECK_MEM ab_rec + AB_COUNT, 10, stm_faults
	CHECK_MEM ab_rec + AB_DFAR, VD + 0x9000, stm_dfar
	CHECK_EQ r4, VD + 0x8ff8, stm_base
	CHECK_MEM FRAME0 + 0x8ffc, 0x22222222, stm_w1
	CHECK_MEM FRAME0 + 0x9000, 0x33333333, stm_w2
	CHECK_MEM FRAME0 + 0x9004, 0x44444444, stm_w3
	CHECK_MEM FRAME0 + 0x9008, VD + 0x9008, stm_after

	@ ---- Thumb stores, 16- and 32-bit ----
	mov32 r4, VD + 0xa000
	mov32 r5, 0x5555aaaa
	ENTER_THUMB
t16_st:	str r5, [r4, #4]
	str.w r5, [r4], #8
	mov r6, r4
	ENTER_ARM
	CHECK_MEM ab_rec + AB_COUNT, 11, t_faults
	CHECK_MEM ab_rec + AB_LR, t16_st + 8, t16_lr
	CHECK_MEMM ab_rec + AB_SPSR, PSR_T, PSR_T, t16_spsr_t
	CHECK_EQ r6, VD + 0xa008, t32_base
	CHECK_MEM FRAME0 + 0xa000, 0x5555aaaa, t32_stored
	CHECK_MEM FRAME0 + 0xa004, 0x5555aaaa, t16_stored
	mov32 r4, VD + 0xbffc
	mov32 r5, 0x77778888
	ENTER_THUMB
	str.w r5, [r4, #4]!
	mov r6, r4
	ENTER_ARM
	CHECK_MEM ab_rec + AB_COUNT, 12, t32_pre_faults
	CHECK_EQ r6, VD + 0xc000, t32_pre_base
	CHECK_MEM FRAME0 + 0xb000, 0x77778888, t32_pre_stored	@ 12th frame

	@ ---- copy-on-write ----
	mov32 r4, 0xc0ffee00
	mov32 r0, COW_FRAME + 0x40
	str r4, [r0]
	MAP_L2 0, VCOW, COW_FRAME | PG | PG_NORMAL | PG_AP7
	mov32 r4, VCOW + 0x3c
	ldr r5, [r4, #4]
	CHECK_EQ r5, 0xc0ffee00, cow_read
	CHECK_MEM ab_rec + AB_COUNT, 12, cow_read_no_fault
	mov32 r5, 0xbeef
cow_st:	str r5, [r4, #4]!
	CHECK_MEM ab_rec + AB_COUNT, 13, cow_faults
	CHECK_MEM ab_rec + AB_DFSR, FSR_WNR | (4 << 4) | FS_PERM_PG, cow_dfsr
	CHECK_MEM ab_rec + AB_LR, cow_st + 8, cow_lr
	CHECK_EQ r4, VCOW + 0x40, cow_base
	CHECK_MEM COW_FRAME + 0x40, 0xbeef, cow_stored

	@ ---- instruction fetch from a missing page ----
	mov32 r4, VE + 0x3000
	mov r0, #0
	blx r4
	CHECK_EQ r0, 42, code_ran
	CHECK_MEM ab_rec + AB_COUNT, 0x100 + 13, code_faults
	CHECK_MEM ab_rec + AB_IFAR, VE + 0x3000, code_ifar
	CHECK_MEM ab_rec + AB_LR, VE + 0x3004, code_lr
	CHECK_MEM dp_frames, 12, frames
	AB_CLEAR
	TEST_END
