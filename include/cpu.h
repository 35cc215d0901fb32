/*
 * Architectural state of one Cortex-A9 core (ARMv7-A, no Security Extensions or
 * Virtualization Extensions visible, as QEMU's vexpress-a9 presents it).
 *
 * Register convention while an instruction executes (see src/cpu/exec.c):
 *   r[15]   = address of the instruction + 8 (ARM) or + 4 (Thumb): the value an
 *             instruction reads as PC;
 *   cur_pc  = address of the instruction;
 *   next_pc = address of the next instruction; an instruction that branches sets
 *             it with one of the *_write_pc helpers below (ARM ARM A2.3.1).
 * Flags live unpacked in nf/zf/cf/vf (each 0 or 1); cpsr_read() packs them.
 * In a Thumb IT block the loop takes the instruction's condition from ITSTATE and
 * advances ITSTATE before the instruction runs; cur_itstate keeps the value for
 * the instruction itself (an exception that returns to it saves that one).
 */
#ifndef ARMVM_CPU_H
#define ARMVM_CPU_H

#include <setjmp.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "insn.h"

struct gdb;
struct machine;

/* CPSR.M values (ARM ARM B1.3.1). */
enum mode {
	MODE_USR = 0x10, MODE_FIQ = 0x11, MODE_IRQ = 0x12, MODE_SVC = 0x13,
	MODE_MON = 0x16, MODE_ABT = 0x17, MODE_HYP = 0x1a, MODE_UND = 0x1b,
	MODE_SYS = 0x1f
};

/* CPSR bits other than NZCV, Q, GE, IT, T, M (kept unpacked in struct cpu). */
#define CPSR_N   (1u << 31)
#define CPSR_Z   (1u << 30)
#define CPSR_C   (1u << 29)
#define CPSR_V   (1u << 28)
#define CPSR_Q   (1u << 27)
#define CPSR_J   (1u << 24)
#define CPSR_GE  (0xfu << 16)
#define CPSR_E   (1u << 9)
#define CPSR_A   (1u << 8)
#define CPSR_I   (1u << 7)
#define CPSR_F   (1u << 6)
#define CPSR_T   (1u << 5)
#define CPSR_M   0x1fu

/* Exceptions (ARM ARM B1.8), in the order of their vector offsets / 4. */
enum exception {
	EXC_RESET, EXC_UND, EXC_SVC, EXC_PABT, EXC_DABT, EXC_UNUSED, EXC_IRQ, EXC_FIQ
};

/* Banks for r13, r14 and SPSR: one per exception mode, USR/SYS share bank 0. */
enum bank { BANK_USR, BANK_FIQ, BANK_IRQ, BANK_SVC, BANK_ABT, BANK_UND, BANK_COUNT };

/* CP15 registers that this core implements as storage (src/cpu/cp15.c gives the
 * rest their fixed values). Names follow the ARM ARM B4.1. */
struct cp15 {
	uint32_t sctlr, actlr, cpacr;
	uint32_t ttbr0, ttbr1, ttbcr, dacr;
	uint32_t dfsr, ifsr, dfar, ifar, adfsr, aifsr;
	uint32_t par, vbar, contextidr;
	uint32_t tpidrurw, tpidruro, tpidrprw;
	uint32_t prrr, nmrr, csselr;
	uint32_t pmcr, pmcnten, pmuserenr, pmintenset, pmselr, pmovsr;
};

#define SCTLR_M   (1u << 0)
#define SCTLR_A   (1u << 1)
#define SCTLR_C   (1u << 2)
#define SCTLR_SW  (1u << 10)  /* SWP/SWPB enabled (B4.1.130) */
#define SCTLR_Z   (1u << 11)
#define SCTLR_I   (1u << 12)
#define SCTLR_V   (1u << 13)
#define SCTLR_EE  (1u << 25)
#define SCTLR_TRE (1u << 28)
#define SCTLR_AFE (1u << 29)
#define SCTLR_TE  (1u << 30)

