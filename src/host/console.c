/*
 * The host console: what the guest prints (UART0, semihosting) goes straight
 * to the host's standard output or error with write(2), unbuffered, so nothing
 * is lost however armvm ends and UART and semihosting output keep their order.
 */
#include <errno.h>
#include <unistd.h>

#include "board.h"

void console_write(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return;   /* the host closed its console: drop the output */
		}
		p += n;
		len -= (size_t)n;
	}
}

void console_tx(void *unused, uint8_t c)
{
	(void)unused;
	console_write(STDOUT_FILENO, &c, 1);
}
