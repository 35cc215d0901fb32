#!/usr/bin/env python3
"""Regenerate tests/vfp/decode_table.inc for tests/unit/test_decode_vfp.c.

Each instruction below is assembled for ARM and for Thumb with Debian's
arm-linux-gnueabihf-as and disassembled with arm-linux-gnueabihf-objdump (the
oracle); the table holds (isa, encoding, expected op, objdump's text). The
text is normalised by two documented rules: the tab after the mnemonic becomes
one space, and objdump's trailing "@ ..." comment is dropped. The UNDEFINED
encodings (VFPv4 and ARMv8 floating point, reserved forms; Advanced SIMD is
tests/neon's) are
given as raw words and expect OP_UNDEF.
"""
import os, re, subprocess, sys, tempfile

INSNS = [
    ("vadd.f32 s0, s1, s2", "VADD"), ("vadd.f64 d0, d17, d31", "VADD"),
    ("vsub.f32 s31, s30, s29", "VSUB"), ("vsub.f64 d16, d1, d2", "VSUB"),
    ("vmul.f32 s3, s4, s5", "VMUL"), ("vmul.f64 d3, d4, d5", "VMUL"),
    ("vnmul.f32 s0, s1, s2", "VNMUL"), ("vnmul.f64 d1, d2, d3", "VNMUL"),
    ("vdiv.f32 s6, s7, s8", "VDIV"), ("vdiv.f64 d30, d29, d28", "VDIV"),
    ("vmla.f32 s3, s4, s5", "VMLA"), ("vmla.f64 d3, d4, d20", "VMLA"),
    ("vmls.f32 s3, s4, s5", "VMLS"), ("vmls.f64 d3, d4, d5", "VMLS"),
    ("vnmla.f32 s3, s4, s5", "VNMLA"), ("vnmla.f64 d3, d4, d5", "VNMLA"),
    ("vnmls.f32 s3, s4, s5", "VNMLS"), ("vnmls.f64 d3, d4, d5", "VNMLS"),
    ("vmov.f32 s0, #1.0", "VMOV_IMM"), ("vmov.f64 d16, #-0.125", "VMOV_IMM"),
    ("vmov.f32 s5, #31.0", "VMOV_IMM"), ("vmov.f64 d0, #2.0", "VMOV_IMM"),
    ("vmov.f32 s1, s2", "VMOV_REG"), ("vmov.f64 d1, d18", "VMOV_REG"),
    ("vabs.f32 s1, s2", "VABS"), ("vabs.f64 d0, d1", "VABS"),
    ("vneg.f32 s0, s30", "VNEG"), ("vneg.f64 d31, d0", "VNEG"),
    ("vsqrt.f32 s0, s1", "VSQRT"), ("vsqrt.f64 d2, d3", "VSQRT"),
    ("vcmp.f32 s0, s1", "VCMP"), ("vcmp.f64 d0, d17", "VCMP"),
    ("vcmpe.f32 s2, s3", "VCMPE"), ("vcmpe.f64 d0, #0", "VCMPE"),
    ("vcmp.f32 s0, #0", "VCMP"), ("vcmp.f64 d5, #0", "VCMP"),
    ("vcvt.f64.f32 d0, s1", "VCVT_FP"), ("vcvt.f32.f64 s0, d17", "VCVT_FP"),
    ("vcvt.s32.f32 s0, s1", "VCVT_F2I"), ("vcvt.u32.f32 s2, s3", "VCVT_F2I"),
    ("vcvt.s32.f64 s0, d1", "VCVT_F2I"), ("vcvt.u32.f64 s31, d31", "VCVT_F2I"),
    ("vcvtr.s32.f32 s0, s1", "VCVTR_F2I"), ("vcvtr.u32.f64 s0, d1", "VCVTR_F2I"),
    ("vcvt.f32.s32 s0, s1", "VCVT_I2F"), ("vcvt.f32.u32 s0, s1", "VCVT_I2F"),
    ("vcvt.f64.s32 d0, s1", "VCVT_I2F"), ("vcvt.f64.u32 d16, s31", "VCVT_I2F"),
    ("vcvt.s16.f32 s0, s0, #3", "VCVT_F2X"), ("vcvt.u16.f32 s5, s5, #16", "VCVT_F2X"),
    ("vcvt.s32.f32 s0, s0, #1", "VCVT_F2X"), ("vcvt.u32.f64 d0, d0, #32", "VCVT_F2X"),
    ("vcvt.s16.f64 d17, d17, #8", "VCVT_F2X"),
    ("vcvt.f32.s32 s0, s0, #1", "VCVT_X2F"), ("vcvt.f64.u16 d0, d0, #16", "VCVT_X2F"),
    ("vcvt.f32.u16 s3, s3, #2", "VCVT_X2F"), ("vcvt.f64.s32 d9, d9, #32", "VCVT_X2F"),
    ("vcvtb.f16.f32 s0, s1", "VCVT_HALF"), ("vcvtt.f16.f32 s2, s3", "VCVT_HALF"),
    ("vcvtb.f32.f16 s4, s5", "VCVT_HALF"), ("vcvtt.f32.f16 s0, s31", "VCVT_HALF"),
    ("vldr s0, [r0, #-4]", "VLDR"), ("vldr d0, [pc, #16]", "VLDR"),
    ("vldr s3, [r1]", "VLDR"), ("vldr d17, [sp, #1020]", "VLDR"),
    ("vstr d17, [sp]", "VSTR"), ("vstr s5, [r2, #-1020]", "VSTR"),
    ("vldmia r0!, {s0-s3}", "VLDM"), ("vldmia r2, {d16-d31}", "VLDM"),
    ("vldmdb r1!, {d0-d3}", "VLDM"), ("vldmia r0, {s0}", "VLDM"),
    ("vstmdb r1!, {d0-d3}", "VSTM"), ("vstmia r4, {s5-s6}", "VSTM"),
    ("vstmia sp!, {d0}", "VSTM"), ("vpush {d8-d15}", "VSTM"),
    ("vpop {d8-d15}", "VLDM"), ("vpush {s0}", "VSTM"), ("vpop {s16-s31}", "VLDM"),
    ("vmov r0, s1", "VMOV_SR"), ("vmov s31, r2", "VMOV_SR"),
    ("vmov r0, r1, d2", "VMOV_RRD"), ("vmov d3, r4, r5", "VMOV_RRD"),
    ("vmov r0, r1, s4, s5", "VMOV_RRSS"), ("vmov s30, s31, r2, r3", "VMOV_RRSS"),
    ("vmov.32 d0[1], r2", "VMOV_SCALAR"), ("vmov.32 r3, d17[0]", "VMOV_SCALAR"),
    ("vmrs r0, fpscr", "VMRS"), ("vmrs APSR_nzcv, fpscr", "VMRS"),
    ("vmsr fpscr, r1", "VMSR"), ("vmrs r0, fpexc", "VMRS"), ("vmsr fpexc, r0", "VMSR"),
    ("vmrs r0, fpsid", "VMRS"), ("vmrs r0, mvfr0", "VMRS"), ("vmrs r0, mvfr1", "VMRS"),
    ("vmrs r5, fpinst", "VMRS"), ("vmsr fpsid, r0", "VMSR"),
]
# ARM only: conditions and the FLDMX form.
ARM_ONLY = [
    ("vaddne.f32 s0, s1, s2", "VADD"), ("vldrgt d0, [r0, #8]", "VLDR"),
    ("vmrsmi APSR_nzcv, fpscr", "VMRS"), ("vpushne {d8}", "VSTM"),
    ("vcvtrle.s32.f64 s0, d1", "VCVTR_F2I"), ("vmoveq.f64 d0, #1.0", "VMOV_IMM"),
    (".inst 0xecb00b05", "VLDM"),
]
# Encodings that must decode as UNDEFINED: (isa, word, what).
UNDEF = [
    ("ARM", 0xeea00a00, "VFMA (VFPv4)"),
    ("ARM", 0xee900a40, "VFNMA (VFPv4)"),
    ("ARM", 0xfe000a00, "VSEL (ARMv8)"),
    ("ARM", 0xeeb20b40, "VCVTB.F64.F16 (ARMv8)"),
    ("ARM", 0xeeb60a40, "VRINTR (ARMv8)"),
    ("ARM", 0xeef00a7f, "VMOV immediate with bits 5 and 7 set"),
    ("ARM", 0xeeb90a40, "unallocated opc2 1001"),
    ("ARM", 0xedb00b00, "VLDM with P = U = W = 1"),
    ("ARM", 0xec900b00, "VLDM of zero registers"),
    ("ARM", 0xec900b22, "VLDM of 17 double registers"),
    ("ARM", 0xecbf0a01, "VLDM writing back to the PC"),
    ("ARM", 0xeeba0a6c, "VCVT.F32.S16 with negative frac_bits"),
    ("THUMB", 0xeea00a00, "VFMA (VFPv4, T2)"),
    ("THUMB", 0xfe000a00, "VSEL (ARMv8)"),
]

