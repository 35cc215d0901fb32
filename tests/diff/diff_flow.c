/*
 * Control flow of the random sequences (ARM ARM A8.8.18-29, A8.8.54,
 * A8.8.239): the random instructions of diff_gen.c between forward branches of
 * every kind, calls and returns, counted loops, table branches and switches
 * between ARM and Thumb; diff_layout.c then picks each branch's target. Every
 * path is finite and ends at the final WFI because:
 *  - branches go forward, but a loop's BNE (its counter is set just before the
 *    loop and kept by the body) and a return (to just after its call, which
 *    runs once);
 *  - a label is the first item of a construct (never inside an IT block, or
 *    between an ADR and the BX that uses it), and a target is a label in zone
 *    0 (straight-line code) or in the branch's own zone, so only its loop
 *    enters a loop body and only its call a subroutine;
 *  - what cannot be fallen into (a subroutine, code of the other instruction
 *    set, a table) follows an unconditional branch.
 */
#include <stdio.h>
#include <stdlib.h>

#include "diff_flow.h"

/* The transfers: direct, CBZ/CBNZ, and through a register that an ADR just
 * before set (BX, BLX, MOV PC, POP {PC}, LDR PC). */
enum xfer_kind { X_B, X_BL, X_BLX_IMM, X_CBZ, X_BX, X_BLX, X_MOV_PC, X_POP_PC, X_LDR_PC, X_KINDS };

struct xfer {
	enum xfer_kind kind;
	unsigned rx, ry;     /* the address; LDR PC: the aligned pointer to it */
	int fix;             /* the ADR that holds the target, or -1: the branch */
	uint8_t tisas;       /* instruction sets the target may be in */
};

#define ISA_BIT(isa) (1u << (isa))
#define LR_BIT (1u << 14)

static bool room(const struct flow *f, unsigned k)
{
	return f->n + k + 3 <= DIFF_MAX_ITEMS;
}

static struct item *put(struct flow *f, uint32_t enc, unsigned len, unsigned op, bool label)
{
	struct item *it = &f->it[f->n++];
	*it = (struct item){ .enc = enc, .off = (uint16_t)f->off, .op = (uint16_t)op,
			     .len = (uint8_t)len, .isa = (uint8_t)f->isa, .zone = (uint8_t)f->zone,
			     .label = label, .min = -1, .from = -1 };
	f->off += len;
	return it;
}

/* An instruction of the current set (Thumb 32-bit: hw1 << 16 | hw2). */
static struct item *put_insn(struct flow *f, uint32_t enc, unsigned op, bool label)
{
	return put(f, enc, f->isa == ISA_ARM || enc > 0xffff ? 4 : 2, op, label);
}

/* Before ARM code: a Thumb NOP (never run) to a word boundary. */
static void pad(struct flow *f)
{
	if (!(f->off & 2))
		return;
	enum isa isa = f->isa;
	f->isa = ISA_THUMB;
	put_insn(f, 0xbf00u, OP_NOP, false);
	f->isa = isa;
}

/* What the current code must not write besides its reserved registers: what
 * the zone keeps and, in a mixed sequence, the other set's reserved ones. */
static uint32_t kept(const struct flow *f)
{
	const struct diff_regs *o = f->isa == ISA_ARM ? &diff_regs_thumb : &diff_regs_arm;
	return f->keep | (f->mixed ? 1u << o->base | 1u << o->index : 0);
}

/* A register the construct may write: not reserved, not kept, not in also;
 * low: r0-r7. -1: none. */
static int pick_reg(struct flow *f, bool low, uint32_t also)
{
	const struct diff_regs *rr = f->isa == ISA_ARM ? &diff_regs_arm : &diff_regs_thumb;
	uint32_t ok = (low ? 0xffu : 0x5fffu) &
		      ~(1u << rr->base | 1u << rr->index | 1u << 13 | kept(f) | also);
	unsigned k = (unsigned)__builtin_popcount(ok);
	if (!k)
		return -1;
	k = rng_below(f->r, k);
	for (unsigned i = 0;; i++)
		if (ok >> i & 1 && !k--)
			return (int)i;
}

static void random_insn(struct flow *f, bool in_it, uint32_t keep, bool label)
{
	struct diff_insn di;
	diff_gen_insn(f->g, f->r, f->isa, in_it, keep, &di);
	put(f, di.enc, di.in.len, di.in.op, label);
	if (f->budget)
		f->budget--;
}

