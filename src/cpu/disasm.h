/*
 * Disassembler internals. disasm() (src/cpu/disasm.c) looks up the op's format
 * and calls disasm_<fmt>(in, pc, mn, buf, size), which writes the whole text in
 * GNU objdump's UAL style ("adds r0, r1, r2, lsl #2"). mn is the op's mnemonic.
 */
#ifndef ARMVM_DISASM_H
#define ARMVM_DISASM_H

#include <stddef.h>
#include <stdint.h>

#include "insn.h"

typedef int disasm_fmt_fn(const struct insn *in, uint32_t pc, const char *mn,
			  char *buf, size_t size);

#define FMT(fmt) disasm_fmt_fn disasm_##fmt;
#define OP(NAME, mn, fmt)
#include "ops_all.inc"
#undef OP
#undef FMT

/* Text being built in buf: appends never overflow; len counts the whole text,
 * as snprintf's result does. */
struct disasm_text {
	char *buf;
	size_t size;
	size_t len;
};

void disasm_put(struct disasm_text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "r0".."r9", "sl", "fp", "ip", "sp", "lr", "pc" (objdump's names). */
const char *reg_name(unsigned r);
/* "eq".."le", "" for AL. */
const char *cond_name(unsigned cond);
/* ", lsl #2" / ", rrx" / "" for the immediate shift of in (shift_type, shift_amt). */
int disasm_shift(const struct insn *in, char *buf, size_t size);
/* "{r0, r4, r5, lr}", every register named as objdump does. */
int disasm_reglist(uint16_t list, char *buf, size_t size);

#endif
