/*
 * Decoder and disassembler tests for the ctl class (branches, status registers,
 * exception return, hints, barriers, exception-generating instructions,
 * coprocessor moves): include/ops_ctl.inc, src/cpu/{arm,t16,t32}_ctl.inc,
 * src/cpu/decode_ctl.c, src/cpu/disasm_ctl.c.
 *
 * The oracle is GNU objdump 2.40 (Debian's arm-linux-gnueabihf binutils): each
 * instruction was assembled with arm-linux-gnueabihf-as (.syntax unified,
 * .arch armv7-a, .arm or .thumb; hints without a v7 mnemonic as .inst) and the
 * address, encoding and text in valid[] are objdump -d's, with the tab after
 * the mnemonic turned into one space. The expected op is the one the mnemonic
 * names (SEVL, ESB and CSDB are NOP hints on ARMv7). Two normalisations:
 * objdump's comments ("@ 0xd3", "@ <UNPREDICTABLE>") are dropped, and a branch
 * target "100 <.text+0x100>" becomes "0x100". IT instructions were
 * disassembled one per file, so objdump applies no earlier IT block to them.
 *
 * The UNDEFINED encodings come from the ARM ARM's decode tables (A5.7, A5.2.12,
 * A6.3.4, A6.3.18), the extensions Cortex-A9 lacks as QEMU presents it
 * (Security, Virtualization), and QEMU 7.2's decoder, which fixes the
 * should-be-zero/one bits and UNDEFs SRS to a mode that does not exist.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "ctl.h"
#include "decode.h"
#include "disasm.h"

struct dcase {
	enum isa isa;
	uint32_t addr;    /* where objdump saw it (branch targets) */
	uint32_t enc;     /* Thumb 32-bit: hw1 << 16 | hw2 */
	unsigned op;
	const char *text;
};

