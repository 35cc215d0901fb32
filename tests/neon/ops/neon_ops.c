/*
 * neon_ops: every Advanced SIMD operation the intrinsics reach, on operands
 * with the saturating, rounding, sign and floating-point corners (NaNs,
 * infinities, denormals, zeros of both signs), printed as hexadecimal. The
 * oracle is qemu-system-arm: ops.expected is this program's output there
 * (tests/neon/record.sh), and armvm must print the same in every mode.
 */
#include <arm_neon.h>
#include <string.h>

#include "../../vfp/rt/rt.h"

static uint8_t pool[256];
static unsigned seq;

static void show(const char *name, const void *p, unsigned n)
{
	const uint8_t *b = p;
	rt_puts(name);
	rt_putc(' ');
	for (unsigned i = 0; i < n; i += 4) {
		uint32_t w;
		memcpy(&w, b + i, 4);
		rt_hex32(w);
		rt_putc(i + 4 < n ? '.' : '\n');
	}
}

#define SHOW(name, expr) do { __typeof__(expr) r_ = (expr); show(name, &r_, sizeof(r_)); } while (0)

static const uint32_t fcorners[] = {
	0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000,
	0x7fc00000, 0x7f800001, 0xffc00001, 0x00000001, 0x807fffff, 0x00800000,
	0x7f7fffff, 0xff7fffff, 0x4f000000, 0xcf000000, 0x4f800000, 0x3f000000,
	0x40490fdb, 0xc2c80000, 0x5f000000, 0x3e800000, 0x7e800000, 0x00400000,
};

static void fill(unsigned round)
{
	static const uint8_t corners[] = { 0x00, 0x01, 0x7f, 0x80, 0x81, 0xff, 0xfe, 0x40 };
	uint32_t x = 0x12345678u + round * 0x9e3779b9u;
	for (unsigned i = 0; i < sizeof(pool); i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		pool[i] = (i + round) % 3 == 0 ? corners[(x >> 8) % 8] : (uint8_t)x;
	}
	/* Floats in the second half: corners mixed with ordinary values. */
	for (unsigned i = 0; i < 32; i++) {
		uint32_t f = (i + round) % 2 ? fcorners[(i * 7 + round * 5) % 24]
					    : 0x3c000000u + (x = x * 1103515245u + 12345u) % 0x06000000u;
		if (i % 5 == 4)
			f |= 0x80000000u;
		memcpy(pool + 128 + 4 * i, &f, 4);
	}
	seq = round;
}

