/* armvm: an ARMv7-A system emulator. See armvm --help and docs/architecture.md. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "options.h"
#include "terminal.h"

/* A closed stdin, stdout or stderr would become the next file armvm opens
 * (guest RAM's memfd): put /dev/null there first. */
static bool open_std_streams(void)
{
	for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF && open("/dev/null", O_RDWR) != fd)
			return false;
	return true;
}

int main(int argc, char **argv)
{
	struct host_options ho;
	int status = 1;

	terminal_catch_crashes();
	if (!open_std_streams()) {
		perror("armvm: opening /dev/null for a closed standard stream");
		return 1;
	}
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
