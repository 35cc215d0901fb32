/*
 * bytecode: a stack-machine interpreter whose dispatch is one dense switch
 * (a jump table: ADD pc / LDR pc in ARM, TBB/TBH in Thumb-2), running
 * programs built by a tiny assembler, plus a Brainfuck interpreter (a
 * switch over sparse character codes).
 */
#include "rt.h"

enum op {
	OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER, OP_ROT,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_DIVU, OP_NEG,
	OP_AND, OP_OR, OP_XOR, OP_NOT, OP_SHL, OP_SHR, OP_SAR,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_LTU,
	OP_JMP, OP_JZ, OP_JNZ, OP_LOAD, OP_STORE, OP_INC, OP_DEC,
	OP_CALL, OP_RET, OP_PRINT, OP_MIN, OP_MAX, OP_ABS, OP_NOP,
	OP_COUNT
};

struct vm {
	i32 stack[256];
	u32 ret[64];
	i32 vars[16];
	int sp, rsp;
	u64 steps;
	u32 out_hash;
};

static u32 rd32(const u8 *p)
{
	return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

static int run(struct vm *m, const u8 *code, u32 pc)
{
	i32 a, b;

	m->sp = 0;
	m->rsp = 0;
	for (;;) {
		u8 op = code[pc++];
		m->steps++;
		switch (op) {
		case OP_HALT: return m->sp ? m->stack[m->sp - 1] : 0;
		case OP_PUSH: m->stack[m->sp++] = (i32)rd32(code + pc); pc += 4; break;
		case OP_POP: m->sp--; break;
		case OP_DUP: m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; break;
		case OP_SWAP: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = a; break;
		case OP_OVER: m->stack[m->sp] = m->stack[m->sp - 2]; m->sp++; break;
		case OP_ROT:
			a = m->stack[m->sp - 3];
			m->stack[m->sp - 3] = m->stack[m->sp - 2];
			m->stack[m->sp - 2] = m->stack[m->sp - 1];
			m->stack[m->sp - 1] = a;
			break;
#define BINARY(expr) b = m->stack[--m->sp]; a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = (expr); break
		case OP_ADD: BINARY((i32)((u32)a + (u32)b));
		case OP_SUB: BINARY((i32)((u32)a - (u32)b));
		case OP_MUL: BINARY((i32)((u32)a * (u32)b));
		case OP_DIV: BINARY(b == 0 ? 0 : (b == -1 ? (i32)(0u - (u32)a) : a / b));
		case OP_MOD: BINARY(b == 0 || b == -1 ? 0 : a % b);
		case OP_DIVU: BINARY(b == 0 ? 0 : (i32)((u32)a / (u32)b));
		case OP_AND: BINARY(a & b);
		case OP_OR: BINARY(a | b);
		case OP_XOR: BINARY(a ^ b);
		case OP_SHL: BINARY((i32)((u32)a << (b & 31)));
		case OP_SHR: BINARY((i32)((u32)a >> (b & 31)));
		case OP_SAR: BINARY(a >> (b & 31));
		case OP_EQ: BINARY(a == b);
		case OP_NE: BINARY(a != b);
		case OP_LT: BINARY(a < b);
		case OP_LE: BINARY(a <= b);
		case OP_GT: BINARY(a > b);
		case OP_GE: BINARY(a >= b);
		case OP_LTU: BINARY((u32)a < (u32)b);
		case OP_MIN: BINARY(a < b ? a : b);
		case OP_MAX: BINARY(a > b ? a : b);
#undef BINARY
		case OP_NEG: m->stack[m->sp - 1] = (i32)(0u - (u32)m->stack[m->sp - 1]); break;
		case OP_NOT: m->stack[m->sp - 1] = ~m->stack[m->sp - 1]; break;
		case OP_ABS: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = a < 0 ? (i32)(0u - (u32)a) : a; break;
		case OP_JMP: pc = rd32(code + pc); break;
		case OP_JZ: pc = m->stack[--m->sp] == 0 ? rd32(code + pc) : pc + 4; break;
		case OP_JNZ: pc = m->stack[--m->sp] != 0 ? rd32(code + pc) : pc + 4; break;
		case OP_LOAD: m->stack[m->sp++] = m->vars[code[pc++]]; break;
		case OP_STORE: m->vars[code[pc++]] = m->stack[--m->sp]; break;
		case OP_INC: m->vars[code[pc]] = (i32)((u32)m->vars[code[pc]] + 1); pc++; break;
		case OP_DEC: m->vars[code[pc]] = (i32)((u32)m->vars[code[pc]] - 1); pc++; break;
		case OP_CALL: m->ret[m->rsp++] = pc + 4; pc = rd32(code + pc); break;
		case OP_RET: pc = m->ret[--m->rsp]; break;
		case OP_PRINT:
			a = m->stack[--m->sp];
			m->out_hash = m->out_hash * 31 + (u32)a;
			rt_printf("  out %d\n", a);
			break;
		case OP_NOP: break;
		default:
			rt_printf("bad opcode %u at %u\n", op, pc - 1);
			return -1;
		}
	}
}

/* The assembler: code goes into asm_buf, labels are patched at the end. */
static u8 asm_buf[2048];
static u32 asm_len;
static u32 label_pos[32];
static u32 fixup_at[64], fixup_label[64], nfixups;

static void e8(u32 v) { asm_buf[asm_len++] = (u8)v; }
static void e32(u32 v) { e8(v); e8(v >> 8); e8(v >> 16); e8(v >> 24); }
static void op(enum op o) { e8(o); }
static void push(i32 v) { op(OP_PUSH); e32((u32)v); }
static void var(enum op o, int slot) { op(o); e8((u32)slot); }
static void label(int l) { label_pos[l] = asm_len; }
static void jump(enum op o, int l)
{
	op(o);
	fixup_at[nfixups] = asm_len;
	fixup_label[nfixups++] = (u32)l;
	e32(0);
}

static void link(void)
{
	for (u32 i = 0; i < nfixups; i++) {
		u32 at = fixup_at[i], v = label_pos[fixup_label[i]];
		asm_buf[at] = (u8)v;
		asm_buf[at + 1] = (u8)(v >> 8);
		asm_buf[at + 2] = (u8)(v >> 16);
		asm_buf[at + 3] = (u8)(v >> 24);
	}
	nfixups = 0;
}

static void begin(void)
{
	asm_len = 0;
	nfixups = 0;
}

/* fib(n) iteratively for n = 0, 5, 10, ..., 45 (wrapping 32-bit). */
static void prog_fib(void)
{
	begin();
	push(0); var(OP_STORE, 0);               /* n = 0 */
	label(0);
	push(0); var(OP_STORE, 1);               /* a = 0 */
	push(1); var(OP_STORE, 2);               /* b = 1 */
	var(OP_LOAD, 0); var(OP_STORE, 3);       /* k = n */
	label(1);
	var(OP_LOAD, 3); jump(OP_JZ, 2);
	var(OP_LOAD, 1); var(OP_LOAD, 2); op(OP_DUP); var(OP_STORE, 1); op(OP_ADD); var(OP_STORE, 2);
	var(OP_DEC, 3); jump(OP_JMP, 1);
	label(2);
	var(OP_LOAD, 1); op(OP_PRINT);
	var(OP_LOAD, 0); push(5); op(OP_ADD); op(OP_DUP); var(OP_STORE, 0);
	push(50); op(OP_LT); jump(OP_JNZ, 0);
	var(OP_LOAD, 1); op(OP_HALT);
	link();
}

/* Longest Collatz chain for start values below 150. */
static void prog_collatz(void)
{
	begin();
	push(1); var(OP_STORE, 0);               /* n */
	push(0); var(OP_STORE, 4);               /* best length */
	push(0); var(OP_STORE, 5);               /* best n */
	label(0);
	var(OP_LOAD, 0); var(OP_STORE, 1);       /* x = n */
	push(0); var(OP_STORE, 2);               /* len = 0 */
	label(1);
	var(OP_LOAD, 1); push(1); op(OP_EQ); jump(OP_JNZ, 3);
	var(OP_INC, 2);
	var(OP_LOAD, 1); push(1); op(OP_AND); jump(OP_JZ, 2);
	var(OP_LOAD, 1); push(3); op(OP_MUL); push(1); op(OP_ADD); var(OP_STORE, 1); jump(OP_JMP, 1);
	label(2);
	var(OP_LOAD, 1); push(1); op(OP_SHR); var(OP_STORE, 1); jump(OP_JMP, 1);
	label(3);
	var(OP_LOAD, 2); var(OP_LOAD, 4); op(OP_GT); jump(OP_JZ, 4);
	var(OP_LOAD, 2); var(OP_STORE, 4); var(OP_LOAD, 0); var(OP_STORE, 5);
	label(4);
	var(OP_INC, 0); var(OP_LOAD, 0); push(150); op(OP_LT); jump(OP_JNZ, 0);
	var(OP_LOAD, 5); op(OP_PRINT); var(OP_LOAD, 4); op(OP_HALT);
	link();
}

/* Count and sum primes below 1000 by trial division (DIV/MOD). */
static void prog_primes(void)
{
	begin();
	push(2); var(OP_STORE, 0);               /* n */
	push(0); var(OP_STORE, 3);               /* count */
	push(0); var(OP_STORE, 4);               /* sum */
	label(0);
	push(2); var(OP_STORE, 1);               /* d */
	label(1);
	var(OP_LOAD, 1); op(OP_DUP); op(OP_MUL); var(OP_LOAD, 0); op(OP_GT); jump(OP_JNZ, 2);
	var(OP_LOAD, 0); var(OP_LOAD, 1); op(OP_MOD); jump(OP_JZ, 3);
	var(OP_INC, 1); jump(OP_JMP, 1);
	label(2);                                /* prime */
	var(OP_INC, 3); var(OP_LOAD, 4); var(OP_LOAD, 0); op(OP_ADD); var(OP_STORE, 4);
	label(3);
	var(OP_INC, 0); var(OP_LOAD, 0); push(1000); op(OP_LT); jump(OP_JNZ, 0);
	var(OP_LOAD, 3); op(OP_PRINT); var(OP_LOAD, 4); op(OP_HALT);
	link();
}

/* Recursive factorial and gcd through CALL/RET, and every other operator. */
static void prog_calls(void)
{
	begin();
	push(12); jump(OP_CALL, 10); op(OP_PRINT);          /* fact(12) */
	push(20); jump(OP_CALL, 10); op(OP_PRINT);          /* fact(20), wraps */
	push(1071); push(462); jump(OP_CALL, 11); op(OP_PRINT);
	push(-17); push(5); op(OP_DIV); op(OP_PRINT);
	push(-17); push(5); op(OP_MOD); op(OP_PRINT);
	push(-17); push(5); op(OP_DIVU); op(OP_PRINT);
	push(-256); push(4); op(OP_SAR); op(OP_PRINT);
	push(-256); push(4); op(OP_SHR); op(OP_PRINT);
	push(3); push(29); op(OP_SHL); op(OP_PRINT);
	push(0x0ff0); push(0x3c3c); op(OP_AND); push(0x5000); op(OP_OR); push(0x1111); op(OP_XOR); op(OP_PRINT);
	push(-5); op(OP_ABS); push(7); op(OP_NEG); op(OP_MIN); push(9); op(OP_MAX); op(OP_NOT); op(OP_PRINT);
	push(-1); push(1); op(OP_LTU); push(-1); push(1); op(OP_LT); push(2); op(OP_MUL); op(OP_ADD); op(OP_PRINT);
	push(4); push(4); op(OP_LE); push(4); push(4); op(OP_GE); op(OP_ADD); push(3); push(4); op(OP_NE); op(OP_ADD); op(OP_PRINT);
	push(1); push(2); push(3); op(OP_ROT); op(OP_SUB); op(OP_SUB); op(OP_PRINT);
	push(7); push(8); op(OP_OVER); op(OP_SWAP); op(OP_SUB); op(OP_SUB); op(OP_NOP); op(OP_PRINT);
	push(99); op(OP_POP); push(0); op(OP_HALT);
	label(10);                                /* fact(n): n on stack */
	op(OP_DUP); push(2); op(OP_LT); jump(OP_JNZ, 12);
	op(OP_DUP); push(1); op(OP_SUB); jump(OP_CALL, 10); op(OP_MUL);
	label(12);
	op(OP_RET);
	label(11);                                /* gcd(a, b) */
	op(OP_DUP); jump(OP_JZ, 13);
	op(OP_SWAP); op(OP_OVER); op(OP_MOD); jump(OP_CALL, 11); op(OP_RET);
	label(13);
	op(OP_POP); op(OP_RET);
	link();
}

static void run_prog(const char *name, void (*build)(void))
{
	static struct vm m;

	build();
	m.steps = 0;
	m.out_hash = 0;
	rt_printf("%s: %u bytes\n", name, asm_len);
	int r = run(&m, asm_buf, 0);
	rt_printf("%s: result=%d steps=%llu out=%08x\n", name, r, m.steps, m.out_hash);
}

/* Brainfuck: the classic "Hello World!" and a program that prints digits. */
static void bf(const char *prog, char *out, u32 outsz)
{
	u8 tape[256] = { 0 };
	u32 ptr = 0, n = 0, steps = 0;

	for (const char *p = prog; *p; p++) {
		steps++;
		switch (*p) {
		case '>': ptr = (ptr + 1) & 255; break;
		case '<': ptr = (ptr - 1) & 255; break;
		case '+': tape[ptr]++; break;
		case '-': tape[ptr]--; break;
		case '.': if (n + 1 < outsz) out[n++] = (char)tape[ptr]; break;
		case '[':
			if (!tape[ptr])
				for (int depth = 1; depth; ) {
					p++;
					depth += (*p == '[') - (*p == ']');
				}
			break;
		case ']':
			if (tape[ptr])
				for (int depth = 1; depth; ) {
					p--;
					depth += (*p == ']') - (*p == '[');
				}
			break;
		default: break;
		}
	}
	out[n] = 0;
	rt_printf("bf steps=%u: %s", steps, out);
}

int main(void)
{
	char out[128];

	rt_printf("bytecode\n");
	run_prog("fib", prog_fib);
	run_prog("collatz", prog_collatz);
	run_prog("primes", prog_primes);
	run_prog("calls", prog_calls);
	bf("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.", out, sizeof(out));
	/* c0 = 10 (counter), c1 = '0' - 1, c2 = '\n'; each pass prints c1 + 1 and a newline */
	char digits[128];
	u32 n = 0;
	for (int i = 0; i < 10; i++) digits[n++] = '+';
	digits[n++] = '>';
	for (int i = 0; i < 47; i++) digits[n++] = '+';
	digits[n++] = '>';
	for (int i = 0; i < 10; i++) digits[n++] = '+';
	memcpy(digits + n, "<<[->+.>.<<]", 13);
	bf(digits, out, sizeof(out));
	return 0;
}
