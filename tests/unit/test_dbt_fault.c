/*
 * The translator's SIGSEGV handler passes on every fault that is not a guest
 * access of translated code (src/dbt/fault.c): a real crash of armvm must stay
 * a crash. Each case runs in a child process that starts with the default
 * SIGSEGV action (no cmocka or sanitizer handler behind the translator's) and
 * must die of SIGSEGV.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../src/dbt/dbt_internal.h"

#define RAM 0x60000000u
#define RAM_SIZE (16u << 20)

static struct machine m;

static volatile uintptr_t bad_address = 8;

/* A NULL dereference in C code. */
static void touch_null(void)
{
	*(volatile uint32_t *)bad_address = 1;
}

/* An access to the translator's own ESPT region from C code, not from a
 * recorded translated access: the handler must not fill it, though the guest
 * page is RAM and mapped (the MMU is off). */
static void touch_region(void)
{
	volatile uint8_t *base = espt_base(m.cpu.dbt->espt);
	(void)base[RAM + 0x1000];
}

/* Runs f in a child with the ESPT translator installed; returns the status. */
static int crash_in_child(void (*f)(void))
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		signal(SIGSEGV, SIG_DFL);
		if (!bus_init(&m.bus, RAM, RAM_SIZE))
			_exit(2);
		cpu_init(&m.cpu, &m);
		if (!dbt_create(&m, DBT_MMU_ESPT, 0))
			_exit(2);
		f();
		_exit(0);
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return status;
}

static void check_crashed(int status)
{
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGSEGV);
}

static void test_host_crash_passes_on(void **state)
{
	(void)state;
	check_crashed(crash_in_child(touch_null));
}

static void test_region_touched_from_c_passes_on(void **state)
{
	(void)state;
	check_crashed(crash_in_child(touch_region));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_host_crash_passes_on),
		cmocka_unit_test(test_region_touched_from_c_passes_on),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
