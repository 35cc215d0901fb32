@ Translation of every short-descriptor mapping size (ARM ARM B3.5.1,
@ B3.5.2): sections (PA[31:20] from the descriptor,
@ VA[19:0]), supersections (16 repeated entries, PA[31:24], VA[23:0], always
@ domain 0), large pages (16 repeated second-level entries, PA[31:16],
@ VA[15:0]) and small pages (PA[31:12], VA[11:0]); and the TTBR0/TTBR1 split
@ of TTBCR.N (B3.5.4, B4.1 TTBCR): with N > 0, VAs with any of the top N bits
@ set are translated through TTBR1's table, the others through a TTBR0
@ table of 16 KiB >> N, aligned to its size.
@ Each check writes a word's own physical address at that address and reads
@ it back through the virtual address under test (mmu.inc: CHECK_PA).

	.include "harness.inc"
	.include "mmu.inc"

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	bl mmu_on
	AB_CLEAR

	@ ---- sections ----
	MAP_L1 TVA + 0x300000, SECT0 + 0x100000 | SEC | SEC_NORMAL | SEC_AP3 | (1 << DOM)
	CHECK_PA TVA + 0x300000, SECT0 + 0x100000, sec_0
	CHECK_PA TVA + 0x3abcd4, SECT0 + 0x1abcd4, sec_mid
	CHECK_PA TVA + 0x3ffffc, SECT0 + 0x1ffffc, sec_end
	EXPECT_NONE sec

	@ ---- supersections: domain 0 whatever bits[8:5] (they are PA[39:36]) ----
	MAP_SUPER TVA + 0x1000000, SUPER0 | SEC_SUPER | SEC_NORMAL | SEC_AP3
	CHECK_PA TVA + 0x1000000, SUPER0, super_0
	CHECK_PA TVA + 0x1abc120, SUPER0 + 0xabc120, super_mid
	CHECK_PA TVA + 0x1fffffc, SUPER0 + 0xfffffc, super_end
	EXPECT_NONE super
	AB_CLEAR
	mov32 r4, TVA + 0x2000000
super_next: ldr r5, [r4]
	EXPECT_DABT super_next, FS_TR_SEC, TVA + 0x2000000, super_next, FSR_NODOM
	@ No access AP in a Client domain 0: Permission fault in domain 0 ...
	MAP_SUPER TVA + 0x1000000, SUPER0 | SEC_SUPER | SEC_NORMAL | SEC_AP0
	mov32 r4, TVA + 0x1800000
	AB_CLEAR
super_perm: ldr r5, [r4]
	EXPECT_DABT super_perm, (0 << 4) | FS_PERM_SEC, TVA + 0x1800000, super_perm
	@ ... and no check at all once domain 0 is a Manager
	mov32 r0, DACR_CLIENT | 3
	mcr p15, 0, r0, c3, c0, 0
	isb
	AB_CLEAR
	CHECK_PA TVA + 0x1800000, SUPER0 + 0x800000, super_mgr_pa
	EXPECT_NONE super_mgr
	mov32 r0, DACR_CLIENT
	mcr p15, 0, r0, c3, c0, 0
	isb

	@ ---- large and small pages: table 2, domain 1 ----
	MAP_L1 TVA + 0x400000, (L2_BASE + 2 * L2TAB_SIZE) | L1_TABLE | (1 << DOM)
	MAP_LARGE 2, TVA + 0x410000, PAGE0 + 0x10000 | LPG | LPG_NORMAL | PG_AP3
	AB_CLEAR
	CHECK_PA TVA + 0x410000, PAGE0 + 0x10000, large_0
	CHECK_PA TVA + 0x415554, PAGE0 + 0x15554, large_mid
	CHECK_PA TVA + 0x41fffc, PAGE0 + 0x1fffc, large_end
	EXPECT_NONE large
	mov32 r4, TVA + 0x420000
	AB_CLEAR
