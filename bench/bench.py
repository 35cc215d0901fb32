#!/usr/bin/env python3
"""Linux benchmark: qemu-system-arm and armvm's modes on the same images.

    bench/bench.py --armvm BUILD/armvm [--runs N] [--mode NAME=ARGS ...] ...

For each emulator (QEMU first, then every armvm mode) and each of N runs, it
boots the images of images/fetch-linux.sh, measures the time from start to the
shell prompt, runs the workloads below from the shell, timed inside the guest
(/proc/uptime, 10 ms resolution) and from the host (command sent to end
marker seen), and powers off.  It prints the medians with the ratio
armvm/QEMU per row and writes them to bench/results/latest.md.  Nothing is
asserted: a workload whose output differs from QEMU's (or from the host build's,
for the translation-heavy rows of tlb.py) is flagged with `!`.
armvm runs with --stats; each mode's counters (from its last complete run)
follow the tables.

The shell is driven by tests/linux/run_linux.py's Guest class.
"""

import argparse
import copy
import datetime
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "linux"))
from run_linux import Guest, GuestError, emulator_argv  # noqa: E402
import tlb  # noqa: E402

# armvm's engine and MMU modes, measured in this order: (name, arguments), the
# names and arguments of ARMVM_MODES in tests/CMakeLists.txt.
ARMVM_MODES = [
    ("interp", "--engine interp"),
    ("softmmu", "--engine dbt --mmu softmmu"),
    ("espt", "--engine dbt --mmu espt"),
    ("auto", "--engine dbt --mmu auto"),
]

# ESPT's management policies (--espt-policy), measured side by side by
# --policies, with the counters of their --stats lines shown per workload:
# (column, regular expression with the number as its group).
POLICIES = ["armvm", "shared", "private", "group"]
POLICY_COUNTERS = [
    ("page fills", r"espt: (\d+) page fills"),
    ("section fills", r"(\d+) section fills"),
    ("guest aborts", r"(\d+) guest aborts"),
    ("evictions", r"(\d+) evictions"),
    ("AS changes", r"(\d+) address-space changes dropping"),
    ("fills dropped", r"dropping (\d+) fills"),
    ("mmap", r"(\d+) mmap"),
    ("unmap", r"(\d+) unmap "),
    ("ESPT ms", r"espt ms: faults ([\d.]+)"),
]

# Data the workloads read, made once per boot and not timed.
SETUP = ("seq 1 20000 >/tmp/s; for i in 1 2 3 4 5 6 7 8; do cat /tmp/s; done >/tmp/b; "
         "for i in 1 2 3 4 5 6 7 8; do cat /tmp/b; done >/tmp/big; "
         "awk 'BEGIN{x=1; for(i=0;i<20000;i++){x=(x*69069+1)%4294967296; print x}}' >/tmp/r")

