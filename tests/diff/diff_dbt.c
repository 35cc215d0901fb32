/*
 * The translator as the differential test drives it (include/dbt.h): one
 * translator per memory mode for the whole run, each put in struct cpu for
 * its own runs. The sequence is written into guest RAM behind the CPU's back:
 * before each run the translator forgets everything, or (as after a guest's
 * write to code) the blocks of the code pages alone, so that other blocks,
 * the jump cache and chains into dropped blocks live on. ESPT keeps its shadow
 * mappings from one run to the next unless the case asks for a TLB
 * maintenance operation.
 */
#include <stdio.h>
#include <string.h>

#include "cpu.h"
#include "dbt.h"
#include "diff.h"
#include "machine.h"

/* --engine switch: views change scheme this often (in instructions). */
#define DIFF_SWITCH_INSNS 5

bool diff_dbt_create(struct machine *m, const char *mode, struct diff_engine *e)
{
	bool auto_mmu = !strcmp(mode, "auto") || !strcmp(mode, "switch");
	e->name = mode;
	e->dbt = dbt_create(m, auto_mmu ? DBT_MMU_AUTO :
			    !strcmp(mode, "espt") || !strcmp(mode, "exact") ? DBT_MMU_ESPT
			    : DBT_MMU_SOFTMMU, 0);
	if (e->dbt && !strcmp(mode, "switch"))
		dbt_set_mmu_switch(e->dbt, DIFF_SWITCH_INSNS);
	if (e->dbt && !strcmp(mode, "exact"))
		dbt_set_exact(e->dbt);
	e->code_pages = m->cpu.code_pages;
	diff_mmu_reset(&e->last);
	m->cpu.dbt = NULL;
	m->cpu.code_pages = NULL;
	return e->dbt != NULL;
}

void diff_dbt_select(struct machine *m, const struct diff_engine *e, const struct diff_case *c)
{
	struct dbt *d = e ? e->dbt : NULL;

	m->cpu.dbt = d;
	m->cpu.code_pages = e ? e->code_pages : NULL;
	if (!d)
		return;
	if (c->code_written)
		for (uint32_t pa = DIFF_CODE; pa < DIFF_CODE + DIFF_CODE_SIZE; pa += 0x1000)
			dbt_code_written(d, pa, 0x1000);   /* the whole page */
	else
		dbt_flush(d);
	if (c->shadow_flush == DIFF_FLUSH_ALL)
		dbt_tlb_maintenance(d, DBT_TLBI_ALL, 0);
	else if (c->shadow_flush)
		dbt_tlb_maintenance(d, DBT_TLBI_VA_ALL_ASID, c->shadow_flush);
}

void diff_dbt_destroy(struct machine *m, struct diff_engine *e)
{
	m->cpu.dbt = e->dbt;
	m->cpu.code_pages = e->code_pages;
	dbt_destroy(e->dbt);
	m->cpu.dbt = NULL;
	m->cpu.code_pages = NULL;
}

void diff_dbt_print_stats(const struct diff_engine *e)
{
	fprintf(stderr, "diff: %s:\n", e->name);
	if (e->dbt)
		dbt_print_stats(e->dbt, stderr, 0);
}
