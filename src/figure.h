/* figure: a picture turned into a grid of character cells by libchafa, and
 * its numbered label markers placed on that grid.
 *
 * What a terminal can show decides the mode: 256 or direct colour with
 * Unicode block and sextant symbols on xterm-like terminals; 16 colours
 * (8 backgrounds) and only the block glyphs of the Linux console's font on
 * TERM=linux; no picture at all on vt100, mono terminals and with NO_COLOR
 * (the screens show the alt text and the legend instead).  The grid keeps
 * the picture's shape, counting a cell as twice as tall as it is wide.  No
 * curses here: the curses layer draws the cells (figdraw). */
#ifndef KIOSK_FIGURE_H
#define KIOSK_FIGURE_H

#include "content.h"
#include "image.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum figure_mode {
	FIGURE_NONE,		/* words only */
	FIGURE_CONSOLE,		/* 16 foregrounds, 8 backgrounds, console glyphs */
	FIGURE_256,		/* xterm's 256 colours, blocks and sextants */
	FIGURE_DIRECT,		/* 24-bit colour, blocks and sextants */
};

enum {
	FIGURE_MIN_COLS = 8,	/* a smaller picture shows nothing useful */
	FIGURE_MIN_ROWS = 4,
	FIGURE_MAX_COLS = 400,
	FIGURE_MAX_ROWS = 200,
};

/* A colour as the mode has it: 0xRRGGBB in FIGURE_DIRECT, a palette index
 * in the others. */
typedef int32_t figure_color;

struct figure_cell {
	uint32_t cp;		/* the character, a Unicode code point */
	figure_color fg, bg;
};

/* A picture as cells: rows * cols of them, row after row. */
struct figure_picture {
	enum figure_mode mode;
	int cols, rows;
	struct figure_cell *cells;	/* owned */
};

/* A label's marker on a grid: its number written from (row, col), in a
 * colour pair readable on the picture around it. */
struct figure_marker {
	unsigned number;
	size_t label;		/* index into the figure's labels */
	int row, col;
	int width;		/* columns: the digits of the number */
	figure_color fg, bg;
	double contrast;	/* of fg on bg, 1 to 21 */
};

/* The mode for a terminal: term is $TERM (may be NULL), colors what
 * terminfo says it has (curses' COLORS; 0 or less for none), utf8 whether
 * the locale is UTF-8, no_color whether NO_COLOR is set or the theme is
 * mono. */
enum figure_mode figure_mode_for(const char *term, int colors, bool utf8,
				 bool no_color);

/* The largest grid of at most max_cols x max_rows cells that shows a
 * width x height picture in its own shape.  Returns false (and 0 x 0) when
 * that is smaller than FIGURE_MIN_COLS x FIGURE_MIN_ROWS. */
bool figure_fit(unsigned width, unsigned height, int max_cols, int max_rows,
		int *cols, int *rows);

/* Turns img into cells for mode, fitted into max_cols x max_rows.  Returns
 * false (out zeroed) when mode is FIGURE_NONE or the space is too small.
 * The caller frees out with figure_picture_free. */
bool figure_picture_make(const struct image *img, enum figure_mode mode,
			 int max_cols, int max_rows, struct figure_picture *out);

/* Decodes the PNG at path (image_load) and makes its picture as
 * figure_picture_make does.  Returns false (out zeroed) when the file
 * cannot be read or decoded, or as figure_picture_make. */
bool figure_picture_load(const char *path, enum figure_mode mode,
			 int max_cols, int max_rows, struct figure_picture *out);

void figure_picture_free(struct figure_picture *pic);

/* Bytes pic holds, for memory figures. */
size_t figure_picture_bytes(const struct figure_picture *pic);

/* Places a marker for each of f's labels (at most CONTENT_FIGURE_MAX_LABELS)
 * on a cols x rows grid, into out, and returns how many.  A marker sits at
 * its label's fractions of the grid, moved the least needed to stay inside
 * the grid and off the markers before it.  Colours are left at 0. */
size_t figure_place_markers(const struct content_figure *f, int cols, int rows,
			    struct figure_marker *out);

/* Places the markers on pic (as figure_place_markers) and gives each the
 * colour pair, among a few with a contrast of 4.5:1 or more, that stands
 * out most from the cells around it. */
size_t figure_markers(const struct content_figure *f,
		      const struct figure_picture *pic, struct figure_marker *out);

/* The colour c of mode as 0xRRGGBB, as the terminal shows it. */
uint32_t figure_rgb(enum figure_mode mode, figure_color c);

/* The WCAG contrast ratio of two 0xRRGGBB colours, 1 to 21. */
double figure_contrast(uint32_t a, uint32_t b);

#endif
