/*
 * The demo guest: greets through UART0 (PL011), prints a few results it
 * computes, reads some board registers, and powers the board off through the
 * system registers' SYS_CFG_SHUTDOWN function. Bare metal, no library: even
 * decimal printing avoids division (the Cortex-A9 has no divide instruction).
 */
#include <stdint.h>

#define UART0        0x10009000u
#define UART_DR      0x000
#define UART_FR      0x018
#define UART_CR      0x030
#define UART_FR_TXFF (1u << 5)
#define UART_CR_UARTEN (1u << 0)
#define UART_CR_TXE  (1u << 8)

#define SYSREGS      0x10000000u
#define SYS_ID       0x000
#define SYS_CFGDATA  0x0a0
#define SYS_CFGCTRL  0x0a4
#define SYS_CFGSTAT  0x0a8
#define SYS_CFG_START    (1u << 31)
#define SYS_CFG_WRITE    (1u << 30)
#define SYS_CFG_FUNC(f)  ((uint32_t)(f) << 20)
#define SYS_CFG_OSC      1u
#define SYS_CFG_SHUTDOWN 8u

static inline uint32_t mmio_read(uint32_t addr)
{
	return *(volatile uint32_t *)addr;
}

static inline void mmio_write(uint32_t addr, uint32_t val)
{
	*(volatile uint32_t *)addr = val;
}

/* GCC may turn loops into calls to these. */
void *memset(void *dst, int c, unsigned long n)
{
	unsigned char *d = dst;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

void *memcpy(void *dst, const void *src, unsigned long n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	while (n--)
		*d++ = *s++;
	return dst;
}

static void put_char(char c)
{
	while (mmio_read(UART0 + UART_FR) & UART_FR_TXFF)
		;
	mmio_write(UART0 + UART_DR, (uint8_t)c);
}

static void put_str(const char *s)
{
	while (*s)
		put_char(*s++);
}

static void put_dec(uint64_t v)
{
	static const uint64_t pow10[] = {
		10000000000000000000u, 1000000000000000000u, 100000000000000000u,
		10000000000000000u, 1000000000000000u, 100000000000000u,
		10000000000000u, 1000000000000u, 100000000000u, 10000000000u,
		1000000000u, 100000000u, 10000000u, 1000000u, 100000u, 10000u,
		1000u, 100u, 10u, 1u,
	};
	int started = 0;

	for (unsigned i = 0; i < sizeof(pow10) / sizeof(pow10[0]); i++) {
		char digit = '0';
		while (v >= pow10[i]) {
			v -= pow10[i];
			digit++;
		}
		if (digit != '0' || started || pow10[i] == 1) {
			put_char(digit);
			started = 1;
		}
	}
}

static void put_hex(uint32_t v, int digits)
{
	put_str("0x");
	while (digits--)
		put_char("0123456789abcdef"[(v >> (4 * digits)) & 0xf]);
}

static void primes_below_100(void)
{
	char composite[100];
	unsigned count = 0;

	memset(composite, 0, sizeof(composite));
	put_str("Primes below 100:");
	for (unsigned n = 2; n < 100; n++) {
		if (composite[n])
			continue;
		put_char(' ');
		put_dec(n);
		count++;
		for (unsigned m = n * n; m < 100; m += n)
			composite[m] = 1;
	}
	put_str(" (");
	put_dec(count);
	put_str(" primes)\n");
}

static uint32_t fibonacci(unsigned n)
{
	uint32_t a = 0, b = 1;
	while (n--) {
		uint32_t t = a + b;
		a = b;
		b = t;
	}
	return a;
}

static uint64_t factorial(unsigned n)
{
	uint64_t f = 1;
	while (n > 1)
		f *= n--;
	return f;
}

static void collatz(uint32_t n, uint32_t *steps, uint32_t *highest)
{
	*steps = 0;
	*highest = n;
	while (n != 1) {
		n = (n & 1) ? 3 * n + 1 : n >> 1;
		if (n > *highest)
			*highest = n;
		++*steps;
	}
}

/* CRC-32 (IEEE 802.3, reflected polynomial 0xedb88320). */
static uint32_t crc32(const char *s)
{
	uint32_t crc = 0xffffffffu;
	while (*s) {
		crc ^= (uint8_t)*s++;
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
	}
	return ~crc;
}

/* Read a daughterboard (site 1) oscillator's frequency in Hz (SYS_CFG_OSC). */
static uint32_t daughterboard_osc(unsigned device)
{
	mmio_write(SYSREGS + SYS_CFGSTAT, 0);
	mmio_write(SYSREGS + SYS_CFGCTRL, SYS_CFG_START | SYS_CFG_FUNC(SYS_CFG_OSC) |
		   1u << 16 | device);
	while (!(mmio_read(SYSREGS + SYS_CFGSTAT) & 1))
		;
	return mmio_read(SYSREGS + SYS_CFGDATA);
}

void power_off(void)
{
	mmio_write(SYSREGS + SYS_CFGCTRL, SYS_CFG_START | SYS_CFG_WRITE |
		   SYS_CFG_FUNC(SYS_CFG_SHUTDOWN));
}

int main(void)
{
	static const char fox[] = "The quick brown fox jumps over the lazy dog";
	uint32_t steps, highest, id = 0;

	mmio_write(UART0 + UART_CR, UART_CR_UARTEN | UART_CR_TXE);
	put_str("Hello from the armvm demo guest!\n");

	put_str("Board: SYS_ID ");
	put_hex(mmio_read(SYSREGS + SYS_ID), 8);
	put_str(", AXI clock ");
	put_dec(daughterboard_osc(0));
	put_str(" Hz\n");

	for (int i = 3; i >= 0; i--)
		id = id << 8 | (mmio_read(UART0 + 0xff0 + 4 * (unsigned)i) & 0xff);
	put_str("UART0: PrimeCell ID ");
	put_hex(id, 8);
	put_str(", part ");
	put_hex(mmio_read(UART0 + 0xfe0) | (mmio_read(UART0 + 0xfe4) & 0xf) << 8, 3);
	put_char('\n');

	primes_below_100();

	put_str("Fibonacci(40) = ");
	put_dec(fibonacci(40));
	put_str("\n20! = ");
	put_dec(factorial(20));
	put_char('\n');

	collatz(27, &steps, &highest);
	put_str("Collatz(27): ");
	put_dec(steps);
	put_str(" steps, highest value ");
	put_dec(highest);
	put_char('\n');

	put_str("CRC-32(\"");
	put_str(fox);
	put_str("\") = ");
	put_hex(crc32(fox), 8);
	put_str("\nPowering off.\n");
	return 0;
}
