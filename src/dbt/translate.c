/*
 * The block compiler: guest instructions from vpc up to the first branch, the
 * end of the page or DBT_BLOCK_INSNS, each as native code (gen_*.c) or as a
 * call to the interpreter's own function for it, with the conditions, IT state
 * and exits around them.
 */
#include <assert.h>
#include <string.h>

#include "gen.h"
#include "log.h"
#include "mem.h"
#include "mmu.h"

void gen_set_itstate(struct gen *g, uint32_t it)
{
	if (g->mem_it != it)
		x64_mov_m32_imm32(g->b, cpu_mem(CPU_OFF(itstate)), it);
	g->mem_it = it;
}

void gen_sync_state(struct gen *g)
{
	struct x64_buf *b = g->b;
	x64_mov_m32_imm32(b, cpu_mem(CPU_REG(15)), gen_pc_value(g));
	x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(cur_pc)), g->pc);
	x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(next_pc)), gen_next_pc(g));
	x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(cur_itstate)), g->it);
	x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(insns_pending)), g->count - 1);
	gen_set_itstate(g, g->it_next);
}

void gen_call_helper(struct gen *g)
{
	struct x64_buf *b = g->b;
	gen_sync_state(g);
	gen_regs_store(g);
	x64_mov_r64_r64(b, X64_RDI, X64_RBP);
	x64_mov_r64_imm(b, X64_RSI, (uintptr_t)g->in);
	x64_call_abs(b, (const void *)interp_table[g->in->op], X64_RAX);
	gen_regs_reload(g);   /* it may have written any register */
	g->neon_ok = false;   /* ... or FPEXC */
	g->d->stats.helper_insns++;
	if (!g->d->exact)
		return;
	/* dbt_set_exact: leave after the instruction when it asked for the loop. */
	x64_alu_m32_imm(b, X64_CMP, cpu_mem(CPU_OFF(exit_request)), 0);
	uint8_t *go_on = x64_jcc_rel32(b, X64_CC_E, NULL);
	gen_count(g);
	x64_mov_r32_m32(b, X64_RAX, cpu_mem(CPU_OFF(next_pc)));
	x64_mov_m32_r32(b, cpu_mem(CPU_REG(15)), X64_RAX);
	x64_mov_r32_imm32(b, X64_RAX, 0);
	x64_jmp_rel32(b, g->d->exit_stub);
	if (go_on)
		x64_patch_rel32(go_on, b->p);
}

void gen_count(struct gen *g)
{
	if (!g->count)
		return;
	x64_alu_m64_imm(g->b, X64_ADD, cpu_mem(CPU_OFF(insn_count)), (int32_t)g->count);
}

/* The flags of the block an exit goes to: the same state, with the ITSTATE
 * after the instruction and the given instruction set. */
static uint32_t exit_flags(const struct gen *g, bool thumb)
{
	return (g->tb->flags & ~(TBF_THUMB | 0xffu << TBF_IT_SHIFT)) |
	       (thumb ? TBF_THUMB : 0) | g->it_next << TBF_IT_SHIFT;
}

/* What struct cpu must hold when the block is left: the flags (before the
 * count's ADD clobbers them), the instruction count, the dirty registers. */
static void gen_leave(struct gen *g)
{
	gen_flags_store(g);
	gen_count(g);
	gen_regs_store(g);
}

void gen_exit_direct(struct gen *g, uint32_t pc)
{
	struct x64_buf *b = g->b;
	gen_set_itstate(g, g->it_next);
	gen_leave(g);
	uint32_t flags = exit_flags(g, g->thumb);
	/* A budget with no limit check at block entry: every exit returns. */
	bool budget = g->d->cpu->max_insns && !g->d->exact;
	if (!budget && ((pc ^ g->tb->vpc) >> 12 || g->nexits == DBT_TB_EXITS)) {
		/* Never chained (another page) or no slot left: look the block up inline. */
		x64_mov_m32_imm32(b, cpu_mem(CPU_REG(15)), pc);
		x64_mov_r32_imm32(b, X64_RAX, pc);
		x64_mov_r32_imm32(b, X64_RCX, flags);
		x64_jmp_rel32(b, g->d->lookup_stub);
		return;
	}
	if (g->nexits == DBT_TB_EXITS) {
		x64_mov_m32_imm32(b, cpu_mem(CPU_REG(15)), pc);
		x64_mov_r32_imm32(b, X64_RAX, 0);
		x64_jmp_rel32(b, g->d->exit_stub);
		return;
	}
	unsigned slot = g->nexits++;
	struct tb_exit *e = &g->tb->exit[slot];
	e->pc = pc;
	e->flags = flags;
	e->jmp = x64_jmp_rel32(b, NULL);
	e->stub = b->p;
	if (e->jmp)
		x64_patch_rel32(e->jmp, e->stub);
	x64_mov_m32_imm32(b, cpu_mem(CPU_REG(15)), pc);
	x64_mov_r64_imm(b, X64_RAX, (uintptr_t)g->tb | slot);
	x64_jmp_rel32(b, g->d->exit_stub);
}

