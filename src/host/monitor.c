/*
 * The monitor on the CPU thread: lines from the console and the socket,
 * the command table, stop/cont (include/monitor.h). What `info` and `x`
 * print is in monitor_info.c; the socket is a net_server.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "board.h"
#include "display.h"
#include "hostloop.h"
#include "monitor_internal.h"

#define PROMPT "(armvm) "
#define BANNER "armvm monitor - type 'help' for more information\n"

/* ---- output ---- */

/* The console keeps the host's output processing (terminal.c): \n is a new line. */
static void send_text(struct monitor *mon, enum mon_source src, const char *p, size_t n)
{
	if (src == MON_CONSOLE) {
		console_write(STDOUT_FILENO, p, n);
		return;
	}
	net_server_send(&mon->net, p, n);
}

/* ---- commands ---- */

static void cmd_help(struct monitor *mon, const char *args, FILE *f);

static void cmd_x(struct monitor *mon, const char *args, FILE *f)
{
	monitor_examine(mon, args, false, f);
}

static void cmd_xp(struct monitor *mon, const char *args, FILE *f)
{
	monitor_examine(mon, args, true, f);
}

static void cmd_stop(struct monitor *mon, const char *args, FILE *f)
{
	(void)args;
	mon->stopped = true;
	fprintf(f, "stopped at pc 0x%08x after %llu instructions\n", mon->m->cpu.r[15],
		(unsigned long long)mon->m->cpu.insn_count);
}

static void cmd_cont(struct monitor *mon, const char *args, FILE *f)
{
	(void)args;
	(void)f;
	mon->stopped = false;
}

static void cmd_quit(struct monitor *mon, const char *args, FILE *f)
{
	(void)args;
	(void)f;
	cpu_request_stop(&mon->m->cpu, STOP_QUIT, 0);
}

/* The board's power is cut, as the guest's own SYS_CFG shutdown does
 * (vexpress_sysregs.c): the vexpress has no power button a guest could be
 * told of (Linux listens for none there), so armvm ends with status 0. */
static void cmd_powerdown(struct monitor *mon, const char *args, FILE *f)
{
	(void)args;
	fprintf(f, "powering off (as the guest's SYS_CFG shutdown: exit status 0)\n");
	cpu_request_stop(&mon->m->cpu, STOP_SHUTDOWN, 0);
}

static void cmd_screendump(struct monitor *mon, const char *args, FILE *f)
{
	(void)mon;
	if (!*args)
		fprintf(f, "screendump: give a file name\n");
	else if (display_screendump(args) == 0)
		return;
	else if (errno == ENODEV)
		fprintf(f, "screendump: no display (start armvm with --display sdl or --screendump)\n");
	else if (errno == ENODATA)
		fprintf(f, "screendump: the guest's display is off or not in RAM\n");
	else
		fprintf(f, "screendump: %s: %s\n", args, strerror(errno));
}

static const struct command {
	const char *name, *alias, *args, *help;
	void (*fn)(struct monitor *mon, const char *args, FILE *f);
} commands[] = {
	{ "help", "?", "", "list the commands", cmd_help },
	{ "info", NULL, "registers|mmu ADDR|espt|tlb|mtree|status",
	  "the core's registers, the page-table walk of ADDR, ESPT's regions and views, "
	  "the software TLB, the physical map, running or stopped", monitor_info },
	{ "x", NULL, "/NFU ADDR", "N units (U: b h w g) of virtual memory at ADDR "
	  "in format F (x d u o c, i: instructions)", cmd_x },
	{ "xp", NULL, "/NFU ADDR", "the same at a physical address (RAM only)", cmd_xp },
	{ "stop", NULL, "", "hold the core (guest time stands still)", cmd_stop },
	{ "cont", "c", "", "let the core run again", cmd_cont },
	{ "system_powerdown", NULL, "", "power the board off: armvm exits with status 0",
	  cmd_powerdown },
	{ "screendump", NULL, "FILE", "save the display as an image", cmd_screendump },
	{ "quit", "q", "", "quit armvm", cmd_quit },
};

static void cmd_help(struct monitor *mon, const char *args, FILE *f)
{
	(void)mon;
	(void)args;
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		const struct command *c = &commands[i];
		fprintf(f, "%s%s%s%s%s -- %s\n", c->name, c->alias ? "|" : "",
			c->alias ? c->alias : "", *c->args ? " " : "", c->args, c->help);
	}
}

static void run_line(struct monitor *mon, enum mon_source src, char *line)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return;
	line += strspn(line, " \t");
	size_t n = strcspn(line, " \t/");
	char *args = line + n + strspn(line + n, " \t");
	while (*args && strchr(" \t", args[strlen(args) - 1]))
		args[strlen(args) - 1] = 0;
	if (n) {
		const struct command *c = NULL;
		for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]) && !c; i++)
			if ((strlen(commands[i].name) == n && !strncmp(line, commands[i].name, n)) ||
			    (commands[i].alias && strlen(commands[i].alias) == n &&
			     !strncmp(line, commands[i].alias, n)))
				c = &commands[i];
		if (c)
			c->fn(mon, args, f);
		else
			fprintf(f, "unknown command: '%.*s' (help lists the commands)\n", (int)n, line);
	}
	fputs(PROMPT, f);
	if (fclose(f) == 0)
		send_text(mon, src, text, len);
	free(text);
}

