@ Data Aborts with the MMU on: every fault kind of the short-descriptor
@ format with its exact DFSR and DFAR (ARM ARM B3.12 VMSA memory aborts,
@ B3.13 exception reporting and the short-descriptor FSR encodings, B4.1.52
@ DFSR): Translation (section 0x5, page 0x7), Domain (section 0x9, page
@ 0xb, the domain in DFSR[7:4]), Permission (section 0xd, page 0xf),
@ Alignment (0x1: SCTLR.A = 1, and LDRD/STRD, LDM/STM, LDREX/LDREXH/LDREXD,
@ VLDR/VSTR that are checked whatever SCTLR.A, A3.2.1), Access flag with
@ SCTLR.AFE = 1 (section 0x3, page 0x6), WnR = DFSR[11] for writes;
@ alignment before translation, the access flag before permission, domain
@ before permission (B3.12 priorities); SWP on a read-only page;
@ LDRD/STRD/LDM/STM that cross into a faulting page (DFAR = the faulting
@ word; the base register is restored, B1.9 Data Abort exception);
@ PLD/PLDW/PLI never abort.
@
@ Each aborted instruction is skipped by the handler (mmu.inc: ab_dabt).

	.include "harness.inc"
	.include "mmu.inc"
	.arch_extension mp
	.fpu vfpv3-d16

	.equ VS, TVA			@ section slot under test
	.equ VP, TVA + 0x100000		@ slot of second-level table 0 (domain 3)
	.equ VP2, TVA + 0x200000	@ slot of second-level table 1 (domain 12)
	.equ TD_PAGE, L1_TABLE | (3 << DOM)

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	bl mmu_on

	@ ---- Translation faults ----
	@ first level: an invalid L1 entry (type 0b00)
	mov32 r4, VS + 0x10
	AB_CLEAR
tr_s_ld: ldr r5, [r4]
	EXPECT_DABT tr_s_ld, FS_TR_SEC, VS + 0x10, tr_s_ld, FSR_NODOM
	AB_CLEAR