/* Why run_loop() returned. */
enum stop_reason {
	STOP_NONE,
	STOP_SHUTDOWN,   /* guest asked to power off (exit_code is armvm's status) */
	STOP_REBOOT,     /* guest asked to reset the board */
	STOP_EXIT,       /* semihosting SYS_EXIT (exit_code) */
	STOP_MAX_INSNS,  /* --max-insns reached */
	STOP_DEADLOCK,   /* WFI with nothing that can ever wake the core */
	STOP_QUIT,       /* the user asked armvm to quit (Ctrl-A x) */
	STOP_KILLED,     /* the debugger's kill request (gdb k) */
	STOP_ERROR,      /* host-side failure, already reported */
};

/* One software-TLB entry: host address = guest VA + addend when the page tag
 * matches (src/mmu/softmmu.c). Tags are page addresses; TLB_INVALID never matches.
 * block: the VA base of the section or page the entry was cut from, with the
 * log2 of its size in bits 0-4 and its domain in bits 5-8, for TLB maintenance
 * by VA and DACR changes. */
struct tlb_entry {
	uint32_t tag_read, tag_write, tag_exec;
	uint32_t block;
	uintptr_t addend;
};
#define TLB_BITS 8
#define TLB_SIZE (1u << TLB_BITS)
#define TLB_INVALID 1u
enum tlb_kind { TLB_PRIV, TLB_USER, TLB_KINDS };

struct cpu {
	uint32_t r[16];
	uint32_t nf, zf, cf, vf;  /* each 0 or 1 */
	uint32_t qf;              /* 0 or 1 */
	uint32_t ge;              /* GE[3:0] */
	uint32_t itstate;         /* ITSTATE[7:0] */
	uint32_t thumb;           /* 0 or 1 */
	uint32_t mode;            /* enum mode */
	uint32_t cpsr_other;      /* E, A, I, F bits in CPSR positions */

	uint32_t cur_pc, next_pc;
	uint32_t cur_itstate;     /* ITSTATE when the current instruction started */

	uint32_t bank_r13[BANK_COUNT], bank_r14[BANK_COUNT], bank_spsr[BANK_COUNT];
	uint32_t usr_r8_r12[5], fiq_r8_r12[5];

	struct cp15 cp15;

	/* VFPv3-D32 (src/cpu/vfp*.c): d[n] holds s[2n] in its low half. */
	struct {
		uint64_t d[32];
		uint32_t fpscr, fpexc, fpinst, fpinst2;
	} vfp;

	/* Local exclusive monitor (ARM ARM A3.4.1). */
	bool excl_open;
	uint32_t excl_addr;

	/* Software TLBs, one per privilege kind; tlb_filled: an entry may be valid. */
	struct tlb_entry tlb[TLB_KINDS][TLB_SIZE];
	bool tlb_filled;
	uint16_t tlb_domains;   /* domains that may have entries */
	bool tlb_large;         /* an entry may come from a mapping larger than 4 KiB */
	uint64_t tlb_large_mib[64];  /* a bit per MiB of VA such an entry may cover */

	/* Interrupt inputs (level) from the interrupt controller. */
	atomic_uint irq_line, fiq_line;
	/* Set from any thread to make the run loop look at the core at the next
	 * instruction boundary. */
	atomic_uint exit_request;
	bool halted;              /* in WFI: set with cpu_halt() */

	enum stop_reason stop;
	int exit_code;

	uint64_t insn_count;
	/* Translated code counts a block's instructions at its exits; an abort
	 * inside it adds this many that ran before the aborting one. */
	uint32_t insns_pending;
	uint64_t max_insns;       /* 0: no limit */
	uint64_t insn_limit;      /* dbt_set_exact: no block starts at this count */
	FILE *trace;              /* --trace insn, or NULL */
	bool semihosting;

