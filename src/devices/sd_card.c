/*
 * An SDHC memory card (SD Physical Layer Simplified Specification 2.00):
 * card identification (CMD0/2/3/8, ACMD41), CID/CSD/SCR/SD status, selection
 * (CMD7), status (CMD13), block reads and writes single and multiple
 * (CMD17/18/24/25, CMD12) with block addressing, bus width (ACMD6) and the
 * switch-function query (CMD6). The card's contents are a host image read and
 * written with pread/pwrite, one 512-byte block at a time, in the order the
 * host sends them (a synchronous first step: the CPU thread waits for the
 * host's page cache). No erase, lock or security commands: the CSD leaves
 * their command classes out and they answer as illegal commands.
 */
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "sd.h"

/* Card status bits (spec 4.10.1). */
#define SD_OUT_OF_RANGE     (1u << 31)
#define SD_WP_VIOLATION     (1u << 26)
#define SD_BLOCK_LEN_ERROR  (1u << 29)
#define SD_ILLEGAL_COMMAND  (1u << 22)
#define SD_ERROR            (1u << 19)
#define SD_READY_FOR_DATA   (1u << 8)
#define SD_APP_CMD          (1u << 5)
#define SD_STATE_SHIFT      9

/* OCR (5.1): powered up, SDHC (CCS), 2.7-3.6 V. */
#define SD_OCR_BUSY_DONE    (1u << 31)
#define SD_OCR_CCS          (1u << 30)
#define SD_OCR_VOLTAGES     0x00ff8000u
#define SD_ACMD41_HCS       (1u << 30)

/* Command classes 0 (basic), 2 (block read), 4 (block write), 8
 * (application specific), 10 (switch): CSD CCC (5.3.3). */
#define SD_CCC 0x515u

/* SCR (5.6): structure 0, SD_SPEC 2 (version 2.00), no security, 1- and
 * 4-bit buses. */
static const uint8_t sd_scr[8] = { 0x02, 0x05, 0, 0, 0, 0, 0, 0 };

/* CRC7 (polynomial x^7 + x^3 + 1, 4.5) of buf, in bits [7:1] with end bit 1. */
static uint8_t sd_crc7(const uint8_t *buf, unsigned len)
{
	unsigned crc = 0;
	for (unsigned i = 0; i < len; i++)
		for (int b = 7; b >= 0; b--) {
			unsigned in = ((buf[i] >> b) & 1) ^ ((crc >> 6) & 1);
			crc = ((crc << 1) & 0x7f) ^ (in ? 0x09 : 0);
		}
	return (uint8_t)(crc << 1 | 1);
}

/* Set the field [lsb + width - 1 : lsb] of a 128-bit register sent MSB first. */
static void sd_set_bits(uint8_t *reg, unsigned lsb, unsigned width, uint32_t val)
{
	for (unsigned i = 0; i < width; i++) {
		unsigned bit = lsb + i;
		uint8_t m = (uint8_t)(1u << (bit % 8));
		if (val >> i & 1)
			reg[15 - bit / 8] |= m;
		else
			reg[15 - bit / 8] &= (uint8_t)~m;
	}
}

/* CID (5.2): manufacturer 0x00, OEM "AV", product "ARMVM", revision 1.0,
 * serial 1, made January 2024. */
static void sd_make_cid(uint8_t *cid)
{
	static const uint8_t head[15] = { 0x00, 'A', 'V', 'A', 'R', 'M', 'V', 'M',
					  0x10, 0, 0, 0, 1, 0x01, 0x81 };
	memcpy(cid, head, sizeof(head));
	cid[15] = sd_crc7(cid, 15);
}

/* CSD version 2.0 (5.3.3). */
static void sd_make_csd(uint8_t *csd, uint64_t blocks, bool readonly)
{
	memset(csd, 0, 16);
	sd_set_bits(csd, 126, 2, 1);        /* CSD_STRUCTURE: version 2.0 */
	sd_set_bits(csd, 112, 8, 0x0e);     /* TAAC: 1 ms */
	sd_set_bits(csd, 96, 8, 0x32);      /* TRAN_SPEED: 25 MHz */
	sd_set_bits(csd, 84, 12, SD_CCC);
	sd_set_bits(csd, 80, 4, 9);         /* READ_BL_LEN: 512 */
	sd_set_bits(csd, 48, 22, (uint32_t)(blocks / (SD_SIZE_UNIT / SD_BLOCK) - 1));
	sd_set_bits(csd, 46, 1, 1);         /* ERASE_BLK_EN */
	sd_set_bits(csd, 39, 7, 0x7f);      /* SECTOR_SIZE */
	sd_set_bits(csd, 26, 3, 2);         /* R2W_FACTOR */
	sd_set_bits(csd, 22, 4, 9);         /* WRITE_BL_LEN: 512 */
	sd_set_bits(csd, 12, 1, readonly);  /* TMP_WRITE_PROTECT */
	csd[15] = sd_crc7(csd, 15);
}

