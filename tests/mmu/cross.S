@ Unaligned accesses that cross from one page into the next, where the two
@ virtual pages map physical pages that are not neighbours: RAM, the
@ motherboard system registers (0x10000000), the SP810 (0x10001000), an
@ unassigned page (0x10003000), no mapping, a read-only page.  ARM ARM A3.2.1:
@ with SCTLR.A = 0, LDR/STR/LDRH/STRH may be unaligned; each byte is reached
@ through the translation of its own page (B3.1).  Every page here is mapped
@ as Normal memory: an unaligned access to Device memory is UNPREDICTABLE
@ (A3.5.7), and so are the bytes of device registers read in pieces, so the
@ device bytes touched are ones every reading gives as zero (sysregs 0xffc-
@ 0xfff, SP810 SCCTRL as it is at reset, unassigned space) and the stores
@ into devices go to read-only or absent registers (SYS_ID, sysregs 0xffe).
@ Aligned words (LDRD/STRD, LDM/STM, LDREX/STREX) next to the crossings read
@ whole registers (SYS_ID = 0x1190f500, SYS_SW = 0: V2M-P1 TRM 4.3, as QEMU).
@ Aborts: the first page is checked first; a fault on the second page is
@ reported at its first byte, and a store that faults writes nothing (as
@ QEMU: both pages are probed before a store).  An access done by the
@ emulator as if the two physical pages were neighbours reads or writes
@ the wrong bytes here.

	.include "harness.inc"
	.include "mmu.inc"

	.equ V, TVA
	.equ R0, PAGE0 + 0x1000		@ at V
	.equ SYSREGS, 0x10000000	@ at V + 0x1000
	.equ R1, PAGE0 + 0x4000		@ at V + 0x2000
	.equ SP810, 0x10001000		@ at V + 0x3000
	.equ R2, PAGE0 + 0x6000		@ at V + 0x4000
	.equ NOWHERE, 0x10003000	@ at V + 0x5000: no device
	.equ R3, PAGE0 + 0x8000		@ at V + 0x6000; V + 0x7000 unmapped
	.equ R4, PAGE0 + 0xa000		@ at V + 0x8000
	.equ RO, PAGE0 + 0xc000		@ at V + 0x9000, read-only; V + 0xa000 unmapped
	.equ RA, PAGE0 + 0xf000		@ at V + 0xb000 ...
	.equ RB, PAGE0 + 0xe000		@ ... and V + 0xc000: RAM in reverse order
	.equ NORM, PG | PG_NORMAL | PG_AP3

@ LD insn, va, want, id: `insn r0, [va]` loads want.
.macro LD insn, va, want, id
	mov32 r1, \va
	mov32 r0, 0xdeadbeef
	\insn r0, [r1]
	CHECK_EQ r0, \want, \id
.endm

@ ST insn, va, value: `insn value, [va]`.
.macro ST insn, va, value
	mov32 r1, \va
	mov32 r0, \value
	\insn r0, [r1]
.endm

	.text
	.arm
@ patterns: in each RAM page, bytes 0-7 are tag + 0 ... tag + 7 and bytes
@ 0xff8-0xfff are tag + 8 ... tag + 15 (W0, W4, W8, W12: those words).
	.equ W0, 0x03020100
	.equ W4, 0x07060504
	.equ W8, 0x0b0a0908
	.equ W12, 0x0f0e0d0c
	.equ T0, 0x10
	.equ T1, 0xa0
	.equ T2, 0x30
	.equ T3, 0xc0
	.equ T4, 0x50
	.equ TRO, 0x60
	.equ TRA, 0x70
	.equ TRB, 0xe0
.macro pattern p, t
	PUT_WORDS \p, W0 + \t * 0x01010101, W4 + \t * 0x01010101
	PUT_WORDS \p + 0xff8, W8 + \t * 0x01010101, W12 + \t * 0x01010101
.endm
patterns:
	pattern R0, T0
	pattern R1, T1
	pattern R2, T2
	pattern R3, T3
	pattern R4, T4
	pattern RO, TRO
	pattern RA, TRA
	pattern RB, TRB
	bx lr

	.global test_main
