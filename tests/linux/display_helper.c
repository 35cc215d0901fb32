/*
 * The display test's guest helper (run_display.py):
 *
 *   display_helper rate /dev/input/eventN DELAY_MS PERIOD_MS
 *       asks the keyboard for a key repeat delay and period (EVIOCSREP;
 *       Linux's atkbd sends them as the typematic byte, command F3) and
 *       prints what the driver took (EVIOCGREP), once its work has run;
 *   display_helper pixclock PS
 *       sets /dev/fb0's pixel clock period in picoseconds (the amba-clcd
 *       driver sets the CLCD clock from it) and prints the one in force.
 */
#include <fcntl.h>
#include <linux/fb.h>
#include <linux/input.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int fail(const char *what)
{
	perror(what);
	return 1;
}

int main(int argc, char **argv)
{
	if (argc == 5 && !strcmp(argv[1], "rate")) {
		unsigned rep[2] = { (unsigned)atoi(argv[3]), (unsigned)atoi(argv[4]) };
		int fd = open(argv[2], O_RDWR);
		if (fd < 0 || ioctl(fd, EVIOCSREP, rep) != 0)
			return fail(argv[2]);
		usleep(500000);
		if (ioctl(fd, EVIOCGREP, rep) != 0)
			return fail(argv[2]);
		printf("display_helper: delay %u period %u\n", rep[0], rep[1]);
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "pixclock")) {
		struct fb_var_screeninfo v;
		int fd = open("/dev/fb0", O_RDWR);
		if (fd < 0 || ioctl(fd, FBIOGET_VSCREENINFO, &v) != 0)
			return fail("/dev/fb0");
		v.pixclock = (unsigned)atoi(argv[2]);
		v.activate = FB_ACTIVATE_NOW | FB_ACTIVATE_FORCE;
		if (ioctl(fd, FBIOPUT_VSCREENINFO, &v) != 0 || ioctl(fd, FBIOGET_VSCREENINFO, &v) != 0)
			return fail("/dev/fb0");
		printf("display_helper: pixclock %u\n", v.pixclock);
		return 0;
	}
	fprintf(stderr, "usage: display_helper rate /dev/input/eventN DELAY_MS PERIOD_MS\n"
		"       display_helper pixclock PS\n");
	return 2;
}
