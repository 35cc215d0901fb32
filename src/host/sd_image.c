/*
 * The host image behind the SD card (--sd FILE[,readonly]): opened read-write
 * with an exclusive lock (a second armvm writing the same image would corrupt
 * it) or read-only with a shared one, and sized as an SDHC card can be: a
 * whole number of 512 KiB units, at most 2 TiB (CSD version 2.0's C_SIZE).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sd.h"

static bool sd_image_fail(int fd, const char *path, const char *why)
{
	fprintf(stderr, "armvm: SD card image %s: %s\n", path, why);
	if (fd >= 0)
		close(fd);
	return false;
}

bool sd_image_open(struct sd_card *c, const char *path, bool readonly)
{
	struct stat st;
	char why[96];
	int fd = open(path, (readonly ? O_RDONLY : O_RDWR) | O_CLOEXEC);

	if (fd < 0)
		return sd_image_fail(-1, path, strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		return sd_image_fail(fd, path, "not a regular file");
	if (flock(fd, (readonly ? LOCK_SH : LOCK_EX) | LOCK_NB) < 0)
		return sd_image_fail(fd, path, errno == EWOULDBLOCK ?
				     "in use by another process (locked)" : strerror(errno));
	if (st.st_size == 0 || st.st_size % SD_SIZE_UNIT ||
	    (uint64_t)st.st_size > SD_MAX_SIZE) {
		snprintf(why, sizeof(why), "size %lld is not a card's capacity "
			 "(a multiple of 512K, at most 2T)", (long long)st.st_size);
		return sd_image_fail(fd, path, why);
	}
	sd_card_init(c, fd, (uint64_t)st.st_size / SD_BLOCK, readonly);
	return true;
}

void sd_image_close(struct sd_card *c)
{
	if (c->fd < 0)
		return;
	if (!c->readonly)
		fdatasync(c->fd);
	close(c->fd);
	c->fd = -1;
}