test_main:
	SET_HANDLER dabt, ab_dabt
	bl mmu_on
	MAP_L1 V, L2_BASE | L1_TABLE
	MAP_L2 0, V, R0 | NORM
	MAP_L2 0, V + 0x1000, SYSREGS | NORM | PG_XN
	MAP_L2 0, V + 0x2000, R1 | NORM
	MAP_L2 0, V + 0x3000, SP810 | NORM | PG_XN
	MAP_L2 0, V + 0x4000, R2 | NORM
	MAP_L2 0, V + 0x5000, NOWHERE | NORM | PG_XN
	MAP_L2 0, V + 0x6000, R3 | NORM
	MAP_L2 0, V + 0x8000, R4 | NORM
	MAP_L2 0, V + 0x9000, RO | PG | PG_NORMAL | PG_AP5
	MAP_L2 0, V + 0xb000, RA | NORM
	MAP_L2 0, V + 0xc000, RB | NORM
	bl patterns

	@ ---- loads: sysregs (0xffd-0xfff read as zero) -> RAM ----
	LD ldr, V + 0x1ffe, ((T1 + 1) << 24) | (T1 << 16), sys_ram_ldr
	LD ldr, V + 0x1ffd, T1 << 24, sys_ram_ldr3
	LD ldrh, V + 0x1fff, T1 << 8, sys_ram_ldrh
	LD ldrsh, V + 0x1fff, 0xffff0000 | (T1 << 8), sys_ram_ldrsh
	@ RAM -> SP810 (SCCTRL, zero at reset)
	LD ldr, V + 0x2ffe, ((T1 + 15) << 8) | (T1 + 14), ram_sp810_ldr
	LD ldr, V + 0x2fff, T1 + 15, ram_sp810_ldr1
	LD ldrh, V + 0x2fff, T1 + 15, ram_sp810_ldrh
	LD ldrsh, V + 0x2fff, T1 + 15, ram_sp810_ldrsh
	@ RAM -> nothing, nothing -> RAM
	LD ldr, V + 0x4ffd, ((T2 + 15) << 16) | ((T2 + 14) << 8) | (T2 + 13), ram_none_ldr
	LD ldrh, V + 0x4fff, T2 + 15, ram_none_ldrh
	LD ldr, V + 0x5ffe, ((T3 + 1) << 24) | (T3 << 16), none_ram_ldr
	LD ldrsh, V + 0x5fff, 0xffff0000 | (T3 << 8), none_ram_ldrsh
	@ RAM -> RAM, the physical pages in reverse order
	LD ldr, V + 0xbffe, ((TRB + 1) << 24) | (TRB << 16) | ((TRA + 15) << 8) | (TRA + 14), ram_ram_ldr
	LD ldrh, V + 0xbfff, (TRB << 8) | (TRA + 15), ram_ram_ldrh
	@ the same crossing load many times (a translator may change how it
	@ does it after a few), the RAM word changed each time
	mov r4, #0
