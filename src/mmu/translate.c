/*
 * Address translation. This stage of armvm runs guests with the MMU off, where
 * the mapping is flat and every access is allowed (ARM ARM B3.2.1); the
 * short-descriptor page-table walker arrives with the Linux work.
 */
#include "log.h"
#include "mmu.h"

bool mmu_translate(struct cpu *cpu, uint32_t va, enum access acc, bool user,
		   struct translation *t, uint32_t *fsr)
{
	(void)acc;
	(void)user;
	(void)fsr;
	if (cpu->cp15.sctlr & SCTLR_M) {
		static bool said;
		if (!said)
			log_msg(LOG_UNIMP, "the MMU is not implemented yet: running flat");
		said = true;
	}
	t->pa = va;
	t->page_size = 4096;
	t->readable = t->writable = t->executable = true;
	return true;
}