static const struct dcase valid[] = {
	{ ISA_ARM, 0x000, 0xea00003e, OP_B, "b 0x100" },
	{ ISA_ARM, 0x004, 0x0afffffc, OP_B, "beq 0xfffffffc" },
	{ ISA_ARM, 0x008, 0xca7ffffe, OP_B, "bgt 0x2000008" },
	{ ISA_ARM, 0x00c, 0xeb0003fe, OP_BL, "bl 0x100c" },
	{ ISA_ARM, 0x010, 0x1bfffffe, OP_BL, "blne 0x10" },
	{ ISA_ARM, 0x014, 0xfb00003e, OP_BLX_IMM, "blx 0x116" },
	{ ISA_ARM, 0x018, 0xfa00003e, OP_BLX_IMM, "blx 0x118" },
	{ ISA_ARM, 0x01c, 0xe12fff13, OP_BX, "bx r3" },
	{ ISA_ARM, 0x020, 0x012fff1e, OP_BX, "bxeq lr" },
	{ ISA_ARM, 0x024, 0xe12fff1f, OP_BX, "bx pc" },
	{ ISA_ARM, 0x028, 0xe12fff22, OP_BXJ, "bxj r2" },
	{ ISA_ARM, 0x02c, 0xe12fff3c, OP_BLX, "blx ip" },
	{ ISA_ARM, 0x030, 0xc12fff31, OP_BLX, "blxgt r1" },
	{ ISA_ARM, 0x034, 0xe10f0000, OP_MRS, "mrs r0, CPSR" },
	{ ISA_ARM, 0x038, 0xe14f1000, OP_MRS, "mrs r1, SPSR" },
	{ ISA_ARM, 0x03c, 0x110f9000, OP_MRS, "mrsne r9, CPSR" },
	{ ISA_ARM, 0x040, 0xe128f000, OP_MSR, "msr CPSR_f, r0" },
	{ ISA_ARM, 0x044, 0xe129f001, OP_MSR, "msr CPSR_fc, r1" },
	{ ISA_ARM, 0x048, 0xe12ff002, OP_MSR, "msr CPSR_fsxc, r2" },
	{ ISA_ARM, 0x04c, 0xe161f003, OP_MSR, "msr SPSR_c, r3" },
	{ ISA_ARM, 0x050, 0xe16ff004, OP_MSR, "msr SPSR_fsxc, r4" },
	{ ISA_ARM, 0x054, 0xe124f005, OP_MSR, "msr CPSR_s, r5" },
	{ ISA_ARM, 0x058, 0x4122f006, OP_MSR, "msrmi CPSR_x, r6" },
	{ ISA_ARM, 0x05c, 0xe328f20f, OP_MSR, "msr CPSR_f, #-268435456" },
	{ ISA_ARM, 0x060, 0xe321f0d3, OP_MSR, "msr CPSR_c, #211" },
	{ ISA_ARM, 0x064, 0xe362fcd3, OP_MSR, "msr SPSR_x, #54016" },
	{ ISA_ARM, 0x068, 0xe36ff01f, OP_MSR, "msr SPSR_fsxc, #31" },
	{ ISA_ARM, 0x06c, 0xf10c0080, OP_CPS, "cpsid i" },
	{ ISA_ARM, 0x070, 0xf10801c0, OP_CPS, "cpsie aif" },
	{ ISA_ARM, 0x074, 0xf10e00d3, OP_CPS, "cpsid if,#19" },
	{ ISA_ARM, 0x078, 0xf1020011, OP_CPS, "cps #17" },
	{ ISA_ARM, 0x07c, 0xf10a011f, OP_CPS, "cpsie a,#31" },
	{ ISA_ARM, 0x080, 0xf10c0040, OP_CPS, "cpsid f" },
	{ ISA_ARM, 0x084, 0xf1010200, OP_SETEND, "setend be" },
	{ ISA_ARM, 0x088, 0xf1010000, OP_SETEND, "setend le" },
	{ ISA_ARM, 0x08c, 0xf96d0513, OP_SRS, "srsdb sp!, #19" },
	{ ISA_ARM, 0x090, 0xf8cd0511, OP_SRS, "srsia sp, #17" },
	{ ISA_ARM, 0x094, 0xf86d051f, OP_SRS, "srsda sp!, #31" },
	{ ISA_ARM, 0x098, 0xf9cd0512, OP_SRS, "srsib sp, #18" },
	{ ISA_ARM, 0x09c, 0xf8ed0510, OP_SRS, "srsia sp!, #16" },
	{ ISA_ARM, 0x0a0, 0xf94d051b, OP_SRS, "srsdb sp, #27" },
	{ ISA_ARM, 0x0a4, 0xf8b00a00, OP_RFE, "rfeia r0!" },
	{ ISA_ARM, 0x0a8, 0xf91d0a00, OP_RFE, "rfedb sp" },
	{ ISA_ARM, 0x0ac, 0xf8310a00, OP_RFE, "rfeda r1!" },
	{ ISA_ARM, 0x0b0, 0xf9920a00, OP_RFE, "rfeib r2" },
	{ ISA_ARM, 0x0b4, 0xf89e0a00, OP_RFE, "rfeia lr" },
	{ ISA_ARM, 0x0b8, 0xe320f000, OP_NOP, "nop {0}" },
	{ ISA_ARM, 0x0bc, 0xe320f001, OP_YIELD, "yield" },
	{ ISA_ARM, 0x0c0, 0xe320f002, OP_WFE, "wfe" },
	{ ISA_ARM, 0x0c4, 0xe320f003, OP_WFI, "wfi" },
	{ ISA_ARM, 0x0c8, 0xe320f004, OP_SEV, "sev" },
	{ ISA_ARM, 0x0cc, 0x1320f003, OP_WFI, "wfine" },
	{ ISA_ARM, 0x0d0, 0xe320f005, OP_NOP, "sevl" },
	{ ISA_ARM, 0x0d4, 0xe320f006, OP_NOP, "nop {6}" },
	{ ISA_ARM, 0x0d8, 0xe320f010, OP_NOP, "esb" },
	{ ISA_ARM, 0x0dc, 0xe320f014, OP_NOP, "csdb" },
	{ ISA_ARM, 0x0e0, 0xe320f080, OP_NOP, "nop {128}" },
	{ ISA_ARM, 0x0e4, 0xe320f0f5, OP_DBG, "dbg #5" },
	{ ISA_ARM, 0x0e8, 0xe320f0f0, OP_DBG, "dbg #0" },
	{ ISA_ARM, 0x0ec, 0xf57ff05b, OP_DMB, "dmb ish" },
	{ ISA_ARM, 0x0f0, 0xf57ff05f, OP_DMB, "dmb sy" },
	{ ISA_ARM, 0x0f4, 0xf57ff05a, OP_DMB, "dmb ishst" },
	{ ISA_ARM, 0x0f8, 0xf57ff057, OP_DMB, "dmb un" },
	{ ISA_ARM, 0x0fc, 0xf57ff050, OP_DMB, "dmb #0" },
	{ ISA_ARM, 0x100, 0xf57ff051, OP_DMB, "dmb oshld" },
	{ ISA_ARM, 0x104, 0xf57ff04f, OP_DSB, "dsb sy" },
	{ ISA_ARM, 0x108, 0xf57ff04e, OP_DSB, "dsb st" },
	{ ISA_ARM, 0x10c, 0xf57ff043, OP_DSB, "dsb osh" },
	{ ISA_ARM, 0x110, 0xf57ff04d, OP_DSB, "dsb ld" },
	{ ISA_ARM, 0x114, 0xf57ff048, OP_DSB, "dsb #8" },
	{ ISA_ARM, 0x118, 0xf57ff06f, OP_ISB, "isb sy" },
	{ ISA_ARM, 0x11c, 0xf57ff065, OP_ISB, "isb #5" },
	{ ISA_ARM, 0x120, 0xef123456, OP_SVC, "svc 0x00123456" },
	{ ISA_ARM, 0x124, 0x0f000000, OP_SVC, "svceq 0x00000000" },
	{ ISA_ARM, 0x128, 0xefffffff, OP_SVC, "svc 0x00ffffff" },
	{ ISA_ARM, 0x12c, 0xe1212374, OP_BKPT, "bkpt 0x1234" },
	{ ISA_ARM, 0x130, 0xe12fff7f, OP_BKPT, "bkpt 0xffff" },
	{ ISA_ARM, 0x134, 0xe7fabcfd, OP_UDF, "udf #43981" },
	{ ISA_ARM, 0x138, 0xe7f000f0, OP_UDF, "udf #0" },
	{ ISA_ARM, 0x13c, 0xee010f10, OP_MCR, "mcr 15, 0, r0, cr1, cr0, {0}" },
	{ ISA_ARM, 0x140, 0xee101fb0, OP_MRC, "mrc 15, 0, r1, cr0, cr0, {5}" },
	{ ISA_ARM, 0x144, 0xee17ff7e, OP_MRC, "mrc 15, 0, APSR_nzcv, cr7, cr14, {3}" },
	{ ISA_ARM, 0x148, 0xeec12e10, OP_MCR, "mcr 14, 6, r2, cr1, cr0, {0}" },
	{ ISA_ARM, 0x14c, 0xee103e10, OP_MRC, "mrc 14, 0, r3, cr0, cr0, {0}" },
	{ ISA_ARM, 0x150, 0x1e070fba, OP_MCR, "mcrne 15, 0, r0, cr7, cr10, {5}" },
	{ ISA_ARM, 0x154, 0xeeefffff, OP_MCR, "mcr 15, 7, pc, cr15, cr15, {7}" },
	{ ISA_ARM, 0x158, 0xec410f02, OP_MCRR, "mcrr 15, 0, r0, r1, cr2" },
	{ ISA_ARM, 0x15c, 0xec532f1e, OP_MRRC, "mrrc 15, 1, r2, r3, cr14" },
	{ ISA_ARM, 0x160, 0xec454ef0, OP_MCRR, "mcrr 14, 15, r4, r5, cr0" },
	{ ISA_THUMB, 0x000, 0xe07e, OP_B, "b.n 0x100" },
	{ ISA_THUMB, 0x002, 0xd0fa, OP_B, "beq.n 0xfffffffa" },
	{ ISA_THUMB, 0x004, 0xd17e, OP_B, "bne.n 0x104" },
	{ ISA_THUMB, 0x006, 0xf7ffbbfe, OP_B, "b.w 0xfffff806" },
	{ ISA_THUMB, 0x00a, 0xf000bffe, OP_B, "b.w 0x100a" },
	{ ISA_THUMB, 0x00e, 0xf43faf7e, OP_B, "beq.w 0xffffff0e" },
	{ ISA_THUMB, 0x012, 0xf2ffa7fe, OP_B, "blt.w 0x80012" },
	{ ISA_THUMB, 0x016, 0xf3ff97fe, OP_B, "b.w 0x1000016" },
	{ ISA_THUMB, 0x01a, 0xf000fffe, OP_BL, "bl 0x101a" },
	{ ISA_THUMB, 0x01e, 0xf0ffbffe, OP_B, "b.w 0x10001e" },
	{ ISA_THUMB, 0x022, 0xf000e880, OP_BLX_IMM, "blx 0x124" },
	{ ISA_THUMB, 0x026, 0xf7ffe800, OP_BLX_IMM, "blx 0xfffff028" },
	{ ISA_THUMB, 0x02a, 0x4718, OP_BX, "bx r3" },
	{ ISA_THUMB, 0x02c, 0x4770, OP_BX, "bx lr" },
	{ ISA_THUMB, 0x02e, 0x47e0, OP_BLX, "blx ip" },
	{ ISA_THUMB, 0x030, 0xf3c28f00, OP_BXJ, "bxj r2" },
	{ ISA_THUMB, 0x034, 0xb110, OP_CBZ, "cbz r0, 0x3c" },
	{ ISA_THUMB, 0x036, 0xb9f7, OP_CBNZ, "cbnz r7, 0x76" },
	{ ISA_THUMB, 0x038, 0xb3fb, OP_CBZ, "cbz r3, 0xba" },
	{ ISA_THUMB, 0x03a, 0xf3ef8000, OP_MRS, "mrs r0, CPSR" },
	{ ISA_THUMB, 0x03e, 0xf3ff8100, OP_MRS, "mrs r1, SPSR" },
	{ ISA_THUMB, 0x042, 0xf3ef8c00, OP_MRS, "mrs ip, CPSR" },
	{ ISA_THUMB, 0x046, 0xf3808800, OP_MSR, "msr CPSR_f, r0" },
	{ ISA_THUMB, 0x04a, 0xf3818900, OP_MSR, "msr CPSR_fc, r1" },
	{ ISA_THUMB, 0x04e, 0xf3948f00, OP_MSR, "msr SPSR_fsxc, r4" },
	{ ISA_THUMB, 0x052, 0xf38e8100, OP_MSR, "msr CPSR_c, lr" },
	{ ISA_THUMB, 0x056, 0xb672, OP_CPS, "cpsid i" },
	{ ISA_THUMB, 0x058, 0xb667, OP_CPS, "cpsie aif" },
	{ ISA_THUMB, 0x05a, 0xb661, OP_CPS, "cpsie f" },
	{ ISA_THUMB, 0x05c, 0xf3af8773, OP_CPS, "cpsid if, #19" },
	{ ISA_THUMB, 0x060, 0xf3af8111, OP_CPS, "cps #17" },
	{ ISA_THUMB, 0x064, 0xf3af8440, OP_CPS, "cpsie.w i" },
	{ ISA_THUMB, 0x068, 0xf3af86e0, OP_CPS, "cpsid.w aif" },
	{ ISA_THUMB, 0x06c, 0xb658, OP_SETEND, "setend be" },
	{ ISA_THUMB, 0x06e, 0xb650, OP_SETEND, "setend le" },
	{ ISA_THUMB, 0x070, 0xe82dc013, OP_SRS, "srsdb sp!, #19" },
	{ ISA_THUMB, 0x074, 0xe98dc011, OP_SRS, "srsia sp, #17" },
	{ ISA_THUMB, 0x078, 0xe9b0c000, OP_RFE, "rfeia r0!" },
	{ ISA_THUMB, 0x07c, 0xe81dc000, OP_RFE, "rfedb sp" },
	{ ISA_THUMB, 0x080, 0xe833c000, OP_RFE, "rfedb r3!" },
	{ ISA_THUMB, 0x084, 0xf3de8f04, OP_SUBS_PC_LR, "subs pc, lr, #4" },
	{ ISA_THUMB, 0x088, 0xf3de8f00, OP_SUBS_PC_LR, "subs pc, lr, #0" },
	{ ISA_THUMB, 0x08c, 0xf3de8fff, OP_SUBS_PC_LR, "subs pc, lr, #255" },
	{ ISA_THUMB, 0x090, 0xbf00, OP_NOP, "nop" },
	{ ISA_THUMB, 0x092, 0xbf10, OP_YIELD, "yield" },
	{ ISA_THUMB, 0x094, 0xbf20, OP_WFE, "wfe" },
	{ ISA_THUMB, 0x096, 0xbf30, OP_WFI, "wfi" },
	{ ISA_THUMB, 0x098, 0xbf40, OP_SEV, "sev" },
	{ ISA_THUMB, 0x09a, 0xf3af8000, OP_NOP, "nop.w" },
	{ ISA_THUMB, 0x09e, 0xf3af8001, OP_YIELD, "yield.w" },
	{ ISA_THUMB, 0x0a2, 0xf3af8002, OP_WFE, "wfe.w" },
	{ ISA_THUMB, 0x0a6, 0xf3af8003, OP_WFI, "wfi.w" },
	{ ISA_THUMB, 0x0aa, 0xf3af8004, OP_SEV, "sev.w" },
	{ ISA_THUMB, 0x0ae, 0xbf50, OP_NOP, "sevl" },
	{ ISA_THUMB, 0x0b0, 0xbf60, OP_NOP, "nop {6}" },
	{ ISA_THUMB, 0x0b2, 0xf3af8005, OP_NOP, "sevl.w" },
	{ ISA_THUMB, 0x0b6, 0xf3af8006, OP_NOP, "nop.w {6}" },
	{ ISA_THUMB, 0x0ba, 0xf3af8010, OP_NOP, "esb" },
	{ ISA_THUMB, 0x0be, 0xf3af8014, OP_NOP, "csdb" },
	{ ISA_THUMB, 0x0c2, 0xf3af80f5, OP_DBG, "dbg #5" },
	{ ISA_THUMB, 0x0c6, 0xf3bf8f5b, OP_DMB, "dmb ish" },
	{ ISA_THUMB, 0x0ca, 0xf3bf8f52, OP_DMB, "dmb oshst" },
	{ ISA_THUMB, 0x0ce, 0xf3bf8f4f, OP_DSB, "dsb sy" },
	{ ISA_THUMB, 0x0d2, 0xf3bf8f47, OP_DSB, "dsb un" },
	{ ISA_THUMB, 0x0d6, 0xf3bf8f6f, OP_ISB, "isb sy" },
	{ ISA_THUMB, 0x0da, 0xf3bf8f63, OP_ISB, "isb #3" },
	{ ISA_THUMB, 0x0de, 0xdfab, OP_SVC, "svc 171" },
	{ ISA_THUMB, 0x0e0, 0xdf00, OP_SVC, "svc 0" },
	{ ISA_THUMB, 0x0e2, 0xdfff, OP_SVC, "svc 255" },
	{ ISA_THUMB, 0x0e4, 0xbeab, OP_BKPT, "bkpt 0x00ab" },
	{ ISA_THUMB, 0x0e6, 0xbe00, OP_BKPT, "bkpt 0x0000" },
	{ ISA_THUMB, 0x0e8, 0xde0c, OP_UDF, "udf #12" },
	{ ISA_THUMB, 0x0ea, 0xdeff, OP_UDF, "udf #255" },
	{ ISA_THUMB, 0x0ec, 0xf7f1a234, OP_UDF, "udf.w #4660" },
	{ ISA_THUMB, 0x0f0, 0xf7f0a000, OP_UDF, "udf.w #0" },
	{ ISA_THUMB, 0x0f4, 0xee010f10, OP_MCR, "mcr 15, 0, r0, cr1, cr0, {0}" },
	{ ISA_THUMB, 0x0f8, 0xee101fb0, OP_MRC, "mrc 15, 0, r1, cr0, cr0, {5}" },
	{ ISA_THUMB, 0x0fc, 0xee17ff7e, OP_MRC, "mrc 15, 0, APSR_nzcv, cr7, cr14, {3}" },
	{ ISA_THUMB, 0x100, 0xeec18e10, OP_MCR, "mcr 14, 6, r8, cr1, cr0, {0}" },
	{ ISA_THUMB, 0x104, 0xec410f02, OP_MCRR, "mcrr 15, 0, r0, r1, cr2" },
	{ ISA_THUMB, 0x108, 0xec532f1e, OP_MRRC, "mrrc 15, 1, r2, r3, cr14" },
	{ ISA_THUMB, 0x000, 0xbf08, OP_IT, "it eq" },
	{ ISA_THUMB, 0x000, 0xbf1a, OP_IT, "itte ne" },
	{ ISA_THUMB, 0x000, 0xbf81, OP_IT, "itttt hi" },
	{ ISA_THUMB, 0x000, 0xbf38, OP_IT, "it cc" },
	{ ISA_THUMB, 0x000, 0xbfe8, OP_IT, "it al" },
	{ ISA_THUMB, 0x000, 0xbfe4, OP_IT, "itt al" },
	{ ISA_THUMB, 0x000, 0xbf0c, OP_IT, "ite eq" },
	{ ISA_THUMB, 0x000, 0xbfd2, OP_IT, "itee le" },
	{ ISA_THUMB, 0x000, 0xbf3c, OP_IT, "itt cc" },
};