void gen_exit_dynamic(struct gen *g)
{
	struct x64_buf *b = g->b;
	x64_mov_m32_r32(b, cpu_mem(CPU_REG(15)), X64_RAX);
	gen_leave(g);
	x64_mov_r32_imm32(b, X64_RAX, 0);
	x64_jmp_rel32(b, g->d->exit_stub);
}

void gen_exit_lookup(struct gen *g)
{
	struct x64_buf *b = g->b;
	if (g->d->cpu->max_insns && !g->d->exact) {   /* the budget is counted on return */
		gen_exit_dynamic(g);
		return;
	}
	uint32_t flags = exit_flags(g, false);   /* Thumb: from cpu->thumb */
	x64_mov_m32_r32(b, cpu_mem(CPU_REG(15)), X64_RAX);
	gen_leave(g);
	x64_mov_r32_m32(b, X64_RCX, cpu_mem(CPU_OFF(thumb)));
	x64_or_r32_imm(b, X64_RCX, (int32_t)flags);
	gen_ras_pop(g);
	x64_jmp_rel32(b, g->d->lookup_stub);
}

/* Ops after which the dispatcher must look at the CPU again: they change the
 * state blocks are compiled for (mode, MMU, endianness, IT), stop the core, or
 * may have asked the loop to stop. */
static bool op_returns_to_dispatcher(const struct gen *g)
{
	const struct insn *in = g->in;
	/* A write to the PC may be an exception return (mode, T and IT from the
	 * SPSR) even when it lands on the next instruction. */
	if (in->rd == 15 || in->ra == 15 || (in->reglist & 0x8000))
		return true;
	switch (in->op) {
	case OP_MSR: case OP_CPS: case OP_SETEND: case OP_MCR: case OP_MCRR:
	case OP_WFI: case OP_SVC: case OP_BKPT: case OP_UDF:
	case OP_UNDEF: case OP_SUBS_PC_LR: case OP_RFE: case OP_IT:
		return true;
	default:
		return false;
	}
}

static void gen_helper_insn(struct gen *g)
{
	struct x64_buf *b = g->b;
	gen_flags_store(g);   /* if an access kept them pending but is not native */
	gen_call_helper(g);
	g->host_flags = HF_NONE;
	g->mem_it = MEM_IT_UNKNOWN;
	if (op_returns_to_dispatcher(g)) {
		x64_mov_r32_m32(b, X64_RAX, cpu_mem(CPU_OFF(next_pc)));
		gen_exit_dynamic(g);
		g->ended = true;
		return;
	}
	/* It may have branched (a load to the PC, an exception). */
	x64_alu_m32_imm(b, X64_CMP, cpu_mem(CPU_OFF(next_pc)), (int32_t)gen_next_pc(g));
	uint8_t *same = x64_jcc_rel32(b, X64_CC_E, NULL);
	x64_mov_r32_m32(b, X64_RAX, cpu_mem(CPU_OFF(next_pc)));
	gen_exit_dynamic(g);
	if (same)
		x64_patch_rel32(same, b->p);
	g->mem_it = g->it_next;
}

/* Fetch and decode the instruction at pc into in; false when it must start a
 * block of its own (a Thumb-2 instruction that crosses into the next page). */
