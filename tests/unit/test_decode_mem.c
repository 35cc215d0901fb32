/*
 * Decoder and disassembler tests for the mem class (loads, stores, exclusives,
 * SWP, LDM/STM, PUSH/POP, preload hints, TBB/TBH): include/ops_mem.inc, the
 * tables src/cpu/{arm,t16,t32}_mem.inc, src/cpu/decode_mem.c and
 * src/cpu/disasm_mem.c.
 *
 * The oracle for valid[] is GNU objdump 2.40 (Debian's arm-linux-gnueabihf
 * binutils): each line was assembled with arm-linux-gnueabihf-as (.syntax
 * unified, .arch armv7-a, .arch_extension mp, .arm or .thumb; .inst for the
 * encodings gas does not produce) and the encoding and text are objdump -d's,
 * with the tab after the mnemonic turned into one space and objdump's comments
 * ("@ 0xff", "@ 48 <.text+0x48>", "@ (str r0, [sp, #-4]!)", "@ <UNPREDICTABLE>")
 * dropped. The expected op is the one the mnemonic names (ldmia/ldmfd/pop: LDM,
 * stmia: STM, stmfd/push: STMDB; ARM push/pop of one register with the
 * "(str"/"(ldr" comment: STR/LDR) with two rules from the ARM ARM: a Thumb
 * "ldrsh.w pc, ..." is an unallocated memory hint (A6.3.8: Rt = 1111 in the
 * LDRSH rows), and an ARM post-indexed "pldw [Rn], ..." is one too (A5.7.1:
 * op1 = 100x001 and 110x001); both are OP_MEMHINT.
 *
 * quirks[] holds encodings where objdump's text is not ours, each with the rule
 * that turns objdump's text into the expected one.
 *
 * undefined[] comes from the ARM ARM's decode tables (A5.3, A5.2.8, A5.5,
 * A5.7.1, A6.2.4-5, A6.3.5-10) and from QEMU 7.2's decoder (target/arm's
 * {a32,t32,t16}.decode and translate.c), which turns these UNPREDICTABLE forms
 * into UNDEFINED: odd Rt
 * in LDRD/STRD/LDREXD/STREXD, PC (and, in Thumb, SP) in exclusives, Rd equal to
 * another exclusive operand, empty register lists, LDM/STM with Rn = PC or with
 * write-back and Rn in the list, Thumb stores with Rn = PC, and the
 * should-be-zero/one fields QEMU fixes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "decode.h"
#include "disasm.h"

struct dcase {
	enum isa isa;
	uint32_t enc;     /* Thumb 32-bit: hw1 << 16 | hw2 */
	unsigned op;
	const char *text; /* expected text; a description for UNDEFINED ones */
};

