/*
 * Disassembler entry point and the helpers every format uses. The formats
 * themselves live with their class (disasm_<class>.c).
 */
#include <stdarg.h>
#include <stdio.h>

#include "disasm.h"

static const char *const op_names[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = #mn,
#include "ops_all.inc"
#undef OP
#undef FMT
};

static disasm_fmt_fn *const op_formats[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = disasm_##fmt,
#include "ops_all.inc"
#undef OP
#undef FMT
};

const char *op_name(unsigned op)
{
	return op < OP_COUNT ? op_names[op] : "?";
}

int disasm(const struct insn *in, uint32_t pc, char *buf, size_t size)
{
	return op_formats[in->op](in, pc, op_names[in->op], buf, size);
}

const char *reg_name(unsigned r)
{
	static const char *const names[16] = {
		"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
		"r8", "r9", "sl", "fp", "ip", "sp", "lr", "pc"
	};
	return r < 16 ? names[r] : "?";
}

const char *cond_name(unsigned cond)
{
	static const char *const names[16] = {
		"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
		"hi", "ls", "ge", "lt", "gt", "le", "", ""
	};
	return names[cond & 15];
}

int disasm_shift(const struct insn *in, char *buf, size_t size)
{
	static const char *const names[] = { "lsl", "lsr", "asr", "ror" };
	if (in->shift_type == SRTYPE_RRX)
		return snprintf(buf, size, ", rrx");
	if (in->shift_type == SRTYPE_LSL && in->shift_amt == 0) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	return snprintf(buf, size, ", %s #%u", names[in->shift_type & 3], in->shift_amt);
}

void disasm_put(struct disasm_text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	if (t->len < t->size)
		n = vsnprintf(t->buf + t->len, t->size - t->len, fmt, ap);
	else
		n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->len += (size_t)n;
}

int disasm_reglist(uint16_t list, char *buf, size_t size)
{
	struct disasm_text t = { buf, size, 0 };
	bool first = true;

	disasm_put(&t, "{");
	for (unsigned r = 0; r < 16; r++) {
		if (!(list >> r & 1))
			continue;
		disasm_put(&t, "%s%s", first ? "" : ", ", reg_name(r));
		first = false;
	}
	disasm_put(&t, "}");
	return (int)t.len;
}

/* UNDEFINED encodings. */
int disasm_none(const struct insn *in, uint32_t pc, const char *mn, char *buf, size_t size)
{
	(void)pc;
	(void)mn;
	if (in->flags & INSN_THUMB)
		return in->len == 2 ? snprintf(buf, size, "undefined 0x%04x", in->raw)
				    : snprintf(buf, size, "undefined 0x%04x%04x",
					       in->raw >> 16, in->raw & 0xffff);
	return snprintf(buf, size, "undefined 0x%08x", in->raw);
}
