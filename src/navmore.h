/* navmore: the More box, as the navigation core sees it.
 *
 * Where Listen, Take home and Print do not fit beside the buttons that
 * move about (a 40-column screen), one More button opens this box: those
 * the clinic set up, then the steps, one big row each.  A row works by
 * touch, by its number key, or highlighted (arrows, Tab) and Enter; Esc,
 * Back and any other key close the box.  Choosing a row closes the box and
 * hands its action back, for nav to do on the screen under it.  No curses;
 * the state lives in struct nav (navcore.h). */
#ifndef KIOSK_NAVMORE_H
#define KIOSK_NAVMORE_H

#include "navcore.h"

enum {
	NAVMORE_MAX_ROWS = 4,
	NAVMORE_MAX_ROW_HEIGHT = 3,
	NAVMORE_MAX_COLS = 50,
};

/* Where the box and its rows go on the screen. */
struct navmore_box {
	int top, left, rows, cols;	/* the frame */
	int title_row;
	int first_row, row_height;	/* row i takes row_height screen rows
					 * from first_row + i * row_height */
	int close_row;			/* "Close" */
	size_t count;
	enum nav_action actions[NAVMORE_MAX_ROWS];	/* what each row does */
};

/* Opens the box on a screen with something to list in it (see
 * navcore_available(ACT_MORE)); does nothing otherwise. */
void navmore_open(struct nav *nav);

/* The box's rows and where they go for the screen size. */
struct navmore_box navmore_geometry(const struct nav *nav);

/* A key's action on the open box.  Returns the action of the row chosen
 * (the box is then closed), or ACT_NONE when the key moved the highlight
 * or closed the box. */
enum nav_action navmore_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at (row, col) while the box is open: on a row it chooses that
 * row (returned, as navmore_action does); anywhere else it closes the box
 * and returns ACT_NONE. */
enum nav_action navmore_click(struct nav *nav, int row, int col);

#endif
