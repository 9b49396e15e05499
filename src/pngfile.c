#include "pngfile.h"

#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <string.h>

int pngfile_write_gray(const char *path, const unsigned char *pixels, int width,
		   int height)
{
	png_image image;
	FILE *f = fopen(path, "wb");
	int ok, err;

	if (!f)
		return errno;
	memset(&image, 0, sizeof image);
	image.version = PNG_IMAGE_VERSION;
	image.width = (png_uint_32)width;
	image.height = (png_uint_32)height;
	image.format = PNG_FORMAT_GRAY;
	ok = png_image_write_to_stdio(&image, f, 0, pixels, width, NULL);
	png_image_free(&image);
	err = fclose(f) ? errno : 0;
	if (!ok || err) {
		remove(path);
		return err ? err : EIO;
	}
	return 0;
}
