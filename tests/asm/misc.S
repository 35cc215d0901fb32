@ Odds and ends a C program does not reach: CP15 identification (MIDR as
@ QEMU's cortex-a9 reports it), the thread ID registers and VBAR read back,
@ SETEND (CPSR.E: big-endian data loads and stores), and the hints and
@ barriers (NOP, YIELD, SEV, DBG, PLD, PLI, DMB, DSB, ISB) executing as no-ops
@ in ARM and Thumb state.

	.include "harness.inc"

	.data
	.balign 4
mi_word: .word 0x11223344, 0

	.text
.macro hints p
	mov r0, #0x77
	mov32 r1, mi_word
	SET_APSR (F_N | F_V)
	nop
	yield
	sev
	dbg #5
	pld [r1]
	pld [r1, #64]
	pli [r1]
	dmb ish
	dmb sy
	dsb sy
	dsb st
	isb sy
	CHECK_EQ r0, 0x77, \p\()hints_r0
	CHECK_FLAGS (F_N | F_V), \p\()hints_flags
.endm

.macro endian p
	mov32 r1, mi_word
	setend be
	ldr r0, [r1]
	ldrh r2, [r1]
	ldrsh r3, [r1, #2]
	mov32 r4, 0xa1b2c3d4
	str r4, [r1, #4]
	setend le
	CHECK_EQ r0, 0x44332211, \p\()be_ldr
	CHECK_EQ r2, 0x4433, \p\()be_ldrh
	CHECK_EQ r3, 0x2211, \p\()be_ldrsh
	ldr r4, [r1, #4]
	CHECK_EQ r4, 0xd4c3b2a1, \p\()be_str
	ldrb r4, [r1, #4]
	CHECK_EQ r4, 0xa1, \p\()be_str_byte0
.endm

	.arm
	.global test_main
test_main:
	mrc p15, 0, r0, c0, c0, 0
	CHECK_EQ r0, 0x410fc090, midr
	@ TPIDRURW, TPIDRURO, TPIDRPRW: read back what was written
	mov32 r1, 0x12345678
	mcr p15, 0, r1, c13, c0, 2
	mov32 r1, 0x9abcdef0
	mcr p15, 0, r1, c13, c0, 3
	mov32 r1, 0x0f1e2d3c
	mcr p15, 0, r1, c13, c0, 4
	mrc p15, 0, r0, c13, c0, 2
	CHECK_EQ r0, 0x12345678, tpidrurw
	mrc p15, 0, r0, c13, c0, 3
	CHECK_EQ r0, 0x9abcdef0, tpidruro
	mrc p15, 0, r0, c13, c0, 4
	CHECK_EQ r0, 0x0f1e2d3c, tpidrprw
	mrc p15, 0, r0, c12, c0, 0
	CHECK_EQ r0, 0x60000000, vbar
	@ DACR (B4.1.43): read back; the MMU is off, so domains do not matter
	mrc p15, 0, r4, c3, c0, 0
	mov32 r1, 0x5555aaa5
	mcr p15, 0, r1, c3, c0, 0
	mrc p15, 0, r0, c3, c0, 0
	mcr p15, 0, r4, c3, c0, 0
	CHECK_EQ r0, 0x5555aaa5, dacr
	@ SETEND changes CPSR.E (bit 9), visible to MRS
	setend be
	mrs r0, CPSR
	setend le
	and r0, r0, #0x200
	CHECK_EQ r0, 0x200, setend_be_cpsr_e
	mrs r0, CPSR
	and r0, r0, #0x200
	CHECK_EQ r0, 0, setend_le_cpsr_e
	hints a_
	endian a_
	ENTER_THUMB
	hints t_
	endian t_
	mrc p15, 0, r0, c0, c0, 0
	CHECK_EQ r0, 0x410fc090, t_midr
	ENTER_ARM
	TEST_END
