@ Byte and halfword accesses to every vexpress-a9 device (LDRB, LDRH, LDRSB,
@ LDRSH, STRB, STRH; ARM and Thumb), beside word accesses. The manuals define
@ word accesses to these registers, the GIC distributor's bytes aside; the
@ values are what qemu-system-arm 7.2 -M vexpress-a9 gives, the oracle:
@ registers decoded at their exact offset (system registers, PL031, SCU, GIC
@ CPU interface, L2C-310) take a narrow access at that offset as their low
@ bits and meet nothing elsewhere; PL011 and SP804 decode offset bits [11:2];
@ the A9 private and global timers are word-only (narrow: RAZ/WI); the GIC
@ distributor works by byte lanes. Also the uniprocessor GIC: ICDIPTR RAZ/WI,
@ a target byte of 0 does not silence an SPI (DDI 0407), and the ID registers.

	.include "harness.inc"

	.equ SYSREGS, 0x10000000
	.equ UART1, 0x1000a000		@ output discarded by both emulators
	.equ UART0, 0x10009000
	.equ TIMER23, 0x10012000
	.equ RTC, 0x10017000
	.equ SCU, 0x1e000000
	.equ GICC, 0x1e000100
	.equ GTIMER, 0x1e000200
	.equ TWD, 0x1e000600
	.equ GICD, 0x1e001000
	.equ L2CC, 0x1e00a000

@ RD op, addr, want, id: r5 = op [addr] must equal want (clobbers r4, r5).
.macro RD op, addr, want, id
	mov32 r4, \addr
	\op r5, [r4]
	CHECK_EQ r5, \want, \id
.endm

@ WR op, addr, val: op val to [addr] (clobbers r4, r5).
.macro WR op, addr, val
	mov32 r4, \addr
	mov32 r5, \val
	\op r5, [r4]
.endm

@ EXACT reg, word, id: a read/write register decoded at its exact offset.
.macro EXACT reg, word, id
	WR str, \reg, \word
	WR strb, \reg + 1, 0xab
	WR strh, \reg + 2, 0xcdcd
	RD ldr, \reg, \word, \id\()_w
	RD ldrb, \reg + 1, 0, \id\()_b1
	RD ldrh, \reg + 2, 0, \id\()_h2
	WR strb, \reg, 0x77
	RD ldr, \reg, 0x77, \id\()_sb
	WR strh, \reg, 0xcdcd
	RD ldr, \reg, 0xcdcd, \id\()_sh
	RD ldrb, \reg, 0xcd, \id\()_b0
	RD ldrsb, \reg, 0xffffffcd, \id\()_sb0
	RD ldrsh, \reg, 0xffffcdcd, \id\()_sh0
.endm

@ WORDDEC reg, id: a register decoded by offset bits [11:2].
.macro WORDDEC reg, id
	WR strb, \reg, 0xab
	RD ldr, \reg, 0xab, \id\()_b0
	WR strb, \reg + 1, 0xcd
	RD ldr, \reg, 0xcd, \id\()_b1
	WR strh, \reg + 2, 0x77
	RD ldrb, \reg + 1, 0x77, \id\()_rb1
	RD ldrh, \reg + 2, 0x77, \id\()_rh2
.endm

@ WORDONLY reg, id: byte and halfword accesses read as zero and are ignored.
.macro WORDONLY reg, id
	WR str, \reg, 0x1200
	WR strb, \reg, 0xab
	WR strb, \reg + 1, 0xcd
	WR strh, \reg, 0x5555
	WR strh, \reg + 2, 0xcdcd
	RD ldr, \reg, 0x1200, \id\()_w
	RD ldrb, \reg, 0, \id\()_b0
	RD ldrb, \reg + 1, 0, \id\()_b1
	RD ldrh, \reg, 0, \id\()_h0
.endm

