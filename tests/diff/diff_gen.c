/*
 * Random instructions: random fields poured into encoding templates, decoded,
 * and kept when diff_insn_ok() accepts them (diff_flow.c arranges them into
 * sequences).
 *
 * Template letters (spaces ignored; a run of one letter is one field):
 *   0 1  fixed bits
 *   c    condition (ARM): AL half of the time, else EQ..LE
 *   r s  any register (3 or 4 bits); the checks reject SP and PC where not allowed
 *   b    a base register (r12 or SP in ARM, r7 or SP in Thumb; r7 in 3 bits)
 *   x    the index register (r11 in ARM, r6 in Thumb)
 *   w    Rm of an Advanced SIMD load/store: SP (write-back by the size), PC
 *        (none) or the index register
 *   l    register list: random, without reserved registers, SP and PC
 *   i    random bits
 * Offsets are kept small by fixed zero bits (see DIFF_MAX_STEP in diff.h).
 * Write-back offsets are word multiples but for the index register, so that a
 * base register stays aligned for LDM and LDRD in most sequences (unaligned,
 * they end in an alignment fault).
 */
#include <stdlib.h>
#include <string.h>

#include "diff.h"

struct tmpl {
	const char *pattern;
	unsigned weight;
};

/* ARM ARM A5.2-A5.5. */
static const struct tmpl arm_tmpl[] = {
	{ "cccc 001i iiii rrrr ssss iiii iiii iiii", 6 }, /* dp immediate, MOVW/MOVT */
	{ "cccc 000i iiii rrrr ssss iiii iii0 rrrr", 6 }, /* dp register, QADD, SMLAxy, CLZ */
	{ "cccc 000i iiii rrrr ssss rrrr 0ii1 ssss", 4 }, /* dp register-shifted register */
	{ "cccc 0000 iii1 rrrr ssss 0000 0110 rrrr", 1 }, /* AND...RSC with S and RRX (reads C) */
	{ "cccc 0000 iiii rrrr ssss rrrr 1001 ssss", 3 }, /* multiplies */
	{ "cccc 0110 0iii rrrr ssss 1111 iii1 rrrr", 3 }, /* parallel add/subtract */
	{ "cccc 0110 1iii rrrr ssss iiii iii1 rrrr", 4 }, /* extend, pack, sat, rev, SEL */
	{ "cccc 0111 iiii rrrr ssss rrrr iii1 ssss", 4 }, /* dual multiplies, USAD8, bit fields */
	{ "cccc 010i iiii bbbb rrrr 0000 iiii ii00", 4 }, /* LDR/STR(B) immediate */
	{ "cccc 0101 ii0i bbbb rrrr 0000 iiii iiii", 1 }, /* ... any offset, no write-back */
	{ "cccc 011i iiii bbbb rrrr 000i iii0 xxxx", 3 }, /* LDR/STR(B) register */
	{ "cccc 000i i1ii bbbb rrrr iiii 1ii1 ii00", 4 }, /* H, SB, SH, D immediate */
	{ "cccc 0001 i10i bbbb rrrr iiii 1ii1 iiii", 1 },
	{ "cccc 000i i0ii bbbb rrrr 0000 1ii1 xxxx", 2 }, /* H, SB, SH, D register */
	{ "cccc 100i i0ii bbbb llll llll llll llll", 3 }, /* LDM/STM */
	{ "cccc 0101 ii01 1111 rrrr iiii iiii iiii", 1 }, /* LDR(B) literal */
	{ "cccc 0001 i10i 1111 rrrr iiii 1ii1 iiii", 1 }, /* LDRH/SB/SH/D literal */
	{ "cccc 0001 1ii1 bbbb rrrr 1111 1001 1111", 2 }, /* LDREX{,D,B,H} */
	{ "cccc 0001 1ii0 bbbb rrrr 1111 1001 rrrr", 2 }, /* STREX{,D,B,H} */
	{ "cccc 0001 0i00 bbbb rrrr 0000 1001 rrrr", 1 }, /* SWP, SWPB */
	{ "1111 0101 0111 1111 1111 0000 0001 1111", 1 }, /* CLREX */
	{ "1111 001i iiii iiii iiii iiii iiii iiii", 4 }, /* Advanced SIMD data processing */
	{ "1111 0100 iii0 bbbb iiii iiii iiii wwww", 2 }, /* VLDn/VSTn */
	{ "1111 0100 0ii0 bbbb iiii ii1i iiii wwww", 2 }, /* VLD1/VST1 (multiple) */
};

