/*
 * LAN9118: the MAC control and status registers behind MAC_CSR_CMD/DATA
 * (datasheet 5.4), the internal PHY behind MII_ACC/MII_DATA (5.5, at MII
 * address 1), and the EEPROM controller (E2P_CMD/DATA, 6.3) with a 128-byte
 * 93C46 whose bytes 0-6 are 0xa5 and the MAC address.
 *
 * Commands complete at once: MAC_CSR_CMD, MII_ACC and E2P_CMD read back with
 * their busy bits clear. The PHY's link is up whenever a network is
 * attached (--net user), with autonegotiation complete at 100 Mb/s full
 * duplex against a partner that offers 10/100 half and full duplex.
 * EEPROM writes last until armvm exits.
 */
#include <string.h>

#include "lan9118.h"
#include "log.h"

#define MII_ACC_WRITE  (1u << 1)
#define MAC_CSR_BUSY   (1u << 31)
#define MAC_CSR_READ   (1u << 30)

#define PHY_ADDR       1u
#define BMCR_RESET     (1u << 15)
#define BMCR_ANRESTART (1u << 9)
#define BMCR_RW        0x7d00u      /* loopback, speed, AN enable, power down, isolate, duplex */
#define BMCR_PDOWN     (1u << 11)
#define BMSR_ABILITY   0x7809u      /* 10/100 half/full, AN able, extended registers */
#define BMSR_LINK      0x0024u      /* AN complete, link up */
#define PHY_ISR_ANCOMP (1u << 6)
#define PHY_ISR_LINKDOWN (1u << 4)
#define PHY_MCSR_ENERGYON (1u << 1)

/* E2P_CMD[30:28] (datasheet 5.3.23). */
enum { E2P_READ, E2P_EWDS, E2P_EWEN, E2P_WRITE, E2P_WRAL, E2P_ERASE, E2P_ERAL, E2P_RELOAD };

/* The IEEE 802.3 CRC-32, reflected (the frame check sequence, inverted). */
uint32_t lan9118_crc32(const uint8_t *p, unsigned len)
{
	uint32_t crc = 0xffffffffu;
	for (unsigned i = 0; i < len; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++)
			crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
	}
	return crc;
}

/* Hash filter index (5.4.4): the top six bits of the destination address's
 * CRC taken most significant bit first, i.e. its low six reflected. */
static unsigned mac_hash(const uint8_t *da)
{
	uint32_t crc = lan9118_crc32(da, 6);
	unsigned h = 0;
	for (unsigned b = 0; b < 6; b++)
		h |= ((crc >> b) & 1) << (5 - b);
	return h;
}

bool lan9118_mac_accepts(const struct lan9118 *s, const uint8_t *da)
{
	uint32_t cr = s->mac[LAN9118_MAC_CR];
	static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	bool ours = da[0] == (s->mac[LAN9118_ADDRL] & 0xff) &&
		    da[1] == ((s->mac[LAN9118_ADDRL] >> 8) & 0xff) &&
		    da[2] == ((s->mac[LAN9118_ADDRL] >> 16) & 0xff) &&
		    da[3] == s->mac[LAN9118_ADDRL] >> 24 &&
		    da[4] == (s->mac[LAN9118_ADDRH] & 0xff) &&
		    da[5] == ((s->mac[LAN9118_ADDRH] >> 8) & 0xff);

	if (cr & (1u << 18))                                  /* PRMS */
		return true;
	if (!memcmp(da, bcast, 6))
		return !(cr & (1u << 11));                    /* BCAST: disable */
	if (da[0] & 1) {
		if (cr & (1u << 19))                          /* MCPAS */
			return true;
		if (!(cr & (1u << 13)))                       /* HPFILT */
			return false;
	} else if (!(cr & (1u << 15))) {                      /* HFILT: hash unicast */
		return ours != !!(cr & (1u << 17));           /* INVFILT */
	}
	unsigned h = mac_hash(da);
	return (s->mac[h & 32 ? LAN9118_HASHH : LAN9118_HASHL] >> (h & 31)) & 1;
}

/* Reset values of the MAC CSRs (5.4); ADDRH/L come from the EEPROM. */
void lan9118_mac_reset(struct lan9118 *s)
{
	memset(s->mac, 0, sizeof(s->mac));
	s->mac[LAN9118_MAC_CR] = 0x00040000;
	s->mac[LAN9118_ADDRH] = 0xffff;
	s->mac[LAN9118_ADDRL] = 0xffffffff;
	s->mac[LAN9118_VLAN1] = s->mac[LAN9118_VLAN2] = 0xffff;
	s->e2p_cmd = 0;
	lan9118_e2p_command(s, LAN9118_E2P_BUSY | (E2P_RELOAD << 28));
}

void lan9118_phy_reset(struct lan9118 *s)
{
	s->phy_bmcr = 0x3000;       /* 100 Mb/s, autonegotiation on */
	s->phy_anar = 0x01e1;
	s->phy_mcsr = s->link ? PHY_MCSR_ENERGYON : 0;
	s->phy_modes = 0x00e0 | PHY_ADDR;   /* all capable, address 1 */
	s->phy_isr = s->link ? PHY_ISR_ANCOMP : 0;
	s->phy_imr = 0;
}

static bool phy_link(const struct lan9118 *s)
{
	return s->link && !(s->phy_bmcr & BMCR_PDOWN);
}

