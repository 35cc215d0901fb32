/*
 * Loading the guest (src/host/loader.c): --kernel as an ELF32 ARM executable
 * (placed at its physical addresses, entered at e_entry, Thumb when bit 0 is set)
 * or as a raw image / zImage (placed at RAM base + 0x8000 and entered in ARM state
 * with the Linux boot registers r0 = 0, r1 = machine type, r2 = DTB address),
 * plus --dtb and --initrd for the raw case.
 */
#ifndef ARMVM_LOADER_H
#define ARMVM_LOADER_H

#include <stdbool.h>
#include <stdint.h>

struct cpu;
struct machine;

/* Where a raw image goes, from the start of RAM (Linux Documentation/arm/booting). */
#define LOADER_RAW_OFFSET 0x8000u

struct boot_info {
	uint32_t entry;              /* address of the first instruction, bit 0 clear */
	bool thumb;                  /* entered in Thumb state */
	bool is_elf;
	bool linux_regs;             /* raw image: r0 = 0, r1 = mach_type, r2 = dtb_addr */
	uint32_t mach_type;          /* the board's Linux machine number */
	uint32_t image_start, image_end;   /* physical extent of the loaded kernel */
	uint32_t dtb_addr, dtb_size;       /* 0 when there is no --dtb */
	uint32_t initrd_addr, initrd_size; /* 0 when there is no --initrd */
};

/* Load m->opts->kernel (and, for a raw image, --dtb and --initrd) into guest
 * RAM and describe the result in *bi (whose mach_type the caller has set).
 * On bad input prints one "armvm: ..." line and returns false. */
bool loader_load(struct machine *m, struct boot_info *bi);
/* Set the core's registers to enter the loaded guest. */
void loader_boot(struct cpu *cpu, const struct boot_info *bi);

#endif
