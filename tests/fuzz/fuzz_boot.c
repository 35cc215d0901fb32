/*
 * libFuzzer target: the input as --dtb, patched for a raw image's boot with
 * --append and an --initrd (src/host/loader.c, src/host/dtb.c). The initrd's
 * size and the RAM size follow from the input's size, so that the initrd and
 * the DTB sometimes fit in RAM and sometimes do not; a patched DTB must pass
 * libfdt's full check.
 */
#include <libfdt.h>
#include <stdlib.h>

#include "dtb.h"
#include "fuzz_common.h"
#include "loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t ram[] = { 64u << 10, 128u << 10, 1u << 20 };
	static uint8_t initrd[48u << 10];
	static const uint8_t raw_image[8] = { 0xfe, 0xff, 0xff, 0xea };   /* b . */
	struct machine_options o;
	struct machine *m = fuzz_machine(ram[size % 3], &o);
	struct boot_info bi = { .mach_type = 0x8e0 };

	o.kernel = fuzz_write("zImage", raw_image, sizeof(raw_image));
	o.initrd = size % 5 ? fuzz_write("initrd", initrd, (size * 7919) % sizeof(initrd) + 1)
			    : NULL;
	o.dtb = fuzz_write("board.dtb", data, size);
	o.append = size % 2 ? "console=ttyAMA0 root=/dev/ram" : NULL;
	loader_load(m, &bi);

	/* The patch alone, in memory: its result is a whole, valid tree. */
	struct dtb_params p = { .ram_base = 0x60000000, .ram_size = 1u << 20,
				.bootargs = o.append, .initrd_start = 0x60080000,
				.initrd_end = 0x60080000 + (uint32_t)size };
	const char *error;
	size_t out_size;
	void *fdt = dtb_patch(data, size, &p, &out_size, &error);
	if (fdt && fdt_check_full(fdt, out_size) != 0)
		abort();
	free(fdt);
	return 0;
}