/* A transfer that fits: sw, an unconditional switch to the other
 * instruction set; in_it, the last instruction of an IT block. */
static void xfer_pick(struct flow *f, struct xfer *x, bool in_it, bool sw)
{
	bool thumb = f->isa == ISA_THUMB;
	for (;;) {
		enum xfer_kind k = (enum xfer_kind)rng_below(f->r, X_KINDS);
		bool links = k == X_BL || k == X_BLX_IMM || k == X_BLX;
		bool same = k == X_B || k == X_BL || k == X_CBZ || (k == X_MOV_PC && thumb) ||
			    !f->mixed;
		if ((links && (f->keep & LR_BIT)) || (k == X_CBZ && (!thumb || in_it)) ||
		    (same && (sw || k == X_BLX_IMM)))
			continue;
		*x = (struct xfer){ .kind = k, .fix = -1 };
		x->tisas = (uint8_t)(sw || k == X_BLX_IMM ? ISA_BIT(!f->isa)
				     : same ? ISA_BIT(f->isa) : 3);
		if (k == X_CBZ)
			x->rx = x->ry = rng_below(f->r, 8);
		if (k < X_BX)
			return;
		int rx = pick_reg(f, thumb && k == X_POP_PC, 0);
		int ry = rx < 0 ? -1 : pick_reg(f, false, 1u << rx);
		if (rx < 0 || ry < 0)
			continue;
		x->rx = (unsigned)rx;
		x->ry = k == X_LDR_PC ? (unsigned)ry : (unsigned)rx;
		return;
	}
}

/* ADR rx, and what puts rx where the transfer takes it from (A8.8.12,
 * PUSH, BIC + STR): false when there is nothing to do. */
static bool xfer_prep(struct flow *f, struct xfer *x)
{
	bool arm = f->isa == ISA_ARM;
	if (x->kind < X_BX)
		return false;
	x->fix = (int)f->n;
	put_insn(f, arm ? 0xe28f0000u | x->rx << 12 : 0xf20f0000u | x->rx << 8, OP_ADR,
		 true)->fix = arm ? FIX_A_ADR : FIX_T_ADR;
	if (x->kind == X_POP_PC)
		put_insn(f, arm ? 0xe92d0000u | 1u << x->rx : 0xb400u | 1u << x->rx, OP_STMDB,
			 false);
	if (x->kind == X_LDR_PC) {
		/* LDR PC needs a word-aligned address (A8.8.63). */
		unsigned rb = arm ? (rng_below(f->r, 2) ? 12 : 13) : 7;
		put_insn(f, arm ? 0xe3c00003u | rb << 16 | x->ry << 12
			       : 0xf0200003u | rb << 16 | x->ry << 8, OP_BIC, false);
		put_insn(f, arm ? 0xe5200004u | x->ry << 16 | x->rx << 12
			       : 0xf8400d04u | x->ry << 16 | x->rx << 12, OP_STR, false);
	}
	return true;
}

