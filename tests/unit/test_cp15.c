/*
 * CP14/CP15 register model tests (src/cpu/cp15.c, cp15_id.c, cp15_pmu.c,
 * cp14.c), against what QEMU 7.2's cortex-a9 presents on
 * "qemu-system-arm -M vexpress-a9,secure=off" (the guest view without the
 * Security Extensions).
 *
 * The tables were recorded by bare-metal guests run under that QEMU: one read
 * every MRC encoding of cp14 and cp15 (opc1 0-7, CRn 0-15, CRm 0-15, opc2 0-7)
 * at PL1 and at PL0 (with PMUSERENR.EN clear, then set), catching UNDEFINED in
 * its Undefined Instruction handler; another wrote 0xffffffff (SCTLR:
 * 0xffffdffe, to keep the MMU and high vectors off), read back, wrote 0 and
 * read back, for every encoding at PL1, and wrote 0 to every encoding at PL0.
 * Values are from reset, except VBAR, which the recording guest had set
 * (recorded 0x60010040; reset value 0 here).
 *
 * Wildcards QEMU decodes, stated as rules rather than listed: every cp15 c3
 * encoding is DACR; c10 CRm 0, 1, 4, 8 (any opc1, opc2) are TLB lockdown,
 * RAZ/WI; c7 opc1 0 accepts a write at every CRm/opc2 (cache maintenance).
 *
 * Deliberate differences from QEMU, checked as such (deviations[]): SCTLR
 * keeps its reserved bits at the reset value 0x00c50078 where QEMU stores
 * every bit written; registers that struct cp15 has no storage for read as
 * zero and ignore writes where QEMU keeps the value (FCSEIDR, the A9
 * power/diagnostic registers, the performance counters and event types, the
 * debug breakpoint/watchpoint registers, DBGDSCRext, TEECR, TEEHBR).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cpu.h"

struct reg_read {
	uint8_t cp, opc1, crn, crm, opc2;
	uint32_t val;
};

struct reg_write {
	uint8_t cp, opc1, crn, crm, opc2;
	bool write_only;
	uint32_t after_ones, after_zero;   /* read back after writing ~0 / 0 */
};
#define RW(ones, zero) false, ones, zero
#define WO true, 0, 0

struct reg_enc {
	uint8_t cp, opc1, crn, crm, opc2;
};

