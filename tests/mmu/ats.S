@ VA to PA translation operations (ARM ARM B3.14 and B4.2: ATS1CPR, ATS1CPW,
@ ATS1CUR, ATS1CUW = c7, c8, 0..3) and the PAR (B4.1, short-descriptor
@ format).  A successful translation gives PAR.F = 0 with PA[31:12], or for
@ a supersection SS = 1 with PA[31:24] (PAR[23:16] = PA[39:32] = 0); a
@ failed one gives F = 1 with FS = PAR[6:1] (DFSR bits 12, 10, 3:0, no
@ domain) and takes no abort: DFSR and DFAR keep their values.  The PL0
@ forms check the access as User mode would, the W forms as a write.
@
@ The attribute bits of a successful translation (NOS, NS, SH, Inner,
@ Outer) are checked as QEMU 7.2, the oracle, reports them for a Cortex-A9
@ without the Security Extensions: NS = 1 and no memory attributes (a real
@ Cortex-A9 reports the region's Inner/Outer/SH attributes there).

	.include "harness.inc"
	.include "mmu.inc"

	.equ VS, TVA			@ sections
	.equ VP, TVA + 0x100000		@ second-level table 0, domain 2
	.equ VSS, TVA + 0x1000000	@ supersection
	.equ PAR_NS, 1 << 9		@ as QEMU reports it
	.equ PAR_SS, 1 << 1
	.equ PAR_F, 1

@ ATS op, va, par, id: run ATS1C<op> on va, read PAR, compare.
.macro ATS op, va, par, id
	mov32 r4, \va
	.ifc \op,PR
	mcr p15, 0, r4, c7, c8, 0
	.endif
	.ifc \op,PW
	mcr p15, 0, r4, c7, c8, 1
	.endif
	.ifc \op,UR
	mcr p15, 0, r4, c7, c8, 2
	.endif
	.ifc \op,UW
	mcr p15, 0, r4, c7, c8, 3
	.endif
	isb
	mrc p15, 0, r5, c7, c4, 0		@ PAR
	CHECK_EQ r5, \par, \id
.endm

@ PAR for a fault with status fs (FS[4] in bit 5, FS[3:0] in 4:1)
.macro PARF fs
	.set parf, (((\fs) & 0x10) << 1) | (((\fs) & 0xf) << 1) | PAR_F
.endm

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt

	@ MMU off: the flat mapping
	ATS PR, 0x12345678, 0x12345000 | PAR_NS, mmu_off_pr
	ATS UW, 0x87654321, 0x87654000 | PAR_NS, mmu_off_uw

	bl mmu_on
	mov32 r0, 0x5a
	mcr p15, 0, r0, c5, c0, 0		@ DFSR: a marker
	mov32 r0, 0x13579bdf
	mcr p15, 0, r0, c6, c0, 0		@ DFAR: a marker
	AB_CLEAR

	@ ---- successful translations, every size ----
	MAP_L1 VS, SECT0 + 0x100000 | SEC | SEC_NORMAL | SEC_AP3 | (2 << DOM)
	ATS PR, VS + 0x12345, SECT0 + 0x112000 | PAR_NS, sec_pr
	ATS PW, VS + 0xfffff, SECT0 + 0x1ff000 | PAR_NS, sec_pw
	ATS UR, VS + 0x80000, SECT0 + 0x180000 | PAR_NS, sec_ur
	ATS UW, VS, SECT0 + 0x100000 | PAR_NS, sec_uw
	MAP_L1 VS + 0x100000, 0x10000000 | SEC | SEC_DEVICE | SEC_AP3 | SEC_XN
	ATS PR, VS + 0x109004, 0x10009000 | PAR_NS, sec_device
	MAP_L1 VS + 0x200000, SECT0 | SEC | SEC_AP3	@ Strongly-ordered
	ATS PR, VS + 0x2abcde, SECT0 + 0xab000 | PAR_NS, sec_strongly_ordered
	MAP_SUPER VSS, SUPER0 | SEC_SUPER | SEC_NORMAL | SEC_AP3
	ATS PR, VSS + 0xabcdef, (SUPER0 & 0xff000000) | PAR_SS | PAR_NS, super_pr
	ATS UW, VSS + 0xfff000, (SUPER0 & 0xff000000) | PAR_SS | PAR_NS, super_uw
	MAP_L1 VP, L2_BASE | L1_TABLE | (2 << DOM)
	MAP_LARGE 0, VP + 0x10000, PAGE0 + 0x10000 | LPG | LPG_NORMAL | PG_AP3
	ATS PR, VP + 0x1abcd, PAGE0 + 0x1a000 | PAR_NS, large_pr
	ATS UW, VP + 0x1fffc, PAGE0 + 0x1f000 | PAR_NS, large_uw
	MAP_L2 0, VP + 0x3000, PAGE0 + 0x7000 | PG | PG_NORMAL | PG_AP3
	ATS PR, VP + 0x3fff, PAGE0 + 0x7000 | PAR_NS, small_pr
	ATS UW, VP + 0x3004, PAGE0 + 0x7000 | PAR_NS, small_uw

	@ ---- permissions: PL1 and PL0, read and write ----
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP1	@ PL1 RW
	PARF FS_PERM_PG
	ATS PR, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, ap1_pr
	ATS PW, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, ap1_pw
	ATS UR, VP + 0x4010, parf, ap1_ur
	ATS UW, VP + 0x4010, parf, ap1_uw
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP2	@ PL0 RO
	ATS UR, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, ap2_ur
	ATS UW, VP + 0x4010, parf, ap2_uw
	ATS PW, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, ap2_pw
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP5	@ PL1 RO
	ATS PR, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, ap5_pr
	ATS PW, VP + 0x4010, parf, ap5_pw
	ATS UR, VP + 0x4010, parf, ap5_ur
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP0 | (2 << DOM)
	PARF FS_PERM_SEC
	ATS PR, VS + 0x10, parf, sec_ap0_pr
	ATS UW, VS + 0x10, parf, sec_ap0_uw
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP7 | (2 << DOM)
	ATS UR, VS + 0x10, SECT0 | PAR_NS, sec_ap7_ur
	ATS PW, VS + 0x10, parf, sec_ap7_pw

	@ ---- translation and domain faults ----
	PARF FS_TR_SEC
	ATS PR, TVA + 0x800000, parf, tr_sec_pr
	ATS UW, TVA + 0x800000, parf, tr_sec_uw
	PARF FS_TR_PG
	ATS PW, VP + 0x5000, parf, tr_pg_pw
	mov32 r0, DACR_CLIENT & ~(3 << 4)	@ domain 2: No access
	mcr p15, 0, r0, c3, c0, 0
	isb
	PARF FS_DOM_SEC
	ATS PR, VS + 0x10, parf, dom_sec_pr
	PARF FS_DOM_PG
	ATS UR, VP + 0x3000, parf, dom_pg_ur
	mov32 r0, DACR_CLIENT | (3 << 4)	@ domain 2: Manager
	mcr p15, 0, r0, c3, c0, 0
	isb
	ATS UW, VS + 0x10, SECT0 | PAR_NS, mgr_sec_uw
	ATS UW, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, mgr_pg_uw
	mov32 r0, DACR_CLIENT
	mcr p15, 0, r0, c3, c0, 0
	isb

	@ ---- access flag (SCTLR.AFE = 1) ----
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb
	MAP_L1 VS, SECT0 | SEC | SEC_NORMAL | SEC_AP2 | (2 << DOM)
	PARF FS_AF_SEC
	ATS PR, VS + 0x10, parf, af_sec_pr
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP6
	PARF FS_AF_PG
	ATS UR, VP + 0x4010, parf, af_pg_ur
	MAP_L2 0, VP + 0x4000, PAGE0 + 0x4000 | PG | PG_NORMAL | PG_AP7
	ATS UR, VP + 0x4010, PAGE0 + 0x4000 | PAR_NS, af_pg_set_ur
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb

	@ ---- TTBR1 (TTBCR.N = 1) ----
	MAP_L1T L1_HI, 0x80300000, SECT0 + 0x300000 | SEC | SEC_NORMAL | SEC_AP3
	mov r0, #1
	mcr p15, 0, r0, c2, c0, 2
	isb
	TLB_SYNC
	ATS PR, 0x80312345, SECT0 + 0x312000 | PAR_NS, ttbr1_pr
	PARF FS_TR_SEC
	ATS PR, 0x80400000, parf, ttbr1_tr
	mov r0, #0
	mcr p15, 0, r0, c2, c0, 2
	isb
	TLB_SYNC

	@ ---- no abort was taken, DFSR and DFAR unchanged ----
	EXPECT_NONE no_abort
	mrc p15, 0, r5, c5, c0, 0
	CHECK_EQ r5, 0x5a, dfsr_kept
	mrc p15, 0, r5, c6, c0, 0
	CHECK_EQ r5, 0x13579bdf, dfar_kept
	TEST_END
