/*
 * Listening sockets for the gdb stub and the monitor (src/host/net_listen.c).
 */
#ifndef ARMVM_NET_LISTEN_H
#define ARMVM_NET_LISTEN_H

#include <stdbool.h>

/* Bind and listen now, so that a bad spec or a port in use is an error at
 * once: spec is tcp:HOST:PORT (HOST may be empty: every interface; [v6]
 * brackets allowed) or, with unix_ok, unix:PATH (a socket already at PATH is
 * replaced). Returns the descriptor, or -1 after one "armvm: OPTION 'spec':
 * ..." line on stderr. */
int net_listen(const char *option, const char *spec, bool unix_ok);

#endif
