/* Helpers shared by the navigation core's tests (test_nav.c,
 * test_navtouch.c): the bundled content loaded once, a kiosk started on it,
 * keys and page turns as a patient makes them. */
#ifndef KIOSK_NAVTEST_H
#define KIOSK_NAVTEST_H

#include "testutil.h"

#include "nav.h"
#include "navbox.h"
#include "navmenu.h"
#include "navpin.h"
#include "navquestions.h"
#include "navquiz.h"
#include "navsteps.h"
#include "figure.h"

#include <locale.h>
#include <unistd.h>

static struct content_library *lib;	/* the bundled content, per test program */

static inline int setup(void **state)
{
	(void)state;
	lib = test_load_bundled();
	return lib ? 0 : -1;
}

static inline int teardown(void **state)
{
	(void)state;
	content_library_free(lib);
	return 0;
}

static inline bool pin_is_2468(void *ctx, const char *pin)
{
	(void)ctx;
	return strcmp(pin, "2468") == 0;
}

static inline void start(struct nav *nav, bool lock)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = lock, .language = "en", .bullet = "*",
		.verify_pin = pin_is_2468,
	};
	nav_init(nav, &cfg, lib, 24, 80, 0);
}

/* A kiosk set up to read aloud and print, with a leaflet address (only
 * to print when print_only), on the welcome screen at rows x cols. */
static inline void start_with_extras(struct nav *nav, int rows, int cols,
				     bool print_only)
{
	struct nav_config cfg = {
		.idle_timeout_ms = 60000, .idle_countdown_ms = 10000,
		.lock = true, .language = "en", .bullet = "*",
		.can_listen = !print_only, .can_print = true,
		.handout_url = print_only ? NULL :
			"https://clinic.example.org/leaflets/{language}/{id}",
	};
	nav_init(nav, &cfg, lib, rows, cols, 0);
}

/* Every button inside the screen and apart from the next, at least two
 * rows tall, and every cell of it answers a touch for it. */
static inline void assert_buttons_apart_and_touchable(struct nav *nav)
{
	struct nav_button b[NAV_MAX_BUTTONS], hit[NAV_MAX_BUTTONS];
	size_t n = navcore_buttons(nav, b);

	assert_true(n >= 3);
	for (size_t i = 0; i < n; i++) {
		assert_true(b[i].col >= 0 && b[i].col + b[i].width <= nav->cols);
		assert_true(b[i].rows >= 2);
		assert_true(b[i].row + b[i].rows <= nav->rows);
		if (i > 0)
			assert_true(b[i - 1].col + b[i - 1].width < b[i].col);
		for (int r = 0; r < b[i].rows; r++)
			for (int c = b[i].col; c < b[i].col + b[i].width; c++)
				assert_int_equal(navcore_button_at(nav, b[i].row + r, c, hit)->action,
						 b[i].action);
	}
}

static inline void keys(struct nav *nav, const int *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		nav_key(nav, k[i], 0);
}

/* Opens the menu and the topic with that number. */
static inline void open_topic(struct nav *nav, int number)
{
	nav_key(nav, KEYC_ENTER, 0);
	assert_int_equal(nav->screen, NAV_MENU);
	nav_key(nav, '0' + number, 0);
	assert_int_equal(nav->screen, NAV_PAGE);
}

/* Presses Next until the page changes: first it shows the rest of a long
 * page. */
static inline void turn_page(struct nav *nav, long now_ms)
{
	size_t section = nav->section, page = nav->page;

	for (int i = 0; i < 50 && nav->screen == NAV_PAGE &&
	     nav->section == section && nav->page == page; i++)
		nav_key(nav, KEYC_RIGHT, now_ms);
	assert_true(nav->screen != NAV_PAGE || nav->section != section ||
		    nav->page != page);
}

static inline size_t total_pages(const struct content_topic *t)
{
	size_t n = 0;
	for (size_t s = 0; s < t->section_count; s++)
		n += t->sections[s].page_count;
	return n;
}

#endif
