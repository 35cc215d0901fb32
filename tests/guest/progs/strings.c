/*
 * strings: searching (naive, KMP, Boyer-Moore-Horspool), reversal,
 * tokenising, integer <-> text conversion in several bases, case mapping,
 * palindromes and rt_snprintf into buffers.
 */
#include "rt.h"

static const char text[] =
	"It was the best of times, it was the worst of times, it was the age of "
	"wisdom, it was the age of foolishness, it was the epoch of belief, it was "
	"the epoch of incredulity, it was the season of Light, it was the season "
	"of Darkness, it was the spring of hope, it was the winter of despair.";

static int find_naive(const char *h, const char *n, int from)
{
	int hl = (int)strlen(h), nl = (int)strlen(n);

	for (int i = from; i + nl <= hl; i++) {
		int j = 0;
		while (j < nl && h[i + j] == n[j])
			j++;
		if (j == nl)
			return i;
	}
	return -1;
}

static int find_kmp(const char *h, const char *n, int from)
{
	int fail[64];
	int hl = (int)strlen(h), nl = (int)strlen(n);

	if (nl == 0)
		return from <= hl ? from : -1;
	fail[0] = 0;
	for (int i = 1, k = 0; i < nl; i++) {
		while (k > 0 && n[i] != n[k])
			k = fail[k - 1];
		if (n[i] == n[k])
			k++;
		fail[i] = k;
	}
	for (int i = from, k = 0; i < hl; i++) {
		while (k > 0 && h[i] != n[k])
			k = fail[k - 1];
		if (h[i] == n[k])
			k++;
		if (k == nl)
			return i - nl + 1;
	}
	return -1;
}

static int find_horspool(const char *h, const char *n, int from)
{
	int skip[256];
	int hl = (int)strlen(h), nl = (int)strlen(n);

	if (nl == 0)
		return from <= hl ? from : -1;
	for (int i = 0; i < 256; i++)
		skip[i] = nl;
	for (int i = 0; i < nl - 1; i++)
		skip[(u8)n[i]] = nl - 1 - i;
	for (int i = from; i + nl <= hl; i += skip[(u8)h[i + nl - 1]]) {
		int j = nl - 1;
		while (j >= 0 && h[i + j] == n[j])
			j--;
		if (j < 0)
			return i;
	}
	return -1;
}

static void reverse(char *s, int n)
{
	for (int i = 0, j = n - 1; i < j; i++, j--) {
		char t = s[i];
		s[i] = s[j];
		s[j] = t;
	}
}

