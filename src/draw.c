#include "draw.h"

#include "markup.h"
#include "xalloc.h"


#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

enum pair {
	PAIR_BAR = 1, PAIR_TERM, PAIR_LINK, PAIR_GOOD, PAIR_DRAWBACK,
	PAIR_ROUTINE, PAIR_URGENT, PAIR_EMERGENCY, PAIR_BUTTON, PAIR_FOCUS,
	PAIR_BOX,
};

bool draw_init_colours(enum conf_theme theme)
{
	const char *no_colour = getenv("NO_COLOR");

	if (theme == THEME_MONO || (no_colour && *no_colour) || !has_colors() ||
	    start_color() == ERR)
		return false;
	use_default_colors();
	if (theme == THEME_HIGH_CONTRAST) {
		init_pair(PAIR_BAR, COLOR_BLACK, COLOR_WHITE);
		init_pair(PAIR_TERM, COLOR_YELLOW, COLOR_BLACK);
		init_pair(PAIR_LINK, COLOR_YELLOW, COLOR_BLACK);
		init_pair(PAIR_GOOD, COLOR_WHITE, COLOR_BLACK);
		init_pair(PAIR_DRAWBACK, COLOR_WHITE, COLOR_BLACK);
		init_pair(PAIR_ROUTINE, COLOR_BLACK, COLOR_WHITE);
		init_pair(PAIR_URGENT, COLOR_BLACK, COLOR_YELLOW);
		init_pair(PAIR_EMERGENCY, COLOR_WHITE, COLOR_RED);
		init_pair(PAIR_BUTTON, COLOR_BLACK, COLOR_WHITE);
		init_pair(PAIR_FOCUS, COLOR_BLACK, COLOR_YELLOW);
		init_pair(PAIR_BOX, COLOR_WHITE, COLOR_BLACK);
	} else {
		init_pair(PAIR_BAR, COLOR_WHITE, COLOR_BLUE);
		init_pair(PAIR_TERM, COLOR_BLUE, -1);
		init_pair(PAIR_LINK, COLOR_BLUE, -1);
		init_pair(PAIR_GOOD, COLOR_GREEN, -1);
		init_pair(PAIR_DRAWBACK, COLOR_RED, -1);
		init_pair(PAIR_ROUTINE, COLOR_BLACK, COLOR_CYAN);
		init_pair(PAIR_URGENT, COLOR_BLACK, COLOR_YELLOW);
		init_pair(PAIR_EMERGENCY, COLOR_WHITE, COLOR_RED);
		init_pair(PAIR_BUTTON, COLOR_WHITE, COLOR_BLUE);
		init_pair(PAIR_FOCUS, COLOR_BLACK, COLOR_YELLOW);
		init_pair(PAIR_BOX, COLOR_BLACK, COLOR_WHITE);
	}
	return true;
}

/* The columns drawn on each row, this frame and the last.  A new frame
 * clears only what the last one drew instead of the whole screen: curses
 * compares every cell a frame touches, so on a wide screen with a
 * 100-column text area this halves the work of each redraw. */
struct extent {
	int first, last;	/* first > last: nothing drawn */
};

static struct extent *drawn, *drawing;
static int extent_rows, extent_cols;

static void touch(int row, int col, int width)
{
	int last = col + width - 1;

	if (row < 0 || row >= extent_rows || width <= 0)
		return;
	if (col < drawing[row].first)
		drawing[row].first = col < 0 ? 0 : col;
	if (last > drawing[row].last)
		drawing[row].last = last >= extent_cols ? extent_cols - 1 : last;
}

/* Starts a frame: blanks what the last frame drew, or everything after a
 * resize. */
static void begin_frame(void)
{
	if (LINES != extent_rows || COLS != extent_cols || !drawn) {
		extent_rows = LINES;
		extent_cols = COLS;
		free(drawn);
		free(drawing);
		drawn = xcalloc((size_t)(LINES > 0 ? LINES : 1), sizeof *drawn);
		drawing = xcalloc((size_t)(LINES > 0 ? LINES : 1), sizeof *drawing);
		erase();
	} else {
		attrset(A_NORMAL);
		for (int r = 0; r < extent_rows; r++)
			if (drawn[r].first <= drawn[r].last)
				mvhline(r, drawn[r].first, ' ',
					drawn[r].last - drawn[r].first + 1);
	}
	for (int r = 0; r < extent_rows; r++)
		drawing[r] = (struct extent){ COLS, -1 };
}

