#!/usr/bin/env python3
"""Generate tests/unit/gen/x64_emit_cases.inc: byte-exact emitter cases.

Each case pairs a call of an x64_* encoder with the same instruction in AT&T
syntax. The expected bytes are what GNU as assembles it to (read back with
objdump -d), never what the emitter produces. Run from anywhere:

    python3 tests/unit/gen/gen_x64_emit.py

In the C calls, `b` is the buffer, RIP(d) is a RIP-relative operand whose
displacement from the end of the instruction is d, and REL(d) is the address d
bytes after the start of the instruction (as `.+d` in the assembly).
"""
import os
import re
import subprocess
import sys
import tempfile

R64 = "rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15".split()
R32 = "eax ecx edx ebx esp ebp esi edi".split() + [f"r{i}d" for i in range(8, 16)]
R16 = "ax cx dx bx sp bp si di".split() + [f"r{i}w" for i in range(8, 16)]
R8 = "al cl dl bl spl bpl sil dil".split() + [f"r{i}b" for i in range(8, 16)]
E = [f"X64_{r.upper()}" for r in R64]
CC = "o no b ae e ne be a s ns p np l ge le g".split()
ALU = "add or adc sbb and sub xor cmp".split()
SHIFT = {"rol": 0, "ror": 1, "rcl": 2, "rcr": 3, "shl": 4, "shr": 5, "sar": 7}

# Register pairs: every register in both ModRM fields, low and high halves mixed.
PAIRS = [(i, (i + 5) % 16) for i in range(16)] + [(i, (i + 10) % 16) for i in range(16)]
FEW = [(0, 0), (0, 5), (3, 8), (8, 13), (11, 0), (4, 12), (15, 7), (5, 13)]
IMMS = [0, 1, 127, 128, -128, -129, 0x7FFFFFFF, -0x80000000, 0x12345678]


def hx(v):
    return f"-{-v:#x}" if v < 0 else f"{v:#x}"


def cimm(v):
    """A C int32_t constant (-0x80000000 would be an unsigned int in C)."""
    return "INT32_MIN" if v == -0x80000000 else hx(v)


def mem(base, disp=0, index=None, scale=1):
    """(AT&T text, C expression) for [base + index*scale + disp]."""
    d = hx(disp) if disp else ""
    if base == "rip":
        return f"{hx(disp)}(%rip)", f"RIP({hx(disp)})"
    if base is None:
        if index is None:
            return hx(disp), f"x64_mem(X64_NOBASE, {hx(disp)})"
        return (f"{hx(disp)}(,%{R64[index]},{scale})",
                f"x64_mem_sib(X64_NOBASE, {E[index]}, {scale}, {hx(disp)})")
    if index is None:
        return f"{d}(%{R64[base]})", f"x64_mem({E[base]}, {hx(disp) if disp else 0})"
    return (f"{d}(%{R64[base]},%{R64[index]},{scale})",
            f"x64_mem_sib({E[base]}, {E[index]}, {scale}, {hx(disp) if disp else 0})")


def full_modes():
    """Every base with each displacement size, every index and scale, RIP, absolute."""
    modes = [mem(b, d) for b in range(16) for d in (0, 127, -128, 128, -129, 0x12345678)]
    bases = [4, 5, 12, 13, 0, 8, 3, 15]
    disps = [0, 8, -128, 0x1000]
    n = 0
    for index in range(16):
        if index == 4:
            continue
        for scale in (1, 2, 4, 8):
            modes.append(mem(bases[n % 8], disps[n % 4], index, scale))
            n += 1
    modes += [mem(b, 0, i, 1) for b in (4, 5, 12, 13) for i in (0, 12, 13)]
    modes += [mem(None, 0x1000), mem(None, -8), mem(None, 0x1000, 6, 4), mem(None, 0, 13, 8)]
    modes += [mem("rip", d) for d in (0, 0x1000, -0x10, 0x7FFFFFF0)]
    return modes


SMALL = [mem(0), mem(4, 8), mem(5), mem(12), mem(13, 0x80), mem(15, 0, 0, 1),
         mem(0, -4, 12, 8), mem(5, 0x12345678, 13, 2), mem("rip", 0x100), mem(None, 0x1000)]


