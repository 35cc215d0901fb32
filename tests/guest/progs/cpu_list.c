/*
 * cpu_list: list processing in the spirit of CoreMark's list kernel: a
 * singly linked list of records on a static pool, searched, reversed,
 * sorted with a merge sort on one key then the other, with a CRC-16 of
 * what is found.  CPU benchmark set (bench/cpu_set.py): CPU_SCALE rounds.
 */
#include "rt.h"

#ifndef CPU_SCALE
#define CPU_SCALE 1
#endif

#define NODES 400

struct rec {
	struct rec *next;
	i16 key;
	i16 idx;
	u32 data;
};

static struct rec pool[NODES];

static u16 crc16_u32(u32 v, u16 crc)
{
	for (int i = 0; i < 32; i++) {
		u16 bit = (u16)((v ^ crc) & 1);

		v >>= 1;
		crc = (u16)(crc >> 1);
		if (bit)
			crc ^= 0xa001;
	}
	return crc;
}

static struct rec *build(u32 seed)
{
	struct rec *head = 0;

	for (int i = NODES - 1; i >= 0; i--) {
		seed = seed * 1664525u + 1013904223u;
		pool[i].key = (i16)(seed >> 20);
		pool[i].idx = (i16)i;
		pool[i].data = seed;
		pool[i].next = head;
		head = &pool[i];
	}
	return head;
}

static struct rec *reverse(struct rec *l)
{
	struct rec *out = 0;

	while (l) {
		struct rec *next = l->next;

		l->next = out;
		out = l;
		l = next;
	}
	return out;
}

static struct rec *find(struct rec *l, i16 key)
{
	while (l && l->key != key)
		l = l->next;
	return l;
}

static int cmp_key(const struct rec *a, const struct rec *b)
{
	return a->key - b->key;
}

static int cmp_idx(const struct rec *a, const struct rec *b)
{
	return a->idx - b->idx;
}

/* Bottom-up merge sort of a list (stable). */
static struct rec *sort(struct rec *l, int (*cmp)(const struct rec *, const struct rec *))
{
	for (u32 width = 1;; width *= 2) {
		struct rec *p = l, *tail = 0;
		u32 merges = 0;

		l = 0;
		while (p) {
			struct rec *q = p;
			u32 ps = 0, qs = width;

			merges++;
			while (q && ps < width) {
				q = q->next;
				ps++;
			}
			while (ps > 0 || (qs > 0 && q)) {
				struct rec *e;

				if (ps == 0 || (qs > 0 && q && cmp(p, q) > 0)) {
					e = q;
					q = q->next;
					qs--;
				} else {
					e = p;
					p = p->next;
					ps--;
				}
				if (tail)
					tail->next = e;
				else
					l = e;
				tail = e;
			}
			p = q;
		}
		tail->next = 0;
		if (merges <= 1)
			return l;
	}
}

static u16 round_crc(u32 r)
{
	struct rec *l = build(r * 7919u + 1);
	u16 crc = 0;

	for (int i = 0; i < 32; i++) {
		struct rec *f = find(l, (i16)(pool[(i * 37 + r) % NODES].key));

		crc = crc16_u32(f ? f->data : 0xffffffffu, crc);
		l = reverse(l);
	}
	l = sort(l, cmp_key);
	for (struct rec *p = l; p; p = p->next)
		crc = crc16_u32((u32)p->key ^ ((u32)p->idx << 16), crc);
	l = sort(l, cmp_idx);
	for (struct rec *p = l; p; p = p->next)
		if (p->idx % 8 == 0)
			crc = crc16_u32(p->data, crc);
	return crc;
}

int main(void)
{
	u16 crc = 0;

	for (u32 r = 0; r < 4 * CPU_SCALE; r++) {
		u16 c = round_crc(r);

		if (r < 4)
			rt_printf("cpu_list: round %u crc %04x\n", r, c);
		crc = crc16_u32(c, crc);
	}
	rt_printf("cpu_list: %u rounds, crc %04x\n", 4 * CPU_SCALE, crc);
	return 0;
}
