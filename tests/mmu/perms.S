@ Access permissions (ARM ARM B3.7.1: AP[2:0], and the simplified model
@ AP[2:1] with SCTLR.AFE = 1) for PL1 and PL0, and domains (B3.7.3:
@ Client checks AP, Manager does not): for every defined AP value, on a
@ small page and on a section, a privileged LDR/STR, LDRT/STRT (and the byte
@ and halfword forms) from SVC mode, which are checked as User accesses
@ (A8.8.93 LDRT: "as if in User mode"), and LDR/STR really executed in User
@ mode (entered with CPS, left with SVC).  A refused access is a Permission
@ fault (0xf page, 0xd section) with the domain and WnR.

	.include "harness.inc"
	.include "mmu.inc"

	.equ VP, TVA + 0x100000		@ second-level table 0, domain 6
	.equ VA_PG, VP + 0x1000		@ the page under test
	.equ VA_SEC, TVA + 0x200000	@ the section under test, domain 6

@ ACCESS ok, insn, wnr, fs, va, id: run insn (quoted; r4 holds the address);
@ it must complete (ok = 1) or take a Permission fault in domain 6.
.macro ACCESS ok, insn, wnr, fs, va, id
	AB_CLEAR
\id\()_i: \insn
	.if \ok
	EXPECT_NONE \id
	.else
	EXPECT_DABT \id\()_i, \wnr | (6 << 4) | \fs, \va, \id
	.endif
.endm

@ ALL_ACCESSES fs, va, r1, w1, r0, w0, id: privileged reads and writes
@ (r1, w1: allowed at PL1), unprivileged ones (r0, w0: allowed at PL0) with
@ LDRT/STRT forms from SVC, then in User mode.
.macro ALL_ACCESSES fs, va, r1, w1, r0, w0, id
	mov32 r4, \va
	ACCESS \r1, "ldr r5, [r4]", 0, \fs, \va, \id\()_pl1_ldr
	ACCESS \w1, "str r5, [r4]", FSR_WNR, \fs, \va, \id\()_pl1_str
	ACCESS \w1, "strh r5, [r4]", FSR_WNR, \fs, \va, \id\()_pl1_strh
	ACCESS \r0, "ldrt r5, [r4]", 0, \fs, \va, \id\()_ldrt
	ACCESS \r0, "ldrbt r5, [r4]", 0, \fs, \va, \id\()_ldrbt
	ACCESS \r0, "ldrsht r5, [r4]", 0, \fs, \va, \id\()_ldrsht
	ACCESS \w0, "strt r5, [r4]", FSR_WNR, \fs, \va, \id\()_strt
	ACCESS \w0, "strbt r5, [r4]", FSR_WNR, \fs, \va, \id\()_strbt
	ACCESS \r1, "ldrb r5, [r4]", 0, \fs, \va, \id\()_pl1_ldrb_after
	ENTER_USER
	ACCESS \r0, "ldr r5, [r4]", 0, \fs, \va, \id\()_usr_ldr
	ACCESS \w0, "str r5, [r4]", FSR_WNR, \fs, \va, \id\()_usr_str
	ACCESS \r0, "ldrh r5, [r4]", 0, \fs, \va, \id\()_usr_ldrh
	LEAVE_USER
	CHECK_CPSR 0x1f, M_SVC, \id\()_back_in_svc
.endm

@ PERM_PAGE ap, r1, w1, r0, w0: the small page with AP[2:0] = ap.
.macro PERM_PAGE ap, r1, w1, r0, w0, id
	MAP_L2 0, VA_PG, PAGE0 + 0x1000 | PG | PG_NORMAL | PG_AP\ap
	ALL_ACCESSES FS_PERM_PG, VA_PG + 0x24, \r1, \w1, \r0, \w0, \id
.endm

@ PERM_SEC ap, r1, w1, r0, w0: the section with AP[2:0] = ap.
.macro PERM_SEC ap, r1, w1, r0, w0, id
	MAP_L1 VA_SEC, SECT0 | SEC | SEC_NORMAL | SEC_AP\ap | (6 << DOM)
	ALL_ACCESSES FS_PERM_SEC, VA_SEC + 0x5678, \r1, \w1, \r0, \w0, \id
.endm

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	bl mmu_on
	MAP_L1 VP, L2_BASE | L1_TABLE | (6 << DOM)

	@ AP[2:0]: PL1 R W, PL0 R W
	PERM_PAGE 0, 0, 0, 0, 0, pg_ap0
	PERM_PAGE 1, 1, 1, 0, 0, pg_ap1
	PERM_PAGE 2, 1, 1, 1, 0, pg_ap2
	PERM_PAGE 3, 1, 1, 1, 1, pg_ap3
	PERM_PAGE 5, 1, 0, 0, 0, pg_ap5
	PERM_PAGE 6, 1, 0, 1, 0, pg_ap6
	PERM_PAGE 7, 1, 0, 1, 0, pg_ap7
	PERM_SEC 0, 0, 0, 0, 0, sec_ap0
	PERM_SEC 1, 1, 1, 0, 0, sec_ap1
	PERM_SEC 2, 1, 1, 1, 0, sec_ap2
	PERM_SEC 3, 1, 1, 1, 1, sec_ap3
	PERM_SEC 5, 1, 0, 0, 0, sec_ap5
	PERM_SEC 7, 1, 0, 1, 0, sec_ap7

	@ Manager: every access allowed whatever AP
	mov32 r0, DACR_CLIENT | (3 << 12)
	mcr p15, 0, r0, c3, c0, 0
	isb
	PERM_PAGE 0, 1, 1, 1, 1, mgr_pg_ap0
	PERM_SEC 5, 1, 1, 1, 1, mgr_sec_ap5
	mov32 r0, DACR_CLIENT
	mcr p15, 0, r0, c3, c0, 0
	isb

	@ simplified model (SCTLR.AFE = 1): AP[2:1] with the access flag AP[0] = 1
	mrc p15, 0, r0, c1, c0, 0
	orr r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb
	PERM_PAGE 1, 1, 1, 0, 0, afe_pg_ap1
	PERM_PAGE 3, 1, 1, 1, 1, afe_pg_ap3
	PERM_PAGE 5, 1, 0, 0, 0, afe_pg_ap5
	PERM_PAGE 7, 1, 0, 1, 0, afe_pg_ap7
	PERM_SEC 1, 1, 1, 0, 0, afe_sec_ap1
	PERM_SEC 7, 1, 0, 1, 0, afe_sec_ap7
	mrc p15, 0, r0, c1, c0, 0
	bic r0, r0, #SCTLR_AFE
	mcr p15, 0, r0, c1, c0, 0
	isb
	TEST_END
