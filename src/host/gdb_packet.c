/*
 * Framing of the gdb remote protocol (include/gdb_packet.h). The receiver is a
 * state machine fed one byte at a time: a '$' always starts a new packet
 * (resynchronising after garbage), bytes between packets other than 0x03 are
 * acknowledgements or noise and are dropped.
 */
#include <string.h>

#include "gdb_packet.h"

enum { RX_IDLE, RX_DATA, RX_SUM1, RX_SUM2 };

static int hex_val(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

void gdb_rx_init(struct gdb_rx *rx)
{
	memset(rx, 0, sizeof(*rx));
}

static void start_packet(struct gdb_rx *rx)
{
	rx->state = RX_DATA;
	rx->escape = rx->overflow = false;
	rx->sum = 0;
	rx->len = 0;
}

enum gdb_rx_event gdb_rx_byte(struct gdb_rx *rx, uint8_t c)
{
	int v;

	if (c == '$') {
		start_packet(rx);
		return GDB_RX_NONE;
	}
	switch (rx->state) {
	case RX_DATA:
		if (c == '#' && !rx->escape) {
			rx->state = RX_SUM1;
			return GDB_RX_NONE;
		}
		rx->sum += c;
		if (c == '}' && !rx->escape) {
			rx->escape = true;
			return GDB_RX_NONE;
		}
		if (rx->escape)
			c ^= 0x20;
		rx->escape = false;
		if (rx->len == GDB_PACKET_MAX)
			rx->overflow = true;
		else
			rx->buf[rx->len++] = (char)c;
		return GDB_RX_NONE;
	case RX_SUM1:
		v = hex_val(c);
		rx->state = v < 0 ? RX_IDLE : RX_SUM2;
		if (v < 0)
			return GDB_RX_BAD_SUM;
		rx->got = (uint8_t)(v << 4);
		return GDB_RX_NONE;
	case RX_SUM2:
		rx->state = RX_IDLE;
		v = hex_val(c);
		if (v < 0 || (uint8_t)(rx->got | v) != rx->sum)
			return GDB_RX_BAD_SUM;
		if (rx->overflow)
			return GDB_RX_TOO_LONG;
		rx->buf[rx->len] = 0;
		return GDB_RX_PACKET;
	default:
		return c == 0x03 ? GDB_RX_INTERRUPT : GDB_RX_NONE;
	}
}

size_t gdb_frame(char *out, size_t cap, const char *payload, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	size_t n = 0;
	uint8_t sum = 0;

	if (cap < 2 * len + 4)
		return 0;
	out[n++] = '$';
	for (size_t i = 0; i < len; i++) {
		uint8_t c = (uint8_t)payload[i];
		if (c == '$' || c == '#' || c == '}' || c == '*') {
			out[n++] = '}';
			sum += '}';
			c ^= 0x20;
		}
		out[n++] = (char)c;
		sum += c;
	}
	out[n++] = '#';
	out[n++] = digits[sum >> 4];
	out[n++] = digits[sum & 15];
	return n;
}

bool gdb_hex_u32(const char **p, uint32_t *v)
{
	const char *s = *p;
	uint32_t x = 0;
	int d, n = 0;

	while ((d = hex_val((unsigned char)*s)) >= 0) {
		if (++n > 8)
			return false;
		x = x << 4 | (uint32_t)d;
		s++;
	}
	if (!n)
		return false;
	*p = s;
	*v = x;
	return true;
}

bool gdb_hex_decode(const char *p, uint8_t *out, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int hi = hex_val((unsigned char)p[2 * i]);
		int lo = hi < 0 ? -1 : hex_val((unsigned char)p[2 * i + 1]);
		if (lo < 0)
			return false;
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	return true;
}

void gdb_hex_encode(char *out, const uint8_t *in, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
}
