/* Pictures made ahead for what a patient may turn to next: on a list of
 * topics, the picture on the page each opens at, so opening one shows its
 * picture at once. */
#include "testutil.h"

#include "figdraw.h"
#include "nav.h"
#include "navatoz.h"
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

/* The kiosk on a 200x60 xterm showing the bundled content, on the menu,
 * its first topic changed to open on a picture. */
struct kiosk_under_test {
	struct content_library *lib;
	struct figdraw figures;
	struct draw_context ctx;
	FILE *out, *in;
	SCREEN *screen;
	struct nav nav;
};

static void start(struct kiosk_under_test *k)
{
	struct nav_config cfg = { .idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
				  .language = "en", .bullet = "*" };

	k->lib = test_load_bundled();
	assert_non_null(k->lib);
	k->figures = (struct figdraw)FIGDRAW_INIT;
	k->ctx = (struct draw_context){ .clinic_name = "Test Clinic", .utf8 = true,
					.content_dir = "content", .figures = &k->figures };
	k->out = fopen("/dev/null", "w");
	k->in = fopen("/dev/null", "r");
	k->screen = newterm("xterm-256color", k->out, k->in);
	assert_non_null(k->screen);
	resizeterm(60, 200);
	start_color();
	use_default_colors();
	theme_init(&k->ctx.theme, THEME_STANDARD);
	figdraw_init(&k->figures, k->ctx.theme.colour);
	cfg.pictures = figdraw_can_draw(&k->figures);
	nav_init(&k->nav, &cfg, k->lib, LINES, COLS, 0);
	nav_key(&k->nav, KEYC_ENTER, 0);
	assert_int_equal(k->nav.screen, NAV_MENU);
	assert_true(open_on_a_picture((struct content_topic *)k->nav.menu[0]));
}

static void stop(struct kiosk_under_test *k)
{
	nav_free(&k->nav);
	figdraw_free(&k->figures);
	endwin();
	delscreen(k->screen);
	fclose(k->out);
	fclose(k->in);
	content_library_free(k->lib);
}

/* Draws a frame and has what it plans made ahead; returns how many
 * pictures the worker made. */
static unsigned long frame(struct kiosk_under_test *k)
{
	screen_draw(&k->nav, &k->ctx);
	view_figure_ahead(&k->nav, &k->ctx);
	figahead_wait(k->figures.ahead);
	return figahead_made(k->figures.ahead);
}

static void test_view_figure_makes_ahead_the_picture_a_topic_on_the_menu_opens_at(void **state)
{
	struct kiosk_under_test k;
	(void)state;

	start(&k);
	assert_int_equal(frame(&k), 1);
	/* The patient opens the topic: its first page shows the picture made
	 * while the menu was up, nothing is made on the spot. */
	nav_key(&k.nav, '1', 1);
	assert_int_equal(k.nav.screen, NAV_PAGE);
	assert_int_equal(k.nav.layout.figure_count, 1);
	screen_draw(&k.nav, &k.ctx);
	assert_int_equal(k.figures.cache.made, 1);
	assert_int_equal(k.figures.cache.taken, 1);
	stop(&k);
}

static void test_view_figure_makes_ahead_the_pictures_of_topics_listed_a_to_z(void **state)
{
	struct kiosk_under_test k;
	(void)state;

	start(&k);
	navatoz_open(&k.nav);
	assert_int_equal(k.nav.screen, NAV_A_TO_Z);
	/* The topic is listed under its title and its other names: its
	 * picture is made once. */
	assert_int_equal(frame(&k), 1);
	assert_int_equal(frame(&k), 1);
	stop(&k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_view_figure_makes_ahead_the_picture_a_topic_on_the_menu_opens_at),
		cmocka_unit_test(test_view_figure_makes_ahead_the_pictures_of_topics_listed_a_to_z),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
