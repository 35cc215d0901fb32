/*
 * fp_math.c: numerical code written in C (no libm): exp, log, sin, cos by
 * series, Newton square roots, Kahan summation, a Mandelbrot set, Simpson
 * integration, a linear solve by Gaussian elimination. Prints bit patterns.
 */
#include <stdint.h>

#include "../rt/rt.h"

static double my_exp(double x)
{
	/* exp(x) = exp(r)^(2^k) with |r| small */
	int k = 0;
	while (x > 0.5 || x < -0.5) {
		x *= 0.5;
		k++;
	}
	double term = 1.0, sum = 1.0;
	for (int n = 1; n < 20; n++) {
		term *= x / n;
		sum += term;
	}
	while (k--)
		sum *= sum;
	return sum;
}

static double my_log(double x)
{
	/* log(x) = 2 atanh((x - 1) / (x + 1)) after scaling into [0.5, 2) */
	double scale = 0.0;
	while (x >= 2.0) {
		x *= 0.5;
		scale += 0.6931471805599453;
	}
	while (x < 0.5) {
		x *= 2.0;
		scale -= 0.6931471805599453;
	}
	double y = (x - 1.0) / (x + 1.0), y2 = y * y, term = y, sum = 0.0;
	for (int n = 1; n < 60; n += 2) {
		sum += term / n;
		term *= y2;
	}
	return scale + 2.0 * sum;
}

static float my_sinf(float x)
{
	float x2 = x * x, term = x, sum = x;
	for (int n = 1; n < 10; n++) {
		term *= -x2 / (float)((2 * n) * (2 * n + 1));
		sum += term;
	}
	return sum;
}

static double my_cos(double x)
{
	double x2 = x * x, term = 1.0, sum = 1.0;
	for (int n = 1; n < 15; n++) {
		term *= -x2 / ((2 * n - 1) * (2 * n));
		sum += term;
	}
	return sum;
}

static double newton_sqrt(double a)
{
	double x = a > 1.0 ? a : 1.0;
	for (int i = 0; i < 60; i++)
		x = 0.5 * (x + a / x);
	return x;
}

static int mandel(float cr, float ci)
{
	float zr = 0.0f, zi = 0.0f;
	int n = 0;
	while (n < 200 && zr * zr + zi * zi <= 4.0f) {
		float t = zr * zr - zi * zi + cr;
		zi = 2.0f * zr * zi + ci;
		zr = t;
		n++;
	}
	return n;
}

static double simpson(double a, double b, int n)
{
	double h = (b - a) / n, s = my_exp(-a * a) + my_exp(-b * b);
	for (int i = 1; i < n; i++) {
		double x = a + i * h;
		s += (i & 1 ? 4.0 : 2.0) * my_exp(-x * x);
	}
	return s * h / 3.0;
}

static void solve(void)
{
	double m[4][5] = {
		{ 4.0, -2.0, 1.0, 0.5, 1.0 }, { -2.0, 4.0, -2.0, 1.0, 2.0 },
		{ 1.0, -2.0, 4.0, -2.0, 3.0 }, { 0.5, 1.0, -2.0, 4.0, 4.0 },
	};
	for (int c = 0; c < 4; c++)
		for (int r = c + 1; r < 4; r++) {
			double f = m[r][c] / m[c][c];
			for (int k = c; k < 5; k++)
				m[r][k] -= f * m[c][k];
		}
	double x[4];
	for (int r = 3; r >= 0; r--) {
		double s = m[r][4];
		for (int k = r + 1; k < 4; k++)
			s -= m[r][k] * x[k];
		x[r] = s / m[r][r];
	}
	for (int r = 0; r < 4; r++)
		rt_kv64("solve", x[r]);
}

int main(void)
{
	for (int i = -8; i <= 8; i++) {
		double x = i * 1.375;
		rt_kv64("exp", my_exp(x));
		rt_kv64("cos", my_cos(x));
		rt_kv32("sinf", my_sinf((float)x * 0.25f));
		if (i > 0) {
			rt_kv64("log", my_log(x * x * x));
			rt_kv64("sqrt", newton_sqrt(x));
		}
	}
	float sum = 0.0f, c = 0.0f, naive = 0.0f;
	for (int i = 1; i <= 10000; i++) {
		float y = 1.0f / (float)i - c;
		float t = sum + y;
		c = (t - sum) - y;
		sum = t;
		naive += 1.0f / (float)i;
	}
	rt_kv32("kahan", sum);
	rt_kv32("naive", naive);
	unsigned inside = 0, iters = 0;
	for (int y = -12; y <= 12; y++)
		for (int x = -24; x <= 8; x++) {
			int n = mandel(x / 12.0f, y / 12.0f);
			iters += (unsigned)n;
			inside += n == 200;
		}
	rt_puts("mandel ");
	rt_dec(inside);
	rt_putc(' ');
	rt_dec(iters);
	rt_putc('\n');
	rt_kv64("simpson", simpson(-2.0, 3.0, 1000));
	solve();
	return 0;
}
