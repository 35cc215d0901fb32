/*
 * sort: quicksort, mergesort, heapsort, shellsort, insertion sort and a
 * generic comparator-driven sort on pseudo-random data (signed and unsigned
 * keys, records with a stable-sort check).
 */
#include "rt.h"

#define N 1500

static i32 orig[N], a[N], tmp[N];
static u32 rng = 0x2545f491u;

static u32 next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static u32 checksum(const i32 *v, u32 n)
{
	u32 h = 0x811c9dc5u;

	for (u32 i = 0; i < n; i++) {
		h ^= (u32)v[i];
		h *= 16777619u;
	}
	return h;
}

static int is_sorted(const i32 *v, u32 n)
{
	for (u32 i = 1; i < n; i++)
		if (v[i - 1] > v[i])
			return 0;
	return 1;
}

static void swap(i32 *x, i32 *y)
{
	i32 t = *x;
	*x = *y;
	*y = t;
}

static void quicksort(i32 *v, int lo, int hi)
{
	while (lo < hi) {
		i32 pivot = v[lo + (hi - lo) / 2];
		int i = lo, j = hi;
		while (i <= j) {
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i <= j)
				swap(&v[i++], &v[j--]);
		}
		/* recurse into the smaller part, loop on the larger */
		if (j - lo < hi - i) {
			quicksort(v, lo, j);
			lo = i;
		} else {
			quicksort(v, i, hi);
			hi = j;
		}
	}
}

static void mergesort(i32 *v, i32 *t, u32 n)
{
	if (n < 2)
		return;
	u32 m = n / 2;
	mergesort(v, t, m);
	mergesort(v + m, t, n - m);
	u32 i = 0, j = m, k = 0;
	while (i < m && j < n)
		t[k++] = v[j] < v[i] ? v[j++] : v[i++];
	while (i < m)
		t[k++] = v[i++];
	while (j < n)
		t[k++] = v[j++];
	memcpy(v, t, n * sizeof(*v));
}

static void sift_down(i32 *v, u32 root, u32 n)
{
	for (;;) {
		u32 child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && v[child] < v[child + 1])
			child++;
		if (v[root] >= v[child])
			return;
		swap(&v[root], &v[child]);
		root = child;
	}
}

static void heapsort(i32 *v, u32 n)
{
	for (u32 i = n / 2; i-- > 0;)
		sift_down(v, i, n);
	for (u32 end = n; end-- > 1;) {
		swap(&v[0], &v[end]);
		sift_down(v, 0, end);
	}
}

static void shellsort(i32 *v, u32 n)
{
	static const u32 gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };

	for (u32 g = 0; g < ARRAY_LEN(gaps); g++) {
		u32 gap = gaps[g];
		for (u32 i = gap; i < n; i++) {
			i32 x = v[i];
			u32 j = i;
			while (j >= gap && v[j - gap] > x) {
				v[j] = v[j - gap];
				j -= gap;
			}
			v[j] = x;
		}
	}
}

static void insertion_sort(i32 *v, u32 n)
{
	for (u32 i = 1; i < n; i++) {
		i32 x = v[i];
		u32 j = i;
		while (j > 0 && v[j - 1] > x) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

/* A generic sort driven by a comparator, over records of any size. */
typedef int (*cmp_fn)(const void *, const void *);

static void generic_sort(void *base, u32 n, u32 size, cmp_fn cmp)
{
	u8 *b = base;
	u8 t[32];

	for (u32 i = 1; i < n; i++) {
		memcpy(t, b + i * size, size);
		u32 j = i;
		while (j > 0 && cmp(b + (j - 1) * size, t) > 0) {
			memcpy(b + j * size, b + (j - 1) * size, size);
			j--;
		}
		memcpy(b + j * size, t, size);
	}
}

struct record {
	u16 key;
	u8 tag;
	u32 seq;
	char name[6];
};

static int cmp_record(const void *x, const void *y)
{
	const struct record *p = x, *q = y;
	return (int)p->key - (int)q->key;
}

static int cmp_u32_desc(const void *x, const void *y)
{
	u32 p = *(const u32 *)x, q = *(const u32 *)y;
	return p < q ? 1 : p > q ? -1 : 0;
}

static void run(const char *name, int which)
{
	memcpy(a, orig, sizeof(a));
	switch (which) {
	case 0: quicksort(a, 0, N - 1); break;
	case 1: mergesort(a, tmp, N); break;
	case 2: heapsort(a, N); break;
	case 3: shellsort(a, N); break;
	case 4: insertion_sort(a, N / 10); insertion_sort(a + N / 10, N / 5); break;
	}
	rt_printf("%-10s sorted=%d sum=%08x first=%d mid=%d last=%d\n", name,
		  which == 4 ? is_sorted(a, N / 10) && is_sorted(a + N / 10, N / 5) : is_sorted(a, N),
		  checksum(a, N), a[0], a[N / 2], a[N - 1]);
}

int main(void)
{
	static struct record recs[200];
	static u32 words[300];
	u32 stable = 1, h = 0;

	rt_printf("sort\n");
	for (u32 i = 0; i < N; i++)
		orig[i] = (i32)next_rand() >> (i % 7 == 0 ? 20 : 1);
	rt_printf("input sum=%08x\n", checksum(orig, N));
	run("quick", 0);
	run("merge", 1);
	run("heap", 2);
	run("shell", 3);
	run("insertion", 4);

	/* many duplicates, already sorted, reversed */
	for (u32 i = 0; i < N; i++)
		orig[i] = (i32)(next_rand() % 17) - 8;
	run("quick-dup", 0);
	run("heap-dup", 2);
	for (u32 i = 0; i < N; i++)
		orig[i] = (i32)(N - i);
	run("merge-rev", 1);
	run("quick-rev", 0);

	for (u32 i = 0; i < ARRAY_LEN(recs); i++) {
		recs[i].key = (u16)(next_rand() % 23);
		recs[i].tag = (u8)i;
		recs[i].seq = i;
		for (int k = 0; k < 5; k++)
			recs[i].name[k] = (char)('a' + next_rand() % 26);
		recs[i].name[5] = 0;
	}
	generic_sort(recs, ARRAY_LEN(recs), sizeof(recs[0]), cmp_record);
	for (u32 i = 1; i < ARRAY_LEN(recs); i++)
		if (recs[i - 1].key == recs[i].key && recs[i - 1].seq > recs[i].seq)
			stable = 0;
	for (u32 i = 0; i < ARRAY_LEN(recs); i++)
		h = h * 131 + recs[i].key * 1000 + recs[i].seq + (u8)recs[i].name[i % 5];
	rt_printf("records stable=%d h=%08x first=%u/%u/%s last=%u/%u/%s\n", stable, h,
		  recs[0].key, recs[0].seq, recs[0].name, recs[199].key, recs[199].seq, recs[199].name);

	for (u32 i = 0; i < ARRAY_LEN(words); i++)
		words[i] = next_rand();
	generic_sort(words, ARRAY_LEN(words), sizeof(words[0]), cmp_u32_desc);
	rt_printf("desc %08x %08x %08x sum=%08x\n", words[0], words[150], words[299],
		  checksum((const i32 *)words, ARRAY_LEN(words)));
	return 0;
}
