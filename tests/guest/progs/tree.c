/*
 * tree: pointer-linked data structures on static pool allocators: a sorted
 * singly linked list with reversal, an LRU cache on a doubly linked list
 * plus a chained hash table, and an AVL tree with insertion, deletion,
 * traversal and balance checks.
 */
#include "rt.h"

static u32 rng = 0x1234567u;

static u32 rnd(void)
{
	rng = rng * 1664525u + 1013904223u;
	return rng >> 8;
}

/* ---- pool allocator: a free list threaded through the nodes ---- */

struct lnode {
	struct lnode *next;
	i32 val;
};

static struct lnode lpool[600];
static struct lnode *lfree;

static void lpool_init(void)
{
	lfree = 0;
	for (u32 i = 0; i < ARRAY_LEN(lpool); i++) {
		lpool[i].next = lfree;
		lfree = &lpool[i];
	}
}

static struct lnode *lalloc(i32 v)
{
	struct lnode *n = lfree;

	lfree = n->next;
	n->next = 0;
	n->val = v;
	return n;
}

static void lrelease(struct lnode *n)
{
	n->next = lfree;
	lfree = n;
}

static struct lnode *list_insert_sorted(struct lnode *head, i32 v)
{
	struct lnode **pp = &head;

	while (*pp && (*pp)->val < v)
		pp = &(*pp)->next;
	struct lnode *n = lalloc(v);
	n->next = *pp;
	*pp = n;
	return head;
}

static struct lnode *list_remove_if(struct lnode *head, int (*pred)(i32))
{
	struct lnode **pp = &head;

	while (*pp) {
		if (pred((*pp)->val)) {
			struct lnode *dead = *pp;
			*pp = dead->next;
			lrelease(dead);
		} else {
			pp = &(*pp)->next;
		}
	}
	return head;
}

static struct lnode *list_reverse(struct lnode *head)
{
	struct lnode *prev = 0;

	while (head) {
		struct lnode *next = head->next;
		head->next = prev;
		prev = head;
		head = next;
	}
	return prev;
}

static int is_multiple_of_3(i32 v) { return v % 3 == 0; }

static void list_test(void)
{
	struct lnode *head = 0;
	u32 h = 0, n = 0;

	lpool_init();
	for (int i = 0; i < 500; i++)
		head = list_insert_sorted(head, (i32)(rnd() % 10000) - 5000);
	head = list_remove_if(head, is_multiple_of_3);
	for (struct lnode *p = head; p; p = p->next) {
		h = h * 31 + (u32)p->val;
		n++;
	}
	rt_printf("list: %u nodes, first %d, hash %08x\n", n, head->val, h);
	head = list_reverse(head);
	h = 0;
	for (struct lnode *p = head; p; p = p->next)
		h = h * 31 + (u32)p->val;
	rt_printf("reversed: first %d, hash %08x\n", head->val, h);
}

/* ---- LRU cache: hash table + doubly linked recency list ---- */

struct entry {
	struct entry *prev, *next;   /* recency list */
	struct entry *chain;         /* hash bucket */
	u32 key, value;
};

#define CAP 64
#define BUCKETS 32

static struct entry epool[CAP];
static struct entry *buckets[BUCKETS];
static struct entry lru;             /* sentinel: lru.next = most recent */
static u32 used, hits, misses, evictions;

