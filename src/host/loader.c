/*
 * Loading --kernel, --dtb and --initrd into guest RAM (include/loader.h).
 *
 * An ELF file must be a 32-bit little-endian ARM executable; its PT_LOAD
 * segments go to their physical addresses (p_paddr) and must lie in RAM.
 * Anything else is a raw image or zImage, loaded at RAM base + 0x8000 and
 * entered with the Linux boot registers (Documentation/arm/booting.rst): then
 * the initrd goes at half of RAM (at most 128 MiB in, as QEMU places it) and the
 * DTB after it, both above the image.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "board.h"
#include "dtb.h"
#include "loader.h"
#include "machine.h"

#define INITRD_MAX_OFFSET 0x08000000u   /* 128 MiB */
#define KERNEL_FILE_MAX   0x80000000u   /* an ELF may carry much more than it loads */

struct file_image {
	const char *path;
	uint8_t *data;
	size_t size;
};

static bool load_error(const char *path, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Print "armvm: PATH: message" and return false. */
static bool load_error(const char *path, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "armvm: %s: ", path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return false;
}

static const char *file_kind(mode_t mode)
{
	return S_ISDIR(mode) ? "a directory" : S_ISFIFO(mode) ? "a FIFO" :
	       S_ISCHR(mode) ? "a character device" : S_ISBLK(mode) ? "a block device" :
	       S_ISSOCK(mode) ? "a socket" : "not a regular file";
}

/* Read all of fd; false with errno set, or with *size > max when it is longer. */
static bool read_all(int fd, size_t size_hint, uint64_t max, uint8_t **data, size_t *size)
{
	size_t cap = size_hint ? size_hint + 1 : 65536, done = 0;
	uint8_t *buf = NULL;

	for (;;) {
		if (!buf || done == cap) {
			cap = buf ? cap * 2 : cap;
			uint8_t *more = realloc(buf, cap);
			if (!more) {
				free(buf);
				errno = ENOMEM;
				return false;
			}
			buf = more;
		}
		ssize_t n = read(fd, buf + done, cap - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			free(buf);
			return false;
		}
		done += (size_t)n;
		if (n == 0 || done > max)
			break;
	}
	*data = buf;
	*size = done;
	return true;
}

/* Read a whole regular, non-empty file of at most max bytes, to its end: files
 * in /proc and /sys report a size of 0. O_NONBLOCK: opening a FIFO must not
 * wait for a writer before fstat() can refuse it. */
static bool read_file(struct file_image *f, const char *path, uint64_t max)
{
	struct stat st;
	int fd;

	f->path = path;
	f->data = NULL;
	f->size = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return load_error(path, "cannot open: %s", strerror(errno));
	if (fstat(fd, &st) < 0) {
		close(fd);
		return load_error(path, "cannot stat: %s", strerror(errno));
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return load_error(path, "%s; armvm loads regular files", file_kind(st.st_mode));
	}
	if ((uint64_t)st.st_size > max) {
		close(fd);
		return load_error(path, "%lld bytes is too large (at most %llu)",
				  (long long)st.st_size, (unsigned long long)max);
	}
	bool ok = read_all(fd, (size_t)st.st_size, max, &f->data, &f->size);
	close(fd);
	if (!ok)
		return load_error(path, "read error: %s", strerror(errno));
	if (f->size > 0 && f->size <= max)
		return true;
	free(f->data);
	f->data = NULL;
	if (f->size == 0)
		return load_error(path, "empty file");
	return load_error(path, "more than %llu bytes is too large", (unsigned long long)max);
}

static const char *elf_machine_name(unsigned machine)
{
	switch (machine) {
	case EM_386: return "i386";
	case EM_X86_64: return "x86-64";
	case EM_AARCH64: return "AArch64";
	case EM_ARM: return "ARM";
	case EM_RISCV: return "RISC-V";
	case EM_PPC: return "PowerPC";
	case EM_PPC64: return "PowerPC64";
	case EM_MIPS: return "MIPS";
	default: return NULL;
	}
}

/* The checks of the ELF header that give the clearest message. */
static bool elf_check_ident(const struct file_image *f)
{
	const uint8_t *id = f->data;
	unsigned machine;

	if (f->size < EI_NIDENT + 4 ||
	    (id[EI_CLASS] != ELFCLASS32 && id[EI_CLASS] != ELFCLASS64) ||
	    (id[EI_DATA] != ELFDATA2LSB && id[EI_DATA] != ELFDATA2MSB))
		return load_error(f->path, "truncated or invalid ELF header");
	/* e_machine is at offset 18 in both classes. */
	machine = id[EI_DATA] == ELFDATA2LSB ? id[18] | id[19] << 8 : id[18] << 8 | id[19];
	if (id[EI_CLASS] != ELFCLASS32 || machine != EM_ARM) {
		const char *name = elf_machine_name(machine);
		char num[16];
		if (!name) {
			snprintf(num, sizeof(num), "machine %u", machine);
			name = num;
		}
		return load_error(f->path, "%d-bit ELF for %s; armvm runs 32-bit ARM ELF files",
				  id[EI_CLASS] == ELFCLASS32 ? 32 : 64, name);
	}
	if (id[EI_DATA] != ELFDATA2LSB)
		return load_error(f->path, "big-endian ARM ELF; armvm runs little-endian guests");
	return true;
}

/* Copy one PT_LOAD segment to RAM; false (with a message) when it does not fit. */
static bool elf_load_segment(struct machine *m, const struct file_image *f,
			     const GElf_Phdr *ph, struct boot_info *bi)
{
	uint32_t pa = (uint32_t)ph->p_paddr;
	uint64_t end = ph->p_paddr + ph->p_memsz;
	uint8_t *host;

	if (ph->p_memsz == 0)
		return true;
	if (ph->p_filesz > ph->p_memsz || ph->p_offset + ph->p_filesz > f->size)
		return load_error(f->path, "segment at 0x%08x lies outside the file", pa);
	host = end <= 0x100000000u ? bus_ram_ptr(&m->bus, pa, (uint32_t)ph->p_memsz) : NULL;
	if (!host)
		return load_error(f->path, "segment at 0x%08x-0x%08llx is outside RAM "
				  "(0x%08x-0x%08x)", pa, (unsigned long long)end - 1,
				  m->bus.ram_base, m->bus.ram_base + m->bus.ram_size - 1);
	memcpy(host, f->data + ph->p_offset, ph->p_filesz);
	memset(host + ph->p_filesz, 0, ph->p_memsz - ph->p_filesz);
	if (pa < bi->image_start)
		bi->image_start = pa;
	if (end > bi->image_end)
		bi->image_end = (uint32_t)end;
	return true;
}

static bool load_elf(struct machine *m, const struct file_image *f, struct boot_info *bi)
{
	GElf_Ehdr eh;
	size_t phnum, loaded = 0;
	bool ok = true;
	Elf *elf;

	if (!elf_check_ident(f))
		return false;
	if (elf_version(EV_CURRENT) == EV_NONE)
		return load_error(f->path, "libelf: %s", elf_errmsg(-1));
	elf = elf_memory((char *)f->data, f->size);
	if (!elf || !gelf_getehdr(elf, &eh) || elf_getphdrnum(elf, &phnum) != 0) {
		load_error(f->path, "invalid ELF file: %s", elf_errmsg(-1));
		if (elf)
			elf_end(elf);
		return false;
	}
	if (eh.e_type != ET_EXEC) {
		elf_end(elf);
		return load_error(f->path, "ELF file is not an executable (e_type %u)",
				  (unsigned)eh.e_type);
	}
	bi->image_start = UINT32_MAX;
	bi->image_end = 0;
	for (size_t i = 0; i < phnum && ok; i++) {
		GElf_Phdr ph;
		if (!gelf_getphdr(elf, (int)i, &ph)) {
			ok = load_error(f->path, "invalid program header: %s", elf_errmsg(-1));
		} else if (ph.p_type == PT_LOAD && ph.p_memsz) {
			ok = elf_load_segment(m, f, &ph, bi);
			loaded++;
		}
	}
	elf_end(elf);
	if (ok && !loaded)
		ok = load_error(f->path, "ELF file has nothing to load");
	bi->is_elf = true;
	bi->entry = (uint32_t)eh.e_entry & ~1u;
	bi->thumb = eh.e_entry & 1;
	return ok;
}

static uint32_t align_up(uint32_t v, uint32_t a)
{
	return (v + a - 1) & ~(a - 1);
}

/* Does [pa, pa + size) lie in RAM? */
static bool fits_in_ram(const struct machine *m, uint32_t pa, uint64_t size)
{
	uint64_t end = (uint64_t)m->bus.ram_base + m->bus.ram_size;
	return pa >= m->bus.ram_base && pa + size <= end;
}

/* The RAM size as --memory takes it: in M when a whole number of MiB, else in K. */
static const char *ram_text(const struct machine *m)
{
	static char text[16];
	uint32_t size = m->bus.ram_size;
	snprintf(text, sizeof(text), "%u%c", size % (1u << 20) ? size >> 10 : size >> 20,
		 size % (1u << 20) ? 'K' : 'M');
	return text;
}

static bool load_raw(struct machine *m, const struct file_image *f, struct boot_info *bi)
{
	uint32_t pa = m->bus.ram_base + LOADER_RAW_OFFSET;

	if (!fits_in_ram(m, pa, f->size))
		return load_error(f->path, "image of %zu bytes does not fit in RAM at 0x%08x "
				  "(--memory %s)", f->size, pa, ram_text(m));
	memcpy(bus_ram_ptr(&m->bus, pa, (uint32_t)f->size), f->data, f->size);
	bi->is_elf = false;
	bi->linux_regs = true;
	bi->entry = pa;
	bi->thumb = false;
	bi->image_start = pa;
	bi->image_end = pa + (uint32_t)f->size;
	return true;
}

/* Place a file's bytes at the first 4 KiB boundary >= *next. */
static bool place(struct machine *m, const char *path, const void *data, size_t size,
		  uint32_t *next, uint32_t *addr, uint32_t *out_size)
{
	uint32_t pa = align_up(*next, 0x1000);
	uint8_t *dst = fits_in_ram(m, pa, size) ? bus_ram_ptr(&m->bus, pa, (uint32_t)size) : NULL;

	if (!dst)
		return load_error(path, "%zu bytes at 0x%08x do not fit in RAM (--memory %s)",
				  size, pa, ram_text(m));
	memcpy(dst, data, size);
	*addr = pa;
	*out_size = (uint32_t)size;
	*next = pa + (uint32_t)size;
	return true;
}

/* The DTB as given, patched for this boot (include/dtb.h). */
static bool load_dtb(struct machine *m, struct boot_info *bi, uint32_t *next)
{
	const struct machine_options *o = m->opts;
	struct file_image f;
	struct dtb_params p = {
		.ram_base = m->bus.ram_base, .ram_size = m->bus.ram_size,
		.bootargs = o->append,
		.initrd_start = bi->initrd_addr,
		.initrd_end = bi->initrd_addr + bi->initrd_size,
		.lcd_panel = o->display_sdl || o->screendump,
	};
	const char *error = NULL;
	size_t size;

	if (!read_file(&f, o->dtb, m->bus.ram_size))
		return false;
	void *dtb = dtb_patch(f.data, f.size, &p, &size, &error);
	free(f.data);
	if (!dtb)
		return load_error(o->dtb, "%s", error);
	bool ok = place(m, o->dtb, dtb, size, next, &bi->dtb_addr, &bi->dtb_size);
	free(dtb);
	return ok;
}

/* The initrd at half of RAM (at most 128 MiB in), the DTB after it. */
static bool load_boot_files(struct machine *m, struct boot_info *bi)
{
	const struct machine_options *o = m->opts;
	uint32_t half = m->bus.ram_size / 2;
	uint32_t next = m->bus.ram_base + (half < INITRD_MAX_OFFSET ? half : INITRD_MAX_OFFSET);

	if (next < bi->image_end)
		next = bi->image_end;
	if (o->initrd) {
		struct file_image f;
		if (!read_file(&f, o->initrd, m->bus.ram_size))
			return false;
		bool ok = place(m, o->initrd, f.data, f.size, &next, &bi->initrd_addr,
				&bi->initrd_size);
		free(f.data);
		if (!ok)
			return false;
	}
	return !o->dtb || load_dtb(m, bi, &next);
}

bool loader_load(struct machine *m, struct boot_info *bi)
{
	struct file_image f;
	bool ok;

	if (!read_file(&f, m->opts->kernel, KERNEL_FILE_MAX))
		return false;
	if (f.size >= SELFMAG && !memcmp(f.data, ELFMAG, SELFMAG))
		ok = load_elf(m, &f, bi);
	else
		ok = load_raw(m, &f, bi) && load_boot_files(m, bi);
	free(f.data);
	return ok;
}

void loader_boot(struct cpu *cpu, const struct boot_info *bi)
{
	if (bi->linux_regs) {
		cpu->r[0] = 0;
		cpu->r[1] = bi->mach_type;
		cpu->r[2] = bi->dtb_addr;
	}
	cpu->thumb = bi->thumb;
	cpu->r[15] = cpu->next_pc = bi->entry;
}
