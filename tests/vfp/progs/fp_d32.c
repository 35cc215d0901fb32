/*
 * fp_d32.c: enough live doubles to use all 32 double registers when built
 * with -mfpu=vfpv3: a 4x4 matrix power and 24 running recurrences.
 */
#include <stdint.h>

#include "../rt/rt.h"

static void matmul(double r[4][4], const double a[4][4], const double b[4][4])
{
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++) {
			double s = 0.0;
			for (int k = 0; k < 4; k++)
				s += a[i][k] * b[k][j];
			r[i][j] = s;
		}
}

int main(void)
{
	double m[4][4] = {
		{ 0.5, 0.25, -0.125, 0.0625 }, { 0.1, 0.7, 0.05, -0.3 },
		{ -0.2, 0.3, 0.6, 0.1 }, { 0.05, -0.1, 0.2, 0.8 },
	}, p[4][4], t[4][4];
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++)
			p[i][j] = m[i][j];
	for (int n = 0; n < 20; n++) {
		matmul(t, p, m);
		for (int i = 0; i < 4; i++)
			for (int j = 0; j < 4; j++)
				p[i][j] = t[i][j];
	}
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 4; j++)
			rt_kv64("pow", p[i][j]);

	double x0 = 0.1, x1 = 0.2, x2 = 0.3, x3 = 0.4, x4 = 0.5, x5 = 0.6, x6 = 0.7, x7 = 0.8;
	double y0 = 1.1, y1 = 1.2, y2 = 1.3, y3 = 1.4, y4 = 1.5, y5 = 1.6, y6 = 1.7, y7 = 1.8;
	double z0 = 2.1, z1 = 2.2, z2 = 2.3, z3 = 2.4, z4 = 2.5, z5 = 2.6, z6 = 2.7, z7 = 2.8;
	for (int n = 0; n < 100; n++) {
		x0 = x0 * 0.99 + y7 * 0.01; x1 = x1 * 0.98 + x0 * 0.02;
		x2 = x2 * 0.97 + x1 * 0.03; x3 = x3 * 0.96 + x2 * 0.04;
		x4 = x4 * 0.95 + x3 * 0.05; x5 = x5 * 0.94 + x4 * 0.06;
		x6 = x6 * 0.93 + x5 * 0.07; x7 = x7 * 0.92 + x6 * 0.08;
		y0 = y0 - x7 / 3.0; y1 = y1 + y0 / 5.0; y2 = y2 - y1 / 7.0; y3 = y3 + y2 / 9.0;
		y4 = y4 - y3 / 11.0; y5 = y5 + y4 / 13.0; y6 = y6 - y5 / 17.0; y7 = y7 + y6 / 19.0;
		z0 = z0 * y0 + z7; z1 = z1 * y1 - z0; z2 = z2 * y2 + z1; z3 = z3 * y3 - z2;
		z4 = z4 * y4 + z3; z5 = z5 * y5 - z4; z6 = z6 * y6 + z5; z7 = (z7 * y7 - z6) * 1e-3;
	}
	double all[24] = { x0, x1, x2, x3, x4, x5, x6, x7, y0, y1, y2, y3,
			   y4, y5, y6, y7, z0, z1, z2, z3, z4, z5, z6, z7 };
	for (int i = 0; i < 24; i++)
		rt_kv64("rec", all[i]);
	return 0;
}