/* Every encoding readable at PL1, with its reset value (rules aside). */
static const struct reg_read qemu_pl1_reads[] = {
	{ 14, 0,  0,  0, 0, 0x35141000 }, { 14, 0,  0,  0, 4, 0x00000000 },
	{ 14, 0,  0,  0, 5, 0x00000000 }, { 14, 0,  0,  0, 6, 0x00000000 },
	{ 14, 0,  0,  0, 7, 0x00000000 }, { 14, 0,  0,  1, 0, 0x00000000 },
	{ 14, 0,  0,  1, 4, 0x00000000 }, { 14, 0,  0,  1, 5, 0x00000000 },
	{ 14, 0,  0,  1, 6, 0x00000000 }, { 14, 0,  0,  1, 7, 0x00000000 },
	{ 14, 0,  0,  2, 0, 0x00000000 }, { 14, 0,  0,  2, 2, 0x00000000 },
	{ 14, 0,  0,  2, 4, 0x00000000 }, { 14, 0,  0,  2, 5, 0x00000000 },
	{ 14, 0,  0,  2, 6, 0x00000000 }, { 14, 0,  0,  2, 7, 0x00000000 },
	{ 14, 0,  0,  3, 4, 0x00000000 }, { 14, 0,  0,  3, 5, 0x00000000 },
	{ 14, 0,  0,  3, 6, 0x00000000 }, { 14, 0,  0,  3, 7, 0x00000000 },
	{ 14, 0,  0,  4, 4, 0x00000000 }, { 14, 0,  0,  4, 5, 0x00000000 },
	{ 14, 0,  0,  5, 4, 0x00000000 }, { 14, 0,  0,  5, 5, 0x00000000 },
	{ 14, 0,  0,  7, 0, 0x00000000 }, { 14, 0,  1,  0, 0, 0x00000000 },
	{ 14, 0,  1,  1, 4, 0x0000000a }, { 14, 0,  1,  3, 4, 0x00000000 },
	{ 14, 0,  2,  0, 0, 0x00000000 }, { 14, 6,  0,  0, 0, 0x00000000 },
	{ 14, 6,  1,  0, 0, 0x00000000 }, { 14, 7,  0,  0, 0, 0x00000000 },
	{ 14, 7,  1,  0, 0, 0x00000000 }, { 14, 7,  2,  0, 0, 0x00000000 },
	{ 15, 0,  0,  0, 0, 0x410fc090 }, { 15, 0,  0,  0, 1, 0x80038003 },
	{ 15, 0,  0,  0, 2, 0x00000000 }, { 15, 0,  0,  0, 3, 0x00000000 },
	{ 15, 0,  0,  0, 4, 0x410fc090 }, { 15, 0,  0,  0, 5, 0x80000000 },
	{ 15, 0,  0,  0, 6, 0x410fc090 }, { 15, 0,  0,  0, 7, 0x410fc090 },
	{ 15, 0,  0,  1, 0, 0x00001031 }, { 15, 0,  0,  1, 1, 0x00000001 },
	{ 15, 0,  0,  1, 2, 0x00000000 }, { 15, 0,  0,  1, 3, 0x00000000 },
	{ 15, 0,  0,  1, 4, 0x00100103 }, { 15, 0,  0,  1, 5, 0x20000000 },
	{ 15, 0,  0,  1, 6, 0x01230000 }, { 15, 0,  0,  1, 7, 0x00002111 },
	{ 15, 0,  0,  2, 0, 0x00101111 }, { 15, 0,  0,  2, 1, 0x13112111 },
	{ 15, 0,  0,  2, 2, 0x21232041 }, { 15, 0,  0,  2, 3, 0x11112131 },
	{ 15, 0,  0,  2, 4, 0x00111142 }, { 15, 0,  0,  2, 5, 0x00000000 },
	{ 15, 0,  0,  2, 6, 0x00000000 }, { 15, 0,  0,  2, 7, 0x00000000 },
	{ 15, 0,  0,  3, 0, 0x00000000 }, { 15, 0,  0,  3, 1, 0x00000000 },
	{ 15, 0,  0,  3, 2, 0x00000000 }, { 15, 0,  0,  3, 3, 0x00000000 },
	{ 15, 0,  0,  3, 4, 0x00000000 }, { 15, 0,  0,  3, 5, 0x00000000 },
	{ 15, 0,  0,  3, 6, 0x00000000 }, { 15, 0,  0,  3, 7, 0x00000000 },
	{ 15, 0,  0,  4, 0, 0x00000000 }, { 15, 0,  0,  4, 1, 0x00000000 },
	{ 15, 0,  0,  4, 2, 0x00000000 }, { 15, 0,  0,  4, 3, 0x00000000 },
	{ 15, 0,  0,  4, 4, 0x00000000 }, { 15, 0,  0,  4, 5, 0x00000000 },
	{ 15, 0,  0,  4, 6, 0x00000000 }, { 15, 0,  0,  4, 7, 0x00000000 },
	{ 15, 0,  0,  5, 0, 0x00000000 }, { 15, 0,  0,  5, 1, 0x00000000 },
	{ 15, 0,  0,  5, 2, 0x00000000 }, { 15, 0,  0,  5, 3, 0x00000000 },
	{ 15, 0,  0,  5, 4, 0x00000000 }, { 15, 0,  0,  5, 5, 0x00000000 },
	{ 15, 0,  0,  5, 6, 0x00000000 }, { 15, 0,  0,  5, 7, 0x00000000 },
	{ 15, 0,  0,  6, 0, 0x00000000 }, { 15, 0,  0,  6, 1, 0x00000000 },
	{ 15, 0,  0,  6, 2, 0x00000000 }, { 15, 0,  0,  6, 3, 0x00000000 },
	{ 15, 0,  0,  6, 4, 0x00000000 }, { 15, 0,  0,  6, 5, 0x00000000 },
	{ 15, 0,  0,  6, 6, 0x00000000 }, { 15, 0,  0,  6, 7, 0x00000000 },
	{ 15, 0,  0,  7, 0, 0x00000000 }, { 15, 0,  0,  7, 1, 0x00000000 },
	{ 15, 0,  0,  7, 2, 0x00000000 }, { 15, 0,  0,  7, 3, 0x00000000 },
	{ 15, 0,  0,  7, 4, 0x00000000 }, { 15, 0,  0,  7, 5, 0x00000000 },
	{ 15, 0,  0,  7, 6, 0x00000000 }, { 15, 0,  0,  7, 7, 0x00000000 },
	{ 15, 0,  1,  0, 0, 0x00c50078 }, { 15, 0,  1,  0, 1, 0x00000000 },
	{ 15, 0,  1,  0, 2, 0x00000000 }, { 15, 0,  2,  0, 0, 0x00000000 },
	{ 15, 0,  2,  0, 1, 0x00000000 }, { 15, 0,  2,  0, 2, 0x00000000 },
	{ 15, 0,  5,  0, 0, 0x00000000 }, { 15, 0,  5,  0, 1, 0x00000000 },
	{ 15, 0,  5,  1, 0, 0x00000000 }, { 15, 0,  5,  1, 1, 0x00000000 },
	{ 15, 0,  6,  0, 0, 0x00000000 }, { 15, 0,  6,  0, 1, 0x00000000 },
	{ 15, 0,  6,  0, 2, 0x00000000 }, { 15, 0,  7,  4, 0, 0x00000000 },
	{ 15, 0,  9, 12, 0, 0x41093000 }, { 15, 0,  9, 12, 1, 0x00000000 },
	{ 15, 0,  9, 12, 2, 0x00000000 }, { 15, 0,  9, 12, 3, 0x00000000 },
	{ 15, 0,  9, 12, 5, 0x00000000 }, { 15, 0,  9, 13, 0, 0x00000000 },
	{ 15, 0,  9, 13, 1, 0x00000000 }, { 15, 0,  9, 13, 2, 0x00000000 },
	{ 15, 0,  9, 14, 0, 0x00000000 }, { 15, 0,  9, 14, 1, 0x00000000 },
	{ 15, 0,  9, 14, 2, 0x00000000 }, { 15, 0, 10,  2, 0, 0x00000000 },
	{ 15, 0, 10,  2, 1, 0x00000000 }, { 15, 0, 12,  0, 0, 0x00000000 },
	{ 15, 0, 12,  1, 0, 0x00000000 }, { 15, 0, 13,  0, 0, 0x00000000 },
	{ 15, 0, 13,  0, 1, 0x00000000 }, { 15, 0, 13,  0, 2, 0x00000000 },
	{ 15, 0, 13,  0, 3, 0x00000000 }, { 15, 0, 13,  0, 4, 0x00000000 },
	{ 15, 0, 14,  8, 0, 0x00000000 }, { 15, 0, 14,  8, 1, 0x00000000 },
	{ 15, 0, 14,  8, 2, 0x00000000 }, { 15, 0, 14,  8, 3, 0x00000000 },
	{ 15, 0, 14,  8, 4, 0x00000000 }, { 15, 0, 14,  8, 5, 0x00000000 },
	{ 15, 0, 14, 12, 0, 0x00000000 }, { 15, 0, 14, 12, 1, 0x00000000 },
	{ 15, 0, 14, 12, 2, 0x00000000 }, { 15, 0, 14, 12, 3, 0x00000000 },
	{ 15, 0, 14, 12, 4, 0x00000000 }, { 15, 0, 14, 12, 5, 0x00000000 },
	{ 15, 0, 14, 15, 7, 0x00000000 }, { 15, 0, 15,  0, 0, 0x00000000 },
	{ 15, 0, 15,  0, 1, 0x00000000 }, { 15, 0, 15,  0, 2, 0x00000000 },
	{ 15, 0, 15,  1, 0, 0x00000000 }, { 15, 1,  0,  0, 0, 0xe00fe019 },
	{ 15, 1,  0,  0, 1, 0x09000003 }, { 15, 1,  0,  0, 7, 0x00000000 },
	{ 15, 2,  0,  0, 0, 0x00000000 }, { 15, 4, 15,  0, 0, 0x1e000000 },
	{ 15, 5, 15,  5, 2, 0x00000000 }, { 15, 5, 15,  6, 2, 0x00000000 },
	{ 15, 5, 15,  7, 2, 0x00000000 },
};

