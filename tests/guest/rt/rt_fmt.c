/*
 * rt_fmt.c: the printf-like formatter of the guest runtime, compiled
 * unchanged into the host build so that both sides print the same bytes.
 * On the guest, 64-bit conversions go through libgcc (__aeabi_uldivmod).
 */
#include "rt.h"

/* Where formatted characters go: the console, or a bounded buffer. */
struct fmt_sink {
	char *buf;
	usize cap;
	usize len;
};

/* One conversion specification: %[flags][width][.precision][length]conv */
struct fmt_spec {
	int left;   /* '-' */
	int zero;   /* '0' */
	int plus;   /* '+' */
	int space;  /* ' ' */
	int alt;    /* '#' */
	int width;
	int prec;   /* -1: none */
	int len;    /* 0 int, 1 long, 2 long long, -1 short, -2 char, 3 size */
};

static void sink_put(struct fmt_sink *s, char c)
{
	if (!s->buf)
		rt_putc((u8)c);
	else if (s->len + 1 < s->cap)
		s->buf[s->len] = c;
	s->len++;
}

static void sink_pad(struct fmt_sink *s, char c, int n)
{
	while (n-- > 0)
		sink_put(s, c);
}

static void fmt_number(struct fmt_sink *s, const struct fmt_spec *sp,
		       u64 v, int neg, unsigned base, int upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0, zeros = 0, total;
	char sign = 0;
	const char *prefix = "";

	if (!(v == 0 && sp->prec == 0)) {
		while (v >> 32) {  /* 64-bit division: __aeabi_uldivmod on the guest */
			tmp[n++] = digits[v % base];
			v /= base;
		}
		u32 w = (u32)v;
		do {
			tmp[n++] = digits[w % base];
			w /= base;
		} while (w);
	}
	if (sp->prec > n)
		zeros = sp->prec - n;
	if (neg)
		sign = '-';
	else if (sp->plus)
		sign = '+';
	else if (sp->space)
		sign = ' ';
	if (sp->alt && base == 16 && n > 0)
		prefix = upper ? "0X" : "0x";
	else if (sp->alt && base == 8 && zeros == 0 && (n == 0 || tmp[n - 1] != '0'))
		prefix = "0";
	total = n + zeros + (sign != 0) + (int)strlen(prefix);
	if (!sp->left && !(sp->zero && sp->prec < 0))
		sink_pad(s, ' ', sp->width - total);
	if (sign)
		sink_put(s, sign);
	while (*prefix)
		sink_put(s, *prefix++);
	if (!sp->left && sp->zero && sp->prec < 0)
		sink_pad(s, '0', sp->width - total);
	sink_pad(s, '0', zeros);
	while (n > 0)
		sink_put(s, tmp[--n]);
	if (sp->left)
		sink_pad(s, ' ', sp->width - total);
}

static void fmt_string(struct fmt_sink *s, const struct fmt_spec *sp, const char *str)
{
	int n = 0;

	if (!str)
		str = "(null)";
	while (str[n] && (sp->prec < 0 || n < sp->prec))
		n++;
	if (!sp->left)
		sink_pad(s, ' ', sp->width - n);
	for (int i = 0; i < n; i++)
		sink_put(s, str[i]);
	if (sp->left)
		sink_pad(s, ' ', sp->width - n);
}

static i64 fetch_signed(const struct fmt_spec *sp, va_list *ap)
{
	switch (sp->len) {
	case 2: return va_arg(*ap, long long);
	case 1: return va_arg(*ap, long);
	case 3: return (i64)va_arg(*ap, usize);
	case -1: return (short)va_arg(*ap, int);
	case -2: return (signed char)va_arg(*ap, int);
	default: return va_arg(*ap, int);
	}
}

static u64 fetch_unsigned(const struct fmt_spec *sp, va_list *ap)
{
	switch (sp->len) {
	case 2: return va_arg(*ap, unsigned long long);
	case 1: return va_arg(*ap, unsigned long);
	case 3: return va_arg(*ap, usize);
	case -1: return (unsigned short)va_arg(*ap, unsigned);
	case -2: return (unsigned char)va_arg(*ap, unsigned);
	default: return va_arg(*ap, unsigned);
	}
}

