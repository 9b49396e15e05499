#include "view_search.h"

#include "i18n.h"
#include "navatoz.h"
#include "navsearch.h"

#include <stdio.h>
#include <string.h>

/* The keys, solid blocks like the buttons; letters the A to Z list has no
 * names under are plain text, not keys. */
static void draw_keys(const struct nav *nav, const struct navkeyboard *kb,
		      const struct draw_context *ctx)
{
	attr_t key = theme_attr(&ctx->theme, ROLE_BUTTON);

	for (size_t i = 0; i < kb->count; i++) {
		const struct navkeyboard_key *k = &kb->keys[i];
		bool unused = nav->screen == NAV_A_TO_Z && !navatoz_has_letter(nav, k->code);

		draw_block(k->row, k->col, k->rows, k->width, _(k->label),
			   unused ? A_NORMAL : key, ctx);
	}
}

/* A snippet, the words that matched ("[hip]") in bold, brackets left out. */
static void draw_snippet(int row, int left, int width, const char *snippet,
			 const struct draw_context *ctx)
{
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	char part[SEARCH_SNIPPET_MAX];
	bool marked = false;
	int col = left;

	while (*snippet && col < left + width) {
		size_t len = strcspn(snippet, marked ? "]" : "[");

		snprintf(part, sizeof part, "%.*s", (int)len, snippet);
		col += draw_str(row, col, part, left + width - col,
				marked ? strong : A_NORMAL, ctx);
		snippet += len;
		if (*snippet)
			snippet++;
		marked = !marked;
	}
}

static void draw_hits(const struct nav *nav, const struct navsearch_geometry *sg,
		      const struct draw_context *ctx)
{
	const struct nav_search *s = &nav->search;
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);

	for (int i = 0; i < sg->visible && s->top + (size_t)i < s->hit_count; i++) {
		size_t index = s->top + (size_t)i;
		const struct content_topic *t = navsearch_hit_topic(nav, index);
		int row = sg->results_top + i * sg->rows_per_hit, used;
		attr_t attr = index == s->selected ? theme_attr(&ctx->theme, ROLE_FOCUS) : strong;
		char number[16], title[256];

		if (!t)
			continue;
		snprintf(number, sizeof number, index < 9 ? " %zu. " : "    ", index + 1);
		draw_fill(row, g.text_left, g.text_width, attr);
		used = draw_str(row, g.text_left, number, g.text_width, attr, ctx);
		draw_cut(row, g.text_left + used, draw_plain_title(t->title, title, sizeof title),
			 g.text_width - used, attr, ctx);
		if (sg->rows_per_hit > 1)
			draw_snippet(row + 1, g.text_left + used, g.text_width - used,
				     s->hits[index].snippet, ctx);
	}
}

/* The line under what was typed: how it went, or "Did you mean". */
static void draw_status(const struct nav *nav, const struct navsearch_geometry *sg,
			const struct draw_context *ctx)
{
	const struct nav_search *s = &nav->search;
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	char line[256];

	if (!navcore_search_ready(nav)) {
		draw_cut(sg->status_row, g.text_left,
			 _("Search is getting ready. Please wait a moment."),
			 g.text_width, strong, ctx);
		return;
	}
	if (navsearch_offers_suggestion(nav)) {
		snprintf(line, sizeof line, _("Did you mean: %s? Touch here."), s->suggestion);
		if (layout_columns(line, strlen(line)) > g.text_width - 2)
			snprintf(line, sizeof line, _("Did you mean: %s?"), s->suggestion);
		draw_block(sg->status_row, g.text_left, 1, g.text_width, "",
			   theme_attr(&ctx->theme, ROLE_BUTTON), ctx);
		draw_cut(sg->status_row, g.text_left + 1, line, g.text_width - 2,
			 theme_attr(&ctx->theme, ROLE_BUTTON), ctx);
	} else if (s->len == 0) {
		draw_cut(sg->status_row, g.text_left,
			 _("Type a word: the name of your condition, or what hurts."),
			 g.text_width, A_NORMAL, ctx);
	} else if (s->hit_count) {
		snprintf(line, sizeof line, ngettext("%zu topic found. Touch it to read it.",
						     "%zu topics found. Touch one to read it.",
						     s->hit_count), s->hit_count);
		draw_cut(sg->status_row, g.text_left, line, g.text_width, A_NORMAL, ctx);
	}
	if (s->len && !s->hit_count) {
		draw_cut(sg->results_top, g.text_left, _("Sorry, no topic matches those words."),
			 g.text_width, strong, ctx);
		draw_cut(sg->results_top + 1, g.text_left, _("Please ask at reception."),
			 g.text_width, A_NORMAL, ctx);
	}
}

