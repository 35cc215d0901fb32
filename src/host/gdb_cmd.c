/*
 * The gdb stub's answers about the core: the target description (gdb's
 * org.gnu.gdb.arm.core and org.gnu.gdb.arm.vfp features, GDB manual G.5.1),
 * registers, and memory at virtual addresses through the guest MMU.
 *
 * Register numbers as the description gives them: r0-r15 0-15, cpsr 25 (the
 * numbers between belonged to FPA registers), d0-d31 26-57, fpscr 58; the 'g'
 * packet holds them in that order, each little-endian.
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "dbt.h"
#include "gdb_internal.h"
#include "guest_mem.h"
#include "mmu.h"
#include "vfp.h"

#define REG_CPSR  25
#define REG_D0    26
#define REG_FPSCR 58

/* ---- target description ---- */

static size_t target_xml(char *out, size_t cap)
{
	size_t n = (size_t)snprintf(out, cap,
		"<?xml version=\"1.0\"?><!DOCTYPE target SYSTEM \"gdb-target.dtd\">"
		"<target><architecture>arm</architecture>"
		"<feature name=\"org.gnu.gdb.arm.core\">");
	for (unsigned r = 0; r < 16; r++) {
		static const char *const special[] = { "sp", "lr", "pc" };
		static const char *const type[] = { "data_ptr", "int", "code_ptr" };
		char name[8];
		snprintf(name, sizeof(name), "r%u", r);
		n += (size_t)snprintf(out + n, cap - n, "<reg name=\"%s\" bitsize=\"32\" type=\"%s\"/>",
				      r < 13 ? name : special[r - 13], r < 13 ? "uint32" : type[r - 13]);
	}
	n += (size_t)snprintf(out + n, cap - n,
		"<reg name=\"cpsr\" bitsize=\"32\" regnum=\"%d\"/></feature>"
		"<feature name=\"org.gnu.gdb.arm.vfp\">", REG_CPSR);
	for (unsigned d = 0; d < 32; d++)
		n += (size_t)snprintf(out + n, cap - n,
				      "<reg name=\"d%u\" bitsize=\"64\" type=\"ieee_double\"/>", d);
	n += (size_t)snprintf(out + n, cap - n,
		"<reg name=\"fpscr\" bitsize=\"32\" type=\"int\" group=\"float\"/></feature></target>");
	assert(n < cap);   /* about 2,600 bytes */
	return n;
}

/* qXfer:features:read:target.xml:OFFSET,LENGTH */
static void xfer_features(struct gdb *g, const char *p)
{
	char xml[8192];
	uint32_t off, len;
	size_t total = target_xml(xml, sizeof(xml));
	if (strncmp(p, "target.xml:", 11)) {
		strcpy(g->reply, "E00");
		return;
	}
	p += 11;
	if (!gdb_hex_u32(&p, &off) || *p++ != ',' || !gdb_hex_u32(&p, &len) || *p) {
		strcpy(g->reply, "E01");
		return;
	}
	if (len > GDB_PACKET_MAX - 1)
		len = GDB_PACKET_MAX - 1;
	if (off >= total) {
		strcpy(g->reply, "l");
		return;
	}
	size_t n = total - off < len ? total - off : len;
	g->reply[0] = off + n < total ? 'm' : 'l';
	memcpy(g->reply + 1, xml + off, n);
	g->reply[n + 1] = 0;
}

void gdb_cmd_query(struct gdb *g, const char *p)
{
	if (!strncmp(p, "qSupported", 10))
		/* vContSupported+: gdb then steps with vCont;s rather than with
		 * breakpoints of its own, so a step can enter an exception. */
		snprintf(g->reply, sizeof(g->reply),
			 "PacketSize=%x;qXfer:features:read+;vContSupported+", GDB_PACKET_MAX);
	else if (!strncmp(p, "qXfer:features:read:", 20))
		xfer_features(g, p + 20);
	else if (!strcmp(p, "qAttached"))
		strcpy(g->reply, "1");
	else
		g->reply[0] = 0;
}

/* ---- registers ---- */

/* Register n's bytes (little-endian) into buf; its size, 0 if there is none. */
static unsigned reg_get(struct cpu *cpu, unsigned n, uint8_t *buf)
{
	uint32_t v;
	if (n < 16)
		v = cpu->r[n];
	else if (n == REG_CPSR)
		v = cpsr_read(cpu);
	else if (n == REG_FPSCR)
		v = cpu->vfp.fpscr;
	else if (n >= REG_D0 && n < REG_D0 + 32) {
		memcpy(buf, &cpu->vfp.d[n - REG_D0], 8);
		return 8;
	} else
		return 0;
	memcpy(buf, &v, 4);
	return 4;
}