static const struct dcase valid[] = {
	{ ISA_ARM, 0xe5810004, OP_STR, "str r0, [r1, #4]" },
	{ ISA_ARM, 0xe5232008, OP_STR, "str r2, [r3, #-8]!" },
	{ ISA_ARM, 0xe485400c, OP_STR, "str r4, [r5], #12" },
	{ ISA_ARM, 0xe52d0004, OP_STR, "push {r0}" },
	{ ISA_ARM, 0x1581f000, OP_STR, "strne pc, [r1]" },
	{ ISA_ARM, 0xe5c100ff, OP_STRB, "strb r0, [r1, #255]" },
	{ ISA_ARM, 0xe4421001, OP_STRB, "strb r1, [r2], #-1" },
	{ ISA_ARM, 0xe5910000, OP_LDR, "ldr r0, [r1]" },
	{ ISA_ARM, 0xe5310004, OP_LDR, "ldr r0, [r1, #-4]!" },
	{ ISA_ARM, 0xe4910004, OP_LDR, "ldr r0, [r1], #4" },
	{ ISA_ARM, 0xe59f0008, OP_LDR, "ldr r0, [pc, #8]" },
	{ ISA_ARM, 0xe51f0008, OP_LDR, "ldr r0, [pc, #-8]" },
	{ ISA_ARM, 0xe49df004, OP_LDR, "pop {pc}" },
	{ ISA_ARM, 0xe49d0004, OP_LDR, "pop {r0}" },
	{ ISA_ARM, 0xc5110000, OP_LDR, "ldrgt r0, [r1, #-0]" },
	{ ISA_ARM, 0xe5b10000, OP_LDR, "ldr r0, [r1, #0]!" },
	{ ISA_ARM, 0xe4110000, OP_LDR, "ldr r0, [r1], #-0" },
	{ ISA_ARM, 0xe5d10001, OP_LDRB, "ldrb r0, [r1, #1]" },
	{ ISA_ARM, 0x14d43002, OP_LDRB, "ldrbne r3, [r4], #2" },
	{ ISA_ARM, 0xe4a10004, OP_STRT, "strt r0, [r1], #4" },
	{ ISA_ARM, 0xe4a65000, OP_STRT, "strt r5, [r6], #0" },
	{ ISA_ARM, 0xe4610003, OP_STRBT, "strbt r0, [r1], #-3" },
	{ ISA_ARM, 0xe4b10004, OP_LDRT, "ldrt r0, [r1], #4" },
	{ ISA_ARM, 0xe4787fff, OP_LDRBT, "ldrbt r7, [r8], #-4095" },
	{ ISA_ARM, 0xe7810002, OP_STR, "str r0, [r1, r2]" },
	{ ISA_ARM, 0xe7210182, OP_STR, "str r0, [r1, -r2, lsl #3]!" },
	{ ISA_ARM, 0xe6810042, OP_STR, "str r0, [r1], r2, asr #32" },
	{ ISA_ARM, 0xe7c430a5, OP_STRB, "strb r3, [r4, r5, lsr #1]" },
	{ ISA_ARM, 0xe7910062, OP_LDR, "ldr r0, [r1, r2, rrx]" },
	{ ISA_ARM, 0xe73103e2, OP_LDR, "ldr r0, [r1, -r2, ror #7]!" },
	{ ISA_ARM, 0xe79f0001, OP_LDR, "ldr r0, [pc, r1]" },
	{ ISA_ARM, 0x36510f82, OP_LDRB, "ldrbcc r0, [r1], -r2, lsl #31" },
	{ ISA_ARM, 0xe6210102, OP_STRT, "strt r0, [r1], -r2, lsl #2" },
	{ ISA_ARM, 0xe6e10002, OP_STRBT, "strbt r0, [r1], r2" },
	{ ISA_ARM, 0xe6b101c2, OP_LDRT, "ldrt r0, [r1], r2, asr #3" },
	{ ISA_ARM, 0xe6710002, OP_LDRBT, "ldrbt r0, [r1], -r2" },
	{ ISA_ARM, 0xe1c100b2, OP_STRH, "strh r0, [r1, #2]" },
	{ ISA_ARM, 0xe04100b6, OP_STRH, "strh r0, [r1], #-6" },
	{ ISA_ARM, 0xe17100b2, OP_LDRH, "ldrh r0, [r1, #-2]!" },
	{ ISA_ARM, 0xe1df00b4, OP_LDRH, "ldrh r0, [pc, #4]" },
	{ ISA_ARM, 0xe1ff00b4, OP_LDRH, "ldrh r0, [pc, #4]" },
	{ ISA_ARM, 0xe1c200d8, OP_LDRD, "ldrd r0, [r2, #8]" },
	{ ISA_ARM, 0xe04641d0, OP_LDRD, "ldrd r4, [r6], #-16" },
	{ ISA_ARM, 0xe1d10fdf, OP_LDRSB, "ldrsb r0, [r1, #255]" },
	{ ISA_ARM, 0xe1d100d0, OP_LDRSB, "ldrsb r0, [r1]" },
	{ ISA_ARM, 0xe16421f0, OP_STRD, "strd r2, [r4, #-16]!" },
	{ ISA_ARM, 0xe0d100f6, OP_LDRSH, "ldrsh r0, [r1], #6" },
	{ ISA_ARM, 0xe0e100b2, OP_STRHT, "strht r0, [r1], #2" },
	{ ISA_ARM, 0xe07100b2, OP_LDRHT, "ldrht r0, [r1], #-2" },
	{ ISA_ARM, 0xe0f100d0, OP_LDRSBT, "ldrsbt r0, [r1], #0" },
	{ ISA_ARM, 0xe0f10fff, OP_LDRSHT, "ldrsht r0, [r1], #255" },
	{ ISA_ARM, 0xe18100b2, OP_STRH, "strh r0, [r1, r2]" },
	{ ISA_ARM, 0xe13100b2, OP_LDRH, "ldrh r0, [r1, -r2]!" },
	{ ISA_ARM, 0xe18420d5, OP_LDRD, "ldrd r2, [r4, r5]" },
	{ ISA_ARM, 0xe09100d2, OP_LDRSB, "ldrsb r0, [r1], r2" },
	{ ISA_ARM, 0xe00ca0f0, OP_STRD, "strd sl, [ip], -r0" },
	{ ISA_ARM, 0xe19100f2, OP_LDRSH, "ldrsh r0, [r1, r2]" },
	{ ISA_ARM, 0xe0a100b2, OP_STRHT, "strht r0, [r1], r2" },
	{ ISA_ARM, 0xe03100b2, OP_LDRHT, "ldrht r0, [r1], -r2" },
	{ ISA_ARM, 0xe0b100d2, OP_LDRSBT, "ldrsbt r0, [r1], r2" },
	{ ISA_ARM, 0xe03100f2, OP_LDRSHT, "ldrsht r0, [r1], -r2" },
	{ ISA_ARM, 0xe1020091, OP_SWP, "swp r0, r1, [r2]" },
	{ ISA_ARM, 0x01453094, OP_SWPB, "swpbeq r3, r4, [r5]" },
	{ ISA_ARM, 0xe1820f91, OP_STREX, "strex r0, r1, [r2]" },
	{ ISA_ARM, 0xe1a40f92, OP_STREXD, "strexd r0, r2, [r4]" },
	{ ISA_ARM, 0xe1c75f96, OP_STREXB, "strexb r5, r6, [r7]" },
	{ ISA_ARM, 0x11ea8f99, OP_STREXH, "strexhne r8, r9, [sl]" },
	{ ISA_ARM, 0xe1910f9f, OP_LDREX, "ldrex r0, [r1]" },
	{ ISA_ARM, 0xe19bcf9f, OP_LDREX, "ldrex r12, [fp]" },
	{ ISA_ARM, 0xe1b20f9f, OP_LDREXD, "ldrexd r0, [r2]" },
	{ ISA_ARM, 0xe1d43f9f, OP_LDREXB, "ldrexb r3, [r4]" },
	{ ISA_ARM, 0xe1fdef9f, OP_LDREXH, "ldrexh lr, [sp]" },
	{ ISA_ARM, 0xf57ff01f, OP_CLREX, "clrex" },
	{ ISA_ARM, 0xe8000006, OP_STMDA, "stmda r0, {r1, r2}" },
	{ ISA_ARM, 0xe8800006, OP_STM, "stm r0, {r1, r2}" },
	{ ISA_ARM, 0xe8a00002, OP_STM, "stmia r0!, {r1}" },
	{ ISA_ARM, 0xe9200006, OP_STMDB, "stmdb r0!, {r1, r2}" },
	{ ISA_ARM, 0xe92d4010, OP_STMDB, "push {r4, lr}" },
	{ ISA_ARM, 0xe92d0001, OP_STMDB, "stmfd sp!, {r0}" },
	{ ISA_ARM, 0xe980000e, OP_STMIB, "stmib r0, {r1, r2, r3}" },
	{ ISA_ARM, 0x190d8001, OP_STMDB, "stmdbne sp, {r0, pc}" },
	{ ISA_ARM, 0xe8300006, OP_LDMDA, "ldmda r0!, {r1, r2}" },
	{ ISA_ARM, 0xe8900006, OP_LDM, "ldm r0, {r1, r2}" },
	{ ISA_ARM, 0xe8b00006, OP_LDM, "ldm r0!, {r1, r2}" },
	{ ISA_ARM, 0xe8bd8010, OP_LDM, "pop {r4, pc}" },
	{ ISA_ARM, 0xe8bd0001, OP_LDM, "ldmfd sp!, {r0}" },
	{ ISA_ARM, 0xe91baff0, OP_LDMDB, "ldmdb fp, {r4, r5, r6, r7, r8, r9, sl, fp, sp, pc}" },
	{ ISA_ARM, 0xe9900002, OP_LDMIB, "ldmib r0, {r1}" },
	{ ISA_ARM, 0xe8c00006, OP_STM, "stmia r0, {r1, r2}^" },
	{ ISA_ARM, 0xe94d6000, OP_STMDB, "stmdb sp, {sp, lr}^" },
	{ ISA_ARM, 0xe8d00006, OP_LDM, "ldm r0, {r1, r2}^" },
	{ ISA_ARM, 0xe8fd900f, OP_LDM, "ldm sp!, {r0, r1, r2, r3, ip, pc}^" },
	{ ISA_ARM, 0xe9508000, OP_LDMDB, "ldmdb r0, {pc}^" },
	{ ISA_ARM, 0xf5d0f004, OP_PLD, "pld [r0, #4]" },
	{ ISA_ARM, 0xf55ff008, OP_PLD, "pld [pc, #-8]" },
	{ ISA_ARM, 0xf5d0f000, OP_PLD, "pld [r0]" },
	{ ISA_ARM, 0xf511f004, OP_PLDW, "pldw [r1, #-4]" },
	{ ISA_ARM, 0xf4d2ffff, OP_PLI, "pli [r2, #4095]" },
	{ ISA_ARM, 0xf45ff000, OP_PLI, "pli [pc, #-0]" },
	{ ISA_ARM, 0xf410f004, OP_MEMHINT, "pldw [r0], #-4" },
	{ ISA_ARM, 0xf490f000, OP_MEMHINT, "pldw [r0], #0" },
	{ ISA_ARM, 0xf7d0f001, OP_PLD, "pld [r0, r1]" },
	{ ISA_ARM, 0xf750f101, OP_PLD, "pld [r0, -r1, lsl #2]" },
	{ ISA_ARM, 0xf793f2c4, OP_PLDW, "pldw [r3, r4, asr #5]" },
	{ ISA_ARM, 0xf650f1e1, OP_PLI, "pli [r0, -r1, ror #3]" },
	{ ISA_ARM, 0xf690f102, OP_MEMHINT, "pldw [r0], r2, lsl #2" },
	{ ISA_THUMB, 0x00005088, OP_STR, "str r0, [r1, r2]" },
	{ ISA_THUMB, 0x00005363, OP_STRH, "strh r3, [r4, r5]" },
	{ ISA_THUMB, 0x0000543e, OP_STRB, "strb r6, [r7, r0]" },
	{ ISA_THUMB, 0x000056d1, OP_LDRSB, "ldrsb r1, [r2, r3]" },
	{ ISA_THUMB, 0x000059ac, OP_LDR, "ldr r4, [r5, r6]" },
	{ ISA_THUMB, 0x00005a47, OP_LDRH, "ldrh r7, [r0, r1]" },
	{ ISA_THUMB, 0x00005d1a, OP_LDRB, "ldrb r2, [r3, r4]" },
	{ ISA_THUMB, 0x00005ff5, OP_LDRSH, "ldrsh r5, [r6, r7]" },
	{ ISA_THUMB, 0x000067c8, OP_STR, "str r0, [r1, #124]" },
	{ ISA_THUMB, 0x00006008, OP_STR, "str r0, [r1, #0]" },
	{ ISA_THUMB, 0x0000685a, OP_LDR, "ldr r2, [r3, #4]" },
	{ ISA_THUMB, 0x000077ec, OP_STRB, "strb r4, [r5, #31]" },
	{ ISA_THUMB, 0x0000783e, OP_LDRB, "ldrb r6, [r7, #0]" },
	{ ISA_THUMB, 0x000087c8, OP_STRH, "strh r0, [r1, #62]" },
	{ ISA_THUMB, 0x0000885a, OP_LDRH, "ldrh r2, [r3, #2]" },
	{ ISA_THUMB, 0x000090ff, OP_STR, "str r0, [sp, #1020]" },
	{ ISA_THUMB, 0x00009f00, OP_LDR, "ldr r7, [sp, #0]" },
	{ ISA_THUMB, 0x00004802, OP_LDR, "ldr r0, [pc, #8]" },
	{ ISA_THUMB, 0x000048ff, OP_LDR, "ldr r0, [pc, #1020]" },
	{ ISA_THUMB, 0x0000c006, OP_STM, "stmia r0!, {r1, r2}" },
	{ ISA_THUMB, 0x0000c318, OP_STM, "stmia r3!, {r3, r4}" },
	{ ISA_THUMB, 0x0000c806, OP_LDM, "ldmia r0!, {r1, r2}" },
	{ ISA_THUMB, 0x0000c803, OP_LDM, "ldmia r0, {r0, r1}" },
	{ ISA_THUMB, 0x0000b503, OP_STMDB, "push {r0, r1, lr}" },
	{ ISA_THUMB, 0x0000b480, OP_STMDB, "push {r7}" },
	{ ISA_THUMB, 0x0000bd10, OP_LDM, "pop {r4, pc}" },
	{ ISA_THUMB, 0x0000bc08, OP_LDM, "pop {r3}" },
	{ ISA_THUMB, 0xf8810fff, OP_STRB, "strb.w r0, [r1, #4095]" },
	{ ISA_THUMB, 0xf8a32000, OP_STRH, "strh.w r2, [r3]" },
	{ ISA_THUMB, 0xf8c9800c, OP_STR, "str.w r8, [r9, #12]" },
	{ ISA_THUMB, 0xf8010cff, OP_STRB, "strb.w r0, [r1, #-255]" },
	{ ISA_THUMB, 0xf8010f01, OP_STRB, "strb.w r0, [r1, #1]!" },
	{ ISA_THUMB, 0xf8210902, OP_STRH, "strh.w r0, [r1], #-2" },
	{ ISA_THUMB, 0xf84d0d04, OP_STR, "str.w r0, [sp, #-4]!" },
	{ ISA_THUMB, 0xf8410d04, OP_STR, "str.w r0, [r1, #-4]!" },
	{ ISA_THUMB, 0xf8410b04, OP_STR, "str.w r0, [r1], #4" },
	{ ISA_THUMB, 0xf8010e04, OP_STRBT, "strbt r0, [r1, #4]" },
	{ ISA_THUMB, 0xf8210e00, OP_STRHT, "strht r0, [r1]" },
	{ ISA_THUMB, 0xf8410eff, OP_STRT, "strt r0, [r1, #255]" },
	{ ISA_THUMB, 0xf8010002, OP_STRB, "strb.w r0, [r1, r2]" },
	{ ISA_THUMB, 0xf8210012, OP_STRH, "strh.w r0, [r1, r2, lsl #1]" },
	{ ISA_THUMB, 0xf8410032, OP_STR, "str.w r0, [r1, r2, lsl #3]" },
	{ ISA_THUMB, 0xf8910fff, OP_LDRB, "ldrb.w r0, [r1, #4095]" },
	{ ISA_THUMB, 0xf8b10000, OP_LDRH, "ldrh.w r0, [r1]" },
	{ ISA_THUMB, 0xf8d10008, OP_LDR, "ldr.w r0, [r1, #8]" },
	{ ISA_THUMB, 0xf8d1f008, OP_LDR, "ldr.w pc, [r1, #8]" },
	{ ISA_THUMB, 0xf9910001, OP_LDRSB, "ldrsb.w r0, [r1, #1]" },
	{ ISA_THUMB, 0xf9b10002, OP_LDRSH, "ldrsh.w r0, [r1, #2]" },
	{ ISA_THUMB, 0xf8110cff, OP_LDRB, "ldrb.w r0, [r1, #-255]" },
	{ ISA_THUMB, 0xf8310d01, OP_LDRH, "ldrh.w r0, [r1, #-1]!" },
	{ ISA_THUMB, 0xf8510904, OP_LDR, "ldr.w r0, [r1], #-4" },
	{ ISA_THUMB, 0xf85d0b04, OP_LDR, "ldr.w r0, [sp], #4" },
	{ ISA_THUMB, 0xf85dfb04, OP_LDR, "ldr.w pc, [sp], #4" },
	{ ISA_THUMB, 0xf9110f07, OP_LDRSB, "ldrsb.w r0, [r1, #7]!" },
	{ ISA_THUMB, 0xf9310b08, OP_LDRSH, "ldrsh.w r0, [r1], #8" },
	{ ISA_THUMB, 0xf8110e01, OP_LDRBT, "ldrbt r0, [r1, #1]" },
	{ ISA_THUMB, 0xf8310e00, OP_LDRHT, "ldrht r0, [r1]" },
	{ ISA_THUMB, 0xf8510e04, OP_LDRT, "ldrt r0, [r1, #4]" },
	{ ISA_THUMB, 0xf9110e05, OP_LDRSBT, "ldrsbt r0, [r1, #5]" },
	{ ISA_THUMB, 0xf9310eff, OP_LDRSHT, "ldrsht r0, [r1, #255]" },
	{ ISA_THUMB, 0xf8110002, OP_LDRB, "ldrb.w r0, [r1, r2]" },
	{ ISA_THUMB, 0xf8310022, OP_LDRH, "ldrh.w r0, [r1, r2, lsl #2]" },
	{ ISA_THUMB, 0xf8510032, OP_LDR, "ldr.w r0, [r1, r2, lsl #3]" },
	{ ISA_THUMB, 0xf851f002, OP_LDR, "ldr.w pc, [r1, r2]" },
	{ ISA_THUMB, 0xf9110012, OP_LDRSB, "ldrsb.w r0, [r1, r2, lsl #1]" },
	{ ISA_THUMB, 0xf9310002, OP_LDRSH, "ldrsh.w r0, [r1, r2]" },
	{ ISA_THUMB, 0xf89f0008, OP_LDRB, "ldrb.w r0, [pc, #8]" },
	{ ISA_THUMB, 0xf83f0008, OP_LDRH, "ldrh.w r0, [pc, #-8]" },
	{ ISA_THUMB, 0xf8df0fff, OP_LDR, "ldr.w r0, [pc, #4095]" },
	{ ISA_THUMB, 0xf8df0000, OP_LDR, "ldr.w r0, [pc]" },
	{ ISA_THUMB, 0xf91f0001, OP_LDRSB, "ldrsb.w r0, [pc, #-1]" },
	{ ISA_THUMB, 0xf9bf0002, OP_LDRSH, "ldrsh.w r0, [pc, #2]" },
	{ ISA_THUMB, 0xf85f0000, OP_LDR, "ldr.w r0, [pc]" },
	{ ISA_THUMB, 0xf81f500e, OP_LDRB, "ldrb.w r5, [pc, #-14]" },
	{ ISA_THUMB, 0xf85f1b08, OP_LDR, "ldr.w r1, [pc, #-2824]" },
	{ ISA_THUMB, 0xf890f004, OP_PLD, "pld [r0, #4]" },
	{ ISA_THUMB, 0xf890f000, OP_PLD, "pld [r0]" },
	{ ISA_THUMB, 0xf8b1ffff, OP_PLDW, "pldw [r1, #4095]" },
	{ ISA_THUMB, 0xf992f008, OP_PLI, "pli [r2, #8]" },
	{ ISA_THUMB, 0xf9b0f008, OP_MEMHINT, "ldrsh.w pc, [r0, #8]" },
	{ ISA_THUMB, 0xf810fc04, OP_PLD, "pld [r0, #-4]" },
	{ ISA_THUMB, 0xf830fcff, OP_PLDW, "pldw [r0, #-255]" },
	{ ISA_THUMB, 0xf910fc01, OP_PLI, "pli [r0, #-1]" },
	{ ISA_THUMB, 0xf930fc08, OP_MEMHINT, "ldrsh.w pc, [r0, #-8]" },
	{ ISA_THUMB, 0xf810f001, OP_PLD, "pld [r0, r1]" },
	{ ISA_THUMB, 0xf830f031, OP_PLDW, "pldw [r0, r1, lsl #3]" },
	{ ISA_THUMB, 0xf910f011, OP_PLI, "pli [r0, r1, lsl #1]" },
	{ ISA_THUMB, 0xf930f001, OP_MEMHINT, "ldrsh.w pc, [r0, r1]" },
	{ ISA_THUMB, 0xf89ff008, OP_PLD, "pld [pc, #8]" },
	{ ISA_THUMB, 0xf81ff008, OP_PLD, "pld [pc, #-8]" },
	{ ISA_THUMB, 0xf83ff008, OP_PLDW, "pldw [pc, #-8]" },
	{ ISA_THUMB, 0xf99ff008, OP_PLI, "pli [pc, #8]" },
	{ ISA_THUMB, 0xf99ff000, OP_PLI, "pli [pc]" },
	{ ISA_THUMB, 0xf9bff008, OP_MEMHINT, "ldrsh.w pc, [pc, #8]" },
	{ ISA_THUMB, 0xf81ff002, OP_PLD, "pld [pc, #-2]" },
	{ ISA_THUMB, 0xe8e20102, OP_STRD, "strd r0, r1, [r2], #8" },
	{ ISA_THUMB, 0xe86201ff, OP_STRD, "strd r0, r1, [r2], #-1020" },
	{ ISA_THUMB, 0xe8720102, OP_LDRD, "ldrd r0, r1, [r2], #-8" },
	{ ISA_THUMB, 0xe8f20100, OP_LDRD, "ldrd r0, r1, [r2], #0" },
	{ ISA_THUMB, 0xe9c20100, OP_STRD, "strd r0, r1, [r2]" },
	{ ISA_THUMB, 0xe9420102, OP_STRD, "strd r0, r1, [r2, #-8]" },
	{ ISA_THUMB, 0xe9e20102, OP_STRD, "strd r0, r1, [r2, #8]!" },
	{ ISA_THUMB, 0xe9d20100, OP_LDRD, "ldrd r0, r1, [r2]" },
	{ ISA_THUMB, 0xe9742302, OP_LDRD, "ldrd r2, r3, [r4, #-8]!" },
	{ ISA_THUMB, 0xe9df0102, OP_LDRD, "ldrd r0, r1, [pc, #8]" },
	{ ISA_THUMB, 0xe95f0102, OP_LDRD, "ldrd r0, r1, [pc, #-8]" },
	{ ISA_THUMB, 0xe9f20100, OP_LDRD, "ldrd r0, r1, [r2]" },
	{ ISA_THUMB, 0xe9520100, OP_LDRD, "ldrd r0, r1, [r2, #-0]" },
	{ ISA_THUMB, 0xe9d2010a, OP_LDRD, "ldrd r0, r1, [r2, #40]" },
	{ ISA_THUMB, 0xe8421000, OP_STREX, "strex r0, r1, [r2]" },
	{ ISA_THUMB, 0xe8421002, OP_STREX, "strex r0, r1, [r2, #8]" },
	{ ISA_THUMB, 0xe8510f00, OP_LDREX, "ldrex r0, [r1]" },
	{ ISA_THUMB, 0xe85bcfff, OP_LDREX, "ldrex ip, [fp, #1020]" },
	{ ISA_THUMB, 0xe8c21f40, OP_STREXB, "strexb r0, r1, [r2]" },
	{ ISA_THUMB, 0xe8c21f50, OP_STREXH, "strexh r0, r1, [r2]" },
	{ ISA_THUMB, 0xe8c42370, OP_STREXD, "strexd r0, r2, r3, [r4]" },
	{ ISA_THUMB, 0xe8d10f4f, OP_LDREXB, "ldrexb r0, [r1]" },
	{ ISA_THUMB, 0xe8d10f5f, OP_LDREXH, "ldrexh r0, [r1]" },
	{ ISA_THUMB, 0xe8d2017f, OP_LDREXD, "ldrexd r0, r1, [r2]" },
	{ ISA_THUMB, 0xe8d0f001, OP_TBB, "tbb [r0, r1]" },
	{ ISA_THUMB, 0xe8d0f011, OP_TBH, "tbh [r0, r1, lsl #1]" },
	{ ISA_THUMB, 0xe8dff001, OP_TBB, "tbb [pc, r1]" },
	{ ISA_THUMB, 0xf3bf8f2f, OP_CLREX, "clrex" },
	{ ISA_THUMB, 0xe8a00006, OP_STM, "stmia.w r0!, {r1, r2}" },
	{ ISA_THUMB, 0xe8800006, OP_STM, "stmia.w r0, {r1, r2}" },
	{ ISA_THUMB, 0xe8a80006, OP_STM, "stmia.w r8!, {r1, r2}" },
	{ ISA_THUMB, 0xe9000006, OP_STMDB, "stmdb r0, {r1, r2}" },
	{ ISA_THUMB, 0xe92d4030, OP_STMDB, "stmdb sp!, {r4, r5, lr}" },
	{ ISA_THUMB, 0xe92d0030, OP_STMDB, "stmdb sp!, {r4, r5}" },
	{ ISA_THUMB, 0xe8b00006, OP_LDM, "ldmia.w r0!, {r1, r2}" },
	{ ISA_THUMB, 0xe8900006, OP_LDM, "ldmia.w r0, {r1, r2}" },
	{ ISA_THUMB, 0xe8988006, OP_LDM, "ldmia.w r8, {r1, r2, pc}" },
	{ ISA_THUMB, 0xe8bd8030, OP_LDM, "ldmia.w sp!, {r4, r5, pc}" },
	{ ISA_THUMB, 0xe9300006, OP_LDMDB, "ldmdb r0!, {r1, r2}" },
	{ ISA_THUMB, 0xe9104010, OP_LDMDB, "ldmdb r0, {r4, lr}" },
	{ ISA_THUMB, 0xe8bd0010, OP_LDM, "ldmia.w sp!, {r4}" },
	{ ISA_THUMB, 0xe92d0010, OP_STMDB, "stmdb sp!, {r4}" },
	{ ISA_THUMB, 0xf8bf0008, OP_LDRH, "ldrh.w r0, [pc, #8]" },
	{ ISA_THUMB, 0xf99f0001, OP_LDRSB, "ldrsb.w r0, [pc, #1]" },
	{ ISA_THUMB, 0xf8bff008, OP_PLDW, "pldw [pc, #8]" },
};