def family_mov():
    c = []
    for d, s in PAIRS:
        c.append((f"mov %{R32[s]},%{R32[d]}", f"x64_mov_r32_r32(b, {E[d]}, {E[s]})"))
        c.append((f"mov %{R64[s]},%{R64[d]}", f"x64_mov_r64_r64(b, {E[d]}, {E[s]})"))
    for r in range(16):
        c.append((f"mov $0x12345678,%{R32[r]}", f"x64_mov_r32_imm32(b, {E[r]}, 0x12345678)"))
        c.append((f"movabs $0x123456789abcdef0,%{R64[r]}",
                  f"x64_mov_r64_imm64(b, {E[r]}, 0x123456789abcdef0)"))
    c.append(("mov $0xffffffff,%eax", "x64_mov_r32_imm32(b, X64_RAX, 0xffffffff)"))
    for r, v in ((0, -1), (9, 0x7FFFFFFF), (15, -0x80000000), (4, 0)):
        c.append((f"movq ${hx(v)},%{R64[r]}", f"x64_mov_r64_simm32(b, {E[r]}, {cimm(v)})"))
    for r, v, text in ((0, 0, "mov $0x0,%eax"), (12, 0xFFFFFFFF, "mov $0xffffffff,%r12d"),
                       (3, 0xFFFFFFFF80000000, "movq $-0x80000000,%rbx"),
                       (9, 0xFFFFFFFFFFFFFFFF, "movq $-1,%r9"),
                       (0, 0x100000000, "movabs $0x100000000,%rax"),
                       (14, 0x7FFFFFFF80000000, "movabs $0x7fffffff80000000,%r14")):
        c.append((text, f"x64_mov_r64_imm(b, {E[r]}, {v:#x}u)"))
    for i, (t, m) in enumerate(full_modes()):
        r = i % 16
        c.append((f"mov {t},%{R32[r]}", f"x64_mov_r32_m32(b, {E[r]}, {m})"))
        r = (i + 7) % 16
        c.append((f"mov %{R32[r]},{t}", f"x64_mov_m32_r32(b, {m}, {E[r]})"))
    for i, (t, m) in enumerate(SMALL):
        r = (3 * i + 1) % 16
        c.append((f"mov {t},%{R64[r]}", f"x64_mov_r64_m64(b, {E[r]}, {m})"))
        c.append((f"mov %{R64[r]},{t}", f"x64_mov_m64_r64(b, {m}, {E[r]})"))
        c.append((f"movb $0x85,{t}", f"x64_mov_m8_imm8(b, {m}, 0x85)"))
        c.append((f"movw $0x1234,{t}", f"x64_mov_m16_imm16(b, {m}, 0x1234)"))
        c.append((f"movl $0x87654321,{t}", f"x64_mov_m32_imm32(b, {m}, 0x87654321)"))
        c.append((f"movq $-0x10,{t}", f"x64_mov_m64_simm32(b, {m}, -0x10)"))
    for r in range(16):
        t, m = SMALL[r % len(SMALL)]
        c.append((f"mov %{R8[r]},{t}", f"x64_mov_m8_r8(b, {m}, {E[r]})"))
        c.append((f"mov %{R16[r]},{t}", f"x64_mov_m16_r16(b, {m}, {E[r]})"))
    return c