/* What was typed, in bold after the first used columns of the text, its
 * end shown when it is long, with "_" where the next letter goes.  No
 * fill: reverse video is kept for the highlighted hit. */
static void draw_query(const struct nav *nav, int row, int used,
		       const struct draw_context *ctx)
{
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	int left = g.text_left + used, width = g.text_width - used;
	const char *shown = nav->search.text;
	int cols = layout_columns(shown, strlen(shown));

	while (cols > width - 2 && *shown) {
		shown++;
		while ((*shown & 0xC0) == 0x80)
			shown++;
		cols = layout_columns(shown, strlen(shown));
	}
	cols = draw_str(row, left + 1, shown, width - 2, strong, ctx);
	draw_str(row, left + 1 + cols, "_", 1, strong, ctx);
}

void view_search_draw(const struct nav *nav, const struct draw_context *ctx)
{
	struct navsearch_geometry sg;
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	int used = 0;

	navsearch_geometry(nav, &sg);
	draw_title_bar(ctx->clinic_name, NULL, ctx);
	if (sg.query_row != NAV_STEP_ROW) {
		draw_cut(NAV_STEP_ROW, g.text_left,
			 _("Search: type a word, or touch the letters below"),
			 g.text_width, strong, ctx);
		used = draw_str(sg.query_row, g.text_left, _("You typed:"), g.text_width,
				A_NORMAL, ctx);
	} else {
		used = draw_str(NAV_STEP_ROW, g.text_left, _("Search:"), g.text_width,
				strong, ctx);
	}
	draw_query(nav, sg.query_row, used, ctx);
	draw_status(nav, &sg, ctx);
	draw_hits(nav, &sg, ctx);
	if (nav->search.top + (size_t)sg.visible < nav->search.hit_count)
		draw_str(sg.results_top + sg.results_rows - 1, g.text_left + g.text_width - 12,
			 _("More below"), 12, strong, ctx);
	draw_keys(nav, &sg.keyboard, ctx);
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch the letters, then a topic. Press ? for help."), ctx);
}

void view_search_a_to_z_draw(const struct nav *nav, const struct draw_context *ctx)
{
	const struct nav_search *s = &nav->search;
	struct navatoz_geometry ag;
	struct nav_geometry g = navcore_geometry(nav);
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);

	navatoz_geometry(nav, &ag);
	draw_title_bar(ctx->clinic_name, NULL, ctx);
	draw_cut(NAV_STEP_ROW, g.text_left,
		 _("A to Z: every topic by name. Touch a letter to jump to it."),
		 g.text_width, strong, ctx);
	draw_keys(nav, &ag.letters, ctx);
	for (int i = 0; i < ag.list_rows && s->a_to_z_top + (size_t)i < s->a_to_z_count; i++) {
		size_t index = s->a_to_z_top + (size_t)i;
		const struct nav_a_to_z_entry *e = &s->a_to_z[index];
		attr_t attr = index == s->a_to_z_selected ? theme_attr(&ctx->theme, ROLE_FOCUS)
			      : e->other_name ? A_NORMAL : strong;
		char line[512], title[256];

		if (e->other_name)
			snprintf(line, sizeof line, _("%s (see %s)"), e->name,
				 draw_plain_title(e->topic->title, title, sizeof title));
		else
			snprintf(line, sizeof line, "%s", e->name);
		draw_fill(ag.list_top + i, g.text_left, g.text_width, attr);
		draw_cut(ag.list_top + i, g.text_left + 1, line, g.text_width - 1, attr, ctx);
	}
	if (s->a_to_z_top + (size_t)ag.list_rows < s->a_to_z_count)
		draw_centred(g.indicator_row, _("-- More below: press Down --"), NULL, strong, ctx);
	draw_buttons(nav, ctx);
	draw_hint(nav, _("Touch a letter, then a name. Press ? for help."), ctx);
}