static const struct dcase quirks[] = {
	/* objdump: "ldrbt r5, [pc, #-3838]", "ldrt r8, [pc, #-3588]". It tests
	 * bits 11:8 = 1110 (LDRBT, LDRT) before Rn = 1111; the ARM ARM (A6.3.7,
	 * A6.3.9) makes every Rn = 1111 encoding the literal load: the mnemonic
	 * becomes ldrb.w / ldr.w. */
	{ ISA_THUMB, 0xf81f5efe, OP_LDRB, "ldrb.w r5, [pc, #-3838]" },
	{ ISA_THUMB, 0xf85f8e04, OP_LDR, "ldr.w r8, [pc, #-3588]" },
	/* objdump: "pld [r0], #4" and "pli [r1, #17]". Rt = 1111 in these rows is
	 * UNPREDICTABLE (A6.3.9, A6.3.10), not PLD/PLI; QEMU runs them as loads to
	 * the PC, and so do we: objdump's hint mnemonic becomes the load's with
	 * "pc, " as Rt. */
	{ ISA_THUMB, 0xf810fb04, OP_LDRB, "ldrb.w pc, [r0], #4" },
	{ ISA_THUMB, 0xf911fe11, OP_LDRSBT, "ldrsbt pc, [r1, #17]" },
	/* objdump: UNDEFINED (it wants Rt = 1111). An unallocated memory hint
	 * whatever Rt (A5.7.1; QEMU: NOP): the text of the Rt = 1111 encoding. */
	{ ISA_ARM, 0xf4100004, OP_MEMHINT, "pldw [r0], #-4" },
};

