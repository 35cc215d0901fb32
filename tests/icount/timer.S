@ --icount=3 (8 ns an instruction): a timer interrupt taken at an exact
@ instruction, and WFI jumping to the next deadline.
@
@ The expected values follow from the definitions (docs/architecture.md, "Time,
@ interrupts and the host loop"), not from a run: the instruction that is the
@ k-th to execute runs at time 8k ns; an SP804 enabled by a store at time t with
@ Load = L at 1 MHz (TIMCLK, include/sp804.h) reaches 0 at t + 1000 L ns
@ (DDI 0271 3.2: one decrement a TIMCLK edge); the IRQ is taken before the first
@ instruction whose time is at or past that (ARM ARM B1.8.11: between
@ instructions). After the enabling store, 125 L - 1 instructions run, the loop
@ ADD, B, ADD, B, ...: ceil((125 L - 1) / 2) ADDs, and the interrupt comes
@ before the B (125 L - 1 odd), so LR_irq - 4 is the B's address.
@
@ WFI with an interrupt due later: time jumps to the deadline, the core wakes
@ with the interrupt pending (masked, B1.8.13: WFI still ends); the 24 MHz
@ counter of the system registers has moved by 24 per microsecond waited: read
@ at instruction B and B + 4 (LDR, MOV, STR enabling, WFI, LDR), it shows
@ floor(3 (8 B + 16 + 1000 LOAD2) / 125) - floor(3 (8 B) / 125), that is
@ 24 LOAD2 or one more.

	.include "harness.inc"

	.equ GICD, 0x1e001000
	.equ GICC, 0x1e000100
	.equ TIMER0, 0x10011000
	.equ SYS_24MHZ, 0x1000005c
	.equ LOAD, 100			@ 100 us: 12500 instructions
	.equ ADDS, 125 * LOAD / 2	@ ceil((125 LOAD - 1) / 2), 125 LOAD even
	.equ LOAD2, 1000		@ 1 ms, waited in WFI
	.equ CTRL, 0xa3			@ enable, interrupt, 32-bit, one-shot

	.text
	.arm
	.global test_main
test_main:
	SET_HANDLER irq, on_irq
	mov32 r1, GICD
	mov r0, #1
	str r0, [r1]			@ ICDDCR: distributor on
	mov r0, #1 << 2
	str r0, [r1, #0x104]		@ ICDISER1: ID 34, SP804 timer 0/1
	mov32 r1, GICC
	mov r0, #0xf0
	str r0, [r1, #4]		@ ICCPMR
	mov r0, #1
	str r0, [r1]			@ ICCICR: CPU interface on
	mov32 r1, TIMER0
	mov32 r0, LOAD
	str r0, [r1]			@ TimerLoad
	mov r2, #0
	mov r0, #CTRL
	cpsie i
	str r0, [r1, #8]		@ TimerControl: counting from this store
loop:
	add r2, r2, #1
loop_b:
	b loop

on_irq:
	CHECK_EQ r2, ADDS, adds
	sub r3, lr, #4
	mov32 r0, loop_b
	CHECK_REGS r3, r0, irq_lr
	mov32 r1, TIMER0
	str r0, [r1, #0x0c]		@ TimerIntClr
	mov32 r1, GICC
	ldr r0, [r1, #0x0c]		@ ICCIAR
	str r0, [r1, #0x10]		@ ICCEOIR
	@ I is masked here: WFI ends on the pending interrupt, which stays pending.
	mov32 r1, TIMER0
	mov r0, #0
	str r0, [r1, #8]		@ off: a Load write to an enabled timer restarts it
	mov32 r0, LOAD2
	str r0, [r1]
	mov32 r3, SYS_24MHZ
	ldr r4, [r3]
	mov r0, #CTRL
	str r0, [r1, #8]
	wfi
	ldr r5, [r3]
	ldr r0, [r1, #0x10]		@ TimerRIS
	CHECK_EQ r0, 1, wfi_expired
	sub r5, r5, r4
	mov32 r0, 24 * LOAD2
	sub r5, r5, r0			@ beyond the wait: the 16 ns of the STR and WFI
	cmp r5, #1
	movls r0, #1
	movhi r0, #0
	CHECK_EQ r0, 1, wfi_24mhz
	TEST_END