static void int_ops(void)
{
	uint8x16_t a8 = vld1q_u8(pool), b8 = vld1q_u8(pool + 16), c8 = vld1q_u8(pool + 32);
	uint16x8_t a16 = vld1q_u16((uint16_t *)(pool + 48)), b16 = vld1q_u16((uint16_t *)(pool + 64));
	uint32x4_t a32 = vld1q_u32((uint32_t *)(pool + 80)), b32 = vld1q_u32((uint32_t *)(pool + 96));
	uint64x2_t a64 = vld1q_u64((uint64_t *)(pool + 112)), b64 = vld1q_u64((uint64_t *)(pool + 8));
	int8x16_t s8 = vreinterpretq_s8_u8(a8), t8 = vreinterpretq_s8_u8(b8);
	int16x8_t s16 = vreinterpretq_s16_u16(a16), t16 = vreinterpretq_s16_u16(b16);
	int32x4_t s32 = vreinterpretq_s32_u32(a32), t32 = vreinterpretq_s32_u32(b32);
	int64x2_t s64 = vreinterpretq_s64_u64(a64), t64 = vreinterpretq_s64_u64(b64);
	int8x16_t sh8 = vshrq_n_s8(t8, 3);      /* shift counts -16..15 */
	int16x8_t sh16 = vshrq_n_s16(vshlq_n_s16(t16, 8), 9);
	int32x4_t sh32 = vshrq_n_s32(vshlq_n_s32(t32, 24), 25);
	int64x2_t sh64 = vshrq_n_s64(vshlq_n_s64(t64, 56), 57);

	SHOW("vhadd.s8", vhaddq_s8(s8, t8)); SHOW("vhadd.u16", vhaddq_u16(a16, b16));
	SHOW("vrhadd.u8", vrhaddq_u8(a8, b8)); SHOW("vrhadd.s32", vrhaddq_s32(s32, t32));
	SHOW("vhsub.s16", vhsubq_s16(s16, t16)); SHOW("vhsub.u32", vhsubq_u32(a32, b32));
	SHOW("vqadd.s8", vqaddq_s8(s8, t8)); SHOW("vqadd.u8", vqaddq_u8(a8, b8));
	SHOW("vqadd.s16", vqaddq_s16(s16, t16)); SHOW("vqadd.u32", vqaddq_u32(a32, b32));
	SHOW("vqadd.s64", vqaddq_s64(s64, t64)); SHOW("vqadd.u64", vqaddq_u64(a64, b64));
	SHOW("vqsub.s8", vqsubq_s8(s8, t8)); SHOW("vqsub.u16", vqsubq_u16(a16, b16));
	SHOW("vqsub.s32", vqsubq_s32(s32, t32)); SHOW("vqsub.u64", vqsubq_u64(a64, b64));
	SHOW("vqsub.s64", vqsubq_s64(s64, t64));
	SHOW("vand", vandq_u8(a8, b8)); SHOW("vbic", vbicq_u8(a8, b8));
	SHOW("vorr", vorrq_u8(a8, b8)); SHOW("vorn", vornq_u8(a8, b8));
	SHOW("veor", veorq_u8(a8, b8)); SHOW("vbsl", vbslq_u8(c8, a8, b8));
	SHOW("vcgt.s8", vcgtq_s8(s8, t8)); SHOW("vcgt.u16", vcgtq_u16(a16, b16));
	SHOW("vcge.s32", vcgeq_s32(s32, t32)); SHOW("vcge.u8", vcgeq_u8(a8, b8));
	SHOW("vceq.i8", vceqq_u8(a8, c8)); SHOW("vtst.i16", vtstq_u16(a16, b16));
	SHOW("vshl.s8", vshlq_s8(s8, sh8)); SHOW("vshl.u16", vshlq_u16(a16, sh16));
	SHOW("vshl.s32", vshlq_s32(s32, sh32)); SHOW("vshl.u64", vshlq_u64(a64, sh64));
	SHOW("vshl.s64", vshlq_s64(s64, sh64));
	SHOW("vrshl.s8", vrshlq_s8(s8, sh8)); SHOW("vrshl.u32", vrshlq_u32(a32, sh32));
	SHOW("vrshl.s64", vrshlq_s64(s64, sh64)); SHOW("vrshl.u64", vrshlq_u64(a64, sh64));
	SHOW("vqshl.s8", vqshlq_s8(s8, sh8)); SHOW("vqshl.u16", vqshlq_u16(a16, sh16));
	SHOW("vqshl.s32", vqshlq_s32(s32, sh32)); SHOW("vqshl.u64", vqshlq_u64(a64, sh64));
	SHOW("vqrshl.s16", vqrshlq_s16(s16, sh16)); SHOW("vqrshl.u8", vqrshlq_u8(a8, sh8));
	SHOW("vqrshl.s64", vqrshlq_s64(s64, sh64));
	SHOW("vmax.s8", vmaxq_s8(s8, t8)); SHOW("vmax.u32", vmaxq_u32(a32, b32));
	SHOW("vmin.s16", vminq_s16(s16, t16)); SHOW("vmin.u8", vminq_u8(a8, b8));
	SHOW("vabd.s8", vabdq_s8(s8, t8)); SHOW("vabd.u16", vabdq_u16(a16, b16));
	SHOW("vabd.s32", vabdq_s32(s32, t32)); SHOW("vaba.u8", vabaq_u8(c8, a8, b8));
	SHOW("vaba.s16", vabaq_s16(s16, t16, s16));
	SHOW("vadd.i8", vaddq_u8(a8, b8)); SHOW("vadd.i64", vaddq_u64(a64, b64));
	SHOW("vsub.i16", vsubq_u16(a16, b16)); SHOW("vsub.i32", vsubq_u32(a32, b32));
	SHOW("vmla.i8", vmlaq_u8(c8, a8, b8)); SHOW("vmls.i16", vmlsq_u16(a16, b16, a16));
	SHOW("vmul.i32", vmulq_u32(a32, b32)); SHOW("vmul.p8", vmulq_p8(vreinterpretq_p8_u8(a8),
								    vreinterpretq_p8_u8(b8)));
	SHOW("vqdmulh.s16", vqdmulhq_s16(s16, t16)); SHOW("vqdmulh.s32", vqdmulhq_s32(s32, t32));
	SHOW("vqrdmulh.s16", vqrdmulhq_s16(s16, t16)); SHOW("vqrdmulh.s32", vqrdmulhq_s32(s32, t32));
	SHOW("vqdmulh.min", vqdmulhq_s16(vdupq_n_s16(-32768), vdupq_n_s16(-32768)));
	SHOW("vpadd.i8", vpadd_u8(vget_low_u8(a8), vget_high_u8(b8)));
	SHOW("vpadd.i32", vpadd_u32(vget_low_u32(a32), vget_high_u32(b32)));
	SHOW("vpmax.s8", vpmax_s8(vget_low_s8(s8), vget_high_s8(t8)));
	SHOW("vpmin.u16", vpmin_u16(vget_low_u16(a16), vget_high_u16(b16)));
	/* Shifts by immediate. */
	SHOW("vshr.s8", vshrq_n_s8(s8, 3)); SHOW("vshr.u8", vshrq_n_u8(a8, 8));
	SHOW("vshr.s64", vshrq_n_s64(s64, 64)); SHOW("vshr.u32", vshrq_n_u32(a32, 31));
	SHOW("vrshr.s16", vrshrq_n_s16(s16, 5)); SHOW("vrshr.u64", vrshrq_n_u64(a64, 64));
	SHOW("vrshr.u8", vrshrq_n_u8(a8, 8)); SHOW("vrshr.s32", vrshrq_n_s32(s32, 32));
	SHOW("vsra.u16", vsraq_n_u16(b16, a16, 4)); SHOW("vrsra.s8", vrsraq_n_s8(t8, s8, 2));
	SHOW("vsri.8", vsriq_n_u8(b8, a8, 3)); SHOW("vsri.64", vsriq_n_u64(b64, a64, 64));
	SHOW("vsli.16", vsliq_n_u16(b16, a16, 7)); SHOW("vsli.32", vsliq_n_u32(b32, a32, 0));
	SHOW("vshl.i8", vshlq_n_u8(a8, 7)); SHOW("vshl.i64", vshlq_n_u64(a64, 63));
	SHOW("vqshl.s8i", vqshlq_n_s8(s8, 3)); SHOW("vqshl.u32i", vqshlq_n_u32(a32, 9));
	SHOW("vqshlu.s16", vqshluq_n_s16(s16, 4)); SHOW("vqshlu.s64", vqshluq_n_s64(s64, 1));
	SHOW("vshrn.i16", vshrn_n_u16(a16, 3)); SHOW("vrshrn.i32", vrshrn_n_u32(a32, 16));
	SHOW("vqshrn.s16", vqshrn_n_s16(s16, 2)); SHOW("vqshrn.u64", vqshrn_n_u64(a64, 20));
	SHOW("vqrshrn.s32", vqrshrn_n_s32(s32, 7)); SHOW("vqrshrn.u16", vqrshrn_n_u16(a16, 1));
	SHOW("vqshrun.s16", vqshrun_n_s16(s16, 3)); SHOW("vqrshrun.s64", vqrshrun_n_s64(s64, 31));
	SHOW("vshll.s8", vshll_n_s8(vget_low_s8(s8), 3)); SHOW("vshll.u16", vshll_n_u16(vget_high_u16(a16), 16));
	SHOW("vmovl.s16", vmovl_s16(vget_low_s16(s16))); SHOW("vmovl.u32", vmovl_u32(vget_high_u32(a32)));
	/* Long, wide, narrow. */
	SHOW("vaddl.s8", vaddl_s8(vget_low_s8(s8), vget_high_s8(t8)));
	SHOW("vaddl.u32", vaddl_u32(vget_low_u32(a32), vget_high_u32(b32)));
	SHOW("vaddw.s16", vaddw_s16(vmovl_s16(vget_low_s16(t16)), vget_high_s16(s16)));
	SHOW("vsubl.u8", vsubl_u8(vget_low_u8(a8), vget_high_u8(b8)));
	SHOW("vsubw.u32", vsubw_u32(a64, vget_low_u32(b32)));
	SHOW("vaddhn.i16", vaddhn_u16(a16, b16)); SHOW("vraddhn.i64", vraddhn_u64(a64, b64));
	SHOW("vsubhn.i32", vsubhn_u32(a32, b32)); SHOW("vrsubhn.i16", vrsubhn_u16(a16, b16));
	SHOW("vabal.s8", vabal_s8(s16, vget_low_s8(s8), vget_high_s8(t8)));
	SHOW("vabdl.u16", vabdl_u16(vget_low_u16(a16), vget_high_u16(b16)));
	SHOW("vmlal.s16", vmlal_s16(s32, vget_low_s16(s16), vget_high_s16(t16)));
	SHOW("vmlsl.u32", vmlsl_u32(a64, vget_low_u32(a32), vget_high_u32(b32)));
	SHOW("vmull.s8", vmull_s8(vget_low_s8(s8), vget_high_s8(t8)));
	SHOW("vmull.u32", vmull_u32(vget_low_u32(a32), vget_high_u32(b32)));
	SHOW("vmull.p8", vmull_p8(vreinterpret_p8_u8(vget_low_u8(a8)), vreinterpret_p8_u8(vget_high_u8(b8))));
	SHOW("vqdmull.s16", vqdmull_s16(vget_low_s16(s16), vget_high_s16(t16)));
	SHOW("vqdmull.s32", vqdmull_s32(vget_low_s32(s32), vget_high_s32(t32)));
	SHOW("vqdmlal.s16", vqdmlal_s16(s32, vget_low_s16(s16), vget_high_s16(t16)));
	SHOW("vqdmlsl.s32", vqdmlsl_s32(s64, vget_low_s32(s32), vget_high_s32(t32)));
	SHOW("vqdmull.min", vqdmull_s16(vdup_n_s16(-32768), vdup_n_s16(-32768)));
	/* By scalar. */
	SHOW("vmla.sc16", vmlaq_lane_s16(s16, t16, vget_low_s16(s16), 3));
	SHOW("vmul.sc32", vmulq_lane_u32(a32, vget_high_u32(b32), 1));
	SHOW("vmls.sc16", vmls_lane_u16(vget_low_u16(a16), vget_high_u16(b16), vget_low_u16(a16), 2));
	SHOW("vmlal.sc16", vmlal_lane_s16(s32, vget_low_s16(s16), vget_high_s16(t16), 1));
	SHOW("vmull.sc32", vmull_lane_u32(vget_low_u32(a32), vget_high_u32(b32), 0));
	SHOW("vqdmull.sc16", vqdmull_lane_s16(vget_low_s16(s16), vget_high_s16(t16), 3));
	SHOW("vqdmlsl.sc32", vqdmlsl_lane_s32(s64, vget_low_s32(s32), vget_high_s32(t32), 1));
	SHOW("vqdmulh.sc16", vqdmulhq_lane_s16(s16, vget_high_s16(t16), 0));
	SHOW("vqrdmulh.sc32", vqrdmulhq_lane_s32(s32, vget_high_s32(t32), 1));
	/* Two registers, miscellaneous. */
	SHOW("vrev64.8", vrev64q_u8(a8)); SHOW("vrev64.32", vrev64q_u32(a32));
	SHOW("vrev32.16", vrev32q_u16(a16)); SHOW("vrev16.8", vrev16q_u8(a8));
	SHOW("vpaddl.s8", vpaddlq_s8(s8)); SHOW("vpaddl.u32", vpaddlq_u32(a32));
	SHOW("vpadal.u16", vpadalq_u16(b32, a16)); SHOW("vpadal.s32", vpadalq_s32(t64, s32));
	SHOW("vcls.s8", vclsq_s8(s8)); SHOW("vcls.s32", vclsq_s32(s32));
	SHOW("vclz.i16", vclzq_u16(a16)); SHOW("vclz.i32", vclzq_u32(vshrq_n_u32(a32, 5)));
	SHOW("vcnt.8", vcntq_u8(a8)); SHOW("vmvn", vmvnq_u8(a8));
	SHOW("vqabs.s8", vqabsq_s8(s8)); SHOW("vqneg.s16", vqnegq_s16(s16));
	SHOW("vqabs.s32", vqabsq_s32(vdupq_n_s32(-2147483647 - 1)));
	SHOW("vabs.s8", vabsq_s8(s8)); SHOW("vneg.s32", vnegq_s32(s32));
	SHOW("vcgt0.s8", vcgtq_s8(s8, vdupq_n_s8(0))); SHOW("vcle0.s16", vcleq_s16(s16, vdupq_n_s16(0)));
	SHOW("vceq0.i32", vceqq_u32(a32, vdupq_n_u32(0))); SHOW("vclt0.s8", vcltq_s8(s8, vdupq_n_s8(0)));
	SHOW("vcge0.s32", vcgeq_s32(s32, vdupq_n_s32(0)));
	SHOW("vmovn.i16", vmovn_u16(a16)); SHOW("vmovn.i64", vmovn_u64(a64));
	SHOW("vqmovn.s16", vqmovn_s16(s16)); SHOW("vqmovn.u32", vqmovn_u32(a32));
	SHOW("vqmovn.s64", vqmovn_s64(s64)); SHOW("vqmovun.s16", vqmovun_s16(s16));
	SHOW("vqmovun.s32", vqmovun_s32(s32));
	SHOW("vshll.max8", vshll_n_u8(vget_low_u8(a8), 8)); SHOW("vshll.max32", vshll_n_s32(vget_low_s32(s32), 32));
	SHOW("vrecpe.u32", vrecpeq_u32(a32)); SHOW("vrsqrte.u32", vrsqrteq_u32(b32));
	/* Permutations and moves. */
	{
		uint8x16x2_t z = vzipq_u8(a8, b8), u = vuzpq_u8(a8, b8), t = vtrnq_u8(a8, b8);
		uint16x4x2_t z4 = vzip_u16(vget_low_u16(a16), vget_high_u16(b16));
		uint32x4x2_t t32x = vtrnq_u32(a32, b32), u32x = vuzpq_u32(a32, b32), z32 = vzipq_u32(a32, b32);
		SHOW("vzip.8", z); SHOW("vuzp.8", u); SHOW("vtrn.8", t); SHOW("vzip.16d", z4);
		SHOW("vtrn.32", t32x); SHOW("vuzp.32", u32x); SHOW("vzip.32", z32);
	}
	SHOW("vext.8", vextq_u8(a8, b8, 5)); SHOW("vext.32", vextq_u32(a32, b32, 3));
	SHOW("vext.d", vext_u8(vget_low_u8(a8), vget_high_u8(b8), 7));
	{
		uint8x8x2_t tab2 = { { vget_low_u8(a8), vget_high_u8(a8) } };
		uint8x8x4_t tab4 = { { vget_low_u8(a8), vget_high_u8(a8), vget_low_u8(b8), vget_high_u8(b8) } };
		uint8x8_t idx = vand_u8(vget_low_u8(c8), vdup_n_u8(0x27));
		SHOW("vtbl1", vtbl1_u8(vget_low_u8(b8), idx)); SHOW("vtbl2", vtbl2_u8(tab2, idx));
		SHOW("vtbl4", vtbl4_u8(tab4, idx)); SHOW("vtbx2", vtbx2_u8(vget_high_u8(c8), tab2, idx));
	}
	SHOW("vdup.lane8", vdupq_lane_u8(vget_low_u8(a8), 5)); SHOW("vdup.lane32", vdup_lane_u32(vget_high_u32(a32), 1));
	SHOW("vdup.r16", vdupq_n_u16((uint16_t)(pool[3] * 77)));
	SHOW("vget.s8", (int32_t)vgetq_lane_s8(s8, 13)); SHOW("vget.u16", (uint32_t)vgetq_lane_u16(a16, 6));
	SHOW("vset.8", vsetq_lane_u8(pool[9], b8, 10)); SHOW("vset.16", vset_lane_u16(0xbeef, vget_low_u16(a16), 3));
	SHOW("vmov.i32", vdupq_n_u32(0x00ab0000)); SHOW("vmvn.i16", vdupq_n_u16(0xff12));
	SHOW("vmov.i64", vdupq_n_u64(0xff00ff0000ffff00ull)); SHOW("vmov.i8", vdupq_n_u8(0x9c));
	SHOW("vorr.i32", vorrq_u32(a32, vdupq_n_u32(0x00003400)));
	SHOW("vbic.i16", vbicq_u16(a16, vdupq_n_u16(0x7f00)));
	SHOW("vmov.f32", vdupq_n_f32(-1.25f));
}