.macro device_tests p
	@ System registers: SYS_ID 0x1190f500, SYS_PROCID0 0x0c000191.
	RD ldr, SYSREGS, 0x1190f500, \p\()sys_id
	RD ldrb, SYSREGS, 0x00, \p\()sys_id_b0
	RD ldrh, SYSREGS, 0xf500, \p\()sys_id_h0
	RD ldrsh, SYSREGS, 0xfffff500, \p\()sys_id_sh0
	RD ldrb, SYSREGS + 1, 0, \p\()sys_id_b1
	RD ldrh, SYSREGS + 2, 0, \p\()sys_id_h2
	RD ldrb, SYSREGS + 0x84, 0x91, \p\()sys_procid0_b0
	RD ldrh, SYSREGS + 0x86, 0, \p\()sys_procid0_h2
	WR strb, SYSREGS, 0x03			@ SYS_ID is read-only
	RD ldr, SYSREGS, 0x1190f500, \p\()sys_id_ro
	WR str, SYSREGS + 0x08, 0
	WR strb, SYSREGS + 0x08, 0xa5		@ SYS_LED
	RD ldr, SYSREGS + 0x08, 0xa5, \p\()sys_led_b0
	WR strb, SYSREGS + 0x09, 0x5a
	WR strh, SYSREGS + 0x0a, 0x3c
	RD ldr, SYSREGS + 0x08, 0xa5, \p\()sys_led_b1
	EXACT SYSREGS + 0xa0, 0x11223344, \p\()sys_cfgdata

	@ PL011 (UART1): UARTFR 0x90 (TXFE, RXFE), IBRD, IDs; UART0 DR prints.
	RD ldrb, UART1 + 0x18, 0x90, \p\()uart_fr_b0
	RD ldrb, UART1 + 0x19, 0x90, \p\()uart_fr_b1
	RD ldrh, UART1 + 0x1a, 0x90, \p\()uart_fr_h2
	RD ldrsb, UART1 + 0x18, 0xffffff90, \p\()uart_fr_sb
	WR str, UART1 + 0x24, 0x1234
	RD ldr, UART1 + 0x24, 0x1234, \p\()uart_ibrd
	WORDDEC UART1 + 0x24, \p\()uart_ibrd
	RD ldrb, UART1 + 0xfe1, 0x11, \p\()uart_id0_b1
	RD ldrh, UART1 + 0xfe4, 0x10, \p\()uart_id1_h
	WR strb, UART0, '<'
	WR strb, UART0 + 1, '>'
	WR strh, UART0 + 2, '\n'

	@ SP804 timers 2-3: Load, BGLoad, Control (reset 0x20), IDs.
	WORDDEC TIMER23, \p\()sp804_load
	WORDDEC TIMER23 + 0x18, \p\()sp804_bgload
	RD ldr, TIMER23 + 0x08, 0x20, \p\()sp804_ctrl
	WR strb, TIMER23 + 0x09, 0
	RD ldr, TIMER23 + 0x08, 0, \p\()sp804_ctrl_b1
	WR strb, TIMER23 + 0x08, 0x22
	RD ldr, TIMER23 + 0x08, 0x22, \p\()sp804_ctrl_b0
	WR str, TIMER23 + 0x08, 0x20
	RD ldrb, TIMER23 + 0xfe2, 0x04, \p\()sp804_id0_b2

	@ PL031: RTCMR, RTCCR (started), IDs.
	EXACT RTC + 0x04, 0x12345678, \p\()rtc_mr
	RD ldrb, RTC + 0x0c, 1, \p\()rtc_cr_b0
	RD ldrb, RTC + 0xfe0, 0x31, \p\()rtc_id0_b0
	RD ldrh, RTC + 0xfe0, 0x31, \p\()rtc_id0_h0

	@ SCU: configuration 0x10 (one core), control.
	RD ldrb, SCU + 0x04, 0x10, \p\()scu_cfg_b0
	RD ldrb, SCU + 0x05, 0, \p\()scu_cfg_b1
	RD ldrh, SCU + 0x04, 0x10, \p\()scu_cfg_h0
	WR strb, SCU + 0x01, 0xff
	RD ldr, SCU, 0, \p\()scu_ctrl_b1
	WR strb, SCU, 1
	RD ldr, SCU, 1, \p\()scu_ctrl_b0
	WR str, SCU, 0

	@ GIC CPU interface: ICCPMR, ICCIIDR, ICCIAR.
	WR str, GICC + 0x04, 0xf0
	WR strb, GICC + 0x04, 0x80
	WR strb, GICC + 0x05, 0x40
	RD ldr, GICC + 0x04, 0x80, \p\()gicc_pmr_b
	RD ldrb, GICC + 0x04, 0x80, \p\()gicc_pmr_rb
	RD ldrb, GICC + 0xfc, 0x3b, \p\()gicc_iidr_b0
	RD ldrb, GICC + 0xfd, 0, \p\()gicc_iidr_b1
	RD ldrh, GICC + 0x0c, 0x3ff, \p\()gicc_iar_h

	@ Word-only: private timer Load and Control, watchdog Load, global timer
	@ comparator and auto-increment.
	WORDONLY TWD, \p\()twd_load
	WORDONLY TWD + 0x08, \p\()twd_ctrl
	WORDONLY TWD + 0x20, \p\()wd_load
	WORDONLY GTIMER + 0x10, \p\()gt_cmp
	WORDONLY GTIMER + 0x18, \p\()gt_autoinc
	WR str, TWD + 0x08, 0
	WR str, TWD, 0

	@ L2C-310: cache ID 0x410000c8, auxiliary control (controller disabled).
	RD ldrb, L2CC, 0xc8, \p\()l2c_id_b0
	RD ldrb, L2CC + 1, 0, \p\()l2c_id_b1
	RD ldrh, L2CC + 2, 0, \p\()l2c_id_h2
	EXACT L2CC + 0x104, 0x12345678, \p\()l2c_aux

	@ GIC distributor by byte lanes; ICDSGIR words only.
	RD ldrb, GICD + 0x004, 2, \p\()gicd_ictr_b0
	RD ldrb, GICD + 0x005, 0, \p\()gicd_ictr_b1
	RD ldrh, GICD + 0x008, 0x043b, \p\()gicd_iidr_h0
	WR str, GICD + 0x420, 0
	WR strb, GICD + 0x421, 0xa8
	WR strh, GICD + 0x422, 0x5050
	RD ldr, GICD + 0x420, 0x5050a800, \p\()gicd_ipr
	RD ldrb, GICD + 0x421, 0xa8, \p\()gicd_ipr_b1
	RD ldrh, GICD + 0x422, 0x5050, \p\()gicd_ipr_h2
	WR str, GICD + 0x184, 0xffffffff
	WR strb, GICD + 0x105, 0x01
	WR strh, GICD + 0x106, 0x0101
	RD ldr, GICD + 0x104, 0x01010100, \p\()gicd_iser
	WR strb, GICD + 0x186, 0x01
	RD ldr, GICD + 0x104, 0x01000100, \p\()gicd_icer
	WR str, GICD + 0x184, 0xffffffff
	WR str, GICD + 0xc08, 0xaaaaaaaa
	WR strb, GICD + 0xc09, 0
	RD ldr, GICD + 0xc08, 0xaaaa00aa, \p\()gicd_icfr
	WR str, GICD + 0xc08, 0
	WR strh, GICD + 0xf00, 0x0003
	WR strb, GICD + 0xf03, 0x02
	RD ldr, GICD + 0x200, 0, \p\()gicd_sgir_narrow
	RD ldr, GICD + 0x800, 0, \p\()gicd_iptr0
	RD ldr, GICD + 0x81c, 0, \p\()gicd_iptr7
	RD ldr, GICD + 0x820, 0, \p\()gicd_iptr8
	WR str, GICD + 0x824, 0x01010101
	RD ldr, GICD + 0x824, 0, \p\()gicd_iptr9_wi
	RD ldrb, GICD + 0x825, 0, \p\()gicd_iptr_b
