/* theme: how each part of the screen looks, for the clinic's theme on the
 * terminal in use.
 *
 * Drawing asks for a role ("a glossary word", "the focused button") and gets
 * the curses attribute to use; which colours and attributes carry that role
 * on this terminal (colour or not, underline or not) is decided here alone,
 * so contrast and what the patient can see are settled in one place.  This
 * is part of the curses layer: it includes curses and must be set up after
 * the screen has started. */
#ifndef KIOSK_THEME_H
#define KIOSK_THEME_H

#include "conf.h"
#include "layout.h"

#include <curses.h>
#include <stdbool.h>

/* The first roles are the layout's text styles, in the same order, so a
 * span's style is its role. */
enum theme_role {
	ROLE_BODY = STYLE_BODY,
	ROLE_HEADING = STYLE_HEADING,
	ROLE_TERM = STYLE_TERM,
	ROLE_LINK = STYLE_LINK,
	ROLE_MARKER = STYLE_MARKER,
	ROLE_OPTION = STYLE_OPTION,
	ROLE_GOOD = STYLE_GOOD,
	ROLE_DRAWBACK = STYLE_DRAWBACK,
	ROLE_ROUTINE = STYLE_ROUTINE,
	ROLE_URGENT = STYLE_URGENT,
	ROLE_EMERGENCY = STYLE_EMERGENCY,
	ROLE_TITLE_BAR,		/* the bar at the top of every screen */
	ROLE_BUTTON,		/* a button that does not have the focus */
	ROLE_FOCUS,		/* the focused button, word or menu entry */
	ROLE_BOX,		/* the inside of a popup box */
	ROLE_BOX_TITLE,		/* a popup box's title */
	ROLE_STRONG,		/* bold text on the screen's background */
	ROLE_PAGE_TITLE,	/* the title of the page being read */
	ROLE_READING,		/* the sentence being read aloud */
	ROLE_QR,		/* a QR code: black on white, else plain */
	ROLE_COUNT
};

struct theme {
	enum conf_theme name;
	bool colour;		/* colour pairs are in use */
	bool can_underline;	/* the terminal shows underlined text */
	attr_t attr[ROLE_COUNT];
	attr_t term_on_fill[3];	/* a glossary word in a routine, urgent or
				 * emergency block */
};

/* Works out every role's attribute for the named theme on the current
 * terminal, setting up colour pairs unless the theme is mono, NO_COLOR is
 * set or the terminal has no colour.  The high-contrast theme sets white on
 * black for the whole screen (curses' background), not the terminal's own
 * colours.  Call after curses has started, and again when the theme
 * changes. */
void theme_init(struct theme *t, enum conf_theme name);

/* The attribute to draw role with (A_NORMAL for an unknown role). */
attr_t theme_attr(const struct theme *t, enum theme_role role);

/* The attribute of a span of style on a line filled as a get-help block
 * (fill is STYLE_ROUTINE, STYLE_URGENT or STYLE_EMERGENCY; any other fill
 * gives the style's own attribute), focused or not.  Every span keeps the
 * block's background: a glossary word is marked in a way the terminal can
 * show, and the focused item stays visible inside the block. */
attr_t theme_span_on_fill(const struct theme *t, enum layout_style style,
			  enum layout_style fill, bool focused);

/* How glossary words look on this terminal, in a word for the hints:
 * "underlined" or "highlighted" (a static string). */
const char *theme_term_look(const struct theme *t);

/* The attribute of a layout text style. */
attr_t theme_style(const struct theme *t, enum layout_style style);

#endif
