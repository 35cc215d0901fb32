/*
 * The command line, QEMU-like: long options only (plus -h). Every mistake is
 * one "armvm: ..." line on stderr and exit status 1.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "board.h"
#include "espt.h"
#include "log.h"
#include "options.h"

#ifndef ARMVM_VERSION
#define ARMVM_VERSION "0.1.0"
#endif

#define DEFAULT_MEMORY (256u << 20)
#define MEMORY_ALIGN   0x1000u

enum option_id {
	OPT_HELP = 'h', OPT_GDB_DEFAULT = 's', OPT_GDB_WAIT = 'S',
	OPT_BOARD = 256, OPT_KERNEL, OPT_DTB, OPT_INITRD, OPT_APPEND, OPT_MEMORY,
	OPT_PERF_MAP, OPT_ESPT_MAPS, OPT_ESPT_POLICY, OPT_ENGINE, OPT_MMU, OPT_MMU_SWITCH, OPT_SEMIHOSTING, OPT_TRACE, OPT_TRACE_FILE, OPT_MAX_INSNS,
	OPT_LOG, OPT_STATS, OPT_VERSION,
	OPT_SD, OPT_NET, OPT_GDB, OPT_ICOUNT, OPT_RTC_BASE, OPT_MONITOR, OPT_DISPLAY, OPT_SCREENDUMP,
};

static const struct option long_options[] = {
	{ "board",       required_argument, NULL, OPT_BOARD },
	{ "kernel",      required_argument, NULL, OPT_KERNEL },
	{ "dtb",         required_argument, NULL, OPT_DTB },
	{ "initrd",      required_argument, NULL, OPT_INITRD },
	{ "append",      required_argument, NULL, OPT_APPEND },
	{ "memory",      required_argument, NULL, OPT_MEMORY },
	{ "engine",      required_argument, NULL, OPT_ENGINE },
	{ "mmu",         required_argument, NULL, OPT_MMU },
	{ "mmu-switch-insns", required_argument, NULL, OPT_MMU_SWITCH },
	{ "semihosting", no_argument,       NULL, OPT_SEMIHOSTING },
	{ "trace",       required_argument, NULL, OPT_TRACE },
	{ "trace-file",  required_argument, NULL, OPT_TRACE_FILE },
	{ "max-insns",   required_argument, NULL, OPT_MAX_INSNS },
	{ "icount",      optional_argument, NULL, OPT_ICOUNT },
	{ "rtc-base",    required_argument, NULL, OPT_RTC_BASE },
	{ "log",         required_argument, NULL, OPT_LOG },
	{ "stats",       no_argument,       NULL, OPT_STATS },
	{ "perf-map",    no_argument,       NULL, OPT_PERF_MAP },
	{ "espt-maps",   required_argument, NULL, OPT_ESPT_MAPS },
	{ "espt-policy", required_argument, NULL, OPT_ESPT_POLICY },
	{ "sd",          required_argument, NULL, OPT_SD },
	{ "net",         required_argument, NULL, OPT_NET },
	{ "gdb",         required_argument, NULL, OPT_GDB },
	{ "display",     required_argument, NULL, OPT_DISPLAY },
	{ "screendump",  required_argument, NULL, OPT_SCREENDUMP },
	{ "gdb-wait",    no_argument,       NULL, OPT_GDB_WAIT },
	{ "monitor",     required_argument, NULL, OPT_MONITOR },
	{ "help",        no_argument,       NULL, OPT_HELP },
	{ "version",     no_argument,       NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

static const char usage_text[] =
"Usage: armvm [options] --kernel FILE\n"
"Emulate an ARMv7-A Cortex-A9 on the Versatile Express board.\n"
"\n"
"  --board NAME       board to emulate: vexpress-a9 (the default and only one)\n"
"  --kernel FILE      guest to run: an ELF32 ARM executable (loaded at its\n"
"                     physical addresses, entered at e_entry, Thumb if bit 0\n"
"                     is set) or a raw image / zImage (loaded at RAM + 0x8000,\n"
"                     entered with r0 = 0, r1 = 0x8e0, r2 = DTB address)\n"
"  --dtb FILE         device tree blob for a raw image / zImage\n"
"  --initrd FILE      initial RAM disk for a raw image / zImage\n"
"  --append STRING    kernel command line (also SYS_GET_CMDLINE)\n"
"  --memory SIZE      RAM size, with suffix K, M or G (a plain number is in\n"
"                     MiB, as in QEMU); default 256M, at most 1G\n"
"  --engine NAME      execution engine: dbt (the translator, default) or\n"
"                     interp (the reference interpreter)\n"
"  --mmu NAME         how translated code reaches guest memory: auto (either\n"
"                     of the two below, chosen per address space from measured\n"
"                     costs; the default), espt (shadow page tables) or\n"
"                     softmmu (software TLB)\n"
"  --mmu-switch-insns N\n"
"                     with --mmu auto, for tests: switch each address space\n"
"                     between the two every N of its instructions\n"
"  --sd FILE[,readonly]\n"
"                     an SDHC card in the MMCI slot holding the raw image FILE\n"
"                     (a multiple of 512K, at most 2T), locked while armvm\n"
"                     runs; readonly (or ro): write-protected, never written\n"
"  --display NAME     the PL111 screen, PL050 keyboard and mouse: none (the\n"
"                     default) or sdl (a window; click grabs the mouse,\n"
"                     Ctrl-Alt-G releases it; closing it powers off)\n"
"  --screendump FILE  write the screen as PPM to FILE on SIGUSR1 and at the end\n"
"  --net none|user[,hostfwd=tcp:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT]...\n"
"            [,restrict=on][,mac=52:54:00:12:34:56]\n"
"                     the LAN9118's network: none (the default: no cable) or\n"
"                     user-mode networking (DHCP, DNS, the host at 10.0.2.2);\n"
"                     hostfwd forwards HOSTADDR (default 127.0.0.1):HOSTPORT to\n"
"                     the guest; restrict=on keeps the guest off all but the host\n"
"  --semihosting      serve ARM semihosting calls (SVC 0x123456, Thumb SVC 0xAB)\n"
"  --trace insn       print each executed instruction (to stderr or --trace-file);\n"
"                     runs the interpreter\n"
"  --trace-file FILE  write the trace to FILE\n"
"  --max-insns N      stop after N instructions\n"
"  --icount[=SHIFT]   guest time is the instruction count: 2^SHIFT ns per\n"
"                     instruction (SHIFT 0 to 10, default 3); WFI jumps to the\n"
"                     next timer event. Runs are reproducible\n"
"  --rtc-base TIME    the RTC and SYS_TIME start at TIME: seconds since 1970 or\n"
"                     YYYY-MM-DDTHH:MM:SS (UTC); default the host's clock\n"
"  --stats            print the execution counters on stderr at the end\n"
"  --perf-map         name translated blocks for perf(1) in /tmp/perf-PID.map\n"
"  --espt-maps N      at most N host mappings for ESPT (default and upper\n"
"                     bound: /proc/sys/vm/max_map_count, less a margin)\n"
"  --espt-policy NAME how ESPT shares shadow regions between address spaces:\n"
"                     armvm (default), shared, private or group (see\n"
"                     docs/architecture.md)\n"
"  --log LIST         report, comma-separated: guest (accesses real hardware\n"
"                     answers quietly, e.g. unmapped addresses), unimp\n"
"                     (features armvm does not model), translate (each new\n"
"                     block: guest instructions and x86-64 bytes, for\n"
"                     scripts/disasm-host.sh)\n"
"  --gdb tcp:HOST:PORT\n"
"                     serve the gdb remote protocol (gdb-multiarch: target\n"
"                     remote HOST:PORT); a client that connects stops the core\n"
"  -s                 the same as --gdb tcp:127.0.0.1:1234\n"
"  -S, --gdb-wait     stop before the first instruction until gdb resumes\n"
"  --monitor unix:PATH | tcp:HOST:PORT\n"
"                     serve the monitor's commands (help lists them) to one\n"
"                     client at a time; C-a c on the console opens it too\n"
"  -h, --help         print this help and exit\n"
"  --version          print the version and exit\n"
"\n"
"Exit status: 0 when the guest powers off (vexpress SYS_CFG_SHUTDOWN) or asks\n"
"for a reboot (armvm stops instead, like qemu -no-reboot), or --max-insns is\n"
"reached (with a note on stderr); the guest's code for semihosting SYS_EXIT\n"
"(0 for ADP_Stopped_ApplicationExit, else 1) and SYS_EXIT_EXTENDED; 1 for a\n"
"bad command line or input file, a host failure, or a guest waiting for an\n"
"interrupt that can never come. Errors are one line on stderr starting\n"
"with \"armvm:\".\n";

static enum options_result bad(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static enum options_result bad(const char *fmt, ...)
{
	va_list ap;

	fputs("armvm: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return OPTIONS_BAD;
}

/* SIZE: decimal digits and an optional K, M or G (either case); a plain
 * number is in MiB. */