static bool reg_set(struct cpu *cpu, unsigned n, const uint8_t *buf)
{
	uint32_t v;
	if (n >= REG_D0 && n < REG_D0 + 32) {
		memcpy(&cpu->vfp.d[n - REG_D0], buf, 8);
		return true;
	}
	memcpy(&v, buf, 4);
	if (n < 15) {
		cpu->r[n] = v;
	} else if (n == 15) {
		cpu->r[15] = v & (cpu->thumb ? ~1u : ~3u);
	} else if (n == REG_CPSR) {
		if (!mode_is_valid(v & CPSR_M) || v & CPSR_J)
			return false;
		cpsr_write(cpu, v, ~0u);
		cpu->r[15] &= cpu->thumb ? ~1u : ~3u;
	} else if (n == REG_FPSCR) {
		vfp_write_fpscr(cpu, v);
	} else {
		return false;
	}
	return true;
}

/* The i-th register of the 'g' packet: r0-r15, cpsr, d0-d31, fpscr. */
#define NREGS 50
static unsigned reg_order(unsigned i)
{
	return i < 16 ? i : i == 16 ? REG_CPSR : i - 17 + REG_D0;
}

void gdb_cmd_regs(struct gdb *g, const char *p)
{
	struct cpu *cpu = g->cpu;
	uint8_t buf[8];
	uint32_t n;
	size_t len = 0, size;
	const char *s = p + 1;

	switch (p[0]) {
	case 'g':
		for (unsigned i = 0; i < NREGS; i++) {
			size = reg_get(cpu, reg_order(i), buf);
			gdb_hex_encode(g->reply + len, buf, size);
			len += 2 * size;
		}
		g->reply[len] = 0;
		return;
	case 'G':
		for (unsigned i = 0; i < NREGS; i++, s += 2 * size) {
			size = reg_get(cpu, reg_order(i), buf);
			if (strlen(s) < 2 * size || !gdb_hex_decode(s, buf, size)) {
				strcpy(g->reply, "E01");
				return;
			}
		}
		s = p + 1;
		for (unsigned i = 0; i < NREGS; i++, s += 2 * size) {
			size = reg_get(cpu, reg_order(i), buf);
			gdb_hex_decode(s, buf, size);
			reg_set(cpu, reg_order(i), buf);
		}
		strcpy(g->reply, "OK");
		return;
	case 'p':
		if (!gdb_hex_u32(&s, &n) || *s || !(size = reg_get(cpu, n, buf))) {
			strcpy(g->reply, "E01");
			return;
		}
		gdb_hex_encode(g->reply, buf, size);
		g->reply[2 * size] = 0;
		return;
	default:   /* P n=value */
		if (!gdb_hex_u32(&s, &n) || *s++ != '=' || !(size = reg_get(cpu, n, buf)) ||
		    strlen(s) != 2 * size || !gdb_hex_decode(s, buf, size) ||
		    !reg_set(cpu, n, buf))
			strcpy(g->reply, "E01");
		else
			strcpy(g->reply, "OK");
	}
}

/* ---- memory ---- */

/* m addr,length and M addr,length:XX... */
void gdb_cmd_memory(struct gdb *g, const char *p)
{
	uint8_t *buf = g->mem;
	uint32_t addr, len;
	const char *s = p + 1;
	if (!gdb_hex_u32(&s, &addr) || *s++ != ',' || !gdb_hex_u32(&s, &len) ||
	    (p[0] == 'm' ? *s != 0 : *s++ != ':')) {
		strcpy(g->reply, "E01");
		return;
	}
	if (p[0] == 'm') {
		if (len > GDB_PACKET_MAX / 2)
			len = GDB_PACKET_MAX / 2;
		len = guest_mem_copy(g->m, addr, buf, len, false);
		gdb_hex_encode(g->reply, buf, len);
		g->reply[2 * len] = 0;
		if (!len)
			strcpy(g->reply, "E14");
		return;
	}
	if (len > GDB_PACKET_MAX || strlen(s) != 2 * (size_t)len || !gdb_hex_decode(s, buf, len)) {
		strcpy(g->reply, "E01");
		return;
	}
	/* All or nothing: every page is checked before any byte is written. */
	if (guest_mem_copy(g->m, addr, NULL, len, false) != len) {
		strcpy(g->reply, "E14");
		return;
	}
	guest_mem_copy(g->m, addr, buf, len, true);
	strcpy(g->reply, "OK");
}
