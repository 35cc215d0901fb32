/*
 * Branches in native code (ARM ARM A8.8.18, A8.8.25-A8.8.29, A8.8.29 CBZ): the
 * direct ones leave through chainable exits, the indirect ones through the
 * dispatcher with the target in eax.
 */
#include "gen.h"

/* LR for BL/BLX: the next instruction, with bit 0 set in Thumb state. */
static void gen_set_lr(struct gen *g)
{
	gen_write_reg_imm(g, 14, gen_next_pc(g) | (g->thumb ? 1 : 0));
}

static void gen_direct(struct gen *g, uint32_t target, bool link)
{
	if (link)
		gen_set_lr(g);
	gen_exit_direct(g, target);
	g->ended = true;
}

/* BLX (immediate): into the other instruction set. */
static void gen_blx_imm(struct gen *g)
{
	uint32_t target = g->thumb ? (gen_pc_value(g) & ~3u) + g->in->imm
				   : gen_pc_value(g) + g->in->imm;
	gen_set_lr(g);
	x64_mov_m32_imm32(g->b, cpu_mem(CPU_OFF(thumb)), g->thumb ? 0 : 1);
	g->thumb = !g->thumb;
	gen_exit_direct(g, target & (g->thumb ? ~1u : ~3u));
	g->thumb = !g->thumb;
	g->ended = true;
}

/* BXWritePC (A2.3.2) of the value in eax, then leave. */
void gen_bx_write_pc(struct gen *g)
{
	struct x64_buf *b = g->b;
	x64_test_r8_imm8(b, X64_RAX, 1);
	uint8_t *to_arm = x64_jcc_rel8(b, X64_CC_E, NULL);
	x64_and_r32_imm(b, X64_RAX, ~1);
	x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(thumb)), 1);
	uint8_t *done = x64_jmp_rel8(b, NULL);
	if (to_arm)
		x64_patch_rel8(to_arm, b->p);
	/* Bit 1 set in ARM state is UNPREDICTABLE; cleared as the interpreter does. */
	x64_and_r32_imm(b, X64_RAX, ~3);
	x64_mov_m32_imm32(b, cpu_mem(CPU_OFF(thumb)), 0);
	if (done)
		x64_patch_rel8(done, b->p);
	gen_set_itstate(g, g->it_next);
	gen_exit_lookup(g);
	g->ended = true;
}

static void gen_cbz(struct gen *g, bool nonzero)
{
	struct x64_buf *b = g->b;
	enum x64_reg host = gen_reg_host(g, g->in->rn);
	if (host == X64_RAX)
		x64_alu_m32_imm(b, X64_CMP, gen_reg_mem(g->in->rn), 0);
	else
		x64_test_r32_r32(b, host, host);
	uint8_t *not_taken = x64_jcc_rel32(b, nonzero ? X64_CC_E : X64_CC_NE, NULL);
	uint32_t mem_it = g->mem_it;
	gen_exit_direct(g, gen_pc_value(g) + g->in->imm);
	g->mem_it = mem_it;
	if (not_taken)
		x64_patch_rel32(not_taken, b->p);
	gen_exit_direct(g, gen_next_pc(g));
	g->ended = true;
}

bool gen_branch(struct gen *g)
{
	const struct insn *in = g->in;
	uint32_t align = g->thumb ? ~1u : ~3u;
	switch (in->op) {
	case OP_B:
		gen_direct(g, (gen_pc_value(g) + in->imm) & align, false);
		return true;
	case OP_BL:
		gen_direct(g, (gen_pc_value(g) + in->imm) & align, true);
		return true;
	case OP_BLX_IMM:
		gen_blx_imm(g);
		return true;
	case OP_BX:
	case OP_BXJ:
		gen_read_reg(g, X64_RAX, in->rm);
		gen_bx_write_pc(g);
		return true;
	case OP_BLX:
		gen_read_reg(g, X64_RAX, in->rm);
		gen_set_lr(g);
		gen_bx_write_pc(g);
		return true;
	case OP_CBZ:
	case OP_CBNZ:
		gen_cbz(g, in->op == OP_CBNZ);
		return true;
	default:
		return false;
	}
}