static void unlink_entry(struct entry *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

static void push_front(struct entry *e)
{
	e->next = lru.next;
	e->prev = &lru;
	lru.next->prev = e;
	lru.next = e;
}

static struct entry **bucket_of(u32 key)
{
	return &buckets[(key * 2654435761u) >> 27];
}

static u32 cache_get(u32 key)
{
	for (struct entry *e = *bucket_of(key); e; e = e->chain) {
		if (e->key == key) {
			hits++;
			unlink_entry(e);
			push_front(e);
			return e->value;
		}
	}
	misses++;
	struct entry *e;
	if (used < CAP) {
		e = &epool[used++];
	} else {
		e = lru.prev;    /* least recently used */
		unlink_entry(e);
		struct entry **pp = bucket_of(e->key);
		while (*pp != e)
			pp = &(*pp)->chain;
		*pp = e->chain;
		evictions++;
	}
	e->key = key;
	e->value = key * key + 7;
	e->chain = *bucket_of(key);
	*bucket_of(key) = e;
	push_front(e);
	return e->value;
}

static void lru_test(void)
{
	u32 h = 0;

	lru.next = lru.prev = &lru;
	for (int i = 0; i < 8000; i++) {
		u32 key = rnd() % 16 == 0 ? rnd() % 1000 : rnd() % 80;
		h = h * 33 + cache_get(key);
	}
	u32 order = 0;
	for (struct entry *e = lru.next; e != &lru; e = e->next)
		order = order * 7 + e->key;
	rt_printf("lru: hits=%u misses=%u evictions=%u h=%08x order=%08x\n", hits, misses,
		  evictions, h, order);
}

/* ---- AVL tree ---- */

struct avl {
	struct avl *left, *right;
	i32 key;
	i32 height;
	u32 count;
};

static struct avl apool[3000];
static u32 aused;
static struct avl *afree;

static i32 height(const struct avl *n) { return n ? n->height : 0; }
static i32 imax(i32 a, i32 b) { return a > b ? a : b; }

static void fix(struct avl *n)
{
	n->height = 1 + imax(height(n->left), height(n->right));
}

static struct avl *rot_right(struct avl *y)
{
	struct avl *x = y->left;
	y->left = x->right;
	x->right = y;
	fix(y);
	fix(x);
	return x;
}

static struct avl *rot_left(struct avl *x)
{
	struct avl *y = x->right;
	x->right = y->left;
	y->left = x;
	fix(x);
	fix(y);
	return y;
}

static struct avl *balance(struct avl *n)
{
	fix(n);
	i32 bf = height(n->left) - height(n->right);
	if (bf > 1) {
		if (height(n->left->left) < height(n->left->right))
			n->left = rot_left(n->left);
		return rot_right(n);
	}
	if (bf < -1) {
		if (height(n->right->right) < height(n->right->left))
			n->right = rot_right(n->right);
		return rot_left(n);
	}
	return n;
}

static struct avl *avl_insert(struct avl *n, i32 key)
{
	if (!n) {
		struct avl *m;
		if (afree) {
			m = afree;
			afree = m->left;
		} else {
			m = &apool[aused++];
		}
		*m = (struct avl){ 0, 0, key, 1, 1 };
		return m;
	}
	if (key == n->key)
		n->count++;
	else if (key < n->key)
		n->left = avl_insert(n->left, key);
	else
		n->right = avl_insert(n->right, key);
	return balance(n);
}

static struct avl *avl_remove_min(struct avl *n, struct avl **min)
{
	if (!n->left) {
		*min = n;
		return n->right;
	}
	n->left = avl_remove_min(n->left, min);
	return balance(n);
}

static struct avl *avl_delete(struct avl *n, i32 key)
{
	if (!n)
		return 0;
	if (key < n->key) {
		n->left = avl_delete(n->left, key);
	} else if (key > n->key) {
		n->right = avl_delete(n->right, key);
	} else {
		struct avl *l = n->left, *r = n->right, *m;
		n->left = afree;   /* back to the free list */
		afree = n;
		if (!r)
			return l;
		r = avl_remove_min(r, &m);
		m->left = l;
		m->right = r;
		return balance(m);
	}
	return balance(n);
}

static int avl_check(const struct avl *n, i32 lo, i32 hi, u32 *nodes)
{
	if (!n)
		return 1;
	(*nodes)++;
	i32 bf = height(n->left) - height(n->right);
	if (n->key < lo || n->key > hi || bf < -1 || bf > 1 ||
	    n->height != 1 + imax(height(n->left), height(n->right)))
		return 0;
	return avl_check(n->left, lo, n->key - 1, nodes) && avl_check(n->right, n->key + 1, hi, nodes);
}

static u32 walk_hash, walk_n;

static void inorder(const struct avl *n)
{
	if (!n)
		return;
	inorder(n->left);
	walk_hash = walk_hash * 31 + (u32)n->key * n->count;
	walk_n++;
	inorder(n->right);
}

static void avl_test(void)
{
	struct avl *root = 0;

	for (int i = 0; i < 1500; i++)
		root = avl_insert(root, (i32)(rnd() % 5000) - 2500);
	for (int round = 0; round < 3; round++) {
		u32 nodes = 0;
		walk_hash = 0;
		walk_n = 0;
		inorder(root);
		int ok = avl_check(root, -100000, 100000, &nodes);
		rt_printf("avl round %d: nodes=%u walk=%u height=%d root=%d ok=%d hash=%08x\n", round,
			  nodes, walk_n, height(root), root->key, ok, walk_hash);
		for (int i = 0; i < 700; i++)
			root = avl_delete(root, (i32)(rnd() % 5000) - 2500);
		for (int i = 0; i < 300; i++)
			root = avl_insert(root, (i32)(rnd() % 7000) - 3500);
	}
}

int main(void)
{
	rt_printf("tree\n");
	list_test();
	lru_test();
	avl_test();
	return 0;
}
