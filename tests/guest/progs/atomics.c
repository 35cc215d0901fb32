/*
 * atomics: the GCC __atomic and __sync builtins on one thread.  On ARMv7-A
 * they become LDREX/STREX (byte, halfword, word) and LDREXD/STREXD loops
 * with DMB barriers; the results follow from the sequential semantics.
 */
#include "rt.h"

static u8 a8;
static u16 a16;
static u32 a32;
static u64 a64;
static i32 lock;

static void spin_lock(i32 *l)
{
	while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
		;
}

static void spin_unlock(i32 *l)
{
	__atomic_store_n(l, 0, __ATOMIC_RELEASE);
}

int main(void)
{
	u32 h = 0;
	u64 h64 = 0;

	rt_printf("atomics\n");
	for (u32 i = 0; i < 3000; i++) {
		h = h * 31 + __atomic_fetch_add(&a32, i, __ATOMIC_SEQ_CST);
		h = h * 31 + __atomic_fetch_xor(&a16, (u16)(i * 77), __ATOMIC_RELAXED);
		h = h * 31 + __atomic_fetch_sub(&a8, (u8)i, __ATOMIC_ACQ_REL);
		h = h * 31 + __atomic_or_fetch(&a32, 1u << (i % 32), __ATOMIC_SEQ_CST);
		h = h * 31 + __atomic_and_fetch(&a16, (u16)~(1u << (i % 16)), __ATOMIC_SEQ_CST);
		h64 = h64 * 31 + __atomic_fetch_add(&a64, (u64)i << 20, __ATOMIC_SEQ_CST);
		h64 = h64 * 31 + __atomic_xor_fetch(&a64, 0x0123456789abcdefull, __ATOMIC_SEQ_CST);
	}
	rt_printf("fetch-ops h=%08x h64=%016llx a8=%u a16=%u a32=%08x a64=%016llx\n", h, h64, a8, a16,
		  a32, a64);

	u32 expected = a32, ok = 0, fail = 0;
	for (u32 i = 0; i < 1000; i++) {
		u32 want = i % 3 ? expected : expected + 1;  /* every third one must fail */
		if (__atomic_compare_exchange_n(&a32, &want, want * 2654435761u, 0, __ATOMIC_SEQ_CST,
						__ATOMIC_SEQ_CST)) {
			ok++;
			expected = want * 2654435761u;
		} else {
			fail++;
			expected = want;  /* the value found */
		}
	}
	rt_printf("cas32 ok=%u fail=%u a32=%08x\n", ok, fail, a32);

	u64 e64 = a64;
	ok = fail = 0;
	for (u32 i = 0; i < 500; i++) {
		u64 want = i % 4 ? e64 : e64 ^ 1;
		if (__atomic_compare_exchange_n(&a64, &want, want * 6364136223846793005ull + 1, 0,
						__ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
			ok++;
			e64 = want * 6364136223846793005ull + 1;
		} else {
			fail++;
			e64 = want;
		}
	}
	rt_printf("cas64 ok=%u fail=%u a64=%016llx\n", ok, fail, a64);

	u16 e16 = a16;
	u8 e8 = a8;
	int c16 = __atomic_compare_exchange_n(&a16, &e16, 0x1234, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	int c8 = __atomic_compare_exchange_n(&a8, &e8, 0x56, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	int c8f = __atomic_compare_exchange_n(&a8, &e8, 0x78, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	rt_printf("cas16 %d cas8 %d again %d -> %04x %02x seen %02x\n", c16, c8, c8f, a16, a8, e8);

	u32 counter = 0;
	for (u32 i = 0; i < 1000; i++) {
		spin_lock(&lock);
		counter += i;
		spin_unlock(&lock);
	}
	rt_printf("locked counter=%u lock=%d\n", counter, lock);
	/* arguments with side effects are evaluated in an unspecified order: sequence them */
	u32 s1 = __sync_fetch_and_add(&a32, 5);
	u32 s2 = __sync_add_and_fetch(&a32, 5);
	int s3 = __sync_bool_compare_and_swap(&lock, 0, 7);
	u32 s4 = __sync_val_compare_and_swap(&a32, 0, 1);
	rt_printf("sync: %u %u %d %u\n", s1, s2, s3, s4);
	u32 x1 = __atomic_exchange_n(&a32, 99u, __ATOMIC_SEQ_CST);
	u64 x2 = __atomic_exchange_n(&a64, 0ull, __ATOMIC_SEQ_CST);
	rt_printf("exchange: %u %llu\n", x1, x2);
	__sync_synchronize();
	rt_printf("final %u %llu %d\n", __atomic_load_n(&a32, __ATOMIC_ACQUIRE), a64, lock);
	return 0;
}
