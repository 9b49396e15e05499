/* figdraw: a figure drawn through ncurses: its picture's cells in extended
 * colour pairs, its numbered markers, and its legend.
 *
 * Part of the curses layer, ready for the page and body-map screens: they
 * give the space a figure may use and get back where its markers went, for
 * touches.  Nothing is written around curses: every cell goes through
 * setcchar and wadd_wch with a pair from alloc_pair. */
#ifndef KIOSK_FIGDRAW_H
#define KIOSK_FIGDRAW_H

#include "figcache.h"

#include <curses.h>
#include <stdbool.h>

enum { FIGDRAW_PAIR_SLOTS = 512 };

/* Colour pairs found during one drawing, so alloc_pair is asked once per
 * colour pair rather than once per cell. */
struct figdraw_pairs {
	figure_color fg[FIGDRAW_PAIR_SLOTS], bg[FIGDRAW_PAIR_SLOTS];
	int pair[FIGDRAW_PAIR_SLOTS];
	bool used[FIGDRAW_PAIR_SLOTS];
};

struct figdraw {
	enum figure_mode mode;
	bool bold_for_bright;	/* 8-colour terminal: colours 8-15 as bold */
	struct figcache cache;
	struct figdraw_pairs pairs;
};

/* Where a figure went on the screen, for finding what a touch hit. */
struct figdraw_placed {
	int y, x;			/* the picture's top left on the window */
	int rows, cols;			/* 0 x 0: no picture was drawn */
	size_t marker_count;
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
};

#define FIGDRAW_INIT { 0 }

/* Sets d (which starts as FIGDRAW_INIT) up for the terminal curses runs
 * on; colour is false when the theme draws without colour (mono,
 * NO_COLOR).  Call after start_color, and again after the theme or
 * terminal changes.  d owns a cache of pictures until figdraw_free. */
void figdraw_init(struct figdraw *d, bool colour);

void figdraw_free(struct figdraw *d);

/* True when figures are drawn as pictures on this terminal; when false the
 * screens show the alt text and the legend instead. */
bool figdraw_can_draw(const struct figdraw *d);

/* Draws f's picture with its markers into win, at (y, x), as large as fits
 * in max_rows x max_cols while keeping its shape.  The marker numbered
 * highlight (0: none) is drawn reversed, for the label a patient chose.
 * Returns false, with out->rows 0 and nothing drawn, when there is no
 * picture to draw (see figdraw_can_draw, a space under FIGURE_MIN_COLS x
 * FIGURE_MIN_ROWS, or a picture that cannot be read). */
bool figdraw_picture(struct figdraw *d, WINDOW *win,
		     const struct content_figure *f, int y, int x, int max_rows,
		     int max_cols, unsigned highlight, struct figdraw_placed *out);

/* Draws f's legend into win from (y, x), one label a line: its number in
 * its marker's colours (from placed, or reversed when there is no picture)
 * then its words without glossary marks, cut to cols columns.  Draws at
 * most rows lines and returns how many it drew. */
int figdraw_legend(struct figdraw *d, WINDOW *win,
		   const struct content_figure *f,
		   const struct figdraw_placed *placed, int y, int x, int rows,
		   int cols, unsigned highlight);

/* The index into f's labels of the marker at window cell (row, col), or -1
 * when no marker is there. */
int figdraw_marker_at(const struct figdraw_placed *placed, int row, int col);

#endif