/* Readable at PL0 with PMUSERENR.EN = 0. */
static const struct reg_read qemu_pl0_reads[] = {
	{ 14, 0,  0,  0, 0, 0x35141000 }, { 14, 0,  1,  0, 0, 0x00000000 },
	{ 14, 0,  2,  0, 0, 0x00000000 }, { 14, 6,  1,  0, 0, 0x00000000 },
	{ 15, 0,  9, 14, 0, 0x00000000 }, { 15, 0, 13,  0, 2, 0x00000000 },
	{ 15, 0, 13,  0, 3, 0x00000000 },
};

/* Readable at PL0 with PMUSERENR.EN = 1. */
static const struct reg_read qemu_pl0_en_reads[] = {
	{ 14, 0,  0,  0, 0, 0x35141000 }, { 14, 0,  1,  0, 0, 0x00000000 },
	{ 14, 0,  2,  0, 0, 0x00000000 }, { 14, 6,  1,  0, 0, 0x00000000 },
	{ 15, 0,  9, 12, 0, 0x41093000 }, { 15, 0,  9, 12, 1, 0x00000000 },
	{ 15, 0,  9, 12, 2, 0x00000000 }, { 15, 0,  9, 12, 3, 0x00000000 },
	{ 15, 0,  9, 12, 5, 0x00000000 }, { 15, 0,  9, 13, 0, 0x00000000 },
	{ 15, 0,  9, 13, 1, 0x00000000 }, { 15, 0,  9, 13, 2, 0x00000000 },
	{ 15, 0,  9, 14, 0, 0x00000001 }, { 15, 0, 13,  0, 2, 0x00000000 },
	{ 15, 0, 13,  0, 3, 0x00000000 }, { 15, 0, 14,  8, 0, 0x00000000 },
	{ 15, 0, 14,  8, 1, 0x00000000 }, { 15, 0, 14,  8, 2, 0x00000000 },
	{ 15, 0, 14,  8, 3, 0x00000000 }, { 15, 0, 14,  8, 4, 0x00000000 },
	{ 15, 0, 14,  8, 5, 0x00000000 }, { 15, 0, 14, 12, 0, 0x00000000 },
	{ 15, 0, 14, 12, 1, 0x00000000 }, { 15, 0, 14, 12, 2, 0x00000000 },
	{ 15, 0, 14, 12, 3, 0x00000000 }, { 15, 0, 14, 12, 4, 0x00000000 },
	{ 15, 0, 14, 12, 5, 0x00000000 }, { 15, 0, 14, 15, 7, 0x00000000 },
};

