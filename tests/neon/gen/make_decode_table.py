#!/usr/bin/env python3
"""Regenerate tests/neon/decode_table.inc for tests/unit/test_decode_vfp.c.

Each Advanced SIMD instruction below is assembled for ARM and for Thumb with
Debian's arm-linux-gnueabihf-as and disassembled with arm-linux-gnueabihf-objdump
(the oracle). The table holds (isa, encoding, expected op, objdump's text with
the tab after the mnemonic made one space and the "@ ..." comment dropped).
The test compares the whole text, except for the modified immediates (M rows),
where it compares the mnemonic and the first operand only. The UNDEFINED
encodings are raw words expecting OP_UNDEF.
"""
import importlib.util, os, sys

INSNS = [
    # three registers, same length
    ("vhadd.s8 d0, d1, d2", "N3SAME"), ("vhadd.u32 q0, q1, q2", "N3SAME"),
    ("vqadd.s64 d3, d4, d5", "N3SAME"), ("vqadd.u16 q8, q9, q10", "N3SAME"),
    ("vrhadd.u8 d0, d1, d2", "N3SAME"), ("vand d0, d1, d2", "N3SAME"),
    ("vbic q0, q1, q2", "N3SAME"), ("vorr d0, d1, d31", "N3SAME"),
    ("vorn d0, d1, d2", "N3SAME"), ("veor q5, q6, q7", "N3SAME"),
    ("vmov d0, d17", "N3SAME"), ("vmov q1, q2", "N3SAME"),
    ("vbsl d0, d1, d2", "N3SAME"), ("vbit q0, q1, q2", "N3SAME"),
    ("vbif d0, d1, d2", "N3SAME"), ("vhsub.s16 d0, d1, d2", "N3SAME"),
    ("vqsub.u64 q0, q1, q2", "N3SAME"), ("vcgt.s8 d0, d1, d2", "N3SAME"),
    ("vcge.u32 q0, q1, q2", "N3SAME"), ("vshl.s8 d0, d1, d2", "N3SAME"),
    ("vqshl.u64 q0, q1, q2", "N3SAME"), ("vrshl.s32 d0, d1, d2", "N3SAME"),
    ("vqrshl.u16 d0, d1, d2", "N3SAME"), ("vmax.s16 d0, d1, d2", "N3SAME"),
    ("vmin.u8 q0, q1, q2", "N3SAME"), ("vabd.s32 d0, d1, d2", "N3SAME"),
    ("vaba.u16 q0, q1, q2", "N3SAME"), ("vadd.i8 d0, d1, d2", "N3SAME"),
    ("vadd.i64 q0, q1, q2", "N3SAME"), ("vsub.i32 d0, d1, d2", "N3SAME"),
    ("vtst.16 d0, d1, d2", "N3SAME"), ("vceq.i32 q0, q1, q2", "N3SAME"),
    ("vmla.i16 d0, d1, d2", "N3SAME"), ("vmls.i32 q0, q1, q2", "N3SAME"),
    ("vmul.i8 d0, d1, d2", "N3SAME"), ("vmul.p8 q0, q1, q2", "N3SAME"),
    ("vpmax.s8 d0, d1, d2", "N3SAME"), ("vpmin.u32 d0, d1, d2", "N3SAME"),
    ("vqdmulh.s16 d0, d1, d2", "N3SAME"), ("vqrdmulh.s32 q0, q1, q2", "N3SAME"),
    ("vpadd.i16 d0, d1, d2", "N3SAME"),
    ("vadd.f32 d0, d1, d2", "N3SAME"), ("vsub.f32 q0, q1, q2", "N3SAME"),
    ("vpadd.f32 d0, d1, d2", "N3SAME"), ("vabd.f32 q0, q1, q2", "N3SAME"),
    ("vmla.f32 d0, d1, d2", "N3SAME"), ("vmls.f32 q0, q1, q2", "N3SAME"),
    ("vmul.f32 d0, d1, d2", "N3SAME"), ("vceq.f32 q0, q1, q2", "N3SAME"),
    ("vcge.f32 d0, d1, d2", "N3SAME"), ("vcgt.f32 q0, q1, q2", "N3SAME"),
    ("vacge.f32 d0, d1, d2", "N3SAME"), ("vacgt.f32 q0, q1, q2", "N3SAME"),
    ("vmax.f32 d0, d1, d2", "N3SAME"), ("vmin.f32 q0, q1, q2", "N3SAME"),
    ("vpmax.f32 d0, d1, d2", "N3SAME"), ("vpmin.f32 d0, d1, d2", "N3SAME"),
    ("vrecps.f32 q0, q1, q2", "N3SAME"), ("vrsqrts.f32 d0, d1, d2", "N3SAME"),
    # shifts by immediate
    ("vshr.s8 d0, d1, #3", "N2SHIFT"), ("vshr.u64 q0, q1, #64", "N2SHIFT"),
    ("vsra.s16 d0, d1, #16", "N2SHIFT"), ("vrshr.u32 q0, q1, #1", "N2SHIFT"),
    ("vrsra.s64 d0, d1, #7", "N2SHIFT"), ("vsri.8 d0, d1, #8", "N2SHIFT"),
    ("vshl.i16 q0, q1, #15", "N2SHIFT"), ("vsli.32 d0, d1, #0", "N2SHIFT"),
    ("vqshlu.s8 d0, d1, #7", "N2SHIFT"), ("vqshl.u64 q0, q1, #63", "N2SHIFT"),
    ("vqshl.s32 d0, d1, #5", "N2SHIFT"),
    ("vshrn.i16 d0, q1, #8", "N2SHIFT"), ("vrshrn.i64 d0, q1, #32", "N2SHIFT"),
    ("vqshrun.s32 d0, q1, #3", "N2SHIFT"), ("vqrshrun.s16 d0, q1, #1", "N2SHIFT"),
    ("vqshrn.u32 d0, q1, #16", "N2SHIFT"), ("vqrshrn.s64 d0, q1, #2", "N2SHIFT"),
    ("vshll.s8 q0, d1, #3", "N2SHIFT"), ("vmovl.u16 q0, d1", "N2SHIFT"),
    ("vcvt.s32.f32 d0, d1, #3", "N2SHIFT"), ("vcvt.f32.u32 q0, q1, #32", "N2SHIFT"),
    # three registers, different lengths
    ("vaddl.s8 q0, d1, d2", "N3DIFF"), ("vaddw.u16 q0, q1, d4", "N3DIFF"),
    ("vsubl.u32 q0, d1, d2", "N3DIFF"), ("vsubw.s8 q0, q1, d4", "N3DIFF"),
    ("vaddhn.i16 d0, q1, q2", "N3DIFF"), ("vraddhn.i32 d0, q1, q2", "N3DIFF"),
    ("vsubhn.i64 d0, q1, q2", "N3DIFF"), ("vrsubhn.i16 d0, q1, q2", "N3DIFF"),
    ("vabal.s16 q0, d1, d2", "N3DIFF"), ("vabdl.u8 q0, d1, d2", "N3DIFF"),
    ("vmlal.s32 q0, d1, d2", "N3DIFF"), ("vmlsl.u8 q0, d1, d2", "N3DIFF"),
    ("vqdmlal.s16 q0, d1, d2", "N3DIFF"), ("vqdmlsl.s32 q0, d1, d2", "N3DIFF"),
    ("vmull.u16 q0, d1, d2", "N3DIFF"), ("vqdmull.s16 q0, d1, d2", "N3DIFF"),
    ("vmull.p8 q0, d1, d2", "N3DIFF"),
    # by scalar
    ("vmla.i16 d0, d1, d2[3]", "N2SCALAR"), ("vmla.f32 q0, q1, d15[1]", "N2SCALAR"),
    ("vmls.i32 q0, q1, d3[0]", "N2SCALAR"), ("vmls.f32 d0, d1, d2[1]", "N2SCALAR"),
    ("vmlal.s16 q0, d1, d7[2]", "N2SCALAR"), ("vmlsl.u32 q0, d1, d2[1]", "N2SCALAR"),
    ("vqdmlal.s16 q0, d1, d2[0]", "N2SCALAR"), ("vqdmlsl.s32 q0, d1, d2[1]", "N2SCALAR"),
    ("vmul.i16 q0, q1, d2[1]", "N2SCALAR"), ("vmul.f32 d0, d1, d2[0]", "N2SCALAR"),
    ("vmull.u16 q0, d1, d2[3]", "N2SCALAR"), ("vqdmull.s32 q0, d1, d2[1]", "N2SCALAR"),
    ("vqdmulh.s16 d0, d1, d2[2]", "N2SCALAR"), ("vqrdmulh.s32 q0, q1, d2[1]", "N2SCALAR"),
    # two registers, miscellaneous
    ("vrev64.8 d0, d1", "N2MISC"), ("vrev32.16 q0, q1", "N2MISC"),
    ("vrev16.8 d0, d1", "N2MISC"), ("vpaddl.s8 d0, d1", "N2MISC"),
    ("vpaddl.u32 q0, q1", "N2MISC"), ("vcls.s16 d0, d1", "N2MISC"),
    ("vclz.i32 q0, q1", "N2MISC"), ("vcnt.8 d0, d1", "N2MISC"),
    ("vmvn d0, d1", "N2MISC"), ("vpadal.u16 q0, q1", "N2MISC"),
    ("vqabs.s8 d0, d1", "N2MISC"), ("vqneg.s32 q0, q1", "N2MISC"),
    ("vcgt.s8 d0, d1, #0", "N2MISC"), ("vcge.s16 q0, q1, #0", "N2MISC"),
    ("vceq.i32 d0, d1, #0", "N2MISC"), ("vcle.s8 d0, d1, #0", "N2MISC"),
    ("vclt.s32 q0, q1, #0", "N2MISC"), ("vabs.s16 d0, d1", "N2MISC"),
    ("vneg.s8 q0, q1", "N2MISC"), ("vcgt.f32 d0, d1, #0", "N2MISC"),
    ("vceq.f32 q0, q1, #0", "N2MISC"), ("vclt.f32 d0, d1, #0", "N2MISC"),
    ("vabs.f32 q0, q1", "N2MISC"), ("vneg.f32 d0, d1", "N2MISC"),
    ("vswp d0, d1", "N2MISC"), ("vtrn.8 d0, d1", "N2MISC"),
    ("vuzp.16 q0, q1", "N2MISC"), ("vzip.32 q0, q1", "N2MISC"),
    ("vmovn.i16 d0, q1", "N2MISC"), ("vqmovun.s32 d0, q1", "N2MISC"),
    ("vqmovn.s64 d0, q1", "N2MISC"), ("vqmovn.u16 d0, q1", "N2MISC"),
    ("vshll.i8 q0, d1, #8", "N2MISC"), ("vshll.i32 q0, d1, #32", "N2MISC"),
    ("vcvt.f16.f32 d0, q1", "N2MISC"), ("vcvt.f32.f16 q0, d1", "N2MISC"),
    ("vrecpe.u32 d0, d1", "N2MISC"), ("vrsqrte.f32 q0, q1", "N2MISC"),
    ("vrecpe.f32 d0, d1", "N2MISC"), ("vrsqrte.u32 q0, q1", "N2MISC"),
    ("vcvt.f32.s32 d0, d1", "N2MISC"), ("vcvt.f32.u32 q0, q1", "N2MISC"),
    ("vcvt.s32.f32 d0, d1", "N2MISC"), ("vcvt.u32.f32 q0, q1", "N2MISC"),
    # moves
    ("vext.8 d0, d1, d2, #3", "NEXT"), ("vext.8 q0, q1, q2, #15", "NEXT"),
    ("vtbl.8 d0, {d1}, d2", "NTBL"), ("vtbx.8 d0, {d1-d4}, d5", "NTBL"),
    ("vtbl.8 d0, {d30-d31}, d5", "NTBL"),
    ("vdup.8 d0, d1[7]", "NDUP"), ("vdup.16 q0, d1[3]", "NDUP"),
    ("vdup.32 d0, d1[1]", "NDUP"), ("vdup.8 q0, r1", "NDUP"),
    ("vdup.16 d0, r2", "NDUP"), ("vdup.32 q15, lr", "NDUP"),
    ("vmov.8 d0[7], r1", "NMOV_SCALAR"), ("vmov.16 d31[3], r2", "NMOV_SCALAR"),
    ("vmov.s8 r0, d1[5]", "NMOV_SCALAR"), ("vmov.u16 r3, d2[1]", "NMOV_SCALAR"),
    # loads and stores
    ("vld1.8 {d0}, [r0]", "NLDST"), ("vld1.16 {d0-d1}, [r0:128]!", "NLDST"),
    ("vld1.32 {d0-d2}, [r1], r2", "NLDST"), ("vld1.64 {d0-d3}, [r0:256]", "NLDST"),
    ("vst1.8 {d5}, [r3:64]!", "NLDST"), ("vst1.32 {d0-d1}, [sp]", "NLDST"),
    ("vld2.8 {d0-d1}, [r0]", "NLDST"), ("vld2.16 {d0, d2}, [r0]!", "NLDST"),
    ("vld2.32 {d0-d3}, [r0:128]", "NLDST"), ("vst2.8 {d0-d1}, [r0], r5", "NLDST"),
    ("vld3.8 {d0-d2}, [r0]", "NLDST"), ("vld3.16 {d0, d2, d4}, [r0:64]!", "NLDST"),
    ("vst3.32 {d0-d2}, [r0]", "NLDST"), ("vld4.8 {d0-d3}, [r0:256]", "NLDST"),
    ("vld4.32 {d0, d2, d4, d6}, [r0]!", "NLDST"), ("vst4.16 {d4-d7}, [r1]", "NLDST"),
    ("vld1.8 {d0[3]}, [r0]", "NLDST"), ("vld1.16 {d1[2]}, [r0:16]!", "NLDST"),
    ("vld1.32 {d2[1]}, [r0:32], r3", "NLDST"), ("vst1.32 {d2[0]}, [r0]", "NLDST"),
    ("vld2.8 {d0[1], d1[1]}, [r0:16]", "NLDST"), ("vld2.16 {d0[2], d2[2]}, [r0]", "NLDST"),
    ("vst2.32 {d0[1], d1[1]}, [r0:64]!", "NLDST"), ("vld3.8 {d0[7], d1[7], d2[7]}, [r0]", "NLDST"),
    ("vld3.32 {d0[1], d2[1], d4[1]}, [r0]", "NLDST"), ("vst3.16 {d0[0], d1[0], d2[0]}, [r0]!", "NLDST"),
    ("vld4.8 {d0[1], d1[1], d2[1], d3[1]}, [r0:32]", "NLDST"),
    ("vld4.32 {d0[1], d2[1], d4[1], d6[1]}, [r0:128]", "NLDST"),
    ("vst4.16 {d0[3], d1[3], d2[3], d3[3]}, [r0:64]", "NLDST"),
    ("vld1.8 {d0[]}, [r0]", "NLDST"), ("vld1.32 {d0[], d1[]}, [r0:32]!", "NLDST"),
    ("vld2.16 {d0[], d1[]}, [r0:32]", "NLDST"), ("vld2.8 {d0[], d2[]}, [r0]", "NLDST"),
    ("vld3.32 {d0[], d1[], d2[]}, [r0]!", "NLDST"), ("vld3.8 {d0[], d2[], d4[]}, [r0]", "NLDST"),
    ("vld4.16 {d0[], d1[], d2[], d3[]}, [r0:64]", "NLDST"),
    ("vld4.32 {d0[], d1[], d2[], d3[]}, [r0:128]", "NLDST"),
]
# Modified immediates: the text's value is compared only up to the '#'.
IMMS = [
    ("vmov.i32 d0, #0x12", "N1IMM"), ("vmov.i32 q1, #0x3400", "N1IMM"),
    ("vmov.i16 d0, #0x5600", "N1IMM"), ("vmov.i8 q0, #0xab", "N1IMM"),
    ("vmov.i32 d0, #0x12ff", "N1IMM"), ("vmov.i64 d0, #0xff00ff0000ff00ff", "N1IMM"),
    ("vmov.f32 q0, #1.0", "N1IMM"), ("vmvn.i32 d0, #0x12", "N1IMM"),
    ("vmvn.i16 q0, #0x1200", "N1IMM"), ("vorr.i32 d0, #0x120000", "N1IMM"),
    ("vorr.i16 q0, #0x34", "N1IMM"), ("vbic.i32 d0, #0x56000000", "N1IMM"),
    ("vbic.i16 q0, #0x7800", "N1IMM"),
]
# Encodings that must decode as UNDEFINED: (isa, word, what).
UNDEF = [
    ("ARM", 0xf2000c10, "VFMA (VFPv4)"),
    ("ARM", 0xf3300d10, "VMUL.F32 with sz = 1"),
    ("ARM", 0xf2300810, "VTST.64"),
    ("ARM", 0xf2300910, "VMUL.I64"),
    ("ARM", 0xf2000b00, "VQDMULH.S8"),
    ("ARM", 0xf2000a40, "VPMAX with Q = 1"),
    ("ARM", 0xf3100910, "VMUL.P16"),
    ("ARM", 0xf2010050, "VQADD of an odd Q register"),
    ("ARM", 0xf3800e00, "VMULL.P8 with U = 1"),
    ("ARM", 0xf2800d00, "VQDMULL.S8"),
    ("ARM", 0xf3b80080, "VREV32 of 32-bit elements"),
    ("ARM", 0xf3be0200, "VMOVN of 64-bit elements"),
    ("ARM", 0xf3ba0100, "VUZP.32 of D registers"),
    ("ARM", 0xf2b0080f, "VEXT of a D register past byte 7"),
    ("ARM", 0xf4200b0f, "VLD multiple with type 1011"),
    ("ARM", 0xf42007ff, "VLD1 of one register with 128-bit alignment"),
    ("ARM", 0xf4200cff, "VLD4 (multiple) of 64-bit elements"),
    ("ARM", 0xf440f00d, "VST4 past D31"),
    ("ARM", 0xf4800c0f, "VST1 to all lanes"),
    ("ARM", 0xf4a00c1f, "VLD1.8 all lanes with alignment"),
    ("ARM", 0xf4a00e1f, "VLD3 all lanes with alignment"),
    ("ARM", 0xf4a00b3f, "VLD4.32 one lane with alignment 11"),
    ("ARM", 0xee800b70, "VDUP with B:E = 11"),
    ("ARM", 0xee80fb10, "VDUP from the PC"),
    ("THUMB", 0xef000c10, "VFMA (VFPv4, T1)"),
    ("THUMB", 0xfff00c00, "VDUP scalar with imm4 = x000"),
    ("THUMB", 0xf9200b0f, "VLD multiple with type 1011 (T1)"),
]

def load_objdump():
    """objdump() of tests/vfp/gen/make_decode_table.py."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "vfp", "gen",
                        "make_decode_table.py")
    spec = importlib.util.spec_from_file_location("vfp_decode_table", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.objdump

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "decode_table.inc")
    lines = ["/* Generated by tests/neon/gen/make_decode_table.py from GNU objdump output. */"]
    objdump = load_objdump()
    for isa in ("ARM", "THUMB"):
        for kind, insns in (("D", INSNS), ("M", IMMS)):
            rows = objdump([a for a, _ in insns], isa == "THUMB", "neon-fp16")
            for (asm, op), (enc, text) in zip(insns, rows):
                if kind == "M":
                    text = text[:text.index("#")]
                lines.append('%s(%s, 0x%08x, %s, "%s")' % (kind, isa, enc, op, text))
    for isa, word, what in UNDEF:
        lines.append('U(%s, 0x%08x) /* %s */' % (isa, word, what))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", out)

main()
