#include "theme.h"

#include <stdlib.h>

/* Colour numbers beyond the first eight: the bright colours of a 16-colour
 * terminal and two of the 256-colour cube, used only where they exist. */
enum {
	BRIGHT = 8,
	DARK_RED_256 = 124,	/* #af0000: white on it is 7.4:1 */
	ORANGE_256 = 214,	/* #ffaf00: black on it is 11.4:1 */
	SOFT_RED_256 = 203,	/* #ff5f5f: on black it is 7.0:1 */
	DEFAULT = -1,		/* the terminal's own colour */
};

/* One colour pair and the attributes that go with it. */
struct look {
	short fg, bg;
	attr_t attr;
};

/* What each coloured role looks like; contrast figures are WCAG 2 ratios
 * against the real palettes (VGA for the console, xterm's for the rest). */
struct palette {
	struct look body, bar, button, focus, term, link, good, drawback;
	struct look box, box_title;
	struct look fill[3];		/* routine, urgent, emergency blocks */
	struct look term_on_fill[3];	/* a glossary word in such a block */
};

/* Terminals with 16 or more colours (xterm and its kin): the bright colours
 * are real colours, so bold is never needed for contrast (and never used
 * on a dark foreground: xterm shows bold black as grey). */
static const struct palette rich_standard = {
	.body = { DEFAULT, DEFAULT, A_NORMAL },
	.bar = { BRIGHT + COLOR_WHITE, COLOR_BLUE, A_BOLD },		/* 9.4 */
	.button = { BRIGHT + COLOR_WHITE, COLOR_BLUE, A_BOLD },		/* 9.4 */
	.focus = { COLOR_BLACK, BRIGHT + COLOR_YELLOW, A_NORMAL },	/* 19.6 */
	.term = { COLOR_BLUE, BRIGHT + COLOR_WHITE, A_UNDERLINE },	/* 9.4 */
	.link = { COLOR_BLUE, BRIGHT + COLOR_WHITE, A_UNDERLINE },
	.good = { BRIGHT + COLOR_GREEN, COLOR_BLACK, A_BOLD },		/* 15.3 */
	.drawback = { SOFT_RED_256, COLOR_BLACK, A_BOLD },		/* 7.0 */
	.box = { COLOR_BLACK, COLOR_WHITE, A_NORMAL },			/* 16.6 */
	.box_title = { BRIGHT + COLOR_WHITE, COLOR_BLUE, A_BOLD },	/* 9.4 */
	.fill = {
		{ COLOR_BLACK, BRIGHT + COLOR_CYAN, A_NORMAL },		/* 16.7 */
		{ COLOR_BLACK, ORANGE_256, A_NORMAL },			/* 11.4 */
		{ BRIGHT + COLOR_WHITE, DARK_RED_256, A_BOLD },		/* 7.4 */
	},
	.term_on_fill = {
		{ COLOR_BLACK, BRIGHT + COLOR_CYAN, A_UNDERLINE },	/* 16.7 */
		{ COLOR_BLACK, ORANGE_256, A_UNDERLINE },		/* 11.4 */
		{ BRIGHT + COLOR_WHITE, DARK_RED_256, A_BOLD | A_UNDERLINE },
	},
};

