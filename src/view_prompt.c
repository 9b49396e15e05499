#include "view_prompt.h"

#include "i18n.h"
#include "layoutrtl.h"
#include "navpin.h"

#include <stdio.h>

enum { PROMPT_MAX_COLS = 70, PROMPT_TEXTS = 3 };

/* A box holding a title and paragraphs of wrapped text, as many lines as
 * fit on the screen. */
static void text_box(const struct nav *nav, const char *title,
		     const char *const *texts, size_t count,
		     const struct draw_context *ctx)
{
	struct layout l[PROMPT_TEXTS] = { 0 };
	const struct layout_options opt = { .bullet = "*" };
	int width = nav->cols - 4 < PROMPT_MAX_COLS ? nav->cols - 4 : PROMPT_MAX_COLS;
	int inner = width - 4, rows = 3, top, left, row;
	attr_t attr = theme_attr(&ctx->theme, ROLE_BOX);

	for (size_t i = 0; i < count && i < PROMPT_TEXTS; i++) {
		layoutrtl_text(&l[i], texts[i], inner, &opt);
		rows += (int)l[i].line_count + 1;
	}
	if (rows > nav->rows)
		rows = nav->rows;
	top = (nav->rows - rows) / 2;
	left = (nav->cols - width) / 2;
	draw_box_frame(top, left, rows, width, ctx);
	row = top + 1;
	draw_cut(row++, left + 2, title, inner, theme_attr(&ctx->theme, ROLE_BOX_TITLE), ctx);
	for (size_t i = 0; i < count && i < PROMPT_TEXTS; i++) {
		int n = (int)l[i].line_count;

		row++;
		if (n > top + rows - 1 - row)
			n = top + rows - 1 - row;
		if (n > 0)
			draw_layout(&l[i], row, n, left + 2, 0, -1, attr, ctx);
		row += n > 0 ? n : 0;
		layout_free(&l[i]);
	}
}

void view_prompt_idle(const struct nav *nav, const struct draw_context *ctx)
{
	char countdown[256];
	const char *texts[2] = { _("Touch the screen or press any key to carry on."),
				 countdown };
	long left = navcore_idle_seconds_left(nav);

	snprintf(countdown, sizeof countdown,
		 ngettext("Starting again for the next person in %ld second.",
			  "Starting again for the next person in %ld seconds.",
			  (unsigned long)left), left);
	text_box(nav, _("Are you still there?"), texts, 2, ctx);
}

void view_prompt_pin(const struct nav *nav, const struct draw_context *ctx)
{
	char stars[NAV_PIN_MAX + 64], wait[256];
	const char *texts[PROMPT_TEXTS];
	size_t n = 0;
	long lockout = navpin_lockout_seconds(nav);

	/* TRANSLATORS: the staff PIN as typed, shown as stars. */
	snprintf(stars, sizeof stars, _("PIN: %.*s"), (int)nav->pin_len, "************");
	texts[n++] = _("Type the staff PIN and press Enter. Esc cancels.");
	texts[n++] = stars;
	if (lockout > 0) {
		snprintf(wait, sizeof wait,
			 ngettext("Too many wrong PINs. Try again in %ld second.",
				  "Too many wrong PINs. Try again in %ld seconds.",
				  (unsigned long)lockout), lockout);
		texts[n++] = wait;
	} else if (nav->pin_message) {
		texts[n++] = _(nav->pin_message);
	}
	text_box(nav, _("Staff only"), texts, n, ctx);
}
