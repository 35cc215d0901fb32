/*
 * The gdb remote protocol's framing (src/host/gdb_packet.c). Expected bytes
 * from the GDB manual, Appendix E.1 Overview: $payload#sum with sum the
 * payload's bytes mod 256 in two hex digits, '}' escaping the next byte
 * (xor 0x20) of '#', '$', '}' and '*', 0x03 an interrupt.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "gdb_packet.h"

static struct gdb_rx rx;

/* Feed a string; returns the last event. */
static enum gdb_rx_event feed(const char *s, size_t n)
{
	enum gdb_rx_event ev = GDB_RX_NONE;
	for (size_t i = 0; i < n; i++)
		ev = gdb_rx_byte(&rx, (uint8_t)s[i]);
	return ev;
}

#define FEED(s) feed(s, sizeof(s) - 1)

static void test_packet(void **state)
{
	(void)state;
	gdb_rx_init(&rx);
	assert_int_equal(FEED("$?#3f"), GDB_RX_PACKET);   /* '?' = 0x3f */
	assert_string_equal(rx.buf, "?");
	assert_int_equal(FEED("$g#67"), GDB_RX_PACKET);
	assert_string_equal(rx.buf, "g");
	assert_int_equal(FEED("$m60000000,4#53"), GDB_RX_PACKET);   /* upper-case sum too */
	assert_string_equal(rx.buf, "m60000000,4");
	assert_int_equal(FEED("$#00"), GDB_RX_PACKET);
	assert_int_equal(rx.len, 0);
}

static void test_bad_sum(void **state)
{
	(void)state;
	gdb_rx_init(&rx);
	assert_int_equal(FEED("$?#3e"), GDB_RX_BAD_SUM);
	assert_int_equal(FEED("$?#x"), GDB_RX_BAD_SUM);
	assert_int_equal(FEED("$?#3"), GDB_RX_NONE);
	assert_int_equal(FEED("g"), GDB_RX_BAD_SUM);
	assert_int_equal(FEED("$?#3f"), GDB_RX_PACKET);   /* and then works again */
}

static void test_escape(void **state)
{
	(void)state;
	/* "}\x03" is '#': the sum counts the bytes as sent, 0x7d + 0x03. */
	gdb_rx_init(&rx);
	assert_int_equal(FEED("$X}\x03#d8"), GDB_RX_PACKET);
	assert_int_equal(rx.len, 2);
	assert_memory_equal(rx.buf, "X#", 2);

	char out[32];
	size_t n = gdb_frame(out, sizeof(out), "a#b$c}d*", 8);
	assert_int_equal(n, 16);
	assert_memory_equal(out, "$a}\x03" "b}\x04" "c}]d}\x0a" "#ec", 16);
	gdb_rx_init(&rx);
	assert_int_equal(feed(out, n), GDB_RX_PACKET);
	assert_int_equal(rx.len, 8);
	assert_memory_equal(rx.buf, "a#b$c}d*", 8);
	assert_int_equal(gdb_frame(out, 6, "ab", 2), 0);   /* no room */
}

static void test_interrupt_and_resync(void **state)
{
	(void)state;
	gdb_rx_init(&rx);
	assert_int_equal(FEED("\x03"), GDB_RX_INTERRUPT);
	assert_int_equal(FEED("+-x"), GDB_RX_NONE);           /* acks and noise */
	assert_int_equal(FEED("$m6000$?#3f"), GDB_RX_PACKET);  /* '$' restarts */
	assert_string_equal(rx.buf, "?");
	assert_int_equal(FEED("$\x03#03"), GDB_RX_PACKET);     /* 0x03 inside: data */
}

static void test_too_long(void **state)
{
	static char big[GDB_PACKET_MAX + 8];
	unsigned sum = 0;
	(void)state;
	gdb_rx_init(&rx);
	memset(big, 'a', sizeof(big));
	for (size_t i = 0; i < sizeof(big); i++)
		sum += 'a';
	assert_int_equal(FEED("$"), GDB_RX_NONE);
	assert_int_equal(feed(big, sizeof(big)), GDB_RX_NONE);
	char tail[4];
	snprintf(tail, sizeof(tail), "#%02x", sum & 0xff);
	assert_int_equal(feed(tail, 3), GDB_RX_TOO_LONG);
	assert_int_equal(FEED("$?#3f"), GDB_RX_PACKET);
	/* exactly GDB_PACKET_MAX bytes still fit */
	assert_int_equal(FEED("$"), GDB_RX_NONE);
	feed(big, GDB_PACKET_MAX);
	sum = 'a' * (unsigned)GDB_PACKET_MAX;
	snprintf(tail, sizeof(tail), "#%02x", sum & 0xff);
	assert_int_equal(feed(tail, 3), GDB_RX_PACKET);
	assert_int_equal(rx.len, GDB_PACKET_MAX);
}

static void test_hex(void **state)
{
	const char *p = "6000fffc,4";
	uint32_t v;
	uint8_t bytes[3];
	char text[7];
	(void)state;
	assert_true(gdb_hex_u32(&p, &v));
	assert_int_equal(v, 0x6000fffc);
	assert_string_equal(p, ",4");
	p = "123456789";
	assert_false(gdb_hex_u32(&p, &v));   /* more than 32 bits */
	p = ",";
	assert_false(gdb_hex_u32(&p, &v));
	assert_true(gdb_hex_decode("0aFf10", bytes, 3));
	assert_int_equal(bytes[0], 0x0a);
	assert_int_equal(bytes[1], 0xff);
	assert_int_equal(bytes[2], 0x10);
	assert_false(gdb_hex_decode("0g", bytes, 1));
	assert_false(gdb_hex_decode("0", bytes, 1));
	gdb_hex_encode(text, bytes, 3);
	text[6] = 0;
	assert_string_equal(text, "0aff10");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_packet),
		cmocka_unit_test(test_bad_sum),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_interrupt_and_resync),
		cmocka_unit_test(test_too_long),
		cmocka_unit_test(test_hex),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
