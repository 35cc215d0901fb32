/*
 * structs: structures passed and returned by value (large ones go through
 * memory and memcpy), arrays of structures, nested structures, unions,
 * packed structures (byte accesses), compound literals and designated
 * initialisers, and struct assignment in loops.
 */
#include "rt.h"

struct vec3 {
	i32 x, y, z;
};

struct big {
	u32 id;
	u8 tag[13];
	i16 small[7];
	u64 wide[5];
	struct vec3 pos, vel;
	char name[24];
};

struct __attribute__((packed)) packed {
	u8 a;
	u32 b;
	u16 c;
	u64 d;
	i8 e;
};

union word {
	u32 w;
	u16 h[2];
	u8 b[4];
};

struct node_pair {
	struct vec3 pts[4];
	union word words[3];
	i64 total;
};

static struct vec3 vadd(struct vec3 a, struct vec3 b)
{
	return (struct vec3){ a.x + b.x, a.y + b.y, a.z + b.z };
}

static struct vec3 vscale(struct vec3 a, i32 k)
{
	a.x *= k;
	a.y *= k;
	a.z *= k;
	return a;
}

static i64 vdot(struct vec3 a, struct vec3 b)
{
	return (i64)a.x * b.x + (i64)a.y * b.y + (i64)a.z * b.z;
}

static struct vec3 vcross(struct vec3 a, struct vec3 b)
{
	return (struct vec3){ a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
}

static u32 big_hash(struct big b)
{
	u32 h = b.id;

	for (int i = 0; i < 13; i++)
		h = h * 31 + b.tag[i];
	for (int i = 0; i < 7; i++)
		h = h * 31 + (u32)b.small[i];
	for (int i = 0; i < 5; i++)
		h = h * 31 + (u32)b.wide[i] + (u32)(b.wide[i] >> 32);
	h = h * 31 + (u32)(b.pos.x + b.pos.y * 3 + b.pos.z * 5);
	h = h * 31 + (u32)(b.vel.x + b.vel.y * 3 + b.vel.z * 5);
	for (int i = 0; b.name[i]; i++)
		h = h * 31 + (u8)b.name[i];
	return h;
}

/* Takes a large structure by value, modifies the copy and returns it. */
static struct big big_step(struct big b, u32 k)
{
	b.id += k;
	for (int i = 0; i < 13; i++)
		b.tag[i] = (u8)(b.tag[i] + k * (u32)i);
	for (int i = 0; i < 7; i++)
		b.small[i] = (i16)(b.small[i] - (i16)(k * 3));
	for (int i = 0; i < 5; i++)
		b.wide[i] = b.wide[i] * 6364136223846793005ull + k;
	b.pos = vadd(b.pos, b.vel);
	b.vel = vscale(b.vel, -1);
	b.name[k % 20] = (char)('a' + k % 26);
	return b;
}

static struct big make_big(u32 seed)
{
	struct big b = { .id = seed, .name = "structure-copy" };

	for (int i = 0; i < 13; i++)
		b.tag[i] = (u8)(seed * 7 + (u32)i);
	for (int i = 0; i < 7; i++)
		b.small[i] = (i16)(seed * 1000u - (u32)i * 12345u);
	for (int i = 0; i < 5; i++)
		b.wide[i] = (u64)seed << (i * 12);
	b.pos = (struct vec3){ 1, -2, 3 };
	b.vel = (struct vec3){ .z = 7, .x = (i32)seed };
	return b;
}

static u32 packed_sum(const struct packed *p, u32 n)
{
	u32 h = 0;

	for (u32 i = 0; i < n; i++)
		h = h * 17 + p[i].a + p[i].b + p[i].c + (u32)p[i].d + (u32)(p[i].d >> 40) + (u32)p[i].e;
	return h;
}

int main(void)
{
	static struct big arr[16];
	static struct packed pk[21];
	struct node_pair np, np2;
	struct big b = make_big(5), c;
	u32 h = 0;

	rt_printf("structs\n");
	rt_printf("big0 hash=%08x\n", big_hash(b));
	for (u32 k = 1; k <= 200; k++) {
		b = big_step(b, k);
		if (k % 50 == 0)
			rt_printf("step %u hash=%08x id=%u pos=(%d,%d,%d) name=%s\n", k, big_hash(b), b.id,
				  b.pos.x, b.pos.y, b.pos.z, b.name);
	}
	for (u32 i = 0; i < ARRAY_LEN(arr); i++)
		arr[i] = make_big(i * 3 + 1);
	for (u32 round = 0; round < 40; round++) {
		for (u32 i = 0; i + 1 < ARRAY_LEN(arr); i++) {
			if (big_hash(arr[i]) > big_hash(arr[i + 1])) {  /* bubble by value */
				c = arr[i];
				arr[i] = arr[i + 1];
				arr[i + 1] = c;
			}
		}
		arr[round % ARRAY_LEN(arr)] = big_step(arr[(round * 7) % ARRAY_LEN(arr)], round);
	}
	for (u32 i = 0; i < ARRAY_LEN(arr); i++)
		h = h * 33 + big_hash(arr[i]);
	rt_printf("array hash=%08x first id=%u last id=%u\n", h, arr[0].id, arr[15].id);

	struct vec3 a = { 3, -4, 5 }, v = { -7, 2, 9 };
	struct vec3 cr = vcross(a, v);
	rt_printf("dot=%lld cross=(%d,%d,%d) sum=(%d,%d,%d)\n", vdot(a, v), cr.x, cr.y, cr.z,
		  vadd(a, v).x, vadd(a, v).y, vadd(a, v).z);

	for (u32 i = 0; i < ARRAY_LEN(pk); i++) {
		pk[i].a = (u8)(i * 11);
		pk[i].b = i * 0x01020304u;
		pk[i].c = (u16)(i * 4099);
		pk[i].d = (u64)i * 0x0123456789abcdefull;
		pk[i].e = (i8)(100 - (i32)i * 13);
	}
	rt_printf("packed h=%08x b7=%08x d9=%016llx e20=%d\n", packed_sum(pk, ARRAY_LEN(pk)), pk[7].b,
		  pk[9].d, pk[20].e);
	memmove(&pk[1], &pk[0], sizeof(pk[0]) * 20);
	rt_printf("packed after move h=%08x\n", packed_sum(pk, ARRAY_LEN(pk)));

	memset(&np, 0, sizeof(np));
	for (int i = 0; i < 4; i++)
		np.pts[i] = (struct vec3){ i, i * i, -i };
	np.words[0].w = 0x11223344u;
	np.words[1].b[0] = 0xaa;
	np.words[1].b[3] = 0x55;
	np.words[2].h[1] = 0xbeef;
	np.total = -1234567890123ll;
	np2 = np;
	np2.pts[3] = vadd(np2.pts[1], np2.pts[2]);
	np2.words[0].h[0] ^= 0xffff;
	rt_printf("union: %08x %08x %08x b=%02x%02x h=%04x total=%lld\n", np2.words[0].w, np2.words[1].w,
		  np2.words[2].w, np.words[0].b[0], np.words[0].b[3], np.words[0].h[1], np2.total);
	rt_printf("pts: (%d,%d,%d) (%d,%d,%d) same=%d\n", np2.pts[3].x, np2.pts[3].y, np2.pts[3].z,
		  np.pts[3].x, np.pts[3].y, np.pts[3].z, memcmp(&np.pts[0], &np2.pts[0], 3 * sizeof(struct vec3)) == 0);
	return 0;
}