static void end_frame(void)
{
	struct extent *t = drawn;
	drawn = drawing;
	drawing = t;
}

static attr_t with_colour(const struct draw_context *ctx, enum pair pair,
			  attr_t mono)
{
	/* Without colour the attribute alone must carry the meaning. */
	return ctx->colour ? COLOR_PAIR(pair) | (mono & (A_BOLD | A_UNDERLINE)) : mono;
}

static attr_t style_attr(const struct draw_context *ctx, enum layout_style s)
{
	bool hc = ctx->theme == THEME_HIGH_CONTRAST;

	switch (s) {
	case STYLE_HEADING: return A_BOLD;
	case STYLE_TERM: return with_colour(ctx, PAIR_TERM, A_UNDERLINE | (hc ? A_BOLD : 0));
	case STYLE_LINK: return with_colour(ctx, PAIR_LINK, A_BOLD | A_UNDERLINE);
	case STYLE_MARKER: return A_BOLD;
	case STYLE_OPTION: return A_BOLD | A_UNDERLINE;
	case STYLE_GOOD: return with_colour(ctx, PAIR_GOOD, A_BOLD);
	case STYLE_DRAWBACK: return with_colour(ctx, PAIR_DRAWBACK, A_BOLD);
	case STYLE_ROUTINE: return with_colour(ctx, PAIR_ROUTINE, A_BOLD);
	case STYLE_URGENT: return with_colour(ctx, PAIR_URGENT, A_REVERSE);
	case STYLE_EMERGENCY: return with_colour(ctx, PAIR_EMERGENCY, A_REVERSE | A_BOLD) | A_BOLD;
	default: return hc ? A_BOLD : A_NORMAL;
	}
}

/* Writes at most max_cols columns of UTF-8 text at (row, col), dropping
 * control characters and malformed bytes, and replacing what the terminal
 * cannot show.  Returns the columns used. */
static int put_text(int row, int col, const char *s, size_t len, int max_cols,
		    attr_t attr, const struct draw_context *ctx)
{
	wchar_t buf[256];
	size_t n = 0, i = 0;
	int used = 0;

	if (max_cols <= 0 || row < 0 || row >= LINES || col >= COLS)
		return 0;
	if (col + max_cols > COLS)
		max_cols = COLS - col;
	while (i < len && n + 2 < sizeof buf / sizeof buf[0]) {
		uint32_t cp;
		int w;

		i += layout_char(s + i, len - i, &cp, &w);
		if (w < 0)
			continue;
		if (!ctx->utf8 && cp > 0x7E) {
			cp = '?';
			w = 1;
		}
		if (w == 0 && n == 0)
			continue;	/* a combining mark needs a base */
		if (used + w > max_cols)
			break;
		buf[n++] = (wchar_t)cp;
		used += w;
	}
	buf[n] = L'\0';
	attrset(attr);
	mvaddnwstr(row, col, buf, (int)n);
	touch(row, col, used);
	attrset(A_NORMAL);
	return used;
}

static int put(int row, int col, const char *s, int max_cols, attr_t attr,
	       const struct draw_context *ctx)
{
	return put_text(row, col, s, strlen(s), max_cols, attr, ctx);
}

static void put_centred(int row, const char *s, attr_t attr,
			const struct draw_context *ctx)
{
	int cols = layout_columns(s, strlen(s));
	int col = cols < COLS ? (COLS - cols) / 2 : 0;
	put(row, col, s, COLS - col, attr, ctx);
}

static void fill_row(int row, attr_t attr)
{
	attrset(attr);
	mvhline(row, 0, ' ', COLS);
	touch(row, 0, COLS);
	attrset(A_NORMAL);
}

/* A title shown on one line: glossary marks taken out, as in text. */
static const char *plain_title(const char *title, char *buf, size_t size)
{
	if (!strstr(title, "[["))
		return title;
	markup_strip(title, buf, size);
	return buf;
}