static const struct dcase undefined[] = {
	{ ISA_ARM, 0xe1c110d0, OP_UNDEF, "LDRD with odd Rt" },
	{ ISA_ARM, 0xe1c130f0, OP_UNDEF, "STRD with odd Rt" },
	{ ISA_ARM, 0xe0e100d0, OP_UNDEF, "LDRD P=0 W=1 (no unprivileged form)" },
	{ ISA_ARM, 0xe19101b2, OP_UNDEF, "LDRH register, bits 11:8 != 0" },
	{ ISA_ARM, 0xe0b101d2, OP_UNDEF, "LDRSBT register, bits 11:8 != 0" },
	{ ISA_ARM, 0xe1020191, OP_UNDEF, "SWP, bits 11:8 != 0" },
	{ ISA_ARM, 0xe191ff9f, OP_UNDEF, "LDREX Rt = PC" },
	{ ISA_ARM, 0xe19f0f9f, OP_UNDEF, "LDREX Rn = PC" },
	{ ISA_ARM, 0xe1910f9e, OP_UNDEF, "LDREX, bits 3:0 != 1111" },
	{ ISA_ARM, 0xe1b21f9f, OP_UNDEF, "LDREXD with odd Rt" },
	{ ISA_ARM, 0xe1b2ef9f, OP_UNDEF, "LDREXD Rt = LR (Rt2 = PC)" },
	{ ISA_ARM, 0xe1821f91, OP_UNDEF, "STREX Rd = Rt" },
	{ ISA_ARM, 0xe1822f91, OP_UNDEF, "STREX Rd = Rn" },
	{ ISA_ARM, 0xe182ff91, OP_UNDEF, "STREX Rd = PC" },
	{ ISA_ARM, 0xe1a40f93, OP_UNDEF, "STREXD with odd Rt" },
	{ ISA_ARM, 0xe1a43f92, OP_UNDEF, "STREXD Rd = Rt2" },
	{ ISA_ARM, 0xe1a40f9e, OP_UNDEF, "STREXD Rt = LR (Rt2 = PC)" },
	{ ISA_ARM, 0xe8900000, OP_UNDEF, "LDM with an empty list" },
	{ ISA_ARM, 0xe89f0006, OP_UNDEF, "LDM Rn = PC" },
	{ ISA_ARM, 0xe8b00003, OP_UNDEF, "LDM write-back with Rn in the list" },
	{ ISA_ARM, 0xe8bd2010, OP_UNDEF, "POP with SP in the list" },
	{ ISA_ARM, 0xe8f00006, OP_UNDEF, "LDM (user registers) with write-back" },
	{ ISA_ARM, 0xe88f0006, OP_UNDEF, "STM Rn = PC" },
	{ ISA_ARM, 0xe9200000, OP_UNDEF, "STMDB with an empty list" },
	{ ISA_ARM, 0xf5d00004, OP_UNDEF, "PLD with bits 15:12 != 1111" },
	{ ISA_ARM, 0xf7d0f011, OP_UNDEF, "PLD register-shifted register" },
	{ ISA_ARM, 0xf6d6fe5e, OP_UNDEF, "PLI register-shifted register" },
	{ ISA_ARM, 0xf530f004, OP_UNDEF, "unallocated hint space 0101 x011" },
	{ ISA_ARM, 0xf57ff01e, OP_UNDEF, "CLREX with bits 3:0 != 1111" },
	{ ISA_THUMB, 0x0000c800, OP_UNDEF, "16-bit LDM with an empty list" },
	{ ISA_THUMB, 0x0000c000, OP_UNDEF, "16-bit STM with an empty list" },
	{ ISA_THUMB, 0x0000b400, OP_UNDEF, "PUSH with an empty list" },
	{ ISA_THUMB, 0x0000bc00, OP_UNDEF, "POP with an empty list" },
	{ ISA_THUMB, 0xf8cf0000, OP_UNDEF, "STR.W Rn = PC" },
	{ ISA_THUMB, 0xf80f0c01, OP_UNDEF, "STRB (imm8) Rn = PC" },
	{ ISA_THUMB, 0xf84f0001, OP_UNDEF, "STR (register) Rn = PC" },
	{ ISA_THUMB, 0xf8010800, OP_UNDEF, "STRB imm8 with P=0 W=0" },
	{ ISA_THUMB, 0xf8510800, OP_UNDEF, "LDR imm8 with P=0 W=0" },
	{ ISA_THUMB, 0xf8510a04, OP_UNDEF, "LDR imm8 with P=0 U=1 W=0" },
	{ ISA_THUMB, 0xf8510040, OP_UNDEF, "LDR register, bits 11:6 != 000000" },
	{ ISA_THUMB, 0xf8710000, OP_UNDEF, "load with size 11" },
	{ ISA_THUMB, 0xf8610000, OP_UNDEF, "store with size 11" },
	{ ISA_THUMB, 0xf9510004, OP_UNDEF, "LDRS with word size" },
	{ ISA_THUMB, 0xe851df00, OP_UNDEF, "LDREX Rt = SP" },
	{ ISA_THUMB, 0xe85f0f00, OP_UNDEF, "LDREX Rn = PC" },
	{ ISA_THUMB, 0xe8d2117f, OP_UNDEF, "LDREXD Rt = Rt2" },
	{ ISA_THUMB, 0xe8d20f7f, OP_UNDEF, "LDREXD Rt2 = PC" },
	{ ISA_THUMB, 0xe8d10f40, OP_UNDEF, "LDREXB, bits 3:0 != 1111" },
	{ ISA_THUMB, 0xe8421100, OP_UNDEF, "STREX Rd = Rt" },
	{ ISA_THUMB, 0xe8421d00, OP_UNDEF, "STREX Rd = SP" },
	{ ISA_THUMB, 0xe8c21f42, OP_UNDEF, "STREXB Rd = Rn" },
	{ ISA_THUMB, 0xe8c41373, OP_UNDEF, "STREXD Rd = Rt2" },
	{ ISA_THUMB, 0xe8d0e001, OP_UNDEF, "TBB, bits 15:12 != 1111" },
	{ ISA_THUMB, 0xe8d0f101, OP_UNDEF, "TBB, bits 11:8 != 0000" },
	{ ISA_THUMB, 0xf3bf8f2e, OP_UNDEF, "CLREX, bits 3:0 != 1111" },
	{ ISA_THUMB, 0xe8900000, OP_UNDEF, "LDM.W with an empty list" },
	{ ISA_THUMB, 0xe89f0006, OP_UNDEF, "LDM.W Rn = PC" },
	{ ISA_THUMB, 0xe8b00003, OP_UNDEF, "LDM.W write-back with Rn in the list" },
	{ ISA_THUMB, 0xe8a00003, OP_UNDEF, "STM.W write-back with Rn in the list" },
	{ ISA_THUMB, 0xe92d2010, OP_UNDEF, "PUSH.W with SP in the list" },
	{ ISA_THUMB, 0xe90f0006, OP_UNDEF, "STMDB Rn = PC" },
};