/* Parses flags, width, precision and length; returns the conversion character. */
static const char *parse_spec(const char *f, struct fmt_spec *sp, va_list *ap)
{
	*sp = (struct fmt_spec){ .prec = -1 };
	for (;; f++) {
		if (*f == '-') sp->left = 1;
		else if (*f == '0') sp->zero = 1;
		else if (*f == '+') sp->plus = 1;
		else if (*f == ' ') sp->space = 1;
		else if (*f == '#') sp->alt = 1;
		else break;
	}
	if (*f == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {
			sp->left = 1;
			sp->width = -sp->width;
		}
		f++;
	} else {
		while (*f >= '0' && *f <= '9')
			sp->width = sp->width * 10 + (*f++ - '0');
	}
	if (*f == '.') {
		f++;
		sp->prec = 0;
		if (*f == '*') {
			sp->prec = va_arg(*ap, int);
			f++;
		} else {
			while (*f >= '0' && *f <= '9')
				sp->prec = sp->prec * 10 + (*f++ - '0');
		}
	}
	if (f[0] == 'h' && f[1] == 'h') { sp->len = -2; f += 2; }
	else if (f[0] == 'h') { sp->len = -1; f++; }
	else if (f[0] == 'l' && f[1] == 'l') { sp->len = 2; f += 2; }
	else if (f[0] == 'l') { sp->len = 1; f++; }
	else if (f[0] == 'z') { sp->len = 3; f++; }
	return f;
}

static void fmt_run(struct fmt_sink *s, const char *f, va_list ap0)
{
	struct fmt_spec sp;
	va_list ap;

	va_copy(ap, ap0);
	while (*f) {
		if (*f != '%') {
			sink_put(s, *f++);
			continue;
		}
		f = parse_spec(f + 1, &sp, &ap);
		switch (*f) {
		case 'd':
		case 'i': {
			i64 v = fetch_signed(&sp, &ap);
			u64 mag = v < 0 ? 0 - (u64)v : (u64)v;
			fmt_number(s, &sp, mag, v < 0, 10, 0);
			break;
		}
		case 'u': fmt_number(s, &sp, fetch_unsigned(&sp, &ap), 0, 10, 0); break;
		case 'x': fmt_number(s, &sp, fetch_unsigned(&sp, &ap), 0, 16, 0); break;
		case 'X': fmt_number(s, &sp, fetch_unsigned(&sp, &ap), 0, 16, 1); break;
		case 'o': fmt_number(s, &sp, fetch_unsigned(&sp, &ap), 0, 8, 0); break;
		case 'c': {
			char c = (char)va_arg(ap, int);
			if (!sp.left)
				sink_pad(s, ' ', sp.width - 1);
			sink_put(s, c);
			if (sp.left)
				sink_pad(s, ' ', sp.width - 1);
			break;
		}
		case 's': fmt_string(s, &sp, va_arg(ap, const char *)); break;
		case '%': sink_put(s, '%'); break;
		case 0: va_end(ap); return;  /* a lone '%' at the end */
		default:  /* unknown conversion: print it as written */
			sink_put(s, '%');
			sink_put(s, *f);
			break;
		}
		f++;
	}
	va_end(ap);
}

int rt_vprintf(const char *fmt, va_list ap)
{
	struct fmt_sink s = { 0 };

	fmt_run(&s, fmt, ap);
	return (int)s.len;
}

int rt_printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = rt_vprintf(fmt, ap);
	va_end(ap);
	return n;
}

int rt_vsnprintf(char *buf, usize size, const char *fmt, va_list ap)
{
	char dummy;
	struct fmt_sink s = { size ? buf : &dummy, size, 0 };

	fmt_run(&s, fmt, ap);
	if (size)
		buf[s.len < size ? s.len : size - 1] = 0;
	return (int)s.len;
}

int rt_snprintf(char *buf, usize size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = rt_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

void rt_puts(const char *s)
{
	while (*s)
		rt_putc((u8)*s++);
}
