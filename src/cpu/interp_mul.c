/*
 * Semantics of the multiply instructions (ARM ARM A8.8): MUL, MLA, MLS, the
 * long multiplies, UMAAL, the halfword, dual and most-significant-word
 * multiplies. Field use is described in src/cpu/decode_mul.c; the decoder has
 * already rejected the PC as an operand, so registers are read and written
 * directly. 64-bit accumulations are done modulo 2^64, as the pseudo-code's
 * result<63:0> does.
 */
#include "alu.h"

/* R[n]<15:0> or R[n]<31:16> as a signed 16-bit value. */
static int32_t half(uint32_t x, bool top)
{
	return (int16_t)(top ? x >> 16 : x);
}

static uint64_t read_long(const struct cpu *cpu, const struct insn *in)
{
	return (uint64_t)cpu->r[in->ra] << 32 | cpu->r[in->rd];
}

/* R[dLo] then R[dHi]: with dHi == dLo (UNPREDICTABLE) RdHi wins, as in QEMU.
 * The S forms set N and Z from the 64-bit result; C and V are unchanged. */
static void write_long(struct cpu *cpu, const struct insn *in, uint64_t result)
{
	cpu->r[in->rd] = (uint32_t)result;
	cpu->r[in->ra] = (uint32_t)(result >> 32);
	if (insn_setflags(cpu, in)) {
		cpu->nf = (uint32_t)(result >> 63);
		cpu->zf = result == 0;
	}
}

/* Writes a 32-bit result and sets Q when it is not the whole of the exact one. */
static void write_q(struct cpu *cpu, unsigned d, int64_t result)
{
	cpu->r[d] = (uint32_t)result;
	if (result != (int32_t)result)
		cpu->qf = 1;
}

/* ---- MUL, MLA, MLS (A8.8) ---- */

void interp_mul(struct cpu *cpu, const struct insn *in)
{
	uint32_t result = cpu->r[in->rn] * cpu->r[in->rm];

	cpu->r[in->rd] = result;
	if (insn_setflags(cpu, in))
		set_nz(cpu, result);
}

void interp_mla(struct cpu *cpu, const struct insn *in)
{
	uint32_t result = cpu->r[in->rn] * cpu->r[in->rm] + cpu->r[in->ra];

	cpu->r[in->rd] = result;
	if (insn_setflags(cpu, in))
		set_nz(cpu, result);
}

void interp_mls(struct cpu *cpu, const struct insn *in)
{
	cpu->r[in->rd] = cpu->r[in->ra] - cpu->r[in->rn] * cpu->r[in->rm];
}

/* ---- long multiplies: UMULL, UMLAL, SMULL, SMLAL, UMAAL (A8.8) ---- */

void interp_umull(struct cpu *cpu, const struct insn *in)
{
	write_long(cpu, in, (uint64_t)cpu->r[in->rn] * cpu->r[in->rm]);
}

void interp_umlal(struct cpu *cpu, const struct insn *in)
{
	write_long(cpu, in, (uint64_t)cpu->r[in->rn] * cpu->r[in->rm] + read_long(cpu, in));
}

void interp_smull(struct cpu *cpu, const struct insn *in)
{
	int64_t product = (int64_t)(int32_t)cpu->r[in->rn] * (int32_t)cpu->r[in->rm];

	write_long(cpu, in, (uint64_t)product);
}

void interp_smlal(struct cpu *cpu, const struct insn *in)
{
	int64_t product = (int64_t)(int32_t)cpu->r[in->rn] * (int32_t)cpu->r[in->rm];

	write_long(cpu, in, (uint64_t)product + read_long(cpu, in));
}

/* UMAAL: Rn * Rm + RdHi + RdLo, which never exceeds 2^64 - 1. */
void interp_umaal(struct cpu *cpu, const struct insn *in)
{
	uint64_t result = (uint64_t)cpu->r[in->rn] * cpu->r[in->rm] +
			  cpu->r[in->ra] + cpu->r[in->rd];

	write_long(cpu, in, result);
}

/* ---- halfword multiplies: SMLA<x><y>, SMLAW<y>, SMULW<y>, SMLAL<x><y>,
 * SMUL<x><y> (A8.8) ---- */

