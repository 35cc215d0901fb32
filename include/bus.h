/*
 * The physical address map (src/mmu/phys.c): guest RAM, one memfd mapped once
 * linearly, and MMIO regions served by devices. An address that no region
 * claims reads as zero and ignores writes (logged once per page with --log guest).
 */
#ifndef ARMVM_BUS_H
#define ARMVM_BUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A device's register interface. offset is from the region base; size is 1, 2
 * or 4, and a read's bits above size bytes are dropped by the bus. The manuals
 * define word accesses to most registers; for a narrower one each device does
 * what QEMU 7.2's vexpress-a9 does, which its header comment says. Most decode
 * the exact offset: a byte or halfword at a register's offset reads its low
 * bits and writes it with the zero-extended value; at other offsets it meets
 * no register (reads as zero, ignores writes).
 */
struct dev_ops {
	const char *name;
	uint32_t (*read)(void *dev, uint32_t offset, unsigned size);
	void (*write)(void *dev, uint32_t offset, uint32_t val, unsigned size);
	void (*reset)(void *dev);
};

/* An interrupt output: a device calls irq_set(line, level). */
struct irq_line {
	void (*set)(void *target, unsigned n, int level);
	void *target;
	unsigned n;
};

static inline void irq_set(const struct irq_line *line, int level)
{
	if (line->set)
		line->set(line->target, line->n, level);
}

#define BUS_MAX_REGIONS 64

struct bus_region {
	uint32_t base, size;
	const struct dev_ops *ops;  /* NULL for RAM */
	void *dev;
	uint8_t *host;              /* RAM: host address of base */
};

struct bus {
	int ram_fd;                 /* memfd holding guest RAM */
	uint8_t *ram;               /* its linear host mapping */
	uint32_t ram_base, ram_size;
	struct bus_region regions[BUS_MAX_REGIONS];
	unsigned nregions;
	uint8_t *logged_pages;      /* bitmap of unmapped pages already logged */
};

/* Create guest RAM of size bytes at base. Returns false with a message on failure. */
bool bus_init(struct bus *bus, uint32_t ram_base, uint32_t ram_size);
void bus_destroy(struct bus *bus);
/* Map a device's registers at [base, base + size). */
void bus_map_device(struct bus *bus, uint32_t base, uint32_t size,
		    const struct dev_ops *ops, void *dev);
/* Also map RAM at another physical address (an alias of the same pages). */
void bus_map_ram_alias(struct bus *bus, uint32_t base, uint32_t size, uint32_t ram_offset);
/* The region holding pa, or NULL. */
const struct bus_region *bus_find(const struct bus *bus, uint32_t pa);
/* Host pointer for a RAM physical range, or NULL if not wholly RAM. */
uint8_t *bus_ram_ptr(const struct bus *bus, uint32_t pa, uint32_t len);
/* MMIO or unmapped access (RAM is reached through bus_ram_ptr). */
uint32_t bus_read(struct bus *bus, uint32_t pa, unsigned size);
void bus_write(struct bus *bus, uint32_t pa, uint32_t val, unsigned size);
/* Reset every device. */
void bus_reset_devices(struct bus *bus);

#endif
