/*
 * Patching the device tree given with --dtb for the Linux boot protocol
 * (src/host/dtb.c, with libfdt): /memory to the RAM given with --memory,
 * /chosen bootargs from --append and linux,initrd-start/-end for --initrd;
 * with a display, a panel for the motherboard's PL111.
 */
#ifndef ARMVM_DTB_H
#define ARMVM_DTB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct dtb_params {
	uint32_t ram_base, ram_size;
	const char *bootargs;         /* NULL: leave /chosen/bootargs as it is */
	uint32_t initrd_start, initrd_end;   /* both 0: no initrd */
	bool lcd_panel;               /* give the first PL111 a 640x480 panel */
};

/* Returns a newly allocated patched copy of blob (its size in *out_size), or
 * NULL with *error set to a message. */
void *dtb_patch(const void *blob, size_t size, const struct dtb_params *p,
		size_t *out_size, const char **error);

#endif