void sd_card_reset(struct sd_card *c)
{
	c->state = SD_IDLE;
	c->rca = 0;
	c->bus4 = false;
	c->app_cmd = false;
	c->status = 0;
	c->len = c->pos = 0;
	c->multi = false;
}

void sd_card_init(struct sd_card *c, int fd, uint64_t blocks, bool readonly)
{
	c->fd = fd;
	c->readonly = readonly;
	c->blocks = blocks;
	sd_make_cid(c->cid);
	sd_make_csd(c->csd, blocks, readonly);
	sd_card_reset(c);
}

/* The card status of an R1 response; clear-on-read error bits are cleared. */
static uint32_t sd_r1(struct sd_card *c, uint32_t errors)
{
	uint32_t st = c->status | errors | (uint32_t)c->state << SD_STATE_SHIFT |
		      (c->app_cmd ? SD_APP_CMD : 0);
	if (c->state == SD_TRAN)
		st |= SD_READY_FOR_DATA;
	c->status = 0;
	return st;
}

static void sd_copy_long(uint32_t rsp[4], const uint8_t *reg)
{
	for (unsigned i = 0; i < 4; i++)
		rsp[i] = (uint32_t)reg[4 * i] << 24 | (uint32_t)reg[4 * i + 1] << 16 |
			 (uint32_t)reg[4 * i + 2] << 8 | reg[4 * i + 3];
	rsp[3] &= ~1u;     /* the PL181 keeps bits [127:1] */
}

/* Load image block c->block into the buffer for sending. */
static bool sd_load_block(struct sd_card *c)
{
	if (c->block >= c->blocks) {
		c->status |= SD_OUT_OF_RANGE;
		return false;
	}
	if (pread(c->fd, c->data, SD_BLOCK, (off_t)(c->block * SD_BLOCK)) != SD_BLOCK) {
		c->status |= SD_ERROR;
		return false;
	}
	c->len = SD_BLOCK;
	c->pos = 0;
	return true;
}

/* Start sending a register or status of len bytes (ACMD13, ACMD51, CMD6). */
static void sd_send_bytes(struct sd_card *c, const uint8_t *bytes, unsigned len)
{
	memset(c->data, 0, sizeof(c->data));
	memcpy(c->data, bytes, len);
	c->len = len;
	c->pos = 0;
	c->multi = false;
	c->block = c->blocks;   /* nothing follows */
	c->state = SD_DATA;
}

/* CMD6 (4.3.10): only function 0 (default) exists in every group. The
 * 512-bit status: maximum current, the groups' support bits, the function
 * each group selects (0, or 0xf for one the card lacks), version 0. */
static void sd_switch(struct sd_card *c, uint32_t arg)
{
	uint8_t st[64] = { 0, 100 };
	for (unsigned g = 0; g < 6; g++) {
		unsigned fn = arg >> (4 * g) & 0xf;
		unsigned sel = fn == 0 || fn == 0xf ? 0 : 0xf;
		st[13 - 2 * g] = 1;     /* group g + 1 supports function 0 */
		st[16 - g / 2] |= (uint8_t)(sel << (4 * (g % 2)));
	}
	sd_send_bytes(c, st, sizeof(st));
}

/* A block read or write command at block address arg. */
static uint32_t sd_start_block(struct sd_card *c, uint32_t arg, bool write, bool multi)
{
	if (arg >= c->blocks)
		return sd_r1(c, SD_OUT_OF_RANGE);
	if (write && c->readonly)
		return sd_r1(c, SD_WP_VIOLATION);
	uint32_t r = sd_r1(c, 0);
	c->block = arg;
	c->multi = multi;
	c->pos = 0;
	c->len = 0;
	c->state = write ? SD_RCV : SD_DATA;
	return r;
}

