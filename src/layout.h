/* layout: a page of content wrapped into screen lines of a given width.
 *
 * Widths are display columns (wide characters take two, combining marks
 * none), measured with wcwidth, so the caller must have set a UTF-8 locale.
 * No curses here: the navigation core uses a layout to scroll and to find
 * what a click hit, and the curses layer draws it. */
#ifndef KIOSK_LAYOUT_H
#define KIOSK_LAYOUT_H

#include "arena.h"
#include "content.h"

#include <stdint.h>

enum layout_style {
	STYLE_BODY, STYLE_HEADING, STYLE_TERM, STYLE_LINK, STYLE_MARKER,
	STYLE_OPTION, STYLE_GOOD, STYLE_DRAWBACK,
	STYLE_ROUTINE, STYLE_URGENT, STYLE_EMERGENCY,
};

struct layout_span {
	const char *text;	/* points into content or the layout's arena */
	size_t len;
	/* The text it was made from, in reading order: text itself, but
	 * after layoutrtl_visual text is the drawn (reordered and shaped)
	 * form of one word, in the arena, and source that word in the
	 * content, for finding the sentence being read. */
	const char *source;
	size_t source_len;
	int col;		/* first column, from the left of the text area */
	int cols;
	enum layout_style style;
	int item;		/* index into items, or -1 */
};

struct layout_line {
	size_t first_span, span_count;
	enum layout_style fill;	/* a callout's background, or STYLE_BODY */
};

/* ITEM_OPTION: a treatment choice's column heading; its target is the
 * option's name and option its index in the block.  ITEM_ROW: a row's
 * heading ("Good points:") where the choices are shown one at a time;
 * option is the choice it is under and row the row (see
 * layout_option_row). */
enum layout_item_kind { ITEM_TERM, ITEM_LINK, ITEM_OPTION, ITEM_LABEL, ITEM_ROW };

/* Something a patient can select on the page: a glossary word, a link, a
 * treatment choice's heading or a figure's label (its marker and its
 * legend line). */
struct layout_item {
	enum layout_item_kind kind;
	const char *target;	/* the glossary term or the topic id; a
				 * label's term, NULL for a text-only one */
	size_t target_len;
	size_t line;		/* the line it starts on */
	size_t block, option;	/* ITEM_OPTION, ITEM_ROW: the options block
				 * and option */
	size_t row;		/* ITEM_ROW: the row */
	size_t figure, label;	/* ITEM_LABEL: indexes into figures and
				 * into that figure's labels */
};

/* A figure drawn as a picture: the rows reserved for it and its legend.
 * The lines carry no spans there; the curses layer draws the picture and
 * the legend (one label a line) into them. */
struct layout_figure {
	const struct content_figure *figure;
	size_t line;			/* the picture's first line */
	int cols, rows;			/* the picture, from the text's left */
	size_t legend_line;		/* the first label's line */
	int legend_col, legend_cols;	/* beside the picture or below it */
	size_t first_item;		/* its labels' items, in order */
};

struct layout {
	struct layout_line *lines;
	size_t line_count, line_cap;
	struct layout_span *spans;
	size_t span_count, span_cap;
	struct layout_item *items;
	size_t item_count, item_cap;
	struct layout_figure *figures;
	size_t figure_count, figure_cap;
	int width;
	struct arena text;	/* generated text such as "12." */
};

struct layout_options {
	const char *bullet;	/* "•" on a UTF-8 terminal, "*" elsewhere */
	/* Marked words whose term fails this test are shown unmarked. */
	bool (*term_exists)(const void *ctx, const char *term, size_t len);
	const void *ctx;
	/* Links to topics that are not there are left out. */
	bool (*topic_exists)(const void *ctx, const char *id);
	/* A printed handout: a link names the leaflet to ask for (titled by
	 * topic_title when given) instead of a button. */
	bool plain_links;
	const char *(*topic_title)(const void *ctx, const char *id);
	/* The clinic's phone number, added to the urgent and routine
	 * get-help boxes; NULL for none. */
	const char *clinic_phone;
	/* Rows a figure's picture may take; 0 when the terminal shows no
	 * pictures, so figures are laid out in words (alt text, caption and
	 * numbered legend). */
	int figure_rows;
};

/* The cells figure f's picture takes on a page laid out at width columns
 * with figure_rows rows for pictures (layout_options), and whether its
 * legend goes beside it.  Returns false (0 x 0) when it is laid out in
 * words instead: not usable, no rows for pictures, or too little room. */
bool layout_figure_size(const struct content_figure *f, int width,
			int figure_rows, int *cols, int *rows, bool *beside);

/* Lays out page at width columns (at least 10), followed by links to the
 * related topics when related is not NULL.  Replaces what l held.  The
 * layout points into page's strings: rebuild it when content changes. */
void layout_page(struct layout *l, const struct content_page *page,
		 const struct content_link *related, size_t related_count,
		 int width, const struct layout_options *opt);

/* Lays out one treatment choice of an options block on its own, with its
 * rows, headed "Choice number:", at width columns: what a touch on its
 * column heading shows.
 * Replaces what l held. */
void layout_option(struct layout *l, const struct content_option *o,
		   size_t number, int width, const struct layout_options *opt);

/* The rows of a treatment choice, as its heading: 0 "What it is", 1
 * "Good points", 2 "Drawbacks", then one a faq question. */
size_t layout_option_rows(const struct content_option *o);

/* The name of row `row` of option o (a static string or the content's
 * question), or NULL when there is no such row. */
const char *layout_option_row_name(const struct content_option *o, size_t row);

/* Lays out one row across every choice of an options block (count
 * choices): each choice's name, "Choice number:", then its answer for
 * that row; what a touch on a row heading shows on a narrow screen.
 * Replaces what l held. */
void layout_option_row(struct layout *l, const struct content_option *options,
		       size_t count, size_t row, int width,
		       const struct layout_options *opt);

/* Lays out one text (with glossary marks) as wrapped paragraphs; used for
 * popups and menus. */
void layout_text(struct layout *l, const char *text, int width,
		 const struct layout_options *opt);

/* Adds text (with glossary marks) after what l holds, a blank line
 * between, at l's width.  Its spans point into text, so a sentence of it
 * read aloud can be found in l (sentences.h). */
void layout_add_text(struct layout *l, const char *text,
		     const struct layout_options *opt);

void layout_free(struct layout *l);

/* Decodes one character of s[0..len) for display.  Returns the bytes it
 * takes (at least 1 when len > 0) and sets *cols to its width: 0 for a
 * combining mark, -1 for anything that must never be drawn (control
 * characters, malformed bytes). */
size_t layout_char(const char *s, size_t len, uint32_t *cp, int *cols);

/* Display columns of the UTF-8 text s[0..len); unprintable characters
 * count as zero. */
int layout_columns(const char *s, size_t len);

/* How much of the one-line text s[0..len) to show in max_cols columns.
 * Returns len when it all fits (and sets *cut false); otherwise sets *cut
 * and returns the bytes of the longest start that ends at a word and
 * leaves room for "..." after it (cut inside a word only when the first
 * word alone is too wide). */
size_t layout_fit(const char *s, size_t len, int max_cols, bool *cut);

/* The label item of the figure cell at (line, col): a marker on a
 * picture (placed as figure_place_markers places it) or a legend line.
 * Returns the item's index, or -1 when no label is there. */
int layout_label_at(const struct layout *l, size_t line, int col);

/* The span at a column of a line, or NULL. */
const struct layout_span *layout_span_at(const struct layout *l, size_t line,
					 int col);

#endif
