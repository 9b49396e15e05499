/* Pictures made ahead for what a patient may turn to next: on the menu,
 * the picture on the page a topic opens at, so opening it shows the
 * picture at once. */
#include "testutil.h"

#include "figdraw.h"
#include "nav.h"
#include "screen.h"
#include "view_figure.h"

/* Swaps topic t's first page with its first page that has a figure, so t
 * opens on a picture.  False when t has no figure. */
static bool open_on_a_picture(struct content_topic *t)
{
	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++) {
			struct content_page *page = &t->sections[s].pages[p];

			for (size_t b = 0; b < page->block_count; b++)
				if (page->blocks[b].kind == BLOCK_FIGURE) {
					struct content_page first = t->sections[0].pages[0];

					t->sections[0].pages[0] = *page;
					*page = first;
					return true;
				}
		}
	return false;
}

static void test_view_figure_makes_ahead_the_picture_a_topic_on_the_menu_opens_at(void **state)
{
	struct content_library *lib = test_load_bundled();
	struct figdraw figures = FIGDRAW_INIT;
	struct draw_context ctx = { .clinic_name = "Test Clinic", .utf8 = true,
				    .content_dir = "content", .figures = &figures };
	struct nav_config cfg = { .idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
				  .language = "en", .bullet = "*" };
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *screen;
	struct nav nav;
	(void)state;

	assert_non_null(lib);
	screen = newterm("xterm-256color", out, in);
	assert_non_null(screen);
	resizeterm(60, 200);
	start_color();
	use_default_colors();
	theme_init(&ctx.theme, THEME_STANDARD);
	figdraw_init(&figures, ctx.theme.colour);
	cfg.pictures = figdraw_can_draw(&figures);
	nav_init(&nav, &cfg, lib, LINES, COLS, 0);
	nav_key(&nav, KEYC_ENTER, 0);
	assert_int_equal(nav.screen, NAV_MENU);
	assert_true(open_on_a_picture((struct content_topic *)nav.menu[0]));
	screen_draw(&nav, &ctx);
	view_figure_ahead(&nav, &ctx);
	figahead_wait(figures.ahead);
	assert_true(figahead_made(figures.ahead) >= 1);
	/* The patient opens the topic: its first page shows the picture made
	 * while the menu was up, nothing is made on the spot. */
	nav_key(&nav, '1', 1);
	assert_int_equal(nav.screen, NAV_PAGE);
	assert_int_equal(nav.layout.figure_count, 1);
	screen_draw(&nav, &ctx);
	assert_int_equal(figures.cache.made, 1);
	assert_int_equal(figures.cache.taken, 1);
	nav_free(&nav);
	figdraw_free(&figures);
	endwin();
	delscreen(screen);
	fclose(out);
	fclose(in);
	content_library_free(lib);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_view_figure_makes_ahead_the_picture_a_topic_on_the_menu_opens_at),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
