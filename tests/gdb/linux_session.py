# linux_session.py: gdb-multiarch against Debian's armmp kernel, by address
# only (no symbols): the boot entry (armvm's contract for a zImage: RAM +
# 0x8000, r0 = 0, r1 = 0x8e0), then a breakpoint on the SVC vector of the
# high vectors page (ARM ARM B1.8.1: 0xffff0008), which the first system call
# of /init reaches.  Memory is read through the MMU: the caller's SVC
# instruction at LR (B1.8.10: LR = the next instruction) in user space.
import os
import sys

import gdb

sys.path.insert(0, os.path.dirname(__file__))
from gdbcheck import check, check_memory_error, run, val  # noqa: E402

run("set pagination off")
run("set confirm off")
check("entry", val("$pc") == 0x60008000 and val("$r0") == 0 and val("$r1") == 0x8e0,
      "pc=%#x r1=%#x" % (val("$pc"), val("$r1")))
run("break *0xffff0008")
run("continue")
pc, cpsr, lr = val("$pc") & 0xffffffff, val("$cpsr"), val("$lr") & 0xffffffff
check("svc_vector", pc == 0xffff0008 and cpsr & 0x1f == 0x13, "pc=%#x cpsr=%#x" % (pc, cpsr))
thumb = val("*(unsigned short *)%#x" % (lr - 2)) & 0xff00 == 0xdf00
arm = val("*(unsigned *)%#x" % (lr - 4)) & 0x0f000000 == 0x0f000000
check("svc_caller", lr < 0xc0000000 and (thumb or arm), "lr=%#x" % lr)
check_memory_error("unmapped", "x/wx 0")
run("delete")
run("detach")
print("SESSION END", flush=True)