/* The transfer itself; cond: ARM, or Thumb B outside IT blocks. */
static struct item *xfer_final(struct flow *f, const struct xfer *x, unsigned cond, bool in_it,
			       bool label)
{
	bool arm = f->isa == ISA_ARM, wide = rng_below(f->r, 2);
	uint32_t c = cond << 28, rx = x->rx;
	struct item *it = NULL;

	switch (x->kind) {
	case X_B:
		if (arm)
			(it = put_insn(f, c | 0x0a000000u, OP_B, label))->fix = FIX_A_B;
		else if (in_it || cond == COND_AL)
			(it = put_insn(f, wide ? 0xf0009000u : 0xe000u, OP_B, label))->fix =
				wide ? FIX_T_B4 : FIX_T_B2;
		else
			(it = put_insn(f, wide ? 0xf0008000u | cond << 22 : 0xd000u | cond << 8,
				       OP_B, label))->fix = wide ? FIX_T_B3 : FIX_T_B1;
		break;
	case X_BL:
		(it = put_insn(f, arm ? c | 0x0b000000u : 0xf000d000u, OP_BL, label))->fix =
			arm ? FIX_A_B : FIX_T_B4;
		break;
	case X_BLX_IMM:
		(it = put_insn(f, arm ? 0xfa000000u : 0xf000c000u, OP_BLX_IMM, label))->fix =
			arm ? FIX_A_BLX : FIX_T_BLX;
		break;
	case X_CBZ:
		wide = rng_below(f->r, 2);
		(it = put_insn(f, 0xb100u | (uint32_t)wide << 11 | rx, wide ? OP_CBNZ : OP_CBZ,
			       label))->fix = FIX_T_CBZ;
		break;
	case X_BX:
		it = put_insn(f, arm ? c | 0x012fff10u | rx : 0x4700u | rx << 3, OP_BX, label);
		break;
	case X_BLX:
		it = put_insn(f, arm ? c | 0x012fff30u | rx : 0x4780u | rx << 3, OP_BLX, label);
		break;
	case X_MOV_PC:
		it = put_insn(f, arm ? c | 0x01a0f000u | rx : 0x4687u | rx << 3, OP_MOV, label);
		break;
	case X_POP_PC:
		it = put_insn(f, arm ? c | 0x08bd8000u : 0xbd00u, OP_LDM, label);
		break;
	default:
		it = put_insn(f, arm ? c | 0x0490f004u | x->ry << 16 : 0xf850fb04u | x->ry << 16,
			      OP_LDR, label);
		break;
	}
	struct item *t = x->fix >= 0 ? &f->it[x->fix] : it;
	t->tisas = x->tisas;
	t->min = (int16_t)f->n;
	return it;
}

/* IT (A8.8.54) for k instructions, firstcond cond, random then/else; AL
 * allows only "then". */
static uint32_t it_enc(struct rng *r, unsigned k, unsigned cond)
{
	uint32_t mask = 1u << (4 - k);
	for (unsigned i = 1; i < k; i++) {
		unsigned e = cond == COND_AL ? 0 : rng_below(r, 2);
		mask |= ((cond & 1) ^ e) << (4 - i);
	}
	return 0xbf00u | cond << 4 | mask;
}

/* An IT block of 1-4 instructions, the last one the transfer x if not NULL
 * (a branch may only be last, A8.8.54); returns it. */
static struct item *it_unit(struct flow *f, const struct xfer *x, bool label)
{
	unsigned k = 1 + rng_below(f->r, 4);
	if (x && (x->kind == X_POP_PC || x->kind == X_LDR_PC))
		k = 1;   /* nothing between the store and the load */
	unsigned n = x ? k - 1 : k;
	if (n > f->budget)
		n = f->budget;
	put_insn(f, it_enc(f->r, n + (x != NULL), rng_below(f->r, 15)), OP_IT, label);
	uint32_t keep = kept(f) | (x && x->kind >= X_BX ? 1u << x->rx | 1u << x->ry : 0);
	while (n--)
		random_insn(f, true, keep, false);
	return x ? xfer_final(f, x, COND_AL, true, false) : NULL;
}

/* A forward transfer; sw: switch to the other instruction set. */
static void xfer_unit(struct flow *f, bool sw)
{
	bool thumb = f->isa == ISA_THUMB;
	bool in_it = thumb && !sw && rng_below(f->r, 3) == 0;
	struct xfer x;
	xfer_pick(f, &x, in_it, sw);
	bool prepped = xfer_prep(f, &x);
	if (in_it) {
		it_unit(f, &x, !prepped);
		return;
	}
	unsigned cond = COND_AL;
	if (!sw && x.kind != X_BLX_IMM && x.kind != X_CBZ && (!thumb || x.kind == X_B) &&
	    rng_below(f->r, 2))
		cond = rng_below(f->r, COND_AL);
	xfer_final(f, &x, cond, false, !prepped);
}