/* Every encoding writable at PL1 (rules aside). */
static const struct reg_write qemu_pl1_writes[] = {
	{ 14, 0,  0,  0, 4, RW(0xffffffff, 0x00000000) }, { 14, 0,  0,  0, 5, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  0, 6, RW(0xfffffffc, 0x00000000) }, { 14, 0,  0,  0, 7, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  1, 4, RW(0xffffffff, 0x00000000) }, { 14, 0,  0,  1, 5, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  1, 6, RW(0xfffffffc, 0x00000000) }, { 14, 0,  0,  1, 7, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  2, 0, RW(0x00000000, 0x00000000) }, { 14, 0,  0,  2, 2, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  2, 4, RW(0xffffffff, 0x00000000) }, { 14, 0,  0,  2, 5, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  2, 6, RW(0xfffffffc, 0x00000000) }, { 14, 0,  0,  2, 7, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  3, 4, RW(0xffffffff, 0x00000000) }, { 14, 0,  0,  3, 5, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  3, 6, RW(0xfffffffc, 0x00000000) }, { 14, 0,  0,  3, 7, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  4, 4, RW(0xffffffff, 0x00000000) }, { 14, 0,  0,  4, 5, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  5, 4, RW(0xffffffff, 0x00000000) }, { 14, 0,  0,  5, 5, RW(0xffffffff, 0x00000000) },
	{ 14, 0,  0,  7, 0, RW(0x00000000, 0x00000000) }, { 14, 0,  1,  0, 4, WO },
	{ 14, 0,  1,  3, 4, RW(0x00000000, 0x00000000) }, { 14, 6,  0,  0, 0, RW(0x00000001, 0x00000000) },
	{ 14, 6,  1,  0, 0, RW(0xffffffff, 0x00000000) }, { 14, 7,  1,  0, 0, RW(0x00000000, 0x00000000) },
	{ 14, 7,  2,  0, 0, RW(0x00000000, 0x00000000) }, { 15, 0,  1,  0, 0, RW(0xffffdffe, 0x00000000) },
	{ 15, 0,  1,  0, 1, RW(0x00000000, 0x00000000) }, { 15, 0,  1,  0, 2, RW(0xc0f00000, 0x00000000) },
	{ 15, 0,  2,  0, 0, RW(0xffffffff, 0x00000000) }, { 15, 0,  2,  0, 1, RW(0xffffffff, 0x00000000) },
	{ 15, 0,  2,  0, 2, RW(0x00000007, 0x00000000) }, { 15, 0,  5,  0, 0, RW(0xffffffff, 0x00000000) },
	{ 15, 0,  5,  0, 1, RW(0xffffffff, 0x00000000) }, { 15, 0,  5,  1, 0, RW(0x00000000, 0x00000000) },
	{ 15, 0,  5,  1, 1, RW(0x00000000, 0x00000000) }, { 15, 0,  6,  0, 0, RW(0xffffffff, 0x00000000) },
	{ 15, 0,  6,  0, 1, RW(0x00000000, 0x00000000) }, { 15, 0,  6,  0, 2, RW(0xffffffff, 0x00000000) },
	{ 15, 0,  7,  4, 0, RW(0xfffff6ff, 0x00000000) }, { 15, 0,  8,  3, 0, WO },
	{ 15, 0,  8,  3, 1, WO }, { 15, 0,  8,  3, 2, WO },
	{ 15, 0,  8,  3, 3, WO }, { 15, 0,  8,  5, 0, WO },
	{ 15, 0,  8,  5, 1, WO }, { 15, 0,  8,  5, 2, WO },
	{ 15, 0,  8,  6, 0, WO }, { 15, 0,  8,  6, 1, WO },
	{ 15, 0,  8,  6, 2, WO }, { 15, 0,  8,  7, 0, WO },
	{ 15, 0,  8,  7, 1, WO }, { 15, 0,  8,  7, 2, WO },
	{ 15, 0,  8,  7, 3, WO }, { 15, 0,  9, 12, 0, RW(0x410930f9, 0x41093000) },
	{ 15, 0,  9, 12, 1, RW(0x8000003f, 0x8000003f) }, { 15, 0,  9, 12, 2, RW(0x00000000, 0x00000000) },
	{ 15, 0,  9, 12, 3, RW(0x00000000, 0x00000000) }, { 15, 0,  9, 12, 4, WO },
	{ 15, 0,  9, 12, 5, RW(0x0000001f, 0x00000000) }, { 15, 0,  9, 13, 0, RW(0xffffffff, 0x00000000) },
	{ 15, 0,  9, 13, 1, RW(0xfe00ffff, 0x00000000) }, { 15, 0,  9, 13, 2, RW(0xffffffff, 0x00000000) },
	{ 15, 0,  9, 14, 0, RW(0x00000001, 0x00000000) }, { 15, 0,  9, 14, 1, RW(0x8000003f, 0x8000003f) },
	{ 15, 0,  9, 14, 2, RW(0x00000000, 0x00000000) }, { 15, 0, 10,  2, 0, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 10,  2, 1, RW(0xffffffff, 0x00000000) }, { 15, 0, 12,  0, 0, RW(0xffffffe0, 0x00000000) },
	{ 15, 0, 13,  0, 0, RW(0xffffffff, 0x00000000) }, { 15, 0, 13,  0, 1, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 13,  0, 2, RW(0xffffffff, 0x00000000) }, { 15, 0, 13,  0, 3, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 13,  0, 4, RW(0xffffffff, 0x00000000) }, { 15, 0, 14,  8, 0, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 14,  8, 1, RW(0xffffffff, 0x00000000) }, { 15, 0, 14,  8, 2, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 14,  8, 3, RW(0xffffffff, 0x00000000) }, { 15, 0, 14,  8, 4, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 14,  8, 5, RW(0xffffffff, 0x00000000) }, { 15, 0, 14, 12, 0, RW(0xfe00ffff, 0x00000000) },
	{ 15, 0, 14, 12, 1, RW(0xfe00ffff, 0x00000000) }, { 15, 0, 14, 12, 2, RW(0xfe00ffff, 0x00000000) },
	{ 15, 0, 14, 12, 3, RW(0xfe00ffff, 0x00000000) }, { 15, 0, 14, 12, 4, RW(0xfe00ffff, 0x00000000) },
	{ 15, 0, 14, 12, 5, RW(0xfe00ffff, 0x00000000) }, { 15, 0, 14, 15, 7, RW(0xf8000000, 0x00000000) },
	{ 15, 0, 15,  0, 0, RW(0xffffffff, 0x00000000) }, { 15, 0, 15,  0, 1, RW(0xffffffff, 0x00000000) },
	{ 15, 0, 15,  0, 2, RW(0xffffffff, 0x00000000) }, { 15, 0, 15,  1, 0, RW(0x00000000, 0x00000000) },
	{ 15, 2,  0,  0, 0, RW(0x0000000f, 0x00000000) }, { 15, 5, 15,  4, 2, WO },
	{ 15, 5, 15,  4, 4, WO }, { 15, 5, 15,  5, 2, RW(0x00000000, 0x00000000) },
	{ 15, 5, 15,  6, 2, RW(0x00000000, 0x00000000) }, { 15, 5, 15,  7, 2, RW(0x00000000, 0x00000000) },
};