	/* The gdb stub (include/gdb.h) or NULL; watch, while it has watchpoints:
	 * called for each access that misses the software TLB (size 0: a fetch),
	 * true when va's page holds one (src/mmu/softmmu.c then keeps it out of
	 * the TLB). */
	struct gdb *gdb;
	bool (*watch)(struct cpu *cpu, uint32_t va, unsigned size, bool write);

	jmp_buf abort_jmp;        /* an abort taken inside an instruction lands here */
	struct machine *machine;
	/* The translator (include/dbt.h) when it is the engine, else NULL, and its
	 * bitmap of RAM pages holding translated code (writes to them must reach it). */
	struct dbt *dbt;
	const uint8_t *code_pages;
};

/* ---- modes and registers (src/cpu/cpu.c) ---- */
void cpu_init(struct cpu *cpu, struct machine *m);
void cpu_reset(struct cpu *cpu);
uint32_t cpsr_read(const struct cpu *cpu);
/* CPSR writes by MSR, exception return or entry: mask selects the bytes/bits
 * written; changing M switches register banks. */
void cpsr_write(struct cpu *cpu, uint32_t val, uint32_t mask);
void cpu_set_mode(struct cpu *cpu, uint32_t mode);
bool mode_is_valid(uint32_t mode);
bool cpu_mode_has_spsr(const struct cpu *cpu);
uint32_t *cpu_spsr(struct cpu *cpu);   /* NULL in USR/SYS */
/* Registers of another mode (LDM/STM user bank, SRS): read/write r[n] of mode. */
uint32_t cpu_reg_of_mode(struct cpu *cpu, uint32_t mode, unsigned n);
void cpu_set_reg_of_mode(struct cpu *cpu, uint32_t mode, unsigned n, uint32_t val);

static inline bool cpu_privileged(const struct cpu *cpu)
{
	return cpu->mode != MODE_USR;
}

/* WFI: stop executing until an interrupt is pending (ARM ARM B1.8.13). */
static inline void cpu_halt(struct cpu *cpu)
{
	cpu->halted = true;
	atomic_store_explicit(&cpu->exit_request, 1, memory_order_relaxed);
}

/* ITAdvance (ARM ARM A2.5.2). */
static inline uint32_t it_advance(uint32_t it)
{
	return (it & 7) ? (it & 0xe0) | ((it << 1) & 0x1f) : 0;
}

/* ConditionPassed for cond (ARM ARM A8.3.1). */
bool cond_pass(const struct cpu *cpu, unsigned cond);

/* ---- writes to the PC (ARM ARM A2.3.1) ---- */
static inline void branch_write_pc(struct cpu *cpu, uint32_t addr)
{
	cpu->next_pc = cpu->thumb ? addr & ~1u : addr & ~3u;
}

static inline void bx_write_pc(struct cpu *cpu, uint32_t addr)
{
	if (addr & 1) {
		cpu->thumb = 1;
		cpu->next_pc = addr & ~1u;
	} else if (!(addr & 2)) {
		cpu->thumb = 0;
		cpu->next_pc = addr;
	} else {
		/* UNPREDICTABLE; Cortex-A9 (and QEMU) clear bit 1 as ARM state. */
		cpu->thumb = 0;
		cpu->next_pc = addr & ~3u;
	}
}

static inline void load_write_pc(struct cpu *cpu, uint32_t addr)
{
	bx_write_pc(cpu, addr);
}

static inline void alu_write_pc(struct cpu *cpu, uint32_t addr)
{
	if (cpu->thumb)
		branch_write_pc(cpu, addr);
	else
		bx_write_pc(cpu, addr);
}

/* Write a result to register d: through alu_write_pc when d is the PC. */
static inline void alu_write_reg(struct cpu *cpu, unsigned d, uint32_t val)
{
	if (d == 15)
		alu_write_pc(cpu, val);
	else
		cpu->r[d] = val;
}

/* Write register d: a plain branch (BranchWritePC) when d is the PC, as QEMU
 * does for the UNPREDICTABLE PC destinations of loads, moves and extends. */