static int utoa_base(u64 v, u32 base, char *out)
{
	int n = 0;

	do {
		u32 d = (u32)(v % base);
		out[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		v /= base;
	} while (v);
	out[n] = 0;
	reverse(out, n);
	return n;
}

static int itoa10(i32 v, char *out)
{
	u32 m = v < 0 ? 0u - (u32)v : (u32)v;
	int n = 0;

	if (v < 0)
		out[n++] = '-';
	n += utoa_base(m, 10, out + n);
	return n;
}

static i64 parse_int(const char *s, const char **end)
{
	int neg = 0;
	i64 v = 0;

	while (*s == ' ')
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	*end = s;
	return neg ? -v : v;
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char to_lower(char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static char to_upper(char c)
{
	return (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
}

/* Splits text into words, counts them and their letters, finds the longest. */
static void tokenise(void)
{
	char word[32], longest[32] = "";
	u32 words = 0, letters = 0, h = 5381;
	const char *p = text;

	while (*p) {
		while (*p && !is_alpha(*p))
			p++;
		int n = 0;
		while (is_alpha(*p) && n < 31)
			word[n++] = to_lower(*p++);
		word[n] = 0;
		if (n == 0)
			continue;
		words++;
		letters += (u32)n;
		for (int i = 0; i < n; i++)
			h = h * 33 + (u8)word[i];
		if ((usize)n > strlen(longest))
			memcpy(longest, word, (usize)n + 1);
	}
	rt_printf("tokens: words=%u letters=%u longest=%s h=%08x\n", words, letters, longest, h);
}

static int is_palindrome(const char *s)
{
	int i = 0, j = (int)strlen(s) - 1;

	while (i < j) {
		if (!is_alpha(s[i])) { i++; continue; }
		if (!is_alpha(s[j])) { j--; continue; }
		if (to_lower(s[i]) != to_lower(s[j]))
			return 0;
		i++;
		j--;
	}
	return 1;
}

static void searches(void)
{
	static const char *needles[] = { "it was", "times", "age of w", "despair.", "Light",
					 "x", "", "the season of", "epoch of incredulity" };

	for (u32 k = 0; k < ARRAY_LEN(needles); k++) {
		int count = 0, last = -1, agree = 1;
		for (int pos = 0;;) {
			int a = find_naive(text, needles[k], pos);
			int b = find_kmp(text, needles[k], pos);
			int c = find_horspool(text, needles[k], pos);
			if (a != b || a != c)
				agree = 0;
			if (a < 0)
				break;
			count++;
			last = a;
			pos = a + 1;
		}
		rt_printf("find \"%s\": count=%d last=%d agree=%d\n", needles[k], count, last, agree);
	}
}

static void conversions(void)
{
	static const i32 vals[] = { 0, 1, -1, 42, -2147483647 - 1, 2147483647, 1000000, -98765 };
	char buf[80], buf2[80];
	u32 h = 0;

	for (u32 i = 0; i < ARRAY_LEN(vals); i++) {
		const char *end;
		int n = itoa10(vals[i], buf);
		i64 back = parse_int(buf, &end);
		utoa_base((u32)vals[i], 2, buf2);
		rt_printf("itoa %s len=%d back=%lld bin=%s\n", buf, n, back, buf2);
	}
	for (u32 base = 2; base <= 36; base += 5) {
		utoa_base(0xfedcba9876543210ull, base, buf);
		rt_printf("base %2u: %s\n", base, buf);
	}
	for (u32 i = 0; i < 500; i++) {
		int n = rt_snprintf(buf, sizeof(buf), "[%5d|%-6x|%+d|%s]", (i32)(i * 7919u) - 1000000,
				    i * 31, (i32)i - 250, i % 2 ? "odd" : "even");
		for (int k = 0; k < n; k++)
			h = h * 31 + (u8)buf[k];
	}
	rt_printf("snprintf h=%08x last=%s\n", h, buf);
	int n = rt_snprintf(buf, 10, "%s", "truncated-string");
	rt_printf("truncate n=%d buf=%s\n", n, buf);
}

static void transforms(void)
{
	char buf[sizeof(text)];
	u32 n = (u32)strlen(text);

	memcpy(buf, text, n + 1);
	reverse(buf, (int)n);
	rt_printf("reversed tail: %s\n", buf + n - 40);
	for (u32 i = 0; i < n; i++)
		buf[i] = i % 3 ? to_lower(buf[i]) : to_upper(buf[i]);
	rt_printf("mixed head: %.40s\n", buf);
	reverse(buf, (int)n);
	for (u32 i = 0; i < n; i++)
		buf[i] = to_lower(buf[i]);
	rt_printf("cmp: %d %d %d\n", strcmp(buf, text) != 0, strcmp("abc", "abd") < 0, strcmp("b", "a") > 0);
	rt_printf("palindromes: %d %d %d\n", is_palindrome("A man, a plan, a canal: Panama"),
		  is_palindrome("Was it a car or a cat I saw?"), is_palindrome("not one"));
	/* overlapping moves */
	memcpy(buf, "0123456789abcdef", 17);
	memmove(buf + 3, buf, 10);
	rt_printf("memmove up: %s\n", buf);
	memcpy(buf, "0123456789abcdef", 17);
	memmove(buf, buf + 5, 11);
	rt_printf("memmove down: %s\n", buf);
	memset(buf + 2, '*', 5);
	rt_printf("memset: %s memcmp=%d\n", buf, memcmp(buf, "56*****", 7) == 0);
}

int main(void)
{
	rt_printf("strings\n");
	searches();
	tokenise();
	conversions();
	transforms();
	return 0;
}
