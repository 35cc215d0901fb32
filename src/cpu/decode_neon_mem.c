/*
 * Decode functions of the Advanced SIMD element and structure loads and
 * stores (src/cpu/arm_neon.inc, t32_neon.inc; ARM ARM A7.7, A8.8 VLDn/VSTn):
 * the ARM ARM's UNDEFINED cases return false, as do the UNPREDICTABLE
 * register lists past D31 (QEMU makes them UNDEFINED too).
 */
#include "decode.h"
#include "neon.h"

/* Loads and stores: imm = structures | regs << 4 | inc << 8 | alignment in
 * bytes << 12 (0: none), shift_amt the lane; NEON_LANES with shift_amt 0xff
 * for all lanes. */
static bool ldst_common(struct insn *in, uint32_t e, unsigned lg, unsigned nstruct,
			unsigned regs, unsigned inc, unsigned align)
{
	in->op = OP_NLDST;
	in->reglist = bit(e, 21) ? NF_VLD : NF_VST;
	in->shift_type = (uint8_t)lg;
	flag_if(in, bit(e, 21), NEON_LOAD);
	in->rd = (uint8_t)(bit(e, 22) << 4 | bits(e, 15, 12));
	in->rn = (uint8_t)bits(e, 19, 16);
	in->rm = (uint8_t)bits(e, 3, 0);
	in->imm = nstruct | regs << 4 | inc << 8 | align << 12;
	flag_if(in, in->rm != 15, INSN_W);
	return in->rd + (nstruct - 1) * inc + regs <= 32;
}

/* Multiple structures (A7.7, type = bits 11:8): structures, regs, inc. */
bool decode_neon_ldst_multi(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	static const uint8_t types[11][3] = {
		{ 4, 1, 1 }, { 4, 1, 2 }, { 1, 4, 1 }, { 2, 2, 2 }, { 3, 1, 1 }, { 3, 1, 2 },
		{ 1, 3, 1 }, { 1, 1, 1 }, { 2, 1, 1 }, { 2, 1, 2 }, { 1, 2, 1 },
	};
	unsigned type = bits(e, 11, 8), size = bits(e, 7, 6), align = bits(e, 5, 4);
	if (type > 10)
		return false;
	unsigned ns = types[type][0], regs = types[type][1], inc = types[type][2];
	if ((ns > 1 && size == 3) || (ns == 1 && regs == 1 && (align & 2)) ||
	    (ns == 1 && regs == 3 && (align & 2)) || (ns == 1 && regs == 2 && align == 3) || (ns == 2 && regs == 1 && align == 3) ||
	    (ns == 3 && (align & 2)))
		return false;
	return ldst_common(in, e, size, ns, regs, inc, align ? 4u << align : 0);
}

/* Single structure to one lane, or to all lanes (size = 11). */
bool decode_neon_ldst_lane(struct insn *in, uint32_t enc)
{
	uint32_t e = neon_arm_enc(in, enc);
	unsigned size = bits(e, 11, 10), ns = bits(e, 9, 8) + 1, ia = bits(e, 7, 4);
	unsigned inc = 1, align = 0, lane = 0xff;
	if (size == 3) {
		size = bits(e, 7, 6);
		unsigned t = bit(e, 5), a = bit(e, 4);
		if (!bit(e, 21) || (size == 3 && (ns != 4 || !a)) || (ns == 1 && size == 0 && a) ||
		    (ns == 3 && a))
			return false;
		if (size == 3) {
			size = 2;
			align = 16;
		} else if (a) {
			align = ns == 4 && size == 2 ? 8 : (ns == 3 ? 0 : ns) << size;
		}
		in->flags |= NEON_LANES;
		in->shift_amt = (uint8_t)lane;
		return ldst_common(in, e, size, ns, ns == 1 ? t + 1 : 1, ns == 1 ? 1 : t + 1,
				   align);
	}
	lane = ia >> (size + 1);
	if (size > 0)
		inc = (ia >> size & 1) ? 2 : 1;
	unsigned low = ia & ((1u << size) - 1);   /* the alignment bits */
	unsigned esz = 1u << size;
	switch (ns) {
	case 1:
		if ((size == 0 && (ia & 1)) || (size == 1 && (ia & 2)) ||
		    (size == 2 && (ia & 4)) || (size == 2 && low && low != 3))
			return false;
		inc = 1;
		align = (size == 0 ? 0 : (ia & 1) ? esz : 0);
		break;
	case 2:
		if (size == 2 && (ia & 2))
			return false;
		align = (ia & 1) ? 2 * esz : 0;
		break;
	case 3:
		if ((ia & 1) || (size == 2 && (ia & 3)))
			return false;
		break;
	default:
		if (size == 2 && low == 3)
			return false;
		align = size == 2 ? (low ? 8u << (low - 1) : 0) : (ia & 1) ? 4 * esz : 0;
		break;
	}
	in->flags |= NEON_LANES;
	in->shift_amt = (uint8_t)lane;
	return ldst_common(in, e, size, ns, 1, inc, align);
}
