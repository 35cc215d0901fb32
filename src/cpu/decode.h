/*
 * The decoder's tables (see include/insn.h and docs/architecture.md):
 *   arm_<class>.inc  ARM encodings, 32-character patterns;
 *   t16_<class>.inc  16-bit Thumb encodings, 16-character patterns;
 *   t32_<class>.inc  32-bit Thumb encodings, 32 characters (hw1 then hw2).
 * Each line is INSN(ID, "pattern", decode_fn). In a pattern '0' and '1' are fixed
 * bits, any other letter a field, spaces are ignored. An ARM pattern that starts
 * with "cccc" matches only when cond != 0b1111. Among the entries that match, the
 * one with the most fixed bits wins; tests/unit/test_decode_table.c checks that no
 * encoding is matched by two equally specific entries.
 *
 * decode_fn(in, enc) gets *in zeroed except cond, len, raw and INSN_THUMB, fills
 * op and the fields, and returns false for an UNDEFINED encoding.
 */
#ifndef ARMVM_DECODE_H
#define ARMVM_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "insn.h"

typedef bool decode_fn(struct insn *in, uint32_t enc);

#define INSN(id, pattern, fn) decode_fn fn;
#include "arm_all.inc"
#include "t16_all.inc"
#include "t32_all.inc"
#undef INSN

enum decode_table { TABLE_ARM, TABLE_T16, TABLE_T32, TABLE_COUNT };

struct decode_entry {
	const char *id;
	const char *pattern;
	decode_fn *fn;
	uint32_t mask, value;
	unsigned fixed_bits;
	bool needs_cond;          /* ARM: cond != 0b1111 */
};

/* Set flag in in->flags when cond holds (a bit of the encoding, usually). */
static inline void flag_if(struct insn *in, bool cond, uint16_t flag)
{
	if (cond)
		in->flags |= flag;
}

/* The entries of a table, most specific first. */
const struct decode_entry *decode_entries(enum decode_table t, size_t *count);

#endif
