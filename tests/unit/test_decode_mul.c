/*
 * Decoder and disassembler tests for the mul class (multiplies, saturating,
 * parallel add/subtract, packing, SAD): include/ops_mul.inc, the tables
 * src/cpu/{arm,t16,t32}_mul.inc, src/cpu/decode_mul.c, src/cpu/disasm_mul.c.
 *
 * The oracle is GNU objdump 2.40 (Debian's arm-linux-gnueabihf binutils): each
 * instruction was assembled with arm-linux-gnueabihf-as (.syntax unified,
 * .arch armv7-a, .arm or .thumb) and the encoding and text in valid[] are
 * objdump -d's, with the tab after the mnemonic turned into one space. The
 * expected op is the one the mnemonic names. One normalisation, applied by
 * expect_text(): objdump prints the ARM SSAT/USAT encoding of ASR #32
 * (imm5 = 0) as "asr #0"; we print the UAL "asr #32" (which gas assembles to
 * the same encoding).
 *
 * The UNDEFINED encodings come from the ARM ARM's decode tables (A5.2.5-7,
 * A5.4, A6.3.3, A6.3.11-17), its UNPREDICTABLE register rules (the PC as an
 * operand), and QEMU 7.2's decoder, which fixes the should-be-zero/one bits.
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
	const char *text; /* objdump's text; a description for UNDEFINED ones */
};

