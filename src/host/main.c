/* armvm: an ARMv7-A system emulator. See armvm --help and docs/architecture.md. */
#include "options.h"

int main(int argc, char **argv)
{
	struct host_options ho;
	int status = 1;

	switch (options_parse(&ho, argc, argv)) {
	case OPTIONS_RUN:
		status = armvm_run(&ho);
		break;
	case OPTIONS_EXIT_OK:
		status = 0;
		break;
	case OPTIONS_BAD:
		status = 1;
		break;
	}
	options_free(&ho);
	return status;
}
