/*
 * recursion: Ackermann, Fibonacci, N-queens, Towers of Hanoi, mutual
 * recursion, permutations, a recursive-descent expression parser and
 * flood fill: deep call chains, many live frames, stack arguments.
 */
#include "rt.h"

static u32 calls;

static u32 ackermann(u32 m, u32 n)
{
	calls++;
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

static u32 fib(u32 n)
{
	calls++;
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static u64 fib_memo(u32 n, u64 *memo)
{
	if (n < 2)
		return n;
	if (memo[n])
		return memo[n];
	return memo[n] = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
}

static u32 queens(u32 n, u32 row, u32 cols, u32 diag1, u32 diag2, u32 *first)
{
	u32 count = 0;

	if (row == n)
		return 1;
	for (u32 c = 0; c < n; c++) {
		if ((cols >> c) & 1 || (diag1 >> (row + c)) & 1 || (diag2 >> (row + n - c)) & 1)
			continue;
		u32 found = queens(n, row + 1, cols | 1u << c, diag1 | 1u << (row + c),
				   diag2 | 1u << (row + n - c), first);
		if (found && count == 0 && first[row] == 0xff)
			first[row] = c;
		count += found;
	}
	return count;
}

static u32 hanoi_moves, hanoi_hash;

static void hanoi(u32 n, u32 from, u32 to, u32 via)
{
	if (n == 0)
		return;
	hanoi(n - 1, from, via, to);
	hanoi_moves++;
	hanoi_hash = hanoi_hash * 3 + from * 5 + to + n;
	hanoi(n - 1, via, to, from);
}

static int is_odd(u32 n);

static int is_even(u32 n)
{
	return n == 0 ? 1 : is_odd(n - 1);
}

static int is_odd(u32 n)
{
	return n == 0 ? 0 : is_even(n - 1);
}

static u32 perm_count, perm_hash;

static void permute(u8 *v, u32 k, u32 n)
{
	if (k == n) {
		u32 h = 0;
		for (u32 i = 0; i < n; i++)
			h = h * 10 + v[i];
		perm_count++;
		perm_hash ^= h * 2654435761u;
		if (perm_count % 1000 == 0)
			rt_printf("  perm %u: %u\n", perm_count, h);
		return;
	}
	for (u32 i = k; i < n; i++) {
		u8 t = v[k]; v[k] = v[i]; v[i] = t;
		permute(v, k + 1, n);
		t = v[k]; v[k] = v[i]; v[i] = t;
	}
}

/* expr := term (('+'|'-') term)*, term := factor (('*'|'/'|'%') factor)*,
 * factor := number | '-' factor | '(' expr ')' */
static const char *ep;

static i32 parse_expr(void);

static i32 parse_factor(void)
{
	i32 v = 0;

	if (*ep == '-') {
		ep++;
		return -parse_factor();
	}
	if (*ep == '(') {
		ep++;
		v = parse_expr();
		ep++;  /* ')' */
		return v;
	}
	while (*ep >= '0' && *ep <= '9')
		v = v * 10 + (*ep++ - '0');
	return v;
}

static i32 parse_term(void)
{
	i32 v = parse_factor();

	while (*ep == '*' || *ep == '/' || *ep == '%') {
		char o = *ep++;
		i32 r = parse_factor();
		v = o == '*' ? v * r : o == '/' ? v / r : v % r;
	}
	return v;
}

static i32 parse_expr(void)
{
	i32 v = parse_term();

	while (*ep == '+' || *ep == '-') {
		char o = *ep++;
		i32 r = parse_term();
		v = o == '+' ? v + r : v - r;
	}
	return v;
}

static char grid[24][40];

static u32 flood(int y, int x, char from, char to)
{
	if (y < 0 || y >= 24 || x < 0 || x >= 40 || grid[y][x] != from)
		return 0;
	grid[y][x] = to;
	return 1 + flood(y + 1, x, from, to) + flood(y - 1, x, from, to) +
	       flood(y, x + 1, from, to) + flood(y, x - 1, from, to);
}

/* Many arguments: the ones beyond r0-r3 go on the stack. */
static i32 many_args(i32 a, i32 b, i32 c, i32 d, i32 e, i32 f, i32 g, i64 h, i32 depth)
{
	if (depth == 0)
		return a - b + c * d - e + f * g + (i32)(h >> 3);
	return many_args(b, c, d, e, f, g, a, (i64)((u64)h * 3 + (u64)depth), depth - 1) + depth;
}

int main(void)
{
	static u64 memo[91];
	static const char *exprs[] = {
		"1+2*3", "(1+2)*3", "100/7%4-(3-10)*2", "-(-(5*5))+2*-3",
		"((((((1+1)*2)+1)*2)+1)*2)", "123456/-11+99%7*(2-8)/3",
	};
	u32 first[16];
	u8 v[7] = { 1, 2, 3, 4, 5, 6, 7 };

	rt_printf("recursion\n");
	for (u32 m = 0; m <= 3; m++) {
		for (u32 n = 0; n <= 5; n++) {
			calls = 0;
			u32 a = ackermann(m, n);
			rt_printf("ack(%u,%u)=%u calls=%u\n", m, n, a, calls);
		}
	}
	calls = 0;
	u32 f24 = fib(24);
	rt_printf("fib(24)=%u calls=%u\n", f24, calls);
	u64 f90 = fib_memo(90, memo);
	rt_printf("fib(90)=%llu fib(92)=%llu\n", f90, memo[90] + memo[89] + memo[90]);
	for (u32 n = 1; n <= 9; n++) {
		for (u32 i = 0; i < 16; i++)
			first[i] = 0xff;
		u32 sol = queens(n, 0, 0, 0, 0, first);
		rt_printf("queens(%u)=%u first:", n, sol);
		for (u32 i = 0; i < n && sol; i++)
			rt_printf(" %u", first[i]);
		rt_printf("\n");
	}
	for (u32 n = 1; n <= 14; n += 3) {
		hanoi_moves = 0;
		hanoi_hash = 0;
		hanoi(n, 1, 3, 2);
		rt_printf("hanoi(%u) moves=%u hash=%08x\n", n, hanoi_moves, hanoi_hash);
	}
	rt_printf("even(1001)=%d odd(777)=%d even(0)=%d\n", is_even(1001), is_odd(777), is_even(0));
	permute(v, 0, 7);
	rt_printf("perms=%u hash=%08x\n", perm_count, perm_hash);
	for (u32 i = 0; i < ARRAY_LEN(exprs); i++) {
		ep = exprs[i];
		rt_printf("%s = %d\n", exprs[i], parse_expr());
	}
	for (int y = 0; y < 24; y++)
		for (int x = 0; x < 40; x++)
			grid[y][x] = ((x * 7 + y * 13) % 11 < 3 || x == 20) ? '#' : '.';
	u32 a1 = flood(0, 1, '.', 'a');
	u32 a2 = flood(23, 37, '.', 'b');
	u32 a3 = flood(12, 20, '#', '+');
	rt_printf("flood: %u %u %u\n", a1, a2, a3);
	for (int y = 0; y < 4; y++)
		rt_printf("  %.40s\n", grid[y]);
	rt_printf("many_args=%d\n", many_args(1, -2, 3, -4, 5, -6, 7, 0x123456789ll, 40));
	return 0;
}
