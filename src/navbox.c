#include "navbox.h"

#include "bidi.h"
#include "i18n.h"
#include "lang.h"
#include "layoutrtl.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BOX_MAX_COLS = 70 };

struct nav_box navbox_geometry(const struct nav *nav)
{
	struct nav_box b;
	int lines = (int)nav->box.line_count;
	/* Where there is room, the title bar and the step line stay in view
	 * above the box, so the patient sees the page is still there. */
	int max_rows = nav->rows >= NAV_ROOMY_ROWS ? nav->rows - 4 : nav->rows;

	b.cols = nav->cols - 4 < BOX_MAX_COLS ? nav->cols - 4 : BOX_MAX_COLS;
	/* Border, title, the text, the "more" line, Close, border. */
	b.rows = lines + 5 < max_rows ? lines + 5 : max_rows;
	b.top = (nav->rows - b.rows) / 2;
	b.left = (nav->cols - b.cols) / 2;
	b.title_row = b.top + 1;
	b.text_top = b.top + 2;
	b.text_left = b.left + 2;
	b.text_width = b.cols - 4;
	b.text_rows = b.rows - 5;
	b.more_row = b.text_top + b.text_rows;
	b.close_row = b.more_row + 1;
	return b;
}

static int max_box_scroll(const struct nav *nav)
{
	int extra = (int)nav->box.line_count - navbox_geometry(nav).text_rows;
	return extra > 0 ? extra : 0;
}

bool navbox_more_below(const struct nav *nav)
{
	return nav->box_scroll < max_box_scroll(nav);
}

void navbox_relayout(struct nav *nav)
{
	const struct layout_options opt = { .bullet = nav->cfg.bullet };
	int width = nav->cols - 8 < BOX_MAX_COLS - 4 ? nav->cols - 8 : BOX_MAX_COLS - 4;
	const char *text = nav->box_text;

	if (nav->overlay == OVERLAY_GLOSSARY && nav->term && !text)
		text = nav->term->plain;
	/* "Say it: ..." and then the explanation itself, not a copy, so the
	 * sentence being read aloud is found in the box and highlighted. */
	if (nav->overlay == OVERLAY_GLOSSARY && nav->term && nav->box_text) {
		layout_text(&nav->box, nav->box_text, width, &opt);
		layout_add_text(&nav->box, nav->term->plain, &opt);
		if (bidi_starts_rtl(nav->term->plain, strlen(nav->term->plain)))
			layoutrtl_visual(&nav->box, NULL);
		text = NULL;
	}
	if (nav->overlay == OVERLAY_OPTION && nav->option) {
		layout_option(&nav->box, nav->option, nav->option_number, width, &opt);
		if (nav->topic && lang_is_rtl(nav->topic->language))
			layoutrtl_visual(&nav->box, NULL);
		text = NULL;
	}
	if (nav->overlay == OVERLAY_ROW && nav->row_block) {
		layout_option_row(&nav->box, nav->row_block->u.options.items,
				  nav->row_block->u.options.count, nav->row, width, &opt);
		if (nav->topic && lang_is_rtl(nav->topic->language))
			layoutrtl_visual(&nav->box, NULL);
		text = NULL;
	}
	/* A glossary word's explanation or the help: the text's own
	 * direction, as it may be in the patient's language or not yet. */
	if (text)
		layoutrtl_text(&nav->box, text, width, &opt);
	if (nav->box_scroll > max_box_scroll(nav))
		nav->box_scroll = max_box_scroll(nav);
}

static void open_box(struct nav *nav, enum nav_overlay overlay, char *text)
{
	free(nav->box_text);
	nav->box_text = text;
	nav->box_scroll = 0;
	nav->overlay = overlay;
	navbox_relayout(nav);
}

/* The help text: what to touch first, as the kiosk is a touchscreen, then
 * every key a patient may use, from the one key table. */