static const struct dcase valid[] = {
	{ ISA_ARM, 0xe0000291, OP_MUL, "mul r0, r1, r2" },
	{ ISA_ARM, 0xe0100291, OP_MUL, "muls r0, r1, r2" },
	{ ISA_ARM, 0x00100291, OP_MUL, "mulseq r0, r1, r2" },
	{ ISA_ARM, 0xe00d0c9e, OP_MUL, "mul sp, lr, ip" },
	{ ISA_ARM, 0xe0236594, OP_MLA, "mla r3, r4, r5, r6" },
	{ ISA_ARM, 0xe0336594, OP_MLA, "mlas r3, r4, r5, r6" },
	{ ISA_ARM, 0x102c9a9b, OP_MLA, "mlane ip, fp, sl, r9" },
	{ ISA_ARM, 0xe0636594, OP_MLS, "mls r3, r4, r5, r6" },
	{ ISA_ARM, 0xc06e789d, OP_MLS, "mlsgt lr, sp, r8, r7" },
	{ ISA_ARM, 0xe0810392, OP_UMULL, "umull r0, r1, r2, r3" },
	{ ISA_ARM, 0xe0910392, OP_UMULL, "umulls r0, r1, r2, r3" },
	{ ISA_ARM, 0xe0a10392, OP_UMLAL, "umlal r0, r1, r2, r3" },
	{ ISA_ARM, 0x40b54796, OP_UMLAL, "umlalsmi r4, r5, r6, r7" },
	{ ISA_ARM, 0xe0c10392, OP_SMULL, "smull r0, r1, r2, r3" },
	{ ISA_ARM, 0x30d98b9a, OP_SMULL, "smullscc r8, r9, sl, fp" },
	{ ISA_ARM, 0xe0e10392, OP_SMLAL, "smlal r0, r1, r2, r3" },
	{ ISA_ARM, 0x10f10392, OP_SMLAL, "smlalsne r0, r1, r2, r3" },
	{ ISA_ARM, 0xe0410392, OP_UMAAL, "umaal r0, r1, r2, r3" },
	{ ISA_ARM, 0x804dc09e, OP_UMAAL, "umaalhi ip, sp, lr, r0" },
	{ ISA_ARM, 0xe1003281, OP_SMLABB, "smlabb r0, r1, r2, r3" },
	{ ISA_ARM, 0xe10032c1, OP_SMLABT, "smlabt r0, r1, r2, r3" },
	{ ISA_ARM, 0xe10032a1, OP_SMLATB, "smlatb r0, r1, r2, r3" },
	{ ISA_ARM, 0xe10032e1, OP_SMLATT, "smlatt r0, r1, r2, r3" },
	{ ISA_ARM, 0xd109cbea, OP_SMLATT, "smlattle r9, sl, fp, ip" },
	{ ISA_ARM, 0xe1203281, OP_SMLAWB, "smlawb r0, r1, r2, r3" },
	{ ISA_ARM, 0xe12476c5, OP_SMLAWT, "smlawt r4, r5, r6, r7" },
	{ ISA_ARM, 0xe12002a1, OP_SMULWB, "smulwb r0, r1, r2" },
	{ ISA_ARM, 0xe1280ae9, OP_SMULWT, "smulwt r8, r9, sl" },
	{ ISA_ARM, 0xe1410382, OP_SMLALBB, "smlalbb r0, r1, r2, r3" },
	{ ISA_ARM, 0xe14547c6, OP_SMLALBT, "smlalbt r4, r5, r6, r7" },
	{ ISA_ARM, 0xe1498baa, OP_SMLALTB, "smlaltb r8, r9, sl, fp" },
	{ ISA_ARM, 0xe14103e2, OP_SMLALTT, "smlaltt r0, r1, r2, r3" },
	{ ISA_ARM, 0xe1600281, OP_SMULBB, "smulbb r0, r1, r2" },
	{ ISA_ARM, 0xe16305c4, OP_SMULBT, "smulbt r3, r4, r5" },
	{ ISA_ARM, 0xe16608a7, OP_SMULTB, "smultb r6, r7, r8" },
	{ ISA_ARM, 0xe1690bea, OP_SMULTT, "smultt r9, sl, fp" },
	{ ISA_ARM, 0xe700f211, OP_SMUAD, "smuad r0, r1, r2" },
	{ ISA_ARM, 0xe700f231, OP_SMUADX, "smuadx r0, r1, r2" },
	{ ISA_ARM, 0xe700f251, OP_SMUSD, "smusd r0, r1, r2" },
	{ ISA_ARM, 0xe703f574, OP_SMUSDX, "smusdx r3, r4, r5" },
	{ ISA_ARM, 0xe7003211, OP_SMLAD, "smlad r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7003231, OP_SMLADX, "smladx r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7003251, OP_SMLSD, "smlsd r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7047675, OP_SMLSDX, "smlsdx r4, r5, r6, r7" },
	{ ISA_ARM, 0xe7410312, OP_SMLALD, "smlald r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7410332, OP_SMLALDX, "smlaldx r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7410352, OP_SMLSLD, "smlsld r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7454776, OP_SMLSLDX, "smlsldx r4, r5, r6, r7" },
	{ ISA_ARM, 0xe750f211, OP_SMMUL, "smmul r0, r1, r2" },
	{ ISA_ARM, 0xe750f231, OP_SMMULR, "smmulr r0, r1, r2" },
	{ ISA_ARM, 0xe7503211, OP_SMMLA, "smmla r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7503231, OP_SMMLAR, "smmlar r0, r1, r2, r3" },
	{ ISA_ARM, 0xe75032d1, OP_SMMLS, "smmls r0, r1, r2, r3" },
	{ ISA_ARM, 0xe75476f5, OP_SMMLSR, "smmlsr r4, r5, r6, r7" },
	{ ISA_ARM, 0xe1020051, OP_QADD, "qadd r0, r1, r2" },
	{ ISA_ARM, 0xe1220051, OP_QSUB, "qsub r0, r1, r2" },
	{ ISA_ARM, 0xe1420051, OP_QDADD, "qdadd r0, r1, r2" },
	{ ISA_ARM, 0xe1653054, OP_QDSUB, "qdsub r3, r4, r5" },
	{ ISA_ARM, 0x61086057, OP_QADD, "qaddvs r6, r7, r8" },
	{ ISA_ARM, 0xe6a70011, OP_SSAT, "ssat r0, #8, r1" },
	{ ISA_ARM, 0xe6a00f91, OP_SSAT, "ssat r0, #1, r1, lsl #31" },
	{ ISA_ARM, 0xe6af01d1, OP_SSAT, "ssat r0, #16, r1, asr #3" },
	{ ISA_ARM, 0xe6bf0011, OP_SSAT, "ssat r0, #32, r1" },
	{ ISA_ARM, 0xe6bf0051, OP_SSAT, "ssat r0, #32, r1, asr #0" },
	{ ISA_ARM, 0xe6e35056, OP_USAT, "usat r5, #3, r6, asr #0" },
	{ ISA_ARM, 0xe6e00011, OP_USAT, "usat r0, #0, r1" },
	{ ISA_ARM, 0xe6ff0211, OP_USAT, "usat r0, #31, r1, lsl #4" },
	{ ISA_ARM, 0xe6e720d3, OP_USAT, "usat r2, #7, r3, asr #1" },
	{ ISA_ARM, 0x96e72fd3, OP_USAT, "usatls r2, #7, r3, asr #31" },
	{ ISA_ARM, 0xe6af0f31, OP_SSAT16, "ssat16 r0, #16, r1" },
	{ ISA_ARM, 0xe6a00f31, OP_SSAT16, "ssat16 r0, #1, r1" },
	{ ISA_ARM, 0xe6e00f31, OP_USAT16, "usat16 r0, #0, r1" },
	{ ISA_ARM, 0xe6ef0f31, OP_USAT16, "usat16 r0, #15, r1" },
	{ ISA_ARM, 0xe6110f12, OP_SADD16, "sadd16 r0, r1, r2" },
	{ ISA_ARM, 0xe6110f32, OP_SASX, "sasx r0, r1, r2" },
	{ ISA_ARM, 0xe6110f52, OP_SSAX, "ssax r0, r1, r2" },
	{ ISA_ARM, 0xe6110f72, OP_SSUB16, "ssub16 r0, r1, r2" },
	{ ISA_ARM, 0xe6110f92, OP_SADD8, "sadd8 r0, r1, r2" },
	{ ISA_ARM, 0xe6110ff2, OP_SSUB8, "ssub8 r0, r1, r2" },
	{ ISA_ARM, 0xe6210f12, OP_QADD16, "qadd16 r0, r1, r2" },
	{ ISA_ARM, 0xe6210f32, OP_QASX, "qasx r0, r1, r2" },
	{ ISA_ARM, 0xe6210f52, OP_QSAX, "qsax r0, r1, r2" },
	{ ISA_ARM, 0xe6210f72, OP_QSUB16, "qsub16 r0, r1, r2" },
	{ ISA_ARM, 0xe6210f92, OP_QADD8, "qadd8 r0, r1, r2" },
	{ ISA_ARM, 0xe6210ff2, OP_QSUB8, "qsub8 r0, r1, r2" },
	{ ISA_ARM, 0xe6310f12, OP_SHADD16, "shadd16 r0, r1, r2" },
	{ ISA_ARM, 0xe6310f32, OP_SHASX, "shasx r0, r1, r2" },
	{ ISA_ARM, 0xe6310f52, OP_SHSAX, "shsax r0, r1, r2" },
	{ ISA_ARM, 0xe6310f72, OP_SHSUB16, "shsub16 r0, r1, r2" },
	{ ISA_ARM, 0xe6310f92, OP_SHADD8, "shadd8 r0, r1, r2" },
	{ ISA_ARM, 0xe6310ff2, OP_SHSUB8, "shsub8 r0, r1, r2" },
	{ ISA_ARM, 0xe6510f12, OP_UADD16, "uadd16 r0, r1, r2" },
	{ ISA_ARM, 0xe6510f32, OP_UASX, "uasx r0, r1, r2" },
	{ ISA_ARM, 0xe6510f52, OP_USAX, "usax r0, r1, r2" },
	{ ISA_ARM, 0xe6510f72, OP_USUB16, "usub16 r0, r1, r2" },
	{ ISA_ARM, 0xe6510f92, OP_UADD8, "uadd8 r0, r1, r2" },
	{ ISA_ARM, 0xe6510ff2, OP_USUB8, "usub8 r0, r1, r2" },
	{ ISA_ARM, 0xe6610f12, OP_UQADD16, "uqadd16 r0, r1, r2" },
	{ ISA_ARM, 0xe6610f32, OP_UQASX, "uqasx r0, r1, r2" },
	{ ISA_ARM, 0xe6610f52, OP_UQSAX, "uqsax r0, r1, r2" },
	{ ISA_ARM, 0xe6610f72, OP_UQSUB16, "uqsub16 r0, r1, r2" },
	{ ISA_ARM, 0xe6610f92, OP_UQADD8, "uqadd8 r0, r1, r2" },
	{ ISA_ARM, 0xe6610ff2, OP_UQSUB8, "uqsub8 r0, r1, r2" },
	{ ISA_ARM, 0xe6710f12, OP_UHADD16, "uhadd16 r0, r1, r2" },
	{ ISA_ARM, 0xe6710f32, OP_UHASX, "uhasx r0, r1, r2" },
	{ ISA_ARM, 0xe6710f52, OP_UHSAX, "uhsax r0, r1, r2" },
	{ ISA_ARM, 0xe6710f72, OP_UHSUB16, "uhsub16 r0, r1, r2" },
	{ ISA_ARM, 0xe6710f92, OP_UHADD8, "uhadd8 r0, r1, r2" },
	{ ISA_ARM, 0xe6710ff2, OP_UHSUB8, "uhsub8 r0, r1, r2" },
	{ ISA_ARM, 0x065dcf9e, OP_UADD8, "uadd8eq ip, sp, lr" },
	{ ISA_ARM, 0xe6810fb2, OP_SEL, "sel r0, r1, r2" },
	{ ISA_ARM, 0xa6843fb5, OP_SEL, "selge r3, r4, r5" },
	{ ISA_ARM, 0xe6810012, OP_PKHBT, "pkhbt r0, r1, r2" },
	{ ISA_ARM, 0xe6810812, OP_PKHBT, "pkhbt r0, r1, r2, lsl #16" },
	{ ISA_ARM, 0xe6810f92, OP_PKHBT, "pkhbt r0, r1, r2, lsl #31" },
	{ ISA_ARM, 0xe6810852, OP_PKHTB, "pkhtb r0, r1, r2, asr #16" },
	{ ISA_ARM, 0xe6810052, OP_PKHTB, "pkhtb r0, r1, r2, asr #32" },
	{ ISA_ARM, 0xb68430d5, OP_PKHTB, "pkhtblt r3, r4, r5, asr #1" },
	{ ISA_ARM, 0xe780f211, OP_USAD8, "usad8 r0, r1, r2" },
	{ ISA_ARM, 0xe7803211, OP_USADA8, "usada8 r0, r1, r2, r3" },
	{ ISA_ARM, 0xe7847615, OP_USADA8, "usada8 r4, r5, r6, r7" },
	{ ISA_THUMB, 0x4348, OP_MUL, "muls r0, r1" },
	{ ISA_THUMB, 0x4377, OP_MUL, "muls r7, r6" },
	{ ISA_THUMB, 0xfb01f002, OP_MUL, "mul.w r0, r1, r2" },
	{ ISA_THUMB, 0xfb0efc08, OP_MUL, "mul.w ip, lr, r8" },
	{ ISA_THUMB, 0xfb046305, OP_MLA, "mla r3, r4, r5, r6" },
	{ ISA_THUMB, 0xfb09b80a, OP_MLA, "mla r8, r9, sl, fp" },
	{ ISA_THUMB, 0xfb046315, OP_MLS, "mls r3, r4, r5, r6" },
	{ ISA_THUMB, 0xfba20103, OP_UMULL, "umull r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbe20103, OP_UMLAL, "umlal r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb820103, OP_SMULL, "smull r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbca890b, OP_SMLAL, "smlal r8, r9, sl, fp" },
	{ ISA_THUMB, 0xfbe20163, OP_UMAAL, "umaal r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb113002, OP_SMLABB, "smlabb r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb113012, OP_SMLABT, "smlabt r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb113022, OP_SMLATB, "smlatb r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb1b9c3a, OP_SMLATT, "smlatt ip, fp, sl, r9" },
	{ ISA_THUMB, 0xfb313002, OP_SMLAWB, "smlawb r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb313012, OP_SMLAWT, "smlawt r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb31f002, OP_SMULWB, "smulwb r0, r1, r2" },
	{ ISA_THUMB, 0xfb31f012, OP_SMULWT, "smulwt r0, r1, r2" },
	{ ISA_THUMB, 0xfbc20183, OP_SMLALBB, "smlalbb r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbc20193, OP_SMLALBT, "smlalbt r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbc201a3, OP_SMLALTB, "smlaltb r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbc201b3, OP_SMLALTT, "smlaltt r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb11f002, OP_SMULBB, "smulbb r0, r1, r2" },
	{ ISA_THUMB, 0xfb11f012, OP_SMULBT, "smulbt r0, r1, r2" },
	{ ISA_THUMB, 0xfb11f022, OP_SMULTB, "smultb r0, r1, r2" },
	{ ISA_THUMB, 0xfb11f032, OP_SMULTT, "smultt r0, r1, r2" },
	{ ISA_THUMB, 0xfb21f002, OP_SMUAD, "smuad r0, r1, r2" },
	{ ISA_THUMB, 0xfb21f012, OP_SMUADX, "smuadx r0, r1, r2" },
	{ ISA_THUMB, 0xfb41f002, OP_SMUSD, "smusd r0, r1, r2" },
	{ ISA_THUMB, 0xfb41f012, OP_SMUSDX, "smusdx r0, r1, r2" },
	{ ISA_THUMB, 0xfb213002, OP_SMLAD, "smlad r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb213012, OP_SMLADX, "smladx r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb413002, OP_SMLSD, "smlsd r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb413012, OP_SMLSDX, "smlsdx r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbc201c3, OP_SMLALD, "smlald r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbc201d3, OP_SMLALDX, "smlaldx r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbd201c3, OP_SMLSLD, "smlsld r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfbd201d3, OP_SMLSLDX, "smlsldx r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb51f002, OP_SMMUL, "smmul r0, r1, r2" },
	{ ISA_THUMB, 0xfb51f012, OP_SMMULR, "smmulr r0, r1, r2" },
	{ ISA_THUMB, 0xfb513002, OP_SMMLA, "smmla r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb513012, OP_SMMLAR, "smmlar r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb613002, OP_SMMLS, "smmls r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb613012, OP_SMMLSR, "smmlsr r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfa82f081, OP_QADD, "qadd r0, r1, r2" },
	{ ISA_THUMB, 0xfa82f0a1, OP_QSUB, "qsub r0, r1, r2" },
	{ ISA_THUMB, 0xfa82f091, OP_QDADD, "qdadd r0, r1, r2" },
	{ ISA_THUMB, 0xfa82f0b1, OP_QDSUB, "qdsub r0, r1, r2" },
	{ ISA_THUMB, 0xf3010007, OP_SSAT, "ssat r0, #8, r1" },
	{ ISA_THUMB, 0xf30170c0, OP_SSAT, "ssat r0, #1, r1, lsl #31" },
	{ ISA_THUMB, 0xf32100cf, OP_SSAT, "ssat r0, #16, r1, asr #3" },
	{ ISA_THUMB, 0xf32170df, OP_SSAT, "ssat r0, #32, r1, asr #31" },
	{ ISA_THUMB, 0xf3810000, OP_USAT, "usat r0, #0, r1" },
	{ ISA_THUMB, 0xf381101f, OP_USAT, "usat r0, #31, r1, lsl #4" },
	{ ISA_THUMB, 0xf3a10047, OP_USAT, "usat r0, #7, r1, asr #1" },
	{ ISA_THUMB, 0xf321000f, OP_SSAT16, "ssat16 r0, #16, r1" },
	{ ISA_THUMB, 0xf3210000, OP_SSAT16, "ssat16 r0, #1, r1" },
	{ ISA_THUMB, 0xf3a10000, OP_USAT16, "usat16 r0, #0, r1" },
	{ ISA_THUMB, 0xf3a1000f, OP_USAT16, "usat16 r0, #15, r1" },
	{ ISA_THUMB, 0xfa91f002, OP_SADD16, "sadd16 r0, r1, r2" },
	{ ISA_THUMB, 0xfaa1f002, OP_SASX, "sasx r0, r1, r2" },
	{ ISA_THUMB, 0xfae1f002, OP_SSAX, "ssax r0, r1, r2" },
	{ ISA_THUMB, 0xfad1f002, OP_SSUB16, "ssub16 r0, r1, r2" },
	{ ISA_THUMB, 0xfa81f002, OP_SADD8, "sadd8 r0, r1, r2" },
	{ ISA_THUMB, 0xfac1f002, OP_SSUB8, "ssub8 r0, r1, r2" },
	{ ISA_THUMB, 0xfa91f012, OP_QADD16, "qadd16 r0, r1, r2" },
	{ ISA_THUMB, 0xfaa1f012, OP_QASX, "qasx r0, r1, r2" },
	{ ISA_THUMB, 0xfae1f012, OP_QSAX, "qsax r0, r1, r2" },
	{ ISA_THUMB, 0xfad1f012, OP_QSUB16, "qsub16 r0, r1, r2" },
	{ ISA_THUMB, 0xfa81f012, OP_QADD8, "qadd8 r0, r1, r2" },
	{ ISA_THUMB, 0xfac1f012, OP_QSUB8, "qsub8 r0, r1, r2" },
	{ ISA_THUMB, 0xfa91f022, OP_SHADD16, "shadd16 r0, r1, r2" },
	{ ISA_THUMB, 0xfaa1f022, OP_SHASX, "shasx r0, r1, r2" },
	{ ISA_THUMB, 0xfae1f022, OP_SHSAX, "shsax r0, r1, r2" },
	{ ISA_THUMB, 0xfad1f022, OP_SHSUB16, "shsub16 r0, r1, r2" },
	{ ISA_THUMB, 0xfa81f022, OP_SHADD8, "shadd8 r0, r1, r2" },
	{ ISA_THUMB, 0xfac1f022, OP_SHSUB8, "shsub8 r0, r1, r2" },
	{ ISA_THUMB, 0xfa91f042, OP_UADD16, "uadd16 r0, r1, r2" },
	{ ISA_THUMB, 0xfaa1f042, OP_UASX, "uasx r0, r1, r2" },
	{ ISA_THUMB, 0xfae1f042, OP_USAX, "usax r0, r1, r2" },
	{ ISA_THUMB, 0xfad1f042, OP_USUB16, "usub16 r0, r1, r2" },
	{ ISA_THUMB, 0xfa81f042, OP_UADD8, "uadd8 r0, r1, r2" },
	{ ISA_THUMB, 0xfac1f042, OP_USUB8, "usub8 r0, r1, r2" },
	{ ISA_THUMB, 0xfa91f052, OP_UQADD16, "uqadd16 r0, r1, r2" },
	{ ISA_THUMB, 0xfaa1f052, OP_UQASX, "uqasx r0, r1, r2" },
	{ ISA_THUMB, 0xfae1f052, OP_UQSAX, "uqsax r0, r1, r2" },
	{ ISA_THUMB, 0xfad1f052, OP_UQSUB16, "uqsub16 r0, r1, r2" },
	{ ISA_THUMB, 0xfa81f052, OP_UQADD8, "uqadd8 r0, r1, r2" },
	{ ISA_THUMB, 0xfac1f052, OP_UQSUB8, "uqsub8 r0, r1, r2" },
	{ ISA_THUMB, 0xfa91f062, OP_UHADD16, "uhadd16 r0, r1, r2" },
	{ ISA_THUMB, 0xfaa1f062, OP_UHASX, "uhasx r0, r1, r2" },
	{ ISA_THUMB, 0xfae1f062, OP_UHSAX, "uhsax r0, r1, r2" },
	{ ISA_THUMB, 0xfad1f062, OP_UHSUB16, "uhsub16 r0, r1, r2" },
	{ ISA_THUMB, 0xfa81f062, OP_UHADD8, "uhadd8 r0, r1, r2" },
	{ ISA_THUMB, 0xfac1f062, OP_UHSUB8, "uhsub8 r0, r1, r2" },
	{ ISA_THUMB, 0xfa8af94b, OP_UADD8, "uadd8 r9, sl, fp" },
	{ ISA_THUMB, 0xfaa1f082, OP_SEL, "sel r0, r1, r2" },
	{ ISA_THUMB, 0xfaa4fc88, OP_SEL, "sel ip, r4, r8" },
	{ ISA_THUMB, 0xeac10002, OP_PKHBT, "pkhbt r0, r1, r2" },
	{ ISA_THUMB, 0xeac14002, OP_PKHBT, "pkhbt r0, r1, r2, lsl #16" },
	{ ISA_THUMB, 0xeac14022, OP_PKHTB, "pkhtb r0, r1, r2, asr #16" },
	{ ISA_THUMB, 0xeac170e2, OP_PKHTB, "pkhtb r0, r1, r2, asr #31" },
	{ ISA_THUMB, 0xfb71f002, OP_USAD8, "usad8 r0, r1, r2" },
	{ ISA_THUMB, 0xfb713002, OP_USADA8, "usada8 r0, r1, r2, r3" },
	{ ISA_THUMB, 0xfb757406, OP_USADA8, "usada8 r4, r5, r6, r7" },
	/* RdHi == RdLo is UNPREDICTABLE; executed as QEMU does (objdump appends
	 * "@ <UNPREDICTABLE>", left out here). */
	{ ISA_ARM, 0xe0a00392, OP_UMLAL, "umlal r0, r0, r2, r3" },
	/* SP in Thumb is UNPREDICTABLE (BadReg); executed as QEMU does. */
	{ ISA_THUMB, 0xfb0df00e, OP_MUL, "mul.w r0, sp, lr" },
};

static const struct dcase undefined[] = {
	/* SDIV, UDIV: Cortex-A9 has no integer divide. */
	{ ISA_ARM, 0xe710f211, OP_UNDEF, "sdiv r0, r1, r2" },
	{ ISA_ARM, 0xe730f211, OP_UNDEF, "udiv r0, r1, r2" },
	{ ISA_THUMB, 0xfb91f0f2, OP_UNDEF, "sdiv r0, r1, r2" },
	{ ISA_THUMB, 0xfbb1f0f2, OP_UNDEF, "udiv r0, r1, r2" },
	/* ARM multiply spaces: unallocated op values, SBZ bits, the PC. */
	{ ISA_ARM, 0xe0510392, OP_UNDEF, "multiply op 0101 (UMAAL with S)" },
	{ ISA_ARM, 0xe0710392, OP_UNDEF, "multiply op 0111 (MLS with S)" },
	{ ISA_ARM, 0xe0001291, OP_UNDEF, "mul with bits 15:12 != 0000" },
	{ ISA_ARM, 0xe00f0291, OP_UNDEF, "mul pc, r1, r2" },
	{ ISA_ARM, 0xe0000f91, OP_UNDEF, "mul r0, r1, pc" },
	{ ISA_ARM, 0xe02f3291, OP_UNDEF, "mla pc, r1, r2, r3" },
	{ ISA_ARM, 0xe0a1f392, OP_UNDEF, "umlal pc, r1, r2, r3" },
	{ ISA_ARM, 0xe0c10f92, OP_UNDEF, "smull r0, r1, r2, pc" },
	{ ISA_ARM, 0xe102f051, OP_UNDEF, "qadd pc, r1, r2" },
	{ ISA_ARM, 0xe1020151, OP_UNDEF, "qadd with bits 11:8 != 0000" },
	{ ISA_ARM, 0xe12012a1, OP_UNDEF, "smulwb with bits 15:12 != 0000" },
	{ ISA_ARM, 0xe16012a1, OP_UNDEF, "smultb with bits 15:12 != 0000" },
	{ ISA_ARM, 0xe10f3281, OP_UNDEF, "smlabb pc, r1, r2, r3" },
	/* ARM media spaces. */
	{ ISA_ARM, 0xe6010f12, OP_UNDEF, "parallel op1 000" },
	{ ISA_ARM, 0xe6410f12, OP_UNDEF, "parallel op1 100" },
	{ ISA_ARM, 0xe6110fb2, OP_UNDEF, "parallel op2 101" },
	{ ISA_ARM, 0xe6110fd2, OP_UNDEF, "parallel op2 110" },
	{ ISA_ARM, 0xe6110e12, OP_UNDEF, "sadd16 with bits 11:8 != 1111" },
	{ ISA_ARM, 0xe611ff12, OP_UNDEF, "sadd16 pc, r1, r2" },
	{ ISA_ARM, 0xe6810eb2, OP_UNDEF, "sel with bits 11:8 != 1111" },
	{ ISA_ARM, 0xe6a7f011, OP_UNDEF, "ssat pc, #8, r1" },
	{ ISA_ARM, 0xe6a7001f, OP_UNDEF, "ssat r0, #8, pc" },
	{ ISA_ARM, 0xe6af0e31, OP_UNDEF, "ssat16 with bits 11:8 != 1111" },
	{ ISA_ARM, 0xe681001f, OP_UNDEF, "pkhbt r0, r1, pc" },
	{ ISA_ARM, 0xe750f2d1, OP_UNDEF, "smmls r0, r1, r2, pc" },
	{ ISA_ARM, 0xe7003f11, OP_UNDEF, "smlad r0, r1, pc, r3" },
	{ ISA_ARM, 0xe741f312, OP_UNDEF, "smlald pc, r1, r2, r3" },
	{ ISA_ARM, 0xe7200211, OP_UNDEF, "signed multiply op1 010" },
	{ ISA_ARM, 0xe7600211, OP_UNDEF, "signed multiply op1 110" },
	{ ISA_ARM, 0xe75032b1, OP_UNDEF, "smmla space with op2 101" },
	{ ISA_ARM, 0xe7803f11, OP_UNDEF, "usada8 r0, r1, pc, r3" },
	/* Thumb multiply spaces. */
	{ ISA_THUMB, 0xfb01ff02, OP_UNDEF, "mul.w pc, r1, r2" },
	{ ISA_THUMB, 0xfb04f315, OP_UNDEF, "mls r3, r4, r5, pc" },
	{ ISA_THUMB, 0xfb046345, OP_UNDEF, "mla with hw2 bits 7:6 = 01" },
	{ ISA_THUMB, 0xfb11f0c2, OP_UNDEF, "smulbb with hw2 bits 7:6 = 11" },
	{ ISA_THUMB, 0xfb21f022, OP_UNDEF, "smuad with op2 10" },
	{ ISA_THUMB, 0xfb8201a3, OP_UNDEF, "smull with op2 1010" },
	{ ISA_THUMB, 0xfbe201f3, OP_UNDEF, "umlal space with op2 1111" },
	{ ISA_THUMB, 0xfba20113, OP_UNDEF, "umull with op2 0001" },
	{ ISA_THUMB, 0xfbf20103, OP_UNDEF, "long multiply op1 111" },
	{ ISA_THUMB, 0xfbc20f03, OP_UNDEF, "smlal r0, pc, r2, r3" },
	{ ISA_THUMB, 0xfb7f3002, OP_UNDEF, "usada8 r0, pc, r2, r3" },
	/* Thumb data-processing (register), saturate and pack spaces. */
	{ ISA_THUMB, 0xfab1f002, OP_UNDEF, "parallel op1 011" },
	{ ISA_THUMB, 0xfaf1f002, OP_UNDEF, "parallel op1 111" },
	{ ISA_THUMB, 0xfa91f032, OP_UNDEF, "parallel kind 011" },
	{ ISA_THUMB, 0xfa91f072, OP_UNDEF, "parallel kind 111" },
	{ ISA_THUMB, 0xfa91e002, OP_UNDEF, "sadd16 with hw2 15:12 != 1111" },
	{ ISA_THUMB, 0xfa91ff02, OP_UNDEF, "sadd16 pc, r1, r2" },
	{ ISA_THUMB, 0xfa82f0c1, OP_UNDEF, "data-processing (register) op2 11xx" },
	{ ISA_THUMB, 0xfa8ff081, OP_UNDEF, "qadd r0, r1, pc" },
	{ ISA_THUMB, 0xfaa1f09f, OP_UNDEF, "miscellaneous op1 10, op2 01" },
	{ ISA_THUMB, 0xfaa1f08f, OP_UNDEF, "sel r0, r1, pc" },
	{ ISA_THUMB, 0xf3210010, OP_UNDEF, "ssat16 with (0) bit 4 set" },
	{ ISA_THUMB, 0xf3210020, OP_UNDEF, "ssat16 with (0) bit 5 set" },
	{ ISA_THUMB, 0xf3010027, OP_UNDEF, "ssat with (0) bit 5 set" },
	{ ISA_THUMB, 0xf7010007, OP_UNDEF, "ssat with (0) hw1 bit 10 set" },
	{ ISA_THUMB, 0xf30f0007, OP_UNDEF, "ssat r0, #8, pc" },
	{ ISA_THUMB, 0xead10002, OP_UNDEF, "pkhbt with S set" },
	{ ISA_THUMB, 0xeac10012, OP_UNDEF, "pkhbt with T set" },
	{ ISA_THUMB, 0xeac18002, OP_UNDEF, "pkhbt with hw2 bit 15 set" },
	{ ISA_THUMB, 0xeac10f02, OP_UNDEF, "pkhbt pc, r1, r2" },
};

/* Other classes' encodings next to ours (objdump's text): never a mul op. */
static const struct dcase foreign[] = {
	{ ISA_ARM, 0xe1001092, 0, "swp r1, r2, [r0]" },
	{ ISA_ARM, 0xe1401092, 0, "swpb r1, r2, [r0]" },
	{ ISA_ARM, 0xe1d010b0, 0, "ldrh r1, [r0]" },
	{ ISA_ARM, 0xe1c020f0, 0, "strd r2, [r0]" },
	{ ISA_ARM, 0xe1d010d0, 0, "ldrsb r1, [r0]" },
	{ ISA_ARM, 0xe1901f9f, 0, "ldrex r1, [r0]" },
	{ ISA_ARM, 0xe0810312, 0, "add r0, r1, r2, lsl r3" },
	{ ISA_ARM, 0xe12fff11, 0, "bx r1" },
	{ ISA_ARM, 0xe16f0f11, 0, "clz r0, r1" },
	{ ISA_ARM, 0xe1200070, 0, "bkpt 0x0000" },
	{ ISA_ARM, 0xe6810072, 0, "sxtab16 r0, r1, r2" },
	{ ISA_ARM, 0xe6bf0f31, 0, "rev r0, r1" },
	{ ISA_ARM, 0xe6af0071, 0, "sxtb r0, r1" },
	{ ISA_ARM, 0xe6ff0f31, 0, "rbit r0, r1" },
	{ ISA_ARM, 0xe7e10251, 0, "ubfx r0, r1, #4, #2" },
	{ ISA_ARM, 0xe7c10011, 0, "bfi r0, r1, #0, #2" },
	{ ISA_ARM, 0xe7f000f0, 0, "udf #0" },
	{ ISA_ARM, 0xe6110000, 0, "ldr r0, [r1], -r0" },
	{ ISA_THUMB, 0xfab1f081, 0, "clz r0, r1" },
	{ ISA_THUMB, 0xfa91f081, 0, "rev.w r0, r1" },
	{ ISA_THUMB, 0xfa01f082, 0, "sxtah r0, r1, r2" },
	{ ISA_THUMB, 0xf3410003, 0, "sbfx r0, r1, #0, #4" },
	{ ISA_THUMB, 0xeb010002, 0, "add.w r0, r1, r2" },
	{ ISA_THUMB, 0xf3018007, 0, "bgt.w (the SSAT space with hw2 bit 15 set)" },
	{ ISA_THUMB, 0x0000, 0, "movs r0, r0" },
	{ ISA_THUMB, 0x4308, 0, "orrs r0, r1" },
	{ ISA_THUMB, 0x4388, 0, "bics r0, r1" },
	{ ISA_THUMB, 0x4248, 0, "negs r0, r1" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void expect_text(const char *objdump, char *out, size_t size)
{
	size_t n = strlen(objdump);

	snprintf(out, size, "%s", objdump);
	if ((strncmp(objdump, "ssat", 4) == 0 || strncmp(objdump, "usat", 4) == 0) &&
	    n >= 6 && strcmp(objdump + n - 6, "asr #0") == 0)
		snprintf(out + n - 6, size - (n - 6), "asr #32");
}

static void test_valid(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(valid); i++) {
		const struct dcase *c = &valid[i];
		struct insn in;
		char want[64], got[64];

		decode(c->isa, c->enc, &in);
		expect_text(c->text, want, sizeof want);
		disasm(&in, 0, got, sizeof got);
		if (in.op != c->op || strcmp(got, want) != 0)
			printf("0x%08x: want %s \"%s\", got %s \"%s\"\n", c->enc,
			       op_name(c->op), want, op_name(in.op), got);
		assert_int_equal(in.op, c->op);
		assert_string_equal(got, want);
	}
}

static void test_undefined(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(undefined); i++) {
		struct insn in;

		decode(undefined[i].isa, undefined[i].enc, &in);
		if (in.op != OP_UNDEF)
			printf("0x%08x (%s): decoded as %s\n", undefined[i].enc,
			       undefined[i].text, op_name(in.op));
		assert_int_equal(in.op, OP_UNDEF);
	}
}

static void test_foreign(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(foreign); i++) {
		struct insn in;

		decode(foreign[i].isa, foreign[i].enc, &in);
		if (in.op >= OP_MUL && in.op <= OP_USADA8)
			printf("0x%08x (%s): decoded as %s\n", foreign[i].enc,
			       foreign[i].text, op_name(in.op));
		assert_false(in.op >= OP_MUL && in.op <= OP_USADA8);
	}
}

/* Field and flag conventions the semantics rely on. */
static void test_fields(void **state)
{
	struct insn in;

	(void)state;
	decode(ISA_ARM, 0xe0910392, &in);          /* umulls r0, r1, r2, r3 */
	assert_int_equal(in.rd, 0);
	assert_int_equal(in.ra, 1);
	assert_int_equal(in.rn, 2);
	assert_int_equal(in.rm, 3);
	assert_true(in.flags & INSN_S);
	decode(ISA_THUMB, 0x4377, &in);            /* muls r7, r6 (r7 = r6 * r7) */
	assert_int_equal(in.rd, 7);
	assert_int_equal(in.rn, 6);
	assert_int_equal(in.rm, 7);
	assert_true(in.flags & INSN_S_NOT_IT);
	assert_false(in.flags & INSN_S);
	assert_int_equal(in.len, 2);
	decode(ISA_THUMB, 0xfb04f005, &in);        /* mul.w r0, r4, r5 */
	assert_false(in.flags & (INSN_S | INSN_S_NOT_IT));
	decode(ISA_ARM, 0xe6bf0051, &in);          /* ssat r0, #32, r1, asr #32 */
	assert_int_equal(in.imm, 32);
	assert_int_equal(in.shift_type, SRTYPE_ASR);
	assert_int_equal(in.shift_amt, 32);
	decode(ISA_ARM, 0x10f10392, &in);          /* smlalsne r0, r1, r2, r3 */
	assert_int_equal(in.cond, COND_NE);
	decode(ISA_THUMB, 0xf3a1000f, &in);        /* usat16 r0, #15, r1 */
	assert_int_equal(in.imm, 15);
}

/* Every entry of our tables is the one chosen for at least one valid[] case. */
static bool is_mul_fn(decode_fn *fn)
{
	static decode_fn *const fns[] = {
		decode_mul_arm_mul, decode_mul_arm_qadd, decode_mul_arm_half,
		decode_mul_arm_par, decode_mul_arm_pkh, decode_mul_arm_sel,
		decode_mul_arm_sat, decode_mul_arm_sat16, decode_mul_arm_dual,
		decode_mul_arm_usad, decode_mul_t16_mul, decode_mul_t32_mul,
		decode_mul_t32_long, decode_mul_t32_par, decode_mul_t32_qadd,
		decode_mul_t32_sel, decode_mul_t32_sat, decode_mul_t32_pkh,
	};
	for (size_t i = 0; i < COUNT(fns); i++)
		if (fns[i] == fn)
			return true;
	return false;
}

static const struct decode_entry *chosen(const struct decode_entry *e, size_t n, uint32_t enc)
{
	for (size_t i = 0; i < n; i++)
		if ((enc & e[i].mask) == e[i].value &&
		    !(e[i].needs_cond && enc >> 28 == 0xf))
			return &e[i];
	return NULL;
}

static void test_every_entry_covered(void **state)
{
	int missing = 0;

	(void)state;
	for (int t = 0; t < TABLE_COUNT; t++) {
		size_t n;
		const struct decode_entry *e = decode_entries((enum decode_table)t, &n);
		for (size_t i = 0; i < n; i++) {
			bool covered = false;
			if (!is_mul_fn(e[i].fn))
				continue;
			for (size_t k = 0; k < COUNT(valid) && !covered; k++) {
				const struct dcase *c = &valid[k];
				enum decode_table ct = c->isa == ISA_ARM ? TABLE_ARM
						       : thumb_is_32bit(c->enc >> 16) ? TABLE_T32
						       : TABLE_T16;
				covered = ct == (enum decode_table)t && chosen(e, n, c->enc) == &e[i];
			}
			if (!covered) {
				printf("no test case for %s\n", e[i].id);
				missing++;
			}
		}
	}
	assert_int_equal(missing, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_undefined),
		cmocka_unit_test(test_foreign),
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_every_entry_covered),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
