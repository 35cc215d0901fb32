/*
 * CP15 c0, the identification registers of Cortex-A9 r0p0 (ARM ARM B4.1.85-
 * B4.1.105, Cortex-A9 TRM 4.3), with the values QEMU 7.2's cortex-a9 reports on
 * "-M vexpress-a9,secure=off" (recorded by a guest that read every c0
 * encoding; tests/unit/test_cp15.c). As in QEMU, opc1 0 CRm 0 opc2 4, 6 and 7
 * (REVIDR's encoding among them) read as MIDR, and CRm 3-7 read as zero.
 */
#include "ctl.h"

#define A9_MIDR   0x410fc090u  /* ARM, variant 0, ARMv7, part C09, revision 0 */
#define A9_CTR    0x80038003u  /* ARMv7 format, 32-byte lines, VIPT I-cache */
#define A9_MPIDR  0x80000000u  /* MP format, uniprocessor bit clear, CPU 0 */
#define A9_CLIDR  0x09000003u  /* L1 separate I and D, LoUU = LoC = 1 */
/* CCSIDR for CSSELR 0 (L1 data) and 1 (L1 instruction): 16 KiB, 4 ways,
 * 32-byte lines; the other selections read as zero. */
#define A9_CCSIDR_L1D 0xe00fe019u
#define A9_CCSIDR_L1I 0x200fe019u

/* ID_PFR0..ID_MMFR3 (CRm 1) and ID_ISAR0..5, ID_MMFR4, ID_ISAR6 (CRm 2).
 * ID_PFR1 has no Security Extensions field: 0x00000001. */
static const uint32_t a9_id_crm1[8] = {
	0x00001031, 0x00000001, 0x00000000, 0x00000000,
	0x00100103, 0x20000000, 0x01230000, 0x00002111,
};
static const uint32_t a9_id_crm2[8] = {
	0x00101111, 0x13112111, 0x21232041, 0x11112131,
	0x00111142, 0x00000000, 0x00000000, 0x00000000,
};

bool cp15_id_read(const struct cpu *cpu, unsigned opc1, unsigned crm, unsigned opc2,
		  uint32_t *val)
{
	if (opc1 == 1 && crm == 0) {
		switch (opc2) {
		case 0:
			*val = cpu->cp15.csselr == 0 ? A9_CCSIDR_L1D
			       : cpu->cp15.csselr == 1 ? A9_CCSIDR_L1I : 0;
			return true;
		case 1: *val = A9_CLIDR; return true;
		case 7: *val = 0; return true;   /* AIDR */
		default: return false;
		}
	}
	if (opc1 == 2 && crm == 0 && opc2 == 0) {
		*val = cpu->cp15.csselr;
		return true;
	}
	if (opc1 != 0 || crm > 7)
		return false;
	switch (crm) {
	case 0:
		switch (opc2) {
		case 1: *val = A9_CTR; break;
		case 2: case 3: *val = 0; break;   /* TCMTR, TLBTR: no TCMs, unified TLB */
		case 5: *val = A9_MPIDR; break;
		default: *val = A9_MIDR; break;
		}
		return true;
	case 1: *val = a9_id_crm1[opc2]; return true;
	case 2: *val = a9_id_crm2[opc2]; return true;
	default: *val = 0; return true;
	}
}
