/* image: PNG pictures for figures, decoded with libpng, treating every byte
 * as hostile.
 *
 * A picture is refused when its file is over IMAGE_MAX_FILE_BYTES or its
 * header declares a side over IMAGE_MAX_SIDE pixels: the header is read
 * before any pixel is, so a small file that claims a huge size (a
 * decompression bomb) costs nothing.  Truncated files, bad checksums, files
 * that are not PNG and impossible formats are refused with a message for
 * staff.  No curses here. */
#ifndef KIOSK_IMAGE_H
#define KIOSK_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

enum {
	IMAGE_MAX_FILE_BYTES = 4 * 1024 * 1024,
	IMAGE_MAX_SIDE = 4000,
	IMAGE_WHY_MAX = 200,		/* room for a message from this module */
};

/* A decoded picture: rows of width RGBA pixels, 8 bits a channel, not
 * premultiplied, sRGB. */
struct image {
	unsigned width, height;
	uint8_t *rgba;			/* width * height * 4 bytes, owned */
};

/* Decodes the PNG in bytes[0..len) into out.  Returns true, or false with
 * out zeroed and why (of why_size bytes) holding "what is wrong; how to fix
 * it" for staff.  The caller frees out with image_free. */
bool image_decode(const void *bytes, size_t len, struct image *out, char *why,
		  size_t why_size);

/* Reads the file at path (a regular file of at most IMAGE_MAX_FILE_BYTES)
 * and decodes it like image_decode. */
bool image_load(const char *path, struct image *out, char *why, size_t why_size);

void image_free(struct image *img);

/* What checking one picture file found, remembered so a library in which
 * many topics show the same picture decodes it once per change. */
struct image_check {
	char *path;			/* owned */
	dev_t dev;
	ino_t ino;
	off_t size;
	long long mtime_ns;
	bool ok;
	unsigned width, height;
	char why[IMAGE_WHY_MAX];
};

struct image_checks {
	struct image_check *items;
	size_t count, cap;
};

/* Checks that path holds a picture the kiosk can show, decoding it whole
 * unless checks (may be NULL) remembers the same file (same path, inode,
 * size and modification time) from before.  Returns true and sets *width
 * and *height, or false with why filled in as for image_decode. */
bool image_check_file(struct image_checks *checks, const char *path,
		      unsigned *width, unsigned *height, char *why,
		      size_t why_size);

/* Frees what checks remembers; it is empty and reusable afterwards. */
void image_checks_clear(struct image_checks *checks);

#endif
