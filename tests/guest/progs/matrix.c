/*
 * matrix: integer matrix arithmetic: multiplication (naive, transposed and
 * blocked must agree), matrix power modulo a prime (Fibonacci by 2x2
 * matrices), exact determinants by fraction-free Bareiss elimination in
 * 64-bit, and Gaussian elimination modulo p with modular inverses.
 */
#include "rt.h"

#define N 32

static i32 A[N][N], B[N][N], C1[N][N], C2[N][N], C3[N][N], BT[N][N];

static u32 mat_hash(i32 m[N][N])
{
	u32 h = 2166136261u;

	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			h = (h ^ (u32)m[i][j]) * 16777619u;
	return h;
}

static void mul_naive(void)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			i32 s = 0;
			for (int k = 0; k < N; k++)
				s += A[i][k] * B[k][j];
			C1[i][j] = s;
		}
}

static void mul_transposed(void)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			BT[j][i] = B[i][j];
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			const i32 *r = A[i], *c = BT[j];
			i32 s = 0;
			for (int k = 0; k < N; k++)
				s += r[k] * c[k];
			C2[i][j] = s;
		}
}

static void mul_blocked(void)
{
	const int bs = 8;

	memset(C3, 0, sizeof(C3));
	for (int ii = 0; ii < N; ii += bs)
		for (int kk = 0; kk < N; kk += bs)
			for (int jj = 0; jj < N; jj += bs)
				for (int i = ii; i < ii + bs; i++)
					for (int k = kk; k < kk + bs; k++) {
						i32 a = A[i][k];
						for (int j = jj; j < jj + bs; j++)
							C3[i][j] += a * B[k][j];
					}
}

struct m2 {
	u64 a, b, c, d;
};

static struct m2 m2_mul(struct m2 x, struct m2 y, u64 p)
{
	struct m2 r;

	r.a = (x.a * y.a + x.b * y.c) % p;
	r.b = (x.a * y.b + x.b * y.d) % p;
	r.c = (x.c * y.a + x.d * y.c) % p;
	r.d = (x.c * y.b + x.d * y.d) % p;
	return r;
}

static u64 fib_mod(u64 n, u64 p)
{
	struct m2 r = { 1, 0, 0, 1 }, m = { 1, 1, 1, 0 };

	while (n) {
		if (n & 1)
			r = m2_mul(r, m, p);
		m = m2_mul(m, m, p);
		n >>= 1;
	}
	return r.b;
}

/* Bareiss: every intermediate value is a minor of the matrix, so small
 * entries keep it exact in 64 bits. */
static i64 det_bareiss(i64 m[8][8], int n)
{
	i64 prev = 1;
	int sign = 1;

	for (int k = 0; k < n - 1; k++) {
		if (m[k][k] == 0) {
			int r = k + 1;
			while (r < n && m[r][k] == 0)
				r++;
			if (r == n)
				return 0;
			for (int j = 0; j < n; j++) {
				i64 t = m[k][j];
				m[k][j] = m[r][j];
				m[r][j] = t;
			}
			sign = -sign;
		}
		for (int i = k + 1; i < n; i++)
			for (int j = k + 1; j < n; j++)
				m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) / prev;
		prev = m[k][k];
	}
	return sign * m[n - 1][n - 1];
}

static u32 powmod32(u32 b, u32 e, u32 p)
{
	u64 r = 1, x = b % p;

	while (e) {
		if (e & 1)
			r = r * x % p;
		x = x * x % p;
		e >>= 1;
	}
	return (u32)r;
}

/* Determinant modulo a prime by Gaussian elimination. */
static u32 det_mod(u32 m[N][N], int n, u32 p)
{
	u64 det = 1;

	for (int k = 0; k < n; k++) {
		int r = k;
		while (r < n && m[r][k] == 0)
			r++;
		if (r == n)
			return 0;
		if (r != k) {
			for (int j = 0; j < n; j++) {
				u32 t = m[k][j];
				m[k][j] = m[r][j];
				m[r][j] = t;
			}
			det = (p - det) % p;
		}
		det = det * m[k][k] % p;
		u32 inv = powmod32(m[k][k], p - 2, p);
		for (int i = k + 1; i < n; i++) {
			u32 f = (u32)((u64)m[i][k] * inv % p);
			for (int j = k; j < n; j++)
				m[i][j] = (u32)((m[i][j] + (u64)(p - f) * m[k][j]) % p);
		}
	}
	return (u32)det;
}

int main(void)
{
	static u32 M[N][N];
	u32 s = 17;

	rt_printf("matrix\n");
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			s = s * 1103515245u + 12345u;
			A[i][j] = (i32)(s >> 16) % 201 - 100;
			s = s * 1103515245u + 12345u;
			B[i][j] = (i32)(s >> 16) % 201 - 100;
		}
	mul_naive();
	mul_transposed();
	mul_blocked();
	rt_printf("product hashes: %08x %08x %08x\n", mat_hash(C1), mat_hash(C2), mat_hash(C3));
	rt_printf("C[0][0]=%d C[17][23]=%d C[31][31]=%d\n", C1[0][0], C1[17][23], C1[31][31]);
	for (u64 n = 10; n <= 10000000000ull; n *= 100)
		rt_printf("fib(%llu) mod 1000000007 = %llu\n", n, fib_mod(n, 1000000007ull));
	for (int n = 1; n <= 8; n++) {
		i64 m[8][8];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++) {
				s = s * 1103515245u + 12345u;
				m[i][j] = (i64)((s >> 16) % 9) - 4;
			}
		rt_printf("det%d = %lld\n", n, det_bareiss(m, n));
	}
	{
		i64 hilbertish[8][8];
		for (int i = 0; i < 8; i++)
			for (int j = 0; j < 8; j++)
				hilbertish[i][j] = (i + 1) * (j + 1) + (i == j ? 7 : 0);
		rt_printf("det structured = %lld\n", det_bareiss(hilbertish, 8));
	}
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			M[i][j] = (u32)(A[i][j] + 100);
	rt_printf("det32 mod 998244353 = %u\n", det_mod(M, N, 998244353u));
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			M[i][j] = (u32)(i == j ? 2 : (j == i + 1 || i == j + 1) ? 1 : 0);
	rt_printf("det tridiagonal mod p = %u\n", det_mod(M, N, 1000000007u));
	return 0;
}