static bool parse_size(const char *s, uint64_t *out)
{
	uint64_t v = 0, unit = 1u << 20;
	const char *p = s;

	if (!isdigit((unsigned char)*p))
		return false;
	for (; isdigit((unsigned char)*p); p++) {
		if (v > (UINT64_MAX - 9) / 10)
			return false;
		v = v * 10 + (uint64_t)(*p - '0');
	}
	switch (toupper((unsigned char)*p)) {
	case 0:   unit = 1u << 20; break;
	case 'K': unit = 1u << 10; p++; break;
	case 'M': unit = 1u << 20; p++; break;
	case 'G': unit = 1u << 30; p++; break;
	default:  return false;
	}
	if (*p || v > UINT64_MAX / unit)
		return false;
	*out = v * unit;
	return true;
}


/* A decimal number from 0 to max. */
static bool parse_uint(const char *s, uint64_t max, uint64_t *out)
{
	char *end;

	if (!isdigit((unsigned char)*s))
		return false;
	errno = 0;
	*out = strtoull(s, &end, 10);
	return !errno && !*end && *out <= max;
}

/* N: decimal, at least 1. */
static bool parse_count(const char *s, uint64_t *out)
{
	return parse_uint(s, UINT64_MAX, out) && *out;
}

/* Seconds since 1970, or YYYY-MM-DDTHH:MM:SS taken as UTC. */
static bool parse_time(const char *s, int64_t *out)
{
	struct tm tm = { 0 };
	uint64_t v;
	const char *end = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);

	if (end && !*end) {
		*out = (int64_t)timegm(&tm);
		return true;
	}
	if (!parse_uint(s, INT64_MAX, &v))
		return false;
	*out = (int64_t)v;
	return true;
}