/* ARM ARM A6.2. */
static const struct tmpl t16_tmpl[] = {
	{ "000i iiii iirr rsss", 5 },  /* shift immediate, ADD/SUB register, imm3 */
	{ "001i irrr iiii iiii", 4 },  /* MOV/CMP/ADD/SUB imm8 */
	{ "0100 00ii iirr rsss", 5 },  /* ALU, MULS */
	{ "0100 01ii irrr rsss", 2 },  /* high registers ADD/CMP/MOV */
	{ "1011 i01i iirr rsss", 2 },  /* extend, reverse */
	{ "1010 irrr iiii iiii", 1 },  /* ADR, ADD Rd, SP, #imm */
	{ "1011 0000 iiii iiii", 1 },  /* ADD/SUB SP, #imm */
	{ "0101 iiix xxbb brrr", 3 },  /* load/store register offset */
	{ "011i iiii iibb brrr", 3 },  /* LDR/STR(B) imm5 */
	{ "1000 iiii iibb brrr", 2 },  /* LDRH/STRH imm5 */
	{ "1001 irrr iiii iiii", 2 },  /* LDR/STR SP-relative */
	{ "0100 1rrr iiii iiii", 1 },  /* LDR literal */
	{ "1100 ibbb llll llll", 2 },  /* LDM/STM */
	{ "1011 i10i llll llll", 2 },  /* PUSH/POP */
};

/* ARM ARM A6.3. */
static const struct tmpl t32_tmpl[] = {
	{ "11110 i0i iiii rrrr 0iii ssss iiii iiii", 6 }, /* dp modified immediate */
	{ "11110 i1i iiii rrrr 0iii ssss iiii iiii", 4 }, /* plain immediate, bit fields, SSAT */
	{ "1110 101i iiii rrrr 0iii ssss iiii rrrr", 6 }, /* dp shifted register */
	{ "1111 1010 iiii rrrr 1111 ssss iiii rrrr", 6 }, /* shifts, extends, parallel, misc */
	{ "1111 1011 0iii rrrr ssss rrrr iiii ssss", 3 }, /* multiplies, accumulate */
	{ "1111 1011 1iii rrrr ssss rrrr iiii ssss", 2 }, /* long multiplies */
	{ "1111 100i 1iii bbbb rrrr 0000 iiii iiii", 3 }, /* load/store imm12 */
	{ "1111 100i 0iii bbbb rrrr 1iii iiii ii00", 2 }, /* load/store imm8, unprivileged */
	{ "1111 100i 0iii bbbb rrrr 110i iiii iiii", 1 },
	{ "1111 100i 0iii bbbb rrrr 0000 00ii xxxx", 2 }, /* load/store register */
	{ "1111 100i iii1 1111 rrrr iiii iiii iiii", 1 }, /* literal loads */
	{ "1110 100i i1ii bbbb rrrr ssss 00ii iiii", 3 }, /* LDRD/STRD */
	{ "1110 100i i0ii bbbb llll llll llll llll", 2 }, /* LDM/STM */
	{ "1110 1000 0101 bbbb rrrr 1111 0000 00ii", 1 }, /* LDREX */
	{ "1110 1000 0100 bbbb rrrr rrrr 0000 00ii", 1 }, /* STREX */
	{ "1110 1000 1101 bbbb rrrr 1111 010i 1111", 1 }, /* LDREXB, LDREXH */
	{ "1110 1000 1101 bbbb rrrr ssss 0111 1111", 1 }, /* LDREXD */
	{ "1110 1000 1100 bbbb rrrr 1111 010i rrrr", 1 }, /* STREXB, STREXH */
	{ "1110 1000 1100 bbbb rrrr ssss 0111 rrrr", 1 }, /* STREXD */
	{ "1111 0011 1011 1111 1000 1111 0010 1111", 1 }, /* CLREX */
	{ "111i 1111 iiii iiii iiii iiii iiii iiii", 4 }, /* Advanced SIMD data processing */
	{ "1111 1001 iii0 bbbb iiii iiii iiii wwww", 2 }, /* VLDn/VSTn */
	{ "1111 1001 0ii0 bbbb iiii ii1i iiii wwww", 2 }, /* VLD1/VST1 (multiple) */
};

struct field {
	char letter;
	uint8_t lsb, width;
};