/* Writable at PL0 with PMUSERENR.EN = 0. */
static const struct reg_enc qemu_pl0_writes[] = {
	{ 14, 6,  1,  0, 0 }, { 15, 0,  7,  5, 4 },
	{ 15, 0,  7, 10, 4 }, { 15, 0,  7, 10, 5 },
	{ 15, 0, 13,  0, 2 },
};

#define SCTLR_KEEP (0x00c50078u & ~0x72007c07u)

/* Our values where we differ from QEMU on purpose (see the header). */
static const struct reg_write deviations[] = {
	{ 15, 0, 1, 0, 0, RW((0xffffdffeu & 0x72007c07u) | SCTLR_KEEP, SCTLR_KEEP) },
	{ 15, 0, 13, 0, 0, RW(0, 0) },
	{ 15, 0, 15, 0, 0, RW(0, 0) }, { 15, 0, 15, 0, 1, RW(0, 0) }, { 15, 0, 15, 0, 2, RW(0, 0) },
	{ 15, 0, 9, 13, 0, RW(0, 0) }, { 15, 0, 9, 13, 1, RW(0, 0) }, { 15, 0, 9, 13, 2, RW(0, 0) },
	{ 15, 0, 14, 8, 0, RW(0, 0) }, { 15, 0, 14, 8, 1, RW(0, 0) }, { 15, 0, 14, 8, 2, RW(0, 0) },
	{ 15, 0, 14, 8, 3, RW(0, 0) }, { 15, 0, 14, 8, 4, RW(0, 0) }, { 15, 0, 14, 8, 5, RW(0, 0) },
	{ 15, 0, 14, 12, 0, RW(0, 0) }, { 15, 0, 14, 12, 1, RW(0, 0) }, { 15, 0, 14, 12, 2, RW(0, 0) },
	{ 15, 0, 14, 12, 3, RW(0, 0) }, { 15, 0, 14, 12, 4, RW(0, 0) }, { 15, 0, 14, 12, 5, RW(0, 0) },
	{ 15, 0, 14, 15, 7, RW(0, 0) },
	{ 14, 0, 0, 2, 2, RW(0, 0) }, { 14, 6, 0, 0, 0, RW(0, 0) }, { 14, 6, 1, 0, 0, RW(0, 0) },
	/* DBGBVRn/DBGBCRn (n = 0-5), DBGWVRn/DBGWCRn (n = 0-3) */
	{ 14, 0, 0, 0, 4, RW(0, 0) }, { 14, 0, 0, 0, 5, RW(0, 0) }, { 14, 0, 0, 0, 6, RW(0, 0) },
	{ 14, 0, 0, 0, 7, RW(0, 0) }, { 14, 0, 0, 1, 4, RW(0, 0) }, { 14, 0, 0, 1, 5, RW(0, 0) },
	{ 14, 0, 0, 1, 6, RW(0, 0) }, { 14, 0, 0, 1, 7, RW(0, 0) }, { 14, 0, 0, 2, 4, RW(0, 0) },
	{ 14, 0, 0, 2, 5, RW(0, 0) }, { 14, 0, 0, 2, 6, RW(0, 0) }, { 14, 0, 0, 2, 7, RW(0, 0) },
	{ 14, 0, 0, 3, 4, RW(0, 0) }, { 14, 0, 0, 3, 5, RW(0, 0) }, { 14, 0, 0, 3, 6, RW(0, 0) },
	{ 14, 0, 0, 3, 7, RW(0, 0) }, { 14, 0, 0, 4, 4, RW(0, 0) }, { 14, 0, 0, 4, 5, RW(0, 0) },
	{ 14, 0, 0, 5, 4, RW(0, 0) }, { 14, 0, 0, 5, 5, RW(0, 0) },
};