static const struct palette rich_high_contrast = {
	.body = { BRIGHT + COLOR_WHITE, COLOR_BLACK, A_BOLD },		/* 21 */
	.bar = { COLOR_BLACK, BRIGHT + COLOR_WHITE, A_NORMAL },		/* 21 */
	.button = { COLOR_BLACK, BRIGHT + COLOR_WHITE, A_NORMAL },	/* 21 */
	.focus = { COLOR_BLACK, BRIGHT + COLOR_YELLOW, A_NORMAL },	/* 19.6 */
	.term = { BRIGHT + COLOR_YELLOW, COLOR_BLACK, A_BOLD | A_UNDERLINE },
	.link = { BRIGHT + COLOR_YELLOW, COLOR_BLACK, A_BOLD | A_UNDERLINE },
	.good = { BRIGHT + COLOR_WHITE, COLOR_BLACK, A_BOLD },
	.drawback = { BRIGHT + COLOR_WHITE, COLOR_BLACK, A_BOLD },
	.box = { BRIGHT + COLOR_WHITE, COLOR_BLACK, A_BOLD },
	.box_title = { COLOR_BLACK, BRIGHT + COLOR_WHITE, A_NORMAL },
	.fill = {
		{ COLOR_BLACK, BRIGHT + COLOR_WHITE, A_NORMAL },	/* 21 */
		{ COLOR_BLACK, ORANGE_256, A_NORMAL },			/* 11.4 */
		{ BRIGHT + COLOR_WHITE, DARK_RED_256, A_BOLD },		/* 7.4 */
	},
	.term_on_fill = {
		{ COLOR_BLACK, BRIGHT + COLOR_WHITE, A_UNDERLINE },	/* 21 */
		{ COLOR_BLACK, ORANGE_256, A_UNDERLINE },		/* 11.4 */
		{ BRIGHT + COLOR_WHITE, DARK_RED_256, A_BOLD | A_UNDERLINE },
	},
};

/* Eight-colour terminals, above all the Linux console: bold shows the
 * bright foreground (so it is used only on light-on-dark text), nothing
 * brightens a background, "yellow" is brown (#aa5500, 4.0:1 under black)
 * and underline cannot be shown. */
static const struct palette basic_standard = {
	.body = { DEFAULT, DEFAULT, A_NORMAL },
	.bar = { COLOR_WHITE, COLOR_BLUE, A_BOLD },			/* 13.3 */
	.button = { COLOR_WHITE, COLOR_BLUE, A_BOLD },			/* 13.3 */
	.focus = { COLOR_BLACK, COLOR_WHITE, A_NORMAL },		/* 9.0 */
	.term = { COLOR_YELLOW, COLOR_BLACK, A_BOLD },			/* 19.7 */
	.link = { COLOR_CYAN, COLOR_BLACK, A_BOLD },			/* 17.1 */
	.good = { COLOR_GREEN, COLOR_BLACK, A_BOLD },			/* 15.8 */
	.drawback = { COLOR_RED, COLOR_BLACK, A_BOLD },			/* 6.7 */
	.box = { COLOR_BLACK, COLOR_WHITE, A_NORMAL },			/* 9.0 */
	.box_title = { COLOR_WHITE, COLOR_BLUE, A_BOLD },		/* 13.3 */
	.fill = {
		{ COLOR_BLACK, COLOR_CYAN, A_NORMAL },			/* 7.3 */
		{ COLOR_BLACK, COLOR_WHITE, A_NORMAL },			/* 9.0 */
		{ COLOR_WHITE, COLOR_RED, A_BOLD },			/* 7.8 */
	},
	.term_on_fill = {
		{ COLOR_BLUE, COLOR_CYAN, A_NORMAL },			/* 4.6 */
		{ COLOR_BLUE, COLOR_WHITE, A_NORMAL },			/* 5.7 */
		{ COLOR_YELLOW, COLOR_RED, A_BOLD },			/* 7.3 */
	},
};

static const struct palette basic_high_contrast = {
	.body = { COLOR_WHITE, COLOR_BLACK, A_BOLD },			/* 21 */
	.bar = { COLOR_BLACK, COLOR_WHITE, A_NORMAL },			/* 9.0 */
	.button = { COLOR_BLACK, COLOR_WHITE, A_NORMAL },		/* 9.0 */
	.focus = { COLOR_BLACK, COLOR_CYAN, A_NORMAL },			/* 7.3 */
	.term = { COLOR_YELLOW, COLOR_BLACK, A_BOLD },			/* 19.7 */
	.link = { COLOR_YELLOW, COLOR_BLACK, A_BOLD },
	.good = { COLOR_WHITE, COLOR_BLACK, A_BOLD },
	.drawback = { COLOR_WHITE, COLOR_BLACK, A_BOLD },
	.box = { COLOR_WHITE, COLOR_BLACK, A_BOLD },
	.box_title = { COLOR_BLACK, COLOR_WHITE, A_NORMAL },
	.fill = {
		{ COLOR_BLACK, COLOR_WHITE, A_NORMAL },			/* 9.0 */
		{ COLOR_BLACK, COLOR_CYAN, A_NORMAL },			/* 7.3 */
		{ COLOR_WHITE, COLOR_RED, A_BOLD },			/* 7.8 */
	},
	.term_on_fill = {
		{ COLOR_BLUE, COLOR_WHITE, A_NORMAL },			/* 5.7 */
		{ COLOR_BLUE, COLOR_CYAN, A_NORMAL },			/* 4.6 */
		{ COLOR_YELLOW, COLOR_RED, A_BOLD },			/* 7.3 */
	},
};

