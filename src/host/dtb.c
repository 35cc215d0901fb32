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

/* Standard VGA 640x480 at 60 Hz (VESA DMT): a panel Linux's PL111 frame
 * buffer driver (amba-clcd) accepts, as it drives only "panel-dpi" panels,
 * not the board's DVI transmitter. At 25.175 MHz the CLCD's
 * max-memory-bandwidth gives it 16 bits per pixel. */
static const struct { const char *name; uint32_t v; } vga_timing[] = {
	{ "clock-frequency", 25175000 }, { "hactive", 640 }, { "vactive", 480 },
	{ "hfront-porch", 16 }, { "hback-porch", 48 }, { "hsync-len", 96 },
	{ "vfront-porch", 10 }, { "vback-porch", 33 }, { "vsync-len", 2 },
};

/* A /panel node on the first PL111's port, whose frame buffer then comes
 * from RAM (Linux's DMA pool): its memory-region (the board's video RAM,
 * which armvm does not model) is dropped. */
static int clcd_endpoint(const void *fdt)
{
	int clcd = fdt_node_offset_by_compatible(fdt, -1, "arm,pl111");
	int port = clcd < 0 ? clcd : fdt_subnode_offset(fdt, clcd, "port");
	return port < 0 ? port : fdt_subnode_offset(fdt, port, "endpoint");
}

/* Offsets move as nodes are added: each step looks its node up again. */
static int set_u32(void *fdt, const char *path, const char *name, uint32_t v)
{
	int node = fdt_path_offset(fdt, path);
	return node < 0 ? node : fdt_setprop_u32(fdt, node, name, v);
}

static int add_panel(void *fdt)
{
	int ep = clcd_endpoint(fdt);
	uint32_t clcd_ep = ep < 0 ? 0 : fdt_get_phandle(fdt, ep), panel_ep;
	if (!clcd_ep)
		return 0;                 /* no CLCD with a port: nothing to give */
	int err = fdt_generate_phandle(fdt, &panel_ep);
	if (!err)
		err = fdt_setprop_u32(fdt, ep, "remote-endpoint", panel_ep);
	if (!err) {
		err = fdt_delprop(fdt, fdt_node_offset_by_compatible(fdt, -1, "arm,pl111"),
				  "memory-region");
		err = err == -FDT_ERR_NOTFOUND ? 0 : err;
	}
	if (!err && (err = fdt_add_subnode(fdt, 0, "panel")) >= 0)
		err = fdt_setprop_string(fdt, err, "compatible", "panel-dpi");
	if (!err && (err = fdt_add_subnode(fdt, fdt_path_offset(fdt, "/panel"), "port")) >= 0)
		err = fdt_add_subnode(fdt, err, "endpoint");
	if (err >= 0)
		err = fdt_add_subnode(fdt, fdt_path_offset(fdt, "/panel"), "panel-timing");
	err = err < 0 ? err : set_u32(fdt, "/panel/port/endpoint", "remote-endpoint", clcd_ep);
	err = err < 0 ? err : set_u32(fdt, "/panel/port/endpoint", "phandle", panel_ep);
	for (size_t i = 0; i < sizeof(vga_timing) / sizeof(vga_timing[0]) && !err; i++)
		err = set_u32(fdt, "/panel/panel-timing", vga_timing[i].name, vga_timing[i].v);
	return err < 0 ? -1 : 0;
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
	if (p->lcd_panel && add_panel(fdt) != 0)
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