struct ucase {
	enum isa isa;
	uint32_t enc;
	const char *why;
};

static const struct ucase undefined[] = {
	{ ISA_ARM, 0xfe010f10, "MCR2 to cp15" },
	{ ISA_ARM, 0xfe100f10, "MRC2 from cp15" },
	{ ISA_ARM, 0xfc410f02, "MCRR2 to cp15" },
	{ ISA_ARM, 0xee010f62, "CDP to cp15" },
	{ ISA_ARM, 0xed905e00, "LDC from cp14" },
	{ ISA_ARM, 0xee010710, "MCR to cp7 (absent)" },
	{ ISA_ARM, 0xe1600070, "SMC (no Security Extensions)" },
	{ ISA_ARM, 0xe1400070, "HVC (no Virtualization Extensions)" },
	{ ISA_ARM, 0xe160006e, "ERET (no Virtualization Extensions)" },
	{ ISA_ARM, 0xe1000200, "MRS banked register" },
	{ ISA_ARM, 0xe120f200, "MSR banked register" },
	{ ISA_ARM, 0xe12ffe13, "BX with a should-be-one bit clear" },
	{ ISA_ARM, 0xe10f0001, "MRS with a should-be-zero bit set" },
	{ ISA_ARM, 0xb7f000f0, "permanently UNDEFINED, cond != AL" },
	{ ISA_ARM, 0xf96d0516, "SRS to Monitor mode" },
	{ ISA_ARM, 0xf96d051a, "SRS to Hyp mode" },
	{ ISA_ARM, 0xf96d0500, "SRS to mode 0" },
	{ ISA_ARM, 0xf57ff070, "barrier opcode 0111 (SB, ARMv8)" },
	{ ISA_ARM, 0xec53ff1e, "MRRC to the PC" },
	{ ISA_THUMB, 0xbff4, "IT with firstcond 1111" },
	{ ISA_THUMB, 0xbfec, "IT AL with an else" },
	{ ISA_THUMB, 0x4701, "BX with a should-be-zero bit set" },
	{ ISA_THUMB, 0xf000e881, "BLX (immediate) with H = 1" },
	{ ISA_THUMB, 0xfe010f10, "MCR2 to cp15" },
	{ ISA_THUMB, 0xee010710, "MCR to cp7 (absent)" },
	{ ISA_THUMB, 0xf7f08000, "SMC (no Security Extensions)" },
	{ ISA_THUMB, 0xf7e08000, "HVC (no Virtualization Extensions)" },
	{ ISA_THUMB, 0xf3e08020, "MRS banked register" },
	{ ISA_THUMB, 0xf3808020, "MSR banked register" },
	{ ISA_THUMB, 0xf3f08000, "miscellaneous control, unallocated" },
	{ ISA_THUMB, 0xe82dc016, "SRS to Monitor mode" },
	{ ISA_THUMB, 0xf3bf8f70, "barrier opcode 0111 (SB, ARMv8)" },
	{ ISA_THUMB, 0xec53ff1e, "MRRC to the PC" },
};

