@ ASID-tagged translations and TLB maintenance (ARM ARM B3.9 Translation
@ Lookaside Buffers, B3.9 global and process-specific (nG) entries,
@ B3.10 TLB maintenance requirements, B3.10 changing the ASID and TTBR,
@ B4.2 the c8 TLB maintenance operations).  Only what the architecture
@ requires is checked; whether an entry survives without maintenance is
@ IMPLEMENTATION DEFINED and never tested:
@  - with nG mappings of one VA in two ASIDs (TTBR0 tables L1_MAIN for ASID
@    1, L1_ALT for ASID 2), each ASID sees its own mapping, again and again
@    across switches; a global mapping (the same in both tables) is seen in
@    both;
@  - after a table change, each of TLBIALL, TLBIMVA, TLBIASID, TLBIMVAA,
@    their Inner Shareable forms and the DTLB forms makes the new data
@    translation visible: for the current ASID's nG entry, for a global
@    entry (TLBIMVA with any ASID and TLBIMVAA match global entries), and
@    for another ASID's entry changed while it was not current;
@  - the ITLB forms and TLBIMVA for a changed instruction-fetch translation;
@  - an ASID reused for a new table after TLBIASID (Linux's ASID roll-over).
@ Context switches follow B3.10: reserved ASID 0, TTBR0, then the ASID,
@ each write followed by ISB.  No nG mapping is ever used with ASID 0.

	.include "harness.inc"
	.include "mmu.inc"

	.equ VA_N, TVA + 0x200000	@ nG section, per ASID
	.equ VA_G, TVA + 0x300000	@ global section
	.equ VA_C, TVA + 0x45b000	@ nG code page, in table 0
	.equ NG_SEC, SEC | SEC_NORMAL | SEC_AP3 | SEC_NG | (1 << DOM)
	.equ G_SEC, SEC | SEC_NORMAL | SEC_AP3 | (1 << DOM)
	.equ PROCID, 0x123400		@ CONTEXTIDR.PROCID: not part of the match

@ SWITCH_TO table, asid (B3.10, "using a reserved ASID").
.macro SWITCH_TO table, asid
	mov r0, #0
	mcr p15, 0, r0, c13, c0, 1		@ CONTEXTIDR: reserved ASID 0
	isb
	mov32 r0, \table
	mcr p15, 0, r0, c2, c0, 0		@ TTBR0
	isb
	mov32 r0, PROCID | \asid
	mcr p15, 0, r0, c13, c0, 1		@ CONTEXTIDR: the new ASID
	isb
.endm

@ TLBI crm, opc2, value: one c8 operation with DSB before and DSB, ISB after.
.macro TLBI crm, opc2, value
	mov32 r0, \value
	dsb
	mcr p15, 0, r0, c8, \crm, \opc2
	dsb
	isb
.endm

@ Each change below signs the old and the new physical word first, fills
@ the TLB with the old translation, changes the table, runs the operation
@ under test, then only reads through the virtual address.  (The page
@ offsets are chosen so that a small direct-mapped software TLB does not
@ lose the old entry to the test's own code, stack or table accesses: a
@ missing invalidation then shows.)

@ OWN_CHANGE: the current ASID (1) changes its own nG mapping of VA_N.
.macro OWN_CHANGE crm, opc2, value, id
	SIGN SECT0 + 0x45000
	SIGN SECT0 + 0x345000
	SET_L1 L1_MAIN, VA_N, SECT0 | NG_SEC
	TLBI c7, 0, 0
	CHECK_VA VA_N + 0x45000, SECT0 + 0x45000, \id\()_before
	SET_L1 L1_MAIN, VA_N, SECT0 + 0x300000 | NG_SEC
	TLBI \crm, \opc2, \value
	CHECK_VA VA_N + 0x45000, SECT0 + 0x345000, \id
.endm

@ GLOBAL_CHANGE: a global mapping of VA_G changes (in both tables).
.macro GLOBAL_CHANGE crm, opc2, value, id
	SIGN SECT0 + 0x2a1230
	SIGN SECT0 + 0x4a1230
	SET_L1 L1_MAIN, VA_G, SECT0 + 0x200000 | G_SEC
	SET_L1 L1_ALT, VA_G, SECT0 + 0x200000 | G_SEC
	TLBI c7, 0, 0
	CHECK_VA VA_G + 0xa1230, SECT0 + 0x2a1230, \id\()_before
	SET_L1 L1_MAIN, VA_G, SECT0 + 0x400000 | G_SEC
	SET_L1 L1_ALT, VA_G, SECT0 + 0x400000 | G_SEC
	TLBI \crm, \opc2, \value
	CHECK_VA VA_G + 0xa1230, SECT0 + 0x4a1230, \id
.endm

@ OTHER_CHANGE: ASID 2's mapping of VA_N changes while ASID 1 runs.
.macro OTHER_CHANGE crm, opc2, value, id
	SIGN SECT0 + 0x177880
	SIGN SECT0 + 0x577880
	SET_L1 L1_ALT, VA_N, SECT0 + 0x100000 | NG_SEC
	TLBI c7, 0, 0
	SWITCH_TO L1_ALT, 2
	CHECK_VA VA_N + 0x77880, SECT0 + 0x177880, \id\()_before
	SWITCH_TO L1_MAIN, 1
	SET_L1 L1_ALT, VA_N, SECT0 + 0x500000 | NG_SEC
	TLBI \crm, \opc2, \value
	SWITCH_TO L1_ALT, 2
	CHECK_VA VA_N + 0x77880, SECT0 + 0x577880, \id
	SWITCH_TO L1_MAIN, 1
.endm

@ CODE_CHANGE: the nG code page VA_C moves from "return 42" to "return 43".
.macro CODE_CHANGE crm, opc2, value, id
	SET_L2 0, VA_C, PAGE0 + 0x5000 | PG | PG_NORMAL | PG_AP3 | PG_NG
	TLBI c7, 0, 0
	mov32 r4, VA_C
	mov r0, #0
	blx r4
	CHECK_EQ r0, 42, \id\()_before
	SET_L2 0, VA_C, PAGE0 + 0x6000 | PG | PG_NORMAL | PG_AP3 | PG_NG
	TLBI \crm, \opc2, \value
	CODE_SYNC				@ the I-cache may be VIPT
	mov r0, #0
	blx r4
	CHECK_EQ r0, 43, \id
.endm

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	SET_HANDLER pabt, ab_pabt
	bl mmu_on
	@ L1_ALT: the same global (flat) mappings as L1_MAIN
	mov32 r0, L1_MAIN
	mov32 r1, L1_ALT
	mov r2, #4096
1:	ldr r3, [r0], #4
	str r3, [r1], #4
	subs r2, r2, #1
	bne 1b
	PUT_WORDS PAGE0 + 0x5000, 0xe3a0002a, 0xe12fff1e	@ mov r0, #42; bx lr
	PUT_WORDS PAGE0 + 0x6000, 0xe3a0002b, 0xe12fff1e	@ mov r0, #43; bx lr
	CODE_SYNC
	SET_L1 L1_MAIN, VA_N, SECT0 | NG_SEC
	SET_L1 L1_ALT, VA_N, SECT0 + 0x100000 | NG_SEC
	SET_L1 L1_MAIN, VA_G, SECT0 + 0x200000 | G_SEC
	SET_L1 L1_ALT, VA_G, SECT0 + 0x200000 | G_SEC
	SET_L1 L1_MAIN, VA_C, L2_BASE | L1_TABLE | (1 << DOM)
	SET_L1 L1_ALT, VA_C, L2_BASE | L1_TABLE | (1 << DOM)	@ (the same)
	TLBI c7, 0, 0
	AB_CLEAR

	@ ---- each ASID its own nG mapping; global ones in both ----
	SIGN SECT0 + 0x10
	SIGN SECT0 + 0x100010
	SIGN SECT0 + 0x200020
	SWITCH_TO L1_MAIN, 1
	CHECK_VA VA_N + 0x10, SECT0 + 0x10, asid1_ng
	CHECK_VA VA_G + 0x20, SECT0 + 0x200020, asid1_g
	SWITCH_TO L1_ALT, 2
	CHECK_VA VA_N + 0x10, SECT0 + 0x100010, asid2_ng
	CHECK_VA VA_G + 0x20, SECT0 + 0x200020, asid2_g
	SWITCH_TO L1_MAIN, 1
	CHECK_VA VA_N + 0x10, SECT0 + 0x10, asid1_ng_again
	CHECK_VA VA_G + 0x20, SECT0 + 0x200020, asid1_g_again
	SWITCH_TO L1_ALT, 2
	CHECK_VA VA_N + 0x10, SECT0 + 0x100010, asid2_ng_again
	CHECK_VA VA_G + 0x20, SECT0 + 0x200020, asid2_g_again
	SWITCH_TO L1_MAIN, 1
	CHECK_VA VA_N + 0x10, SECT0 + 0x10, asid1_ng_third
	EXPECT_NONE asid_switches

	@ ---- the current ASID's nG entry changed ----
	OWN_CHANGE c7, 0, 0, own_tlbiall
	OWN_CHANGE c7, 1, VA_N + 0x45000 + 1, own_tlbimva
	OWN_CHANGE c7, 2, 1, own_tlbiasid
	OWN_CHANGE c7, 3, VA_N + 0x45000, own_tlbimvaa
	OWN_CHANGE c3, 0, 0, own_tlbiallis
	OWN_CHANGE c3, 1, VA_N + 1, own_tlbimvais
	OWN_CHANGE c3, 2, 1, own_tlbiasidis
	OWN_CHANGE c3, 3, VA_N, own_tlbimvaais
	OWN_CHANGE c6, 0, 0, own_dtlbiall
	OWN_CHANGE c6, 1, VA_N + 0x45000 + 1, own_dtlbimva
	OWN_CHANGE c6, 2, 1, own_dtlbiasid

	@ ---- a global entry changed: TLBIMVA matches it whatever the ASID ----
	GLOBAL_CHANGE c7, 0, 0, g_tlbiall
	GLOBAL_CHANGE c7, 1, VA_G + 0x1000 + 0x77, g_tlbimva_other_asid
	GLOBAL_CHANGE c7, 3, VA_G, g_tlbimvaa
	GLOBAL_CHANGE c3, 0, 0, g_tlbiallis
	GLOBAL_CHANGE c3, 1, VA_G + 0x1000 + 0x77, g_tlbimvais
	GLOBAL_CHANGE c3, 3, VA_G, g_tlbimvaais
	GLOBAL_CHANGE c6, 1, VA_G + 1, g_dtlbimva

	@ ---- another ASID's entry changed while it was not current ----
	OTHER_CHANGE c7, 0, 0, oth_tlbiall
	OTHER_CHANGE c7, 1, VA_N + 2, oth_tlbimva
	OTHER_CHANGE c7, 2, 2, oth_tlbiasid
	OTHER_CHANGE c7, 3, VA_N, oth_tlbimvaa
	OTHER_CHANGE c3, 1, VA_N + 2, oth_tlbimvais
	OTHER_CHANGE c3, 2, 2, oth_tlbiasidis
	OTHER_CHANGE c3, 3, VA_N, oth_tlbimvaais
	OTHER_CHANGE c6, 2, 2, oth_dtlbiasid

	@ ---- instruction-fetch translations ----
	CODE_CHANGE c5, 0, 0, code_itlbiall
	CODE_CHANGE c5, 1, VA_C + 1, code_itlbimva
	CODE_CHANGE c5, 2, 1, code_itlbiasid
	CODE_CHANGE c7, 1, VA_C + 1, code_tlbimva
	CODE_CHANGE c3, 2, 1, code_tlbiasidis

	@ ---- ASID 1 reused for another table after TLBIASID ----
	SIGN SECT0 + 0x10
	SIGN SECT0 + 0x600010
	SET_L1 L1_MAIN, VA_N, SECT0 | NG_SEC
	SET_L1 L1_ALT, VA_N, SECT0 + 0x600000 | NG_SEC
	TLBI c7, 0, 0
	CHECK_VA VA_N + 0x10, SECT0 + 0x10, reuse_before
	mov r0, #0
	mcr p15, 0, r0, c13, c0, 1		@ reserved ASID
	isb
	mov32 r0, L1_ALT
	mcr p15, 0, r0, c2, c0, 0
	isb
	TLBI c7, 2, 1				@ TLBIASID 1
	mov32 r0, PROCID | 1
	mcr p15, 0, r0, c13, c0, 1
	isb
	CHECK_VA VA_N + 0x10, SECT0 + 0x600010, reuse_after
	SWITCH_TO L1_MAIN, 1
	EXPECT_NONE all
	TEST_END
