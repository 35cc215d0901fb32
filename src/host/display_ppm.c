/*
 * A frame of the PL111 as a binary PPM file (P6, Netpbm): the screendump of
 * include/display.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "display.h"

int display_write_ppm(const struct pl111_mode *mode, const uint8_t *fb, const char *path)
{
	const struct pl111_mode m = *mode;
	uint32_t *line = malloc(m.width * 4);
	uint8_t *rgb = malloc(m.width * 3);
	FILE *f = line && rgb ? fopen(path, "wb") : NULL;
	int err = f ? 0 : line && rgb ? errno : ENOMEM;
	if (f && fprintf(f, "P6\n%u %u\n255\n", m.width, m.height) < 0)
		err = errno;
	for (uint32_t y = 0; f && !err && y < m.height; y++) {
		pl111_convert_line(&m, fb + (size_t)y * m.stride, line);
		for (uint32_t x = 0; x < m.width; x++) {
			rgb[3 * x] = (uint8_t)(line[x] >> 16);
			rgb[3 * x + 1] = (uint8_t)(line[x] >> 8);
			rgb[3 * x + 2] = (uint8_t)line[x];
		}
		if (fwrite(rgb, 3, m.width, f) != m.width)
			err = errno;
	}
	if (f && fclose(f) != 0 && !err)
		err = errno;
	free(line);
	free(rgb);
	errno = err;
	return err ? -1 : 0;
}