def family_extend():
    c = []
    for i, (t, m) in enumerate(SMALL):
        r = (5 * i + 2) % 16
        c.append((f"movzbl {t},%{R32[r]}", f"x64_movzx_r32_m8(b, {E[r]}, {m})"))
        c.append((f"movzwl {t},%{R32[r]}", f"x64_movzx_r32_m16(b, {E[r]}, {m})"))
        c.append((f"movsbl {t},%{R32[r]}", f"x64_movsx_r32_m8(b, {E[r]}, {m})"))
        c.append((f"movswl {t},%{R32[r]}", f"x64_movsx_r32_m16(b, {E[r]}, {m})"))
        c.append((f"movslq {t},%{R64[r]}", f"x64_movsxd_r64_m32(b, {E[r]}, {m})"))
        c.append((f"lea {t},%{R32[r]}", f"x64_lea_r32_m(b, {E[r]}, {m})"))
        c.append((f"lea {t},%{R64[r]}", f"x64_lea_r64_m(b, {E[r]}, {m})"))
    for s in range(16):
        d = (s + 6) % 16
        c.append((f"movzbl %{R8[s]},%{R32[d]}", f"x64_movzx_r32_r8(b, {E[d]}, {E[s]})"))
        c.append((f"movzwl %{R16[s]},%{R32[d]}", f"x64_movzx_r32_r16(b, {E[d]}, {E[s]})"))
        c.append((f"movsbl %{R8[s]},%{R32[d]}", f"x64_movsx_r32_r8(b, {E[d]}, {E[s]})"))
        c.append((f"movswl %{R16[s]},%{R32[d]}", f"x64_movsx_r32_r16(b, {E[d]}, {E[s]})"))
        c.append((f"movslq %{R32[s]},%{R64[d]}", f"x64_movsxd_r64_r32(b, {E[d]}, {E[s]})"))
    for x in range(16):
        r = (x + 5) % 16
        c.append((f"movd %{R32[r]},%xmm{x}", f"x64_movd_xmm_r32(b, X64_XMM{x}, {E[r]})"))
        c.append((f"movd %xmm{x},%{R32[r]}", f"x64_movd_r32_xmm(b, {E[r]}, X64_XMM{x})"))
        c.append((f"pmovmskb %xmm{x},%{R32[r]}", f"x64_pmovmskb_r32_xmm(b, {E[r]}, X64_XMM{x})"))
        c.append((f"movq %{R64[r]},%xmm{x}", f"x64_movq_xmm_r64(b, X64_XMM{x}, {E[r]})"))
        c.append((f"movq %xmm{x},%{R64[r]}", f"x64_movq_r64_xmm(b, {E[r]}, X64_XMM{x})"))
    return c


def family_alu():
    c = []
    for k, op in enumerate(ALU):
        o = f"X64_{op.upper()}"
        for d, s in (PAIRS if op == "add" else FEW):
            c.append((f"{op} %{R32[s]},%{R32[d]}", f"x64_alu_r32_r32(b, {o}, {E[d]}, {E[s]})"))
            c.append((f"{op} %{R64[s]},%{R64[d]}", f"x64_alu_r64_r64(b, {o}, {E[d]}, {E[s]})"))
        for i, v in enumerate(IMMS):
            for r in (0, 11, 4) if op == "add" else ((0, 11, 0, 4)[i % 4],):
                args = f"{o}, {E[r]}, {cimm(v)}"
                c.append((f"{op} ${hx(v)},%{R32[r]}", f"x64_alu_r32_imm(b, {args})"))
                c.append((f"{op} ${hx(v)},%{R64[r]}", f"x64_alu_r64_imm(b, {args})"))
        modes = SMALL if op == "add" else SMALL[k % 5:k % 5 + 5]
        for i, (t, m) in enumerate(modes):
            r = (i + k) % 16
            v = (5, 0x1000, -129, -128)[i % 4]
            c.append((f"{op} {t},%{R32[r]}", f"x64_alu_r32_m32(b, {o}, {E[r]}, {m})"))
            c.append((f"{op} {t},%{R64[r]}", f"x64_alu_r64_m64(b, {o}, {E[r]}, {m})"))
            c.append((f"{op} %{R32[r]},{t}", f"x64_alu_m32_r32(b, {o}, {m}, {E[r]})"))
            c.append((f"{op}l ${hx(v)},{t}", f"x64_alu_m32_imm(b, {o}, {m}, {hx(v)})"))
            c.append((f"{op}q ${hx(v)},{t}", f"x64_alu_m64_imm(b, {o}, {m}, {hx(v)})"))
            c.append((f"{op} {t},%{R8[r % 4]}", f"x64_alu_r8_m8(b, {o}, {E[r % 4]}, {m})"))
            c.append((f"{op}b $0x81,{t}", f"x64_alu_m8_imm8(b, {o}, {m}, 0x81)"))
    for r in range(16):
        c.append((f"add $0x1000,%{R32[r]}", f"x64_add_r32_imm(b, {E[r]}, 0x1000)"))
        c.append((f"sub $0x1,%{R64[r]}", f"x64_sub_r64_imm(b, {E[r]}, 1)"))
    for name, fn in (("adc", "x64_adc_r32_r32"), ("sbb", "x64_sbb_r32_r32"),
                     ("and", "x64_and_r32_r32"), ("or", "x64_or_r32_r32"),
                     ("xor", "x64_xor_r32_r32"), ("cmp", "x64_cmp_r32_r32"),
                     ("sub", "x64_sub_r32_r32"), ("add", "x64_add_r32_r32")):
        c.append((f"{name} %r9d,%edx", f"{fn}(b, X64_RDX, X64_R9)"))
    for name in ALU:
        if name not in ("add", "sub"):
            c.append((f"{name} $0x40,%esi", f"x64_{name}_r32_imm(b, X64_RSI, 0x40)"))
    c += [("add %r10,%rsp", "x64_add_r64_r64(b, X64_RSP, X64_R10)"),
          ("add $0x8,%rsp", "x64_add_r64_imm(b, X64_RSP, 8)"),
          ("sub $0x1000,%rax", "x64_sub_r64_imm(b, X64_RAX, 0x1000)"),
          ("and $-0x10,%rsp", "x64_and_r64_imm(b, X64_RSP, -0x10)"),
          ("sub $0x7f,%r13d", "x64_sub_r32_imm(b, X64_R13, 127)")]
    for d, s in FEW:
        c.append((f"test %{R32[s]},%{R32[d]}", f"x64_test_r32_r32(b, {E[d]}, {E[s]})"))
        c.append((f"test %{R64[s]},%{R64[d]}", f"x64_test_r64_r64(b, {E[d]}, {E[s]})"))
    for r in range(16):
        c.append((f"test $0x80000001,%{R32[r]}", f"x64_test_r32_imm32(b, {E[r]}, 0x80000001)"))
        c.append((f"test $0x81,%{R8[r]}", f"x64_test_r8_imm8(b, {E[r]}, 0x81)"))
    for t, m in SMALL:
        c.append((f"testl $0x20,{t}", f"x64_test_m32_imm32(b, {m}, 0x20)"))
        c.append((f"testb $0x20,{t}", f"x64_test_m8_imm8(b, {m}, 0x20)"))
    return c