large_next: ldr r5, [r4]
	EXPECT_DABT large_next, (1 << 4) | FS_TR_PG, TVA + 0x420000, large_next
	MAP_L2 2, TVA + 0x420000, PAGE0 + 0x3000 | PG | PG_NORMAL | PG_AP3
	MAP_L2 2, TVA + 0x421000, PAGE0 + 0x7000 | PG | PG_NORMAL | PG_AP3
	AB_CLEAR
	CHECK_PA TVA + 0x420000, PAGE0 + 0x3000, small_0
	CHECK_PA TVA + 0x420ffc, PAGE0 + 0x3ffc, small_end
	CHECK_PA TVA + 0x421888, PAGE0 + 0x7888, small_next
	EXPECT_NONE small
	@ a small page maps the same PA as an alias of a section
	MAP_L2 2, TVA + 0x422000, SECT0 + 0x105000 | PG | PG_NORMAL | PG_AP3
	AB_CLEAR
	CHECK_PA TVA + 0x422abc, SECT0 + 0x105abc, small_alias_pa
	CHECK_PA TVA + 0x305abc, SECT0 + 0x105abc, small_alias_sec
	EXPECT_NONE small_alias

	@ ---- TTBCR.N = 1: TTBR1 from 0x80000000 ----
	MAP_L1T L1_HI, 0x80000000, SECT0 | SEC | SEC_NORMAL | SEC_AP3
	MAP_L1T L1_HI, 0xc0100000, SECT0 + 0x100000 | SEC | SEC_NORMAL | SEC_AP3
	MAP_L1 0x80000000, SECT0 + 0x200000 | SEC | SEC_NORMAL | SEC_AP3
	AB_CLEAR
	CHECK_PA 0x80000010, SECT0 + 0x200010, n0_ttbr0	@ N = 0: TTBR0 only
	mov r0, #1
	mcr p15, 0, r0, c2, c0, 2		@ TTBCR.N = 1
	isb
	TLB_SYNC
	CHECK_PA 0x80000010, SECT0 + 0x10, n1_ttbr1
	CHECK_PA 0xc0100020, SECT0 + 0x100020, n1_ttbr1_high
	CHECK_PA TVA + 0x300040, SECT0 + 0x100040, n1_ttbr0
	EXPECT_NONE n1
	mov32 r4, 0xd0000000
	AB_CLEAR
n1_unmapped: ldr r5, [r4]
	EXPECT_DABT n1_unmapped, FS_TR_SEC, 0xd0000000, n1_unmapped, FSR_NODOM

	@ ---- TTBCR.N = 2: TTBR1 from 0x40000000, a 4 KiB TTBR0 table ----
	@ This code and its data (0x60000000) are now TTBR1's: map RAM flat there
	@ too.  The TTBR0 table at L1_ALT + 0x1000 needs the peripherals.
	mov32 r0, L1_MAIN + (0x600 << 2)
	mov32 r1, L1_HI + (0x600 << 2)
	mov r2, #256
1:	ldr r3, [r0], #4
	str r3, [r1], #4
	subs r2, r2, #1
	bne 1b
	mov32 r0, L1_MAIN + (0x100 << 2)
	ldr r3, [r0]
	mov32 r1, L1_ALT + 0x1000 + (0x100 << 2)
	str r3, [r1]
	MAP_L1T L1_ALT + 0x1000, 0x3ff00000, SECT0 + 0x100000 | SEC | SEC_NORMAL | SEC_AP3
	MAP_L1T L1_ALT, 0x40000000, SECT0 + 0x200000 | SEC | SEC_NORMAL | SEC_AP3
	MAP_L1T L1_HI, 0x40000000, SECT0 + 0x300000 | SEC | SEC_NORMAL | SEC_AP3
	mov r0, #2
	mcr p15, 0, r0, c2, c0, 2		@ TTBCR.N = 2 (first: this code
	isb					@ must stay mapped at each step)
	mov32 r0, L1_ALT + 0x1000
	mcr p15, 0, r0, c2, c0, 0		@ TTBR0: bits[31:12] with N = 2
	isb
	TLB_SYNC
	AB_CLEAR
	CHECK_PA 0x3ff00040, SECT0 + 0x100040, n2_ttbr0
	CHECK_PA 0x40000040, SECT0 + 0x300040, n2_ttbr1
	CHECK_PA 0x80000080, SECT0 + 0x80, n2_ttbr1_high
	EXPECT_NONE n2
	mov32 r4, 0x3fe00000
	AB_CLEAR
n2_unmapped: ldr r5, [r4]
	EXPECT_DABT n2_unmapped, FS_TR_SEC, 0x3fe00000, n2_unmapped, FSR_NODOM
	@ back to N = 0 and L1_MAIN
	mov32 r0, L1_MAIN
	mcr p15, 0, r0, c2, c0, 0
	mov r0, #0
	mcr p15, 0, r0, c2, c0, 2
	isb
	TLB_SYNC
	AB_CLEAR
	CHECK_PA 0x80000010, SECT0 + 0x200010, n0_again
	EXPECT_NONE n0_again
	TEST_END
