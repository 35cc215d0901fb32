/*
 * The PL181 MMCI (ARM DDI 0172) and its SDHC card (SD Physical Layer
 * Simplified Specification 2.00), driven through the registers as a driver
 * does: identification and the responses' formats (R1, R2, R3, R6, R7),
 * block reads and writes single and multiple through the FIFO with its
 * flags and interrupts, write protection, and what a wrong program gets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "sd.h"

/* MCICommand bits (DDI 0172 3.3.4) and MCIStatus flags (3.3.11). */
#define RSP   (1u << 6)
#define LONG  (1u << 7)
#define EN    (1u << 10)
#define CMDCRCFAIL  (1u << 0)
#define CMDTIMEOUT  (1u << 2)
#define DATATIMEOUT (1u << 3)
#define CMDRESPEND  (1u << 6)
#define CMDSENT     (1u << 7)
#define DATAEND     (1u << 8)
#define DATABLOCKEND (1u << 10)
#define TXACTIVE    (1u << 12)
#define RXACTIVE    (1u << 13)
#define TXFIFOHALFEMPTY (1u << 14)
#define RXFIFOHALFFULL (1u << 15)
#define RXFIFOFULL  (1u << 17)
#define TXFIFOEMPTY (1u << 18)
#define RXDATAAVLBL (1u << 21)

/* Card status (SD 4.10.1): CURRENT_STATE in [12:9]. */
#define ST(state)   ((uint32_t)(state) << 9)
#define READY_FOR_DATA (1u << 8)
#define APP_CMD     (1u << 5)

#define BLOCKS 2048u                /* a 1 MiB card: C_SIZE 1 */

struct rig {
	struct sd_card card;
	struct pl181 mmci;
	int fd;
	int irq[2];
};

static void irq(void *target, unsigned n, int level)
{
	((struct rig *)target)->irq[n] = level;
}

static uint32_t rd(struct rig *r, uint32_t off)
{
	return pl181_ops.read(&r->mmci, off, 4);
}

static void wr(struct rig *r, uint32_t off, uint32_t v)
{
	pl181_ops.write(&r->mmci, off, v, 4);
}

/* Clear the static flags, send a command; the status it left. */
static uint32_t cmd(struct rig *r, unsigned index, uint32_t arg, uint32_t flags)
{
	wr(r, 0x38, 0x7ff);
	wr(r, 0x08, arg);
	wr(r, 0x0c, index | flags | EN);
	return rd(r, 0x34);
}

/* A card image whose byte i is (i * 7 + i / 512) & 0xff. */
static struct rig *rig_new(bool readonly)
{
	struct rig *r = calloc(1, sizeof(*r));
	char name[] = "/tmp/test_pl181_XXXXXX";
	uint8_t *img = malloc(BLOCKS * SD_BLOCK);

	r->fd = mkstemp(name);
	assert_true(r->fd >= 0);
	unlink(name);
	for (uint32_t i = 0; i < BLOCKS * SD_BLOCK; i++)
		img[i] = (uint8_t)(i * 7 + i / 512);
	assert_int_equal(pwrite(r->fd, img, BLOCKS * SD_BLOCK, 0), BLOCKS * SD_BLOCK);
	free(img);
	sd_card_init(&r->card, r->fd, BLOCKS, readonly);
	r->mmci.irq[0] = (struct irq_line){ irq, r, 0 };
	r->mmci.irq[1] = (struct irq_line){ irq, r, 1 };
	pl181_init(&r->mmci, &r->card);
	wr(r, 0x00, 3);             /* power on */
	wr(r, 0x04, 1u << 8);       /* clock enabled */
	return r;
}

static void rig_free(struct rig *r)
{
	close(r->fd);
	free(r);
}