1:	mov32 r1, R1
	str r4, [r1]
	mov32 r1, V + 0x1ffe
	ldr r0, [r1]
	lsl r2, r4, #16
	CHECK_REGS r0, r2, sys_ram_loop
	add r4, r4, #1
	cmp r4, #40
	blo 1b
	bl patterns

	@ ---- stores ----
	ST str, V + 0xffe, 0x44332211		@ RAM -> SYS_ID (read-only)
	CHECK_MEM R0 + 0xffc, 0x22110000 | ((T0 + 13) << 8) | (T0 + 12), ram_sys_str
	CHECK_MEM SYSREGS, 0x1190f500, ram_sys_str_sysid
	ST strh, V + 0xfff, 0x6655
	CHECK_MEM R0 + 0xffc, 0x55110000 | ((T0 + 13) << 8) | (T0 + 12), ram_sys_strh
	ST str, V + 0x1ffe, 0x88776655		@ sysregs 0xffe -> RAM
	CHECK_MEM R1, ((T1 + 3) << 24) | ((T1 + 2) << 16) | 0x8877, sys_ram_str
	CHECK_MEM SP810, 0, sys_ram_str_sp810
	ST strh, V + 0x1fff, 0xaa99
	CHECK_MEM R1, ((T1 + 3) << 24) | ((T1 + 2) << 16) | 0x88aa, sys_ram_strh
	CHECK_MEM SP810, 0, sys_ram_strh_sp810
	ST str, V + 0x4ffd, 0xccbbaa99		@ RAM -> nothing
	CHECK_MEM R2 + 0xffc, 0xbbaa9900 | (T2 + 12), ram_none_str
	ST str, V + 0x5fff, 0x11ffeedd		@ nothing -> RAM
	CHECK_MEM R3, ((T3 + 3) << 24) | 0x11ffee, none_ram_str
	ST strh, V + 0x5fff, 0x3322
	CHECK_MEM R3, ((T3 + 3) << 24) | 0x11ff33, none_ram_strh
	ST str, V + 0xbffd, 0x77665544		@ RAM -> RAM, reverse order
	CHECK_MEM RA + 0xffc, 0x66554400 | (TRA + 12), ram_ram_str_lo
	CHECK_MEM RB, ((TRB + 3) << 24) | ((TRB + 2) << 16) | ((TRB + 1) << 8) | 0x77, ram_ram_str_hi
	bl patterns

	@ ---- aligned words next to the crossings ----
	mov32 r1, V + 0xffc
	ldrd r2, r3, [r1]
	CHECK_EQ r2, W12 + T0 * 0x01010101, ldrd_ram_sys_lo
	CHECK_EQ r3, 0x1190f500, ldrd_ram_sys_hi
	mov32 r1, V + 0xff8
	ldm r1, {r2-r5}
	CHECK_EQ r2, W8 + T0 * 0x01010101, ldm_ram_sys_0
	CHECK_EQ r3, W12 + T0 * 0x01010101, ldm_ram_sys_1
	CHECK_EQ r4, 0x1190f500, ldm_ram_sys_2
	CHECK_EQ r5, 0, ldm_ram_sys_3
	mov32 r1, V + 0x1ff8
	ldm r1, {r2-r5}
	CHECK_EQ r2, 0, ldm_sys_ram_0
	CHECK_EQ r3, 0, ldm_sys_ram_1
	CHECK_EQ r4, W0 + T1 * 0x01010101, ldm_sys_ram_2
	CHECK_EQ r5, W4 + T1 * 0x01010101, ldm_sys_ram_3
	mov32 r1, V + 0x2000
	ldmdb r1, {r2-r3}
	CHECK_EQ r2, 0, ldmdb_sys_0
	CHECK_EQ r3, 0, ldmdb_sys_1
	mov32 r1, V + 0xffc
	mov32 r2, 0x12345678
	mov32 r3, 0x9abcdef0
	strd r2, r3, [r1]
	CHECK_MEM R0 + 0xffc, 0x12345678, strd_ram_sys_lo
	CHECK_MEM SYSREGS, 0x1190f500, strd_ram_sys_hi
	mov32 r1, V + 0x1ff8
	mov32 r2, 0x11111111
	mov32 r3, 0x22222222
	mov32 r4, 0x33333333
	mov32 r5, 0x44444444
	stm r1, {r2-r5}
	CHECK_MEM R1, 0x33333333, stm_sys_ram_2
	CHECK_MEM R1 + 4, 0x44444444, stm_sys_ram_3
	CHECK_MEM SP810, 0, stm_sys_ram_sp810
	mov32 r1, V + 0x6000
	stmdb r1, {r2-r3}
	CHECK_MEM V + 0x5ffc, 0, stmdb_none
	bl patterns
	mov32 r1, V + 0x2ffc			@ exclusives on the last words
	ldrex r0, [r1]
	CHECK_EQ r0, W12 + T1 * 0x01010101, ldrex_last
	mov32 r0, 0x5a5a5a5a
	strex r2, r0, [r1]
	CHECK_EQ r2, 0, strex_last_status
	CHECK_MEM R1 + 0xffc, 0x5a5a5a5a, strex_last
	mov32 r1, V + 0x2ff8
	ldrexd r2, r3, [r1]
	CHECK_EQ r2, W8 + T1 * 0x01010101, ldrexd_last_lo
	CHECK_EQ r3, 0x5a5a5a5a, ldrexd_last_hi
	clrex
	mov32 r1, V + 0x6000			@ the first word after nothing
	ldrex r0, [r1]
	CHECK_EQ r0, W0 + T3 * 0x01010101, ldrex_first
	clrex
	bl patterns

	@ ---- Thumb: the same crossings ----
	mov32 r1, V + 0x1ffe
	mov32 r4, V + 0x2fff
	mov32 r6, V + 0x4ffd
	mov32 r7, 0x5566
	ENTER_THUMB
	ldr r0, [r1]
	ldrh.w r2, [r4]
	ldrsh.w r3, [r4, #0]
	strh r7, [r6, #2]
	ENTER_ARM
	CHECK_EQ r0, ((T1 + 1) << 24) | (T1 << 16), thumb_sys_ram_ldr
	CHECK_EQ r2, T1 + 15, thumb_ram_sp810_ldrh
	CHECK_EQ r3, T1 + 15, thumb_ram_sp810_ldrsh
	CHECK_MEM R2 + 0xffc, 0x66000000 | ((T2 + 14) << 16) | ((T2 + 13) << 8) | (T2 + 12), thumb_ram_none_strh
	bl patterns

	@ ---- aborts ----
	mov32 r1, V + 0x6ffe			@ RAM -> no mapping
	AB_CLEAR
ab_ram_none_ld: ldr r0, [r1]
	EXPECT_DABT ab_ram_none_ld, FS_TR_PG, V + 0x7000, ab_ram_none_ld
	AB_CLEAR
ab_ram_none_st: str r0, [r1]
	EXPECT_DABT ab_ram_none_st, FSR_WNR | FS_TR_PG, V + 0x7000, ab_ram_none_st
	CHECK_MEM R3 + 0xffc, W12 + T3 * 0x01010101, ab_ram_none_st_nothing
	mov32 r1, V + 0x7fff			@ no mapping -> RAM
	AB_CLEAR
ab_none_ram_ldh: ldrh r0, [r1]
	EXPECT_DABT ab_none_ram_ldh, FS_TR_PG, V + 0x7fff, ab_none_ram_ldh
	AB_CLEAR
ab_none_ram_st: str r0, [r1]
	EXPECT_DABT ab_none_ram_st, FSR_WNR | FS_TR_PG, V + 0x7fff, ab_none_ram_st
	CHECK_MEM R4, W0 + T4 * 0x01010101, ab_none_ram_st_nothing
	@ RAM -> read-only: loads work, stores fault on the second page
	LD ldr, V + 0x8ffd, (TRO << 24) | ((T4 + 15) << 16) | ((T4 + 14) << 8) | (T4 + 13), ram_ro_ldr
	mov32 r1, V + 0x8ffd
	AB_CLEAR
ab_ram_ro_st: str r0, [r1]
	EXPECT_DABT ab_ram_ro_st, FSR_WNR | FS_PERM_PG, V + 0x9000, ab_ram_ro_st
	CHECK_MEM R4 + 0xffc, W12 + T4 * 0x01010101, ab_ram_ro_st_nothing
	mov32 r1, V + 0x9ff8			@ read-only -> no mapping, the
	ldr r0, [r1]				@ read-only page read before
	add r1, r1, #6
	AB_CLEAR
ab_ro_none_st: str r0, [r1]			@ the first page's fault first
	EXPECT_DABT ab_ro_none_st, FSR_WNR | FS_PERM_PG, V + 0x9ffe, ab_ro_none_st
	AB_CLEAR
ab_ro_none_ld: ldr r0, [r1]
	EXPECT_DABT ab_ro_none_ld, FS_TR_PG, V + 0xa000, ab_ro_none_ld
	TEST_END
