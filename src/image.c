/* Decoding goes through libpng's simplified API: it reads the header first,
 * converts every PNG format to 8-bit RGBA and reports errors in a message
 * instead of jumping out of our code with longjmp. */
#include "image.h"

#include "diag.h"
#include "readfile.h"
#include "xalloc.h"

#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool refuse(char *why, size_t why_size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static bool refuse(char *why, size_t why_size, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, why_size, fmt, ap);
	va_end(ap);
	return false;
}

bool image_decode(const void *bytes, size_t len, struct image *out, char *why,
		  size_t why_size)
{
	png_image png;

	memset(out, 0, sizeof *out);
	if (len < 8 || png_sig_cmp(bytes, 0, 8) != 0)
		return refuse(why, why_size, "it is not a PNG picture; save or "
			      "export the picture as PNG");
	memset(&png, 0, sizeof png);
	png.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&png, bytes, len)) {
		refuse(why, why_size, "the PNG is damaged or of a kind that "
		       "cannot be read (%s); export it again as an ordinary "
		       "PNG", png.message);
		png_image_free(&png);
		return false;
	}
	if (png.width == 0 || png.height == 0 || png.width > IMAGE_MAX_SIDE ||
	    png.height > IMAGE_MAX_SIDE) {
		refuse(why, why_size, "the picture is %u x %u pixels; the limit "
		       "is %d x %d: make it smaller", png.width, png.height,
		       IMAGE_MAX_SIDE, IMAGE_MAX_SIDE);
		png_image_free(&png);
		return false;
	}
	png.format = PNG_FORMAT_RGBA;
	out->rgba = xmalloc(PNG_IMAGE_SIZE(png));
	if (!png_image_finish_read(&png, NULL, out->rgba, 0, NULL)) {
		refuse(why, why_size, "the PNG is damaged (%s); export it again "
		       "from the drawing program", png.message);
		png_image_free(&png);
		image_free(out);
		return false;
	}
	out->width = png.width;
	out->height = png.height;
	return true;
}

bool image_load(const char *path, struct image *out, char *why, size_t why_size)
{
	struct diag diag = DIAG_INIT;
	size_t len;
	char *bytes = readfile(path, IMAGE_MAX_FILE_BYTES, &len, &diag,
			       "make the picture smaller");
	bool ok;

	memset(out, 0, sizeof *out);
	if (!bytes) {
		ok = refuse(why, why_size, "%s", diag.entries[0].message);
		diag_clear(&diag);
		return ok;
	}
	ok = image_decode(bytes, len, out, why, why_size);
	free(bytes);
	return ok;
}

void image_free(struct image *img)
{
	free(img->rgba);
	memset(img, 0, sizeof *img);
}

static long long mtime_ns(const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

static bool same_file(const struct image_check *c, const char *path,
		      const struct stat *st)
{
	return strcmp(c->path, path) == 0 && c->dev == st->st_dev &&
	       c->ino == st->st_ino && c->size == st->st_size &&
	       c->mtime_ns == mtime_ns(st);
}

/* The remembered check for path, made anew when the file changed. */
static struct image_check *remembered(struct image_checks *checks,
				      const char *path, const struct stat *st)
{
	struct image_check *c = NULL;

	for (size_t i = 0; i < checks->count; i++)
		if (strcmp(checks->items[i].path, path) == 0)
			c = &checks->items[i];
	if (c && same_file(c, path, st))
		return c;
	if (!c) {
		xgrow((void **)&checks->items, &checks->cap, checks->count + 1,
		      sizeof *checks->items);
		c = &checks->items[checks->count++];
		c->path = xstrdup(path);
	}
	c->dev = st->st_dev;
	c->ino = st->st_ino;
	c->size = st->st_size;
	c->mtime_ns = mtime_ns(st);
	c->ok = false;
	c->why[0] = '\0';
	return c;
}

static bool check_now(const char *path, unsigned *width, unsigned *height,
		      char *why, size_t why_size)
{
	struct image img;

	if (!image_load(path, &img, why, why_size))
		return false;
	*width = img.width;
	*height = img.height;
	image_free(&img);
	return true;
}

bool image_check_file(struct image_checks *checks, const char *path,
		      unsigned *width, unsigned *height, char *why,
		      size_t why_size)
{
	struct image_check *c;
	struct stat st;

	*width = *height = 0;
	if (!checks || stat(path, &st) != 0)
		return check_now(path, width, height, why, why_size);
	c = remembered(checks, path, &st);
	if (!c->ok && !c->why[0])
		c->ok = check_now(path, &c->width, &c->height, c->why,
				  sizeof c->why);
	if (!c->ok)
		return refuse(why, why_size, "%s", c->why);
	*width = c->width;
	*height = c->height;
	return true;
}

void image_checks_clear(struct image_checks *checks)
{
	for (size_t i = 0; i < checks->count; i++)
		free(checks->items[i].path);
	free(checks->items);
	memset(checks, 0, sizeof *checks);
}
