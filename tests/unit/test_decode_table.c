/*
 * The decoder tables themselves: patterns are well formed, no encoding is
 * matched by two equally specific entries (which would make the choice depend
 * on table order), and every entry decodes at least one encoding itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "decode.h"

static const char *const table_names[TABLE_COUNT] = { "arm", "t16", "t32" };

static bool entries_overlap(const struct decode_entry *a, const struct decode_entry *b)
{
	uint32_t common = a->mask & b->mask;
	if ((a->value ^ b->value) & common)
		return false;
	/* A "cccc" entry never matches cond 1111; an entry fixing cond to 1111 only does. */
	if (a->needs_cond && (b->mask >> 28) == 0xf && (b->value >> 28) == 0xf)
		return false;
	if (b->needs_cond && (a->mask >> 28) == 0xf && (a->value >> 28) == 0xf)
		return false;
	return true;
}

static void test_no_ambiguous_entries(void **state)
{
	(void)state;
	int errors = 0;
	for (int t = 0; t < TABLE_COUNT; t++) {
		size_t n;
		const struct decode_entry *e = decode_entries((enum decode_table)t, &n);
		for (size_t i = 0; i < n; i++)
			for (size_t j = i + 1; j < n && e[j].fixed_bits == e[i].fixed_bits; j++)
				if (entries_overlap(&e[i], &e[j])) {
					printf("%s: %s and %s match the same encodings equally\n",
					       table_names[t], e[i].id, e[j].id);
					errors++;
				}
	}
	assert_int_equal(errors, 0);
}

static uint32_t next_random(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

/* Random encodings that fit an entry's pattern: at least one of them must be
 * decoded through that entry (its op differs from OP_UNDEF or it says UNDEF
 * itself); otherwise more specific entries hide it completely. */
static void test_every_entry_reachable(void **state)
{
	(void)state;
	int errors = 0;
	for (int t = 0; t < TABLE_COUNT; t++) {
		size_t n;
		const struct decode_entry *e = decode_entries((enum decode_table)t, &n);
		for (size_t i = 0; i < n; i++) {
			uint32_t seed = 0x12345678u + (uint32_t)i;
			bool reached = false;
			for (int k = 0; k < 4096 && !reached; k++) {
				uint32_t enc = (next_random(&seed) & ~e[i].mask) | e[i].value;
				if (t == TABLE_T16)
					enc &= 0xffff;
				if (e[i].needs_cond && (enc >> 28) == 0xf)
					continue;
				reached = true;
				for (size_t j = 0; j < i && reached; j++)
					if ((enc & e[j].mask) == e[j].value &&
					    !(e[j].needs_cond && (enc >> 28) == 0xf))
						reached = false;
			}
			if (!reached) {
				printf("%s: %s is never chosen\n", table_names[t], e[i].id);
				errors++;
			}
		}
	}
	assert_int_equal(errors, 0);
}

static void test_patterns_have_fixed_bits(void **state)
{
	(void)state;
	for (int t = 0; t < TABLE_COUNT; t++) {
		size_t n;
		const struct decode_entry *e = decode_entries((enum decode_table)t, &n);
		for (size_t i = 0; i < n; i++)
			assert_true(e[i].fixed_bits >= 4);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_patterns_have_fixed_bits),
		cmocka_unit_test(test_no_ambiguous_entries),
		cmocka_unit_test(test_every_entry_reachable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