static void smla_xy(struct cpu *cpu, const struct insn *in, bool n_top, bool m_top)
{
	int64_t result = (int64_t)(half(cpu->r[in->rn], n_top) * half(cpu->r[in->rm], m_top)) +
			 (int32_t)cpu->r[in->ra];

	write_q(cpu, in->rd, result);
}

void interp_smlabb(struct cpu *cpu, const struct insn *in) { smla_xy(cpu, in, false, false); }
void interp_smlabt(struct cpu *cpu, const struct insn *in) { smla_xy(cpu, in, false, true); }
void interp_smlatb(struct cpu *cpu, const struct insn *in) { smla_xy(cpu, in, true, false); }
void interp_smlatt(struct cpu *cpu, const struct insn *in) { smla_xy(cpu, in, true, true); }

/* SMLAW<y>: (Rn * Rm.y + (Ra << 16))<47:16>, Q when that is not the whole result. */
static void smlaw_y(struct cpu *cpu, const struct insn *in, bool m_top)
{
	int64_t result = (int64_t)(int32_t)cpu->r[in->rn] * half(cpu->r[in->rm], m_top) +
			 (int64_t)(int32_t)cpu->r[in->ra] * 65536;

	write_q(cpu, in->rd, result >> 16);
}

void interp_smlawb(struct cpu *cpu, const struct insn *in) { smlaw_y(cpu, in, false); }
void interp_smlawt(struct cpu *cpu, const struct insn *in) { smlaw_y(cpu, in, true); }

static void smulw_y(struct cpu *cpu, const struct insn *in, bool m_top)
{
	int64_t product = (int64_t)(int32_t)cpu->r[in->rn] * half(cpu->r[in->rm], m_top);

	cpu->r[in->rd] = (uint32_t)(product >> 16);
}

void interp_smulwb(struct cpu *cpu, const struct insn *in) { smulw_y(cpu, in, false); }
void interp_smulwt(struct cpu *cpu, const struct insn *in) { smulw_y(cpu, in, true); }

static void smlal_xy(struct cpu *cpu, const struct insn *in, bool n_top, bool m_top)
{
	int64_t product = half(cpu->r[in->rn], n_top) * half(cpu->r[in->rm], m_top);

	write_long(cpu, in, read_long(cpu, in) + (uint64_t)product);
}

void interp_smlalbb(struct cpu *cpu, const struct insn *in) { smlal_xy(cpu, in, false, false); }
void interp_smlalbt(struct cpu *cpu, const struct insn *in) { smlal_xy(cpu, in, false, true); }
void interp_smlaltb(struct cpu *cpu, const struct insn *in) { smlal_xy(cpu, in, true, false); }
void interp_smlaltt(struct cpu *cpu, const struct insn *in) { smlal_xy(cpu, in, true, true); }

/* SMUL<x><y>: the product of two 16-bit values always fits (no Q). */
static void smul_xy(struct cpu *cpu, const struct insn *in, bool n_top, bool m_top)
{
	cpu->r[in->rd] = (uint32_t)(half(cpu->r[in->rn], n_top) * half(cpu->r[in->rm], m_top));
}

void interp_smulbb(struct cpu *cpu, const struct insn *in) { smul_xy(cpu, in, false, false); }
void interp_smulbt(struct cpu *cpu, const struct insn *in) { smul_xy(cpu, in, false, true); }
void interp_smultb(struct cpu *cpu, const struct insn *in) { smul_xy(cpu, in, true, false); }
void interp_smultt(struct cpu *cpu, const struct insn *in) { smul_xy(cpu, in, true, true); }

/* ---- dual 16-bit multiplies: SMUAD, SMUSD, SMLAD, SMLSD, SMLALD, SMLSLD (A8.8) ---- */

struct dual { int64_t lo, hi; };  /* Rn.lo * Rm'.lo, Rn.hi * Rm'.hi */

/* Rm' is Rm with its halves exchanged for the X forms. */
static struct dual dual_products(const struct cpu *cpu, const struct insn *in, bool exchange)
{
	uint32_t n = cpu->r[in->rn], m = cpu->r[in->rm];
	struct dual p;

	if (exchange)
		m = ror32(m, 16);
	p.lo = half(n, false) * half(m, false);
	p.hi = half(n, true) * half(m, true);
	return p;
}

