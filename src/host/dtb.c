/*
 * Device-tree patching for the Linux boot protocol (include/dtb.h), the way
 * QEMU's arm boot code does it: /memory reg, /chosen bootargs and initrd.
 */
#include <libfdt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "dtb.h"

/* Write a value of the tree's own #address-cells or #size-cells width. */
static int set_cells(void *fdt, int node, const char *name, int acells, int scells,
		     uint64_t addr, uint64_t size)
{
	fdt32_t cells[4];
	int n = 0;
	if (acells == 2)
		cells[n++] = cpu_to_fdt32((uint32_t)(addr >> 32));
	cells[n++] = cpu_to_fdt32((uint32_t)addr);
	if (scells == 2)
		cells[n++] = cpu_to_fdt32((uint32_t)(size >> 32));
	cells[n++] = cpu_to_fdt32((uint32_t)size);
	return fdt_setprop(fdt, node, name, cells, n * (int)sizeof(cells[0]));
}

static int patch(void *fdt, const struct dtb_params *p, const char **error)
{
	int acells = fdt_address_cells(fdt, 0), scells = fdt_size_cells(fdt, 0);
	if (acells < 1 || acells > 2 || scells < 1 || scells > 2) {
		*error = "unsupported #address-cells or #size-cells at the root";
		return -1;
	}
	int mem = fdt_path_offset(fdt, "/memory");
	if (mem < 0) {
		mem = fdt_add_subnode(fdt, 0, "memory");
		if (mem < 0 || fdt_setprop_string(fdt, mem, "device_type", "memory") < 0)
			goto full;
	}
	if (set_cells(fdt, mem, "reg", acells, scells, p->ram_base, p->ram_size) < 0)
		goto full;

	int chosen = fdt_path_offset(fdt, "/chosen");
	if (chosen < 0 && (chosen = fdt_add_subnode(fdt, 0, "chosen")) < 0)
		goto full;
	if (p->bootargs && fdt_setprop_string(fdt, chosen, "bootargs", p->bootargs) < 0)
		goto full;
	if (p->initrd_end > p->initrd_start &&
	    (fdt_setprop_u32(fdt, chosen, "linux,initrd-start", p->initrd_start) < 0 ||
	     fdt_setprop_u32(fdt, chosen, "linux,initrd-end", p->initrd_end) < 0))
		goto full;
	return 0;
full:
	*error = "cannot update the device tree";
	return -1;
}

static bool overlap(uint64_t a, uint64_t a_len, uint64_t b, uint64_t b_len)
{
	return a < b + b_len && b < a + a_len;
}

/* The whole blob, before libfdt moves any of it: the structure block walks
 * (fdt_check_full), and the memory reservation map, structure and strings
 * blocks lie inside the blob and apart (Devicetree Specification 5.1). */
static const char *check_blob(const void *blob, size_t size)
{
	if (size < sizeof(struct fdt_header) || fdt_magic(blob) != FDT_MAGIC)
		return "not a device tree blob (no FDT magic)";
	if (fdt_version(blob) < 17 || fdt_last_comp_version(blob) > 17)
		return "unsupported device tree blob version (armvm reads version 17)";
	if (fdt_check_header(blob) != 0 || fdt_totalsize(blob) > size ||
	    fdt_check_full(blob, fdt_totalsize(blob)) != 0)
		return "malformed device tree blob";
	int nrsv = fdt_num_mem_rsv(blob);
	uint64_t rsv = fdt_off_mem_rsvmap(blob), rsv_len = (uint64_t)(nrsv + 1) * 16;
	uint64_t st = fdt_off_dt_struct(blob), st_len = fdt_size_dt_struct(blob);
	uint64_t str = fdt_off_dt_strings(blob), str_len = fdt_size_dt_strings(blob);
	if (nrsv < 0 || rsv + rsv_len > fdt_totalsize(blob) || overlap(rsv, rsv_len, st, st_len) ||
	    overlap(rsv, rsv_len, str, str_len) || overlap(st, st_len, str, str_len))
		return "malformed device tree blob (its blocks overlap)";
	return NULL;
}

void *dtb_patch(const void *blob, size_t size, const struct dtb_params *p,
		size_t *out_size, const char **error)
{
	if ((*error = check_blob(blob, size)))
		return NULL;
	size_t room = fdt_totalsize(blob) + 4096 + (p->bootargs ? strlen(p->bootargs) : 0);
	void *fdt = malloc(room);
	if (!fdt) {
		*error = "out of memory";
		return NULL;
	}
	if (fdt_open_into(blob, fdt, (int)room) != 0) {
		free(fdt);
		*error = "not a valid device tree blob";
		return NULL;
	}
	if (patch(fdt, p, error) != 0) {
		free(fdt);
		return NULL;
	}
	fdt_pack(fdt);
	*out_size = fdt_totalsize(fdt);
	return fdt;
}