static void title_bar(const char *left, const char *right,
		      const struct draw_context *ctx)
{
	attr_t bar = with_colour(ctx, PAIR_BAR, A_REVERSE) | A_BOLD;
	int right_cols = right ? layout_columns(right, strlen(right)) : 0;

	fill_row(0, bar);
	put(0, 1, left, COLS - 2 - (right_cols ? right_cols + 2 : 0), bar, ctx);
	if (right_cols && right_cols + 4 < COLS)
		put(0, COLS - 1 - right_cols, right, right_cols, bar, ctx);
}

static void buttons(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_button b[NAV_MAX_BUTTONS];
	size_t n = nav_buttons(nav, b);
	int items = (int)nav->layout.item_count;

	for (size_t i = 0; i < n; i++) {
		bool focused = nav->screen == NAV_PAGE && nav->focus == items + (int)i;
		attr_t attr = focused ? with_colour(ctx, PAIR_FOCUS, A_REVERSE | A_BOLD) | A_BOLD
				      : with_colour(ctx, PAIR_BUTTON, A_REVERSE) | A_BOLD;
		char label[64];

		snprintf(label, sizeof label, "[ %s ]", b[i].label);
		put(b[i].row, b[i].col, label, b[i].width, attr, ctx);
	}
}

/* The hint line; on a screen too narrow for it, the part that matters. */
static void hint(const struct nav *nav, const char *text,
		 const struct draw_context *ctx)
{
	if (layout_columns(text, strlen(text)) > COLS - 2)
		text = "Press ? for help.";
	put_centred(nav_geometry(nav).hint_row, text, A_NORMAL, ctx);
}

/* Draws lines of a layout from first_line, rows of them, at (top, left);
 * body is the attribute of plain text, focus the item shown selected. */
static void draw_layout(const struct layout *l, int top, int rows, int left,
			int first_line, int focus, attr_t body,
			const struct draw_context *ctx)
{
	for (int r = 0; r < rows; r++) {
		size_t line = (size_t)(first_line + r);
		const struct layout_line *ln;

		if (line >= l->line_count)
			break;
		ln = &l->lines[line];
		if (ln->fill != STYLE_BODY) {
			attrset(style_attr(ctx, ln->fill));
			mvhline(top + r, left, ' ', l->width);
			touch(top + r, left, l->width);
			attrset(A_NORMAL);
		}
		for (size_t i = 0; i < ln->span_count; i++) {
			const struct layout_span *s = &l->spans[ln->first_span + i];
			attr_t attr = s->style == STYLE_BODY ? body
							     : style_attr(ctx, s->style);

			if (ln->fill != STYLE_BODY && s->style != STYLE_TERM)
				attr = style_attr(ctx, ln->fill);
			if (s->item >= 0 && s->item == focus)
				attr = with_colour(ctx, PAIR_FOCUS, A_REVERSE) | A_BOLD;
			put_text(top + r, left + s->col, s->text, s->len, s->cols,
				 attr, ctx);
		}
	}
}

static void draw_welcome(const struct nav *nav, const struct draw_context *ctx)
{
	int mid = LINES / 2;

	(void)nav;
	title_bar(ctx->clinic_name, NULL, ctx);
	put_centred(mid - 3, ctx->clinic_name, A_BOLD, ctx);
	put_centred(mid - 1, "Information about your condition and treatment", A_NORMAL, ctx);
	put_centred(mid + 2, "Press any key or touch the screen to start",
		    with_colour(ctx, PAIR_BUTTON, A_REVERSE) | A_BOLD, ctx);
}

/* A topic's summary in the menu: two wrapped lines at most. */
static void draw_summary(int row, int left, int width, const char *summary,
			 const struct draw_context *ctx)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*" };

	/* Room for "..." at the end, so a cut summary looks cut. */
	layout_text(&l, summary, width - 4, &opt);
	draw_layout(&l, row, 2, left, 0, -1, A_NORMAL, ctx);
	if (l.line_count > 2) {
		const struct layout_line *second = &l.lines[1];
		const struct layout_span *last =
			&l.spans[second->first_span + second->span_count - 1];
		put(row + 1, left + last->col + last->cols, "...", 3, A_NORMAL, ctx);
	}
	layout_free(&l);
}