static const char *option_name(int id)
{
	for (const struct option *o = long_options; o->name; o++)
		if (o->val == id)
			return o->name;
	return "?";
}

static enum options_result check_memory(const char *arg, uint64_t *memory)
{
	if (!parse_size(arg, memory) || *memory == 0)
		return bad("--memory '%s': not a size (examples: 64M, 256M, 1G)", arg);
	if (*memory > VEXPRESS_A9_MAX_MEMORY)
		return bad("--memory %s: too large, vexpress-a9 has at most 1G of RAM", arg);
	if (*memory % MEMORY_ALIGN)
		return bad("--memory %s: not a multiple of 4K", arg);
	return OPTIONS_RUN;
}

/* --sd FILE[,readonly|,ro]: the path without the flag is kept in ho->sd_path. */
static enum options_result parse_sd(struct host_options *ho, const char *arg)
{
	const char *comma = strrchr(arg, ',');
	size_t len = comma ? (size_t)(comma - arg) : strlen(arg);

	if (comma && strcmp(comma + 1, "readonly") && strcmp(comma + 1, "ro"))
		return bad("--sd '%s': unknown flag '%s' (available: readonly, ro)", arg, comma + 1);
	if (len == 0)
		return bad("--sd '%s': no image file", arg);
	free(ho->sd_path);
	ho->sd_path = strndup(arg, len);
	if (!ho->sd_path)
		return bad("out of memory");
	ho->machine.sd = ho->sd_path;
	ho->machine.sd_readonly = comma != NULL;
	return OPTIONS_RUN;
}

