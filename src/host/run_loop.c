/*
 * The run loop: between bursts it answers exit requests (timers, input,
 * interrupts, stop) and WFI; a burst goes to the translator, or to the
 * interpreter for what the translator leaves (code outside RAM, the last
 * instructions of a --max-insns budget, which must be exact).
 */
#include "dbt.h"
#include "gdb.h"
#include "run_loop.h"

/* Run instructions until something needs the loop's attention: an exit
 * request (interrupt, stop, WFI) or the end of the instruction budget. The
 * translator stops short of the budget; the interpreter runs the rest, and
 * the next instruction when the translator declines it (code outside RAM). */
static void run_burst(struct cpu *cpu, uint64_t budget, bool *interp_next)
{
	if (!cpu->dbt || budget <= DBT_MAX_BLOCK_INSNS || *interp_next) {
		cpu_interpret(cpu, *interp_next ? 1 : budget);
		*interp_next = false;
	} else {
		*interp_next = !dbt_run(cpu->dbt, budget == UINT64_MAX ? budget
						      : budget - DBT_MAX_BLOCK_INSNS);
	}
}

/* --icount: how many instructions may run before the next deadline; true in
 * *due when it is now. Devices are served (timers fired, input handed over)
 * only then, so that every engine serves them before the same instruction. */
static uint64_t icount_budget(const struct cpu *cpu, struct vclock *c, bool *due)
{
	uint64_t at = vclock_icount_at(c, vclock_next_deadline(c));
	*due = *due || cpu->insn_count >= at;
	return at > cpu->insn_count ? at - cpu->insn_count : 1;
}

static void run_until_stop(struct cpu *cpu, struct vclock *icount)
{
	bool interp_next = false, due = false;

	while (cpu->stop == STOP_NONE) {
		uint64_t budget = UINT64_MAX;
		if (cpu->max_insns) {
			if (cpu->insn_count >= cpu->max_insns) {
				cpu_request_stop(cpu, STOP_MAX_INSNS, 0);
				break;
			}
			budget = cpu->max_insns - cpu->insn_count;
		}
		/* The debugger first: it may hold the core, and a single step
		 * takes no interrupt. */
		bool no_service = cpu->gdb && gdb_before_burst(cpu->gdb, &budget);
		if (cpu->stop != STOP_NONE)
			break;
		if (icount)
			icount_budget(cpu, icount, &due);
		if (!no_service && (due ||
				    atomic_load_explicit(&cpu->exit_request, memory_order_relaxed))) {
			cpu_service(cpu, !icount || due);
			due = false;
			if (cpu->stop != STOP_NONE)
				break;
		}
		if (cpu->halted) {
			/* --icount: time jumps to the next deadline; with none,
			 * input is waited for and served where the core is. */
			if (!icount || !vclock_icount_skip(icount)) {
				cpu_wait_for_interrupt(cpu);
				due = true;
			}
			continue;
		}
		if (icount) {
			uint64_t left = icount_budget(cpu, icount, &due);
			budget = left < budget ? left : budget;
		}
		run_burst(cpu, budget, &interp_next);
	}
}

enum stop_reason run_loop(struct cpu *cpu, struct vclock *icount)
{
	cpu->stop = STOP_NONE;
	atomic_store_explicit(&cpu->exit_request, 1, memory_order_relaxed);
	/* An abort inside an instruction has entered its exception and lands here. */
	int jumped = setjmp(cpu->abort_jmp);
	if (jumped && jumped != RUN_LOOP_UNDONE)
		cpu->insn_count += 1 + cpu->insns_pending;
	cpu->insns_pending = 0;
	run_until_stop(cpu, icount);
	return cpu->stop;
}
