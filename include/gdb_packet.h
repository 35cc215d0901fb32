/*
 * The gdb remote serial protocol's framing (src/host/gdb_packet.c), apart from
 * any emulator state so that it can be tested and fuzzed alone:
 *   $<payload>#<two hex digits: the payload's byte sum mod 256>
 * with '}' escaping the next byte (xor 0x20), a lone 0x03 for an interrupt
 * (Ctrl-C) and '+' / '-' acknowledgements (GDB manual, "Overview" of
 * Appendix E, Remote Protocol).
 */
#ifndef ARMVM_GDB_PACKET_H
#define ARMVM_GDB_PACKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The largest payload taken or sent (qSupported PacketSize). */
#define GDB_PACKET_MAX 4096

enum gdb_rx_event {
	GDB_RX_NONE,       /* byte consumed, nothing complete */
	GDB_RX_PACKET,     /* a whole packet with a good checksum: rx->buf, rx->len */
	GDB_RX_BAD_SUM,    /* checksum wrong or not hex: answer '-' */
	GDB_RX_TOO_LONG,   /* a packet longer than GDB_PACKET_MAX: answer '+' and an error */
	GDB_RX_INTERRUPT,  /* 0x03 between packets */
};

struct gdb_rx {
	int state;
	bool escape, overflow;
	uint8_t sum, got;
	size_t len;
	char buf[GDB_PACKET_MAX + 1];   /* unescaped payload, NUL-terminated */
};

void gdb_rx_init(struct gdb_rx *rx);
/* Feed one received byte. */
enum gdb_rx_event gdb_rx_byte(struct gdb_rx *rx, uint8_t c);

/* Frame payload[0..len) as a packet into out (at most cap bytes, which
 * 2 * len + 4 always fits); returns the framed length. */
size_t gdb_frame(char *out, size_t cap, const char *payload, size_t len);

/* ---- payload fields ---- */
/* Hex digits at *p as a number (at most 8 digits, at least one), advancing *p. */
bool gdb_hex_u32(const char **p, uint32_t *v);
/* n bytes from 2n hex digits at p into out; false on a non-hex digit. */
bool gdb_hex_decode(const char *p, uint8_t *out, size_t n);
/* n bytes as 2n lower-case hex digits (no NUL). */
void gdb_hex_encode(char *out, const uint8_t *in, size_t n);

#endif
