/* Unit tests for the theme: every role's attribute on the terminals a
 * clinic has (the Linux console, a vt100, xterm), for every theme and with
 * NO_COLOR.  Curses writes to /dev/null; only the chosen attributes and
 * colour pairs are looked at (tests/e2e/contrast.sh measures the contrast
 * on real screens). */
#include "testutil.h"

#include "theme.h"

#include <curses.h>

static const char *const terminals[] = { "linux", "vt100", "xterm-256color" };
static const enum conf_theme themes[] = { THEME_STANDARD, THEME_HIGH_CONTRAST, THEME_MONO };

struct screen_under_test {
	FILE *out, *in;
	SCREEN *screen;
	struct theme theme;
};

static void open_screen(struct screen_under_test *s, const char *term,
			enum conf_theme name, bool no_colour)
{
	if (no_colour)
		setenv("NO_COLOR", "1", 1);
	else
		unsetenv("NO_COLOR");
	s->out = fopen("/dev/null", "w");
	s->in = fopen("/dev/null", "r");
	assert_non_null(s->out);
	assert_non_null(s->in);
	s->screen = newterm(term, s->out, s->in);
	assert_non_null(s->screen);
	set_term(s->screen);
	theme_init(&s->theme, name);
}

static void close_screen(struct screen_under_test *s)
{
	endwin();
	delscreen(s->screen);
	fclose(s->out);
	fclose(s->in);
	unsetenv("NO_COLOR");
}

/* Calls check on every terminal, theme and NO_COLOR setting. */
static void for_every_setup(void (*check)(const struct screen_under_test *s,
					  const char *term))
{
	for (size_t t = 0; t < sizeof terminals / sizeof terminals[0]; t++)
		for (size_t n = 0; n < sizeof themes / sizeof themes[0]; n++)
			for (int no_colour = 0; no_colour < 2; no_colour++) {
				struct screen_under_test s;

				open_screen(&s, terminals[t], themes[n], no_colour);
				check(&s, terminals[t]);
				close_screen(&s);
			}
}

static void focus_stands_out(const struct screen_under_test *s, const char *term)
{
	attr_t focus = theme_attr(&s->theme, ROLE_FOCUS);

	(void)term;
	assert_int_not_equal(focus, theme_attr(&s->theme, ROLE_BUTTON));
	assert_int_not_equal(focus, theme_attr(&s->theme, ROLE_STRONG));
	assert_int_not_equal(focus, theme_attr(&s->theme, ROLE_TERM));
	assert_int_not_equal(focus, theme_attr(&s->theme, ROLE_BODY));
}

static void test_theme_focus_differs_from_buttons_words_and_menu_entries(void **state)
{
	(void)state;
	for_every_setup(focus_stands_out);
}

static void no_bold_reverse(const struct screen_under_test *s, const char *term)
{
	(void)term;
	for (int r = 0; r < ROLE_COUNT; r++) {
		attr_t a = theme_attr(&s->theme, (enum theme_role)r);

		assert_false((a & A_BOLD) && (a & A_REVERSE));
	}
}

/* The console brightens the foreground after reverse swaps the colours,
 * so bold reverse is grey on grey there (3.2:1). */
static void test_theme_never_joins_bold_to_reverse(void **state)
{
	(void)state;
	for_every_setup(no_bold_reverse);
}

static void term_look_matches(const struct screen_under_test *s, const char *term)
{
	const char *look = theme_term_look(&s->theme);

	if (strcmp(term, "linux") == 0) {
		assert_string_equal(look, "highlighted");
		assert_false(theme_attr(&s->theme, ROLE_TERM) & A_UNDERLINE);
	} else {
		assert_string_equal(look, "underlined");
	}
	assert_int_not_equal(theme_attr(&s->theme, ROLE_TERM),
			     theme_attr(&s->theme, ROLE_BODY));
}

static void test_theme_names_how_glossary_words_are_drawn(void **state)
{
	(void)state;
	for_every_setup(term_look_matches);
}

static short background_of(attr_t a)
{
	short fg, bg;

	assert_int_equal(pair_content((short)PAIR_NUMBER(a), &fg, &bg), OK);
	return bg;
}

static void words_keep_block_background(const struct screen_under_test *s,
					const char *term)
{
	(void)term;
	for (int fill = STYLE_ROUTINE; fill <= STYLE_EMERGENCY; fill++) {
		attr_t block = theme_style(&s->theme, (enum layout_style)fill);
		attr_t word = theme_span_on_fill(&s->theme, STYLE_TERM,
						 (enum layout_style)fill, false);

		if (s->theme.colour)
			assert_int_equal(background_of(word), background_of(block));
		else
			assert_int_equal(word & A_REVERSE, block & A_REVERSE);
		assert_int_not_equal(theme_span_on_fill(&s->theme, STYLE_TERM,
							(enum layout_style)fill, true),
				     block);
	}
}

static void test_theme_keeps_a_get_help_block_solid_under_glossary_words(void **state)
{
	(void)state;
	for_every_setup(words_keep_block_background);
}

static void test_theme_high_contrast_is_white_on_black(void **state)
{
	struct screen_under_test s;
	short fg, bg;

	(void)state;
	for (size_t t = 0; t < sizeof terminals / sizeof terminals[0]; t++) {
		open_screen(&s, terminals[t], THEME_HIGH_CONTRAST, false);
		if (s.theme.colour) {
			attr_t body = theme_attr(&s.theme, ROLE_BODY);

			assert_int_equal(pair_content((short)PAIR_NUMBER(body), &fg, &bg), OK);
			assert_int_equal(fg & 7, COLOR_WHITE);
			assert_int_equal(bg, COLOR_BLACK);
			assert_int_equal(PAIR_NUMBER(getbkgd(stdscr)), PAIR_NUMBER(body));
		}
		close_screen(&s);
	}
}

static void test_theme_uses_no_colour_in_mono_or_with_no_color(void **state)
{
	struct screen_under_test s;

	(void)state;
	for (int no_colour = 0; no_colour < 2; no_colour++) {
		open_screen(&s, "xterm-256color", no_colour ? THEME_STANDARD : THEME_MONO,
			    no_colour);
		assert_false(s.theme.colour);
		for (int r = 0; r < ROLE_COUNT; r++)
			assert_int_equal(PAIR_NUMBER(theme_attr(&s.theme, (enum theme_role)r)), 0);
		close_screen(&s);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_theme_focus_differs_from_buttons_words_and_menu_entries),
		cmocka_unit_test(test_theme_never_joins_bold_to_reverse),
		cmocka_unit_test(test_theme_names_how_glossary_words_are_drawn),
		cmocka_unit_test(test_theme_keeps_a_get_help_block_solid_under_glossary_words),
		cmocka_unit_test(test_theme_high_contrast_is_white_on_black),
		cmocka_unit_test(test_theme_uses_no_colour_in_mono_or_with_no_color),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
