@ Code rewritten by an unaligned store that crosses a page boundary, written
@ through one virtual alias and run through another (the flat map), with
@ the maintenance B2.2.9 asks for after writing instructions (CODE_SYNC:
@ DSB, ICIALLU, BPIALL, DSB, ISB).  The store's bytes in the code page must
@ reach it, and the new instructions must run:
@  - a store wrapping past 0xffffffff into VA 0, which maps the code page
@    (A3.1: addresses modulo 2^32; see wrap.S);
@  - a store from an unassigned physical page into the code page;
@  - a store from the code page into an unassigned page (the code page's
@    bytes are the store's first ones);
@  - a store from a RAM data page into the code page.
@ Each function runs twice before it is rewritten, and twice after.

	.include "harness.inc"
	.include "mmu.inc"

	.equ V, TVA
	.equ TOP, 0xfffff000
	.equ W1, PAGE0 + 0x3000		@ data at TOP
	.equ C, PAGE0 + 0x8000		@ code at VA 0
	.equ C2, PAGE0 + 0xa000		@ code at V + 0x2000 (its last word, then C2 + 0x1000)
	.equ C3, PAGE0 + 0xc000		@ code at V + 0x1000
	.equ C4, PAGE0 + 0xe000		@ code at V + 0x5000
	.equ D, PAGE0 + 0x10000		@ data at V + 0x4000
	.equ NOWHERE, 0x10003000	@ at V and V + 0x3000
	.equ NORM, PG | PG_NORMAL | PG_AP3
	.equ MOV_R0_1, 0xe3a00001
	.equ MOV_R0_5, 0xe3a00005
	.equ BX_LR, 0xe12fff1e

@ RUN addr, want, id: call the ARM code at addr (flat map) twice; r0 = want.
.macro RUN addr, want, id
	mov32 r4, \addr
	blx r4
	CHECK_EQ r0, \want, \id\()_1
	mov r0, #0
	blx r4
	CHECK_EQ r0, \want, \id\()_2
.endm

.macro ST insn, va, value
	mov32 r1, \va
	mov32 r0, \value
	\insn r0, [r1]
.endm

	.text
	.arm
	.global test_main
test_main:
	bl mmu_on
	MAP_L1 TOP, (L2_BASE + L2TAB_SIZE) | L1_TABLE
	MAP_L1 0, (L2_BASE + 2 * L2TAB_SIZE) | L1_TABLE
	MAP_L1 V, L2_BASE | L1_TABLE
	MAP_L2 1, TOP, W1 | NORM
	MAP_L2 2, 0, C | NORM | PG_XN
	MAP_L2 0, V, NOWHERE | NORM | PG_XN
	MAP_L2 0, V + 0x1000, C3 | NORM | PG_XN
	MAP_L2 0, V + 0x2000, C2 | NORM | PG_XN
	MAP_L2 0, V + 0x3000, NOWHERE | NORM | PG_XN
	MAP_L2 0, V + 0x4000, D | NORM | PG_XN
	MAP_L2 0, V + 0x5000, C4 | NORM | PG_XN

	@ ---- past 0xffffffff into the code page ----
	PUT_WORDS C, MOV_R0_1, BX_LR
	CODE_SYNC
	RUN C, 1, wrap_before
	ST str, 0xfffffffe, 0x0002beef		@ C[0] = 2, C[1] = 0
	CODE_SYNC
	RUN C, 2, wrap_str
	CHECK_MEM W1 + 0xffc, 0xbeef0000, wrap_str_data
	ST strh, 0xffffffff, 0x03aa		@ C[0] = 3
	CODE_SYNC
	RUN C, 3, wrap_strh

	@ ---- from an unassigned page into the code page ----
	PUT_WORDS C3, MOV_R0_1, BX_LR
	CODE_SYNC
	RUN C3, 1, none_code_before
	ST str, V + 0xffe, 0x0004beef		@ C3[0] = 4, C3[1] = 0
	CODE_SYNC
	RUN C3, 4, none_code_str

	@ ---- from the code page into an unassigned page ----
	PUT_WORDS C2 + 0xffc, MOV_R0_5
	PUT_WORDS C2 + 0x1000, BX_LR
	CODE_SYNC
	RUN C2 + 0xffc, 5, code_none_before
	ST str, V + 0x2ffd, 0x77e3e000		@ mov r0, #5 -> mvn r0, #5
	CODE_SYNC
	RUN C2 + 0xffc, 0xfffffffa, code_none_str

	@ ---- from a RAM data page into the code page ----
	PUT_WORDS C4, MOV_R0_1, BX_LR
	CODE_SYNC
	RUN C4, 1, ram_code_before
	ST str, V + 0x4ffe, 0x0006be00		@ C4[0] = 6, C4[1] = 0
	CODE_SYNC
	RUN C4, 6, ram_code_str
	CHECK_MEM D + 0xffc, 0xbe000000, ram_code_str_data
	TEST_END
