@ Accesses that run past 0xffffffff into VA 0, both pages mapped by the
@ guest's tables (TTBR0 covers the whole space with TTBCR.N = 0).  The ARM
@ ARM reduces every address calculation modulo 2^32 (A3.1) but leaves a
@ sequential access that overflows the top of the address space
@ UNPREDICTABLE (A3.1.1); UNPREDICTABLE never reaches memory the program
@ cannot reach (Glossary), so each byte must go through the translation of
@ its own page.  armvm, like QEMU, wraps every byte's address to VA 0; this
@ test checks that reading (the same on QEMU), and that nothing lands in the
@ physical pages next to the mapped ones.  Also: the wrap into an unassigned
@ physical page, from the system registers' last bytes (which read as zero),
@ into a missing page (the abort at VA 0, nothing written), and LDRD/STRD,
@ LDM/STM and exclusives at the top of the space.

	.include "harness.inc"
	.include "mmu.inc"

	.equ TOP, 0xfffff000
	.equ W1, PAGE0 + 0x3000		@ at TOP
	.equ H, PAGE0 + 0x4000		@ physically after W1
	.equ G, PAGE0 + 0x5000		@ physically before W0
	.equ W0, PAGE0 + 0x6000		@ at VA 0
	.equ NOWHERE, 0x10003000	@ no device
	.equ SYSREGS, 0x10000000
	.equ NORM, PG | PG_NORMAL | PG_AP3
	.equ W0_, 0x03020100
	.equ W4_, 0x07060504
	.equ W8_, 0x0b0a0908
	.equ W12_, 0x0f0e0d0c
	.equ T1, 0x90
	.equ TH, 0x50
	.equ TG, 0x40
	.equ T0, 0xa0

.macro LD insn, va, want, id
	mov32 r1, \va
	mov32 r0, 0xdeadbeef
	\insn r0, [r1]
	CHECK_EQ r0, \want, \id
.endm

.macro ST insn, va, value
	mov32 r1, \va
	mov32 r0, \value
	\insn r0, [r1]
.endm

.macro pattern p, t
	PUT_WORDS \p, W0_ + \t * 0x01010101, W4_ + \t * 0x01010101
	PUT_WORDS \p + 0xff8, W8_ + \t * 0x01010101, W12_ + \t * 0x01010101
.endm

@ NEIGHBOURS id: the physical neighbours of W1 and W0 are untouched.
.macro NEIGHBOURS id
	CHECK_MEM H, W0_ + TH * 0x01010101, \id\()_h
	CHECK_MEM G + 0xffc, W12_ + TG * 0x01010101, \id\()_g
.endm

	.text
	.arm
