/*
 * Diagnostics channels (include/log.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

unsigned log_enabled;

void log_msg(enum log_mask channel, const char *fmt, ...)
{
	if (!(log_enabled & channel))
		return;
	va_list ap;
	va_start(ap, fmt);
	fputs("armvm: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

_Noreturn void fatal(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fflush(stdout);
	fputs("armvm: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

bool log_parse(const char *list)
{
	char buf[128];
	snprintf(buf, sizeof(buf), "%s", list);
	for (char *save, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "guest") == 0)
			log_enabled |= LOG_GUEST;
		else if (strcmp(tok, "unimp") == 0)
			log_enabled |= LOG_UNIMP;
		else
			return false;
	}
	return true;
}
