/*
 * A sequence while it is built (diff_flow.c) and laid out (diff_layout.c):
 * items with their offsets, and for branches how their target is encoded and
 * which labels it may be.
 */
#ifndef DIFF_FLOW_H
#define DIFF_FLOW_H

#include "diff.h"

/* How a branch (or ADR, or table entry) encodes its target. */
enum fix {
	FIX_NONE,
	FIX_A_B,      /* ARM B, BL: imm24 */
	FIX_A_BLX,    /* ARM BLX (immediate): imm24:H */
	FIX_A_ADR,    /* ARM ADR (ADD Rd, PC, #const) */
	FIX_T_B1,     /* Thumb B<c> T1: imm8 */
	FIX_T_B2,     /* B T2: imm11 */
	FIX_T_B3,     /* B<c>.W T3 */
	FIX_T_B4,     /* B.W T4, BL */
	FIX_T_BLX,    /* BLX (immediate) T2 */
	FIX_T_CBZ,    /* CBZ, CBNZ */
	FIX_T_ADR,    /* ADR T3 (ADDW Rd, PC, #imm12) */
	FIX_TBB,      /* a table entry of the TBB/TBH at item `from` */
	FIX_TBH,
};

struct item {
	uint32_t enc;           /* without the target's bits */
	uint16_t off;           /* from the 4-aligned origin */
	uint16_t op;            /* what enc must decode to (data: 0) */
	uint8_t len, isa, zone;
	bool label;             /* a branch may land here */
	bool data;
	bool exact;             /* the target is item min, whatever it is */
	bool tbit;              /* ADR: the target is Thumb code (bit 0 set) */
	bool vital;             /* a branch that must not become a NOP */
	uint8_t fix;            /* enum fix */
	uint8_t tisas;          /* the target's instruction sets: 1 << enum isa */
	int16_t min;            /* the first item the target may be */
	int16_t from;           /* FIX_TBB/TBH: the table branch */
};

struct flow {
	const struct diff_gen *g;
	struct rng *r;
	struct item it[DIFF_MAX_ITEMS];
	unsigned n;
	unsigned off;           /* the next item's */
	enum isa isa;           /* the next item's */
	unsigned zone, zones;   /* the current zone (0: straight-line code) */
	unsigned budget;        /* random instructions still to place */
	unsigned segments;      /* instruction-set switches so far */
	bool mixed;             /* ARM and Thumb: both keep their reserved registers */
	uint32_t keep;          /* registers (and DIFF_KEEP_STACK) the zone keeps */
};

/* diff_layout.c: pick and encode every target (false: impossible, start
 * again); write the sequence out. */
bool diff_layout_resolve(struct flow *f);
void diff_layout_finish(const struct flow *f, unsigned phase, struct diff_seq *s,
			uint64_t *op_counts);

#endif
