@ The PL181 MMCI with its slot empty (no --sd; QEMU without a card), the
@ oracle being qemu-system-arm 7.2 -M vexpress-a9 and the TRM (ARM DDI 0172):
@ the peripheral and PrimeCell IDs, the registers' widths, a command without
@ a response completes (CmdSent), one waiting for a response times out
@ (CmdTimeOut), MCIClear clears the flags, and SYS_MCI shows no card. The
@ command checks look at the command flags only (MCIStatus[7:0]): QEMU also
@ sets DataEnd and DataBlockEnd after every command with no transfer under way
@ (its own "hack"), which the TRM's flags do not describe.

	.include "harness.inc"

	.equ MMCI, 0x10005000
	.equ SYS_MCI, 0x10000048

.macro RD addr, want, id
	mov32 r4, \addr
	ldr r5, [r4]
	CHECK_EQ r5, \want, \id
.endm

@ RDM addr, mask, want, id: [addr] & mask must equal want.
.macro RDM addr, mask, want, id
	mov32 r4, \addr
	ldr r5, [r4]
	and r5, r5, #\mask
	CHECK_EQ r5, \want, \id
.endm

.macro WR addr, val
	mov32 r4, \addr
	mov32 r5, \val
	str r5, [r4]
.endm

	.global test_main
test_main:
	push {lr}
	RD MMCI + 0xfe0, 0x81, id0
	RD MMCI + 0xfe4, 0x11, id1
	RD MMCI + 0xfe8, 0x04, id2
	RD MMCI + 0xfec, 0x00, id3
	RD MMCI + 0xff0, 0x0d, pcid0
	RD MMCI + 0xff4, 0xf0, pcid1
	RD MMCI + 0xff8, 0x05, pcid2
	RD MMCI + 0xffc, 0xb1, pcid3
	RD SYS_MCI, 0, sys_mci_no_card
	RD MMCI + 0x34, 0, status_idle
	WR MMCI + 0x00, 0xffffffff
	RD MMCI + 0x00, 0xff, power_8bits
	WR MMCI + 0x00, 0x3
	WR MMCI + 0x04, 0x1ff
	WR MMCI + 0x28, 0xffffffff
	RD MMCI + 0x28, 0xffff, datalength_16bits
	WR MMCI + 0x08, 0x1aa
	RD MMCI + 0x08, 0x1aa, argument
	WR MMCI + 0x0c, 0x400			@ CMD0, no response
	RDM MMCI + 0x34, 0xff, 0x80, cmd0_sent
	WR MMCI + 0x38, 0x7ff
	RD MMCI + 0x34, 0, cleared
	WR MMCI + 0x0c, 0x448			@ CMD8, short response
	RDM MMCI + 0x34, 0xff, 0x4, cmd8_timeout
	WR MMCI + 0x0c, 0x4c2			@ CMD2, long response
	RDM MMCI + 0x34, 0xff, 0x4, cmd2_timeout
	WR MMCI + 0x38, 0x7ff
	RD MMCI + 0x34, 0, cleared2
	pop {lr}
	TEST_END
