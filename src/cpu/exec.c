/*
 * The reference interpreter: fetch, decode (through a cache of decoded
 * instructions keyed by the encoding), check the condition, run the op's
 * semantic function; and what the run loop (src/host/run_loop.c) asks of the
 * core between bursts: service an exit request, take interrupts, wait in WFI.
 */
#include "cpu.h"
#include "machine.h"
#include "mem.h"

interp_fn *const interp_table[OP_COUNT] = {
#define FMT(fmt)
#define OP(NAME, mn, fmt) [OP_##NAME] = interp_##mn,
#include "ops_all.inc"
#undef OP
#undef FMT
};

/* Decoding is a pure function of (encoding, instruction set), so the cache needs
 * no invalidation when guest code changes. */
#define DCACHE_BITS 15
struct dcache_entry {
	uint32_t enc;
	uint32_t isa;   /* enum isa + 1; 0 = empty */
	struct insn in;
};
static struct dcache_entry dcache[1u << DCACHE_BITS];

static const struct insn *decode_cached(enum isa isa, uint32_t enc)
{
	uint32_t h = (enc * 0x9e3779b1u + isa) >> (32 - DCACHE_BITS);
	struct dcache_entry *e = &dcache[h];
	if (e->enc != enc || e->isa != (uint32_t)isa + 1) {
		decode(isa, enc, &e->in);
		e->enc = enc;
		e->isa = (uint32_t)isa + 1;
	}
	return &e->in;
}

static const struct insn *fetch(struct cpu *cpu, uint32_t pc)
{
	if (!cpu->thumb)
		return decode_cached(ISA_ARM, mem_fetch32(cpu, pc));
	uint32_t hw1 = mem_fetch16(cpu, pc);
	if (!thumb_is_32bit(hw1))
		return decode_cached(ISA_THUMB, hw1);
	return decode_cached(ISA_THUMB, hw1 << 16 | mem_fetch16(cpu, pc + 2));
}

void cpu_print_insn(FILE *f, const struct insn *in, uint32_t pc)
{
	char text[96];
	disasm(in, pc, text, sizeof(text));
	if (!(in->flags & INSN_THUMB))
		fprintf(f, "%08x: %08x      %s\n", pc, in->raw, text);
	else if (in->len == 2)
		fprintf(f, "%08x: %04x          %s\n", pc, in->raw, text);
	else
		fprintf(f, "%08x: %04x %04x     %s\n", pc, in->raw >> 16, in->raw & 0xffff, text);
}

static inline void step(struct cpu *cpu)
{
	uint32_t pc = cpu->r[15];
	cpu->cur_pc = pc;
	cpu->cur_itstate = cpu->itstate;
	const struct insn *in = fetch(cpu, pc);
	unsigned cond = in->cond;

	if (cpu->trace)
		cpu_print_insn(cpu->trace, in, pc);
	if (cpu->itstate & 0xf) {
		cond = cpu->itstate >> 4;
		cpu->itstate = it_advance(cpu->itstate);
	}
	cpu->next_pc = pc + in->len;
	cpu->r[15] = pc + (cpu->thumb ? 4 : 8);
	if (cond == COND_AL || cond_pass(cpu, cond))
		interp_table[in->op](cpu, in);
	cpu->r[15] = cpu->next_pc;
}

/* Take a pending, unmasked interrupt (FIQ before IRQ); a pending interrupt also
 * ends WFI even while masked (ARM ARM B1.8.13). */
static void check_interrupts(struct cpu *cpu)
{
	bool fiq = atomic_load_explicit(&cpu->fiq_line, memory_order_relaxed);
	bool irq = atomic_load_explicit(&cpu->irq_line, memory_order_relaxed);
	if (fiq || irq)
		cpu->halted = false;
	if (fiq && !(cpu->cpsr_other & CPSR_F))
		cpu_take_exception(cpu, EXC_FIQ);
	else if (irq && !(cpu->cpsr_other & CPSR_I))
		cpu_take_exception(cpu, EXC_IRQ);
}

void cpu_service(struct cpu *cpu, bool devices)
{
	atomic_store_explicit(&cpu->exit_request, 0, memory_order_relaxed);
	if (devices && cpu->machine && cpu->machine->service)
		cpu->machine->service(cpu->machine);
	check_interrupts(cpu);
}

void cpu_wait_for_interrupt(struct cpu *cpu)
{
	struct machine *m = cpu->machine;
	if (!m || !m->wait || !m->wait(m))
		cpu_request_stop(cpu, STOP_DEADLOCK, 1);
	atomic_store_explicit(&cpu->exit_request, 1, memory_order_relaxed);
}

void cpu_step(struct cpu *cpu)
{
	step(cpu);
	cpu->insn_count++;
}

void cpu_interpret(struct cpu *cpu, uint64_t budget)
{
	while (budget--) {
		cpu_step(cpu);
		if (atomic_load_explicit(&cpu->exit_request, memory_order_relaxed))
			break;
	}
}

void cpu_request_stop(struct cpu *cpu, enum stop_reason why, int exit_code)
{
	if (cpu->stop == STOP_NONE) {
		cpu->stop = why;
		cpu->exit_code = exit_code;
	}
	atomic_store_explicit(&cpu->exit_request, 1, memory_order_relaxed);
}
