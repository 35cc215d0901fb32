/*
 * The SD card slot of the vexpress motherboard: an SDHC memory card
 * (src/devices/sd_card.c, SD Physical Layer Simplified Specification 2.00)
 * behind the PL181 MultiMedia Card Interface (src/devices/pl181.c, ARM DDI
 * 0172), and the host image that holds the card's contents
 * (src/host/sd_image.c).
 */
#ifndef ARMVM_SD_H
#define ARMVM_SD_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"

#define SD_BLOCK 512u
/* CSD version 2.0: capacity = (C_SIZE + 1) * 512 KiB, C_SIZE of 22 bits. */
#define SD_SIZE_UNIT (512u << 10)
#define SD_MAX_SIZE ((uint64_t)SD_SIZE_UNIT << 22)

/* Card states (spec 4.3, CURRENT_STATE of the card status). */
enum sd_state {
	SD_IDLE, SD_READY, SD_IDENT, SD_STBY, SD_TRAN, SD_DATA, SD_RCV, SD_PRG,
	SD_DIS, SD_INA = 15
};

/* What the card put on the CMD line. */
enum sd_rsp {
	SD_RSP_NONE,     /* no response (no card, illegal command, broadcast) */
	SD_RSP_SHORT,    /* R1, R1b, R6, R7: 48 bits with a CRC7 */
	SD_RSP_R3,       /* R3 (OCR): 48 bits, CRC field all ones */
	SD_RSP_LONG,     /* R2 (CID, CSD): 136 bits */
};

struct sd_card {
	int fd;                       /* the image; -1: the slot is empty */
	bool readonly;                /* write-protect tab: the card refuses writes */
	uint64_t blocks;              /* capacity in 512-byte blocks */
	enum sd_state state;
	uint16_t rca;
	bool app_cmd;                 /* the next command is application-specific */
	bool bus4;                    /* ACMD6 chose the 4-bit bus */
	uint32_t status;              /* error bits reported with the next response */
	uint8_t cid[16], csd[16];
	/* The data line: a block buffer filled from (read) or flushed to
	 * (write) the image; data, len and pos describe the block in flight. */
	uint8_t data[SD_BLOCK];
	unsigned len, pos;
	bool multi;                   /* CMD18/CMD25: continue until CMD12 */
	uint64_t block;               /* next image block */
};

/* An empty slot, or a card of blocks 512-byte blocks stored in fd. */
void sd_card_init(struct sd_card *c, int fd, uint64_t blocks, bool readonly);
void sd_card_reset(struct sd_card *c);
/* Send command index cmd with argument arg; a response goes to rsp
 * (rsp[0] the short response's card status bits [39:8], or the long
 * response's bits [127:96] down to rsp[3] = bits [31:1] << 1). */
enum sd_rsp sd_card_command(struct sd_card *c, unsigned cmd, uint32_t arg, uint32_t rsp[4]);
/* The card's next data byte for the host; false when it sends none. */
bool sd_card_read(struct sd_card *c, uint8_t *byte);
/* A data byte from the host; false when the card does not take it (not
 * receiving, or the block could not be stored). */
bool sd_card_write(struct sd_card *c, uint8_t byte);

#define PL181_FIFO_WORDS 16

struct pl181 {
	uint32_t power, clock, argument, command, respcmd, response[4];
	uint32_t datatimer, datalength, datactrl, datacnt;
	uint32_t status;              /* the static flags, bits [10:0] */
	uint32_t mask[2];
	uint32_t fifo[PL181_FIFO_WORDS];
	unsigned fifo_len, fifo_head;
	unsigned block_left;          /* bytes left in the current block */
	struct sd_card *card;
	struct irq_line irq[2];       /* MCIINTR0 and MCIINTR1 */
	bool level[2];                /* the lines' levels, driven on change only */
};

extern const struct dev_ops pl181_ops;
void pl181_init(struct pl181 *s, struct sd_card *card);

/* Open the image of "--sd FILE[,readonly|,ro]" for card c: locked against a
 * second writer, its size a capacity an SDHC card can have. Prints one
 * "armvm: ..." line and returns false when it cannot. */
bool sd_image_open(struct sd_card *c, const char *path, bool readonly);
/* Flush the image to stable storage and close it. */
void sd_image_close(struct sd_card *c);

#endif
