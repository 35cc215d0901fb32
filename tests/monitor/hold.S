@ hold.S: the hold test's program (hold.py): r5 follows the motherboard's
@ 24 MHz counter (SYS_24MHZ, DUI0447 4.3.4), which counts guest time.
	.syntax unified
	.arm
	.text
	.global _start
_start:
	ldr	r4, =0x1000005c
1:	ldr	r5, [r4]
	b	1b
