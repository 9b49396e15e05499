/* qr: a QR code (libqrencode) with its quiet zone, as a module matrix, as
 * half-block character cells for a terminal and as a PNG file.
 *
 * On a terminal each character cell shows two modules, one above the
 * other, so the code looks square.  It must be drawn black on white
 * whatever the theme: a cell's "ink" (the upper half, the lower half, both
 * or neither) is the dark modules. */
#ifndef KIOSK_QR_H
#define KIOSK_QR_H

#include <stdbool.h>
#include <stddef.h>

enum {
	QR_QUIET_ZONE = 4,		/* light modules on every side */
	/* Half-block rows a code may use: the screen's height less a title
	 * line, the address under the code and the buttons. */
	QR_ROWS_80X24 = 21,
	QR_ROWS_100X30 = 27,
	QR_PNG_SCALE = 8,		/* pixels a module in `kiosk --qr` */
};

struct qr_code {
	int size;			/* modules a side, quiet zone included */
	unsigned char *dark;		/* size * size, row by row: 1 = dark */
};

enum qr_cell { QR_CELL_LIGHT, QR_CELL_UPPER, QR_CELL_LOWER, QR_CELL_FULL };

/* Encodes text (8-bit bytes, as given) as the smallest QR code whose
 * half-block rows fit in max_rows (0: any size), with error correction M
 * where that fits, else L.  Returns false, with nothing to free, when the
 * text is empty or does not fit.  Free the code with qr_free. */
bool qr_encode(const char *text, int max_rows, struct qr_code *out);

void qr_free(struct qr_code *c);

/* Rows of half-block cells the code takes: each holds two module rows. */
int qr_rows(const struct qr_code *c);

/* The cell at row (0 to qr_rows - 1) and col (0 to size - 1); below the
 * last module row counts as light. */
enum qr_cell qr_cell(const struct qr_code *c, int row, int col);

/* The UTF-8 character that draws a cell's ink: " ", "▀", "▄" or "█". */
const char *qr_cell_text(enum qr_cell cell);

/* Writes the code to path as a PNG, scale pixels a module.  Returns 0 or
 * an errno value. */
int qr_write_png(const struct qr_code *c, int scale, const char *path);

/* The length of the longest web address that always fits in max_rows
 * (whatever its letters), for messages. */
size_t qr_longest_address(int max_rows);

#endif
