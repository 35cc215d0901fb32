/*
 * The physical address map. Guest RAM is one memfd, mapped once here; the
 * translator's shadow regions (ESPT) will map the same file again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "bus.h"
#include "log.h"

bool bus_init(struct bus *bus, uint32_t ram_base, uint32_t ram_size)
{
	memset(bus, 0, sizeof(*bus));
	bus->ram_fd = memfd_create("armvm-ram", MFD_CLOEXEC);
	if (bus->ram_fd < 0) {
		perror("armvm: memfd_create");
		return false;
	}
	if (ftruncate(bus->ram_fd, ram_size) != 0) {
		perror("armvm: guest RAM");
		close(bus->ram_fd);
		return false;
	}
	bus->ram = mmap(NULL, ram_size, PROT_READ | PROT_WRITE, MAP_SHARED, bus->ram_fd, 0);
	if (bus->ram == MAP_FAILED) {
		perror("armvm: mapping guest RAM");
		close(bus->ram_fd);
		return false;
	}
	bus->ram_base = ram_base;
	bus->ram_size = ram_size;
	bus->regions[0] = (struct bus_region){ ram_base, ram_size, NULL, NULL, bus->ram };
	bus->nregions = 1;
	return true;
}

void bus_destroy(struct bus *bus)
{
	if (bus->ram && bus->ram != MAP_FAILED)
		munmap(bus->ram, bus->ram_size);
	if (bus->ram_fd > 0)
		close(bus->ram_fd);
	free(bus->logged_pages);
	memset(bus, 0, sizeof(*bus));
}

static void add_region(struct bus *bus, struct bus_region r)
{
	if (bus->nregions == BUS_MAX_REGIONS)
		fatal("too many regions in the physical map");
	bus->regions[bus->nregions++] = r;
}

void bus_map_device(struct bus *bus, uint32_t base, uint32_t size,
		    const struct dev_ops *ops, void *dev)
{
	add_region(bus, (struct bus_region){ base, size, ops, dev, NULL });
}

void bus_map_ram_alias(struct bus *bus, uint32_t base, uint32_t size, uint32_t ram_offset)
{
	add_region(bus, (struct bus_region){ base, size, NULL, NULL, bus->ram + ram_offset });
}

const struct bus_region *bus_find(const struct bus *bus, uint32_t pa)
{
	for (unsigned i = 0; i < bus->nregions; i++) {
		const struct bus_region *r = &bus->regions[i];
		if (pa - r->base < r->size)
			return r;
	}
	return NULL;
}

uint8_t *bus_ram_ptr(const struct bus *bus, uint32_t pa, uint32_t len)
{
	const struct bus_region *r = bus_find(bus, pa);
	if (!r || r->ops || len > r->size - (pa - r->base))
		return NULL;
	return r->host + (pa - r->base);
}

/* Unmapped addresses read as zero and ignore writes; said once per page. */
static void log_unmapped(struct bus *bus, const char *what, uint32_t pa)
{
	if (!(log_enabled & LOG_GUEST))
		return;
	if (!bus->logged_pages)
		bus->logged_pages = calloc(1, 1u << 17);
	uint32_t page = pa >> 12;
	if (bus->logged_pages && !(bus->logged_pages[page >> 3] >> (page & 7) & 1)) {
		bus->logged_pages[page >> 3] |= (uint8_t)(1u << (page & 7));
		log_msg(LOG_GUEST, "%s unmapped physical address 0x%08x", what, pa);
	}
}

uint32_t bus_read(struct bus *bus, uint32_t pa, unsigned size)
{
	const struct bus_region *r = bus_find(bus, pa);
	if (!r) {
		log_unmapped(bus, "read from", pa);
		return 0;
	}
	if (!r->ops) {
		uint32_t v = 0;
		memcpy(&v, r->host + (pa - r->base), size);
		return v;
	}
	if (!r->ops->read)
		return 0;
	/* Only the byte lanes of the access reach the CPU. */
	uint32_t v = r->ops->read(r->dev, pa - r->base, size);
	return size == 4 ? v : v & ((1u << 8 * size) - 1);
}

void bus_write(struct bus *bus, uint32_t pa, uint32_t val, unsigned size)
{
	const struct bus_region *r = bus_find(bus, pa);
	if (!r) {
		log_unmapped(bus, "write to", pa);
		return;
	}
	if (!r->ops)
		memcpy(r->host + (pa - r->base), &val, size);
	else if (r->ops->write)
		r->ops->write(r->dev, pa - r->base, val, size);
}

void bus_reset_devices(struct bus *bus)
{
	for (unsigned i = 0; i < bus->nregions; i++) {
		const struct bus_region *r = &bus->regions[i];
		if (r->ops && r->ops->reset)
			r->ops->reset(r->dev);
	}
}
