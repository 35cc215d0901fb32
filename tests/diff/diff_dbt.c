/*
 * The translator as the differential test drives it (include/dbt.h): one
 * translator per memory mode for the whole run, each put in struct cpu for
 * its own runs and flushed before each, since the sequence is written into
 * guest RAM behind the CPU's back. ESPT keeps its shadow mappings from one
 * run to the next unless the case asks for a TLB maintenance operation.
 */
#include <stdio.h>

#include "cpu.h"
#include "dbt.h"
#include "diff.h"
#include "machine.h"

bool diff_dbt_create(struct machine *m, bool espt, struct diff_engine *e)
{
	e->name = espt ? "espt" : "softmmu";
	e->dbt = dbt_create(m, espt ? DBT_MMU_ESPT : DBT_MMU_SOFTMMU, 0);
	e->code_pages = m->cpu.code_pages;
	m->cpu.dbt = NULL;
	m->cpu.code_pages = NULL;
	return e->dbt != NULL;
}

void diff_dbt_select(struct machine *m, const struct diff_engine *e, uint32_t shadow_flush)
{
	struct dbt *d = e ? e->dbt : NULL;

	m->cpu.dbt = d;
	m->cpu.code_pages = e ? e->code_pages : NULL;
	if (!d)
		return;
	dbt_flush(d);
	if (shadow_flush == DIFF_FLUSH_ALL)
		dbt_tlb_maintenance(d, DBT_TLBI_ALL, 0);
	else if (shadow_flush)
		dbt_tlb_maintenance(d, DBT_TLBI_VA_ALL_ASID, shadow_flush);
}

void diff_dbt_destroy(struct machine *m, struct diff_engine *e)
{
	diff_dbt_select(m, e, 0);
	dbt_destroy(e->dbt);
	m->cpu.dbt = NULL;
	m->cpu.code_pages = NULL;
}

void diff_dbt_print_stats(const struct diff_engine *e)
{
	fprintf(stderr, "diff: %s:\n", e->name);
	if (e->dbt)
		dbt_print_stats(e->dbt, stderr);
}
