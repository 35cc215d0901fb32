/*
 * Diagnostics, on separate channels (see docs/architecture.md):
 *   log_guest  - the guest did something a real board answers quietly (--log guest);
 *   log_unimp  - a feature armvm does not model (--log unimp), said once per site;
 *   translate  - each block the translator compiles, guest and host code (--log
 *                translate, src/dbt/translate.c; scripts/disasm-host.sh reads it);
 *   fatal      - a host failure before the guest runs: one line, exit status 1.
 */
#ifndef ARMVM_LOG_H
#define ARMVM_LOG_H

#include <stdbool.h>

enum log_mask { LOG_GUEST = 1, LOG_UNIMP = 2, LOG_TRANSLATE = 4 };

extern unsigned log_enabled;

/* Both print "armvm: ", the message and a newline to stderr (fmt has no newline). */
void log_msg(enum log_mask channel, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parse "guest,unimp,translate" for --log; false on an unknown name. */
bool log_parse(const char *list);

#endif
