#!/usr/bin/env python3
"""The CPU benchmark set: native, QEMU and armvm's modes on the same programs.

    bench/cpu_set.py [--build DIR] [--repeat N] [--variants LIST] [--modes LIST]
                     [--scale F] [--only LIST]

Each program (tests/guest/progs/cpu_*.c, and bench/programs/cpu_bench.c over
four guest test programs) is built from one source for the host (cc -O2) and
bare metal for the guest (ARM and Thumb, -O2, with the runtime of
tests/guest/rt), with CPU_SCALE (BENCH_ROUNDS for cpu_bench) set so that each
runs about a second under QEMU; the tests build the same sources with the small
default.  Per program and variant it reports the CPU time (user + system of
the process and its threads, best of N runs) of the native build, of
qemu-system-arm and of armvm in each mode, and the ratios armvm/native and
armvm/QEMU.  The `startup` row is cpu_bench with no rounds: the emulators' fixed
cost, included in every other row.  Every run's output must equal the host
build's (`!` marks one that does not, and the exit status is then 1).  The
table goes to stdout and bench/results/cpu_set.md.  Nothing is asserted.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RT = os.path.join(ROOT, "tests", "guest", "rt")
PROGS = os.path.join(ROOT, "tests", "guest", "progs")
sys.path.insert(0, HERE)
from bench import ARMVM_MODES  # noqa: E402

# (row, source, the scale of the bench run): about 10^9 guest instructions each.
PROGRAMS = [
    ("startup", "cpu_bench", 0),
    ("cpu_list", "cpu_list", 500),
    ("cpu_matrix", "cpu_matrix", 600),
    ("cpu_state", "cpu_state", 4000),
    ("cpu_crc", "cpu_crc", 2500),
    ("cpu_mix", "cpu_mix", 1400),
    ("cpu_mpi", "cpu_mpi", 1200),
    ("cpu_div", "cpu_div", 500),
    ("cpu_bench", "cpu_bench", 40),
]
CPU_BENCH_KERNELS = ("bytecode", "digest", "matrix", "hash")
GUEST_CC = os.environ.get("ARM_GUEST_CC", "arm-linux-gnueabihf-gcc")
# tests/guest/CMakeLists.txt's GUEST_CFLAGS and GUEST_LDFLAGS (without -g)
GUEST_CFLAGS = ["-std=gnu11", "-march=armv7-a+fp", "-mfloat-abi=hard", "-mgeneral-regs-only",
                "-ffreestanding", "-fno-builtin", "-fno-pie", "-fno-stack-protector",
                "-mno-unaligned-access", "-fno-asynchronous-unwind-tables", "-Wall",
                "-Wextra", "-Werror", "-I" + RT]
GUEST_LDFLAGS = ["-nostdlib", "-static", "-no-pie", "-T", os.path.join(RT, "link.ld"),
                 "-Wl,--build-id=none", "-Wl,--no-warn-rwx-segments"]
HOST_CFLAGS = ["-std=gnu11", "-O2", "-funsigned-char", "-I" + RT]


def sh(argv):
    if subprocess.run(argv).returncode != 0:
        sys.exit("cpu_set: failed: " + " ".join(argv))


def sources(src, scale):
    """[(source, extra flags)] of one program at one scale."""
    if src != "cpu_bench":
        return [(os.path.join(PROGS, src + ".c"), ["-DCPU_SCALE=%d" % scale])]
    return ([(os.path.join(PROGS, k + ".c"), ["-Dmain=bench_" + k]) for k in CPU_BENCH_KERNELS]
            + [(os.path.join(HERE, "programs", "cpu_bench.c"), ["-DBENCH_ROUNDS=%d" % scale])])


def build_guest(out, variant, row, src, scale):
    """The ELF of one program in one variant (arm-O2, thumb-O2, ...)."""
    isa, opt = variant.split("-")
    flags = GUEST_CFLAGS + ["-m" + isa, "-" + opt]
    d = os.path.join(out, variant)
    rt = [os.path.join(d, o) for o in ("start.o", "rt_guest.o", "rt_fmt.o")]
    if not os.path.isdir(d):
        os.makedirs(d)
        sh([GUEST_CC] + flags + ["-c", os.path.join(RT, "start.S"), "-o", rt[0]])
        sh([GUEST_CC] + flags + ["-fno-tree-loop-distribute-patterns", "-c",
                                 os.path.join(RT, "rt_guest.c"), "-o", rt[1]])
        sh([GUEST_CC] + flags + ["-c", os.path.join(RT, "rt_fmt.c"), "-o", rt[2]])
    objs = []
    for i, (path, extra) in enumerate(sources(src, scale)):
        objs.append(os.path.join(d, "%s-%d.o" % (row, i)))
        sh([GUEST_CC] + flags + extra + ["-c", path, "-o", objs[-1]])
    elf = os.path.join(d, row + ".elf")
    sh([GUEST_CC] + flags + GUEST_LDFLAGS + rt + objs + ["-lgcc", "-o", elf])
    return elf


def build_host(out, row, src, scale):
    objs = []
    for i, (path, extra) in enumerate(sources(src, scale)):
        objs.append(os.path.join(out, "host-%s-%d.o" % (row, i)))
        sh(["cc"] + HOST_CFLAGS + extra + ["-c", path, "-o", objs[-1]])
    exe = os.path.join(out, "host-" + row)
    sh(["cc", "-o", exe] + objs + [os.path.join(RT, "rt_fmt.c"), os.path.join(RT, "rt_host.c")]
       + HOST_CFLAGS)
    return exe


def cpu_run(argv):
    """Run argv; return (CPU seconds of it and its threads, exit status, stdout)."""
    out_path = "/tmp/cpu_set.%d.out" % os.getpid()
    with open(out_path, "wb") as out, open(os.devnull, "wb") as null:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=null,
                                env=dict(os.environ, QEMU_AUDIO_DRV="none"))
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as f:
        text = f.read()
    os.unlink(out_path)
    return usage.ru_utime + usage.ru_stime, proc.returncode, text


def best(argv, want, repeat):
    """(least CPU seconds of `repeat` runs, True when every run printed `want`
    and exited with status 0)."""
    times, ok = [], True
    for _ in range(repeat):
        secs, status, text = cpu_run(argv)
        times.append(secs)
        ok = ok and status == 0 and text == want
    return min(times), ok


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"),
                   help="armvm's build directory (default build)")
    p.add_argument("--qemu", default="qemu-system-arm", help="QEMU binary ('' to skip)")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement (the least)")
    p.add_argument("--variants", default="arm-O2,thumb-O2")
    p.add_argument("--modes", default=",".join(m[0] for m in ARMVM_MODES),
                   help="armvm modes (of bench.py's ARMVM_MODES)")
    p.add_argument("--scale", type=float, default=1.0,
                   help="multiplies every program's scale (0.1 for a quick look)")
    p.add_argument("--only", help="comma-separated rows (default all)")
    p.add_argument("--out", default=os.path.join(HERE, "results", "cpu_set.md"))
    opts = p.parse_args(argv)
    known = dict(ARMVM_MODES)
    opts.mode_list = [(m, known[m]) for m in opts.modes.split(",") if m in known]
    if len(opts.mode_list) != len(opts.modes.split(",")):
        p.error("unknown mode in --modes %s (known: %s)" % (opts.modes, ", ".join(known)))
    opts.rows = PROGRAMS
    if opts.only:
        wanted = opts.only.split(",")
        opts.rows = [r for r in PROGRAMS if r[0] in wanted]
        if len(opts.rows) != len(wanted):
            p.error("unknown rows in --only %s" % opts.only)
    for v in opts.variants.split(","):
        if v.split("-")[0] not in ("arm", "thumb") or v[v.find("-"):] not in (
                "-O0", "-O1", "-O2", "-O3", "-Os"):
            p.error("bad variant %r in --variants (ISA-OPT: arm-O2, thumb-Os, ...)" % v)
    if opts.repeat < 1 or opts.scale <= 0:
        p.error("--repeat and --scale must be positive")
    return opts


def ratio(a, b):
    return "%.2f" % (a / b) if a is not None and b else "-"


def main(argv):
    opts = parse_args(argv)
    armvm = os.path.join(opts.build, "armvm")
    if not os.access(armvm, os.X_OK):
        print("cpu_set: no armvm at %s (build it first)" % armvm, file=sys.stderr)
        return 1
    qemu = shutil.which(opts.qemu) if opts.qemu else None
    out = os.path.join(opts.build, "bench", "cpu_set")
    os.makedirs(out, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M")
    load = os.getloadavg()[0]
    names = ["native"] + (["qemu"] if qemu else []) + [m for m, _ in opts.mode_list]
    head = (["program", "variant"] + ["%s s" % n for n in names]
            + ["%s/native" % m for m, _ in opts.mode_list]
            + (["%s/qemu" % m for m, _ in opts.mode_list] if qemu else []))
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    print("\n".join(lines), flush=True)
    wrong = []
    for row, src, scale in opts.rows:
        scale = int(round(scale * opts.scale)) if scale else 0
        host = build_host(out, row, src, scale)
        got = subprocess.run([host], capture_output=True)
        if got.returncode != 0:
            sys.exit("cpu_set: the host build %s exited with status %d" % (host, got.returncode))
        want = got.stdout
        native, _ = best([host], want, opts.repeat)
        for variant in opts.variants.split(","):
            elf = build_guest(out, variant, row, src, scale)
            t = {"native": (native, True)}
            if qemu:
                t["qemu"] = best([qemu, "-M", "vexpress-a9", "-m", "256M", "-display", "none",
                                  "-monitor", "none", "-serial", "stdio", "-semihosting",
                                  "-kernel", elf], want, opts.repeat)
            for m, args in opts.mode_list:
                t[m] = best([armvm, "--semihosting", "--kernel", elf] + args.split(),
                            want, opts.repeat)
            wrong += ["%s %s %s" % (row, variant, n) for n in names if not t[n][1]]
            cells = [row, variant] + ["%.3f%s" % (t[n][0], "" if t[n][1] else " !")
                                      for n in names]
            cells += [ratio(t[m][0], native) for m, _ in opts.mode_list]
            if qemu:
                cells += [ratio(t[m][0], t["qemu"][0]) for m, _ in opts.mode_list]
            lines.append("| " + " | ".join(cells) + " |")
            print(lines[-1], flush=True)
    text = ["# CPU benchmark set, %s" % started, "",
            "CPU seconds (user + system), the least of %d runs; `!`: output differs from "
            "the host build's." % opts.repeat, ""] + lines + [
            "", "- host: %s, %d CPUs, load average %.2f at start" % (
                platform.platform(), os.cpu_count(), load),
            "- armvm: %s" % armvm,
            "- qemu: %s" % (qemu or "-"),
            "- scales: " + ", ".join("%s %d" % (r, int(round(s * opts.scale)))
                                     for r, _, s in opts.rows)]
    text += ["- armvm mode %s: `%s`" % m for m in opts.mode_list]
    if wrong:
        text += ["", "Wrong output: " + ", ".join(wrong)]
    os.makedirs(os.path.dirname(opts.out), exist_ok=True)
    with open(opts.out, "w") as f:
        f.write("\n".join(text) + "\n")
    print("\n".join(text[len(lines) + 4:]))
    print("cpu_set: wrote " + opts.out, file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
