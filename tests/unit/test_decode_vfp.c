/*
 * Decoder and disassembler of the VFP and Advanced SIMD classes against GNU
 * objdump: every entry of tests/vfp/decode_table.inc and
 * tests/neon/decode_table.inc (made by tests/{vfp,neon}/gen/make_decode_table.py
 * from arm-linux-gnueabihf-as and objdump output) must decode, in its
 * instruction set, to the expected op and print objdump's text (D rows), or
 * for the NEON modified immediates the text up to the '#' (M rows). The text
 * is normalised by two rules: one space after the mnemonic instead of a tab,
 * and no trailing "@ ..." comment. VFPv4 and ARMv8 encodings and reserved
 * forms (U rows) must decode to OP_UNDEF.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "insn.h"

struct decode_case {
	enum isa isa;
	uint32_t enc;
	unsigned op;
	const char *text;   /* NULL: UNDEFINED */
	bool prefix;        /* compare only strlen(text) characters */
};

#define D(isa, enc, op, text) { ISA_##isa, enc, OP_##op, text, false },
#define M(isa, enc, op, text) { ISA_##isa, enc, OP_##op, text, true },
#define U(isa, enc) { ISA_##isa, enc, OP_UNDEF, NULL, false },
static const struct decode_case cases[] = {
#include "../vfp/decode_table.inc"
#include "../neon/decode_table.inc"
};
#undef D
#undef M
#undef U

static void test_decode_and_disasm(void **state)
{
	(void)state;
	int failures = 0;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct decode_case *c = &cases[i];
		struct insn in;
		char text[96];
		decode(c->isa, c->enc, &in);
		disasm(&in, 0, text, sizeof(text));
		size_t n = c->text && c->prefix ? strlen(c->text) : sizeof(text);
		bool ok = in.op == c->op && (!c->text || strncmp(text, c->text, n) == 0);
		if (!ok) {
			printf("%s %08x: got %s \"%s\", want %s \"%s\"\n",
			       c->isa == ISA_ARM ? "arm" : "thumb", c->enc, op_name(in.op), text,
			       op_name(c->op), c->text ? c->text : "(undefined)");
			failures++;
		}
	}
	printf("%zu encodings\n", sizeof(cases) / sizeof(cases[0]));
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_and_disasm),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
