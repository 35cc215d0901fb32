/*
 * A guest that exercises armvm's semihosting (tests/cli/semihost.sh builds it
 * in ARM and in Thumb state). It prints what each call returned in a form that
 * does not depend on the host: the script compares it with semihost.expected.
 * The last word of the command line picks how it ends: "extended" (SYS_EXIT_
 * EXTENDED with code 42), "exit-ok" (SYS_EXIT, application exit) or
 * "exit-error" (SYS_EXIT with another reason).
 */
#include <stdint.h>

#ifdef __thumb__
__asm__(".section .text.start, \"ax\"\n"
	".thumb\n.syntax unified\n"
	".global _start\n.thumb_func\n"
	"_start: ldr r0, =__stack_top\n mov sp, r0\n bl main\n1: b 1b\n"
	".pool\n");
#define SEMIHOST_SVC "svc 0xab"
#else
__asm__(".section .text.start, \"ax\"\n"
	".arm\n.global _start\n"
	"_start: ldr sp, =__stack_top\n bl main\n1: b 1b\n"
	".pool\n");
#define SEMIHOST_SVC "svc 0x123456"
#endif

enum {
	SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITEC = 0x03, SYS_WRITE0 = 0x04,
	SYS_WRITE = 0x05, SYS_READ = 0x06, SYS_READC = 0x07, SYS_ISERROR = 0x08,
	SYS_ISTTY = 0x09, SYS_SEEK = 0x0a, SYS_FLEN = 0x0c, SYS_CLOCK = 0x10,
	SYS_TIME = 0x11, SYS_ERRNO = 0x13, SYS_GET_CMDLINE = 0x15,
	SYS_HEAPINFO = 0x16, SYS_EXIT = 0x18, SYS_EXIT_EXTENDED = 0x20,
	SYS_ELAPSED = 0x30, SYS_TICKFREQ = 0x31,
};

#define ADP_Stopped_ApplicationExit 0x20026u
#define ADP_Stopped_RunTimeErrorUnknown 0x20023u

extern char _end[];

static uint32_t semihost(uint32_t op, const void *arg)
{
	register uint32_t r0 __asm__("r0") = op;
	register const void *r1 __asm__("r1") = arg;
	__asm__ volatile(SEMIHOST_SVC : "+r"(r0) : "r"(r1) : "memory");
	return r0;
}

static void put(const char *s)
{
	semihost(SYS_WRITE0, s);
}

static void put_hex(uint32_t v)
{
	char buf[11] = "0x";
	for (int i = 0; i < 8; i++)
		buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xf];
	buf[10] = 0;
	put(buf);
}

static void line(const char *what, uint32_t v)
{
	put(what);
	put(": ");
	put_hex(v);
	put("\n");
}

static void check(const char *what, int ok)
{
	put(what);
	put(ok ? ": yes\n" : ": NO\n");
}

static uint32_t str_len(const char *s)
{
	uint32_t n = 0;
	while (s[n])
		n++;
	return n;
}

static uint32_t open_file(const char *name, uint32_t mode)
{
	uint32_t args[3] = { (uint32_t)name, mode, str_len(name) };
	return semihost(SYS_OPEN, args);
}

static uint32_t write_handle(uint32_t h, const char *s)
{
	uint32_t args[3] = { h, (uint32_t)s, str_len(s) };
	return semihost(SYS_WRITE, args);
}

static uint32_t read_handle(uint32_t h, char *buf, uint32_t len)
{
	uint32_t args[3] = { h, (uint32_t)buf, len };
	return semihost(SYS_READ, args);
}

static uint32_t one_arg(uint32_t op, uint32_t a)
{
	uint32_t args[1] = { a };
	return semihost(op, args);
}

