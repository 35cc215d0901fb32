/*
 * The run loop (src/host/run_loop.c): runs the core until it stops, handing
 * bursts of instructions to the translator when there is one (cpu->dbt) and to
 * the interpreter otherwise. It sits above both: src/cpu knows nothing of the
 * translator, and the translator never runs the interpreter itself.
 */
#ifndef ARMVM_RUN_LOOP_H
#define ARMVM_RUN_LOOP_H

#include "cpu.h"
#include "vclock.h"

/* longjmp value for cpu->abort_jmp: the instruction was abandoned before it
 * had any effect (a debugger watchpoint), it is not counted. Any other value:
 * an abort entered its exception. */
#define RUN_LOOP_UNDONE 2

/* Run until a stop reason arises; returns it (also in cpu->stop). Aborts taken
 * inside an instruction, by either engine, land here (cpu->abort_jmp).
 * icount: the clock under --icount, or NULL. */
enum stop_reason run_loop(struct cpu *cpu, struct vclock *icount);

#endif
