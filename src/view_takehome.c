#include "view_takehome.h"

#include "i18n.h"
#include "navquestions.h"
#include "qr.h"

#include <stdlib.h>

enum {
	/* The title bar above the code; the address and the way back below. */
	TAKEHOME_ROWS_AROUND = 3,
};

/* The code's cells, centred under the title bar.  On a terminal without
 * colour the text is light on dark, so light and dark are swapped for the
 * code to come out dark on light. */
static void draw_code(const struct qr_code *code, const struct draw_context *ctx)
{
	attr_t attr = theme_attr(&ctx->theme, ROLE_QR);
	int left = (COLS - code->size) / 2;

	for (int r = 0; r < qr_rows(code); r++)
		for (int c = 0; c < code->size; c++) {
			enum qr_cell cell = qr_cell(code, r, c);

			if (!ctx->theme.colour)
				cell = (enum qr_cell)(QR_CELL_FULL - cell);
			draw_str(1 + r, left + c, qr_cell_text(cell), 1, attr, ctx);
		}
}

void view_takehome_draw(const struct nav *nav, const struct draw_context *ctx)
{
	attr_t strong = theme_attr(&ctx->theme, ROLE_STRONG);
	bool questions = nav->screen == NAV_QUESTIONS;
	/* My questions: the ticked ones as plain text; else the leaflet. */
	char *text = questions ? navquestions_text(nav) : NULL;
	const char *shown = questions ? text : nav->handout;
	struct qr_code code;
	/* Half blocks need UTF-8; without them the address is all there is.
	 * Questions may be too long for a code on a small screen: then a
	 * photo of the screen takes them home. */
	bool coded = ctx->utf8 && qr_encode(shown, LINES - TAKEHOME_ROWS_AROUND, &code);
	int below;

	draw_title_bar(coded || !questions ?
		       _("Take home: point your phone's camera at the code") :
		       _("Take home: your questions"), ctx->clinic_name, ctx);
	if (coded) {
		draw_code(&code, ctx);
		below = 1 + qr_rows(&code);
		qr_free(&code);
	} else {
		draw_wrapped(2, 2, questions ? _("Too long for a code here. Take a photo of "
						 "this screen with your phone:")
				   : _("Type this address into your phone's web browser:"),
			     strong, ctx);
		below = 4;
	}
	below += draw_wrapped(below, LINES - below - 1, shown, strong, ctx);
	draw_centred(LINES - 1, _("Touch or press any key to go back"), _("Touch to go back"),
		     A_NORMAL, ctx);
	free(text);
}
