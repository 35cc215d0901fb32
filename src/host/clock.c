/* The host's monotonic clock, for devices that count real time. */
#include <time.h>

#include "board.h"

uint64_t host_clock_ns(void *unused)
{
	struct timespec ts;

	(void)unused;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