static void test_valid(void **state)
{
	(void)state;
	unsigned bad = 0;
	for (size_t i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
		const struct dcase *c = &valid[i];
		struct insn in;
		char text[96];
		decode(c->isa, c->enc, &in);
		if (in.op != c->op) {
			print_error("0x%08x (%s): op %s, want %s\n", c->enc, c->text,
				    op_name(in.op), op_name(c->op));
			bad++;
		}
		disasm(&in, c->addr, text, sizeof(text));
		if (strcmp(text, c->text) != 0) {
			print_error("0x%08x: \"%s\", want \"%s\"\n", c->enc, text, c->text);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_undefined(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(undefined) / sizeof(undefined[0]); i++) {
		struct insn in;
		decode(undefined[i].isa, undefined[i].enc, &in);
		if (in.op != OP_UNDEF)
			fail_msg("0x%08x (%s): op %s, want UNDEF", undefined[i].enc,
				 undefined[i].why, op_name(in.op));
	}
}

/* Fields the text does not show. */
static void test_fields(void **state)
{
	(void)state;
	struct insn in;

	decode(ISA_THUMB, 0xd0fa, &in);            /* beq.n: the cond travels */
	assert_int_equal(in.cond, COND_EQ);
	assert_int_equal(in.imm, (uint32_t)-12);
	decode(ISA_THUMB, 0xf43faf7e, &in);        /* beq.w */
	assert_int_equal(in.cond, COND_EQ);
	assert_int_equal(in.len, 4);
	decode(ISA_ARM, 0xfb00003e, &in);          /* blx, H = 1 */
	assert_int_equal(in.cond, COND_AL);
	assert_int_equal(in.imm, 0xfa);
	decode(ISA_ARM, 0x1e070fba, &in);          /* mcrne p15, 0, r0, c7, c10, 5 */
	assert_int_equal(in.cond, COND_NE);
	assert_int_equal(ctl_cp(&in), 15);
	assert_int_equal(ctl_opc1(&in), 0);
	assert_int_equal(ctl_opc2(&in), 5);
	assert_int_equal(in.rn, 7);
	assert_int_equal(in.rm, 10);
	decode(ISA_THUMB, 0xbf1a, &in);            /* itte ne: the new ITSTATE */
	assert_int_equal(in.imm, 0x1a);
	decode(ISA_ARM, 0xf10e00d3, &in);          /* cpsid if, #19 */
	assert_int_equal(in.reglist, 0xc0);
	assert_true(in.flags & INSN_X1);
	assert_true(in.flags & INSN_X3);
	assert_int_equal(in.imm, 19);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_undefined),
		cmocka_unit_test(test_fields),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
