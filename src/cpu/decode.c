/*
 * The table-driven decoder: turns an ARM or Thumb encoding into a struct insn by
 * finding the most specific matching entry of the tables described in decode.h.
 * Tables are compiled from their patterns once, sorted most specific first, and
 * bucketed by a few opcode bits so a lookup scans only the candidates.
 */
#include <assert.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

#define ENTRY(id, pattern, fn) { #id, pattern, fn, 0, 0, 0, false },

static struct decode_entry arm_entries[] = {
#define INSN ENTRY
#include "arm_all.inc"
#undef INSN
	{ NULL, NULL, NULL, 0, 0, 0, false }
};

static struct decode_entry t16_entries[] = {
#define INSN ENTRY
#include "t16_all.inc"
#undef INSN
	{ NULL, NULL, NULL, 0, 0, 0, false }
};

static struct decode_entry t32_entries[] = {
#define INSN ENTRY
#include "t32_all.inc"
#undef INSN
	{ NULL, NULL, NULL, 0, 0, 0, false }
};

/* Bucket keys: ARM bits [27:20]:[7:4]; T16 bits [15:8]; T32 hw1[10:4]:hw2[15]. */
#define BUCKETS 4096u

struct table {
	struct decode_entry *entries;
	size_t count;
	unsigned width;
	/* For each bucket, the indexes of the entries that can match, ending in -1. */
	int *bucket_start[BUCKETS];
};

static struct table tables[TABLE_COUNT] = {
	[TABLE_ARM] = { arm_entries, 0, 32, { 0 } },
	[TABLE_T16] = { t16_entries, 0, 16, { 0 } },
	[TABLE_T32] = { t32_entries, 0, 32, { 0 } },
};

static unsigned bucket_of(enum decode_table t, uint32_t enc)
{
	switch (t) {
	case TABLE_ARM: return bits(enc, 27, 20) << 4 | bits(enc, 7, 4);
	case TABLE_T16: return bits(enc, 15, 8);
	default:        return bits(enc, 26, 20) << 1 | bit(enc, 15);
	}
}

/* The (mask, value) of the bucket key bits, to test an entry against a bucket. */
static void bucket_bits(enum decode_table t, unsigned key, uint32_t *mask, uint32_t *value)
{
	switch (t) {
	case TABLE_ARM:
		*mask = 0x0ff000f0;
		*value = (key >> 4) << 20 | (key & 0xf) << 4;
		break;
	case TABLE_T16:
		*mask = 0xff00;
		*value = key << 8;
		break;
	default:
		*mask = 0x07f08000;
		*value = (key >> 1) << 20 | (key & 1) << 15;
		break;
	}
}

static unsigned bucket_count(enum decode_table t)
{
	return t == TABLE_T16 ? 256 : t == TABLE_T32 ? 256 : 4096;
}

static void compile_entry(struct decode_entry *e, unsigned width, bool arm)
{
	unsigned n = 0;
	for (const char *p = e->pattern; *p; p++) {
		if (*p == ' ')
			continue;
		unsigned b = width - 1 - n++;
		if (*p == '0' || *p == '1') {
			e->mask |= 1u << b;
			e->value |= (uint32_t)(*p - '0') << b;
			e->fixed_bits++;
		}
	}
	assert(n == width && "decoder pattern of the wrong length");
	e->needs_cond = arm && strncmp(e->pattern, "cccc", 4) == 0;
}

static int by_specificity(const void *a, const void *b)
{
	const struct decode_entry *x = a, *y = b;
	if (x->fixed_bits != y->fixed_bits)
		return x->fixed_bits > y->fixed_bits ? -1 : 1;
	return strcmp(x->id, y->id);
}

static void compile_table(enum decode_table t)
{
	struct table *tab = &tables[t];
	size_t n = 0;
	while (tab->entries[n].id)
		compile_entry(&tab->entries[n++], tab->width, t == TABLE_ARM);
	tab->count = n;
	qsort(tab->entries, n, sizeof(*tab->entries), by_specificity);

	for (unsigned key = 0; key < bucket_count(t); key++) {
		uint32_t bmask, bvalue;
		bucket_bits(t, key, &bmask, &bvalue);
		int *list = malloc((n + 1) * sizeof(*list));
		assert(list);
		size_t k = 0;
		for (size_t i = 0; i < n; i++) {
			const struct decode_entry *e = &tab->entries[i];
			uint32_t common = e->mask & bmask;
			if ((e->value & common) == (bvalue & common))
				list[k++] = (int)i;
		}
		list[k] = -1;
		tab->bucket_start[key] = list;
	}
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void compile_tables(void)
{
	for (int t = 0; t < TABLE_COUNT; t++)
		compile_table((enum decode_table)t);
}

const struct decode_entry *decode_entries(enum decode_table t, size_t *count)
{
	pthread_once(&tables_once, compile_tables);
	*count = tables[t].count;
	return tables[t].entries;
}

static const struct decode_entry *lookup(enum decode_table t, uint32_t enc)
{
	const struct table *tab = &tables[t];
	for (const int *i = tab->bucket_start[bucket_of(t, enc)]; *i >= 0; i++) {
		const struct decode_entry *e = &tab->entries[*i];
		if ((enc & e->mask) != e->value)
			continue;
		if (e->needs_cond && bits(enc, 31, 28) == COND_NV)
			continue;
		return e;
	}
	return NULL;
}

void decode(enum isa isa, uint32_t enc, struct insn *out)
{
	pthread_once(&tables_once, compile_tables);
	enum decode_table t = isa == ISA_ARM ? TABLE_ARM
			      : thumb_is_32bit(enc >> 16) ? TABLE_T32 : TABLE_T16;
	const struct decode_entry *e = lookup(t, enc);

	memset(out, 0, sizeof(*out));
	out->cond = COND_AL;
	out->len = t == TABLE_T16 ? 2 : 4;
	out->raw = enc;
	if (isa == ISA_THUMB)
		out->flags = INSN_THUMB;
	if (e && e->needs_cond)
		out->cond = (uint8_t)bits(enc, 31, 28);
	if (!e || !e->fn(out, enc)) {
		uint8_t len = out->len;
		memset(out, 0, sizeof(*out));
		out->op = OP_UNDEF;
		out->cond = isa == ISA_ARM && bits(enc, 31, 28) != COND_NV
			    ? (uint8_t)bits(enc, 31, 28) : COND_AL;
		out->len = len;
		out->raw = enc;
		out->flags = isa == ISA_THUMB ? INSN_THUMB : 0;
	}
}