static struct cpu cpu;

static void fresh_cpu(uint32_t mode)
{
	cpu_init(&cpu, NULL);
	cpu_set_mode(&cpu, mode);
}

static bool same_enc(const void *a, unsigned cp, unsigned opc1, unsigned crn,
		     unsigned crm, unsigned opc2)
{
	const struct reg_enc *e = a;   /* every table starts with these fields */
	return e->cp == cp && e->opc1 == opc1 && e->crn == crn && e->crm == crm &&
	       e->opc2 == opc2;
}

#define FIND(table, cp, o1, n, m, o2) \
	find(table, sizeof(table[0]), sizeof(table) / sizeof(table[0]), cp, o1, n, m, o2)

static const void *find(const void *table, size_t size, size_t count, unsigned cp,
			unsigned opc1, unsigned crn, unsigned crm, unsigned opc2)
{
	for (size_t i = 0; i < count; i++) {
		const void *e = (const char *)table + i * size;
		if (same_enc(e, cp, opc1, crn, crm, opc2))
			return e;
	}
	return NULL;
}

/* The wildcard rules (header). */
static bool rule_dacr(unsigned cp, unsigned crn)
{
	return cp == 15 && crn == 3;
}

static bool rule_lockdown(unsigned cp, unsigned crn, unsigned crm)
{
	return cp == 15 && crn == 10 && (crm == 0 || crm == 1 || crm == 4 || crm == 8);
}

static bool rule_cachemaint(unsigned cp, unsigned opc1, unsigned crn)
{
	return cp == 15 && crn == 7 && opc1 == 0;
}

#define FOR_EACH_ENC(cp, o1, n, m, o2) \
	for (unsigned cp = 14; cp <= 15; cp++) \
	for (unsigned o1 = 0; o1 < 8; o1++) \
	for (unsigned n = 0; n < 16; n++) \
	for (unsigned m = 0; m < 16; m++) \
	for (unsigned o2 = 0; o2 < 8; o2++)

static unsigned check_reads(const struct reg_read *table, size_t count)
{
	unsigned bad = 0;
	FOR_EACH_ENC(cp, o1, n, m, o2) {
		const struct reg_read *want =
			find(table, sizeof(*table), count, cp, o1, n, m, o2);
		bool want_ok = want || (cpu_privileged(&cpu) &&
					(rule_dacr(cp, n) || rule_lockdown(cp, n, m)));
		uint32_t want_val = want ? want->val : 0;
		uint32_t val = 0xdeadbeef;
		bool ok = coproc_read(&cpu, cp, o1, n, m, o2, &val);
		if (ok != want_ok || (ok && val != want_val)) {
			print_error("p%u, %u, c%u, c%u, %u: %s 0x%08x, want %s 0x%08x\n",
				    cp, o1, n, m, o2, ok ? "reads" : "UNDEFINED", val,
				    want_ok ? "reads" : "UNDEFINED", want_val);
			bad++;
		}
	}
	return bad;
}

static void test_pl1_reads(void **state)
{
	(void)state;
	fresh_cpu(MODE_SVC);
	assert_int_equal(check_reads(qemu_pl1_reads,
				     sizeof(qemu_pl1_reads) / sizeof(qemu_pl1_reads[0])), 0);
}

static void test_pl0_reads(void **state)
{
	(void)state;
	fresh_cpu(MODE_USR);
	assert_int_equal(check_reads(qemu_pl0_reads,
				     sizeof(qemu_pl0_reads) / sizeof(qemu_pl0_reads[0])), 0);
	cpu.cp15.pmuserenr = 1;
	assert_int_equal(check_reads(qemu_pl0_en_reads,
				     sizeof(qemu_pl0_en_reads) / sizeof(qemu_pl0_en_reads[0])), 0);
}

