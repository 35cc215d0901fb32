/*
 * The host terminal in raw mode (include/terminal.h).
 *
 * Every signal whose default action ends the process (signal(7)) first puts the
 * terminal back, says which signal it was, and then ends armvm by that signal,
 * so the shell reports it (status 128 + N). SIGTSTP puts the terminal back and
 * stops; SIGCONT makes it raw again when armvm is in the foreground. Signals
 * the parent ignores (nohup) stay ignored. A crash (SIGSEGV, SIGBUS, SIGFPE,
 * SIGILL) puts the terminal back too, then goes on to the handler that was
 * there before (a sanitizer's) or the default action: terminal_catch_crashes()
 * runs first in main, so the translator's fault handler, installed later,
 * passes only the faults that are not its own down to this one.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "terminal.h"

static struct termios saved_termios, raw_termios;
static volatile sig_atomic_t terminal_is_raw;
static bool exit_hook;

static const struct {
	int sig;
	const char *message;
} ending_signals[] = {
	{ SIGHUP,    "armvm: terminated by SIGHUP\n" },
	{ SIGINT,    "armvm: terminated by SIGINT\n" },
	{ SIGQUIT,   "armvm: terminated by SIGQUIT\n" },
	{ SIGTERM,   "armvm: terminated by SIGTERM\n" },
	{ SIGUSR1,   "armvm: terminated by SIGUSR1\n" },
	{ SIGUSR2,   "armvm: terminated by SIGUSR2\n" },
	{ SIGALRM,   "armvm: terminated by SIGALRM\n" },
	{ SIGVTALRM, "armvm: terminated by SIGVTALRM\n" },
	{ SIGPROF,   "armvm: terminated by SIGPROF\n" },
	{ SIGXCPU,   "armvm: terminated by SIGXCPU\n" },
	{ SIGXFSZ,   "armvm: terminated by SIGXFSZ\n" },
	{ SIGPIPE,   "armvm: terminated by SIGPIPE\n" },
	{ SIGABRT,   "armvm: aborted (SIGABRT)\n" },
};

/* tcsetattr() from a background process group raises SIGTTOU (termios(3))
 * unless it is blocked: block it, so a stopped or background armvm can still
 * put the terminal back. All of this is async-signal-safe. */
static void set_termios(const struct termios *t)
{
	sigset_t ttou, old;
	sigemptyset(&ttou);
	sigaddset(&ttou, SIGTTOU);
	pthread_sigmask(SIG_BLOCK, &ttou, &old);
	tcsetattr(STDIN_FILENO, TCSANOW, t);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Handle sig with fn unless the parent had it ignored. */
static void catch_signal(int sig, void (*fn)(int))
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	if (sigaction(sig, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
		sigaction(sig, &sa, NULL);
}

static void on_ending_signal(int sig)
{
	set_termios(&saved_termios);
	for (size_t i = 0; i < sizeof(ending_signals) / sizeof(ending_signals[0]); i++)
		if (ending_signals[i].sig == sig &&
		    write(STDERR_FILENO, ending_signals[i].message,
			  strlen(ending_signals[i].message)) < 0)
			break;
	signal(sig, SIG_DFL);
	raise(sig);   /* delivered when this handler returns */
}

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL };
static struct sigaction crash_previous[sizeof(crash_signals) / sizeof(crash_signals[0])];

static void on_crash(int sig, siginfo_t *si, void *ctx)
{
	static const char message[] = "armvm: crashed, terminal settings restored\n";
	size_t i = 0;
	while (crash_signals[i] != sig)
		i++;
	if (terminal_is_raw) {
		terminal_is_raw = 0;
		set_termios(&saved_termios);
		ssize_t n = write(STDERR_FILENO, message, sizeof(message) - 1);
		(void)n;   /* nothing more to do if it fails: the process is ending */
	}
	sigaction(sig, &crash_previous[i], NULL);
	if (crash_previous[i].sa_flags & SA_SIGINFO)
		crash_previous[i].sa_sigaction(sig, si, ctx);
	else if (crash_previous[i].sa_handler != SIG_DFL && crash_previous[i].sa_handler != SIG_IGN)
		crash_previous[i].sa_handler(sig);
	else
		raise(sig);   /* pending until this handler returns: then the default action */
}

void terminal_catch_crashes(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_crash;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++)
		sigaction(crash_signals[i], &sa, &crash_previous[i]);
}

static void on_stop(int sig)
{
	sigset_t tstp;
	set_termios(&saved_termios);
	signal(sig, SIG_DFL);
	sigemptyset(&tstp);
	sigaddset(&tstp, sig);
	pthread_sigmask(SIG_UNBLOCK, &tstp, NULL);
	raise(sig);   /* stops here until SIGCONT */
	catch_signal(sig, on_stop);
}

static void on_continue(int sig)
{
	(void)sig;
	if (terminal_is_raw && tcgetpgrp(STDIN_FILENO) == getpgrp())
		set_termios(&raw_termios);
}

bool terminal_raw(void)
{
	if (tcgetattr(STDIN_FILENO, &saved_termios) != 0)
		return false;
	raw_termios = saved_termios;
	cfmakeraw(&raw_termios);
	raw_termios.c_oflag |= OPOST;   /* the host's own output keeps its newlines */
	for (size_t i = 0; i < sizeof(ending_signals) / sizeof(ending_signals[0]); i++)
		catch_signal(ending_signals[i].sig, on_ending_signal);
	catch_signal(SIGTSTP, on_stop);
	catch_signal(SIGCONT, on_continue);
	if (!exit_hook)
		exit_hook = atexit(terminal_restore) == 0;
	terminal_is_raw = 1;
	set_termios(&raw_termios);
	return true;
}

void terminal_restore(void)
{
	if (!terminal_is_raw)
		return;
	terminal_is_raw = 0;
	set_termios(&saved_termios);
}
