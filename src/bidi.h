/* bidi: one line of text in the order a terminal must draw it, with GNU
 * FriBidi.
 *
 * Terminals draw characters left to right as they arrive and do not shape
 * Arabic, so a right-to-left line is handed to them already reordered
 * (Unicode bidirectional algorithm), with brackets mirrored and Arabic
 * letters replaced by their joined presentation forms (lam-alef as one
 * ligature).  Left-to-right runs inside right-to-left text (a drug name, a
 * number) keep their own order.
 *
 * The layout wraps a paragraph in logical order first, then calls
 * bidi_line_visual_in once per line with the paragraph's direction (from
 * lang_is_rtl of the text's language), right-aligns a right-to-left line by
 * its width, and draws text; logical[] takes each drawn character back to
 * its byte in the line, for glossary marks and touches.  Lines with no
 * right-to-left letters in a left-to-right paragraph can skip the call
 * (bidi_has_rtl).  No curses here; widths need an LC_CTYPE with UTF-8. */
#ifndef KIOSK_BIDI_H
#define KIOSK_BIDI_H

#include <stdbool.h>
#include <stddef.h>

struct bidi_line {
	char *text;		/* visual order, shaped, UTF-8, NUL-terminated */
	size_t bytes;		/* strlen(text) */
	size_t *logical;	/* per character of text: the byte offset in the
				 * input of the character it was made from */
	unsigned char *widths;	/* per character of text: its columns */
	size_t count;		/* characters in text (entries in logical
				 * and widths) */
	int width;		/* terminal columns text takes, after shaping */
};

/* Fills out with the visual form of the len bytes of UTF-8 at text (one
 * line: no line breaks), laid out in a paragraph that runs right to left
 * when rtl is true: the form fribidi_log2vis gives, its ligatures' fillers
 * dropped.  A right-to-left line holding neither digits nor left-to-right
 * letters nor explicit embeddings (every character at level 1) skips level
 * resolution and takes the reversal FriBidi would give; joining, shaping
 * and mirroring are always FriBidi's.  out owns its arrays: release them
 * with bidi_line_free.  Returns false, with out empty, when text is not
 * valid UTF-8 or FriBidi fails (out of memory). */
bool bidi_line_visual(const char *text, size_t len, bool rtl,
		      struct bidi_line *out);

void bidi_line_free(struct bidi_line *line);

/* Working memory reused from line to line by bidi_line_visual_in, so a
 * page of lines costs no allocation per line.  Zeroed, it is empty;
 * release it with bidi_work_free. */
struct bidi_work {
	char *block;
	size_t cap;
};

/* bidi_line_visual for many lines: the same visual form, but out's arrays
 * belong to work and last until its next use or bidi_work_free (never
 * bidi_line_free them). */
bool bidi_line_visual_in(struct bidi_work *work, const char *text, size_t len,
			 bool rtl, struct bidi_line *out);

void bidi_work_free(struct bidi_work *work);

/* True when the len bytes at text hold a right-to-left letter (Arabic,
 * Hebrew, ...): a left-to-right line without one needs no reordering. */
bool bidi_has_rtl(const char *text, size_t len);

/* True when the first letter of the len bytes at text (skipping digits,
 * spaces, punctuation and marks) is a right-to-left one: the paragraph's
 * direction by the bidirectional algorithm's own rule (P2), for text
 * whose language is not known, such as a box's or a title's. */
bool bidi_starts_rtl(const char *text, size_t len);

#endif