static void draw_menu(const struct nav *nav, const struct draw_context *ctx)
{
	struct nav_geometry g = nav_geometry(nav);
	int visible = nav_menu_visible(nav);

	title_bar(ctx->clinic_name, NULL, ctx);
	put(1, g.text_left, "Choose a topic", g.text_width, A_BOLD, ctx);
	put(2, g.text_left, "Press its number, or touch it.", g.text_width, A_NORMAL, ctx);
	if (nav->menu_count == 0) {
		put(g.body_top, g.text_left, "The information is being updated.",
		    g.text_width, A_BOLD, ctx);
		put(g.body_top + 1, g.text_left, "Please try again in a few "
		    "minutes, or ask at the desk.", g.text_width, A_NORMAL, ctx);
	}
	for (int i = 0; i < visible; i++) {
		size_t index = nav->menu_top + (size_t)i;
		const struct content_topic *t;
		int row = g.body_top + i * NAV_MENU_ITEM_ROWS;
		char number[16], title[256];
		attr_t attr;
		int used;

		if (index >= nav->menu_count)
			break;
		t = nav->menu[index];
		attr = index == nav->menu_selected
			? with_colour(ctx, PAIR_FOCUS, A_REVERSE) | A_BOLD : A_BOLD;
		if (index < 9)
			snprintf(number, sizeof number, " %zu. ", index + 1);
		else
			snprintf(number, sizeof number, "    ");
		attrset(attr);
		mvhline(row, g.text_left, ' ', g.text_width);
		touch(row, g.text_left, g.text_width);
		used = put(row, g.text_left, number, g.text_width, attr, ctx);
		put(row, g.text_left + used, plain_title(t->title, title, sizeof title),
		    g.text_width - used, attr, ctx);
		draw_summary(row + 1, g.text_left + used, g.text_width - used,
			     t->summary, ctx);
	}
	if (nav->menu_top + (size_t)visible < nav->menu_count)
		put_centred(g.indicator_row, "-- More topics below: press Down --", A_BOLD, ctx);
	buttons(nav, ctx);
	hint(nav, "Touch a topic or a button. Press ? for help.", ctx);
}

/* The page title on its row, laid out like text so glossary marks show
 * as marked words, not brackets. */
static void draw_page_title(const char *text, struct nav_geometry g,
			    const struct draw_context *ctx)
{
	const struct layout_options opt = { .bullet = "*" };
	struct layout l = { 0 };

	layout_text(&l, text, g.text_width, &opt);
	draw_layout(&l, 2, 1, g.text_left, 0, -1, A_BOLD | A_UNDERLINE, ctx);
	layout_free(&l);
}

static void draw_page(const struct nav *nav, const struct draw_context *ctx)
{
	const struct content_topic *t = nav->topic;
	const struct content_section *sec = &t->sections[nav->section];
	struct nav_geometry g = nav_geometry(nav);
	char progress[320], pages[64], title[256];
	int pages_cols = 0;

	title_bar(plain_title(t->title, title, sizeof title), ctx->clinic_name, ctx);
	snprintf(progress, sizeof progress, "Step %zu of %zu: %s", nav->section + 1,
		 t->section_count, plain_title(sec->title, title, sizeof title));
	if (sec->page_count > 1) {
		snprintf(pages, sizeof pages, "Page %zu of %zu", nav->page + 1,
			 sec->page_count);
		pages_cols = (int)strlen(pages);
		put(1, g.text_left + g.text_width - pages_cols, pages, pages_cols,
		    A_NORMAL, ctx);
	}
	put(1, g.text_left, progress, g.text_width - pages_cols - 2, A_BOLD, ctx);
	draw_page_title(nav_current_page(nav)->title, g, ctx);
	draw_layout(&nav->layout, g.body_top, g.body_rows, g.text_left,
		    nav->scroll, nav->focus, style_attr(ctx, STYLE_BODY), ctx);
	if (nav_more_below(nav))
		put_centred(g.indicator_row, "-- More below: press Down, or touch here --",
			    A_BOLD, ctx);
	else if (nav_on_last_page(nav))
		put_centred(g.indicator_row, "-- This is the last page --", A_NORMAL, ctx);
	else
		put_centred(g.indicator_row, "-- End of page: press Next --", A_NORMAL, ctx);
	buttons(nav, ctx);
	hint(nav, "Touch a button or an underlined word. Press ? for help.", ctx);
}

