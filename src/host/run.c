/*
 * One run of armvm: build the machine, load the guest, run the core, and turn
 * the reason it stopped into the exit status (see usage_text in options.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "board.h"
#include "dbt.h"
#include "gdb.h"
#include "log.h"
#include "monitor.h"
#include "options.h"
#include "run_loop.h"
#include "vclock.h"

/* Say once which given options this guest does not use. */
static void note_unused(const struct machine_options *o, const struct boot_info *bi)
{
	if (bi->is_elf) {
		if (o->dtb)
			fprintf(stderr, "armvm: note: --dtb is not used with an ELF kernel\n");
		if (o->initrd)
			fprintf(stderr, "armvm: note: --initrd is not used with an ELF kernel\n");
		if (o->append && !o->semihosting)
			fprintf(stderr, "armvm: note: --append reaches an ELF kernel only "
				"through --semihosting (SYS_GET_CMDLINE)\n");
	}
	if (o->trace_file && !o->trace)
		fprintf(stderr, "armvm: note: --trace-file is not used without --trace insn\n");
	if ((log_enabled & LOG_TRANSLATE) && (strcmp(o->engine, "dbt") || o->trace))
		fprintf(stderr, "armvm: note: --log translate shows nothing without the "
			"translator (--engine dbt, no --trace)\n");
}

/* --stats: what the run did, on stderr. */
static void print_stats(const struct machine *m, uint64_t elapsed_ns)
{
	double secs = (double)elapsed_ns / 1e9;
	fprintf(stderr, "armvm: stats: %llu instructions in %.3f s (%.1f MIPS)\n",
		(unsigned long long)m->cpu.insn_count, secs,
		secs > 0 ? (double)m->cpu.insn_count / secs / 1e6 : 0.0);
	if (m->cpu.dbt)
		dbt_print_stats(m->cpu.dbt, stderr, elapsed_ns);
}

/* The trace stream: --trace-file, or a buffered stream on stderr. */
static FILE *open_trace(const struct machine_options *o)
{
	FILE *f;
	int fd;

	if (o->trace_file) {
		/* O_NONBLOCK: a FIFO nobody reads fails with ENXIO instead of
		 * hanging; writes then block as usual. */
		fd = open(o->trace_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NONBLOCK, 0666);
		if (fd >= 0 && fcntl(fd, F_SETFL, 0) == 0 && (f = fdopen(fd, "w")))
			return f;
		fprintf(stderr, "armvm: cannot open trace file %s: %s\n", o->trace_file,
			errno == ENXIO ? "a FIFO with no reader" : strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	fd = dup(STDERR_FILENO);
	f = fd < 0 ? NULL : fdopen(fd, "w");
	if (!f) {
		if (fd >= 0)
			close(fd);
		fprintf(stderr, "armvm: cannot buffer the trace: %s\n", strerror(errno));
	}
	return f;
}

static FILE *open_perf_map(void)
{
	char name[64];
	snprintf(name, sizeof(name), "/tmp/perf-%d.map", (int)getpid());
	FILE *f = fopen(name, "w");
	if (!f)
		fprintf(stderr, "armvm: cannot write %s: %s\n", name, strerror(errno));
	else
		setvbuf(f, NULL, _IOLBF, 0);
	return f;
}

static int stop_status(struct machine *m, enum stop_reason why)
{
	const struct cpu *cpu = &m->cpu;

	switch (why) {
	case STOP_SHUTDOWN:
	case STOP_EXIT:
		return cpu->exit_code;
	case STOP_REBOOT:
		fprintf(stderr, "armvm: the guest asked for a reboot; armvm stops instead\n");
		return 0;
	case STOP_MAX_INSNS:
		fprintf(stderr, "armvm: stopped after %llu instructions (--max-insns)\n",
			(unsigned long long)cpu->insn_count);
		return 0;
	case STOP_DEADLOCK:
		fprintf(stderr, "armvm: guest is waiting for an interrupt that can never "
			"come (WFI at 0x%08x, and no device of %s can interrupt yet)\n",
			cpu->cur_pc, board_of(m)->name);
		return 1;
	case STOP_QUIT:
		fprintf(stderr, "armvm: terminated (C-a x or the monitor's quit)\n");
		return 0;
	case STOP_KILLED:
		fprintf(stderr, "armvm: killed by the debugger\n");
		return 0;
	case STOP_ERROR:
	case STOP_NONE:
		break;
	}
	return 1;
}

int armvm_run(const struct host_options *ho)
{
	const struct machine_options *o = &ho->machine;
	struct machine *m = calloc(1, sizeof(*m));
	FILE *trace = NULL, *perf_map = NULL;
	struct gdb *gdb = NULL;
	struct monitor *mon = NULL;
	enum stop_reason why;
	int status = 1;

	if (!m) {
		fprintf(stderr, "armvm: out of memory\n");
		return 1;
	}
	if (!board_create(m, o)) {
		free(m);
		return 1;
	}
	if (!loader_load(m, &board_of(m)->boot))
		goto out;
	if (o->trace && !(trace = open_trace(o)))
		goto out;
	note_unused(o, &board_of(m)->boot);
	loader_boot(&m->cpu, &board_of(m)->boot);
	m->cpu.trace = trace;
	m->cpu.max_insns = o->max_insns;
	m->cpu.semihosting = o->semihosting;
	/* Tracing shows every instruction: only the interpreter can. */
	if (!strcmp(o->engine, "dbt") && !trace &&
	    !dbt_create(m, !strcmp(o->mmu, "softmmu") ? DBT_MMU_SOFTMMU :
			   !strcmp(o->mmu, "auto") ? DBT_MMU_AUTO : DBT_MMU_ESPT,
			(unsigned)o->espt_maps))
		goto out;
	if (m->cpu.dbt)
		dbt_set_mmu_switch(m->cpu.dbt, o->mmu_switch_insns);
	if (m->cpu.dbt && (o->max_insns || o->icount >= 0))
		dbt_set_exact(m->cpu.dbt);
	if (o->perf_map && m->cpu.dbt && !(perf_map = open_perf_map()))
		goto out;
	if (perf_map)
		dbt_set_perf_map(m->cpu.dbt, perf_map);
	if (o->gdb && !(gdb = gdb_start(m, board_of(m)->host, o->gdb, o->gdb_wait)))
		goto out;
	if (!(mon = monitor_start(m, board_of(m)->host, o->monitor)))
		goto out;
	struct vclock *icount = o->icount >= 0 ? &board_of(m)->clock : NULL;
	uint64_t start_ns = host_clock_ns();
	why = run_loop(&m->cpu, icount);
	gdb_finish(gdb);
	monitor_finish(mon);
	if (o->stats)
		print_stats(m, host_clock_ns() - start_ns);
	status = stop_status(m, why);
	if (trace) {
		const char *lost = ferror(trace) ? "a write failed, the trace is incomplete" : NULL;
		if (fclose(trace) != 0)
			lost = strerror(errno);
		trace = NULL;
		m->cpu.trace = NULL;
		if (lost) {
			fprintf(stderr, "armvm: writing the trace%s%s: %s\n",
				o->trace_file ? " to " : "", o->trace_file ? o->trace_file : "", lost);
			status = 1;
		}
	}
out:
	if (trace)
		fclose(trace);
	if (perf_map)
		fclose(perf_map);
	dbt_destroy(m->cpu.dbt);
	board_destroy(m);   /* stops the host loop first: the stub's socket is closed */
	gdb_destroy(gdb);
	monitor_destroy(mon);
	free(m);
	return status;
}
