#include "theme.h"

#include <stdlib.h>

enum pair {
	PAIR_BAR = 1, PAIR_TERM, PAIR_LINK, PAIR_GOOD, PAIR_DRAWBACK,
	PAIR_ROUTINE, PAIR_URGENT, PAIR_EMERGENCY, PAIR_BUTTON, PAIR_FOCUS,
	PAIR_BOX,
	PAIR_QR,
};

static bool start_colours(enum conf_theme name)
{
	const char *no_colour = getenv("NO_COLOR");

	if (name == THEME_MONO || (no_colour && *no_colour) || !has_colors() ||
	    start_color() == ERR)
		return false;
	use_default_colors();
	if (name == THEME_HIGH_CONTRAST) {
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
	/* A phone reads a QR code black on white whatever the theme. */
	init_pair(PAIR_QR, COLOR_BLACK, COLOR_WHITE);
	return true;
}

/* A colour pair with the bold and underline of mono; without colour the
 * attribute alone must carry the meaning. */
static attr_t with_colour(const struct theme *t, enum pair pair, attr_t mono)
{
	return t->colour ? COLOR_PAIR(pair) | (mono & (A_BOLD | A_UNDERLINE)) : mono;
}

void theme_init(struct theme *t, enum conf_theme name)
{
	bool hc = name == THEME_HIGH_CONTRAST;
	attr_t *a = t->attr;

	t->name = name;
	t->colour = start_colours(name);
	t->can_underline = tigetstr("smul") != NULL && tigetstr("smul") != (char *)-1;
	a[ROLE_BODY] = hc ? A_BOLD : A_NORMAL;
	a[ROLE_HEADING] = A_BOLD;
	a[ROLE_TERM] = with_colour(t, PAIR_TERM, A_UNDERLINE | (hc ? A_BOLD : 0));
	a[ROLE_LINK] = with_colour(t, PAIR_LINK, A_BOLD | A_UNDERLINE);
	a[ROLE_MARKER] = A_BOLD;
	a[ROLE_OPTION] = A_BOLD | A_UNDERLINE;
	a[ROLE_GOOD] = with_colour(t, PAIR_GOOD, A_BOLD);
	a[ROLE_DRAWBACK] = with_colour(t, PAIR_DRAWBACK, A_BOLD);
	a[ROLE_ROUTINE] = with_colour(t, PAIR_ROUTINE, A_BOLD);
	a[ROLE_URGENT] = with_colour(t, PAIR_URGENT, A_REVERSE);
	a[ROLE_EMERGENCY] = with_colour(t, PAIR_EMERGENCY, A_REVERSE | A_BOLD) | A_BOLD;
	a[ROLE_TITLE_BAR] = with_colour(t, PAIR_BAR, A_REVERSE) | A_BOLD;
	a[ROLE_BUTTON] = with_colour(t, PAIR_BUTTON, A_REVERSE) | A_BOLD;
	a[ROLE_FOCUS] = with_colour(t, PAIR_FOCUS, A_REVERSE | A_BOLD) | A_BOLD;
	a[ROLE_BOX] = with_colour(t, PAIR_BOX, A_REVERSE);
	a[ROLE_BOX_TITLE] = a[ROLE_BOX] | A_BOLD;
	a[ROLE_STRONG] = A_BOLD;
	a[ROLE_PAGE_TITLE] = A_BOLD | A_UNDERLINE;
	a[ROLE_READING] = with_colour(t, PAIR_FOCUS, A_REVERSE);
	a[ROLE_QR] = t->colour ? COLOR_PAIR(PAIR_QR) : A_NORMAL;
}

attr_t theme_attr(const struct theme *t, enum theme_role role)
{
	return role >= 0 && role < ROLE_COUNT ? t->attr[role] : A_NORMAL;
}

attr_t theme_style(const struct theme *t, enum layout_style style)
{
	return theme_attr(t, (enum theme_role)style);
}

const char *theme_term_look(const struct theme *t)
{
	return t->can_underline && (t->attr[ROLE_TERM] & A_UNDERLINE) ? "underlined"
								  : "highlighted";
}
