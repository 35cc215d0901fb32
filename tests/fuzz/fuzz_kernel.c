/*
 * libFuzzer target: the input as --kernel, an ELF32 executable or a raw image
 * / zImage (src/host/loader.c), into 64 KiB, 1 MiB or 16 MiB of RAM (picked by
 * the input's size, so that the same input always goes the same way).
 */
#include "fuzz_common.h"
#include "loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t ram[] = { 64u << 10, 1u << 20, 16u << 20 };
	struct machine_options o;
	struct machine *m = fuzz_machine(ram[size % 3], &o);
	struct boot_info bi = { .mach_type = 0x8e0 };

	o.kernel = fuzz_write("kernel", data, size);
	loader_load(m, &bi);
	return 0;
}