/* TBB/TBH [PC or Rn, Rm] (A8.8.239) with Rm < entries, then the table. */
static void tbb_unit(struct flow *f)
{
	int rx = pick_reg(f, true, 0), ry = -1, adr = -1;
	unsigned n = 1 + rng_below(f->r, 4), h = rng_below(f->r, 2);
	if (rx < 0)
		return;
	put_insn(f, 0x2000u | (unsigned)rx << 8 | rng_below(f->r, n), OP_MOV, true);
	if (rng_below(f->r, 3) == 0 && (ry = pick_reg(f, false, 1u << rx)) >= 0) {
		adr = (int)f->n;
		put_insn(f, 0xf20f0000u | (unsigned)ry << 8, OP_ADR, false)->fix = FIX_T_ADR;
	}
	unsigned tb = f->n;
	put_insn(f, (adr < 0 ? 0xe8dff000u : 0xe8d0f000u | (unsigned)ry << 16) | h << 4 |
		    (unsigned)rx, h ? OP_TBH : OP_TBB, false);
	for (unsigned i = 0; i < n; i++) {
		struct item *e = put(f, 0, h ? 2 : 1, 0, false);
		e->data = true;
		e->fix = h ? FIX_TBH : FIX_TBB;
		e->from = (int16_t)tb;
		e->tisas = ISA_BIT(ISA_THUMB);
	}
	if (f->off & 1)
		put(f, 0, 1, 0, false)->data = true;
	for (unsigned i = tb + 1; i < f->n; i++)
		f->it[i].min = (int16_t)f->n;
	if (adr >= 0) {
		f->it[adr].exact = true;
		f->it[adr].min = (int16_t)(tb + 1);
	}
}

static void unit(struct flow *f, bool top);

static void body(struct flow *f, unsigned units)
{
	while (units-- && f->budget && room(f, 16))
		unit(f, false);
}

/* MOV rc, #1-5; L: body; SUBS rc, rc, #1; BNE L. The body keeps rc and the
 * bases (so that its accesses stay in the scratch area however often it
 * runs). */
static void loop_unit(struct flow *f)
{
	bool arm = f->isa == ISA_ARM;
	int r = pick_reg(f, !arm, 0);
	if (r < 0)
		return;
	uint32_t rc = (uint32_t)r, keep = f->keep;
	unsigned zone = f->zone;
	put_insn(f, (arm ? 0xe3a00000u | rc << 12 : 0x2000u | rc << 8) | (1 + rng_below(f->r, 5)),
		 OP_MOV, true);
	unsigned first = f->n;
	f->zone = ++f->zones;
	f->keep |= 1u << rc | 1u << (arm ? diff_regs_arm : diff_regs_thumb).base | 1u << 13;
	body(f, rng_below(f->r, 4));
	put_insn(f, arm ? 0xe2500001u | rc << 16 | rc << 12 : 0x3801u | rc << 8, OP_SUB, true);
	struct item *bne;
	if (arm)
		(bne = put_insn(f, 0x1a000000u, OP_B, false))->fix = FIX_A_B;
	else if (f->off + 4 - f->it[first].off <= 256)
		(bne = put_insn(f, 0xd100u, OP_B, false))->fix = FIX_T_B1;
	else
		(bne = put_insn(f, 0xf0408000u, OP_B, false))->fix = FIX_T_B3;
	bne->exact = true;
	bne->min = (int16_t)first;
	f->zone = zone;
	f->keep = keep;
}

/* A subroutine's return (A8.8.27, A8.8.104, A8.8.131, A8.8.63): through LR,
 * or from the stack when it pushed LR (then SP is word aligned). */
static void return_unit(struct flow *f, bool frame, bool may_cond, bool to_thumb)
{
	bool arm = f->isa == ISA_ARM;
	unsigned kind = frame ? 2 + rng_below(f->r, 2) : rng_below(f->r, arm || to_thumb ? 2 : 1);
	static const uint32_t ret[2][4] = {
		{ 0x012fff1eu, 0x01a0f00eu, 0x08bd8000u, 0x049df004u },
		{ 0x4770u, 0x46f7u, 0xbd00u, 0xf85dfb04u },
	};
	static const uint16_t op[4] = { OP_BX, OP_MOV, OP_LDM, OP_LDR };
	unsigned cond = COND_AL;
	bool in_it = !arm && may_cond && rng_below(f->r, 3) == 0;
	if (in_it)
		put_insn(f, it_enc(f->r, 1, rng_below(f->r, 15)), OP_IT, true);
	else if (arm && may_cond && rng_below(f->r, 2))
		cond = rng_below(f->r, COND_AL);
	put_insn(f, ret[!arm][kind] | (arm ? cond << 28 : 0), op[kind], !in_it);
}

/* BL/BLX S; what runs after the return; B over S; S: [PUSH {LR}] body
 * return. S may be in the other instruction set. */
