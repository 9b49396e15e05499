#include "keys.h"

#include "i18n.h"

/* Ctrl-C, Ctrl-D, Ctrl-\ and Ctrl-Z arrive as plain characters because the
 * terminal is in raw mode; only Quit may use them, and Quit does nothing on
 * a locked kiosk. */
enum { CTRL_C = 3, CTRL_D = 4 };

/* Marked for translation: the help box lists these for patients (not the
 * staff-only ones); single letters and Esc/Tab are the same everywhere. */
const struct key_binding key_bindings[] = {
	/* TRANSLATORS: key names, as the help box lists them.  The letters
	 * (N, B, H) are the keys themselves: keep them as they are.  In a
	 * right-to-left language the arrows follow the reading direction:
	 * Next is the left arrow and Back the right one. */
	{ ACT_NEXT, { KEYC_RIGHT, 'n', 'N' }, N_("Right arrow, N"), N_("Next page"), false, false },
	{ ACT_BACK, { KEYC_LEFT, KEYC_BACKSPACE, 'b', 'B' }, N_("Left arrow, Backspace, B"),
	  N_("Go back one page"), false, false },
	{ ACT_SELECT, { KEYC_ENTER, ' ' }, N_("Enter, Space"),
	  N_("Open the highlighted choice, or read on"), false, false },
	{ ACT_SCROLL_DOWN, { KEYC_DOWN }, N_("Down arrow"), N_("Scroll down, or move down a list"), false, false },
	{ ACT_SCROLL_UP, { KEYC_UP }, N_("Up arrow"), N_("Scroll up, or move up a list"), false, false },
	{ ACT_PAGE_DOWN, { KEYC_PAGE_DOWN }, N_("Page Down"), N_("Show the next screenful"), false, false },
	{ ACT_PAGE_UP, { KEYC_PAGE_UP }, N_("Page Up"), N_("Show the screenful before"), false, false },
	{ ACT_HOME, { KEYC_HOME, 'h', 'H' }, N_("Home, H"), N_("Back to the list of topics"), false, false },
	{ ACT_FOCUS_NEXT, { KEYC_TAB }, "Tab", N_("Move to the next button or underlined word"), false, false },
	{ ACT_FOCUS_PREV, { KEYC_BACK_TAB }, N_("Shift+Tab"), N_("Move to the button or word before"), false, false },
	{ ACT_CHOOSE, { '1', '9' }, N_("1 to 9"), N_("Open a numbered topic, or jump to that step"), false, false },
	{ ACT_STEPS, { 's', 'S' }, "S", N_("See every step of the topic, and go to one"), false, false },
	{ ACT_BODYMAP, { 'w', 'W' }, "W", N_("Where is your pain? Find topics on a body map"), false, false },
	{ ACT_SEARCH, { '/' }, "/", N_("Search: find a topic by typing a word"), false, false },
	{ ACT_A_TO_Z, { KEYC_F1 + 1 }, "F2", N_("A to Z: every topic by its name"), false, false },
	{ ACT_LISTEN, { 'l', 'L' }, "L", N_("Listen: read this page aloud"), false, true },
	{ ACT_TAKE_HOME, { 't', 'T' }, "T", N_("Take home: a code for your phone"), false, true },
	{ ACT_PRINT, { 'p', 'P' }, "P", N_("Print: a handout from reception"), false, true },
	{ ACT_MORE, { 'm', 'M' }, "M", N_("More: listen, take home or print"), false, true },
	{ ACT_HELP, { '?', KEYC_F1 }, "?, F1", N_("Show this help"), false, false },
	{ ACT_CLOSE, { KEYC_ESCAPE }, "Esc", N_("Close a box"), false, false },
	{ ACT_QUIT, { 'q', 'Q', CTRL_C, CTRL_D }, "Q", "Quit (only when the kiosk is not locked)", true, false },
	{ ACT_STAFF, { KEYC_F10 }, "F10", "Staff: leave the kiosk (asks for the PIN)", true, false },
};

const size_t key_binding_count = sizeof key_bindings / sizeof key_bindings[0];

enum nav_action key_action(int key)
{
	if (key >= '1' && key <= '9')
		return ACT_CHOOSE;
	for (size_t i = 0; i < key_binding_count; i++) {
		if (key_bindings[i].action == ACT_CHOOSE)
			continue;
		for (size_t k = 0; k < 4 && key_bindings[i].keys[k] != KEYC_NONE; k++)
			if (key_bindings[i].keys[k] == key)
				return key_bindings[i].action;
	}
	return ACT_NONE;
}

const char *key_action_label(enum nav_action action)
{
	switch (action) {
	/* TRANSLATORS: button labels.  At 40 columns the four of a page
	 * (Back, Home, Help, Next or Finish) share 27 columns with two
	 * spaces around each: keep them about as short as the English.  Keep
	 * the arrows < and > where they are. */
	case ACT_NEXT: return _("Next >");
	case ACT_BACK: return _("< Back");
	case ACT_HOME: return _("Home");
	case ACT_HELP: return _("Help ?");
	case ACT_SELECT: return _("Open >");
	case ACT_PAGE_DOWN: return _("More below");
	case ACT_CLOSE: return _("Close");
	case ACT_LISTEN: return _("Listen");
	case ACT_TAKE_HOME: return _("Take home");
	case ACT_PRINT: return _("Print");
	case ACT_SEARCH: return _("Search");
	case ACT_A_TO_Z: return _("A to Z");
	case ACT_MORE: return _("More");
	case ACT_STEPS: return _("Steps");
	default: return "";
	}
}

const char *key_action_help(enum nav_action action)
{
	for (size_t i = 0; i < key_binding_count; i++)
		if (key_bindings[i].action == action)
			return key_bindings[i].help;
	return "";
}

const char *key_action_tight_label(enum nav_action action)
{
	switch (action) {
	case ACT_NEXT: return _("Next");
	case ACT_BACK: return _("Back");
	case ACT_HELP: return _("Help");
	case ACT_SELECT: return _("Open");
	default: return key_action_label(action);
	}
}
