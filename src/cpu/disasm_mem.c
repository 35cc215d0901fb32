/*
 * Disassembly of the load/store class, in GNU objdump's text (binutils 2.40,
 * default register names), quirks included: ARM LDRD/LDREXD/STREXD name only
 * Rt, ARM LDREX names Rt by number, single-register PUSH/POP spellings, "#-0"
 * where objdump keeps the sign.
 * objdump's "@ ..." comments (literal targets, hex immediates) are not printed.
 * Fields: see src/cpu/decode_mem.c.
 */
#include <stdio.h>

#include "disasm.h"

static int done(struct disasm_text *t)
{
	return (int)t->len;
}

static bool thumb(const struct insn *in)
{
	return in->flags & INSN_THUMB;
}

/* mn, the ARM condition, then ".w" for the 32-bit Thumb forms objdump marks. */
static void mnemonic(struct disasm_text *t, const struct insn *in, const char *mn, bool wide)
{
	disasm_put(t, "%s%s%s ", mn, thumb(in) ? "" : cond_name(in->cond),
		   wide && thumb(in) && in->len == 4 ? ".w" : "");
}

static void shift_text(struct disasm_text *t, const struct insn *in)
{
	char sh[32];

	disasm_shift(in, sh, sizeof(sh));
	disasm_put(t, "%s", sh);
}

static void reglist(struct disasm_text *t, unsigned list)
{
	char regs[96];

	disasm_reglist((uint16_t)list, regs, sizeof(regs));
	disasm_put(t, "%s", regs);
}

static const char *sign(const struct insn *in)
{
	return (in->flags & INSN_U) ? "" : "-";
}

/* Addressing mode 3: halfword, signed byte, doubleword. */
static bool mode3(unsigned op)
{
	return op == OP_LDRH || op == OP_STRH || op == OP_LDRSB || op == OP_LDRSH ||
	       op == OP_LDRHT || op == OP_STRHT || op == OP_LDRSBT || op == OP_LDRSHT ||
	       op == OP_LDRD || op == OP_STRD;
}

/* ARM addressing modes 2 and 3 (objdump's print_arm_address): "[Rn]" only for
 * a zero, added, pre-indexed offset without write-back; otherwise the sign is
 * kept, "#-0" included. */
static void arm_address(struct disasm_text *t, const struct insn *in)
{
	bool p = in->flags & INSN_P, w = in->flags & INSN_W;

	/* objdump drops the '!' of a pre-indexed PC-relative halfword/dual form. */
	if (p && in->rn == 15 && (in->flags & INSN_IMM) && mode3(in->op))
		w = false;

	disasm_put(t, "[%s", reg_name(in->rn));
	if (!p)
		disasm_put(t, "], ");
	if (in->flags & INSN_IMM) {
		if (!p)
			disasm_put(t, "#%s%u", sign(in), in->imm);
		else if (in->imm || !(in->flags & INSN_U) || w)
			disasm_put(t, ", #%s%u", sign(in), in->imm);
	} else {
		disasm_put(t, "%s%s%s", p ? ", " : "", sign(in), reg_name(in->rm));
		shift_text(t, in);
	}
	if (p)
		disasm_put(t, "]%s", w ? "!" : "");
}

/* Thumb-2 single loads/stores and hints (objdump's thumb32 "%a"): the offset
 * is signed, so "-0" prints as nothing ([Rn]) or, post-indexed, as "#0". */
static void t32_address(struct disasm_text *t, const struct insn *in)
{
	bool p = in->flags & INSN_P, w = in->flags & INSN_W;
	int off = (int)in->imm;

	disasm_put(t, "[%s", reg_name(in->rn));
	if (!(in->flags & INSN_IMM)) {
		disasm_put(t, ", %s", reg_name(in->rm));
		shift_text(t, in);
		disasm_put(t, "]");
		return;
	}
	if (!(in->flags & INSN_U))
		off = -off;
	if (!p) {
		disasm_put(t, "], #%d", off);
		return;
	}
	if (off)
		disasm_put(t, ", #%d", off);
	disasm_put(t, "]%s", w ? "!" : "");
}

static bool unprivileged(unsigned op)
{
	return op == OP_LDRT || op == OP_LDRBT || op == OP_LDRHT || op == OP_LDRSBT ||
	       op == OP_LDRSHT || op == OP_STRT || op == OP_STRBT || op == OP_STRHT;
}

/* ARM PUSH/POP A2 (STR Rt, [SP, #-4]! and LDR Rt, [SP], #4). */
static bool arm_push_pop(struct disasm_text *t, const struct insn *in)
{
	unsigned f = in->flags & (INSN_IMM | INSN_P | INSN_U | INSN_W);
	const char *mn;

	if (thumb(in) || in->rn != 13 || in->imm != 4)
		return false;
	if (in->op == OP_STR && f == (INSN_IMM | INSN_P | INSN_W))
		mn = "push";
	else if (in->op == OP_LDR && f == (INSN_IMM | INSN_U | INSN_W))
		mn = "pop";
	else
		return false;
	disasm_put(t, "%s%s {%s}", mn, cond_name(in->cond), reg_name(in->rd));
	return true;
}

int disasm_mem_single(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		      size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	if (arm_push_pop(&t, in))
		return done(&t);
	mnemonic(&t, in, mn, !unprivileged(in->op));
	disasm_put(&t, "%s, ", reg_name(in->rd));
	if (!thumb(in))
		arm_address(&t, in);
	else if (in->len == 4)
		t32_address(&t, in);
	else if (in->flags & INSN_IMM)
		disasm_put(&t, "[%s, #%u]", reg_name(in->rn), in->imm);
	else
		disasm_put(&t, "[%s, %s]", reg_name(in->rn), reg_name(in->rm));
	return done(&t);
}