/* Handle one option; OPTIONS_BAD after printing why. */
static enum options_result apply_option(struct host_options *ho, int id, const char *arg)
{
	struct machine_options *o = &ho->machine;

	switch (id) {
	case OPT_BOARD:
		if (!board_exists(arg))
			return bad("unknown board '%s' (available: vexpress-a9)", arg);
		o->board = arg;
		break;
	case OPT_KERNEL:
		o->kernel = arg;
		break;
	case OPT_DTB:
		o->dtb = arg;
		break;
	case OPT_INITRD:
		o->initrd = arg;
		break;
	case OPT_APPEND:
		o->append = arg;
		break;
	case OPT_MEMORY:
		return check_memory(arg, &o->memory);
	case OPT_ENGINE:
		if (strcmp(arg, "dbt") && strcmp(arg, "interp"))
			return bad("unknown engine '%s' (available: dbt, interp)", arg);
		o->engine = arg;
		break;
	case OPT_MMU:
		if (strcmp(arg, "espt") && strcmp(arg, "softmmu") && strcmp(arg, "auto"))
			return bad("unknown MMU mode '%s' (available: espt, softmmu, auto)", arg);
		o->mmu = arg;
		break;
	case OPT_MMU_SWITCH:
		if (!parse_count(arg, &o->mmu_switch_insns))
			return bad("--mmu-switch-insns '%s': not a positive number", arg);
		break;
	case OPT_SEMIHOSTING:
		o->semihosting = true;
		break;
	case OPT_TRACE:
		if (strcmp(arg, "insn"))
			return bad("unknown trace '%s' (available: insn)", arg);
		o->trace = arg;
		break;
	case OPT_TRACE_FILE:
		o->trace_file = arg;
		break;
	case OPT_MAX_INSNS:
		if (!parse_count(arg, &o->max_insns))
			return bad("--max-insns '%s': not a positive number", arg);
		break;
	case OPT_ICOUNT: {
		uint64_t shift = 3;
		if (arg && !parse_uint(arg, 10, &shift))
			return bad("--icount '%s': not a shift from 0 to 10", arg);
		o->icount = (int)shift;
		break;
	}
	case OPT_RTC_BASE:
		if (!parse_time(arg, &o->rtc_base))
			return bad("--rtc-base '%s': not seconds since 1970 or "
				   "YYYY-MM-DDTHH:MM:SS", arg);
		o->rtc_base_set = true;
		break;
	case OPT_STATS:
		o->stats = true;
		break;
	case OPT_PERF_MAP:
		o->perf_map = true;
		break;
	case OPT_ESPT_MAPS:
		if (!parse_count(arg, &o->espt_maps) || o->espt_maps < 16 || o->espt_maps > 1u << 24)
			return bad("--espt-maps '%s': not a number from 16 to 16777216", arg);
		break;
	case OPT_ESPT_POLICY:
		if (espt_policy_find(arg) < 0)
			return bad("--espt-policy '%s': unknown (available: %s)", arg, espt_policy_list);
		o->espt_policy = arg;
		break;
	case OPT_SD:
		return parse_sd(ho, arg);
	case OPT_NET:
		if (!net_options_parse(arg, &o->net))
			return OPTIONS_BAD;
		break;
	case OPT_GDB:
		o->gdb = arg;
		break;
	case OPT_DISPLAY:
		if (strcmp(arg, "sdl") && strcmp(arg, "none"))
			return bad("unknown display '%s' (available: sdl, none)", arg);
		o->display_sdl = !strcmp(arg, "sdl");
		break;
	case OPT_SCREENDUMP:
		if (!*arg)
			return bad("--screendump needs a file name");
		o->screendump = arg;
		break;
	case OPT_GDB_DEFAULT:
		o->gdb = "tcp:127.0.0.1:1234";
		break;
	case OPT_GDB_WAIT:
		o->gdb_wait = true;
		break;
	case OPT_MONITOR:
		o->monitor = arg;
		break;
	case OPT_LOG:
		if (!log_parse(arg))
			return bad("--log '%s': unknown item (available: guest, unimp, translate)", arg);
		break;
	}
	return OPTIONS_RUN;
}

