/*
 * Diagnostics (include/log.h). Everything goes to stderr as one line starting
 * with "armvm: ". A LOG_UNIMP message is printed once: the same text again is
 * dropped (a missing feature says so once, not at every use).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

unsigned log_enabled;

#define LOG_SEEN_MAX 256

/* FNV-1a hashes of the LOG_UNIMP lines already printed. */
static uint64_t log_seen[LOG_SEEN_MAX];
static unsigned log_nseen;

static uint64_t log_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325u;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3u;
	return h;
}

static bool log_first_time(const char *text)
{
	uint64_t h = log_hash(text);
	for (unsigned i = 0; i < log_nseen; i++)
		if (log_seen[i] == h)
			return false;
	if (log_nseen < LOG_SEEN_MAX)
		log_seen[log_nseen++] = h;
	return true;
}

void log_msg(enum log_mask channel, const char *fmt, ...)
{
	char text[512];
	va_list ap;

	if (!(log_enabled & channel))
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	if (channel == LOG_UNIMP && !log_first_time(text))
		return;
	fprintf(stderr, "armvm: %s: %s\n", channel == LOG_GUEST ? "guest" : "unimp", text);
}

_Noreturn void fatal(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("armvm: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

bool log_parse(const char *list)
{
	unsigned mask = 0;
	const char *p = list;

	for (;;) {
		size_t n = strcspn(p, ",");
		if (n == 5 && !strncmp(p, "guest", 5))
			mask |= LOG_GUEST;
		else if (n == 5 && !strncmp(p, "unimp", 5))
			mask |= LOG_UNIMP;
		else if (n == 9 && !strncmp(p, "translate", 9))
			mask |= LOG_TRANSLATE;
		else
			return false;
		if (!p[n])
			break;
		p += n + 1;
	}
	log_enabled |= mask;
	return true;
}
