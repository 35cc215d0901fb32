/*
 * Branches in native code (ARM ARM A8.8.18, A8.8.25-A8.8.29, A8.8.29 CBZ): the
 * direct ones leave through chainable exits, the indirect ones through the
 * dispatcher with the target in eax.
 */
#include "gen.h"

#define DBT_OFF(field) ((int32_t)offsetof(struct dbt, field))
#define TB_OFF(field)  ((int32_t)offsetof(struct tb, field))

/* A call: push this block on the return-address stack (a ring). Leaves the
 * x86 flags clobbered, rax intact. */
static void gen_ras_push(struct gen *g)
{
	struct x64_buf *b = g->b;
	gen_flags_store(g);
	g->tb->ret_pc = gen_next_pc(g);
	x64_mov_r64_imm(b, X64_RDX, (uintptr_t)g->d);
	x64_mov_r32_m32(b, X64_RCX, x64_mem(X64_RDX, DBT_OFF(ras_top)));
	x64_inc_r32(b, X64_RCX);
	x64_and_r32_imm(b, X64_RCX, DBT_RAS - 1);
	x64_mov_m32_r32(b, x64_mem(X64_RDX, DBT_OFF(ras_top)), X64_RCX);
	x64_mov_r64_imm(b, X64_R8, (uintptr_t)g->tb);
	x64_mov_m64_r64(b, x64_mem_sib(X64_RDX, X64_RCX, 8, DBT_OFF(ras)), X64_R8);
}

/* A return (BX LR, MOV PC, LR, a load of the PC from the stack) to the guest
 * address eax in state ecx (the jump cache's key): pop the caller; when eax is
 * where its call returns, jump straight to the block found there last, if
 * nothing since (dbt.gen) may have made it another's and it is for this state
 * and domain; the first time, let the dispatcher find it (dbt_run); else fall
 * through to the jump cache. The target is checked, so a wrong guess costs
 * time only. */
void gen_ras_pop(struct gen *g)
{
	struct x64_buf *b = g->b;
	const struct insn *in = g->in;
	if (in->op == OP_BLX || (in->rm != 14 && in->rn != 13))
		return;
	x64_mov_r64_imm(b, X64_RDX, (uintptr_t)g->d);
	x64_mov_r32_m32(b, X64_R8, x64_mem(X64_RDX, DBT_OFF(ras_top)));
	x64_mov_r64_m64(b, X64_R9, x64_mem_sib(X64_RDX, X64_R8, 8, DBT_OFF(ras)));
	x64_dec_r32(b, X64_R8);
	x64_and_r32_imm(b, X64_R8, DBT_RAS - 1);
	x64_mov_m32_r32(b, x64_mem(X64_RDX, DBT_OFF(ras_top)), X64_R8);
	x64_alu_r32_m32(b, X64_CMP, X64_RAX, x64_mem(X64_R9, TB_OFF(ret_pc)));
	uint8_t *miss = x64_jcc_rel8(b, X64_CC_NE, NULL);
	x64_mov_r64_m64(b, X64_R8, x64_mem(X64_R9, TB_OFF(ret_gen)));
	x64_alu_r64_m64(b, X64_CMP, X64_R8, x64_mem(X64_RDX, DBT_OFF(gen)));
	uint8_t *fill = x64_jcc_rel8(b, X64_CC_NE, NULL);
	x64_mov_r64_m64(b, X64_R10, x64_mem(X64_R9, TB_OFF(ret_tb)));
	x64_alu_r32_m32(b, X64_CMP, X64_RCX, x64_mem(X64_R10, TB_OFF(flags)));
	uint8_t *miss2 = x64_jcc_rel8(b, X64_CC_NE, NULL);
	x64_mov_r32_m32(b, X64_R8, x64_mem(X64_R10, TB_OFF(domain_bit)));
	x64_alu_r32_m32(b, X64_AND, X64_R8, x64_mem(X64_RDX, DBT_OFF(dacr_ok)));
	uint8_t *miss3 = x64_jcc_rel8(b, X64_CC_E, NULL);
	x64_jmp_m64(b, x64_mem(X64_R10, TB_OFF(entry)));
	x64_patch_rel8(fill, b->p);
	x64_mov_m64_r64(b, x64_mem(X64_RDX, DBT_OFF(ras_fill)), X64_R9);
	x64_mov_r32_imm32(b, X64_RAX, 0);
	x64_jmp_rel32(b, g->d->exit_stub);
	x64_patch_rel8(miss, b->p);
	x64_patch_rel8(miss2, b->p);
	x64_patch_rel8(miss3, b->p);
}

/* LR for BL/BLX: the next instruction, with bit 0 set in Thumb state. */
static void gen_set_lr(struct gen *g)
{
	gen_write_reg_imm(g, 14, gen_next_pc(g) | (g->thumb ? 1 : 0));
	gen_ras_push(g);
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
