# gdbcheck.py: what the gdb sessions (session.py, linux_session.py) share,
# inside gdb-multiarch: each check prints "CHECK <name> ok|FAIL <detail>",
# which the drivers read.
import gdb


def val(expr):
    return int(gdb.parse_and_eval(expr))


def check(name, ok, detail=""):
    print("CHECK %s %s %s" % (name, "ok" if ok else "FAIL", detail), flush=True)


def run(cmd):
    return gdb.execute(cmd, to_string=True)


def check_memory_error(name, cmd):
    """cmd must fail as a read of memory gdb cannot access."""
    try:
        run(cmd)
        check(name, False, "no error")
    except gdb.MemoryError:
        check(name, True)