struct compiled {
	uint32_t value;           /* fixed bits */
	uint32_t weight;
	unsigned nfields;
	struct field field[16];
};

#define MAX_TMPL 24
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
_Static_assert(COUNT(arm_tmpl) <= MAX_TMPL && COUNT(t16_tmpl) <= MAX_TMPL &&
	       COUNT(t32_tmpl) <= MAX_TMPL, "MAX_TMPL too small");
struct table {
	struct compiled t[MAX_TMPL];
	unsigned n, total;
};

/* The compiled templates: 0 = ARM, 1 = 16-bit Thumb, 2 = 32-bit Thumb. */
struct diff_gen {
	struct table tables[3];
};

static void compile(struct table *tab, const struct tmpl *src, unsigned n)
{
	for (unsigned k = 0; k < n; k++) {
		struct compiled *c = &tab->t[tab->n++];
		unsigned len = 0;
		for (const char *p = src[k].pattern; *p; p++)
			len += *p != ' ';
		unsigned bitpos = len;
		char prev = 0;
		memset(c, 0, sizeof(*c));
		c->weight = src[k].weight;
		for (const char *p = src[k].pattern; *p; p++) {
			if (*p == ' ')
				continue;
			bitpos--;
			if (*p == '0' || *p == '1') {
				c->value |= (uint32_t)(*p - '0') << bitpos;
				prev = 0;
				continue;
			}
			if (*p == prev) {
				c->field[c->nfields - 1].lsb = (uint8_t)bitpos;
				c->field[c->nfields - 1].width++;
			} else {
				c->field[c->nfields++] = (struct field){ *p, (uint8_t)bitpos, 1 };
			}
			prev = *p;
		}
		tab->total += c->weight;
	}
}

struct diff_gen *diff_gen_create(void)
{
	struct diff_gen *g = calloc(1, sizeof(*g));
	if (g) {
		compile(&g->tables[0], arm_tmpl, COUNT(arm_tmpl));
		compile(&g->tables[1], t16_tmpl, COUNT(t16_tmpl));
		compile(&g->tables[2], t32_tmpl, COUNT(t32_tmpl));
	}
	return g;
}

static uint32_t field_value(struct rng *r, const struct field *f, enum isa isa, uint32_t keep)
{
	const struct diff_regs *rr = isa == ISA_ARM ? &diff_regs_arm : &diff_regs_thumb;
	uint32_t mask = (uint32_t)((1ull << f->width) - 1);

	switch (f->letter) {
	case 'c':
		return rng_below(r, 2) ? COND_AL : rng_below(r, COND_AL);
	case 'b':
		return f->width == 3 || rng_below(r, 2) ? rr->base : 13;
	case 'x':
		return rr->index;
	case 'w':
		return (uint32_t[]){ 13, 15, rr->index }[rng_below(r, 3)];
	case 'r':
	case 's':
		/* 1111 selects many forms (SMUL for SMLA, SXTB for SXTAB...). */
		return f->width == 4 && rng_below(r, 6) == 0 ? 15 : (uint32_t)rng_next(r) & mask;
	case 'l':
		return (uint32_t)rng_next(r) & mask & ~keep &
		       ~(1u << rr->base | 1u << rr->index | 1u << 13 | 1u << 15);
	default:
		return (uint32_t)rng_next(r) & mask;
	}
}

static uint32_t expand(struct rng *r, const struct table *tab, enum isa isa, uint32_t keep)
{
	uint32_t pick = rng_below(r, tab->total);
	const struct compiled *c = tab->t;
	while (pick >= c->weight)
		pick -= c++->weight;
	uint32_t enc = c->value;
	for (unsigned i = 0; i < c->nfields; i++)
		enc |= field_value(r, &c->field[i], isa, keep) << c->field[i].lsb;
	return enc;
}

/* One instruction the checks accept; Thumb: 16-bit or 32-bit at random. */
void diff_gen_insn(const struct diff_gen *g, struct rng *r, enum isa isa, bool in_it,
		   uint32_t keep, struct diff_insn *out)
{
	for (;;) {
		const struct table *tab = &g->tables[0];
		if (isa == ISA_THUMB)
			tab = &g->tables[rng_below(r, 2) ? 1 : 2];
		out->enc = expand(r, tab, isa, keep);
		out->isa = (uint8_t)isa;
		out->data = 0;
		decode(isa, out->enc, &out->in);
		if (diff_insn_ok(&out->in, isa, in_it, keep))
			return;
	}
}
