/*
 * Single VFP operations against qemu-system-arm: every vector of
 * tests/vfp/vectors.inc (made by tests/vfp/gen/make_vectors.sh, which runs the
 * operations under Debian's qemu-system-arm) is decoded and run through the
 * interpreter's semantic functions, and d0 and FPSCR must come out as QEMU
 * left them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cpu.h"
#include "vfp.h"

struct vector {
	uint32_t enc, fpscr;
	uint64_t d0, d1, d2, out;
	uint32_t fpscr_out;
};

#define V(enc, fpscr, d0, d1, d2, out, fpscr_out) \
	{ 0x##enc, 0x##fpscr, 0x##d0, 0x##d1, 0x##d2, 0x##out, 0x##fpscr_out },
static const struct vector vectors[] = {
#include "../vfp/vectors.inc"
};
#undef V

static interp_fn *const vfp_interp[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = interp_##mn,
#include "ops_vfp.inc"
#undef OP
#undef FMT
};

static struct cpu cpu;

static void vfp_cpu_reset(void)
{
	memset(&cpu, 0, sizeof(cpu));
	cpu.mode = MODE_SVC;
	cpu.cp15.cpacr = 0xf << 20;
	cpu.vfp.fpexc = FPEXC_EN;
}

/* Run one ARM encoding on the current state; false if it was UNDEFINED. */
static bool run_arm(uint32_t enc)
{
	struct insn in;
	decode(ISA_ARM, enc, &in);
	if (in.op == OP_UNDEF || !vfp_interp[in.op])
		return false;
	if (setjmp(cpu.abort_jmp))
		return false;
	vfp_interp[in.op](&cpu, &in);
	return true;
}

static void test_vectors(void **state)
{
	(void)state;
	size_t n = sizeof(vectors) / sizeof(vectors[0]), failures = 0;
	for (size_t i = 0; i < n; i++) {
		const struct vector *v = &vectors[i];
		vfp_cpu_reset();
		cpu.vfp.fpscr = v->fpscr;
		cpu.vfp.d[0] = v->d0;
		cpu.vfp.d[1] = v->d1;
		cpu.vfp.d[2] = v->d2;
		bool ran = run_arm(v->enc);
		if (ran && cpu.vfp.d[0] == v->out && cpu.vfp.fpscr == v->fpscr_out)
			continue;
		if (failures++ < 40)
			printf("vector %zu: %08x fpscr %08x d0 %016llx d1 %016llx d2 %016llx:"
			       " got %016llx %08x%s want %016llx %08x\n", i, v->enc, v->fpscr,
			       (unsigned long long)v->d0, (unsigned long long)v->d1,
			       (unsigned long long)v->d2, (unsigned long long)cpu.vfp.d[0],
			       cpu.vfp.fpscr, ran ? "" : " (UNDEFINED)",
			       (unsigned long long)v->out, v->fpscr_out);
	}
	printf("%zu vectors, %zu failures\n", n, failures);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
