/* halfblock: text drawn with half-block characters (a QR code on a
 * terminal, or a capture of the screen) turned back into pixels, for
 * decoding with zbarimg.  Shared by the QR unit test and the screen2png
 * tool the end-to-end tests use. */
#ifndef KIOSK_TEST_HALFBLOCK_H
#define KIOSK_TEST_HALFBLOCK_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* The ink of the character at p (upper and lower half) and its length in
 * bytes: every character but the half and full blocks is light. */
static size_t halfblock_ink(const char *p, bool *up, bool *down)
{
	size_t len = 1;

	while ((p[len] & 0xC0) == 0x80)
		len++;
	*up = !strncmp(p, "\u2580", 3) || !strncmp(p, "\u2588", 3);
	*down = !strncmp(p, "\u2584", 3) || !strncmp(p, "\u2588", 3);
	return len;
}

/* Renders text (lines ended by '\n', one column a character) as a grey
 * picture, scale pixels a half block wide and two high, white where a line
 * is short.  Returns the pixels (the caller frees them) and sets *width
 * and *height. */
static unsigned char *halfblock_render(const char *text, int scale, int *width,
				       int *height)
{
	int rows = 0, cols = 0, c = 0;
	unsigned char *pixels;
	const char *p;
	bool up, down;

	for (p = text; *p; p += halfblock_ink(p, &up, &down)) {
		if (*p == '\n') {
			rows++;
			c = 0;
		} else if (++c > cols) {
			cols = c;
		}
	}
	*width = cols * scale;
	*height = 2 * rows * scale;
	pixels = malloc((size_t)*width * (size_t)*height + 1);
	memset(pixels, 255, (size_t)*width * (size_t)*height);
	p = text;
	for (int r = 0; r < rows; r++, p++)
		for (c = 0; *p != '\n'; c++) {
			p += halfblock_ink(p, &up, &down);
			for (int y = 0; y < 2 * scale; y++)
				for (int x = 0; x < scale; x++)
					if (y < scale ? up : down)
						pixels[(size_t)(2 * r * scale + y) * (size_t)*width +
						       (size_t)(c * scale + x)] = 0;
		}
	return pixels;
}

#endif
