/*
 * cpu_state: a state machine in the spirit of CoreMark's: it scans a
 * generated text of comma-separated tokens and classifies each as an
 * integer, a float, a number in scientific notation or invalid, counting
 * the transitions; the text is then corrupted and scanned again.  CPU
 * benchmark set (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

enum state { S_START, S_INVALID, S_S1, S_S2, S_INT, S_FLOAT, S_EXP, S_SCI, S_COUNT };

static char text[2048];

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* One token from *p up to the next ',' or the end; returns its final state
 * and counts the transitions out of each state. */
static enum state next_token(const char **p, u32 trans[S_COUNT])
{
	const char *s = *p;
	enum state st = S_START;

	for (; *s && st != S_INVALID; s++) {
		char c = *s;
		enum state old = st;

		if (c == ',') {
			s++;
			break;
		}
		switch (st) {
		case S_START:
			st = is_digit(c) ? S_INT : (c == '+' || c == '-') ? S_S1 :
				c == '.' ? S_FLOAT : S_INVALID;
			break;
		case S_S1:
			st = is_digit(c) ? S_INT : c == '.' ? S_FLOAT : S_INVALID;
			break;
		case S_INT:
			st = c == '.' ? S_FLOAT : is_digit(c) ? S_INT : S_INVALID;
			break;
		case S_FLOAT:
			st = (c == 'E' || c == 'e') ? S_S2 : is_digit(c) ? S_FLOAT : S_INVALID;
			break;
		case S_S2:
			st = (c == '+' || c == '-') ? S_EXP : S_INVALID;
			break;
		case S_EXP:
			st = is_digit(c) ? S_SCI : S_INVALID;
			break;
		case S_SCI:
			st = is_digit(c) ? S_SCI : S_INVALID;
			break;
		default:
			break;
		}
		if (st != old)
			trans[old]++;
	}
	if (st == S_INVALID)
		while (*s && *s++ != ',')
			;
	*p = s;
	return st;
}

static const char *const pieces[] = {
	"5012", "1234", "-874", "+122", "35.54400", ".1234500", "-110.700", "+0.64400",
	"5.500e+3", "-.123e-2", "-87e+832", "+0.6e-12", "T0.3e-1F", "-T.T++Tq", "1T3.4e4z",
	"34.0e-T^",
};

static u32 round_sum(u32 seed)
{
	u32 trans[S_COUNT] = { 0 }, finals[S_COUNT] = { 0 }, len = 0, sum = 0;
	const char *p;

	while (len + 10 < sizeof(text)) {
		const char *w = pieces[(seed >> 16) % ARRAY_LEN(pieces)];

		seed = seed * 1664525u + 1013904223u;
		while (*w)
			text[len++] = *w++;
		text[len++] = ',';
	}
	text[len] = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (p = text; *p;)
			finals[next_token(&p, trans)]++;
		/* corrupt every 7th character, as CoreMark does between passes */
		for (u32 i = 0; i < len; i += 7)
			if (text[i] != ',')
				text[i] ^= (char)(pass + 1);
	}
	for (int s = 0; s < S_COUNT; s++)
		sum = sum * 31 + trans[s] * 7 + finals[s];
	return sum;
}

int main(void)
{
	u32 sum = 0;

	for (u32 r = 0; r < 4 * CPU_SCALE; r++) {
		u32 s = round_sum(r * 2654435761u + 1);

		if (r < 4)
			rt_printf("cpu_state: round %u sum %08x\n", r, s);
		sum = (sum ^ s) * 16777619u;
	}
	rt_printf("cpu_state: %u rounds, sum %08x\n", 4 * CPU_SCALE, sum);
	return 0;
}
