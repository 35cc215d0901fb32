/*
 * Layout of a generated sequence: each branch's target is picked among the
 * labels it may reach (forward, of an instruction set it can enter, in
 * straight-line code or its own zone, in the encoding's range), encoded, and
 * checked by decoding it again; then the items become bytes.
 */
#include <stdio.h>
#include <stdlib.h>

#include "diff_flow.h"

/* ARMExpandImm's inverse (A5.2.4): value = imm8 rotated right by 2 * rot. */
static bool arm_mod_imm(uint32_t v, uint32_t *imm12)
{
	for (unsigned rot = 0; rot < 16; rot++) {
		uint32_t x = rot ? v << 2 * rot | v >> (32 - 2 * rot) : v;
		if (x < 256) {
			*imm12 = rot << 8 | x;
			return true;
		}
	}
	return false;
}

/* S:I1:I2:imm10:imm11 of B T4, BL T1, BLX T2 (A8.8.18, A8.8.25). */
static uint32_t t32_b4(int32_t d)
{
	uint32_t v = (uint32_t)d, s = v >> 24 & 1;
	uint32_t j1 = !((v >> 23 & 1) ^ s), j2 = !((v >> 22 & 1) ^ s);
	return s << 26 | (v >> 12 & 0x3ff) << 16 | j1 << 13 | j2 << 11 | (v >> 1 & 0x7ff);
}

/* S:J2:J1:imm6:imm11 of B T3. */
static uint32_t t32_b3(int32_t d)
{
	uint32_t v = (uint32_t)d;
	return (v >> 20 & 1) << 26 | (v >> 12 & 0x3f) << 16 | (v >> 18 & 1) << 13 |
	       (v >> 19 & 1) << 11 | (v >> 1 & 0x7ff);
}

static bool in_span(int32_t d, int32_t lo, int32_t hi)
{
	return d >= lo && d <= hi;
}

/* The encoding of item it with target t (tbit: for an ADR, t is Thumb
 * code); false when out of range. */
static bool encode(const struct flow *f, const struct item *it, const struct item *t, bool tbit,
		   uint32_t *enc)
{
	int32_t a = it->off, b = t->off, d = b - (a + (it->isa == ISA_THUMB ? 4 : 8));
	int32_t aligned = b - ((a + 4) & ~3);   /* Thumb, from Align(PC, 4) */
	uint32_t imm12;

	switch (it->fix) {
	case FIX_A_B:
		*enc = it->enc | ((uint32_t)d >> 2 & 0xffffff);
		return true;
	case FIX_A_BLX:
		*enc = it->enc | ((uint32_t)d >> 1 & 1) << 24 | ((uint32_t)d >> 2 & 0xffffff);
		return true;
	case FIX_A_ADR:
		if (d + tbit < 0 || !arm_mod_imm((uint32_t)(d + tbit), &imm12))
			return false;
		*enc = it->enc | imm12;
		return true;
	case FIX_T_B1:
		*enc = it->enc | ((uint32_t)d >> 1 & 0xff);
		return in_span(d, -256, 254);
	case FIX_T_B2:
		*enc = it->enc | ((uint32_t)d >> 1 & 0x7ff);
		return in_span(d, -2048, 2046);
	case FIX_T_B3:
		*enc = it->enc | t32_b3(d);
		return true;
	case FIX_T_B4:
		*enc = it->enc | t32_b4(d);
		return true;
	case FIX_T_BLX:
		*enc = it->enc | t32_b4(aligned);
		return true;
	case FIX_T_CBZ:
		*enc = it->enc | ((uint32_t)d >> 6 & 1) << 9 | ((uint32_t)d >> 1 & 0x1f) << 3;
		return in_span(d, 0, 126);
	case FIX_T_ADR:
		d = aligned + tbit;
		*enc = it->enc | ((uint32_t)d >> 11 & 1) << 26 | ((uint32_t)d >> 8 & 7) << 12 |
		       ((uint32_t)d & 0xff);
		return in_span(d, 0, 4095);
	case FIX_TBB:
	case FIX_TBH:
		d = b - (f->it[it->from].off + 4);
		*enc = (uint32_t)d / 2;
		return in_span(d, 0, it->fix == FIX_TBB ? 510 : 131070);
	default:
		return false;
	}
}

