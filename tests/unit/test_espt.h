/*
 * Shared fixture of the ESPT tests: a machine with 32 MiB of RAM at 0x60000000
 * and a device page, short-descriptor tables written into guest RAM, and a
 * SIGSEGV handler that plays the translator's part: it asks espt_fault() about
 * a fault in a region, retries after a fill, and otherwise jumps back to the
 * test with the outcome. probe() touches a page without resolving anything, so
 * it tells what is mapped right now in any region.
 *
 * The management policy is ARMVM_ESPT_POLICY's (unset: the default); the tests
 * run under each (tests/mmu/CMakeLists.txt). Where a test expects a fill to
 * have survived a view switch, only armvm's policy promises it: under the
 * others keeps() is false and such a fill may be gone (as a TLB entry may be
 * evicted), while whatever TLB maintenance removes must be gone under all.
 */
#ifndef TEST_ESPT_H
#define TEST_ESPT_H

#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "espt.h"
#include "machine.h"
#include "mmu.h"

#define RAM 0x60000000u
#define RAM_SIZE (32u << 20)
#define DEV 0x10000000u
#define L1 (RAM + 0x4000)       /* TTBR0's table, 16 KiB aligned */
#define L2 (RAM + 0x8000)       /* second-level tables, 1 KiB each */

static struct machine m;
static uint8_t code_pages[RAM_SIZE >> 15];
static struct espt *e;

static uint32_t dev_read(void *dev, uint32_t off, unsigned size)
{
	(void)dev, (void)size;
	return off;
}
static const struct dev_ops dev_ops = { "test", dev_read, NULL, NULL };

static inline const char *policy(void)
{
	return getenv("ARMVM_ESPT_POLICY");
}

static inline bool keeps(void)
{
	return !policy() || !strcmp(policy(), "armvm");
}

static inline int machine_up(unsigned max_maps)
{
	memset(code_pages, 0, sizeof(code_pages));
	if (!bus_init(&m.bus, RAM, RAM_SIZE))
		return -1;
	bus_map_device(&m.bus, DEV, 0x1000, &dev_ops, NULL);
	cpu_init(&m.cpu, &m);
	e = espt_create(&m.cpu, code_pages, max_maps, policy());
	return e ? 0 : -1;
}

static inline int machine_down(void **state)
{
	(void)state;
	espt_destroy(e);
	e = NULL;
	bus_destroy(&m.bus);
	return 0;
}

static inline uint8_t *ram(uint32_t pa)
{
	return bus_ram_ptr(&m.bus, pa, 1);
}

static inline void put(uint32_t pa, uint32_t v)
{
	memcpy(ram(pa), &v, 4);
}

static inline uint32_t get(uint32_t pa)
{
	uint32_t v;
	memcpy(&v, ram(pa), 4);
	return v;
}

/* Descriptors (ARM ARM B3.5.1): AP as AP[2]:AP[1:0]. */
static inline uint32_t section(uint32_t pa, unsigned ap, unsigned domain, bool ng)
{
	return pa | (ng ? 1u << 17 : 0) | (ap >> 2) << 15 | (ap & 3) << 10 | domain << 5 | 2;
}

static inline uint32_t page_table(uint32_t pa, unsigned domain)
{
	return pa | domain << 5 | 1;
}

static inline uint32_t small_page(uint32_t pa, unsigned ap, bool ng)
{
	return pa | (ng ? 1u << 11 : 0) | (ap >> 2) << 9 | (ap & 3) << 4 | 2;
}

/* MMU on with TTBR0 = L1, every domain client, privileged, ASID asid. */
static inline void mmu_on(uint8_t asid)
{
	m.cpu.cp15.sctlr |= SCTLR_M;
	m.cpu.cp15.ttbr0 = L1;
	m.cpu.cp15.dacr = 0x55555555;
	m.cpu.cp15.contextidr = asid;
	m.cpu.mode = MODE_SVC;
}

/* Base of the view of ASID asid (TTBR0 = L1), privileged or user, made current.
 * Views are one per ASID and TTBR0 (a privileged view's region may pass from
 * one address space to another, keeping its global fills). */
static inline uint8_t *enter_view(uint8_t asid, bool priv)
{
	mmu_on(asid);
	m.cpu.mode = priv ? MODE_SVC : MODE_USR;
	return espt_base(e);
}

/* ---- the translator's side of a fault ---- */

#define OUT_LOOP (-1)   /* the same access kept faulting after fills */

/* A guest word may be unaligned (SCTLR.A clear): one host access all the same. */
typedef uint32_t __attribute__((aligned(1))) word;