tr_s_st: str r5, [r4, #4]
	EXPECT_DABT tr_s_st, FSR_WNR | FS_TR_SEC, VS + 0x14, tr_s_st, FSR_NODOM
	AB_CLEAR
tr_s_stb: strb r5, [r4, #-5]
	EXPECT_DABT tr_s_stb, FSR_WNR | FS_TR_SEC, VS + 0xb, tr_s_stb, FSR_NODOM
	@ second level: an invalid L2 entry; DFSR.Domain is the L1 entry's (3)
	MAP_L1 VP, (L2_BASE + 0 * L2TAB_SIZE) | TD_PAGE
	mov32 r4, VP + 0x123
	AB_CLEAR
tr_p_ldb: ldrb r5, [r4]
	EXPECT_DABT tr_p_ldb, (3 << 4) | FS_TR_PG, VP + 0x123, tr_p_ldb
	AB_CLEAR
tr_p_sth: strh r5, [r4, #0x33]
	EXPECT_DABT tr_p_sth, FSR_WNR | (3 << 4) | FS_TR_PG, VP + 0x156, tr_p_sth
	@ a valid neighbour page works; the next one still faults
	MAP_L2 0, VP + 0x1000, PAGE0 | PG | PG_NORMAL | PG_AP3
	AB_CLEAR
	CHECK_PA VP + 0x1ff0, PAGE0 + 0xff0, tr_p_neighbour_pa
	EXPECT_NONE tr_p_neighbour
	mov32 r4, VP + 0x1ffc
	AB_CLEAR
tr_p_ldr: ldr r5, [r4, #4]
	EXPECT_DABT tr_p_ldr, (3 << 4) | FS_TR_PG, VP + 0x2000, tr_p_ldr

	@ ---- Domain faults (B3.7.3: DACR 0b00 = No access) ----
	mov32 r0, DACR_CLIENT & ~(3 << 10)		@ domain 5: No access
	mcr p15, 0, r0, c3, c0, 0
	isb
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP3 | (5 << DOM)
	mov32 r4, VS + 0x8888
	AB_CLEAR
dom_s_ld: ldr r5, [r4]
	EXPECT_DABT dom_s_ld, (5 << 4) | FS_DOM_SEC, VS + 0x8888, dom_s_ld
	AB_CLEAR
dom_s_st: str r5, [r4, #-8]
	EXPECT_DABT dom_s_st, FSR_WNR | (5 << 4) | FS_DOM_SEC, VS + 0x8880, dom_s_st
	@ the same section in a Client domain is reachable
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP3 | (4 << DOM)
	AB_CLEAR
	CHECK_PA VS + 0x8888, SECT0 + 0x8888, dom_s_client_pa
	EXPECT_NONE dom_s_client
	@ used in a Client domain, then the domain made No access: the next
	@ access faults (the DACR is checked on every access, B3.7.3)
	ldr r5, [r4]
	mov32 r0, DACR_CLIENT & ~(3 << 8)		@ domain 4: No access
	mcr p15, 0, r0, c3, c0, 0
	isb
	AB_CLEAR
dom_revoked: ldr r5, [r4]
	EXPECT_DABT dom_revoked, (4 << 4) | FS_DOM_SEC, VS + 0x8888, dom_revoked
	@ page level: table 1 in domain 12, a valid small page
	mov32 r0, DACR_CLIENT & ~(3 << 24)		@ domain 12: No access
	mcr p15, 0, r0, c3, c0, 0
	isb
	MAP_L1 VP2, (L2_BASE + 1 * L2TAB_SIZE) | L1_TABLE | (12 << DOM)
	MAP_L2 1, VP2 + 0x5000, PAGE0 + 0x1000 | PG | PG_NORMAL | PG_AP3
	mov32 r4, VP2 + 0x5004
	AB_CLEAR
dom_p_ld: ldrh r5, [r4]
	EXPECT_DABT dom_p_ld, (12 << 4) | FS_DOM_PG, VP2 + 0x5004, dom_p_ld
	AB_CLEAR
dom_p_st: strd r6, r7, [r4, #4]
	EXPECT_DABT dom_p_st, FSR_WNR | (12 << 4) | FS_DOM_PG, VP2 + 0x5008, dom_p_st
	@ Manager (0b11): no permission check at all, even AP = 0b000
	mov32 r0, DACR_CLIENT | (3 << 24)
	mcr p15, 0, r0, c3, c0, 0
	isb
	MAP_L2 1, VP2 + 0x5000, PAGE0 + 0x1000 | PG | PG_NORMAL | PG_AP0
	AB_CLEAR
	CHECK_PA VP2 + 0x5010, PAGE0 + 0x1010, dom_mgr_pa
	mov32 r4, VP2 + 0x5020
	mov32 r5, 0x5a5a1234
	str r5, [r4]
	EXPECT_NONE dom_mgr
	CHECK_MEM PAGE0 + 0x1020, 0x5a5a1234, dom_mgr_store
	mov32 r0, DACR_CLIENT
	mcr p15, 0, r0, c3, c0, 0
	isb

	@ ---- Permission faults (B3.7.1), Client domain ----
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP0 | (7 << DOM)
	mov32 r4, VS + 0x40
	AB_CLEAR
pm_s_ld: ldr r5, [r4]
	EXPECT_DABT pm_s_ld, (7 << 4) | FS_PERM_SEC, VS + 0x40, pm_s_ld
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP5 | (7 << DOM)	@ PL1 read-only
	AB_CLEAR
	CHECK_PA VS + 0x40, SECT0 + 0x40, pm_s_ro_read_pa
	EXPECT_NONE pm_s_ro_read
	AB_CLEAR
pm_s_st: str r5, [r4, #0x20]
	EXPECT_DABT pm_s_st, FSR_WNR | (7 << 4) | FS_PERM_SEC, VS + 0x60, pm_s_st
	mov32 r6, VS + 0xf000
	AB_CLEAR
pm_s_stm: stmdb r6!, {r0-r3}
	EXPECT_DABT pm_s_stm, FSR_WNR | (7 << 4) | FS_PERM_SEC, VS + 0xeff0, pm_s_stm
	CHECK_EQ r6, VS + 0xf000, pm_s_stm_base_restored
	@ pages: table 0 (domain 3)
	MAP_L2 0, VP + 0x3000, PAGE0 + 0x3000 | PG | PG_NORMAL | PG_AP0
	mov32 r4, VP + 0x3100
	AB_CLEAR
pm_p_ld: ldrsb r5, [r4, #3]
	EXPECT_DABT pm_p_ld, (3 << 4) | FS_PERM_PG, VP + 0x3103, pm_p_ld
	MAP_L2 0, VP + 0x3000, PAGE0 + 0x3000 | PG | PG_NORMAL | PG_AP7	@ read-only
	AB_CLEAR
	CHECK_PA VP + 0x3100, PAGE0 + 0x3100, pm_p_ro_read_pa
	EXPECT_NONE pm_p_ro_read
	AB_CLEAR
pm_p_st: strb r5, [r4, #0xfe]
	EXPECT_DABT pm_p_st, FSR_WNR | (3 << 4) | FS_PERM_PG, VP + 0x31fe, pm_p_st
	@ LDREX from a read-only page opens the monitor; STREX then faults
	AB_CLEAR
	ldrex r5, [r4]
pm_p_strex: strex r6, r5, [r4]
	EXPECT_DABT pm_p_strex, FSR_WNR | (3 << 4) | FS_PERM_PG, VP + 0x3100, pm_p_strex
	clrex

	@ SWP (SCTLR.SW = 1): the read is allowed, the write faults
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #(1 << 10)			@ SCTLR.SW
	mcr p15, 0, r0, c1, c0, 0
	isb
	mov r5, #0
	AB_CLEAR
pm_p_swp: .inst 0xe1046095			@ swp r6, r5, [r4] (gas: deprecated)
	EXPECT_DABT pm_p_swp, FSR_WNR | (3 << 4) | FS_PERM_PG, VP + 0x3100, pm_p_swp
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #(1 << 10)
	mcr p15, 0, r0, c1, c0, 0
	isb
	@ a No access domain wins over AP = 0b000 (B3.12: Domain before Permission)
	mov32 r0, DACR_CLIENT & ~(3 << 6)
	mcr p15, 0, r0, c3, c0, 0
	isb
	MAP_L2 0, VP + 0x3000, PAGE0 + 0x3000 | PG | PG_NORMAL | PG_AP0
	AB_CLEAR
pm_dom_first: ldr r5, [r4]
	EXPECT_DABT pm_dom_first, (3 << 4) | FS_DOM_PG, VP + 0x3100, pm_dom_first
	mov32 r0, DACR_CLIENT
	mcr p15, 0, r0, c3, c0, 0
	isb

	@ ---- LDM/STM across a page boundary into a faulting page ----
	@ VP + 0x1000 is valid (above); VP + 0x2000 is not
	mov32 r4, VP + 0x1ff4
	mov r5, #0
	AB_CLEAR
x_ldm: ldmia r4!, {r5-r8}
	EXPECT_DABT x_ldm, (3 << 4) | FS_TR_PG, VP + 0x2000, x_ldm
	CHECK_EQ r4, VP + 0x1ff4, x_ldm_base_restored
	@ LDRD/STRD: the second word is on the faulting page
	mov32 r4, VP + 0x1ffc
	AB_CLEAR
x_ldrd: ldrd r6, r7, [r4]
	EXPECT_DABT x_ldrd, (3 << 4) | FS_TR_PG, VP + 0x2000, x_ldrd
	AB_CLEAR
x_strd: strd r6, r7, [r4], #8
	EXPECT_DABT x_strd, FSR_WNR | (3 << 4) | FS_TR_PG, VP + 0x2000, x_strd
	CHECK_EQ r4, VP + 0x1ffc, x_strd_base_restored
	MAP_L2 0, VP + 0x2000, PAGE0 + 0x2000 | PG | PG_NORMAL | PG_AP5	@ PL1 read-only
	mov32 r4, VP + 0x2004
	AB_CLEAR
x_stmdb: stmdb r4!, {r5-r8}
	EXPECT_DABT x_stmdb, FSR_WNR | (3 << 4) | FS_PERM_PG, VP + 0x2000, x_stmdb
	CHECK_EQ r4, VP + 0x2004, x_stmdb_base_restored

	@ ---- Alignment faults (A3.2.1, B3.12: before any MMU fault) ----
	mov32 r4, PAGE0 + 0x100
	AB_CLEAR
	ldr r5, [r4, #1]		@ SCTLR.A = 0: unaligned LDR/LDRH allowed
	ldrh r5, [r4, #3]
	str r5, [r4, #6]
	EXPECT_NONE al_a0_allowed
	AB_CLEAR
al_ldrd: ldrd r6, r7, [r4, #2]
	EXPECT_DABT al_ldrd, FS_ALIGN, PAGE0 + 0x102, al_ldrd, FSR_NODOM
	AB_CLEAR
	ldrd r6, r7, [r4, #4]		@ LDRD needs word alignment only
	EXPECT_NONE al_ldrd_word
	AB_CLEAR
al_strd: strd r6, r7, [r4, #1]
	EXPECT_DABT al_strd, FSR_WNR | FS_ALIGN, PAGE0 + 0x101, al_strd, FSR_NODOM
	add r6, r4, #2
	AB_CLEAR
al_ldm: ldm r6, {r7, r8}
	EXPECT_DABT al_ldm, FS_ALIGN, PAGE0 + 0x102, al_ldm, FSR_NODOM
	AB_CLEAR
al_stm: stmib r6, {r7, r8}
	EXPECT_DABT al_stm, FSR_WNR | FS_ALIGN, PAGE0 + 0x106, al_stm, FSR_NODOM
	AB_CLEAR
al_ldrex: ldrex r7, [r6]
	EXPECT_DABT al_ldrex, FS_ALIGN, PAGE0 + 0x102, al_ldrex, FSR_NODOM
	add r6, r4, #1
	AB_CLEAR
al_ldrexh: ldrexh r7, [r6]
	EXPECT_DABT al_ldrexh, FS_ALIGN, PAGE0 + 0x101, al_ldrexh, FSR_NODOM
	add r6, r4, #4
	AB_CLEAR
al_ldrexd: ldrexd r8, r9, [r6]
	EXPECT_DABT al_ldrexd, FS_ALIGN, PAGE0 + 0x104, al_ldrexd, FSR_NODOM
	@ (STREX to an unaligned address is not tested: ExclusiveMonitorsPass()
	@ checks alignment first, but QEMU 7.2 fails the STREX without an abort
	@ when the monitor does not hold that address, which it never can.)
	@ VLDR/VSTR need word alignment (A8.8.333: MemA)
	mrc p15, 0, r0, c1, c0, 2
	orr r0, r0, #(0xf << 20)		@ CPACR: cp10, cp11 full access
	mcr p15, 0, r0, c1, c0, 2
	isb
	mov r0, #(1 << 30)
	vmsr fpexc, r0				@ FPEXC.EN
	add r6, r4, #2
	AB_CLEAR
al_vldr: vldr s0, [r6]
	EXPECT_DABT al_vldr, FS_ALIGN, PAGE0 + 0x102, al_vldr, FSR_NODOM
	AB_CLEAR
al_vstr: vstr d1, [r6, #4]
	EXPECT_DABT al_vstr, FSR_WNR | FS_ALIGN, PAGE0 + 0x106, al_vstr, FSR_NODOM
	AB_CLEAR
	vldr d1, [r4, #4]			@ word-aligned is enough
	EXPECT_NONE al_vldr_word
	@ alignment wins over a Translation fault
	mov32 r6, VS + 0x100001
	AB_CLEAR
al_unmapped: ldm r6, {r7, r8}
	EXPECT_DABT al_unmapped, FS_ALIGN, VS + 0x100001, al_unmapped, FSR_NODOM
	@ SCTLR.A = 1: every unaligned access faults, byte accesses never
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #SCTLR_A
	mcr p15, 0, r0, c1, c0, 0
	isb
	AB_CLEAR
al_a1_ldr: ldr r5, [r4, #2]
	EXPECT_DABT al_a1_ldr, FS_ALIGN, PAGE0 + 0x102, al_a1_ldr, FSR_NODOM
	AB_CLEAR
al_a1_strh: strh r5, [r4, #1]
	EXPECT_DABT al_a1_strh, FSR_WNR | FS_ALIGN, PAGE0 + 0x101, al_a1_strh, FSR_NODOM
	mov32 r6, TVA + 0x3
	AB_CLEAR
al_a1_unmapped: ldrh r5, [r6]
	EXPECT_DABT al_a1_unmapped, FS_ALIGN, TVA + 0x3, al_a1_unmapped, FSR_NODOM
	AB_CLEAR
	ldrb r5, [r4, #3]
	strb r5, [r4, #5]
	ldrh r5, [r4, #2]
	EXPECT_NONE al_a1_aligned
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #SCTLR_A
	mcr p15, 0, r0, c1, c0, 0
	isb

	@ ---- Access flag faults (B3.7.1 simplified model, SCTLR.AFE = 1) ----
	@ AP[0] is the access flag; AP[2:1] the permissions
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP2 | (9 << DOM)	@ AF = 0
	mov32 r4, VS + 0x204
	AB_CLEAR
af_s_ld: ldr r5, [r4]
	EXPECT_DABT af_s_ld, (9 << 4) | FS_AF_SEC, VS + 0x204, af_s_ld
	AB_CLEAR
af_s_st: str r5, [r4, #4]
	EXPECT_DABT af_s_st, FSR_WNR | (9 << 4) | FS_AF_SEC, VS + 0x208, af_s_st
	@ AF = 0 on a read-only mapping: a write gives the Access flag fault
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP6 | (9 << DOM)
	AB_CLEAR
af_s_ro: str r5, [r4]
	EXPECT_DABT af_s_ro, FSR_WNR | (9 << 4) | FS_AF_SEC, VS + 0x204, af_s_ro
	@ AF = 1: accessible again
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP3 | (9 << DOM)
	AB_CLEAR
	CHECK_PA VS + 0x204, SECT0 + 0x204, af_s_set_pa
	EXPECT_NONE af_s_set
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP2
	mov32 r4, VP + 0x4ffc
	AB_CLEAR
af_p_ld: ldr r5, [r4]
	EXPECT_DABT af_p_ld, (3 << 4) | FS_AF_PG, VP + 0x4ffc, af_p_ld
	AB_CLEAR
af_p_st: strh r5, [r4, #-2]
	EXPECT_DABT af_p_st, FSR_WNR | (3 << 4) | FS_AF_PG, VP + 0x4ffa, af_p_st
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP3
	AB_CLEAR
	CHECK_PA VP + 0x4ffc, PAGE0 + 0x4ffc, af_p_set_pa
	EXPECT_NONE af_p_set
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb

	@ ---- hints never abort ----
	mov32 r4, TVA + 0x700000
	AB_CLEAR
	pld [r4]
	pli [r4, #64]
	pldw [r4, #128]
	EXPECT_NONE hints
	TEST_END
