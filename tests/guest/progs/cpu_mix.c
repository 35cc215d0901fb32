/*
 * cpu_mix: string and integer mixes in the spirit of Dhrystone: records
 * copied by value and linked, 30-character strings copied and compared,
 * enumerations, one- and two-dimensional arrays, small procedures passing
 * values by reference.  The string routines are the program's own, so the
 * host build does the same work.  CPU benchmark set (bench/cpu_set.py):
 * 2000 * CPU_SCALE loops.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

enum kind { K_A, K_B, K_C, K_D, K_E };

struct rec {
	struct rec *next;
	enum kind discr;
	enum kind kind;
	i32 value;
	char text[31];
};

static struct rec rec_a, rec_b;
static struct rec *glob;
static i32 arr1[50], arr2[50][50];
static i32 glob_int;
static char glob_ch1, glob_ch2;
static int glob_bool;

static void s_copy(char *d, const char *s)
{
	while ((*d++ = *s++) != 0)
		;
}

static int s_cmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (u8)*a - (u8)*b;
}

static enum kind kind_of(char c1, char c2)
{
	return c1 != c2 ? K_A : (glob_ch1 = c1, K_B);
}

static int strings_differ(const char *s1, const char *s2)
{
	i32 i = 2;
	char c = 'A';

	while (i <= 2)
		if (kind_of(s1[i], s2[i + 1]) == K_A) {
			c = 'A';
			i++;
		}
	if (c >= 'W' && c < 'Z')
		i = 7;
	if (c == 'R')
		return 1;
	if (s_cmp(s1, s2) > 0) {
		glob_int = i + 7;
		return 1;
	}
	return 0;
}

static int kind_ok(enum kind k)
{
	return k == K_C;
}

static void next_kind(enum kind in, enum kind *out)
{
	*out = in;
	if (!kind_ok(in))
		*out = K_D;
	switch (in) {
	case K_A:
		*out = K_A;
		break;
	case K_B:
		*out = glob_int > 100 ? K_A : K_D;
		break;
	case K_C:
		*out = K_B;
		break;
	case K_D:
		break;
	case K_E:
		*out = K_C;
		break;
	}
}

static void add7(i32 a, i32 b, i32 *out)
{
	*out = b + a + 2;
}

static void fill_arrays(i32 *a1, i32 (*a2)[50], i32 i1, i32 i2)
{
	i32 loc = i1 + 5;

	a1[loc] = i2;
	a1[loc + 1] = a1[loc];
	a1[loc + 30] = loc;
	for (i32 i = loc; i <= loc + 1; i++)
		a2[loc][i] = loc;
	a2[loc][loc - 1] += 1;
	a2[loc + 20][loc] = a1[loc];
	glob_int = 5;
}

static void bump(i32 *p)
{
	i32 loc = *p + 10;

	for (;;) {
		if (glob_ch1 == 'A') {
			loc -= 1;
			*p = loc - glob_int;
			return;
		}
		loc -= 1;
		if (loc < 0)
			return;
	}
}

static void update(struct rec *r)
{
	struct rec *next = r->next;

	*next = *glob;
	r->value = 5;
	next->value = r->value;
	next->next = r->next;
	next->value = glob_int > 10 ? glob_int - 10 : glob_int + 10;
	if (next->discr == K_A) {
		next->value = 6;
		next_kind(r->kind, &next->kind);
		next->next = glob->next;
		add7(next->value, 10, &next->value);
	} else {
		*r = *next;
	}
}

int main(void)
{
	u32 sum = 0, loops = 2000 * CPU_SCALE;
	char s1[31], s2[31];
	i32 i1 = 0, i2 = 0, i3 = 0;
	enum kind k = K_B;

	rec_a.next = &rec_b;
	rec_a.discr = K_A;
	rec_a.kind = K_C;
	rec_a.value = 40;
	s_copy(rec_a.text, "A PROGRAM OF OUR OWN, 1ST STR");
	glob = &rec_a;
	s_copy(s1, "A PROGRAM OF OUR OWN, 1'ST STR");
	arr2[8][7] = 10;
	for (u32 run = 1; run <= loops; run++) {
		glob_ch1 = 'A';
		glob_ch2 = 'B';
		glob_bool = !glob_bool;
		i1 = 2;
		i2 = 3;
		s_copy(s2, "A PROGRAM OF OUR OWN, 2'ND STR");
		k = K_B;
		glob_bool = !strings_differ(s1, s2);
		while (i1 < i2) {
			i3 = 5 * i1 - i2;
			add7(i1, i2, &i3);
			i1 += 1;
		}
		fill_arrays(arr1, arr2, i1, i3);
		update(glob);
		for (char c = 'A'; c <= glob_ch2; c++)
			if (k == kind_of(c, 'C')) {
				next_kind(K_A, &k);
				s_copy(s2, "A PROGRAM OF OUR OWN, 3'RD STR");
				i2 = (i32)run;
				glob_int = (i32)run;
			}
		i2 = i2 * i1;
		i1 = i2 / i3;
		i2 = 7 * (i2 - i3) - i1;
		bump(&i1);
		sum = sum * 33 + (u32)(i1 + i2 + i3 + glob_int + rec_b.value) + (u32)k;
	}
	rt_printf("cpu_mix: %u loops: ints %d %d %d %d, kind %d, bool %d, ch %c%c\n", loops,
		  (int)i1, (int)i2, (int)i3, (int)glob_int, (int)k, glob_bool, glob_ch1, glob_ch2);
	rt_printf("cpu_mix: arrays %d %d, rec %d %d %d %s\n", (int)arr1[8], (int)arr2[8][7],
		  (int)rec_b.discr, (int)rec_b.kind, (int)rec_b.value, rec_b.text);
	rt_printf("cpu_mix: s1 %s, s2 %s, sum %08x\n", s1, s2, sum);
	return 0;
}