/* LDRD/STRD. ARM: objdump names Rt only. Thumb: "[Rn]" for a zero added
 * pre-indexed offset, write-back or not. */
int disasm_mem_dual(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		    size_t size)
{
	struct disasm_text t = { buf, size, 0 };
	bool p = in->flags & INSN_P;

	(void)pc;
	mnemonic(&t, in, mn, false);
	if (!thumb(in)) {
		disasm_put(&t, "%s, ", reg_name(in->rd));
		arm_address(&t, in);
		return done(&t);
	}
	disasm_put(&t, "%s, %s, [%s", reg_name(in->rd), reg_name(in->ra), reg_name(in->rn));
	if (!p)
		disasm_put(&t, "], #%s%u", sign(in), in->imm);
	else if (in->imm == 0 && (in->flags & INSN_U))
		disasm_put(&t, "]");
	else
		disasm_put(&t, ", #%s%u]%s", sign(in), in->imm, (in->flags & INSN_W) ? "!" : "");
	return done(&t);
}

static void excl_address(struct disasm_text *t, const struct insn *in)
{
	if (in->imm)
		disasm_put(t, "[%s, #%u]", reg_name(in->rn), in->imm);
	else
		disasm_put(t, "[%s]", reg_name(in->rn));
}

/* LDREX*: ARM LDREXD names Rt only. */
int disasm_mem_ldrex(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		     size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	mnemonic(&t, in, mn, false);
	/* objdump names the Rt of ARM LDREX by number ("r12"). */
	if (in->op == OP_LDREX && !thumb(in))
		disasm_put(&t, "r%u, ", in->rd);
	else
		disasm_put(&t, "%s, ", reg_name(in->rd));
	if (in->op == OP_LDREXD && thumb(in))
		disasm_put(&t, "%s, ", reg_name(in->ra));
	excl_address(&t, in);
	return done(&t);
}

/* STREX*: ARM STREXD names Rt only. */
int disasm_mem_strex(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		     size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	mnemonic(&t, in, mn, false);
	disasm_put(&t, "%s, %s, ", reg_name(in->rd), reg_name(in->rm));
	if (in->op == OP_STREXD && thumb(in))
		disasm_put(&t, "%s, ", reg_name(in->ra));
	excl_address(&t, in);
	return done(&t);
}

int disasm_mem_swp(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		   size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	mnemonic(&t, in, mn, false);
	disasm_put(&t, "%s, %s, [%s]", reg_name(in->rd), reg_name(in->rm), reg_name(in->rn));
	return done(&t);
}

/* LDM/STM. ARM: "stmfd/ldmfd sp!" for one register and "push/pop" for more
 * when SP! without '^'; plain "stm"/"ldm" for IA (stm only without ! and ^).
 * Thumb 16-bit: ldmia/stmia, push/pop; 32-bit: ldmia.w/stmia.w, ldmdb/stmdb. */
int disasm_mem_multi(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		     size_t size)
{
	struct disasm_text t = { buf, size, 0 };
	bool load = in->op == OP_LDM || in->op == OP_LDMDA || in->op == OP_LDMDB ||
		    in->op == OP_LDMIB;
	bool ia = in->op == OP_LDM || in->op == OP_STM;
	bool w = in->flags & INSN_W, caret = in->flags & INSN_X1;
	bool sp_wb = in->rn == 13 && w && !caret;
	bool one = (in->reglist & (in->reglist - 1)) == 0;
	const char *name = mn;

	(void)pc;
	if (thumb(in)) {
		if (in->len == 2 && sp_wb && (load ? ia : in->op == OP_STMDB)) {
			disasm_put(&t, "%s ", load ? "pop" : "push");
			reglist(&t, in->reglist);
			return done(&t);
		}
		disasm_put(&t, "%s%s ", ia ? (load ? "ldmia" : "stmia") : name,
			   ia && in->len == 4 ? ".w" : "");
	} else {
		if (sp_wb && (load ? ia : in->op == OP_STMDB)) {
			if (!one) {
				disasm_put(&t, "%s%s ", load ? "pop" : "push", cond_name(in->cond));
				reglist(&t, in->reglist);
				return done(&t);
			}
			name = load ? "ldmfd" : "stmfd";
		} else if (ia && !load && (w || caret)) {
			name = "stmia";
		}
		disasm_put(&t, "%s%s ", name, cond_name(in->cond));
	}
	disasm_put(&t, "%s%s, ", reg_name(in->rn), w ? "!" : "");
	reglist(&t, in->reglist);
	if (caret)
		disasm_put(&t, "^");
	return done(&t);
}

/* PLD/PLDW/PLI and unallocated hints: objdump prints a Thumb unallocated hint
 * as the LDRSH it resembles ("ldrsh.w pc, ..."), an ARM one as PLDW. */
int disasm_mem_hint(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		    size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	if (in->op == OP_MEMHINT)
		disasm_put(&t, "%s ", thumb(in) ? "ldrsh.w pc," : "pldw");
	else
		disasm_put(&t, "%s ", mn);
	if (thumb(in))
		t32_address(&t, in);
	else
		arm_address(&t, in);
	return done(&t);
}

int disasm_mem_tb(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		  size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	disasm_put(&t, "%s [%s, %s%s]", mn, reg_name(in->rn), reg_name(in->rm),
		   in->op == OP_TBH ? ", lsl #1" : "");
	return done(&t);
}

int disasm_mem_plain(const struct insn *in, uint32_t pc, const char *mn, char *buf,
		     size_t size)
{
	struct disasm_text t = { buf, size, 0 };

	(void)pc;
	disasm_put(&t, "%s%s", mn, thumb(in) ? "" : cond_name(in->cond));
	return done(&t);
}
