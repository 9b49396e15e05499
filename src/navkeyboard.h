/* navkeyboard: the on-screen keyboard of the search screen and the letter
 * strip of the A to Z list: which keys there are and where they lie.
 *
 * Letters come in alphabetical order (as on ticket machines: patients who
 * never type find a letter faster that way), in rows of 9 or 13; the search
 * keyboard adds a row of Space, Delete and Clear.  Keys are as big as the
 * rows given allow: wide and tall on a big screen, one row tall at 40x12.
 * A touch in the gap between keys counts for the nearest key.  No curses:
 * the navigation core hit-tests with this and the drawing draws it. */
#ifndef KIOSK_NAVKEYBOARD_H
#define KIOSK_NAVKEYBOARD_H

#include <stdbool.h>
#include <stddef.h>

enum {
	NAVKEYBOARD_LETTERS = 26,
	NAVKEYBOARD_MAX_KEYS = NAVKEYBOARD_LETTERS + 3,
	/* What the editing keys do; a letter key's code is its lowercase
	 * letter and Space's is ' '. */
	NAVKEYBOARD_DELETE = -1,
	NAVKEYBOARD_CLEAR = -2,
};

struct navkeyboard_key {
	int code;
	const char *label;	/* static English text: pass it to _() */
	int row, col, width, rows;
};

struct navkeyboard {
	struct navkeyboard_key keys[NAVKEYBOARD_MAX_KEYS];
	size_t count;		/* 0: it does not fit */
	int top, left, width, rows;	/* the whole keyboard */
};

/* Lays the keys out in at most max_rows rows from top, width columns from
 * left: the letters, and with editing the row of Space, Delete and Clear.
 * Picks the biggest keys that fit; kb->count is 0 when none do. */
void navkeyboard_layout(struct navkeyboard *kb, int top, int left, int width,
			int max_rows, bool editing);

/* The key a touch at (row, col) is for: the one under it or, inside the
 * keyboard's rows and columns, the nearest.  NULL when it is outside. */
const struct navkeyboard_key *navkeyboard_key_at(const struct navkeyboard *kb,
						 int row, int col);

#endif
