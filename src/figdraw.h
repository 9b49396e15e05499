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

enum {
	FIGDRAW_PAIR_SLOTS = 512,
	/* Decoded files kept for redrawing at a new size: four pictures of
	 * 600x600 pixels, the size of the bundled ones. */
	FIGDRAW_IMAGES_BYTES = 6 * 1024 * 1024,
};

/* Colour pairs already asked of curses, so alloc_pair is asked once per
 * colour pair rather than once per cell or per frame. */
struct figdraw_pairs {
	figure_color fg[FIGDRAW_PAIR_SLOTS], bg[FIGDRAW_PAIR_SLOTS];
	int pair[FIGDRAW_PAIR_SLOTS];
	bool used[FIGDRAW_PAIR_SLOTS];
	/* A slot is checked against curses once per drawing, not per cell. */
	unsigned long checked[FIGDRAW_PAIR_SLOTS];
	unsigned long drawing;
	unsigned long allocations;	/* alloc_pair calls so far */
};

/* The last picture drawn, as curses cells ready to copy: made again when
 * another picture is drawn or a pair is allocated (which may take one of
 * these cells' pairs). */
struct figdraw_cells {
	const struct figure_picture *picture;
	unsigned long pictures_made, allocations;
	cchar_t *cells;			/* owned; picture's rows x cols */
};

struct figdraw {
	enum figure_mode mode;
	bool bold_for_bright;	/* 8-colour terminal: colours 8-15 as bold */
	struct figcache cache;
	struct figahead *ahead;		/* owned; NULL: none */
	struct imgcache *images;	/* owned; NULL: none */
	struct figdraw_pairs pairs;
	struct figdraw_cells ready;
};

/* Where a figure may go on a window: its top left (y may lie above
 * first_row, when the page is scrolled) and the space it may fill.  Only
 * window rows first_row to last_row are written, so a scrolled page draws
 * straight onto the screen with no off-screen copy. */
struct figdraw_area {
	int y, x;
	int rows, cols;
	int first_row, last_row;
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
 * terminal changes.  d owns a cache of pictures, and when pictures can be
 * drawn a worker that makes them ahead (figahead) and a cache of decoded
 * files both share (imgcache, at most FIGDRAW_IMAGES_BYTES), until
 * figdraw_free. */
void figdraw_init(struct figdraw *d, bool colour);

void figdraw_free(struct figdraw *d);

/* Has the worker make ahead, in this order, the pictures of wants (their
 * mode is d's, their files as they are now) that the cache does not hold,
 * in place of what it was asked for before; the next figdraw_picture of
 * one of them takes it from the worker.  Cheap when nothing changed (a
 * stat a picture): call after every frame. */
void figdraw_ahead(struct figdraw *d, const struct figahead_want *wants,
		   size_t count);

/* True when figures are drawn as pictures on this terminal; when false the
 * screens show the alt text and the legend instead. */
bool figdraw_can_draw(const struct figdraw *d);

/* Draws f's picture with its markers into area of win, as large as fits
 * while keeping its shape.  The marker numbered
 * highlight (0: none) is drawn reversed, for the label a patient chose.
 * Returns false, with out->rows 0 and nothing drawn, when there is no
 * picture to draw (see figdraw_can_draw, a space under FIGURE_MIN_COLS x
 * FIGURE_MIN_ROWS, or a picture that cannot be read). */
bool figdraw_picture(struct figdraw *d, WINDOW *win,
		     const struct content_figure *f,
		     const struct figdraw_area *area, unsigned highlight,
		     struct figdraw_placed *out);

/* Draws f's legend into area of win, one label a line from its top: its
 * number in its marker's colours (from placed, or reversed when there is
 * no picture) then its words without glossary marks, cut to area->cols
 * columns.  Lays out at most area->rows lines and returns how many; lines
 * outside the area's rows are counted but not written. */
int figdraw_legend(struct figdraw *d, WINDOW *win,
		   const struct content_figure *f,
		   const struct figdraw_placed *placed,
		   const struct figdraw_area *area, unsigned highlight);

/* The index into f's labels of the marker at window cell (row, col), or -1
 * when no marker is there. */
int figdraw_marker_at(const struct figdraw_placed *placed, int row, int col);

#endif
