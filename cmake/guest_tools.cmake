# The tools that build and check guest code: Debian's ARM cross toolchain (with its
# C library headers), qemu-system-arm, the oracle, and gdb-multiarch, which the
# gdb stub's tests drive.  With ARMVM_GUEST_TESTS on (the
# default, what `make check` uses) each one is required: a missing tool stops the
# configuration with a line that names its Debian package (scripts/setup.sh installs
# them all).  -DARMVM_GUEST_TESTS=OFF builds armvm and its unit tests alone, and says
# what it leaves out.
option(ARMVM_GUEST_TESTS "Build the demo guest and run the guest-level tests" ON)

if(NOT ARMVM_GUEST_TESTS)
	message(STATUS "ARMVM_GUEST_TESTS=OFF: the demo guest and the cli, guest, asm, vfp, "
		"mmu, linux, diff and gdb tests are left out; only the unit tests run")
	return()
endif()

# armvm_require_program(<var> <program> <package>)
function(armvm_require_program var program package)
	find_program(${var} ${program})
	if(NOT ${var})
		message(FATAL_ERROR "${program} not found: install the Debian package ${package} "
			"(scripts/setup.sh does), or configure with -DARMVM_GUEST_TESTS=OFF")
	endif()
endfunction()

armvm_require_program(ARM_GUEST_CC arm-linux-gnueabihf-gcc gcc-arm-linux-gnueabihf)
armvm_require_program(ARM_GNU_AS arm-linux-gnueabihf-as binutils-arm-linux-gnueabihf)
armvm_require_program(ARM_GNU_LD arm-linux-gnueabihf-ld binutils-arm-linux-gnueabihf)
armvm_require_program(ARM_GNU_OBJCOPY arm-linux-gnueabihf-objcopy binutils-arm-linux-gnueabihf)
armvm_require_program(QEMU_SYSTEM_ARM qemu-system-arm qemu-system-arm)
armvm_require_program(DTC dtc device-tree-compiler)
armvm_require_program(GDB_MULTIARCH gdb-multiarch gdb-multiarch)

# The guest programs include the C library's headers (string.h, stdint.h).
set(probe ${CMAKE_BINARY_DIR}/CMakeFiles/armvm_guest_probe.c)
file(WRITE ${probe} "#include <string.h>\nint probe(const char *s) { return (int)strlen(s); }\n")
execute_process(COMMAND ${ARM_GUEST_CC} -c ${probe} -o ${probe}.o
	RESULT_VARIABLE probe_status OUTPUT_QUIET ERROR_QUIET)
if(NOT probe_status EQUAL 0)
	message(FATAL_ERROR "${ARM_GUEST_CC} cannot compile a file that includes <string.h>: "
		"install the Debian package libc6-dev-armhf-cross (scripts/setup.sh does)")
endif()