static int check_case(const struct dcase *c, bool text)
{
	struct insn in;
	char buf[128];

	decode(c->isa, c->enc, &in);
	if (in.op != c->op) {
		printf("%s 0x%08x: op %s, expected %s (%s)\n", c->isa == ISA_ARM ? "arm" : "thumb",
		       c->enc, op_name(in.op), op_name(c->op), c->text);
		return 1;
	}
	if (!text)
		return 0;
	disasm(&in, 0x1000, buf, sizeof(buf));
	if (strcmp(buf, c->text) != 0) {
		printf("%s 0x%08x: \"%s\", expected \"%s\"\n", c->isa == ISA_ARM ? "arm" : "thumb",
		       c->enc, buf, c->text);
		return 1;
	}
	return 0;
}

static void test_valid(void **state)
{
	int errors = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(valid) / sizeof(valid[0]); i++)
		errors += check_case(&valid[i], true);
	assert_int_equal(errors, 0);
}

static void test_objdump_quirks(void **state)
{
	int errors = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(quirks) / sizeof(quirks[0]); i++)
		errors += check_case(&quirks[i], true);
	assert_int_equal(errors, 0);
}

static void test_undefined(void **state)
{
	int errors = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(undefined) / sizeof(undefined[0]); i++)
		errors += check_case(&undefined[i], false);
	assert_int_equal(errors, 0);
}

