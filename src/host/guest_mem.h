/*
 * Guest memory as the gdb stub and the monitor see it (src/host/guest_mem.c).
 */
#ifndef ARMVM_GUEST_MEM_H
#define ARMVM_GUEST_MEM_H

#include <stdbool.h>
#include <stdint.h>

struct machine;

/*
 * Guest RAM behind [va, va + len) in the current mode's view, one page at a
 * time: mmu_translate walks the tables without touching the TLBs or ESPT's
 * mappings. Device memory is refused (a read may have side effects). Returns
 * the bytes done before the first page that is not RAM the mode may read;
 * with buf NULL it only looks. A write drops the translations of code it
 * overwrites, as a store does.
 */
uint32_t guest_mem_copy(struct machine *m, uint32_t va, uint8_t *buf, uint32_t len, bool write);

#endif
