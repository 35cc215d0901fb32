@ Prefetch Aborts with the MMU on (ARM ARM B1.9 Prefetch Abort exception,
@ B3.12, B4.1 IFSR and IFAR): executing from an unmapped section
@ (IFSR 0x5) or page (0x7), from Execute-never sections, small and large
@ pages (0xd, 0xf; B3.7.2: XN applies in Client domains only), from a No
@ access domain (0xb), from AP = 0b000 (0xf), with SCTLR.AFE = 1 and the
@ access flag clear (0x3, 0x6), from User mode on a PL1-only page (0xf), and
@ Thumb: a 32-bit instruction whose second halfword is on an unmapped page
@ (IFAR = that halfword, LR_abt = instruction + 4) and a 16-bit instruction
@ that ends a page.  LR_abt is the aborted instruction + 4 (B1.8.3).
@ IFSR is compared on ExT and FS only: it has no Domain field.

	.include "harness.inc"
	.include "mmu.inc"

	.equ VS, TVA			@ section slot under test (code at + 0x1000)
	.equ VP, TVA + 0x100000		@ second-level table 0, domain 3
	.equ VT, VP + 0x8000		@ Thumb page; VT + 0x1000 is unmapped
	.equ ARM_RET42, 0xe3a0002a	@ mov r0, #42
	.equ ARM_BX_LR, 0xe12fff1e	@ bx lr

@ CALL_PABT target, fsr, id: BLX to target must take a Prefetch Abort there.
.macro CALL_PABT target, fsr, id
	mov32 r4, \target
	mov r0, #0
	AB_CLEAR 1f
	blx r4
	FAIL_HERE \id\()_returned
1:	EXPECT_PABT (\target) + 4, \fsr, \target, \id
.endm

@ CALL_OK target, id: BLX to target runs the code there (r0 = 42).
.macro CALL_OK target, id
	mov32 r4, \target
	mov r0, #0
	AB_CLEAR
	blx r4
	EXPECT_NONE \id
	CHECK_EQ r0, 42, \id\()_ran
.endm

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	bl mmu_on
	PUT_WORDS PAGE0 + 0x5000, ARM_RET42, ARM_BX_LR
	PUT_WORDS SECT0 + 0x1000, ARM_RET42, ARM_BX_LR
	CODE_SYNC

	@ ---- Translation faults ----
	CALL_PABT TVA + 0x800000, FS_TR_SEC, tr_sec
	MAP_L1 VP, L2_BASE | L1_TABLE | (3 << DOM)
	CALL_PABT VP + 0x7000, FS_TR_PG, tr_pg

	@ ---- Execute-never ----
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP3 | SEC_XN | (2 << DOM)
	CALL_PABT VS + 0x1000, FS_PERM_SEC, xn_sec
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP3 | (2 << DOM)
	CALL_OK VS + 0x1000, x_sec
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP3 | PG_XN
	CALL_PABT VP + 0x5000, FS_PERM_PG, xn_small
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP3
	CALL_OK VP + 0x5000, x_small
	MAP_LARGE 0, VP + 0x10000, PAGE0 | LPG | LPG_NORMAL | PG_AP3 | LPG_XN
	CALL_PABT VP + 0x15000, FS_PERM_PG, xn_large
	MAP_LARGE 0, VP + 0x10000, PAGE0 | LPG | LPG_NORMAL | PG_AP3
	CALL_OK VP + 0x15000, x_large
	@ a Manager domain ignores XN (B3.7.2, B3.7.3)
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP3 | PG_XN
	mov32 r0, DACR_CLIENT | (3 << 6)
	mcr p15, 0, r0, c3, c0, 0
	isb
	CALL_OK VP + 0x5000, xn_manager

	@ ---- Domain: No access ----
	mov32 r0, DACR_CLIENT & ~(3 << 6)
	mcr p15, 0, r0, c3, c0, 0
	isb
	CALL_PABT VP + 0x5000, FS_DOM_PG, dom_pg
	mov32 r0, DACR_CLIENT & ~(3 << 4)
	mcr p15, 0, r0, c3, c0, 0
	isb
	CALL_PABT VS + 0x1000, FS_DOM_SEC, dom_sec
	mov32 r0, DACR_CLIENT
	mcr p15, 0, r0, c3, c0, 0
	isb

	@ ---- Permission: no read permission, no execution ----
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP0
	CALL_PABT VP + 0x5000, FS_PERM_PG, ap0_pg
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP0 | (2 << DOM)
	CALL_PABT VS + 0x1000, FS_PERM_SEC, ap0_sec
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP5
	CALL_OK VP + 0x5000, ap5_pl1_ro

	@ ---- Access flag (SCTLR.AFE = 1: AP[0] is the flag) ----
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP2
	CALL_PABT VP + 0x5000, FS_AF_PG, af_pg
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP6 | (2 << DOM)
	CALL_PABT VS + 0x1000, FS_AF_SEC, af_sec
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP7
	CALL_OK VP + 0x5000, af_set
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb

	@ ---- Thumb at the end of a page ----
	@ nop at VT + 0xffc; the first halfword of movw r0, #1 at VT + 0xffe
	PUT_WORDS PAGE0 + 0x6ffc, 0xf240bf00
	CODE_SYNC
	MAP_L2 0, VT, PAGE0 + 0x6000 | PG | PG_NORMAL | PG_AP3
	mov32 r4, VT + 0xffc + 1
	AB_CLEAR 1f
	blx r4
	FAIL_HERE t32_split_returned
1:	EXPECT_PABT VT + 0xffe + 4, FS_TR_PG, VT + 0x1000, t32_split
	CHECK_MEMM ab_rec + AB_SPSR, 0x3f, PSR_T | M_SVC, t32_split_spsr
	@ nop; movs r0, #7 end the page: both run, the next fetch aborts
	PUT_WORDS PAGE0 + 0x6ffc, 0x2007bf00
	CODE_SYNC
	mov32 r4, VT + 0xffc + 1
	mov r0, #0
	AB_CLEAR 1f
	blx r4
	FAIL_HERE t16_end_returned
1:	EXPECT_PABT VT + 0x1000 + 4, FS_TR_PG, VT + 0x1000, t16_end
	CHECK_EQ r0, 7, t16_end_ran

	@ ---- User mode ----
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP1	@ PL1 only
	mov32 r4, VP + 0x5000
	mov r0, #0
	ENTER_USER
	AB_CLEAR 1f
	blx r4
	FAIL_HERE usr_ap1_returned
1:	LEAVE_USER
	EXPECT_PABT VP + 0x5000 + 4, FS_PERM_PG, VP + 0x5000, usr_ap1
	CHECK_MEMM ab_rec + AB_SPSR, 0x3f, M_USR, usr_ap1_spsr
	CHECK_EQ r0, 0, usr_ap1_not_run
	MAP_L2 0, VP + 0x5000, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP2	@ User RO
	mov r0, #0
	ENTER_USER
	AB_CLEAR
	blx r4
	LEAVE_USER
	EXPECT_NONE usr_ap2
	CHECK_EQ r0, 42, usr_ap2_ran
	TEST_END