# (name, what it does, shell command).  Sizes give each one 1-3 s under QEMU.
WORKLOADS = [
    ("fork_exec", "300 x fork+exec of /bin/true",
     "i=0; while [ $i -lt 300 ]; do /bin/true; i=$((i+1)); done; echo $i"),
    ("mem_kernel", "16 x dd of a fresh 4 MiB buffer (kernel-side page faults)",
     "i=0; while [ $i -lt 16 ]; do dd if=/dev/zero of=/dev/null bs=4M count=1 2>/dev/null; "
     "i=$((i+1)); done; echo $i"),
    ("mem_user", "awk filling a 100,000-entry array (user-side page faults)",
     "awk 'BEGIN{for(i=0;i<100000;i++) a[i]=i; n=0; for(k in a) n++; print n}'"),
    ("pipes", "16 MiB through dd | cat | cat | wc",
     "dd if=/dev/zero bs=64k count=256 2>/dev/null | cat | cat | wc -c"),
    ("gzip", "gzip -c | gunzip -c of 850 KiB of text",
     "gzip -c /tmp/b | gunzip -c | md5sum"),
    ("hash", "md5sum and sha256sum of 6.6 MiB",
     "md5sum /tmp/big; sha256sum /tmp/big"),
    ("sort", "sort -n of 20,000 numbers",
     "sort -n /tmp/r | md5sum"),
]
# The translation-heavy rows (issue 10): bench/programs/tlb, in the initrd of
# tlb.make_initrd; each output must also equal the host build's.
TLB_ROWS = [w[0] for w in tlb.WORKLOADS]
WORKLOADS += [(name, what, "/tlb %s %s" % (name, args)) for name, what, args, _ in tlb.WORKLOADS]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def cpu_seconds(pid):
    """User + system CPU time of process pid so far (all its threads)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def guest_timed(guest, command, timeout, what):
    """Run `command`, timed by the guest; return (guest s, host s, output,
    emulator CPU s)."""
    wrapped = ("read t0 r </proc/uptime; { %s; } >/tmp/bench.out 2>&1; st=$?; "
               "read t1 r </proc/uptime; cat /tmp/bench.out; echo \"@T $t0 $t1 $st\""
               % command)
    cpu0 = cpu_seconds(guest.proc.pid)
    status, out, host = guest.run(wrapped, timeout, what)
    cpu = cpu_seconds(guest.proc.pid) - cpu0
    lines = out.rstrip("\n").split("\n")
    last = lines[-1].split() if lines else []
    if status != 0 or len(last) != 4 or last[0] != "@T":
        raise GuestError("%s: unexpected answer %r" % (what, out[-500:]))
    if last[3] != "0":
        raise GuestError("%s: exit status %s, output %r" % (what, last[3], out[-500:]))
    return float(last[2]) - float(last[1]), host, "\n".join(lines[:-1]), cpu


def one_run(argv, opts, rows, console):
    """Boot once and run every workload, filling {row: (guest s, host s, output,
    CPU s)};
    the console output goes to the file `console`."""
    transcript = open(console, "w")
    guest = Guest(argv, time.monotonic() + opts.run_timeout, transcript)
    try:
        boot = guest.wait_shell(opts.boot_timeout)
        uptime = guest.run("cat /proc/uptime", opts.step_timeout, "uptime")[1].split()
        rows["boot"] = (float(uptime[0]) if uptime else float("nan"), boot, "",
                        cpu_seconds(guest.proc.pid))
        log("    boot %.1f s" % boot)
        status, out, _ = guest.run(SETUP, opts.step_timeout, "setup")
        if status != 0:
            raise GuestError("setup: status %d: %r" % (status, out[-500:]))
        for name, _, command in opts.workloads:
            rows[name] = guest_timed(guest, command, opts.step_timeout, name)
            log("    %-10s guest %.2f s, host %.2f s, CPU %.2f s" % (
                name, rows[name][0], rows[name][1], rows[name][3]))
        status = guest.poweroff(opts.step_timeout)
        if status != 0:
            raise GuestError("poweroff: exit status %d" % status)
        return guest.err
    except GuestError:
        log(guest.tail(1500))
        raise
    finally:
        guest.kill()
        transcript.close()


def measure(label, argv, opts):
    """N runs of one emulator: {row: (median guest s, median host s, output,
    median CPU s)}.
    A failed run is reported under "error" and left out of the medians; when
    every run fails, the rows the last one reached are kept."""
    runs, errors = [], []
    stderr = ""
    rows = {}
    for i in range(opts.runs):
        log("%s, run %d/%d: %s" % (label, i + 1, opts.runs, " ".join(argv)))
        rows = {}
        try:
            stderr = one_run(argv, opts, rows,
                             os.path.join(opts.logs, "%s-run%d.console" % (label, i + 1)))
            runs.append(rows)
        except GuestError as e:
            log("%s: %s" % (label, e))
            errors.append("run %d: %s" % (i + 1, str(e).split("\n")[0]))
    if not runs:
        runs = [rows]
    result = {}
    for row in runs[0]:
        done = [r[row] for r in runs if row in r]
        result[row] = (statistics.median(d[0] for d in done),
                       statistics.median(d[1] for d in done),
                       done[0][2],
                       statistics.median(d[3] for d in done))
    if errors:
        result["error"] = "%d of %d runs failed (%s)" % (len(errors), opts.runs,
                                                         "; ".join(errors))
    return result, stderr


def cell(result, row, index):
    if row in result:
        return "%.2f" % result[row][index]
    return "failed" if "error" in result else "-"


def ratio(a, b, row, index):
    if row not in a or row not in b or b[row][index] <= 0:
        return "-"
    return "%.2f" % (a[row][index] / b[row][index])


def differs(results, host, name, row):
    """Why emulator `name`'s output of `row` is wrong (it differs from QEMU's
    or, where there is one, from the host build's), or None."""
    got = results[name].get(row)
    if not got or row == "error":
        return None
    qemu = results.get("qemu", {}).get(row)
    if name != "qemu" and qemu and got[2] != qemu[2]:
        return "qemu %r, %s %r" % (qemu[2][-200:], name, got[2][-200:])
    if row in host and got[2] != host[row]:
        return "host build %r, %s %r" % (host[row][-200:], name, got[2][-200:])
    return None