static bool fetch_insn(struct gen *g, uint32_t pc, struct insn *in, bool first)
{
	struct cpu *cpu = g->d->cpu;
	if (!g->thumb) {
		decode(ISA_ARM, mem_fetch32(cpu, pc), in);
		return true;
	}
	uint32_t hw1 = mem_fetch16(cpu, pc);
	if (!thumb_is_32bit(hw1)) {
		decode(ISA_THUMB, hw1, in);
		return true;
	}
	if ((pc & 0xfff) == 0xffe) {
		if (!first)
			return false;
		struct translation t;
		uint32_t fsr;
		cpu->cur_pc = pc;
		cpu->cur_itstate = cpu->itstate;
		uint32_t hw2 = mem_fetch16(cpu, pc + 2);   /* may abort, as the interpreter */
		if (mmu_translate(cpu, pc + 2, ACCESS_EXEC, !cpu_privileged(cpu), &t, &fsr))
			g->tb->pa_last = t.pa + 1;
		decode(ISA_THUMB, hw1 << 16 | hw2, in);
		return true;
	}
	decode(ISA_THUMB, hw1 << 16 | mem_fetch16(cpu, pc + 2), in);
	return true;
}

/* Decode the instructions from pc up to the first that surely ends the block
 * (a branch, a write to the PC, a return to the dispatcher) into the block's
 * slots of d->insns; their count. They choose the cached registers. */
static unsigned predecode(struct gen *g, uint32_t pc)
{
	struct dbt *d = g->d;
	unsigned n = 0;
	while (n < DBT_BLOCK_INSNS) {
		struct insn *in = &d->insns[d->ninsns + n];
		if (!fetch_insn(g, pc, in, !n))
			break;
		n++;
		g->in = in;
		switch (in->op) {
		case OP_B:
			if (in->cond < COND_AL)
				break;   /* the block may go on (translate_insn) */
			return n;
		case OP_BL: case OP_BLX_IMM: case OP_BX: case OP_BXJ: case OP_BLX:
		case OP_CBZ: case OP_CBNZ: case OP_TBB: case OP_TBH:
			return n;
		default:
			if (in->op != OP_IT && op_returns_to_dispatcher(g))
				return n;
		}
		pc += in->len;
		if (!(pc & 0xfff))
			break;
	}
	return n;
}

/* One instruction: condition, body, and the fall-through exit of a
 * conditional instruction that ends the block. */
static void translate_insn(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	g->cond = in->cond;
	g->it_next = 0;
	if (g->it & 0xf) {
		g->cond = g->it >> 4;
		g->it_next = it_advance(g->it);
	}
	uint8_t *skip = NULL;
	uint32_t mem_it = g->mem_it;
	uint16_t dirty = g->dirty;
	enum x64_cc unused;
	/* A conditional B outside IT blocks, with exit slots to spare, that the
	 * x86 flags decide when they are pending: the block goes on after it on
	 * the path where it is not taken (whose state is the one before it). */
	bool go_on = in->op == OP_B && g->cond < COND_AL && !(g->it & 0xf) &&
		     g->nexits + 3 <= DBT_TB_EXITS &&
		     (!g->flags_pending || gen_host_cond_fails(g->cond, g->host_flags, &unused));
	/* Code that keeps the x86 flags keeps pending ones pending, also under
	 * a condition they decide; so does the branch: its exit stores them. */
	bool keep = go_on || (gen_keeps_host_flags(g) &&
			      (g->cond == COND_AL || !g->flags_pending ||
			       gen_host_cond_fails(g->cond, g->host_flags, &unused)));
	if (g->flags_pending && !keep && (g->cond < COND_AL ||
		!(gen_dp_overwrites_flags(g, g->host_flags, true) || gen_flags_dead(g))))
		gen_flags_store(g);
	g->flags_pending &= keep;
	bool pending = g->flags_pending;
	enum host_flags hf = g->host_flags;
	g->host_flags = keep ? hf : HF_NONE;
	g->flags_in = hf;
	if (g->cond < COND_AL) {
		if (!gen_host_cond_fails(g->cond, hf, &unused))
			g->flags_in = HF_NONE;   /* the test compares in memory */
		if ((keep && pending) || !gen_select_begin(g, hf))
			skip = gen_jump_if_cond_fails(b, g->cond, hf);
	}
	g->ended = false;
	if (in->op == OP_IT && !(g->it & 0xf)) {
		g->it_next = in->imm;           /* the block follows ITSTATE itself */
		g->host_flags = hf;             /* no code: the flags live on */
	} else if (gen_op_is_hint(in->op)) {
		g->host_flags = hf;             /* no code: nothing to do on one core */
	} else if (!gen_branch(g) && !gen_dp(g) && !gen_mem(g) && !gen_mul(g) &&
		   !gen_neon(g)) {
		gen_helper_insn(g);
	} else {
		g->d->stats.native_insns++;
	}
	if (g->select)
		g->host_flags = HF_NONE;   /* the CMOVs' test */
	g->select = false;
	if (!skip)
		return;
	if (go_on) {               /* not taken: the state before the branch */
		g->flags_pending = pending;
		g->host_flags = g->flags_in;
		g->mem_it = mem_it;
		g->ended = false;
		x64_patch_rel32(skip, b->p);
		return;
	}
	assert(!keep || g->flags_pending == pending);
	if (keep) {                /* both paths kept the x86 flags */
		g->host_flags = g->flags_in;
	} else {
		gen_flags_store(g);        /* the skipping path has them in struct cpu */
		g->host_flags = HF_NONE;   /* ... and the test's x86 flags */
	}
	g->dirty |= dirty;         /* ... and the registers dirty before it */
	if (!g->ended && g->mem_it != mem_it)
		g->mem_it = MEM_IT_UNKNOWN;
	else if (g->ended)
		g->mem_it = mem_it;
	x64_patch_rel32(skip, b->p);
	if (g->ended) {
		g->it_next = g->it & 0xf ? it_advance(g->it) : 0;
		gen_exit_direct(g, gen_next_pc(g));
	}
}

