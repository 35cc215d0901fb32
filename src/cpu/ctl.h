/*
 * Internals of the ctl class: the field packing its decoder, interpreter and
 * disassembler share (include/ops_ctl.inc: coprocessor number, opc1 and opc2 of
 * MCR/MRC/MCRR/MRRC travel in insn.imm), and the parts of the coprocessor
 * model (src/cpu/cp15.c, cp15_id.c, cp15_pmu.c, cp14.c).
 */
#ifndef ARMVM_CTL_H
#define ARMVM_CTL_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"
#include "insn.h"

#define CTL_CP_IMM(cp, opc1, opc2) ((cp) | (opc1) << 4 | (opc2) << 8)

static inline unsigned ctl_cp(const struct insn *in) { return in->imm & 0xf; }
static inline unsigned ctl_opc1(const struct insn *in) { return in->imm >> 4 & 0xf; }
static inline unsigned ctl_opc2(const struct insn *in) { return in->imm >> 8 & 0x7; }

/* CP15 c0: identification registers (PL1 reads only). */
bool cp15_id_read(const struct cpu *cpu, unsigned opc1, unsigned crm, unsigned opc2,
		  uint32_t *val);
/* CP15 c9 and c14: the performance monitors, with their PL0 rules. */
bool cp15_pmu_read(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		   unsigned opc2, uint32_t *val);
bool cp15_pmu_write(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		    unsigned opc2, uint32_t val);
/* CP14: debug and ThumbEE/Jazelle identification. */
bool cp14_read(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
	       unsigned opc2, uint32_t *val);
bool cp14_write(struct cpu *cpu, unsigned opc1, unsigned crn, unsigned crm,
		unsigned opc2, uint32_t val);

#endif
