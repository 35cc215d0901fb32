/*
 * The host terminal while the guest owns the console (src/host/terminal.c):
 * raw mode, and back to the user's settings however armvm ends or stops.
 */
#ifndef ARMVM_TERMINAL_H
#define ARMVM_TERMINAL_H

#include <stdbool.h>

/* Put standard input's terminal in raw mode (output processing kept), and
 * watch the signals that end or stop armvm. False when it is not a terminal. */
bool terminal_raw(void);
/* Handle the crash signals first (call it before anything else installs a
 * handler): a crash while the terminal is raw puts it back, then goes on to the
 * previous handler or the default action. */
void terminal_catch_crashes(void);
/* Give the terminal its settings from before terminal_raw() back. */
void terminal_restore(void);

#endif