.endm

	.arm
test_main:
	device_tests a_
	ENTER_THUMB
	device_tests t_
	ENTER_ARM

	@ GIC identification (DDI 0407, "Peripheral Identification Registers").
	RD ldr, GICD + 0xfd0, 0x04, gicd_pid4
	RD ldr, GICD + 0xfe0, 0x90, gicd_pid0
	RD ldr, GICD + 0xfe4, 0xb3, gicd_pid1
	RD ldr, GICD + 0xfe8, 0x1b, gicd_pid2
	RD ldr, GICD + 0xfec, 0x00, gicd_pid3
	RD ldr, GICD + 0xff0, 0x0d, gicd_cid0
	RD ldr, GICD + 0xff4, 0xf0, gicd_cid1
	RD ldr, GICD + 0xff8, 0x05, gicd_cid2
	RD ldr, GICD + 0xffc, 0xb1, gicd_cid3
	RD ldrb, GICD + 0xfe8, 0x1b, gicd_pid2_b0

	@ An SPI whose target byte was written 0 still reaches the one core
	@ (CPSR.I is set: the interrupt is only acknowledged through ICCIAR).
	WR strb, GICD, 1			@ ICDDCR
	WR strb, GICC, 1			@ ICCICR
	WR str, GICC + 0x04, 0xf0		@ ICCPMR
	WR strb, GICD + 0x425, 0xa0		@ priority of SPI 5 (ID 37)
	WR strb, GICD + 0x825, 0		@ its target byte
	WR strb, GICD + 0x104, 0x20		@ enable
	WR strb, GICD + 0x204, 0x20		@ set pending
	RD ldr, GICC + 0x18, 37, gic_spi_hpir
	RD ldr, GICC + 0x0c, 37, gic_spi_ack
	WR str, GICC + 0x10, 37
	RD ldrh, GICC + 0x0c, 0x3ff, gic_spi_done
	WR str, GICD + 0x184, 0xffffffff
	WR str, GICD, 0
	WR str, GICC, 0
	TEST_END
