# session.py: the gdb test session, run inside gdb-multiarch (gdb -batch -x)
# against target.S's program stopped at its first instruction (checks as
# gdbcheck.py prints them, for run_gdb.py).  Expected
# values come from the program (its symbols and constants) and the ARM ARM
# (the SVC vector), never from the emulator under test.
import os
import sys
import threading

import gdb

sys.path.insert(0, os.path.dirname(__file__))
from gdbcheck import check, check_memory_error, run, val  # noqa: E402


def dreg(name):
    """A VFP register as a gdb value of type double (a union where the
    target also describes NEON, as QEMU does)."""
    v = gdb.parse_and_eval(name)
    return v["f64"] if v.type.code == gdb.TYPE_CODE_UNION else v


def check_pc(name, expr):
    pc, want = val("$pc"), val(expr)
    check(name, pc == want, "pc=%#x want %s=%#x" % (pc, expr, want))


last_stop = []
stopped = None


def on_stop(ev):
    last_stop.append(ev)
    if stopped:
        stopped.set()


gdb.events.stop.connect(on_stop)


def stop_kind():
    ev = last_stop[-1] if last_stop else None
    if isinstance(ev, gdb.SignalEvent):
        return ev.stop_signal
    if isinstance(ev, gdb.BreakpointEvent):
        return type(ev.breakpoint).__name__ + ":" + str(ev.breakpoint.type)
    return repr(ev)


run("set pagination off")
run("set confirm off")
check_pc("start", "&_start")

# Breakpoints, registers (core and VFP) read and written.
run("break bp_main")
run("continue")
check_pc("break", "&bp_main")
check("read_r5", val("$r5") == 42)
check("read_d5", float(dreg("$d5")) == 1.5)
check("read_d31", "0x1122334455667788" in run("p/x $d31"), run("p/x $d31").strip())
check("read_cpsr_mode", val("$cpsr") & 0x1f == 0x13, hex(val("$cpsr")))
run("set $r4 = 0x1234")
run("set var $d7%s = 2.5" % (".f64" if dreg("$d7").type != gdb.parse_and_eval("$d7").type else ""))
check("write_r4", val("$r4") == 0x1234)
check("write_d7", float(dreg("$d7")) == 2.5)
check("read_code", "nop" in run("x/i $pc"))

# A breakpoint in Thumb code; the program checks r4 and d7 before it.
run("delete")
run("break *&thumb_func")
run("continue")
check_pc("break_thumb", "&thumb_func")
check("thumb_state", val("$cpsr") & 0x20 != 0, hex(val("$cpsr")))

# A write watchpoint stops after the store.
run("delete")
out = run("watch *(int *)&counter")
check("watch_set", "atchpoint" in out, out.strip())
run("continue")
check("watch_hit", stop_kind() == "Breakpoint:%d" % gdb.BP_HARDWARE_WATCHPOINT, stop_kind())
check("watch_value", val("*(int *)&counter") == 7)
check_pc("watch_pc", "&after_store")

# Single steps into the SVC exception (ARM ARM B1.8.10: LR = the next
# instruction, PC = VBAR + 8) and on into its handler.
run("delete")
run("break svc_site")
run("continue")
run("stepi")
check_pc("step_svc_vector", "(char *)&_start + 8")
check("step_svc_lr", val("$lr") == val("&after_svc"), hex(val("$lr")))
run("stepi")
check_pc("step_svc_handler", "&svc_entry")

# Memory through the guest MMU: VA 0x80000000 is RAM's first MiB.
run("delete")
run("break mmu_on")
run("continue")
check_pc("break_mmu", "&mmu_on")
alias = val("(unsigned)&mmu_data") - 0x60000000 + 0x80000000
got = val("*(unsigned *)%#x" % alias)
check("read_mmu_alias", got == 0xcafef00d, hex(got))
check_memory_error("read_unmapped", "x/wx 0x90000000")

# A read watchpoint in the loop that polls `go`: after its load.
run("delete")
run("rwatch *(int *)&go")
run("continue")
check("rwatch_hit", stop_kind() == "Breakpoint:%d" % gdb.BP_READ_WATCHPOINT, stop_kind())
check_pc("rwatch_pc", "(char *)&spin + 8")
run("delete")

# Ctrl-C stops the spinning guest: interrupt until it has stopped.
stopped = threading.Event()


def interrupt_if_running():
    if not stopped.is_set():
        gdb.execute("interrupt")


def interrupt():
    if not stopped.is_set():
        gdb.post_event(interrupt_if_running)
        threading.Timer(0.5, interrupt).start()


threading.Timer(0.5, interrupt).start()
run("continue")
pc = val("$pc")
check("interrupt", stop_kind() == "SIGINT" and val("&spin") <= pc < val("&spin") + 20,
      "pc=%#x %s" % (pc, stop_kind()))

# Set `go` through the alias, then detach: the program prints and exits 0.
run("set var *(int *)%#x = 1" % (val("(unsigned)&go") - 0x60000000 + 0x80000000))
check("write_mmu_alias", val("*(int *)&go") == 1)
run("detach")
print("SESSION END", flush=True)