def objdump(lines, thumb, fpu="vfpv3"):
    """(encoding, text) of each line, assembled for ARM or Thumb with .fpu fpu
    (tests/neon/gen/make_decode_table.py uses it too)."""
    with tempfile.TemporaryDirectory() as d:
        src, obj = os.path.join(d, "t.s"), os.path.join(d, "t.o")
        with open(src, "w") as f:
            f.write(".syntax unified\n.arch armv7-a\n.fpu %s\n" % fpu)
            f.write(".thumb\n" if thumb else ".arm\n")
            f.write("\n".join(lines) + "\n")
        subprocess.run(["arm-linux-gnueabihf-as", src, "-o", obj], check=True)
        out = subprocess.run(["arm-linux-gnueabihf-objdump", "-d", obj], check=True,
                             capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        m = re.match(r"\s*[0-9a-f]+:\s+([0-9a-f]{8}|[0-9a-f]{4} [0-9a-f]{4})\s+(.*)$", line)
        if not m:
            continue
        enc = int(m.group(1).replace(" ", ""), 16)
        text = re.sub(r"\s*@.*$", "", m.group(2)).replace("\t", " ").strip()
        rows.append((enc, text))
    assert len(rows) == len(lines), (len(rows), len(lines))
    return rows

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "decode_table.inc")
    lines = ["/* Generated by tests/vfp/gen/make_decode_table.py from GNU objdump output. */"]
    for isa, insns in (("ARM", INSNS + ARM_ONLY), ("THUMB", INSNS)):
        rows = objdump([a for a, _ in insns], isa == "THUMB")
        for (asm, op), (enc, text) in zip(insns, rows):
            lines.append('D(%s, 0x%08x, %s, "%s")' % (isa, enc, op, text))
    for isa, word, what in UNDEF:
        lines.append('U(%s, 0x%08x) /* %s */' % (isa, word, what))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", out)

if __name__ == "__main__":
    main()
