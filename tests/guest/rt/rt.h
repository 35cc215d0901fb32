/*
 * rt.h: the tiny runtime shared by the guest programs (bare metal on
 * vexpress-a9) and their host builds (Linux x86-64, libc).  The programs
 * include only this header, so the same source means the same thing on an
 * ILP32 guest and an LP64 host: use the fixed-width types below, never
 * `long`, and never print sizes or pointers.
 */
#ifndef RT_H
#define RT_H

#include <stdarg.h>

typedef signed char i8;
typedef unsigned char u8;
typedef short i16;
typedef unsigned short u16;
typedef int i32;
typedef unsigned int u32;
typedef long long i64;
typedef unsigned long long u64;
typedef __SIZE_TYPE__ usize;

#define ARRAY_LEN(a) ((u32)(sizeof(a) / sizeof((a)[0])))

/* Console and exit: the PL011 UART0 and semihosting on the guest, libc on the host. */
void rt_putc(int c);
void rt_puts(const char *s);
__attribute__((noreturn)) void rt_exit(int code);

/* printf-like formatting (rt_fmt.c): flags - 0 + space #, width and precision
 * (also *), length hh h l ll z, conversions d i u x X o c s %. */
int rt_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int rt_vprintf(const char *fmt, va_list ap);
int rt_snprintf(char *buf, usize size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int rt_vsnprintf(char *buf, usize size, const char *fmt, va_list ap);

/* The C library functions the compiler may call on its own (struct copies,
 * zero-initialisation): the guest runtime defines them, libc on the host. */
void *memcpy(void *dst, const void *src, usize n);
void *memmove(void *dst, const void *src, usize n);
void *memset(void *dst, int c, usize n);
int memcmp(const void *a, const void *b, usize n);
usize strlen(const char *s);
int strcmp(const char *a, const char *b);

#endif