/* Application-specific commands (4.3.9, table 4-31). */
static enum sd_rsp sd_app_command(struct sd_card *c, unsigned cmd, uint32_t arg, uint32_t rsp[4])
{
	/* SD status (4.10.2): DAT_BUS_WIDTH, no protected area or speed class. */
	uint8_t ssr[64] = { c->bus4 ? 0x80 : 0 };

	switch (cmd) {
	case 6:     /* SET_BUS_WIDTH: 0 for 1 bit, 2 for 4 bits */
	case 42:    /* SET_CLR_CARD_DETECT */
		if (c->state != SD_TRAN)
			break;
		rsp[0] = sd_r1(c, 0);
		if (cmd == 6)
			c->bus4 = (arg & 3) == 2;
		return SD_RSP_SHORT;
	case 13:    /* SD_STATUS */
	case 51:    /* SEND_SCR */
		if (c->state != SD_TRAN)
			break;
		rsp[0] = sd_r1(c, 0);
		if (cmd == 13)
			sd_send_bytes(c, ssr, sizeof(ssr));
		else
			sd_send_bytes(c, sd_scr, sizeof(sd_scr));
		return SD_RSP_SHORT;
	case 41:    /* SD_SEND_OP_COND: inquiry with no voltage window */
		if (c->state != SD_IDLE)
			break;
		rsp[0] = SD_OCR_VOLTAGES | SD_OCR_CCS;
		if ((arg & SD_OCR_VOLTAGES) && (arg & SD_ACMD41_HCS)) {
			rsp[0] |= SD_OCR_BUSY_DONE;
			c->state = SD_READY;
		}   /* without HCS an SDHC card stays busy (4.2.3.1) */
		return SD_RSP_R3;
	}
	c->status |= SD_ILLEGAL_COMMAND;
	return SD_RSP_NONE;
}

/* Commands that name the card by RCA in bits [31:16]. */
static bool sd_addressed(const struct sd_card *c, uint32_t arg)
{
	return (arg >> 16) == c->rca;
}

static enum sd_rsp sd_basic_command(struct sd_card *c, unsigned cmd, uint32_t arg, uint32_t rsp[4])
{
	switch (cmd) {
	case 0:     /* GO_IDLE_STATE */
		sd_card_reset(c);
		return SD_RSP_NONE;
	case 2:     /* ALL_SEND_CID */
		if (c->state != SD_READY)
			break;
		c->state = SD_IDENT;
		sd_copy_long(rsp, c->cid);
		return SD_RSP_LONG;
	case 3:     /* SEND_RELATIVE_ADDR: R6 */
		if (c->state != SD_IDENT && c->state != SD_STBY)
			break;
		{
			uint32_t st = sd_r1(c, 0);    /* the state the command found */
			c->state = SD_STBY;
			c->rca = 0x4567;
			rsp[0] = (uint32_t)c->rca << 16 | (st >> 8 & 0xc000) |
				 (st >> 6 & 0x2000) | (st & 0x1fff);
		}
		return SD_RSP_SHORT;
	case 6:     /* SWITCH_FUNC */
		if (c->state != SD_TRAN)
			break;
		rsp[0] = sd_r1(c, 0);
		sd_switch(c, arg);
		return SD_RSP_SHORT;
	case 7:     /* SELECT/DESELECT_CARD: R1b from the selected card */
		if (!sd_addressed(c, arg)) {
			if (c->state == SD_TRAN || c->state == SD_DATA || c->state == SD_PRG)
				c->state = c->state == SD_PRG ? SD_DIS : SD_STBY;
			return SD_RSP_NONE;
		}
		if (c->state != SD_STBY && c->state != SD_DIS)
			break;
		rsp[0] = sd_r1(c, 0);
		c->state = c->state == SD_DIS ? SD_PRG : SD_TRAN;
		return SD_RSP_SHORT;
	case 8:     /* SEND_IF_COND: R7 echoes the voltage (2.7-3.6 V) and pattern */
		if (c->state != SD_IDLE || (arg >> 8 & 0xf) != 1)
			break;
		rsp[0] = arg & 0xfff;
		return SD_RSP_SHORT;
	case 9:     /* SEND_CSD */
	case 10:    /* SEND_CID */
		if (c->state != SD_STBY || !sd_addressed(c, arg))
			return SD_RSP_NONE;
		sd_copy_long(rsp, cmd == 9 ? c->csd : c->cid);
		return SD_RSP_LONG;
	case 12:    /* STOP_TRANSMISSION: R1b */
		if (c->state != SD_DATA && c->state != SD_RCV)
			break;
		rsp[0] = sd_r1(c, 0);
		c->state = SD_TRAN;  /* writes are stored as they arrive: no busy time */
		c->len = c->pos = 0;
		return SD_RSP_SHORT;
	case 13:    /* SEND_STATUS */
		if (!sd_addressed(c, arg) || c->state < SD_STBY || c->state > SD_DIS)
			return SD_RSP_NONE;
		rsp[0] = sd_r1(c, 0);
		return SD_RSP_SHORT;
	case 15:    /* GO_INACTIVE_STATE */
		if (sd_addressed(c, arg) && c->state >= SD_STBY)
			c->state = SD_INA;
		return SD_RSP_NONE;
	case 16:    /* SET_BLOCKLEN: SDHC blocks are 512 bytes whatever it says */
		if (c->state != SD_TRAN)
			break;
		rsp[0] = sd_r1(c, arg > SD_BLOCK ? SD_BLOCK_LEN_ERROR : 0);
		return SD_RSP_SHORT;
	case 17:    /* READ_SINGLE_BLOCK */
	case 18:    /* READ_MULTIPLE_BLOCK */
	case 24:    /* WRITE_BLOCK */
	case 25:    /* WRITE_MULTIPLE_BLOCK */
		if (c->state != SD_TRAN)
			break;
		rsp[0] = sd_start_block(c, arg, cmd >= 24, cmd == 18 || cmd == 25);
		return SD_RSP_SHORT;
	case 55:    /* APP_CMD */
		if (c->state != SD_IDLE && !sd_addressed(c, arg))
			return SD_RSP_NONE;
		c->app_cmd = true;
		rsp[0] = sd_r1(c, 0);
		return SD_RSP_SHORT;
	}
	c->status |= SD_ILLEGAL_COMMAND;
	return SD_RSP_NONE;
}