def family_shift():
    c = []
    for k, (op, n) in enumerate(SHIFT.items()):
        o = f"X64_{op.upper()}"
        for i, cnt in enumerate((1, 2, 5, 31)):
            r = (4 * k + i) % 16
            c.append((f"{op} ${cnt},%{R32[r]}", f"x64_shift_r32_imm(b, {o}, {E[r]}, {cnt})"))
        for i, cnt in enumerate((1, 31, 32, 63)):
            r = (4 * k + i + 7) % 16
            c.append((f"{op} ${cnt},%{R64[r]}", f"x64_shift_r64_imm(b, {o}, {E[r]}, {cnt})"))
        for r in (range(16) if op == "shl" else (k, k + 8)):
            c.append((f"{op} %cl,%{R32[r]}", f"x64_shift_r32_cl(b, {o}, {E[r]})"))
            c.append((f"{op} %cl,%{R64[r]}", f"x64_shift_r64_cl(b, {o}, {E[r]})"))
        if n != 2 and n != 3:
            c.append((f"{op} $0x3,%r11d", f"x64_{op}_r32_imm(b, X64_R11, 3)"))
            c.append((f"{op} %cl,%edi", f"x64_{op}_r32_cl(b, X64_RDI)"))
    return c


def family_misc():
    c = []
    for d, s in PAIRS:
        c.append((f"imul %{R32[s]},%{R32[d]}", f"x64_imul_r32_r32(b, {E[d]}, {E[s]})"))
        c.append((f"imul %{R64[s]},%{R64[d]}", f"x64_imul_r64_r64(b, {E[d]}, {E[s]})"))
    for i, v in enumerate((3, 127, 128, -128, -129, 0x12345678)):
        d, s = FEW[i]
        c.append((f"imul ${hx(v)},%{R32[s]},%{R32[d]}",
                  f"x64_imul_r32_r32_imm(b, {E[d]}, {E[s]}, {hx(v)})"))
    for r in range(16):
        for name in ("mul", "imul", "neg", "not", "inc", "dec", "bswap"):
            c.append((f"{name} %{R32[r]}", f"x64_{name}_r32(b, {E[r]})"))
    for d, s in PAIRS:
        c.append((f"lzcnt %{R32[s]},%{R32[d]}", f"x64_lzcnt_r32_r32(b, {E[d]}, {E[s]})"))
        c.append((f"bsr %{R32[s]},%{R32[d]}", f"x64_bsr_r32_r32(b, {E[d]}, {E[s]})"))
    for r in range(16):
        bit = (0, 29, 31)[r % 3]
        c.append((f"bt ${bit},%{R32[r]}", f"x64_bt_r32_imm8(b, {E[r]}, {bit})"))
    for cc in range(16):
        o = f"X64_CC_{CC[cc].upper()}"
        d, s = PAIRS[cc]
        t, m = SMALL[cc % len(SMALL)]
        c.append((f"set{CC[cc]} %{R8[cc]}", f"x64_setcc_r8(b, {o}, {E[cc]})"))
        c.append((f"set{CC[cc]} {t}", f"x64_setcc_m8(b, {o}, {m})"))
        c.append((f"cmov{CC[cc]} %{R32[s]},%{R32[d]}",
                  f"x64_cmovcc_r32_r32(b, {o}, {E[d]}, {E[s]})"))
        c.append((f"cmov{CC[cc]} {t},%{R32[d]}", f"x64_cmovcc_r32_m32(b, {o}, {E[d]}, {m})"))
    for name in ("lahf", "sahf", "pushfq", "popfq", "stc", "clc", "cmc"):
        c.append((name, f"x64_{name}(b)"))
    return c


