#include "qr.h"

#include "pngfile.h"
#include "xalloc.h"

#include <errno.h>
#include <limits.h>
#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

enum { QR_MAX_VERSION = 40 };

static int rows_for_version(int version)
{
	int size = 17 + 4 * version + 2 * QR_QUIET_ZONE;

	return (size + 1) / 2;
}

/* The highest version whose rows fit, or 0 when none does. */
static int max_version(int max_rows)
{
	int v = QR_MAX_VERSION;

	if (max_rows <= 0)
		return QR_MAX_VERSION;
	while (v > 0 && rows_for_version(v) > max_rows)
		v--;
	return v;
}

static QRcode *encode_at(const char *text, QRecLevel level, int version_cap)
{
	QRcode *q = QRcode_encodeString8bit(text, 0, level);

	if (q && q->version > version_cap) {
		QRcode_free(q);
		return NULL;
	}
	return q;
}

bool qr_encode(const char *text, int max_rows, struct qr_code *out)
{
	int cap = max_version(max_rows);
	QRcode *q;
	int w;

	*out = (struct qr_code){ 0 };
	if (!*text || !cap)
		return false;
	q = encode_at(text, QR_ECLEVEL_M, cap);
	if (!q)
		q = encode_at(text, QR_ECLEVEL_L, cap);
	if (!q)
		return false;
	w = q->width;
	out->size = w + 2 * QR_QUIET_ZONE;
	out->dark = xmalloc((size_t)out->size * (size_t)out->size);
	memset(out->dark, 0, (size_t)out->size * (size_t)out->size);
	for (int y = 0; y < w; y++)
		for (int x = 0; x < w; x++)
			out->dark[(size_t)(y + QR_QUIET_ZONE) * (size_t)out->size +
				  (size_t)(x + QR_QUIET_ZONE)] = q->data[y * w + x] & 1;
	QRcode_free(q);
	return true;
}

void qr_free(struct qr_code *c)
{
	free(c->dark);
	*c = (struct qr_code){ 0 };
}

int qr_rows(const struct qr_code *c)
{
	return (c->size + 1) / 2;
}

static bool dark_at(const struct qr_code *c, int y, int x)
{
	return y >= 0 && y < c->size && x >= 0 && x < c->size &&
	       c->dark[(size_t)y * (size_t)c->size + (size_t)x];
}

enum qr_cell qr_cell(const struct qr_code *c, int row, int col)
{
	bool upper = dark_at(c, 2 * row, col), lower = dark_at(c, 2 * row + 1, col);

	return upper ? (lower ? QR_CELL_FULL : QR_CELL_UPPER)
		     : (lower ? QR_CELL_LOWER : QR_CELL_LIGHT);
}

const char *qr_cell_text(enum qr_cell cell)
{
	static const char *const text[] = { " ", "\u2580", "\u2584", "\u2588" };

	return text[cell];
}

int qr_write_png(const struct qr_code *c, int scale, const char *path)
{
	int side;
	unsigned char *pixels;
	int err;

	if (scale < 1 || c->size > INT_MAX / 2 / scale)
		return EINVAL;
	side = c->size * scale;
	pixels = xmalloc((size_t)side * (size_t)side);
	for (int y = 0; y < side; y++)
		for (int x = 0; x < side; x++)
			pixels[(size_t)y * (size_t)side + (size_t)x] =
				dark_at(c, y / scale, x / scale) ? 0 : 255;
	err = pngfile_write_gray(path, pixels, side, side);
	free(pixels);
	return err;
}

size_t qr_longest_address(int max_rows)
{
	char text[3000];
	size_t lo = 0, hi = sizeof text - 1;
	struct qr_code c;

	/* Small letters and '/' need 8-bit mode: the least that fits. */
	while (lo < hi) {
		size_t mid = (lo + hi + 1) / 2;

		memset(text, 'a', mid);
		text[mid] = '\0';
		if (qr_encode(text, max_rows, &c)) {
			qr_free(&c);
			lo = mid;
		} else {
			hi = mid - 1;
		}
	}
	return lo;
}