/* The application-specific command indices (table 4-31); after CMD55 any
 * other index is the standard command. */
static bool sd_is_acmd(unsigned cmd)
{
	return cmd == 6 || cmd == 13 || cmd == 41 || cmd == 42 || cmd == 51;
}

enum sd_rsp sd_card_command(struct sd_card *c, unsigned cmd, uint32_t arg, uint32_t rsp[4])
{
	enum sd_rsp r;

	if (c->fd < 0 || (c->state == SD_INA && cmd != 0))
		return SD_RSP_NONE;
	if (c->app_cmd && sd_is_acmd(cmd)) {
		r = sd_app_command(c, cmd, arg, rsp);   /* its R1 shows APP_CMD */
		c->app_cmd = false;
		return r;
	}
	c->app_cmd = false;
	return sd_basic_command(c, cmd, arg, rsp);
}

/* The block or register in flight is done: the next one, or back to tran. */
static void sd_block_done(struct sd_card *c)
{
	c->block++;
	c->pos = c->len = 0;
	if (!c->multi)
		c->state = SD_TRAN;
}

bool sd_card_read(struct sd_card *c, uint8_t *byte)
{
	if (c->state != SD_DATA)
		return false;
	if (c->pos == c->len && !sd_load_block(c))
		return false;
	*byte = c->data[c->pos++];
	if (c->pos == c->len)
		sd_block_done(c);
	return true;
}

bool sd_card_write(struct sd_card *c, uint8_t byte)
{
	if (c->state != SD_RCV)
		return false;
	if (c->block >= c->blocks) {
		c->status |= SD_OUT_OF_RANGE;
		return false;
	}
	c->data[c->pos++] = byte;
	if (c->pos < SD_BLOCK)
		return true;
	if (pwrite(c->fd, c->data, SD_BLOCK, (off_t)(c->block * SD_BLOCK)) != SD_BLOCK) {
		log_msg(LOG_GUEST, "sd: cannot write block %llu of the image",
			(unsigned long long)c->block);
		c->status |= SD_ERROR;
		c->state = SD_TRAN;
		return false;
	}
	c->len = SD_BLOCK;
	sd_block_done(c);
	return true;
}