/* A branch without a possible target becomes a NOP of its size (in an IT
 * block too); false for those that cannot (ADR, exact targets). */
static bool neutralize(struct item *it)
{
	if (it->exact || it->vital || it->fix == FIX_A_ADR || it->fix == FIX_T_ADR ||
	    it->fix >= FIX_TBB)
		return false;
	it->enc = it->isa == ISA_ARM ? 0xe320f000u : it->len == 2 ? 0xbf00u : 0xf3af8000u;
	it->op = OP_NOP;
	it->fix = FIX_NONE;
	return true;
}

bool diff_layout_resolve(struct flow *f)
{
	unsigned cand[DIFF_MAX_ITEMS];

	for (unsigned i = 0; i < f->n; i++) {
		struct item *it = &f->it[i];
		uint32_t enc;
		if (!it->fix)
			continue;
		if (it->exact) {
			if (!encode(f, it, &f->it[it->min], it->tbit, &enc))
				return false;
			it->enc = enc;
			continue;
		}
		unsigned nc = 0;
		for (unsigned t = (unsigned)it->min; t < f->n; t++) {
			const struct item *to = &f->it[t];
			if (to->label && (it->tisas >> to->isa & 1) &&
			    (!to->zone || to->zone == it->zone) &&
			    encode(f, it, to, to->isa == ISA_THUMB, &enc))
				cand[nc++] = t;
		}
		if (!nc) {
			if (!neutralize(it))
				return false;
			continue;
		}
		/* Mostly one of the nearest. */
		unsigned pick = cand[rng_below(f->r, 4) ? rng_below(f->r, nc < 3 ? nc : 3)
						    : rng_below(f->r, nc)];
		it->tbit = (it->fix == FIX_A_ADR || it->fix == FIX_T_ADR) &&
			   f->it[pick].isa == ISA_THUMB;
		it->min = (int16_t)pick;
		encode(f, it, &f->it[pick], it->tbit, &it->enc);
		it->exact = true;
	}
	return true;
}

/* Where the decoded branch (or ADR) at offset a goes. */
static uint32_t target_of(const struct insn *in, uint32_t a, enum isa isa)
{
	uint32_t pc = a + (isa == ISA_THUMB ? 4 : 8);
	if (in->op == OP_ADR)
		return (in->flags & INSN_U) ? (pc & ~3u) + in->imm : (pc & ~3u) - in->imm;
	if (in->op == OP_BLX_IMM && isa == ISA_THUMB)
		pc &= ~3u;
	return pc + in->imm;
}

static void emit(uint8_t *p, uint32_t enc, unsigned len, bool t32)
{
	if (t32)
		enc = enc >> 16 | enc << 16;
	for (unsigned i = 0; i < len; i++)
		p[i] = (uint8_t)(enc >> 8 * i);
}

void diff_layout_finish(const struct flow *f, unsigned phase, struct diff_seq *s,
			uint64_t *op_counts)
{
	s->n = f->n;
	s->phase = phase;
	s->code_len = f->off - phase;
	for (unsigned i = 0; i < f->n; i++) {
		const struct item *it = &f->it[i];
		struct diff_insn *di = &s->insn[i];
		*di = (struct diff_insn){ .enc = it->enc, .off = it->off, .isa = it->isa,
					  .data = it->data ? it->len : 0 };
		emit(s->code + it->off - phase, it->enc, it->len,
		     !it->data && it->isa == ISA_THUMB && it->len == 4);
		if (it->data)
			continue;
		decode(it->isa, it->enc, &di->in);
		op_counts[di->in.op]++;
		/* The generator's own check: the op it meant, the target it chose. */
		bool bad = it->op && di->in.op != it->op;
		if (it->fix && it->fix < FIX_TBB)
			bad |= target_of(&di->in, it->off, it->isa) !=
			       f->it[it->min].off + (uint32_t)it->tbit;
		if (bad) {
			fprintf(stderr, "diff: generator bug: item %u (%08x) is %s (target %u at %x, off %x imm %x)\n", i, it->enc,
				op_name(di->in.op), it->min, f->it[it->min].off, it->off, di->in.imm);
			abort();
		}
	}
}