/* Compare the len guest bytes at host with what they are now: jump to stale
 * on a difference. */
static void emit_compare(struct x64_buf *b, const uint8_t *host, uint32_t len, uint8_t *stale)
{
	x64_mov_r64_imm(b, X64_RDX, (uintptr_t)host);
	for (uint32_t o = 0, n; o < len; o += n) {
		uint64_t v = 0;
		n = len - o >= 8 ? 8 : len - o >= 4 ? 4 : 2;   /* len is even */
		memcpy(&v, host + o, n);
		struct x64_mem m = x64_mem(X64_RDX, (int32_t)o);
		if (n == 8) {
			x64_mov_r64_imm(b, X64_RAX, v);
			x64_alu_r64_m64(b, X64_CMP, X64_RAX, m);
		} else if (n == 4) {
			x64_alu_m32_imm(b, X64_CMP, m, (int32_t)(uint32_t)v);
		} else {
			x64_movzx_r32_m16(b, X64_RAX, m);
			x64_cmp_r32_imm(b, X64_RAX, (int32_t)v);
		}
		x64_jcc_rel32(b, X64_CC_NE, stale);
	}
}

/* A block of a page that is not write-protected (tb_code_store) is entered
 * through a check of the guest bytes it was compiled from (its one or two
 * pages' parts, through the RAM mapping): if they changed, it is dropped and
 * the dispatcher compiles what is there now. */
static void emit_self_check(struct dbt *d, struct tb *tb, uint8_t *to_dispatcher)
{
	struct x64_buf *b = &d->buf;
	const struct bus *bus = &d->m->bus;
	uint8_t *stale = b->p;
	x64_mov_r64_imm(b, X64_RDI, (uintptr_t)d);
	x64_mov_r64_imm(b, X64_RSI, (uintptr_t)tb);
	x64_call_abs(b, (const void *)tb_stale, X64_RAX);
	x64_jmp_rel32(b, to_dispatcher);
	tb->entry = b->p;
	uint32_t first_end = (tb->pa ^ tb->pa_last) >> 12 ? tb->pa | 0xfffu : tb->pa_last;
	uint32_t len = first_end - tb->pa + 1;
	emit_compare(b, bus_ram_ptr(bus, tb->pa, len), len, stale);
	if (first_end != tb->pa_last) {
		uint32_t page = tb->pa_last & ~0xfffu;
		len = tb->pa_last - page + 1;
		emit_compare(b, bus_ram_ptr(bus, page, len), len, stale);
	}
	x64_jmp_rel32(b, tb->code);
}

/* --log translate: the block's guest instructions (from d->insns[first]) and
 * its host code, 16 bytes a line, as scripts/disasm-host.sh reads them. */
static void log_block(const struct dbt *d, const struct tb *tb, unsigned first)
{
	fprintf(stderr, "armvm: translate: IN 0x%08x pa 0x%08x %s flags 0x%04x\n", tb->vpc,
		tb->pa, tb->flags & TBF_THUMB ? "thumb" : "arm", tb->flags);
	uint32_t pc = tb->vpc;
	for (unsigned i = first; i < d->ninsns; pc += d->insns[i++].len) {
		fputs("  ", stderr);
		cpu_print_insn(stderr, &d->insns[i], pc);
	}
	size_t len = (size_t)(d->buf.p - tb->code);
	fprintf(stderr, "armvm: translate: OUT 0x%lx %zu bytes entry +%zu\n",
		(unsigned long)(uintptr_t)tb->code, len, (size_t)(tb->entry - tb->code));
	for (size_t o = 0; o < len; o++)
		fprintf(stderr, "%s%02x%s", o % 16 ? " " : "  ", tb->code[o],
			o % 16 == 15 || o + 1 == len ? "\n" : "");
}