/* SYS_GET_CMDLINE: the kernel path, then --append. */
static bool build_cmdline(struct host_options *ho)
{
	const struct machine_options *o = &ho->machine;
	size_t len = strlen(o->kernel) + (o->append ? 1 + strlen(o->append) : 0) + 1;

	ho->cmdline = malloc(len);
	if (!ho->cmdline)
		return false;
	snprintf(ho->cmdline, len, "%s%s%s", o->kernel, o->append ? " " : "",
		 o->append ? o->append : "");
	ho->machine.cmdline = ho->cmdline;
	return true;
}

enum options_result options_parse(struct host_options *ho, int argc, char **argv)
{
	enum options_result r;
	int id;

	memset(ho, 0, sizeof(*ho));
	ho->machine.board = "vexpress-a9";
	ho->machine.engine = "dbt";
	ho->machine.mmu = "auto";
	ho->machine.memory = DEFAULT_MEMORY;
	ho->machine.icount = -1;
	net_options_default(&ho->machine.net);
	opterr = 0;
	optind = 0;   /* glibc: start afresh, forgetting any half-read "-hx" */
	while ((id = getopt_long(argc, argv, ":hsS", long_options, NULL)) != -1) {
		switch (id) {
		case OPT_HELP:
			fputs(usage_text, stdout);
			return OPTIONS_EXIT_OK;
		case OPT_VERSION:
			printf("armvm %s\n", ARMVM_VERSION);
			return OPTIONS_EXIT_OK;
		case ':':
			if (optopt >= OPT_BOARD)
				return bad("option '--%s' needs an argument", option_name(optopt));
			return bad("option '%s' needs an argument", argv[optind - 1]);
		case '?':
			if (optopt >= OPT_BOARD)
				return bad("option '--%s' takes no argument", option_name(optopt));
			if (optopt && optopt < OPT_BOARD && optopt != OPT_HELP)
				return bad("unknown option '-%c' (see armvm --help)", optopt);
			return bad("unknown option '%s' (see armvm --help)", argv[optind - 1]);
		default:
			r = apply_option(ho, id, optarg);
			if (r != OPTIONS_RUN)
				return r;
			break;
		}
	}
	if (optind < argc)
		return bad("unexpected argument '%s' (see armvm --help)", argv[optind]);
	if (!ho->machine.kernel)
		return bad("no guest to run: give --kernel FILE (see armvm --help)");
	if (ho->machine.mmu_switch_insns && strcmp(ho->machine.mmu, "auto"))
		return bad("--mmu-switch-insns needs --mmu auto");
	if ((ho->machine.espt_maps || ho->machine.espt_policy) &&
	    (!strcmp(ho->machine.engine, "interp") || !strcmp(ho->machine.mmu, "softmmu")))
		return bad("--espt-maps and --espt-policy need ESPT: --engine dbt with --mmu auto or espt");
	if (ho->machine.gdb_wait && !ho->machine.gdb)
		return bad("--gdb-wait (-S) needs a debugger to wait for: add --gdb or -s");
	if (!build_cmdline(ho))
		return bad("out of memory");
	return OPTIONS_RUN;
}

void options_free(struct host_options *ho)
{
	free(ho->cmdline);
	ho->cmdline = NULL;
	free(ho->sd_path);
	ho->sd_path = NULL;
}
