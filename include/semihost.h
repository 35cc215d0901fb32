/*
 * ARM semihosting (src/devices/semihost.c), reached when --semihosting is given and
 * the guest executes SVC 0x123456 (ARM) or SVC 0xAB (Thumb): r0 holds the
 * operation, r1 the parameter block; the result goes to r0.
 */
#ifndef ARMVM_SEMIHOST_H
#define ARMVM_SEMIHOST_H

#include "cpu.h"

void semihost_call(struct cpu *cpu);

#endif
