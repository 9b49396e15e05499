/* draw: the curses layer's drawing primitives and frames.
 *
 * Each screen's view module (view_welcome, view_menu, view_page,
 * view_steps, view_box, view_prompt) draws with these, and screen puts a
 * whole frame together.  Drawing only reads the navigation state; it
 * never changes it.  Every string goes through one function that drops
 * control characters and cuts text to the columns it may use, so nothing
 * from a file can reach the terminal raw.  Rows and columns are 0-based
 * screen cells; text that would fall off the screen is not drawn. */
#ifndef KIOSK_DRAW_H
#define KIOSK_DRAW_H

#include "navcore.h"
#include "sentences.h"
#include "staff.h"
#include "theme.h"

#include <stdbool.h>

struct figdraw;

struct draw_context {
	const char *clinic_name;
	const char *clinic_phone;	/* NULL or "" for none */
	const char *content_dir;	/* where the body map picture is found */
	struct theme theme;	/* set up with theme_init */
	bool utf8;		/* the terminal takes UTF-8 */
	/* Reading aloud: the sentences read and the one being read, shown
	 * highlighted wherever a layout shows it (-1: none). */
	const struct sentences *reading;
	long reading_sentence;
	const char *notice;	/* the printer's news for the patient, or NULL */
	struct figdraw *figures;	/* draws pictures; NULL before curses */
	const struct staff_report *staff;	/* for the staff screen, or NULL */
};

/* A frame: begin blanks what the last frame drew (everything after a
 * resize); end remembers what this one drew.  Neither refreshes. */
void draw_begin_frame(void);
void draw_end_frame(void);

/* Notes rows x cols cells from (row, col) as drawn in this frame by other
 * means than these functions (a picture), so the next frame
 * blanks them. */
void draw_mark_drawn(int row, int col, int rows, int cols);

/* Writes at most max_cols columns of the UTF-8 string s at (row, col),
 * dropping control characters and malformed bytes and replacing what the
 * terminal cannot show.  Returns the columns used. */
int draw_str(int row, int col, const char *s, int max_cols, attr_t attr,
	     const struct draw_context *ctx);

/* Like draw_str, but a text too long for max_cols is cut at a word and
 * ends in "...".  A text whose first letter is read from the right
 * (Arabic, Hebrew) stands at the right end of its max_cols, its "..." on
 * the left.  Returns the columns used. */
int draw_cut(int row, int col, const char *s, int max_cols, attr_t attr,
	     const struct draw_context *ctx);

/* s centred on row; when it is wider than the screen, shorter (if not
 * NULL) instead, cut at a word if need be. */
void draw_centred(int row, const char *s, const char *shorter, attr_t attr,
		  const struct draw_context *ctx);

/* s wrapped at words to the screen's width, each line centred, from row
 * down, at most max_rows rows (the last ending in "..." when s does not
 * fit).  Returns the rows used. */
int draw_wrapped(int row, int max_rows, const char *s, attr_t attr,
		 const struct draw_context *ctx);

/* Fills width cells of row from col with spaces in attr. */
void draw_fill(int row, int col, int width, attr_t attr);

/* The bar on the top row: left text at the left (the topic, or the clinic
 * on screens without a topic), right text at the right.  The right text is
 * shortened, then left out, before the left is cut; texts are cut at a
 * word with "...", with a gap between them. */
void draw_title_bar(const char *left, const char *right,
		    const struct draw_context *ctx);

/* title with its glossary marks taken out (into buf when it has any), as
 * a one-line title shows it; returns title or buf. */
const char *draw_plain_title(const char *title, char *buf, size_t size);

/* The current screen's buttons (navcore_buttons), each a solid block of
 * its rows with the label on the middle one; the focused one stands out. */
void draw_buttons(const struct nav *nav, const struct draw_context *ctx);

/* A solid block of rows x width cells from (row, col) with label centred
 * on its middle row: a button, or a key of the on-screen keyboard. */
void draw_block(int row, int col, int rows, int width, const char *label,
		attr_t attr, const struct draw_context *ctx);

/* The hint on the bottom row, when the screen has room for one; a screen
 * too narrow for text gets "Press ? for help." instead. */
void draw_hint(const struct nav *nav, const char *text, const struct draw_context *ctx);

/* The printer's news (ctx->notice): on the hint row; without one, above
 * the buttons, over the last line of text too when it needs two rows, so
 * it is read whole. */
void draw_notice(const struct nav *nav, const char *notice, attr_t attr,
		 const struct draw_context *ctx);

/* A bordered box, filled, with its top-left corner at (top, left). */
void draw_box_frame(int top, int left, int rows, int cols,
		    const struct draw_context *ctx);

/* "Step 2 of 9: How the hip works" on the step row (with "Page 1 of 2" at
 * the right on a page of a step that has several). */
void draw_step_line(const struct nav *nav, const struct draw_context *ctx);

/* Draws lines of a layout from first_line, rows of them, at (top, left);
 * body is the attribute of plain text, focus the item shown selected, and
 * the part of ctx's sentence being read aloud stands out. */
void draw_layout(const struct layout *l, int top, int rows, int left,
		 int first_line, int focus, attr_t body,
		 const struct draw_context *ctx);

#endif
