/*
 * funcptr: calls through pointers: callbacks, dispatch tables indexed by
 * data, a state machine whose states are functions, function pointers
 * stored in structures (a small "object" system), and pointers to
 * functions returning function pointers.  Thumb builds call through BLX
 * with the Thumb bit set in the target address.
 */
#include "rt.h"

typedef i32 (*binop_fn)(i32, i32);

static i32 op_add(i32 a, i32 b) { return (i32)((u32)a + (u32)b); }
static i32 op_sub(i32 a, i32 b) { return (i32)((u32)a - (u32)b); }
static i32 op_mul(i32 a, i32 b) { return (i32)((u32)a * (u32)b); }
static i32 op_div(i32 a, i32 b) { return b == 0 || b == -1 ? 0 : a / b; }
static i32 op_and(i32 a, i32 b) { return a & b; }
static i32 op_xor(i32 a, i32 b) { return a ^ b; }
static i32 op_min(i32 a, i32 b) { return a < b ? a : b; }
static i32 op_shl(i32 a, i32 b) { return (i32)((u32)a << (b & 31)); }

static const binop_fn ops[] = { op_add, op_sub, op_mul, op_div, op_and, op_xor, op_min, op_shl };
static const char *const op_names[] = { "add", "sub", "mul", "div", "and", "xor", "min", "shl" };

static i32 fold(const i32 *v, u32 n, binop_fn f, i32 init)
{
	for (u32 i = 0; i < n; i++)
		init = f(init, v[i]);
	return init;
}

static void map(i32 *v, u32 n, i32 (*f)(i32))
{
	for (u32 i = 0; i < n; i++)
		v[i] = f(v[i]);
}

static i32 square(i32 x) { return (i32)((u32)x * (u32)x); }
static i32 negate(i32 x) { return (i32)(0u - (u32)x); }
static i32 halve(i32 x) { return x / 2; }

static u32 count_if(const i32 *v, u32 n, int (*pred)(i32, void *), void *ctx)
{
	u32 c = 0;

	for (u32 i = 0; i < n; i++)
		c += pred(v[i], ctx) != 0;
	return c;
}

static int greater_than(i32 x, void *ctx) { return x > *(i32 *)ctx; }
static int divisible_by(i32 x, void *ctx) { return x % *(i32 *)ctx == 0; }

/* A state machine recognising signed decimal numbers with an optional
 * fraction; each state is a function returning the next state. */
struct state;
typedef const struct state *(*state_fn)(char c);
struct state {
	state_fn next;
	int accepting;
	const char *name;
};

static const struct state *st_start(char c);
static const struct state *st_sign(char c);
static const struct state *st_int(char c);
static const struct state *st_dot(char c);
static const struct state *st_frac(char c);
static const struct state *st_fail(char c);

static const struct state S_START = { st_start, 0, "start" };
static const struct state S_SIGN = { st_sign, 0, "sign" };
static const struct state S_INT = { st_int, 1, "int" };
static const struct state S_DOT = { st_dot, 0, "dot" };
static const struct state S_FRAC = { st_frac, 1, "frac" };
static const struct state S_FAIL = { st_fail, 0, "fail" };

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static const struct state *st_start(char c) { return c == '-' || c == '+' ? &S_SIGN : is_digit(c) ? &S_INT : &S_FAIL; }
static const struct state *st_sign(char c) { return is_digit(c) ? &S_INT : &S_FAIL; }
static const struct state *st_int(char c) { return is_digit(c) ? &S_INT : c == '.' ? &S_DOT : &S_FAIL; }
static const struct state *st_dot(char c) { return is_digit(c) ? &S_FRAC : &S_FAIL; }
static const struct state *st_frac(char c) { return is_digit(c) ? &S_FRAC : &S_FAIL; }
static const struct state *st_fail(char c) { (void)c; return &S_FAIL; }

static const struct state *recognise(const char *s)
{
	const struct state *st = &S_START;

	while (*s)
		st = st->next(*s++);
	return st;
}

