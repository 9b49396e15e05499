/* pngfile: a grey picture written as a PNG file (libpng). */
#ifndef KIOSK_PNGFILE_H
#define KIOSK_PNGFILE_H

/* Writes a width x height picture to path: pixels holds its rows top to
 * bottom, one byte a pixel (0 black, 255 white).  Returns 0, or an errno
 * value (EIO when libpng fails for another reason). */
int pngfile_write_gray(const char *path, const unsigned char *pixels, int width,
		   int height);

#endif