static void fp_ops(void)
{
	float32x4_t a = vld1q_f32((float *)(pool + 128)), b = vld1q_f32((float *)(pool + 144));
	float32x4_t c = vld1q_f32((float *)(pool + 160)), d = vld1q_f32((float *)(pool + 176));
	uint32x4_t ai = vld1q_u32((uint32_t *)(pool + 16));
	SHOW("vadd.f32", vaddq_f32(a, b)); SHOW("vsub.f32", vsubq_f32(c, d));
	SHOW("vmul.f32", vmulq_f32(a, c)); SHOW("vmla.f32", vmlaq_f32(d, a, b));
	SHOW("vmls.f32", vmlsq_f32(c, b, d)); SHOW("vabd.f32", vabdq_f32(a, d));
	SHOW("vpadd.f32", vpadd_f32(vget_low_f32(a), vget_high_f32(b)));
	SHOW("vmax.f32", vmaxq_f32(a, b)); SHOW("vmin.f32", vminq_f32(c, d));
	SHOW("vmax.f32z", vmaxq_f32(vdupq_n_f32(0.0f), vdupq_n_f32(-0.0f)));
	SHOW("vmin.f32z", vminq_f32(vdupq_n_f32(0.0f), vdupq_n_f32(-0.0f)));
	SHOW("vpmax.f32", vpmax_f32(vget_low_f32(c), vget_high_f32(a)));
	SHOW("vpmin.f32", vpmin_f32(vget_low_f32(b), vget_high_f32(d)));
	SHOW("vceq.f32", vceqq_f32(a, b)); SHOW("vcge.f32", vcgeq_f32(a, c));
	SHOW("vcgt.f32", vcgtq_f32(b, d)); SHOW("vcage.f32", vcageq_f32(a, d));
	SHOW("vcagt.f32", vcagtq_f32(c, b));
	SHOW("vceq0.f32", vceqq_f32(a, vdupq_n_f32(0))); SHOW("vcle0.f32", vcleq_f32(b, vdupq_n_f32(0)));
	SHOW("vclt0.f32", vcltq_f32(c, vdupq_n_f32(0))); SHOW("vcgt0.f32", vcgtq_f32(d, vdupq_n_f32(0)));
	SHOW("vrecps.f32", vrecpsq_f32(a, b)); SHOW("vrsqrts.f32", vrsqrtsq_f32(c, d));
	SHOW("vrecpe.f32", vrecpeq_f32(a)); SHOW("vrsqrte.f32", vrsqrteq_f32(b));
	SHOW("vrecpe.f32c", vrecpeq_f32(c)); SHOW("vrsqrte.f32d", vrsqrteq_f32(d));
	SHOW("vabs.f32", vabsq_f32(a)); SHOW("vneg.f32", vnegq_f32(b));
	SHOW("vcvt.s32.f32", vcvtq_s32_f32(c)); SHOW("vcvt.u32.f32", vcvtq_u32_f32(d));
	SHOW("vcvt.f32.s32", vcvtq_f32_s32(vreinterpretq_s32_u32(ai)));
	SHOW("vcvt.f32.u32", vcvtq_f32_u32(ai));
	SHOW("vcvt.s32.f32.n", vcvtq_n_s32_f32(a, 8)); SHOW("vcvt.u32.f32.n", vcvtq_n_u32_f32(b, 31));
	SHOW("vcvt.f32.s32.n", vcvtq_n_f32_s32(vreinterpretq_s32_u32(ai), 3));
	SHOW("vcvt.f32.u32.n", vcvtq_n_f32_u32(ai, 32));
	{
		/* The half-precision conversions need -mfpu=neon-fp16's assembler. */
		uint16x4_t h, h2;
		float32x4_t back;
		__asm__(".fpu neon-fp16\n\tvcvt.f16.f32 %P0, %q1" : "=w"(h) : "w"(a));
		__asm__("vcvt.f16.f32 %P0, %q1" : "=w"(h2) : "w"(c));
		__asm__("vcvt.f32.f16 %q0, %P1" : "=w"(back) : "w"(h2));
		SHOW("vcvt.f16.f32", h); SHOW("vcvt.f32.f16", back);
	}
	SHOW("vmul.f32sc", vmulq_lane_f32(a, vget_low_f32(d), 1));
	SHOW("vmla.f32sc", vmlaq_lane_f32(b, c, vget_high_f32(a), 0));
}