def table(results, index, rows, titles, host):
    """A markdown table: one row per workload, seconds and ratios to QEMU."""
    names = list(results)
    head = ["row"] + ["%s s" % n for n in names]
    head += ["%s/qemu" % n for n in names[1:]] if "qemu" in results else []
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    qemu = results.get("qemu")
    for row in rows:
        cells = [titles[row].replace("|", "\\|")]
        for n in names:
            c = cell(results[n], row, index)
            if differs(results, host, n, row):
                c += " !"
            cells.append(c)
        if qemu:
            cells += [ratio(results[n], qemu, row, index) for n in names[1:]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def counters(stderr):
    """The POLICY_COUNTERS of one run's --stats lines (NaN where absent)."""
    found = []
    for _, pattern in POLICY_COUNTERS:
        m = re.search(pattern, stderr)
        found.append(float(m.group(1)) if m else float("nan"))
    return found


def policy_study(opts, initrd):
    """Every policy (and softmmu, for reference) on every workload, each
    workload in a boot of its own so that its counters are its own: those of
    a boot with the workload less those of a boot alone.  Returns the markdown
    table: CPU seconds of the emulator (median of the runs), the ratio to the
    first policy, and the counters of the last complete run."""
    modes = [(p, "--engine dbt --mmu espt --espt-policy " + p) for p in POLICIES]
    modes.append(("softmmu", "--engine dbt --mmu softmmu"))
    head = ["workload", "mode", "CPU s", "/ %s" % POLICIES[0]] + [c[0] for c in POLICY_COUNTERS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    cells = {}
    for name, args in modes:
        argv = emulator_argv("armvm", opts.armvm, opts.images, shlex.split(args) + ["--stats"],
                             initrd=initrd)
        alone = copy.copy(opts)
        alone.workloads = []
        result, err = measure("%s-boot" % name, argv, alone)
        base = counters(err)
        cells[name, "boot"] = (result.get("boot", (0, 0, "", float("nan")))[3], base)
        for w in opts.workloads:
            one = copy.copy(opts)
            one.workloads = [w]
            result, err = measure("%s-%s" % (name, w[0]), argv, one)
            cpu = result[w[0]][3] if w[0] in result else float("nan")
            cells[name, w[0]] = (cpu, [a - b for a, b in zip(counters(err), base)])
    for row in ["boot"] + [w[0] for w in opts.workloads]:
        first = cells[POLICIES[0], row][0]
        for name, _ in modes:
            cpu, found = cells[name, row]
            nums = ["-" if name == "softmmu" or v != v else "%.0f" % v for v in found]
            lines.append("| %s | %s | %.2f | %.2f | %s |" % (
                row, name, cpu, cpu / first if first > 0 else float("nan"), " | ".join(nums)))
    return "\n".join(lines)


def version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30).stdout
        return out.splitlines()[0] if out else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--armvm", default=os.path.join(ROOT, "build", "armvm"),
                   help="the armvm binary (default build/armvm)")
    p.add_argument("--qemu", default="qemu-system-arm", help="QEMU binary ('' to skip)")
    p.add_argument("--images", default=os.path.join(ROOT, "images", "out"))
    p.add_argument("--runs", type=int, default=3, help="runs per emulator (median)")
    p.add_argument("--mode", action="append", metavar="NAME=ARGS",
                   help="an armvm mode to measure, replacing the built-in list "
                        "(repeatable), e.g. espt='--engine dbt --mmu espt'")
    p.add_argument("--only", help="comma-separated workloads to run (default all); "
                   "`tlb` stands for the translation-heavy ones: " + ",".join(TLB_ROWS))
    p.add_argument("--policies", action="store_true",
                   help="instead of the modes, measure every ESPT policy (--espt-policy) "
                        "and softmmu on every workload, each in a boot of its own, with "
                        "the counters per workload (to bench/results/policies.md)")
    p.add_argument("--boot-timeout", type=float, default=1200)
    p.add_argument("--step-timeout", type=float, default=1800)
    p.add_argument("--run-timeout", type=float, default=7200)
    p.add_argument("--out", default=os.path.join(HERE, "results", "latest.md"))
    p.add_argument("--logs", default=os.path.join(HERE, "results"),
                   help="directory for each run's console transcript, NAME-runN.console")
    opts = p.parse_args(argv)
    opts.modes = ARMVM_MODES
    if opts.mode:
        opts.modes = [tuple(m.split("=", 1)) if "=" in m else (m, "--engine " + m)
                      for m in opts.mode]
    opts.workloads = WORKLOADS
    if opts.only:
        wanted = []
        for w in opts.only.split(","):
            wanted += TLB_ROWS if w == "tlb" else [w]
        unknown = set(wanted) - {w[0] for w in WORKLOADS}
        if unknown:
            p.error("unknown workloads: " + ", ".join(sorted(unknown)))
        opts.workloads = [w for w in WORKLOADS if w[0] in wanted]
    return opts