/* Fields the semantics rely on, for a few encodings (ARM ARM A8.8). */
static void test_fields(void **state)
{
	struct insn in;

	(void)state;
	/* ldr r0, [r1], #-4: post-indexed always writes back. */
	decode(ISA_ARM, 0xe4110004, &in);
	assert_int_equal(in.flags & (INSN_P | INSN_U | INSN_W | INSN_IMM), INSN_W | INSN_IMM);
	assert_int_equal(in.imm, 4);
	/* ldrt r0, [r1], #4: P clear, write-back. Thumb ldrt: offset, no write-back. */
	decode(ISA_ARM, 0xe4b10004, &in);
	assert_int_equal(in.flags & (INSN_P | INSN_W), INSN_W);
	decode(ISA_THUMB, 0xf8510e04, &in);
	assert_int_equal(in.flags & (INSN_P | INSN_U | INSN_W), INSN_P | INSN_U);
	/* ldr r0, [r1, -r2, ror #7]! */
	decode(ISA_ARM, 0xe73103e2, &in);
	assert_int_equal(in.op, OP_LDR);
	assert_int_equal(in.rm, 2);
	assert_int_equal(in.shift_type, SRTYPE_ROR);
	assert_int_equal(in.shift_amt, 7);
	assert_int_equal(in.flags & (INSN_P | INSN_U | INSN_W | INSN_IMM), INSN_P | INSN_W);
	/* ldrd r0, r1, [r2, #8]: Rt2 in ra; Thumb strd r0, r3, [r2, #1020]. */
	decode(ISA_ARM, 0xe1c200d8, &in);
	assert_int_equal(in.ra, 1);
	decode(ISA_THUMB, 0xe9c203ff, &in);
	assert_int_equal(in.ra, 3);
	assert_int_equal(in.imm, 1020);
	/* strexd r0, r2, r3, [r4]: status in rd, Rt in rm, Rt2 in ra. */
	decode(ISA_ARM, 0xe1a40f92, &in);
	assert_int_equal(in.rd, 0);
	assert_int_equal(in.rm, 2);
	assert_int_equal(in.ra, 3);
	assert_int_equal(in.rn, 4);
	/* 16-bit ldmia r0, {r0, r1}: no write-back; ldmia r0!, {r1, r2}: write-back. */
	decode(ISA_THUMB, 0xc803, &in);
	assert_false(in.flags & INSN_W);
	decode(ISA_THUMB, 0xc806, &in);
	assert_true(in.flags & INSN_W);
	/* push {r0, r1, lr} / pop {r4, pc}. */
	decode(ISA_THUMB, 0xb503, &in);
	assert_int_equal(in.reglist, 0x4003);
	decode(ISA_THUMB, 0xbd10, &in);
	assert_int_equal(in.reglist, 0x8010);
	/* ldm sp!, {r0-r3, ip, pc}^ is the exception return form. */
	decode(ISA_ARM, 0xe8fd900f, &in);
	assert_true(in.flags & INSN_X1);
	/* ldr.w r0, [pc, #-8]: literal, U clear. */
	decode(ISA_THUMB, 0xf85f0008, &in);
	assert_int_equal(in.rn, 15);
	assert_int_equal(in.flags & (INSN_P | INSN_U | INSN_W | INSN_IMM), INSN_P | INSN_IMM);
}

/* The text is cut to the buffer, NUL-terminated, and the full length returned. */
static void test_truncation(void **state)
{
	struct insn in;
	char full[128], cut[8];
	int n;

	(void)state;
	decode(ISA_ARM, 0xe8bd8010, &in);
	n = disasm(&in, 0, full, sizeof(full));
	assert_int_equal(n, (int)strlen(full));
	assert_int_equal(disasm(&in, 0, cut, sizeof(cut)), n);
	assert_int_equal(strlen(cut), sizeof(cut) - 1);
	assert_memory_equal(cut, full, sizeof(cut) - 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_objdump_quirks),
		cmocka_unit_test(test_undefined),
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_truncation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