static void test_pl1_writes(void **state)
{
	(void)state;
	unsigned bad = 0;
	FOR_EACH_ENC(cp, o1, n, m, o2) {
		const struct reg_write *want = FIND(deviations, cp, o1, n, m, o2);
		if (!want)
			want = FIND(qemu_pl1_writes, cp, o1, n, m, o2);
		bool rule = rule_dacr(cp, n) || rule_lockdown(cp, n, m) ||
			    rule_cachemaint(cp, o1, n);
		uint32_t ones = cp == 15 && o1 == 0 && n == 1 && m == 0 && o2 == 0
				? 0xffffdffeu : 0xffffffffu;
		uint32_t v1 = 0, v0 = 0;
		fresh_cpu(MODE_SVC);
		bool ok = coproc_write(&cpu, cp, o1, n, m, o2, ones);
		if (!want && !rule) {
			if (ok) {
				print_error("p%u, %u, c%u, c%u, %u: writable, want UNDEFINED\n",
					    cp, o1, n, m, o2);
				bad++;
			}
			continue;
		}
		if (!ok) {
			print_error("p%u, %u, c%u, c%u, %u: UNDEFINED write\n", cp, o1, n, m, o2);
			bad++;
			continue;
		}
		if (!want)
			continue;   /* the rules' registers: checked by the read test */
		bool r1 = coproc_read(&cpu, cp, o1, n, m, o2, &v1);
		coproc_write(&cpu, cp, o1, n, m, o2, 0);
		bool r0 = coproc_read(&cpu, cp, o1, n, m, o2, &v0);
		if (want->write_only ? (r1 || r0)
		    : (!r1 || !r0 || v1 != want->after_ones || v0 != want->after_zero)) {
			print_error("p%u, %u, c%u, c%u, %u: read back 0x%08x / 0x%08x, want "
				    "0x%08x / 0x%08x%s\n", cp, o1, n, m, o2, v1, v0,
				    want->after_ones, want->after_zero,
				    want->write_only ? " (write-only)" : "");
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_pl0_writes(void **state)
{
	(void)state;
	unsigned bad = 0;
	fresh_cpu(MODE_USR);
	FOR_EACH_ENC(cp, o1, n, m, o2) {
		bool want = FIND(qemu_pl0_writes, cp, o1, n, m, o2) != NULL;
		if (coproc_write(&cpu, cp, o1, n, m, o2, 0) != want) {
			print_error("p%u, %u, c%u, c%u, %u: PL0 write %s\n", cp, o1, n, m, o2,
				    want ? "UNDEFINED, want accepted" : "accepted, want UNDEFINED");
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/* CCSIDR follows CSSELR (recorded under QEMU for CSSELR 0-15: only L1 data and
 * instruction are described; CSSELR keeps its 4 bits). */
static void test_ccsidr(void **state)
{
	(void)state;
	uint32_t v;
	fresh_cpu(MODE_SVC);
	for (uint32_t s = 0; s < 16; s++) {
		assert_true(coproc_write(&cpu, 15, 2, 0, 0, 0, s));
		assert_true(coproc_read(&cpu, 15, 2, 0, 0, 0, &v));
		assert_int_equal(v, s);
		assert_true(coproc_read(&cpu, 15, 1, 0, 0, 0, &v));
		assert_int_equal(v, s == 0 ? 0xe00fe019u : s == 1 ? 0x200fe019u : 0);
	}
}

/* ATS1CPR and ATS1CUR with the MMU off: QEMU reports PA and NS (0x12345200 for
 * VA 0x12345678). */
static void test_ats_mmu_off(void **state)
{
	(void)state;
	uint32_t v;
	fresh_cpu(MODE_SVC);
	assert_true(coproc_write(&cpu, 15, 0, 7, 8, 0, 0x12345678));
	assert_true(coproc_read(&cpu, 15, 0, 7, 4, 0, &v));
	assert_int_equal(v, 0x12345200);
	assert_true(coproc_write(&cpu, 15, 0, 7, 4, 0, 0));
	assert_true(coproc_write(&cpu, 15, 0, 7, 8, 2, 0x12345678));
	assert_true(coproc_read(&cpu, 15, 0, 7, 4, 0, &v));
	assert_int_equal(v, 0x12345200);
}

/* Writes that change translation, and TLB maintenance, drop the software TLB
 * (ARM ARM B3.10); other writes leave it. */
/* Entry 5 holds VA page 0x5000 of a mapping of 1 << size_log2 bytes in domain
 * 0, as tlb_fill would leave it; does the write drop it? */
static bool entry_dropped(unsigned size_log2, unsigned crn, unsigned crm, unsigned opc2,
			  uint32_t val)
{
	fresh_cpu(MODE_SVC);
	cpu.tlb[TLB_PRIV][5].tag_read = 0x5000;
	cpu.tlb[TLB_PRIV][5].block = (0x5000u & ~((1u << size_log2) - 1)) | size_log2;
	cpu.tlb_filled = true;
	cpu.tlb_domains = 1;
	cpu.tlb_large = size_log2 > 12;
	cpu.tlb_large_mib[0] = cpu.tlb_large;   /* the MiB at VA 0 */
	cpu.cp15.dacr = 0x55555555;   /* every domain Client */
	assert_true(coproc_write(&cpu, 15, 0, crn, crm, opc2, val));
	return cpu.tlb[TLB_PRIV][5].tag_read == TLB_INVALID;
}

static bool tlb_was_flushed(unsigned crn, unsigned crm, unsigned opc2, uint32_t val)
{
	return entry_dropped(12, crn, crm, opc2, val);
}

static void test_tlb_flush(void **state)
{
	(void)state;
	assert_true(tlb_was_flushed(1, 0, 0, 0x00c50079));  /* SCTLR.M */
	assert_false(tlb_was_flushed(1, 0, 0, 0x00c50078)); /* unchanged */
	assert_true(tlb_was_flushed(2, 0, 0, 0x60004000));  /* TTBR0 */
	assert_true(tlb_was_flushed(2, 0, 1, 0x60008000));  /* TTBR1 */
	assert_true(tlb_was_flushed(2, 0, 2, 1));           /* TTBCR */
	assert_true(tlb_was_flushed(3, 0, 0, 0x55555554));  /* DACR, domain 0 No access */
	assert_true(tlb_was_flushed(3, 0, 0, 0x55555557));  /* DACR, domain 0 Manager */
	assert_false(tlb_was_flushed(3, 0, 0, 0x55555551)); /* DACR, only domain 1 */
	assert_true(tlb_was_flushed(13, 0, 1, 0x42));       /* CONTEXTIDR */
	assert_true(tlb_was_flushed(8, 7, 0, 0));           /* TLBIALL */
	assert_true(tlb_was_flushed(8, 7, 1, 0x5042));      /* TLBIMVA, ASID 0x42 */
	assert_false(tlb_was_flushed(8, 7, 1, 0x1000));     /* TLBIMVA, another page */
	assert_true(tlb_was_flushed(8, 7, 2, 1));           /* TLBIASID */
	assert_true(tlb_was_flushed(8, 7, 3, 0x5000));      /* TLBIMVAA */
	assert_true(tlb_was_flushed(8, 3, 0, 0));           /* TLBIALLIS */
	assert_true(tlb_was_flushed(8, 5, 0, 0));           /* ITLBIALL */
	assert_true(tlb_was_flushed(8, 6, 1, 0x5000));      /* DTLBIMVA */
	assert_false(tlb_was_flushed(7, 5, 0, 0));          /* ICIALLU */
	assert_false(tlb_was_flushed(13, 0, 4, 1));         /* TPIDRPRW */
	/* By MVA, an entry cut from a section goes with any page of the section
	 * (B4.2.3: the operation matches the whole TLB entry, here 1 MiB). */
	assert_true(entry_dropped(20, 8, 7, 1, 0xff000));
	assert_false(entry_dropped(20, 8, 7, 1, 0x100000));
	assert_true(entry_dropped(16, 8, 7, 3, 0xf000));
	assert_false(entry_dropped(16, 8, 7, 3, 0x10000));
}

/* PMU at PL0 with PMUSERENR.EN set (ARM ARM B4.1.127): the counter controls
 * become writable, PMUSERENR and PMINTENSET/CLR stay privileged. */
static void test_pmu_user_enable(void **state)
{
	(void)state;
	uint32_t v;
	fresh_cpu(MODE_USR);
	cpu.cp15.pmuserenr = 1;
	assert_true(coproc_write(&cpu, 15, 0, 9, 12, 1, 0x80000001));   /* PMCNTENSET */
	assert_true(coproc_read(&cpu, 15, 0, 9, 12, 2, &v));            /* PMCNTENCLR */
	assert_int_equal(v, 0x80000001);
	assert_true(coproc_write(&cpu, 15, 0, 9, 12, 0, 1));            /* PMCR.E */
	assert_true(coproc_read(&cpu, 15, 0, 9, 12, 0, &v));
	assert_int_equal(v, 0x41093001);
	assert_false(coproc_write(&cpu, 15, 0, 9, 14, 0, 0));           /* PMUSERENR */
	assert_false(coproc_write(&cpu, 15, 0, 9, 14, 1, 1));           /* PMINTENSET */
	assert_false(coproc_read(&cpu, 15, 0, 9, 14, 1, &v));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pl1_reads),
		cmocka_unit_test(test_pl0_reads),
		cmocka_unit_test(test_pl1_writes),
		cmocka_unit_test(test_pl0_writes),
		cmocka_unit_test(test_ccsidr),
		cmocka_unit_test(test_ats_mmu_off),
		cmocka_unit_test(test_tlb_flush),
		cmocka_unit_test(test_pmu_user_enable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
