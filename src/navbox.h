/* navbox: the help and glossary boxes, as the navigation core sees them.
 *
 * A box over the screen holding wrapped text that scrolls when it is
 * longer than the box: the help (what to touch first, then every key from
 * the key table), one glossary word's plain explanation, one treatment
 * choice, or one row read across the choices.  The text is
 * laid out here, at the box's width, so drawing and touches agree.  No
 * curses; the state lives in struct nav (navcore.h). */
#ifndef KIOSK_NAVBOX_H
#define KIOSK_NAVBOX_H

#include "navcore.h"

/* Where the box and its parts go on the screen. */
struct nav_box {
	int top, left, rows, cols;	/* the frame */
	int title_row;
	int text_top, text_left, text_rows, text_width;
	int more_row;			/* says there is more text below */
	int close_row;			/* the Close button */
};

/* Opens the help box. */
void navbox_open_help(struct nav *nav);

/* Opens the glossary box for term; does nothing when term is NULL. */
void navbox_open_term(struct nav *nav, const struct content_term *term);

/* Opens a box showing one treatment choice on its own (number is its
 * place in its block, from 1); does nothing when option is NULL.  The
 * option belongs to the current content: the box closes with new content. */
void navbox_open_option(struct nav *nav, const struct content_option *option,
			size_t number);

/* Opens a box reading one row (see layout_option_row) across the choices
 * of an options block; does nothing when block is NULL or not an options
 * block.  The block belongs to the current content: the box closes with
 * new content. */
void navbox_open_row(struct nav *nav, const struct content_block *block, size_t row);

/* Lays the open box out again for a new screen size. */
void navbox_relayout(struct nav *nav);

/* Closes the box and frees its text. */
void navbox_close(struct nav *nav);

/* Where the open box goes for the screen size: as tall as its text
 * needs, within the screen (leaving the title bar and step line in view
 * where there is room). */
struct nav_box navbox_geometry(const struct nav *nav);

/* Whether the box's text goes on below what it shows. */
bool navbox_more_below(const struct nav *nav);

/* Scrolls the open box so that its lines first to last are in view (from
 * first, when they do not all fit): reading aloud keeps the sentence
 * being read on screen. */
void navbox_show_lines(struct nav *nav, size_t first, size_t last);

/* A key's action on an open box: the scroll keys scroll its text while
 * there is more that way; every other key closes it. */
void navbox_action(struct nav *nav, enum nav_action action);

/* A touch while a box is open: on the "more" line it scrolls, anywhere
 * else it closes the box. */
void navbox_click(struct nav *nav, int row);

#endif