static uint16_t phy_read(struct lan9118 *s, unsigned reg)
{
	bool up = phy_link(s);
	uint16_t v;

	switch (reg) {
	case 0: return s->phy_bmcr;
	case 1: return BMSR_ABILITY | (up ? BMSR_LINK : 0);
	case 2: return 0x0007;      /* PHY identifier: SMSC OUI, model 0x0d */
	case 3: return 0xc0d1;
	case 4: return s->phy_anar;
	case 5: return up ? 0x41e1 : 0;     /* partner: acknowledge, 10/100 HD/FD */
	case 6: return up ? 0x0001 : 0;     /* the partner autonegotiates */
	case 17: return (s->phy_mcsr & ~PHY_MCSR_ENERGYON) | (up ? PHY_MCSR_ENERGYON : 0);
	case 18: return s->phy_modes;
	case 29:
		v = s->phy_isr;
		s->phy_isr = 0;
		lan9118_update(s);
		return v;
	case 30: return s->phy_imr;
	case 31: return up ? 0x1058 : 0x0040;  /* AN done, 100 Mb/s full duplex */
	default: return 0;
	}
}

static void phy_write(struct lan9118 *s, unsigned reg, uint16_t v)
{
	switch (reg) {
	case 0:
		if (v & BMCR_RESET) {
			lan9118_phy_reset(s);
			break;
		}
		s->phy_bmcr = v & BMCR_RW;
		if (v & BMCR_ANRESTART)
			s->phy_isr |= phy_link(s) ? PHY_ISR_ANCOMP : PHY_ISR_LINKDOWN;
		break;
	case 4: s->phy_anar = (v & 0x2fe0) | 1; break;
	case 17: s->phy_mcsr = v & 0x3244; break;
	case 18: s->phy_modes = v & 0x00ff; break;
	case 30: s->phy_imr = v & 0x00fe; break;
	default:
		log_msg(LOG_GUEST, "lan9118: PHY write of 0x%04x to register %u ignored", v, reg);
		break;
	}
	lan9118_update(s);
}

static void mii_access(struct lan9118 *s, uint32_t acc)
{
	unsigned phy = (acc >> 11) & 31, reg = (acc >> 6) & 31;

	/* A write starts the cycle, whatever MIIBZY says (5.4.6); it is over
	 * at once, so MIIBZY reads 0. */
	s->mac[LAN9118_MII_ACC] = acc & 0xffc2;
	if (acc & MII_ACC_WRITE) {
		if (phy == PHY_ADDR)
			phy_write(s, reg, (uint16_t)s->mac[LAN9118_MII_DATA]);
	} else {
		/* No PHY answers at other addresses: the bus floats high. */
		s->mac[LAN9118_MII_DATA] = phy == PHY_ADDR ? phy_read(s, reg) : 0xffff;
	}
}

static void csr_write(struct lan9118 *s, unsigned idx, uint32_t v)
{
	switch (idx) {
	case LAN9118_MAC_CR:
		if ((s->mac[idx] & LAN9118_MAC_CR_RXEN) && !(v & LAN9118_MAC_CR_RXEN))
			s->int_sts |= LAN9118_INT_RXSTOP;     /* the receiver stops at once */
		s->mac[idx] = v & 0x90bfbdec;
		break;
	case LAN9118_ADDRH: case LAN9118_VLAN1: case LAN9118_VLAN2:
		s->mac[idx] = v & 0xffff;
		break;
	case LAN9118_MII_ACC:
		mii_access(s, v);
		break;
	case LAN9118_MII_DATA:
		s->mac[idx] = v & 0xffff;
		break;
	case LAN9118_FLOW:
		s->mac[idx] = v & 0xffff0006;
		break;
	default:
		s->mac[idx] = v;
		break;
	}
}

void lan9118_csr_command(struct lan9118 *s, uint32_t cmd)
{
	unsigned idx = cmd & 0xff;

	s->mac_csr_cmd = cmd & ~MAC_CSR_BUSY;
	if (!(cmd & MAC_CSR_BUSY))
		return;
	if (idx < LAN9118_MAC_CR || idx > LAN9118_WUCSR) {
		log_msg(LOG_GUEST, "lan9118: MAC CSR %u does not exist", idx);
		if (cmd & MAC_CSR_READ)
			s->mac_csr_data = 0;
	} else if (cmd & MAC_CSR_READ) {
		s->mac_csr_data = s->mac[idx];
	} else {
		csr_write(s, idx, s->mac_csr_data);
	}
	lan9118_update(s);
}

void lan9118_e2p_command(struct lan9118 *s, uint32_t cmd)
{
	unsigned addr = cmd & (LAN9118_EEPROM_BYTES - 1), op = (cmd >> 28) & 7;

	s->e2p_cmd = (s->e2p_cmd & LAN9118_E2P_LOADED) | (cmd & 0x700000ff);
	if (!(cmd & LAN9118_E2P_BUSY))
		return;
	switch (op) {
	case E2P_READ:
		s->e2p_data = s->eeprom[addr];
		return;
	case E2P_EWDS: case E2P_EWEN:
		s->eeprom_writable = op == E2P_EWEN;
		return;
	case E2P_RELOAD:
		s->e2p_cmd &= ~LAN9118_E2P_LOADED;
		if (s->eeprom[0] != 0xa5)
			return;
		s->mac[LAN9118_ADDRL] = (uint32_t)s->eeprom[1] | (uint32_t)s->eeprom[2] << 8 |
					(uint32_t)s->eeprom[3] << 16 | (uint32_t)s->eeprom[4] << 24;
		s->mac[LAN9118_ADDRH] = (uint32_t)s->eeprom[5] | (uint32_t)s->eeprom[6] << 8;
		s->e2p_cmd |= LAN9118_E2P_LOADED;
		return;
	}
	if (!s->eeprom_writable)
		return;
	uint8_t v = op == E2P_WRITE || op == E2P_WRAL ? (uint8_t)s->e2p_data : 0xff;
	if (op == E2P_WRITE || op == E2P_ERASE)
		s->eeprom[addr] = v;
	else
		memset(s->eeprom, v, sizeof(s->eeprom));
}