int main(void)
{
	static char cmdline[256], buf[16];
	uint32_t out, err, in, feat, heap[4], block[2], t0[2], t1[2];
	const char *last;

	put("write0\n");
	semihost(SYS_WRITEC, "c");
	semihost(SYS_WRITEC, "\n");

	out = open_file(":tt", 4);        /* "w": stdout */
	err = open_file(":tt", 8);        /* "a": stderr */
	in = open_file(":tt", 0);         /* "r": stdin */
	check("handles valid and distinct", out != 0xffffffffu && err != 0xffffffffu &&
	      in != 0xffffffffu && out != err && err != in && in != out);
	line("write stdout", write_handle(out, "to stdout\n"));
	line("write stderr", write_handle(err, "to stderr\n"));
	line("istty", one_arg(SYS_ISTTY, out));
	line("write to stdin handle (bytes not written)", write_handle(in, "xx"));

	line("open missing file", open_file("no-such-file", 0));
	check("errno set", semihost(SYS_ERRNO, 0) != 0);
	line("iserror(-1)", one_arg(SYS_ISERROR, 0xffffffffu) != 0);
	line("iserror(0)", one_arg(SYS_ISERROR, 0));

	feat = open_file(":semihosting-features", 0);
	line("features length", one_arg(SYS_FLEN, feat));
	line("features read (bytes not read)", read_handle(feat, buf, 8));
	buf[4] = (char)('0' + buf[4]);
	buf[5] = '\n';
	buf[6] = 0;
	put("features: ");
	put(buf);
	line("close features", one_arg(SYS_CLOSE, feat));
	line("close again", one_arg(SYS_CLOSE, feat));

	line("readc", semihost(SYS_READC, 0));
	line("read (bytes not read)", read_handle(in, buf, 3));
	buf[3] = 0;
	put("read: ");
	put(buf);

	block[0] = (uint32_t)cmdline;
	block[1] = sizeof(cmdline);
	line("get_cmdline", semihost(SYS_GET_CMDLINE, block));
	check("cmdline length", block[1] == str_len(cmdline));
	put("cmdline: ");
	put(cmdline);
	put("\n");

	uint32_t *heap_ptr = heap;
	semihost(SYS_HEAPINFO, &heap_ptr);
	check("heap above the image", heap[0] >= (uint32_t)_end);
	check("heap below its limit", heap[0] < heap[1]);
	check("stack base at the top of 256M of RAM", heap[2] == 0x70000000u);
	check("stack limit below the stack base", heap[3] < heap[2] && heap[3] >= heap[1]);
	*(volatile uint32_t *)heap[0] = 1;
	*(volatile uint32_t *)(heap[2] - 4) = 2;

	check("clock", semihost(SYS_CLOCK, 0) < 100 * 60);
	last = cmdline;
	for (const char *p = cmdline; *p; p++)
		if (*p == ' ')
			last = p + 1;
	/* The "rtc" runs give --rtc-base 1000000000: SYS_TIME follows it, as the RTC. */
	uint32_t now = semihost(SYS_TIME, 0);
	check("time after 2020, or the --rtc-base", last[0] == 'r' ? now - 1000000000u < 5
							      : now > 1577836800u);
	check("tick frequency", semihost(SYS_TICKFREQ, 0) != 0 &&
	      semihost(SYS_TICKFREQ, 0) != 0xffffffffu);
	semihost(SYS_ELAPSED, t0);
	semihost(SYS_ELAPSED, t1);
	check("elapsed does not go back", t1[1] > t0[1] || (t1[1] == t0[1] && t1[0] >= t0[0]));

	put("exit\n");
	if (last[0] == 'e' && last[1] == 'x' && last[2] == 't') {
		uint32_t args[2] = { ADP_Stopped_ApplicationExit, 42 };
		semihost(SYS_EXIT_EXTENDED, args);
	} else if (last[5] == 'o') {
		semihost(SYS_EXIT, (void *)ADP_Stopped_ApplicationExit);
	} else {
		semihost(SYS_EXIT, (void *)ADP_Stopped_RunTimeErrorUnknown);
	}
	put("still running after exit\n");
	return 0;
}