/* SMUAD sets Q (only 0x8000 * 0x8000 twice overflows); SMUSD cannot overflow. */
static void smuad(struct cpu *cpu, const struct insn *in, bool exchange)
{
	struct dual p = dual_products(cpu, in, exchange);

	write_q(cpu, in->rd, p.lo + p.hi);
}

static void smusd(struct cpu *cpu, const struct insn *in, bool exchange)
{
	struct dual p = dual_products(cpu, in, exchange);

	cpu->r[in->rd] = (uint32_t)(p.lo - p.hi);
}

static void smlad(struct cpu *cpu, const struct insn *in, bool exchange)
{
	struct dual p = dual_products(cpu, in, exchange);

	write_q(cpu, in->rd, p.lo + p.hi + (int32_t)cpu->r[in->ra]);
}

static void smlsd(struct cpu *cpu, const struct insn *in, bool exchange)
{
	struct dual p = dual_products(cpu, in, exchange);

	write_q(cpu, in->rd, p.lo - p.hi + (int32_t)cpu->r[in->ra]);
}

static void smlald(struct cpu *cpu, const struct insn *in, bool exchange)
{
	struct dual p = dual_products(cpu, in, exchange);

	write_long(cpu, in, read_long(cpu, in) + (uint64_t)(p.lo + p.hi));
}

static void smlsld(struct cpu *cpu, const struct insn *in, bool exchange)
{
	struct dual p = dual_products(cpu, in, exchange);

	write_long(cpu, in, read_long(cpu, in) + (uint64_t)(p.lo - p.hi));
}

void interp_smuad(struct cpu *cpu, const struct insn *in) { smuad(cpu, in, false); }
void interp_smuadx(struct cpu *cpu, const struct insn *in) { smuad(cpu, in, true); }
void interp_smusd(struct cpu *cpu, const struct insn *in) { smusd(cpu, in, false); }
void interp_smusdx(struct cpu *cpu, const struct insn *in) { smusd(cpu, in, true); }
void interp_smlad(struct cpu *cpu, const struct insn *in) { smlad(cpu, in, false); }
void interp_smladx(struct cpu *cpu, const struct insn *in) { smlad(cpu, in, true); }
void interp_smlsd(struct cpu *cpu, const struct insn *in) { smlsd(cpu, in, false); }
void interp_smlsdx(struct cpu *cpu, const struct insn *in) { smlsd(cpu, in, true); }
void interp_smlald(struct cpu *cpu, const struct insn *in) { smlald(cpu, in, false); }
void interp_smlaldx(struct cpu *cpu, const struct insn *in) { smlald(cpu, in, true); }
void interp_smlsld(struct cpu *cpu, const struct insn *in) { smlsld(cpu, in, false); }
void interp_smlsldx(struct cpu *cpu, const struct insn *in) { smlsld(cpu, in, true); }

/* ---- most significant word multiplies: SMMUL, SMMLA, SMMLS (A8.8) ----
 * result<63:32> of (Ra << 32) +/- Rn * Rm, plus 0x80000000 for the R forms. */

static void smm(struct cpu *cpu, const struct insn *in, bool acc, bool subtract, bool round)
{
	uint64_t product = (uint64_t)((int64_t)(int32_t)cpu->r[in->rn] *
				      (int32_t)cpu->r[in->rm]);
	uint64_t ra = acc ? (uint64_t)cpu->r[in->ra] << 32 : 0;
	uint64_t result = subtract ? ra - product : ra + product;

	if (round)
		result += 0x80000000u;
	cpu->r[in->rd] = (uint32_t)(result >> 32);
}

void interp_smmul(struct cpu *cpu, const struct insn *in) { smm(cpu, in, false, false, false); }
void interp_smmulr(struct cpu *cpu, const struct insn *in) { smm(cpu, in, false, false, true); }
void interp_smmla(struct cpu *cpu, const struct insn *in) { smm(cpu, in, true, false, false); }
void interp_smmlar(struct cpu *cpu, const struct insn *in) { smm(cpu, in, true, false, true); }
void interp_smmls(struct cpu *cpu, const struct insn *in) { smm(cpu, in, true, true, false); }
void interp_smmlsr(struct cpu *cpu, const struct insn *in) { smm(cpu, in, true, true, true); }