static void call_unit(struct flow *f)
{
	enum isa ci = f->isa, si = !f->mixed || rng_below(f->r, 4) ? ci : (enum isa)!ci;
	struct xfer x = { .kind = si != ci ? (rng_below(f->r, 2) ? X_BLX_IMM : X_BLX)
					   : (rng_below(f->r, 2) ? X_BL : X_BLX), .fix = -1 };
	if (x.kind == X_BLX) {
		int r = pick_reg(f, false, 0);
		if (r < 0)
			return;
		x.rx = x.ry = (unsigned)r;
	}
	bool prepped = xfer_prep(f, &x);
	struct item *call;
	if (ci == ISA_THUMB && rng_below(f->r, 3) == 0)
		call = it_unit(f, &x, !prepped);
	else
		call = xfer_final(f, &x, ci == ISA_ARM && x.kind != X_BLX_IMM && rng_below(f->r, 2)
				  ? rng_below(f->r, COND_AL) : COND_AL, false, !prepped);
	struct item *t = x.fix >= 0 ? &f->it[x.fix] : call;
	body(f, rng_below(f->r, 3));
	struct xfer over = { .kind = X_B, .fix = -1, .tisas = (uint8_t)ISA_BIT(ci) };
	struct item *skip = xfer_final(f, &over, COND_AL, false, true);
	skip->vital = true;

	unsigned zone = f->zone;
	uint32_t keep = f->keep;
	bool frame = rng_below(f->r, 2);
	if (si == ISA_ARM)
		pad(f);
	f->isa = si;
	f->zone = ++f->zones;
	f->keep |= LR_BIT | (frame ? 1u << 13 | DIFF_KEEP_STACK : 0);
	t->exact = true;
	t->min = (int16_t)f->n;
	t->tbit = x.fix >= 0 && si == ISA_THUMB;   /* an ADR */
	if (frame)
		put_insn(f, si == ISA_ARM ? 0xe92d4000u : 0xb500u, OP_STMDB, true);
	body(f, rng_below(f->r, 4));
	/* Not taken, a conditional return falls through into the caller's code. */
	return_unit(f, frame, si == ci, ci == ISA_THUMB);
	f->isa = ci;
	if (ci == ISA_ARM)
		pad(f);
	f->zone = zone;
	f->keep = keep;
	skip->min = (int16_t)f->n;
}

/* An unconditional transfer into the other instruction set. */
static void switch_unit(struct flow *f)
{
	xfer_unit(f, true);
	pad(f);
	f->isa = (enum isa)!f->isa;
	f->segments++;
}

/* One construct (each costs one of the budget, besides the instructions in
 * it); top: in straight-line code (loops and calls do not nest). */
static void unit(struct flow *f, bool top)
{
	bool thumb = f->isa == ISA_THUMB;
	void (*construct)(struct flow *) = NULL;

	switch (rng_below(f->r, 32)) {
	case 0: case 1: case 2: case 3: case 4:
		f->budget--;
		xfer_unit(f, false);
		return;
	case 5:
		construct = thumb ? tbb_unit : NULL;
		break;
	case 6:
		construct = top ? loop_unit : NULL;
		break;
	case 7:
		construct = top ? call_unit : NULL;
		break;
	case 8:
		construct = top && f->mixed && f->segments < 3 ? switch_unit : NULL;
		break;
	default:
		break;
	}
	if (construct) {
		f->budget--;
		construct(f);
	} else if (thumb && rng_below(f->r, 3) == 0) {
		it_unit(f, NULL, true);
	} else {
		random_insn(f, false, kept(f), true);
	}
}

void diff_gen_seq(const struct diff_gen *g, struct rng *r, enum isa isa, unsigned phase,
		  struct diff_seq *s, uint64_t *op_counts)
{
	struct flow f;
	unsigned attempts = 0;
	do {
		if (++attempts > 1000) {
			fprintf(stderr, "diff: generator bug: no sequence can be laid out\n");
			abort();
		}
		f = (struct flow){ .g = g, .r = r, .off = phase, .isa = isa,
				   .budget = 1 + rng_below(r, DIFF_MAX_INSNS),
				   .mixed = rng_below(r, 2) };
		while (f.budget && room(&f, 16))
			unit(&f, true);
		put_insn(&f, f.isa == ISA_ARM ? ARM_WFI : THUMB_WFI, OP_WFI, true);
	} while (!diff_layout_resolve(&f));
	diff_layout_finish(&f, phase, s, op_counts);
	s->isa = isa;
	s->mixed = f.mixed;
}