/* Loads and stores of every shape, through a buffer. */
static void mem_ops(void)
{
	uint8_t buf[96] __attribute__((aligned(32)));
	memset(buf, 0, sizeof(buf));
	uint8x8x2_t l2 = vld2_u8(pool); uint16x4x3_t l3 = vld3_u16((uint16_t *)pool);
	uint32x2x4_t l4 = vld4_u32((uint32_t *)pool); uint8x16x2_t q2 = vld2q_u8(pool + 7);
	uint16x8x3_t q3 = vld3q_u16((uint16_t *)(pool + 2)); uint32x4x4_t q4 = vld4q_u32((uint32_t *)pool);
	SHOW("vld2.8", l2); SHOW("vld3.16", l3); SHOW("vld4.32", l4); SHOW("vld2q.8", q2);
	SHOW("vld3q.16", q3); SHOW("vld4q.32", q4);
	SHOW("vld1.64", vld1q_u64((uint64_t *)(pool + 40)));
	SHOW("vld1.lane16", vld1q_lane_u16((uint16_t *)(pool + 11), vld1q_u16((uint16_t *)pool), 5));
	SHOW("vld1.dup32", vld1q_dup_u32((uint32_t *)(pool + 20)));
	SHOW("vld2.lane8", vld2_lane_u8(pool + 3, l2, 6)); SHOW("vld2.dup16", vld2_dup_u16((uint16_t *)(pool + 6)));
	SHOW("vld3.lane32", vld3q_lane_u32((uint32_t *)(pool + 4), vld3q_u32((uint32_t *)pool), 3));
	SHOW("vld3.dup8", vld3_dup_u8(pool + 17)); SHOW("vld4.lane16", vld4_lane_u16((uint16_t *)pool, vld4_u16((uint16_t *)(pool + 8)), 2));
	SHOW("vld4.dup32", vld4_dup_u32((uint32_t *)(pool + 12)));
	vst2q_u8(buf, q2); SHOW("vst2q.8", *(uint8x16x2_t *)buf);
	vst3_u16((uint16_t *)buf + 1, l3); SHOW("vst3.16", *(uint8x16x2_t *)buf);
	vst4q_u32((uint32_t *)buf, q4); SHOW("vst4q.32", *(uint32x4x4_t *)buf);
	vst1q_lane_u16((uint16_t *)(buf + 2), vld1q_u16((uint16_t *)pool), 7);
	vst2_lane_u8(buf + 5, l2, 3); vst3_lane_u16((uint16_t *)(buf + 30), l3, 1);
	vst4_lane_u32((uint32_t *)(buf + 40), l4, 1);
	SHOW("vst.lanes", *(uint8x16x3_t *)buf);
}

int main(void)
{
	for (unsigned round = 0; round < 6; round++) {
		fill(round);
		rt_puts("round ");
		rt_hex32(seq);
		rt_putc('\n');
		int_ops();
		fp_ops();
		mem_ops();
	}
	uint32_t fpscr;
	__asm__ volatile("vmrs %0, fpscr" : "=r"(fpscr));
	SHOW("fpscr", fpscr);
	return 0;
}
