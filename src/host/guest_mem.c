/*
 * Guest memory as the gdb stub and the monitor see it (guest_mem.h).
 */
#include <string.h>

#include "dbt.h"
#include "guest_mem.h"
#include "machine.h"
#include "mmu.h"

uint32_t guest_mem_copy(struct machine *m, uint32_t va, uint8_t *buf, uint32_t len, bool write)
{
	struct cpu *cpu = &m->cpu;
	struct bus *bus = &m->bus;
	uint32_t done = 0;
	while (done < len) {
		uint32_t a = va + done, chunk = 0x1000 - (a & 0xfff), fsr;
		struct translation t;
		if (chunk > len - done)
			chunk = len - done;
		if (!mmu_translate(cpu, a, ACCESS_READ, !cpu_privileged(cpu), &t, &fsr))
			break;
		uint8_t *host = bus_ram_ptr(bus, t.pa, chunk);
		if (!host)
			break;
		uint32_t off = t.pa - bus->ram_base;
		if (buf && write) {
			if (cpu->dbt && off < bus->ram_size && dbt_code_page(cpu->code_pages, off))
				dbt_code_written(cpu->dbt, t.pa, chunk);
			memcpy(host, buf + done, chunk);
		} else if (buf) {
			memcpy(buf + done, host, chunk);
		}
		done += chunk;
	}
	return done;
}