struct tb *translate_block(struct dbt *d, uint32_t vpc, uint32_t pa, uint32_t flags)
{
	struct x64_buf *b = &d->buf;
	if (d->ntbs == DBT_MAX_TBS || d->ninsns + DBT_BLOCK_INSNS > DBT_MAX_INSNS)
		return NULL;
	struct tb *tb = &d->tbs[d->ntbs];
	unsigned first_insn = d->ninsns;
	memset(tb, 0, sizeof(*tb));
	tb->vpc = vpc;
	tb->flags = flags;
	tb->pa = tb->pa_last = pa;
	struct gen g = {
		.d = d, .b = b, .tb = tb,
		.thumb = flags & TBF_THUMB,
		.it = flags >> TBF_IT_SHIFT & 0xff,
	};
	g.mem_it = g.it;
	unsigned npre = predecode(&g, vpc);

	x64_align(b, 16);
	tb->code = b->p;
	x64_alu_m32_imm(b, X64_CMP, cpu_mem(CPU_OFF(exit_request)), 0);
	uint8_t *entry_exit = x64_jcc_rel32(b, X64_CC_NE, NULL), *limit_exit = NULL;
	if (d->exact) {   /* chained blocks keep to dbt_run's budget */
		x64_mov_r64_m64(b, X64_RAX, cpu_mem(CPU_OFF(insn_limit)));
		x64_alu_r64_m64(b, X64_CMP, X64_RAX, cpu_mem(CPU_OFF(insn_count)));
		limit_exit = x64_jcc_rel32(b, X64_CC_BE, NULL);
	}
	bool at_bp = d->bp && d->bp(d->bp_ctx, vpc);
	if (at_bp)   /* a debugger breakpoint: stop the loop here */
		x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(exit_request)), 1);
	else
		gen_regs_enter(&g, &d->insns[d->ninsns], npre);

	uint32_t pc = vpc;
	while (!at_bp) {
		struct insn *in = &d->insns[d->ninsns];
		if ((pc != vpc && d->bp && d->bp(d->bp_ctx, pc)) ||
		    (g.count >= npre && !fetch_insn(&g, pc, in, pc == vpc))) {
			g.it_next = g.it;
			gen_exit_direct(&g, pc);
			break;
		}
		d->ninsns++;
		g.in = in;
		g.pre_end = &d->insns[first_insn + npre];
		g.pc = pc;
		g.count++;
		if (!(((pc + in->len - 1) ^ vpc) >> 12))   /* else fetch_insn set it */
			tb->pa_last = pa + (pc + in->len - 1 - vpc);
		translate_insn(&g);
		if (g.ended)
			break;
		pc += in->len;
		g.it = g.it_next;
		if (g.count >= DBT_BLOCK_INSNS || !(pc & 0xfff)) {
			gen_exit_direct(&g, pc);
			break;
		}
	}

	uint8_t *to_dispatcher = b->p;
	if (entry_exit)
		x64_patch_rel32(entry_exit, b->p);
	if (limit_exit)
		x64_patch_rel32(limit_exit, b->p);
	x64_mov_m32_imm32(b, cpu_mem(CPU_REG(15)), vpc);
	x64_mov_r32_imm32(b, X64_RAX, 0);
	x64_jmp_rel32(b, d->exit_stub);
	tb->entry = tb->code;
	if (tb_self_checking(d, pa) || tb_self_checking(d, tb->pa_last))
		emit_self_check(d, tb, to_dispatcher);
	if (b->overflow)
		return NULL;
	if (d->perf_map)
		fprintf(d->perf_map, "%lx %lx tb_%08x_%x\n", (unsigned long)(uintptr_t)tb->code,
			(unsigned long)(b->p - tb->code), vpc, flags);
	if (log_enabled & LOG_TRANSLATE)
		log_block(d, tb, first_insn);
	tb->ninsns = (uint16_t)g.count;
	tb->valid = true;
	d->ntbs++;
	d->stats.blocks++;
	return tb;
}