patterns:
	pattern W1, T1
	pattern H, TH
	pattern G, TG
	pattern W0, T0
	bx lr

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	bl mmu_on
	MAP_L1 TOP, (L2_BASE + L2TAB_SIZE) | L1_TABLE
	MAP_L1 0, (L2_BASE + 2 * L2TAB_SIZE) | L1_TABLE
	MAP_L2 1, TOP, W1 | NORM
	MAP_L2 2, 0, W0 | NORM
	bl patterns

	@ ---- RAM -> RAM ----
	LD ldr, 0xfffffffe, ((T0 + 1) << 24) | (T0 << 16) | ((T1 + 15) << 8) | (T1 + 14), ldr_e
	LD ldr, 0xfffffffd, (T0 << 24) | ((T1 + 15) << 16) | ((T1 + 14) << 8) | (T1 + 13), ldr_d
	LD ldr, 0xffffffff, ((T0 + 2) << 24) | ((T0 + 1) << 16) | (T0 << 8) | (T1 + 15), ldr_f
	LD ldrh, 0xffffffff, (T0 << 8) | (T1 + 15), ldrh_f
	LD ldrsh, 0xffffffff, 0xffff0000 | (T0 << 8) | (T1 + 15), ldrsh_f
	mov32 r1, 0xfffffff0			@ offset addressing that wraps
	ldr r0, [r1, #0xe]
	CHECK_EQ r0, ((T0 + 1) << 24) | (T0 << 16) | ((T1 + 15) << 8) | (T1 + 14), ldr_offset
	mov32 r1, 0x2
	ldr r0, [r1, #-4]
	CHECK_EQ r0, ((T0 + 1) << 24) | (T0 << 16) | ((T1 + 15) << 8) | (T1 + 14), ldr_neg_offset
	ST str, 0xfffffffe, 0x44332211
	CHECK_MEM W1 + 0xffc, 0x22110000 | ((T1 + 13) << 8) | (T1 + 12), str_e_top
	CHECK_MEM W0, ((T0 + 3) << 24) | ((T0 + 2) << 16) | 0x4433, str_e_zero
	NEIGHBOURS str_e
	ST strh, 0xffffffff, 0x6655
	CHECK_MEM W1 + 0xffc, 0x55110000 | ((T1 + 13) << 8) | (T1 + 12), strh_f_top
	CHECK_MEM W0, ((T0 + 3) << 24) | ((T0 + 2) << 16) | 0x4466, strh_f_zero
	NEIGHBOURS strh_f
	ENTER_THUMB				@ Thumb: the same
	mov32 r1, 0xfffffffd
	ldr r2, [r1]
	mov32 r0, 0x99887766
	str r0, [r1]
	ENTER_ARM
	CHECK_EQ r2, 0x66000000 | (0x55 << 16) | (0x11 << 8) | (T1 + 13), thumb_ldr_d
	CHECK_MEM W1 + 0xffc, 0x88776600 | (T1 + 12), thumb_str_d_top
	CHECK_MEM W0, ((T0 + 3) << 24) | ((T0 + 2) << 16) | 0x4499, thumb_str_d_zero
	NEIGHBOURS thumb_str_d
	bl patterns

	@ ---- aligned words at the top ----
	mov32 r1, 0xfffffffc
	ldrd r2, r3, [r1]
	CHECK_EQ r2, W12_ + T1 * 0x01010101, ldrd_top
	CHECK_EQ r3, W0_ + T0 * 0x01010101, ldrd_zero
	mov32 r1, 0xfffffff8
	ldm r1, {r2-r5}
	CHECK_EQ r2, W8_ + T1 * 0x01010101, ldm_0
	CHECK_EQ r3, W12_ + T1 * 0x01010101, ldm_1
	CHECK_EQ r4, W0_ + T0 * 0x01010101, ldm_2
	CHECK_EQ r5, W4_ + T0 * 0x01010101, ldm_3
	mov r1, #8
	ldmdb r1, {r2-r5}
	CHECK_EQ r2, W8_ + T1 * 0x01010101, ldmdb_0
	CHECK_EQ r5, W4_ + T0 * 0x01010101, ldmdb_3
	mov32 r1, 0xfffffffc
	mov32 r2, 0x12345678
	mov32 r3, 0x9abcdef0
	strd r2, r3, [r1]
	CHECK_MEM W1 + 0xffc, 0x12345678, strd_top
	CHECK_MEM W0, 0x9abcdef0, strd_zero
	NEIGHBOURS strd
	mov32 r1, 0xfffffff8
	mov32 r2, 0x11111111
	mov32 r3, 0x22222222
	mov32 r4, 0x33333333
	mov32 r5, 0x44444444
	stm r1!, {r2-r5}
	CHECK_EQ r1, 8, stm_wback
	CHECK_MEM W1 + 0xff8, 0x11111111, stm_0
	CHECK_MEM W0 + 4, 0x44444444, stm_3
	NEIGHBOURS stm
	mov32 r1, 0xfffffffc
	ldrex r0, [r1]
	CHECK_EQ r0, 0x22222222, ldrex_top
	mov32 r0, 0x55555555
	strex r2, r0, [r1]
	CHECK_EQ r2, 0, strex_top_status
	CHECK_MEM W1 + 0xffc, 0x55555555, strex_top
	mov32 r1, 0xfffffff8
	ldrexd r2, r3, [r1]
	CHECK_EQ r2, 0x11111111, ldrexd_top_lo
	CHECK_EQ r3, 0x55555555, ldrexd_top_hi
	clrex
	bl patterns

	@ ---- into an unassigned page, and from the sysregs' last bytes ----
	MAP_L2 2, 0, NOWHERE | NORM | PG_XN
	LD ldr, 0xfffffffd, ((T1 + 15) << 16) | ((T1 + 14) << 8) | (T1 + 13), none_ldr
	ST str, 0xfffffffe, 0x44332211
	CHECK_MEM W1 + 0xffc, 0x22110000 | ((T1 + 13) << 8) | (T1 + 12), none_str
	NEIGHBOURS none_str
	bl patterns
	MAP_L2 2, 0, W0 | NORM
	MAP_L2 1, TOP, SYSREGS | NORM | PG_XN
	LD ldr, 0xfffffffe, ((T0 + 1) << 24) | (T0 << 16), sys_ldr
	ST str, 0xffffffff, 0x44332211
	CHECK_MEM W0, ((T0 + 3) << 24) | 0x443322, sys_str
	NEIGHBOURS sys_str
	bl patterns

	@ ---- into a missing page: the abort is at VA 0, nothing written ----
	MAP_L2 1, TOP, W1 | NORM
	MAP_L2 2, 0, 0
	mov32 r1, 0xfffffffe
	AB_CLEAR
miss_ld: ldr r0, [r1]
	EXPECT_DABT miss_ld, FS_TR_PG, 0, miss_ld
	AB_CLEAR
miss_st: str r0, [r1]
	EXPECT_DABT miss_st, FSR_WNR | FS_TR_PG, 0, miss_st
	CHECK_MEM W1 + 0xffc, W12_ + T1 * 0x01010101, miss_st_nothing
	MAP_L2 1, TOP, 0			@ the top page missing: at the address
	MAP_L2 2, 0, W0 | NORM
	mov32 r1, 0xfffffffe
	AB_CLEAR
top_st: strh r0, [r1, #1]
	EXPECT_DABT top_st, FSR_WNR | FS_TR_PG, 0xffffffff, top_st
	CHECK_MEM W0, W0_ + T0 * 0x01010101, top_st_nothing
	TEST_END
