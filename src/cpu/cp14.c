/*
 * CP14 (ARM ARM C6.4, C10; Cortex-A9 TRM 10): the debug registers reachable by
 * coprocessor instructions, and the ThumbEE and Jazelle identification
 * registers, as QEMU 7.2's cortex-a9 presents them (recorded by a guest that
 * read and wrote every cp14 encoding; tests/unit/test_cp15.c).
 *
 * DBGDIDR reports 6 breakpoints, 4 watchpoints, 2 context comparators and debug
 * architecture v7 (memory-mapped). Debug is not modelled: the breakpoint and
 * watchpoint registers, DBGDSCRext and TEEHBR read as zero and ignore writes
 * (struct cp15 has no storage for them), and DBGOSLSR keeps its reset value.
 */
#include "ctl.h"

#define A9_DBGDIDR 0x35141000u
#define A9_DBGOSLSR 0x0000000au   /* OS Lock implemented and locked */

#define CP14_KEY(opc1, crn, crm, opc2) ((opc1) << 11 | (crn) << 7 | (crm) << 3 | (opc2))

/* Breakpoint value/control (CRm 0-5, opc2 4/5) and watchpoint value/control
 * (CRm 0-3, opc2 6/7) of debug bank c0. */
static bool cp14_is_bp_wp(unsigned opc1, unsigned crn, unsigned crm, unsigned opc2)
{
	if (opc1 != 0 || crn != 0)
		return false;
	if (opc2 == 4 || opc2 == 5)
		return crm <= 5;
	if (opc2 == 6 || opc2 == 7)
		return crm <= 3;
	return false;
}

bool cp14_read(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
	       unsigned opc2, uint32_t *val)
{
	switch (CP14_KEY(opc1, crn, crm, opc2)) {
	/* Readable from PL0: DBGDIDR, DBGDRAR, DBGDSAR (no memory-mapped debug
	 * interface advertised: both 0), TEEHBR (TEECR.XED is 0). */
	case CP14_KEY(0, 0, 0, 0): *val = A9_DBGDIDR; return true;
	case CP14_KEY(0, 1, 0, 0):
	case CP14_KEY(0, 2, 0, 0):
	case CP14_KEY(6, 1, 0, 0):
		*val = 0;
		return true;
	default:
		break;
	}
	if (!cpu_privileged(cpu))
		return false;
	switch (CP14_KEY(opc1, crn, crm, opc2)) {
	case CP14_KEY(0, 1, 1, 4): *val = A9_DBGOSLSR; return true;
	case CP14_KEY(0, 0, 1, 0):   /* DBGDSCRint */
	case CP14_KEY(0, 0, 2, 0):   /* DBGDCCINT */
	case CP14_KEY(0, 0, 2, 2):   /* DBGDSCRext */
	case CP14_KEY(0, 0, 7, 0):   /* DBGVCR */
	case CP14_KEY(0, 1, 3, 4):   /* DBGOSDLR */
	case CP14_KEY(6, 0, 0, 0):   /* TEECR */
	case CP14_KEY(7, 0, 0, 0):   /* JIDR */
	case CP14_KEY(7, 1, 0, 0):   /* JOSCR */
	case CP14_KEY(7, 2, 0, 0):   /* JMCR */
		*val = 0;
		return true;
	default:
		*val = 0;
		return cp14_is_bp_wp(opc1, crn, crm, opc2);
	}
}

bool cp14_write(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		unsigned opc2, uint32_t val)
{
	(void)val;
	if (CP14_KEY(opc1, crn, crm, opc2) == CP14_KEY(6, 1, 0, 0))
		return true;   /* TEEHBR, PL0-writable while TEECR.XED is 0 */
	if (!cpu_privileged(cpu))
		return false;
	switch (CP14_KEY(opc1, crn, crm, opc2)) {
	case CP14_KEY(0, 0, 2, 0):   /* DBGDCCINT */
	case CP14_KEY(0, 0, 2, 2):   /* DBGDSCRext */
	case CP14_KEY(0, 0, 7, 0):   /* DBGVCR */
	case CP14_KEY(0, 1, 0, 4):   /* DBGOSLAR */
	case CP14_KEY(0, 1, 3, 4):   /* DBGOSDLR */
	case CP14_KEY(6, 0, 0, 0):   /* TEECR */
	case CP14_KEY(7, 1, 0, 0):   /* JOSCR */
	case CP14_KEY(7, 2, 0, 0):   /* JMCR */
		return true;
	default:
		return cp14_is_bp_wp(opc1, crn, crm, opc2);
	}
}
