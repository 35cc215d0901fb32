/*
 * cpu_matrix: CoreMark-style matrix kernels on 16-bit data with 32-bit
 * results: add and multiply by a constant, matrix times vector, matrix
 * times matrix, and a product summing extracted bit fields, with a CRC of
 * the results.  CPU benchmark set (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

#define N 24

static i16 ma[N][N], mb[N][N];
static i32 mc[N][N];

static u16 crc16(u32 v, u16 crc)
{
	for (int i = 0; i < 32; i++) {
		u16 bit = (u16)((v ^ crc) & 1);

		v >>= 1;
		crc = (u16)((crc >> 1) ^ (bit ? 0xa001 : 0));
	}
	return crc;
}

static u16 sum_crc(u16 crc)
{
	i32 prev = 0, acc = 0;

	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			acc += mc[i][j];
			if (acc > 4096) {
				crc = crc16((u32)acc, crc);
				acc = 0;
			} else {
				acc += mc[i][j] > prev ? 10 : 1;
			}
			prev = mc[i][j];
		}
	return crc16((u32)acc, crc);
}

static void add_const(i16 v)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			ma[i][j] = (i16)(ma[i][j] + v);
}

static void mul_const(i16 v)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			mc[i][j] = (i32)ma[i][j] * v;
}

static void mul_vect(void)
{
	for (int i = 0; i < N; i++) {
		i32 s = 0;

		for (int j = 0; j < N; j++)
			s += (i32)ma[i][j] * mb[j][0];
		mc[i][0] = s;
	}
}

static void mul_mat(void)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			i32 s = 0;

			for (int k = 0; k < N; k++)
				s += (i32)ma[i][k] * mb[k][j];
			mc[i][j] = s;
		}
}

static void mul_mat_bits(void)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			i32 s = 0;

			for (int k = 0; k < N; k++) {
				i32 t = (i32)ma[i][k] * mb[k][j];

				s += ((t >> 2) & 0xf) * ((t >> 5) & 0x7f);
			}
			mc[i][j] = s;
		}
}

static u16 round_crc(u32 seed)
{
	u16 crc = 0;

	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			seed = seed * 1103515245u + 12345u;
			ma[i][j] = (i16)((seed >> 16) & 0x3ff) - 512;
			mb[i][j] = (i16)((seed >> 4) & 0x3ff) - 512;
		}
	mul_const(7);
	crc = sum_crc(crc);
	add_const(3);
	mul_vect();
	crc = sum_crc(crc);
	mul_mat();
	crc = sum_crc(crc);
	mul_mat_bits();
	crc = sum_crc(crc);
	add_const(-3);
	return crc;
}

int main(void)
{
	u16 crc = 0;

	for (u32 r = 0; r < 4 * CPU_SCALE; r++) {
		u16 c = round_crc(r + 1);

		if (r < 4)
			rt_printf("cpu_matrix: round %u crc %04x\n", r, c);
		crc = crc16(c, crc);
	}
	rt_printf("cpu_matrix: %u rounds, crc %04x\n", 4 * CPU_SCALE, crc);
	return 0;
}