/* The identification sequence (SD 4.2), each response as the spec has it. */
static uint16_t identify(struct rig *r)
{
	assert_int_equal(cmd(r, 0, 0, 0), CMDSENT);
	/* CMD8: R7 echoes voltage 1 (2.7-3.6 V) and the check pattern. */
	assert_int_equal(cmd(r, 8, 0x1aa, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x10), 8);
	assert_int_equal(rd(r, 0x14), 0x1aa);
	/* CMD55: R1 in idle with APP_CMD. */
	assert_int_equal(cmd(r, 55, 0, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(0) | APP_CMD);
	/* ACMD41 with HCS: R3 has no CRC (all ones), so the PL181 flags a
	 * CRC failure; OCR: powered up, CCS (SDHC), 2.7-3.6 V. */
	assert_int_equal(cmd(r, 41, 0x40ff8000, RSP), CMDCRCFAIL);
	assert_int_equal(rd(r, 0x14), 0xc0ff8000);
	/* CMD2: R2 with the CID; RespCmd holds the reserved 111111. */
	assert_int_equal(cmd(r, 2, 0, RSP | LONG), CMDRESPEND);
	assert_int_equal(rd(r, 0x10), 0x3f);
	assert_int_equal(rd(r, 0x20) & 1, 0);             /* bit 0 of Response3 */
	/* CMD3: R6 = new RCA, status bits with CURRENT_STATE ident. */
	assert_int_equal(cmd(r, 3, 0, RSP), CMDRESPEND);
	uint32_t r6 = rd(r, 0x14);
	assert_int_equal(r6 & 0xffff, ST(2));
	assert_int_not_equal(r6 >> 16, 0);
	return (uint16_t)(r6 >> 16);
}

static void select_card(struct rig *r, uint16_t rca)
{
	assert_int_equal(cmd(r, 7, (uint32_t)rca << 16, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(3));             /* was stand-by */
	assert_int_equal(cmd(r, 13, (uint32_t)rca << 16, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(4) | READY_FOR_DATA);
}

static void test_identification_and_csd(void **state)
{
	(void)state;
	struct rig *r = rig_new(false);
	uint16_t rca = identify(r);

	/* CSD version 2.0 (SD 5.3.3): CSD_STRUCTURE 1, READ_BL_LEN 9,
	 * C_SIZE [69:48] = 1 MiB / 512 KiB - 1, TMP_WRITE_PROTECT 0. */
	assert_int_equal(cmd(r, 9, (uint32_t)rca << 16, RSP | LONG), CMDRESPEND);
	uint32_t w0 = rd(r, 0x14), w1 = rd(r, 0x18), w2 = rd(r, 0x1c), w3 = rd(r, 0x20);
	assert_int_equal(w0 >> 30, 1);
	assert_int_equal(w1 >> 16 & 0xf, 9);
	assert_int_equal((w1 & 0x3f) << 16 | w2 >> 16, 1);
	assert_int_equal(w3 >> 12 & 1, 0);
	/* Addressed to another RCA: no response. */
	assert_int_equal(cmd(r, 9, (uint32_t)(rca + 1) << 16, RSP | LONG), CMDTIMEOUT);
	select_card(r, rca);

	/* ACMD51: the 8-byte SCR on the data line, SD_SPEC 2 (version 2.00). */
	assert_int_equal(cmd(r, 55, (uint32_t)rca << 16, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(4) | READY_FOR_DATA | APP_CMD);
	wr(r, 0x28, 8);
	wr(r, 0x2c, 1 | 2 | 3u << 4);
	assert_int_equal(cmd(r, 51, 0, RSP) & (CMDRESPEND | RXDATAAVLBL), CMDRESPEND | RXDATAAVLBL);
	assert_int_equal(rd(r, 0x14) & APP_CMD, APP_CMD);
	assert_int_equal(rd(r, 0x80) & 0xffff, 0x0502);   /* SCR bytes 0, 1 */
	rd(r, 0x80);
	assert_int_equal(rd(r, 0x34) & DATAEND, DATAEND);
	rig_free(r);
}

static void test_block_write_then_read(void **state)
{
	(void)state;
	struct rig *r = rig_new(false);
	uint16_t rca = identify(r);
	uint8_t buf[1024];

	select_card(r, rca);
	/* CMD25 at block 5 (SDHC: block addressing), then 2 blocks of data. */
	assert_int_equal(cmd(r, 25, 5, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(4) | READY_FOR_DATA);
	wr(r, 0x3c, DATAEND);
	wr(r, 0x40, TXFIFOHALFEMPTY);
	wr(r, 0x28, 1024);
	wr(r, 0x2c, 1 | 9u << 4);                          /* enable, write, 512-byte blocks */
	assert_int_equal(rd(r, 0x34) & (TXACTIVE | TXFIFOEMPTY | TXFIFOHALFEMPTY),
			 TXACTIVE | TXFIFOEMPTY | TXFIFOHALFEMPTY);
	assert_int_equal(r->irq[1], 1);
	for (uint32_t i = 0; i < 256; i++)
		wr(r, 0x80 + (i % 16) * 4, 0xa5000000u | i);
	assert_int_equal(rd(r, 0x34) & (DATAEND | DATABLOCKEND | TXACTIVE), DATAEND | DATABLOCKEND);
	assert_int_equal(r->irq[0], 1);
	assert_int_equal(r->irq[1], 0);
	assert_int_equal(rd(r, 0x30), 0);                   /* DataCnt */
	wr(r, 0x2c, 0);
	/* CMD12 in rcv state (6), then tran again. */
	assert_int_equal(cmd(r, 12, 0, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(6));
	assert_int_equal(cmd(r, 13, (uint32_t)rca << 16, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(4) | READY_FOR_DATA);
	assert_int_equal(pread(r->fd, buf, 1024, 5 * 512), 1024);
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t w = (uint32_t)buf[4 * i] | (uint32_t)buf[4 * i + 1] << 8 |
			     (uint32_t)buf[4 * i + 2] << 16 | (uint32_t)buf[4 * i + 3] << 24;
		assert_int_equal(w, 0xa5000000u | i);
	}

	/* CMD18 from block 4: block 4 as the image has it, then block 5. */
	wr(r, 0x40, RXFIFOHALFFULL);
	wr(r, 0x28, 1024);
	wr(r, 0x2c, 1 | 2 | 9u << 4);
	assert_int_equal(cmd(r, 18, 4, RSP) & 0x7ff, CMDRESPEND);
	assert_int_equal(rd(r, 0x34) & (RXACTIVE | RXFIFOFULL | RXDATAAVLBL),
			 RXACTIVE | RXFIFOFULL | RXDATAAVLBL);
	assert_int_equal(r->irq[1], 1);
	assert_int_equal(rd(r, 0x48), (1024 - 64) / 4);     /* FifoCnt: words not yet in the FIFO */
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t w = rd(r, 0x80), want = 0;
		for (uint32_t b = 0; b < 4 && i < 128; b++) {
			uint32_t at = 4 * 512 + 4 * i + b;
			want |= (uint32_t)(uint8_t)(at * 7 + at / 512) << (8 * b);
		}
		if (i >= 128)
			want = 0xa5000000u | (i - 128);
		assert_int_equal(w, want);
	}
	assert_int_equal(rd(r, 0x34) & (DATAEND | RXACTIVE), DATAEND);
	assert_int_equal(r->irq[1], 0);
	wr(r, 0x2c, 0);
	assert_int_equal(cmd(r, 12, 0, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), ST(5));               /* was sending data */
	rig_free(r);
}

static void test_write_protected(void **state)
{
	(void)state;
	struct rig *r = rig_new(true);
	uint16_t rca = identify(r);
	uint8_t before[512], after[512];

	assert_int_equal(cmd(r, 9, (uint32_t)rca << 16, RSP | LONG), CMDRESPEND);
	assert_int_equal(rd(r, 0x20) >> 12 & 1, 1);         /* TMP_WRITE_PROTECT */
	select_card(r, rca);
	assert_int_equal(pread(r->fd, before, 512, 0), 512);
	/* CMD24: WP_VIOLATION (bit 26) in its R1; the card stays in tran and
	 * the data goes nowhere. */
	assert_int_equal(cmd(r, 24, 0, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), 1u << 26 | ST(4) | READY_FOR_DATA);
	wr(r, 0x28, 512);
	wr(r, 0x2c, 1 | 9u << 4);
	for (int i = 0; i < 128; i++)
		wr(r, 0x80, 0);
	assert_int_equal(rd(r, 0x34) & (DATATIMEOUT | DATAEND), DATATIMEOUT);
	assert_int_equal(pread(r->fd, after, 512, 0), 512);
	assert_memory_equal(before, after, 512);
	rig_free(r);
}

static void test_wrong_programs(void **state)
{
	(void)state;
	struct rig *r = rig_new(false);
	struct sd_card empty;
	struct pl181 slot = { 0 };

	/* Peripheral ID 0x00041181 and the PrimeCell ID (DDI 0172 3.3.16). */
	static const uint32_t id[8] = { 0x81, 0x11, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };
	for (unsigned i = 0; i < 8; i++)
		assert_int_equal(rd(r, 0xfe0 + 4 * i), id[i]);
	/* Unpowered card: commands time out. */
	wr(r, 0x00, 0);
	assert_int_equal(cmd(r, 8, 0x1aa, RSP), CMDTIMEOUT);
	wr(r, 0x00, 3);
	/* An illegal command gets no response; the next R1 reports it. */
	uint16_t rca = identify(r);
	assert_int_equal(cmd(r, 5, 0, RSP), CMDTIMEOUT);
	assert_int_equal(cmd(r, 13, (uint32_t)rca << 16, RSP), CMDRESPEND);
	assert_int_equal(rd(r, 0x14), 1u << 22 | ST(3));
	select_card(r, rca);
	/* A read past the end: OUT_OF_RANGE, no data, a data timeout. */
	wr(r, 0x28, 512);
	wr(r, 0x2c, 1 | 2 | 9u << 4);
	assert_int_equal(cmd(r, 17, BLOCKS, RSP) & (CMDRESPEND | DATATIMEOUT),
			 CMDRESPEND | DATATIMEOUT);
	assert_int_equal(rd(r, 0x14), 1u << 31 | ST(4) | READY_FOR_DATA);
	/* The FIFO read empty, written with no transfer: zero, ignored, and
	 * no data end. */
	assert_int_equal(rd(r, 0x80), 0);
	wr(r, 0x2c, 0);
	wr(r, 0x38, 0x7ff);
	wr(r, 0x80, 0x12345678);
	assert_int_equal(rd(r, 0x80), 0);
	assert_int_equal(rd(r, 0x34), 0);
	/* A short response to a long request: the controller times out. */
	assert_int_equal(cmd(r, 13, (uint32_t)rca << 16, RSP | LONG), CMDTIMEOUT);
	rig_free(r);

	/* An empty slot answers nothing. */
	sd_card_init(&empty, -1, 0, false);
	pl181_init(&slot, &empty);
	pl181_ops.write(&slot, 0x00, 3, 4);
	pl181_ops.write(&slot, 0x04, 1u << 8, 4);
	pl181_ops.write(&slot, 0x0c, 0 | RSP | EN, 4);
	assert_int_equal(pl181_ops.read(&slot, 0x34, 4), CMDTIMEOUT);
}

/* Random register traffic, commands and transfers included: the image keeps
 * its size and nothing breaks (run under ASan/UBSan too). */
static void test_random_programs(void **state)
{
	(void)state;
	static const unsigned cmds[] = { 2, 3, 5, 6, 7, 9, 12, 13, 16, 17, 18, 24, 25, 51, 55 };
	struct rig *r = rig_new(false);
	uint16_t rca = 0;
	uint32_t x = 12345;

	for (int i = 0; i < 200000; i++) {
		if (i % 2000 == 0) {    /* now and then a selected card again */
			wr(r, 0x2c, 0);
			wr(r, 0x00, 3);
			wr(r, 0x04, 1u << 8);
			rca = identify(r);
			select_card(r, rca);
		}
		x = x * 1103515245u + 12345u;
		uint32_t off = (x >> 8) % 0x4c & ~3u, v = x * 2654435761u;
		unsigned op = x >> 27;      /* 0-31: half of them the FIFO */
		switch (op < 16 ? op & 7 : 2) {
		case 0: case 1:         /* any register read */
			rd(r, off);
			break;
		case 2: case 3: case 4: /* the FIFO */
			if (v & 1)
				rd(r, 0x80 + (v & 0x3c));
			else
				wr(r, 0x80 + (v & 0x3c), v);
			break;
		case 5:                 /* a likely command */
			wr(r, 0x08, v & 1 ? (uint32_t)rca << 16 : v % (BLOCKS + 2));
			wr(r, 0x0c, cmds[v % 15] | (v & (RSP | LONG)) | EN);
			break;
		case 6:                 /* a transfer of up to 2 KiB */
			wr(r, 0x28, v & 0x7ff);
			wr(r, 0x2c, v >> 16);
			break;
		default:                /* any register write, the power rarely off */
			wr(r, off, off == 0 && v % 64 ? 3 : v);
			break;
		}
	}
	assert_int_equal(lseek(r->fd, 0, SEEK_END), BLOCKS * SD_BLOCK);
	rig_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identification_and_csd),
		cmocka_unit_test(test_block_write_then_read),
		cmocka_unit_test(test_write_protected),
		cmocka_unit_test(test_wrong_programs),
		cmocka_unit_test(test_random_programs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
