/*
 * Floating-point access control and system registers: CheckVFPEnabled with
 * CPACR and FPEXC (ARM ARM B1.14), and FPSCR writes.
 */
#include "vfp.h"

bool vfp_cpacr_allows(const struct cpu *cpu)
{
	/* CPACR.cp10 (cp11 must hold the same value; QEMU looks at cp10 only):
	 * 0b01 privileged access only, 0b11 full access, else no access. */
	unsigned cp10 = cpu->cp15.cpacr >> 20 & 3;
	return cp10 == 3 || (cp10 == 1 && cpu_privileged(cpu));
}

void vfp_check_enabled(struct cpu *cpu)
{
	if (!vfp_cpacr_allows(cpu) || !(cpu->vfp.fpexc & FPEXC_EN))
		cpu_undefined(cpu);
}

void neon_check_enabled(struct cpu *cpu)
{
	if (cpu->cp15.cpacr >> 31)
		cpu_undefined(cpu);
	vfp_check_enabled(cpu);
}

void vfp_write_fpscr(struct cpu *cpu, uint32_t val)
{
	cpu->vfp.fpscr = val & FPSCR_WRITABLE;
}

void vfp_write_fpexc(struct cpu *cpu, uint32_t val)
{
	cpu->vfp.fpexc = val & FPEXC_EN;
}
