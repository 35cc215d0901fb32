/*
 * The display test's typematic setter (run_display.py): asks an input device
 * for a key repeat delay and period (EVIOCSREP; Linux's atkbd sends them to
 * the keyboard as its typematic byte, command F3) and prints what the driver
 * took (EVIOCGREP), once its work has run.
 *
 *   kbd_rate /dev/input/eventN DELAY_MS PERIOD_MS
 */
#include <fcntl.h>
#include <linux/input.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: kbd_rate /dev/input/eventN DELAY_MS PERIOD_MS\n");
		return 2;
	}
	unsigned rep[2] = { (unsigned)atoi(argv[2]), (unsigned)atoi(argv[3]) };
	int fd = open(argv[1], O_RDWR);
	if (fd < 0 || ioctl(fd, EVIOCSREP, rep) != 0) {
		perror(argv[1]);
		return 1;
	}
	usleep(500000);
	if (ioctl(fd, EVIOCGREP, rep) != 0) {
		perror(argv[1]);
		return 1;
	}
	printf("kbd_rate: delay %u period %u\n", rep[0], rep[1]);
	return 0;
}