/* Objects with a method table. */
struct shape;
struct shape_ops {
	const char *kind;
	i32 (*area)(const struct shape *);
	i32 (*perimeter)(const struct shape *);
	void (*scale)(struct shape *, i32);
};
struct shape {
	const struct shape_ops *ops;
	i32 a, b;
};

static i32 rect_area(const struct shape *s) { return s->a * s->b; }
static i32 rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static void rect_scale(struct shape *s, i32 k) { s->a *= k; s->b *= k; }
static i32 circle_area(const struct shape *s) { return 355 * s->a * s->a / 113; }
static i32 circle_perim(const struct shape *s) { return 2 * 355 * s->a / 113; }
static void circle_scale(struct shape *s, i32 k) { s->a *= k; }
static i32 tri_area(const struct shape *s) { return s->a * s->b / 2; }
static i32 tri_perim(const struct shape *s) { return s->a + s->b + (s->a > s->b ? s->a : s->b); }

static const struct shape_ops rect_ops = { "rect", rect_area, rect_perim, rect_scale };
static const struct shape_ops circle_ops = { "circle", circle_area, circle_perim, circle_scale };
static const struct shape_ops tri_ops = { "tri", tri_area, tri_perim, rect_scale };

/* A function returning a function pointer. */
static binop_fn pick(u32 k)
{
	return ops[k % ARRAY_LEN(ops)];
}

static binop_fn (*const picker)(u32) = pick;

static i32 apply_twice(binop_fn f, i32 a, i32 b)
{
	return f(f(a, b), b);
}

int main(void)
{
	static i32 v[64];
	static const char *inputs[] = { "123", "-4.5", "+", "3.", "0.25", "12a", "", "+007.000", "--1" };
	static struct shape shapes[6] = {
		{ &rect_ops, 3, 4 }, { &circle_ops, 5, 0 }, { &tri_ops, 6, 8 },
		{ &rect_ops, 10, 1 }, { &circle_ops, 1, 0 }, { &tri_ops, 7, 3 },
	};
	u32 seed = 99;
	u32 h = 0;

	rt_printf("funcptr\n");
	for (u32 i = 0; i < ARRAY_LEN(v); i++) {
		seed = seed * 69069u + 1;
		v[i] = (i32)(seed >> 8) % 1000 - 500;
	}
	for (u32 k = 0; k < ARRAY_LEN(ops); k++)
		rt_printf("fold %s = %d\n", op_names[k], fold(v, ARRAY_LEN(v), ops[k], k == 2 ? 1 : 0));
	for (u32 i = 0; i < 20000; i++) {
		binop_fn f = picker(i * 7 + (h & 3));
		i32 r = apply_twice(f, (i32)(h >> 3), (i32)(i | 1));
		h = (h ^ (u32)r) * 16777619u + i;
	}
	rt_printf("dispatch h=%08x\n", h);
	i32 limit = 100, div = 7;
	rt_printf("count >100: %u, %%7: %u\n", count_if(v, ARRAY_LEN(v), greater_than, &limit),
		  count_if(v, ARRAY_LEN(v), divisible_by, &div));
	map(v, ARRAY_LEN(v), square);
	map(v, ARRAY_LEN(v), halve);
	map(v, 10, negate);
	rt_printf("mapped sum=%d v0=%d v10=%d\n", fold(v, ARRAY_LEN(v), op_add, 0), v[0], v[10]);
	for (u32 i = 0; i < ARRAY_LEN(inputs); i++) {
		const struct state *st = recognise(inputs[i]);
		rt_printf("\"%s\": %s %s\n", inputs[i], st->name, st->accepting ? "accept" : "reject");
	}
	for (u32 i = 0; i < ARRAY_LEN(shapes); i++) {
		struct shape *s = &shapes[i];
		i32 area = s->ops->area(s);
		s->ops->scale(s, (i32)i + 1);
		rt_printf("%-6s area=%d -> %d perimeter=%d\n", s->ops->kind, area, s->ops->area(s),
			  s->ops->perimeter(s));
	}
	return 0;
}