/* One source's bytes: the console echoes and edits (backspace), the socket
 * is a script's (lines end with \n, \r ignored). Overlong lines are cut. */
static void take_bytes(struct monitor *mon, enum mon_source src, const uint8_t *p, size_t n)
{
	char *line = mon->line[src];
	size_t *len = &mon->line_len[src];
	for (size_t i = 0; i < n && mon->m->cpu.stop == STOP_NONE; i++) {
		char c = (char)p[i];
		if (c == '\n' || (c == '\r' && src == MON_CONSOLE)) {
			if (src == MON_CONSOLE)
				console_write(STDOUT_FILENO, "\n", 1);
			line[*len] = 0;
			*len = 0;
			run_line(mon, src, line);
		} else if ((c == 0x7f || c == 0x08) && src == MON_CONSOLE) {
			if (*len) {
				(*len)--;
				console_write(STDOUT_FILENO, "\b \b", 3);
			}
		} else if ((unsigned char)c >= 0x20 && c != 0x7f && *len < MON_LINE - 1) {
			line[(*len)++] = c;
			if (src == MON_CONSOLE)
				console_write(STDOUT_FILENO, &c, 1);
		}
	}
}

static void take_input(struct monitor *mon)
{
	size_t n[MON_SOURCES];
	bool greet[MON_SOURCES];
	pthread_mutex_lock(&mon->lock);
	atomic_store(&mon->pending, false);
	for (unsigned s = 0; s < MON_SOURCES; s++) {
		n[s] = mon->in_len[s];
		memcpy(mon->in_copy[s], mon->in[s], n[s]);
		mon->in_len[s] = 0;
		greet[s] = mon->greet[s];
		mon->greet[s] = false;
	}
	pthread_mutex_unlock(&mon->lock);
	for (unsigned s = 0; s < MON_SOURCES; s++) {
		if (greet[s]) {
			mon->line_len[s] = 0;
			send_text(mon, s, s == MON_CONSOLE ? "\n" BANNER PROMPT : BANNER PROMPT,
				  strlen(BANNER PROMPT) + (s == MON_CONSOLE));
		}
		take_bytes(mon, s, mon->in_copy[s], n[s]);
	}
}

bool monitor_poll(struct monitor *mon)
{
	if (atomic_load(&mon->pending))
		take_input(mon);
	return mon->stopped;
}

/* ---- input, on the host loop's thread ---- */

static void monitor_input(struct monitor *mon, enum mon_source src, const uint8_t *p, size_t n,
		   bool greet)
{
	pthread_mutex_lock(&mon->lock);
	/* A flood faster than the CPU thread reads loses the excess. */
	size_t room = MON_IN_SIZE - mon->in_len[src];
	size_t take = n < room ? n : room;
	if (take)
		memcpy(mon->in[src] + mon->in_len[src], p, take);
	mon->in_len[src] += take;
	if (greet) {   /* a new start: what the last client left is dropped */
		mon->greet[src] = true;
		mon->in_len[src] = 0;
	}
	atomic_store(&mon->pending, true);
	pthread_mutex_unlock(&mon->lock);
}

static void net_input(void *ctx, const uint8_t *p, size_t n)
{
	monitor_input(ctx, MON_SOCKET, p, n, false);
}

static void net_presence(void *ctx, bool connected)
{
	if (connected)
		monitor_input(ctx, MON_SOCKET, NULL, 0, true);
}

void monitor_console_input(struct monitor *mon, const uint8_t *p, size_t n)
{
	monitor_input(mon, MON_CONSOLE, p, n, false);
}

void monitor_console_focus(struct monitor *mon, bool focus)
{
	if (focus)
		monitor_input(mon, MON_CONSOLE, NULL, 0, true);
}

void monitor_finish(struct monitor *mon)
{
	if (mon)
		net_server_flush_now(&mon->net);
}

/* ---- life ---- */

struct monitor *monitor_start(struct machine *m, struct hostloop *host, const char *spec)
{
	struct monitor *mon = calloc(1, sizeof(*mon));
	if (!mon) {
		fprintf(stderr, "armvm: out of memory\n");
		return NULL;
	}
	mon->m = m;
	mon->host = host;
	mon->net = (struct net_server){ .host = host, .input = net_input,
					.presence = net_presence, .ctx = mon, .listen_fd = -1 };
	pthread_mutex_init(&mon->lock, NULL);
	if (spec && !net_server_listen(&mon->net, "--monitor", spec, true, MON_OUT_SIZE)) {
		monitor_destroy(mon);
		return NULL;
	}
	hostloop_set_monitor(host, mon);
	if (spec)
		net_server_start(&mon->net);
	return mon;
}

void monitor_destroy(struct monitor *mon)
{
	if (!mon)
		return;
	net_server_destroy(&mon->net);
	pthread_mutex_destroy(&mon->lock);
	free(mon);
}
