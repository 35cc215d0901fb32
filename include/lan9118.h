/*
 * SMSC LAN9118 Ethernet controller with its internal PHY (SMSC LAN9118
 * datasheet rev. 1.5): src/devices/lan9118.c (FIFOs, interrupts, direct
 * registers) and src/devices/lan9118_mac.c (MAC CSRs, PHY, EEPROM).
 */
#ifndef ARMVM_LAN9118_H
#define ARMVM_LAN9118_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"

#define LAN9118_FIFO_BYTES 16384u       /* TX and RX FIFOs share 16 KiB */
#define LAN9118_RX_STS_MAX 256u
#define LAN9118_TX_STS_MAX 128u         /* the 512-byte TX status FIFO */
#define LAN9118_FRAME_MAX  2048u
#define LAN9118_EEPROM_BYTES 128u

struct lan9118 {
	/* Direct registers (datasheet 5.3). */
	uint32_t irq_cfg, int_sts, int_en, fifo_int, rx_cfg, tx_cfg, hw_cfg;
	uint32_t pmt_ctrl, gpio_cfg, gpt_cfg, word_swap, afc_cfg, rx_drop;
	uint32_t e2p_cmd, e2p_data, mac_csr_cmd, mac_csr_data;
	uint64_t gpt_start, free_run_start;   /* virtual ns */
	/* MAC CSRs (5.4), indexed by MAC_CSR_CMD[7:0]. */
	uint32_t mac[13];
	/* The PHY (registers 0-31 of MII address 1, 5.5). */
	uint16_t phy_bmcr, phy_anar, phy_mcsr, phy_modes, phy_isr, phy_imr;
	bool link;                  /* a network is attached (--net user) */
	uint8_t eeprom[LAN9118_EEPROM_BYTES];
	bool eeprom_writable;       /* EWEN given */
	/* RX data FIFO (a byte ring) and status FIFO; the data bytes of each
	 * status's frame (offset, FCS and end padding included). */
	uint8_t rx_data[LAN9118_FIFO_BYTES];
	unsigned rx_head, rx_used;
	uint32_t rx_sts[LAN9118_RX_STS_MAX], rx_sts_bytes[LAN9118_RX_STS_MAX];
	unsigned rx_sts_head, rx_sts_used;
	unsigned rx_left;           /* bytes left of the frame whose status was read */
	bool rx_blocked;            /* a frame waited for room: call rx_room */
	/* TX: the frame being assembled from its buffers, and the state of
	 * the data FIFO port (expecting command A, command B, or buffer data). */
	uint8_t tx_frame[LAN9118_FRAME_MAX];
	unsigned tx_len;            /* bytes of the frame so far */
	unsigned tx_state, tx_words, tx_skip, tx_buf_left, tx_fifo_used;
	uint32_t tx_cmd_a, tx_cmd_b;
	bool tx_bad;                /* the frame overflowed: drop it */
	uint32_t tx_sts[LAN9118_TX_STS_MAX];
	unsigned tx_sts_head, tx_sts_used;
	struct irq_line irq;
	struct vclock *clock;
	/* The network: frames sent, and room again for a refused frame. */
	void (*send)(void *ctx, const uint8_t *frame, unsigned len);
	void (*rx_room)(void *ctx);
	void *net_ctx;
};

extern const struct dev_ops lan9118_ops;
/* A LAN9118 whose EEPROM holds the address mac; link: a cable is plugged. */
void lan9118_init(struct lan9118 *s, struct vclock *clock, const uint8_t mac[6], bool link);
/* A frame from the network; false when the RX FIFOs have no room now (it is
 * offered again after rx_room). */
bool lan9118_receive(struct lan9118 *s, const uint8_t *frame, unsigned len);
/* Whether the interrupt output may rise with no guest access. */
bool lan9118_may_interrupt(const struct lan9118 *s);

/* lan9118_mac.c: the indirect registers and the EEPROM. */
void lan9118_mac_reset(struct lan9118 *s);
void lan9118_phy_reset(struct lan9118 *s);
void lan9118_csr_command(struct lan9118 *s, uint32_t cmd);
void lan9118_e2p_command(struct lan9118 *s, uint32_t cmd);
/* Whether the MAC's address filter passes a frame for destination da. */
bool lan9118_mac_accepts(const struct lan9118 *s, const uint8_t *da);
uint32_t lan9118_crc32(const uint8_t *p, unsigned len);
void lan9118_update(struct lan9118 *s);

/* MAC CSR indexes and the bits used across the two files. */
enum { LAN9118_MAC_CR = 1, LAN9118_ADDRH, LAN9118_ADDRL, LAN9118_HASHH, LAN9118_HASHL,
       LAN9118_MII_ACC, LAN9118_MII_DATA, LAN9118_FLOW, LAN9118_VLAN1, LAN9118_VLAN2,
       LAN9118_WUFF, LAN9118_WUCSR };
#define LAN9118_MAC_CR_RXEN  (1u << 2)
#define LAN9118_MAC_CR_TXEN  (1u << 3)
#define LAN9118_INT_RXSTOP   (1u << 24)
#define LAN9118_INT_PHY      (1u << 18)
#define LAN9118_E2P_BUSY     (1u << 31)
#define LAN9118_E2P_LOADED   (1u << 8)

#endif