/* A bordered box in the middle of the screen; returns its inner area. */
static void box_frame(int rows, int cols, int *top, int *left,
		      const struct draw_context *ctx)
{
	attr_t attr = with_colour(ctx, PAIR_BOX, A_REVERSE);

	if (rows > LINES)
		rows = LINES;
	if (cols > COLS)
		cols = COLS;
	*top = (LINES - rows) / 2;
	*left = (COLS - cols) / 2;
	attrset(attr);
	for (int r = 0; r < rows; r++) {
		mvhline(*top + r, *left, ' ', cols);
		touch(*top + r, *left, cols);
	}
	mvaddch(*top, *left, ACS_ULCORNER);
	mvhline(*top, *left + 1, ACS_HLINE, cols - 2);
	mvaddch(*top, *left + cols - 1, ACS_URCORNER);
	mvvline(*top + 1, *left, ACS_VLINE, rows - 2);
	mvvline(*top + 1, *left + cols - 1, ACS_VLINE, rows - 2);
	mvaddch(*top + rows - 1, *left, ACS_LLCORNER);
	mvhline(*top + rows - 1, *left + 1, ACS_HLINE, cols - 2);
	mvaddch(*top + rows - 1, *left + cols - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
}

static int box_width(void)
{
	int w = COLS - 4;
	return w > 70 ? 70 : w;
}

/* A box holding a title and lines of wrapped text. */
static void text_box(const char *title, const char *const *texts, size_t count,
		     const char *footer, const struct draw_context *ctx)
{
	struct layout l[4] = { 0 };
	const struct layout_options opt = { .bullet = "*" };
	int width = box_width(), inner = width - 4, rows = 4, top, left, row;
	attr_t attr = with_colour(ctx, PAIR_BOX, A_REVERSE);

	for (size_t i = 0; i < count && i < 4; i++) {
		layout_text(&l[i], texts[i], inner, &opt);
		rows += (int)l[i].line_count + 1;
	}
	rows += footer ? 1 : 0;
	box_frame(rows, width, &top, &left, ctx);
	row = top + 1;
	put(row++, left + 2, title, inner, attr | A_BOLD, ctx);
	for (size_t i = 0; i < count && i < 4; i++) {
		int n = (int)l[i].line_count;

		row++;
		if (n > top + rows - 1 - row)
			n = top + rows - 1 - row;
		draw_layout(&l[i], row, n, left + 2, 0, -1, attr, ctx);
		row += n;
		layout_free(&l[i]);
	}
	if (footer && row + 1 < top + rows)
		put(row + 1, left + 2, footer, inner, attr | A_BOLD, ctx);
}

static void draw_glossary(const struct nav *nav, const struct draw_context *ctx)
{
	char say[160];
	const char *texts[2];
	size_t n = 0;

	if (nav->term->say) {
		snprintf(say, sizeof say, "Say it: %s", nav->term->say);
		texts[n++] = say;
	}
	texts[n++] = nav->term->plain;
	text_box(nav->term->term, texts, n, "[ Close ]  Touch or press any key", ctx);
}

static void draw_help(const struct draw_context *ctx)
{
	int width = box_width(), top, left, rows = 0;
	attr_t attr = with_colour(ctx, PAIR_BOX, A_REVERSE);

	for (size_t i = 0; i < key_binding_count; i++)
		rows += !key_bindings[i].staff_only;
	rows += 6;
	box_frame(rows, width, &top, &left, ctx);
	put(top + 1, left + 2, "Help: how to use this screen", width - 4, attr | A_BOLD, ctx);
	put(top + 2, left + 2, "Touch the buttons at the bottom, or use these keys:",
	    width - 4, attr, ctx);
	int row = top + 3;
	for (size_t i = 0; i < key_binding_count && row < top + rows - 2; i++) {
		const struct key_binding *b = &key_bindings[i];
		if (b->staff_only)
			continue;
		put(row, left + 2, b->key_names, 25, attr | A_BOLD, ctx);
		put(row, left + 28, b->help, width - 30, attr, ctx);
		row++;
	}
	put(top + rows - 2, left + 2, "[ Close ]  Touch or press any key", width - 4,
	    attr | A_BOLD, ctx);
}

static void draw_idle(const struct nav *nav, const struct draw_context *ctx)
{
	char countdown[96];
	const char *texts[2] = { "Touch the screen or press any key to carry on.", countdown };

	snprintf(countdown, sizeof countdown, "Starting again for the next person in "
		 "%ld second%s.", nav_idle_seconds_left(nav),
		 nav_idle_seconds_left(nav) == 1 ? "" : "s");
	text_box("Are you still there?", texts, 2, NULL, ctx);
}

static void draw_pin(const struct nav *nav, const struct draw_context *ctx)
{
	char stars[NAV_PIN_MAX + 8], wait[80];
	const char *texts[3];
	size_t n = 0;
	long lockout = nav_pin_lockout_seconds(nav);

	snprintf(stars, sizeof stars, "PIN: %.*s", (int)nav->pin_len, "************");
	texts[n++] = "Type the staff PIN and press Enter. Esc cancels.";
	texts[n++] = stars;
	if (lockout > 0) {
		snprintf(wait, sizeof wait, "Too many wrong PINs. Try again in %ld seconds.", lockout);
		texts[n++] = wait;
	} else if (nav->pin_message) {
		texts[n++] = nav->pin_message;
	}
	text_box("Staff only", texts, n, NULL, ctx);
}

/* The staff screen: the report, cut to the box's width (scroll with Up
 * and Down), and how to leave or stay. */
static void draw_staff(const struct nav *nav, const struct draw_context *ctx)
{
	const struct staff_report *r = ctx->staff;
	int width = COLS - 2, rows = LINES - 2, top, left, shown;
	attr_t attr = with_colour(ctx, PAIR_BOX, A_REVERSE);
	size_t first = (size_t)nav->staff_scroll;

	box_frame(rows, width, &top, &left, ctx);
	put(top + 1, left + 2, "Staff: the kiosk's content and settings", width - 4,
	    attr | A_BOLD, ctx);
	shown = rows - 5;
	if (r && first + (size_t)shown > r->count)
		first = r->count > (size_t)shown ? r->count - (size_t)shown : 0;
	for (int i = 0; r && i < shown && first + (size_t)i < r->count; i++)
		put(top + 3 + i, left + 2, r->lines[first + (size_t)i], width - 4,
		    attr, ctx);
	put(top + rows - 2, left + 2, "L: leave the kiosk   S or Esc: stay   "
	    "Up/Down: scroll", width - 4, attr | A_BOLD, ctx);
}

static void draw_too_small(const struct draw_context *ctx)
{
	struct layout l = { 0 };
	const struct layout_options opt = { .bullet = "*" };
	int width = COLS > 2 ? COLS - 2 : 1;

	layout_text(&l, "Please make the window larger", width, &opt);
	draw_layout(&l, (LINES - (int)l.line_count) / 2, LINES, 1, 0, -1, A_BOLD, ctx);
	layout_free(&l);
}

void draw_screen(const struct nav *nav, const struct draw_context *ctx)
{
	begin_frame();
	if (nav_too_small(nav)) {
		draw_too_small(ctx);
		end_frame();
		return;
	}
	switch (nav->screen) {
	case NAV_WELCOME:
		draw_welcome(nav, ctx);
		break;
	case NAV_MENU:
		draw_menu(nav, ctx);
		break;
	case NAV_PAGE:
		draw_page(nav, ctx);
		break;
	}
	switch (nav->overlay) {
	case OVERLAY_GLOSSARY:
		draw_glossary(nav, ctx);
		break;
	case OVERLAY_HELP:
		draw_help(ctx);
		break;
	case OVERLAY_IDLE:
		draw_idle(nav, ctx);
		break;
	case OVERLAY_PIN:
		draw_pin(nav, ctx);
		break;
	case OVERLAY_STAFF:
		draw_staff(nav, ctx);
		break;
	case OVERLAY_NONE:
		break;
	}
	end_frame();
}