def main(argv):
    opts = parse_args(argv)
    for name in ("zImage", "vexpress-v2p-ca9.dtb", "rootfs.cpio.gz"):
        if not os.path.isfile(os.path.join(opts.images, name)):
            log("bench: %s/%s is missing: run images/fetch-linux.sh" % (opts.images, name))
            return 1
    if not os.access(opts.armvm, os.X_OK):
        log("bench: no armvm at %s (build it, or pass --armvm)" % opts.armvm)
        return 1
    os.makedirs(opts.logs, exist_ok=True)
    initrd, host = None, {}
    if any(w[0] in TLB_ROWS for w in opts.workloads):
        workdir = os.path.join(os.path.dirname(os.path.abspath(opts.armvm)), "bench", "tlb")
        initrd = tlb.make_initrd(opts.images, workdir)
        host = {n: tlb.expected(workdir, n, a) for n, _, a, _ in tlb.WORKLOADS
                if n in [w[0] for w in opts.workloads]}
    if opts.policies:
        return report_policies(opts, initrd)
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    load = os.getloadavg()[0]

    results, stderrs = {}, {}
    if opts.qemu and shutil.which(opts.qemu):
        argv_q = emulator_argv("qemu", opts.qemu, opts.images, [], initrd=initrd)
        results["qemu"], _ = measure("qemu", argv_q, opts)
    else:
        log("bench: %s not found, measuring armvm alone" % (opts.qemu or "QEMU"))
    for name, args in opts.modes:
        extra = shlex.split(args) + ["--stats"]
        argv_a = emulator_argv("armvm", opts.armvm, opts.images, extra, initrd=initrd)
        results[name], stderrs[name] = measure(name, argv_a, opts)

    rows = ["boot"] + [w[0] for w in opts.workloads]
    titles = {"boot": "boot to shell prompt"}
    titles.update({w[0]: "%s: %s" % (w[0], w[1]) for w in opts.workloads})
    versions_file = os.path.join(opts.images, "VERSIONS")
    versions = open(versions_file).read().strip() if os.path.exists(versions_file) else "?"
    out = ["# armvm benchmark, %s" % started, "",
           "Median of %d run(s) per emulator; seconds; ratio > 1 means slower than QEMU; "
           "`!` marks output that differs from QEMU's or the host build's." % opts.runs, "",
           "## Timed from the host (command sent to answer seen)", "",
           table(results, 1, rows, titles, host), "",
           "## Timed inside the guest (/proc/uptime; boot row: uptime at the prompt)", "",
           table(results, 0, rows, titles, host), "",
           "## CPU time of the emulator process (user + system; boot row: up to the prompt)",
           "", table(results, 3, rows, titles, host), "",
           "## Setup", "",
           "- host: %s, %d CPUs, load average %.2f at start" % (
               platform.platform(), os.cpu_count(), load),
           "- qemu: %s" % (version([opts.qemu, "--version"]) if "qemu" in results else "-"),
           "- armvm: %s (%s)" % (version([opts.armvm, "--version"]), opts.armvm)]
    out += ["- armvm mode %s: `%s`" % (n, a) for n, a in opts.modes]
    out += ["- images: " + versions.replace("\n", "; "), ""]
    for name, result in results.items():
        if "error" in result:
            out += ["%s failed: %s" % (name, result["error"]), ""]
    for name in results:
        for row in rows:
            why = differs(results, host, name, row)
            if why:
                out += ["%s, %s: output differs: %s" % (name, row, why), ""]
    for name, err in stderrs.items():
        if err.strip():
            out += ["## armvm %s --stats (last complete run)" % name, "", "```", err.strip(), "```", ""]
    text = "\n".join(out)
    print(text)
    os.makedirs(os.path.dirname(opts.out), exist_ok=True)
    with open(opts.out, "w") as f:
        f.write(text + "\n")
    log("bench: wrote " + opts.out)
    return 0


def report_policies(opts, initrd):
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    load = os.getloadavg()[0]
    text = "\n".join([
        "# armvm ESPT policies, %s" % started, "",
        "Each workload in a boot of its own; CPU time of the emulator for the workload "
        "(user + system, median of %d run(s); boot row: up to the prompt); counters: "
        "the workload's boot less a boot alone (last run)." % opts.runs, "",
        policy_study(opts, initrd), "",
        "- host: %s, %d CPUs, load average %.2f at start" % (
            platform.platform(), os.cpu_count(), load),
        "- armvm: %s (%s)" % (version([opts.armvm, "--version"]), opts.armvm), ""])
    print(text)
    out = os.path.join(os.path.dirname(opts.out), "policies.md")
    with open(out, "w") as f:
        f.write(text + "\n")
    log("bench: wrote " + out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