static sigjmp_buf fault_jmp;
static volatile sig_atomic_t probing, faults;
static struct {
	bool write;
	int outcome;
	struct espt_fault f;
} acc;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	uintptr_t a = (uintptr_t)si->si_addr;
	if (!e || !espt_owns(e, a)) {
		signal(sig, SIG_DFL);   /* a real crash: fault again, unhandled */
		return;
	}
	faults++;
	if (probing)
		siglongjmp(fault_jmp, 1);
	acc.outcome = espt_fault(e, a, 4, acc.write, &acc.f);
	if (acc.outcome != ESPT_FILLED || faults > 4) {
		if (acc.outcome == ESPT_FILLED)
			acc.outcome = OUT_LOOP;
		siglongjmp(fault_jmp, 1);
	}
}

static inline void catch_faults(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
}

/* A 32-bit guest access through base, as translated code does it. Returns
 * ESPT_FILLED when it completed (faults counts the faults it took on the way),
 * else the outcome that stopped it (acc.f has the details). */
static inline int guest_access(uint8_t *base, uint32_t va, bool write, uint32_t *val)
{
	catch_faults();
	acc.write = write;
	acc.outcome = ESPT_FILLED;
	faults = 0;
	probing = 0;
	if (sigsetjmp(fault_jmp, 1))
		return acc.outcome;
	if (write)
		*(volatile word *)(base + va) = *val;
	else
		*val = *(volatile word *)(base + va);
	return ESPT_FILLED;
}

static inline int guest_read(uint8_t *base, uint32_t va, uint32_t *val)
{
	return guest_access(base, va, false, val);
}

static inline int guest_write(uint8_t *base, uint32_t va, uint32_t val)
{
	return guest_access(base, va, true, &val);
}

enum { NONE, RO, RW };

/* What the host allows at base + va right now, resolving nothing. */
static inline int probe(uint8_t *base, uint32_t va)
{
	volatile uint8_t *p = base + va;
	catch_faults();
	probing = 1;
	if (sigsetjmp(fault_jmp, 1)) {
		probing = 0;
		return NONE;
	}
	uint8_t v = *p;
	if (sigsetjmp(fault_jmp, 1)) {
		probing = 0;
		return RO;
	}
	*p = v;
	probing = 0;
	return RW;
}

static inline struct espt_stats stats(void)
{
	struct espt_stats s;
	espt_get_stats(e, &s);
	return s;
}

static inline void set_code(uint32_t pa, bool on)
{
	uint32_t i = (pa - RAM) >> 12;
	if (on)
		code_pages[i >> 3] |= (uint8_t)(1u << (i & 7));
	else
		code_pages[i >> 3] &= (uint8_t)~(1u << (i & 7));
}

/* Two address spaces: ASID 1 with TTBR0 = L1, ASID 2 with TTBR0 = L1B. VA_G (a
 * page) and VA_SG (a section) are global and alike in both; VA_N (a page) and
 * VA_SN (a section) are non-global and map other PAs. */
#define L1B (RAM + 0x10000)
#define L2B (RAM + 0x8400)
#define VA_G  0x00305000u
#define VA_N  0x00306000u
#define VA_SG 0x00800000u
#define VA_SN 0x00900000u

static inline void two_address_spaces(void)
{
	put(L1 + 4 * 0x003, page_table(L2, 0));
	put(L2 + 4 * 0x05, small_page(0x60345000, 3, false));
	put(L2 + 4 * 0x06, small_page(0x60346000, 3, true));
	put(L1 + 4 * 0x008, section(0x60800000, 3, 0, false));
	put(L1 + 4 * 0x009, section(0x60900000, 3, 0, true));
	put(L1B + 4 * 0x003, page_table(L2B, 0));
	put(L2B + 4 * 0x05, small_page(0x60345000, 3, false));
	put(L2B + 4 * 0x06, small_page(0x60356000, 3, true));
	put(L1B + 4 * 0x008, section(0x60800000, 3, 0, false));
	put(L1B + 4 * 0x009, section(0x60a00000, 3, 0, true));
	put(0x60345000, 0x6);
	put(0x60800000, 0x5);
	put(0x60346000, 0xa1);
	put(0x60900000, 0xa2);
	put(0x60356000, 0xb1);
	put(0x60a00000, 0xb2);
}

/* Read va through base: the value, and the faults it took. */
static inline void expect_read(uint8_t *base, uint32_t va, uint32_t want, int want_faults)
{
	uint32_t v = 0;
	assert_int_equal(guest_read(base, va, &v), ESPT_FILLED);
	assert_int_equal(v, want);
	assert_int_equal(faults, want_faults);
}

static inline void address_space(uint8_t asid, uint32_t ttbr0)
{
	m.cpu.cp15.contextidr = asid;
	m.cpu.cp15.ttbr0 = ttbr0;
}

#endif
