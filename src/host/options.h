/*
 * The armvm command line (src/host/options.c) and the run it asks for
 * (src/host/run.c).
 */
#ifndef ARMVM_OPTIONS_H
#define ARMVM_OPTIONS_H

#include "machine.h"

struct host_options {
	struct machine_options machine;
	char *cmdline;             /* owns machine.cmdline */
	char *sd_path;             /* owns machine.sd */
};

enum options_result {
	OPTIONS_RUN,               /* run the guest */
	OPTIONS_EXIT_OK,           /* --help or --version done: exit 0 */
	OPTIONS_BAD,               /* one "armvm: ..." line printed: exit 1 */
};

enum options_result options_parse(struct host_options *ho, int argc, char **argv);
void options_free(struct host_options *ho);

/* Build the machine, load the guest, run it; returns armvm's exit status. */
int armvm_run(const struct host_options *ho);

#endif