/* A colour the terminal lacks becomes its nearest of the first sixteen. */
static short fit(short colour)
{
	if (colour < COLORS)
		return colour;
	switch (colour) {
	case DARK_RED_256:
		return COLOR_RED;
	case ORANGE_256:
		return BRIGHT + COLOR_YELLOW;
	case SOFT_RED_256:
		return BRIGHT + COLOR_RED;
	default:
		return colour & 7;
	}
}

/* Sets up pair number for look and returns its attribute; the body's
 * look with both colours the terminal's own needs no pair. */
static attr_t use_look(short *next_pair, struct look look)
{
	short pair = (*next_pair)++;

	if (look.fg == DEFAULT && look.bg == DEFAULT)
		return look.attr;
	init_pair(pair, look.fg == DEFAULT ? DEFAULT : fit(look.fg),
		  look.bg == DEFAULT ? DEFAULT : fit(look.bg));
	return COLOR_PAIR(pair) | look.attr;
}

static bool colour_wanted(enum conf_theme name)
{
	const char *no_colour = getenv("NO_COLOR");

	return name != THEME_MONO && !(no_colour && *no_colour) && has_colors() &&
	       start_color() != ERR;
}

static void colour_roles(struct theme *t, const struct palette *p)
{
	attr_t *a = t->attr;
	short next = 1;

	use_default_colors();
	a[ROLE_BODY] = use_look(&next, p->body);
	/* Everything drawn without a colour of its own (the hint line, the
	 * welcome text, cleared cells) takes the body's colours. */
	bkgdset(' ' | (a[ROLE_BODY] & A_COLOR));
	a[ROLE_TITLE_BAR] = use_look(&next, p->bar);
	a[ROLE_BUTTON] = use_look(&next, p->button);
	a[ROLE_FOCUS] = use_look(&next, p->focus);
	a[ROLE_TERM] = use_look(&next, p->term);
	a[ROLE_LINK] = use_look(&next, p->link);
	a[ROLE_GOOD] = use_look(&next, p->good);
	a[ROLE_DRAWBACK] = use_look(&next, p->drawback);
	a[ROLE_BOX] = use_look(&next, p->box);
	a[ROLE_BOX_TITLE] = use_look(&next, p->box_title);
	/* Reading aloud highlights as the focus does; a phone reads a QR
	 * code black on white whatever the theme. */
	a[ROLE_READING] = a[ROLE_FOCUS];
	a[ROLE_QR] = use_look(&next, (struct look){ COLOR_BLACK, BRIGHT + COLOR_WHITE,
						     A_NORMAL });
	for (int i = 0; i < 3; i++) {
		t->attr[ROLE_ROUTINE + i] = use_look(&next, p->fill[i]);
		t->term_on_fill[i] = use_look(&next, p->term_on_fill[i]);
		if (!t->can_underline)
			t->term_on_fill[i] &= ~A_UNDERLINE;
	}
	if (!t->can_underline) {
		a[ROLE_TERM] &= ~A_UNDERLINE;
		a[ROLE_LINK] &= ~A_UNDERLINE;
	}
}

/* Without colour only bold, underline and reverse carry meaning.  Bold is
 * never joined to reverse: the Linux console brightens the foreground
 * after swapping, so bold reverse is dark grey on grey (3.2:1).  The
 * focus is the one reversed thing that is not a title bar or a block. */