NOPS = ["nop", "xchg %ax,%ax", "nopl (%rax)", "{disp8} nopl 0(%rax)",
        "{disp8} nopl 0(%rax,%rax,1)", "{disp8} nopw 0(%rax,%rax,1)",
        "{disp32} nopl 0(%rax)", "{disp32} nopl 0(%rax,%rax,1)",
        "{disp32} nopw 0(%rax,%rax,1)"]


def family_branch():
    c = []
    for d in (5, 0x105, -0x80, 0, 0x7FFFFFFF, -0x7FFFFFFB):
        c.append((f"{{disp32}} jmp .+{hx(d)}", f"x64_jmp_rel32(b, REL({hx(d)}))"))
        c.append((f"call .+{hx(d)}", f"x64_call_rel32(b, REL({hx(d)}))"))
    for d in (2, 0x81, -0x7E, 0):
        c.append((f"{{disp8}} jmp .+{hx(d)}", f"x64_jmp_rel8(b, REL({hx(d)}))"))
    for cc in range(16):
        o = f"X64_CC_{CC[cc].upper()}"
        d32 = (0x106, -0x80, 6, 0x12345678)[cc % 4]
        d8 = (2, 0x81, -0x7E, 0x10)[cc % 4]
        c.append((f"{{disp32}} j{CC[cc]} .+{hx(d32)}", f"x64_jcc_rel32(b, {o}, REL({hx(d32)}))"))
        c.append((f"{{disp8}} j{CC[cc]} .+{hx(d8)}", f"x64_jcc_rel8(b, {o}, REL({hx(d8)}))"))
    for r in range(16):
        c.append((f"jmp *%{R64[r]}", f"x64_jmp_r64(b, {E[r]})"))
        c.append((f"call *%{R64[r]}", f"x64_call_r64(b, {E[r]})"))
        c.append((f"push %{R64[r]}", f"x64_push_r64(b, {E[r]})"))
        c.append((f"pop %{R64[r]}", f"x64_pop_r64(b, {E[r]})"))
    for t, m in SMALL:
        c.append((f"jmp *{t}", f"x64_jmp_m64(b, {m})"))
        c.append((f"call *{t}", f"x64_call_m64(b, {m})"))
    c += [("ret", "x64_ret(b)"), ("ud2", "x64_ud2(b)"), ("int3", "x64_int3(b)")]
    for n in range(1, 21):
        seq = [NOPS[8]] * (n // 9) + ([NOPS[n % 9 - 1]] if n % 9 else [])
        c.append(("; ".join(seq), f"x64_nop(b, {n})"))
    return c


SSE = "paddb paddw paddd paddq psubb psubw psubd psubq pand pandn por pxor pcmpeqb " \
      "pcmpeqw pcmpeqd pcmpgtb pcmpgtw pcmpgtd pmullw pmulld movdqa paddusb psubusb pmaxub".split()
SSE_M = [("movdqu_load", "movdqu {m},%xmm{x}"), ("movdqu_store", "movdqu %xmm{x},{m}"),
         ("movq_load", "movq {m},%xmm{x}"), ("movq_store", "movq %xmm{x},{m}")]
SSE_SHIFT = "psrlw psraw psllw psrld psrad pslld psrlq psllq".split()


def family_sse():
    c = []
    for k, op in enumerate(SSE):
        for s, d in FEW:
            c.append((f"{op} %xmm{s},%xmm{d}",
                      f"x64_sse_xmm_xmm(b, X64_{op.upper()}, X64_XMM{d}, X64_XMM{s})"))
    for k, (name, text) in enumerate(SSE_M):
        for x, (t, m) in zip((0, 3, 8, 15, 1, 9, 12, 5, 2, 14), SMALL):
            c.append((text.format(m=t, x=x),
                      f"x64_sse_xmm_m(b, X64_{name.upper()}, X64_XMM{x}, {m})"))
    for op in SSE_SHIFT:
        for x, n in ((0, 1), (7, 15), (8, 63), (15, 0)):
            c.append((f"{op} ${n},%xmm{x}",
                      f"x64_sse_shift_imm(b, X64_{op.upper()}, X64_XMM{x}, {n})"))
    for s, d in FEW:
        c.append((f"pshufd $0x1b,%xmm{s},%xmm{d}",
                  f"x64_pshufd_xmm_xmm(b, X64_XMM{d}, X64_XMM{s}, 0x1b)"))
    return c


FAMILIES = [("mov", family_mov), ("extend", family_extend), ("alu", family_alu),
            ("shift", family_shift), ("misc", family_misc), ("branch", family_branch),
            ("sse", family_sse)]


def assemble(cases):
    """Bytes of each case, from GNU as and objdump."""
    with tempfile.TemporaryDirectory() as tmp:
        src, obj = os.path.join(tmp, "c.s"), os.path.join(tmp, "c.o")
        with open(src, "w") as f:
            for i, (text, _) in enumerate(cases):
                f.write(f"case_{i}: {text}\n")
        subprocess.run(["as", "--64", "-o", obj, src], check=True)
        dump = subprocess.run(["objdump", "-d", "--insn-width=16", obj], check=True,
                              capture_output=True, text=True).stdout
    out, cur = {}, None
    for line in dump.splitlines():
        m = re.match(r"^[0-9a-f]+ <case_(\d+)>:$", line)
        if m:
            cur = int(m.group(1))
            out[cur] = []
            continue
        m = re.match(r"^\s*[0-9a-f]+:\t([0-9a-f ]+?)\s*(\t|$)", line)
        if m and cur is not None:
            out[cur] += [int(x, 16) for x in m.group(1).split()]
    assert len(out) == len(cases), "objdump lost a case"
    return [out[i] for i in range(len(cases))]


def version(tool):
    return subprocess.run([tool, "--version"], capture_output=True,
                          text=True).stdout.splitlines()[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = [f"/* Generated by tests/unit/gen/gen_x64_emit.py with {version('as')}:",
             " * expected bytes are GNU as output, read back with objdump -d. Do not edit. */"]
    total = 0
    for name, fn in FAMILIES:
        cases = fn()
        total += len(cases)
        lines += ["", f"static void test_{name}(void **state)", "{", "\t(void)state;"]
        for (text, call), code in zip(cases, assemble(cases)):
            esc = "".join(f"\\x{v:02x}" for v in code)
            lines.append(f'\tX64_CASE("{text}", "{esc}", {call});')
        lines += ["\tcases_done();", "}"]
    lines += ["", "#define X64_CASE_TESTS \\"]
    lines += [f"\tcmocka_unit_test(test_{name})" + (", \\" if i + 1 < len(FAMILIES) else "")
              for i, (name, _) in enumerate(FAMILIES)]
    with open(os.path.join(here, "x64_emit_cases.inc"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{total} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