static inline void branch_write_reg(struct cpu *cpu, unsigned d, uint32_t val)
{
	if (d == 15)
		branch_write_pc(cpu, val);
	else
		cpu->r[d] = val;
}

/* Rn as a base address: Align(PC, 4) for the PC (the literal forms). */
static inline uint32_t cpu_base_reg(const struct cpu *cpu, unsigned n)
{
	return n == 15 ? cpu->r[15] & ~3u : cpu->r[n];
}

/* APSR.NZCV from bits [31:28] of val (MRC and VMRS to the PC). */
static inline void cpu_set_nzcv(struct cpu *cpu, uint32_t val)
{
	cpu->nf = val >> 31;
	cpu->zf = val >> 30 & 1;
	cpu->cf = val >> 29 & 1;
	cpu->vf = val >> 28 & 1;
}

/* Exception return (SUBS PC, LR / LDM ^ / RFE): CPSR from spsr, then branch. */
void cpu_exception_return(struct cpu *cpu, uint32_t new_pc, uint32_t spsr);

/* ---- exceptions (src/cpu/exception.c) ---- */
/* Enter the exception now, for the current instruction (UND, SVC, PABT, DABT) or
 * between instructions (IRQ, FIQ: return address is next_pc). Sets next_pc to the
 * vector. The caller's instruction must not change state afterwards. */
void cpu_take_exception(struct cpu *cpu, enum exception exc);
/* UND from inside an instruction: enter the exception and leave the instruction
 * through abort_jmp. */
_Noreturn void cpu_undefined(struct cpu *cpu);
/* Data abort with the given fault status (DFSR[10,3:0] value, plus DFSR_WNR
 * for writes) at address va; leaves the instruction through abort_jmp. */
_Noreturn void cpu_data_abort(struct cpu *cpu, uint32_t va, uint32_t dfsr);
_Noreturn void cpu_prefetch_abort(struct cpu *cpu, uint32_t va, uint32_t ifsr);

#define FSR_ALIGNMENT 0x01u
#define FSR_WNR       (1u << 11)

/* The core's interrupt inputs, as an irq_line target: n = 0 IRQ, 1 FIQ. */
void cpu_set_irq(void *cpu, unsigned n, int level);

/* ---- interpreter (src/cpu/exec.c), run by the loop of src/host/run_loop.c ---- */
/* Interpret one instruction. */
void cpu_step(struct cpu *cpu);
/* "pc: encoding  disassembly" as --trace insn prints it. */
void cpu_print_insn(FILE *f, const struct insn *in, uint32_t pc);
/* Interpret until exit_request is set or budget instructions have run. */
void cpu_interpret(struct cpu *cpu, uint64_t budget);
/* Answer an exit request: clear it, let the machine fire due timers and hand
 * input to devices (unless !devices: --icount does that at deadlines only),
 * take a pending unmasked interrupt. */
void cpu_service(struct cpu *cpu, bool devices);
/* WFI: sleep until an interrupt may be pending (or stop: none ever can). */
void cpu_wait_for_interrupt(struct cpu *cpu);
void cpu_request_stop(struct cpu *cpu, enum stop_reason why, int exit_code);

/* One semantic function per op: interp_<mn>(cpu, insn). */
typedef void interp_fn(struct cpu *cpu, const struct insn *in);
#define FMT(fmt)
#define OP(NAME, mn, fmt) interp_fn interp_##mn;
#include "ops_all.inc"
#undef OP
#undef FMT
extern interp_fn *const interp_table[OP_COUNT];

/* ---- coprocessors (src/cpu/cp15.c): return false when the access is UNDEFINED ---- */
bool coproc_read(struct cpu *cpu, unsigned cp, unsigned opc1, unsigned crn,
		 unsigned crm, unsigned opc2, uint32_t *val);
bool coproc_write(struct cpu *cpu, unsigned cp, unsigned opc1, unsigned crn,
		  unsigned crm, unsigned opc2, uint32_t val);

#endif