static void plain_roles(struct theme *t, bool hc)
{
	attr_t *a = t->attr;
	attr_t underline = t->can_underline ? A_UNDERLINE : A_NORMAL;

	bkgdset(' ');
	/* On a terminal without underline bold marks glossary words, so body
	 * text cannot be bold too. */
	a[ROLE_BODY] = hc && t->can_underline ? A_BOLD : A_NORMAL;
	a[ROLE_TERM] = t->can_underline ? A_UNDERLINE | (hc ? A_BOLD : 0) : A_BOLD;
	a[ROLE_LINK] = A_BOLD | underline;
	a[ROLE_GOOD] = A_BOLD;
	a[ROLE_DRAWBACK] = A_BOLD;
	a[ROLE_ROUTINE] = a[ROLE_URGENT] = a[ROLE_EMERGENCY] = A_REVERSE;
	for (int i = 0; i < 3; i++)
		t->term_on_fill[i] = A_REVERSE | underline;
	a[ROLE_TITLE_BAR] = A_REVERSE;
	a[ROLE_BUTTON] = A_BOLD;
	a[ROLE_FOCUS] = A_REVERSE;
	a[ROLE_BOX] = A_REVERSE;
	a[ROLE_BOX_TITLE] = A_REVERSE | underline;
	a[ROLE_READING] = A_REVERSE;
	a[ROLE_QR] = A_NORMAL;	/* drawn with light and dark swapped */
}

void theme_init(struct theme *t, enum conf_theme name)
{
	bool hc = name == THEME_HIGH_CONTRAST;
	const char *smul = tigetstr("smul");
	attr_t *a = t->attr;
	int no_colour_video = tigetnum("ncv");

	t->name = name;
	/* The Linux console says underline does not mix with colour (ncv):
	 * it shows "underline" as a colour change, never a line. */
	t->can_underline = smul != NULL && smul != (char *)-1 &&
			   !(no_colour_video > 0 && (no_colour_video & 2));
	t->colour = colour_wanted(name);
	if (t->colour && COLORS >= 16)
		colour_roles(t, hc ? &rich_high_contrast : &rich_standard);
	else if (t->colour)
		colour_roles(t, hc ? &basic_high_contrast : &basic_standard);
	else
		plain_roles(t, hc);
	a[ROLE_HEADING] = a[ROLE_BODY] | A_BOLD;
	a[ROLE_MARKER] = a[ROLE_BODY] | A_BOLD;
	a[ROLE_OPTION] = a[ROLE_BODY] | A_BOLD | (t->can_underline ? A_UNDERLINE : 0);
	a[ROLE_STRONG] = a[ROLE_BODY] | A_BOLD;
	a[ROLE_PAGE_TITLE] = a[ROLE_OPTION];
}

attr_t theme_attr(const struct theme *t, enum theme_role role)
{
	return role >= 0 && role < ROLE_COUNT ? t->attr[role] : A_NORMAL;
}

attr_t theme_style(const struct theme *t, enum layout_style style)
{
	return theme_attr(t, (enum theme_role)style);
}

attr_t theme_span_on_fill(const struct theme *t, enum layout_style style,
			  enum layout_style fill, bool focused)
{
	attr_t block = theme_style(t, fill);
	int urgency = (int)fill - STYLE_ROUTINE;

	if (urgency < 0 || urgency > 2)
		return theme_style(t, style);
	if (focused)
		/* The focus look, unless the block already has it: then the
		 * block's colours swapped, without the bold that would dim
		 * the console's reversed text. */
		return t->attr[ROLE_FOCUS] != block ? t->attr[ROLE_FOCUS]
						    : (block & ~A_BOLD) ^ A_REVERSE;
	if (style == STYLE_TERM || style == STYLE_LINK)
		return t->term_on_fill[urgency];
	return block;
}

const char *theme_term_look(const struct theme *t)
{
	return t->attr[ROLE_TERM] & A_UNDERLINE ? "underlined" : "highlighted";
}