static char *help_text(const struct nav *nav)
{
	bool highlighted = nav->cfg.term_look &&
			   strcmp(nav->cfg.term_look, "highlighted") == 0;
	const char *touch =
		_("Touch a button at the bottom of the screen: Next to read on, "
		  "Back to go back, Home for the list of topics.\n"
		  "Touch the \"Step\" line at the top to see every step and go to one.\n");
	/* The console cannot underline: its marked words are highlighted. */
	const char *words = highlighted
		? _("Touch a word that is highlighted to see what it means.")
		: _("Touch a word that is underlined to see what it means.");
	const char *keys = _("Or use the keys:");
	/* On the search screen the letters type: say so before the keys. */
	const char *typing = nav->screen == NAV_SEARCH ?
		_("Here every letter you press is typed. Backspace deletes a letter. "
		  "Esc goes back.\n\n") : "";
	size_t size = strlen(typing) + strlen(touch) + strlen(words) + strlen(keys) + 8;
	size_t used;
	char *text;

	for (size_t i = 0; i < key_binding_count; i++)
		size += strlen(_(key_bindings[i].key_names)) +
			strlen(_(key_bindings[i].help)) + 4;
	text = xmalloc(size);
	used = (size_t)snprintf(text, size, "%s%s%s\n\n%s", typing, touch, words, keys);
	for (size_t i = 0; i < key_binding_count; i++) {
		const struct key_binding *b = &key_bindings[i];

		if (!b->staff_only && (!b->optional || navcore_available(nav, b->action)))
			used += (size_t)snprintf(text + used, size - used, "\n%s: %s",
						 _(b->key_names), _(b->help));
	}
	return text;
}

void navbox_open_help(struct nav *nav)
{
	open_box(nav, OVERLAY_HELP, help_text(nav));
}

/* The glossary box shows "Say it: ..." above the explanation when the
 * entry has one. */
void navbox_open_term(struct nav *nav, const struct content_term *term)
{
	char *text = NULL;

	if (!term)
		return;
	nav->term = term;
	if (term->say) {
		/* TRANSLATORS: above a word's explanation: how to say the word. */
		const char *format = _("Say it: %s");
		size_t size = strlen(format) + strlen(term->say) + 1;

		text = xmalloc(size);
		snprintf(text, size, format, term->say);
	}
	open_box(nav, OVERLAY_GLOSSARY, text);
}

void navbox_open_option(struct nav *nav, const struct content_option *option,
			size_t number)
{
	if (!option)
		return;
	nav->option = option;
	nav->option_number = number;
	open_box(nav, OVERLAY_OPTION, NULL);
}

void navbox_open_row(struct nav *nav, const struct content_block *block, size_t row)
{
	if (!block || block->kind != BLOCK_OPTIONS || block->u.options.count == 0 ||
	    !layout_option_row_name(&block->u.options.items[0], row))
		return;
	nav->row_block = block;
	nav->row = row;
	open_box(nav, OVERLAY_ROW, NULL);
}

void navbox_close(struct nav *nav)
{
	nav->overlay = OVERLAY_NONE;
	free(nav->box_text);
	nav->box_text = NULL;
	layout_free(&nav->box);
	nav->box_scroll = 0;
}

static bool scroll_box(struct nav *nav, int lines)
{
	int before = nav->box_scroll;

	nav->box_scroll += lines;
	if (nav->box_scroll > max_box_scroll(nav))
		nav->box_scroll = max_box_scroll(nav);
	if (nav->box_scroll < 0)
		nav->box_scroll = 0;
	return nav->box_scroll != before;
}

void navbox_show_lines(struct nav *nav, size_t first, size_t last)
{
	int rows = navbox_geometry(nav).text_rows;

	if ((int)first < nav->box_scroll || (int)last >= nav->box_scroll + rows)
		scroll_box(nav, (int)first - nav->box_scroll);
}

void navbox_action(struct nav *nav, enum nav_action action)
{
	int page = navbox_geometry(nav).text_rows - 1;
	bool moved;

	if (page < 1)
		page = 1;
	switch (action) {
	case ACT_SCROLL_DOWN: moved = scroll_box(nav, 1); break;
	case ACT_SCROLL_UP: moved = scroll_box(nav, -1); break;
	case ACT_PAGE_DOWN: moved = scroll_box(nav, page); break;
	case ACT_PAGE_UP: moved = scroll_box(nav, -page); break;
	default: moved = false; break;
	}
	if (!moved)
		navbox_close(nav);
}

void navbox_click(struct nav *nav, int row)
{
	struct nav_box b = navbox_geometry(nav);

	if (row == b.more_row && navbox_more_below(nav))
		scroll_box(nav, b.text_rows > 1 ? b.text_rows - 1 : 1);
	else
		navbox_close(nav);
}
