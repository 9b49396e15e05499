/* keys: the kiosk's key codes and the one table of actions.
 *
 * Every action is declared once, with the keys that do it and the words the
 * help screen shows, so what the help says and what the keys do cannot drift
 * apart.  Key codes are the kiosk's own, not curses', so the navigation core
 * can be driven and tested without a terminal. */
#ifndef KIOSK_KEYS_H
#define KIOSK_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* Characters are their Unicode code points; other keys are above them. */
enum key_code {
	KEYC_NONE = 0,
	KEYC_UP = 0x110000, KEYC_DOWN, KEYC_LEFT, KEYC_RIGHT,
	KEYC_PAGE_UP, KEYC_PAGE_DOWN, KEYC_HOME, KEYC_END,
	KEYC_ENTER, KEYC_BACKSPACE, KEYC_TAB, KEYC_BACK_TAB, KEYC_ESCAPE,
	KEYC_F1, KEYC_F10 = KEYC_F1 + 9, KEYC_F12 = KEYC_F1 + 11,
	KEYC_OTHER,		/* any other key: it still counts as activity */
};

enum nav_action {
	ACT_NONE,
	ACT_NEXT, ACT_BACK, ACT_SELECT, ACT_SCROLL_DOWN, ACT_SCROLL_UP,
	ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_HOME, ACT_FOCUS_NEXT, ACT_FOCUS_PREV,
	ACT_CHOOSE, ACT_STEPS, ACT_BODYMAP, ACT_HELP, ACT_CLOSE, ACT_QUIT, ACT_STAFF,
	ACT_LISTEN, ACT_TAKE_HOME, ACT_PRINT, ACT_SEARCH, ACT_A_TO_Z,
	ACT_MORE,		/* a box listing the optional actions */
};

struct key_binding {
	enum nav_action action;
	int keys[4];			/* KEYC_NONE ends the list early */
	/* As the help screen shows them: English, marked for translation
	 * (pass them through _() to show them). */
	const char *key_names;
	const char *help;
	bool staff_only;		/* left off the patients' help screen */
	bool optional;			/* only on kiosks set up for it (speech,
					 * a leaflet address, a printer) */
};

/* The table, and its length. */
extern const struct key_binding key_bindings[];
extern const size_t key_binding_count;

/* The action a key does (ACT_CHOOSE for the digits 1-9), or ACT_NONE. */
enum nav_action key_action(int key);

/* The short label of a button that does action ("Next", "Back"...), in the
 * language of the screens (i18n.h); static, not to be freed. */
const char *key_action_label(enum nav_action action);

/* The help screen's words for action ("Listen: read this page aloud"),
 * or "" when the table has none. */
const char *key_action_help(enum nav_action action);

/* The label without its arrow or mark ("Back", "Help"), for a row of
 * buttons too tight for the full labels; the full label when it has
 * none. */
const char *key_action_tight_label(enum nav_action action);

#endif
