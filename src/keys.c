#include "keys.h"

/* Ctrl-C, Ctrl-D, Ctrl-\ and Ctrl-Z arrive as plain characters because the
 * terminal is in raw mode; only Quit may use them, and Quit does nothing on
 * a locked kiosk. */
enum { CTRL_C = 3, CTRL_D = 4 };

const struct key_binding key_bindings[] = {
	{ ACT_NEXT, { KEYC_RIGHT, 'n', 'N' }, "Right arrow, N", "Next page", false },
	{ ACT_BACK, { KEYC_LEFT, KEYC_BACKSPACE, 'b', 'B' }, "Left arrow, Backspace, B",
	  "Go back one page", false },
	{ ACT_SELECT, { KEYC_ENTER, ' ' }, "Enter, Space",
	  "Open the highlighted choice, or read on", false },
	{ ACT_SCROLL_DOWN, { KEYC_DOWN }, "Down arrow", "Scroll down, or move down a list", false },
	{ ACT_SCROLL_UP, { KEYC_UP }, "Up arrow", "Scroll up, or move up a list", false },
	{ ACT_PAGE_DOWN, { KEYC_PAGE_DOWN }, "Page Down", "Show the next screenful", false },
	{ ACT_PAGE_UP, { KEYC_PAGE_UP }, "Page Up", "Show the screenful before", false },
	{ ACT_HOME, { KEYC_HOME, 'h', 'H' }, "Home, H", "Back to the list of topics", false },
	{ ACT_FOCUS_NEXT, { KEYC_TAB }, "Tab", "Move to the next button or underlined word", false },
	{ ACT_FOCUS_PREV, { KEYC_BACK_TAB }, "Shift+Tab", "Move to the button or word before", false },
	{ ACT_CHOOSE, { '1', '9' }, "1 to 9", "Open a numbered topic, or jump to that step", false },
	{ ACT_STEPS, { 's', 'S' }, "S", "See every step of the topic, and go to one", false },
	{ ACT_BODYMAP, { 'w', 'W' }, "W", "Where is your pain? Find topics on a body map", false },
	{ ACT_HELP, { '?', KEYC_F1 }, "?, F1", "Show this help", false },
	{ ACT_CLOSE, { KEYC_ESCAPE }, "Esc", "Close a box", false },
	{ ACT_QUIT, { 'q', 'Q', CTRL_C, CTRL_D }, "Q", "Quit (only when the kiosk is not locked)", true },
	{ ACT_STAFF, { KEYC_F10 }, "F10", "Staff: leave the kiosk (asks for the PIN)", true },
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
	case ACT_NEXT: return "Next >";
	case ACT_BACK: return "< Back";
	case ACT_HOME: return "Home";
	case ACT_HELP: return "Help ?";
	case ACT_SELECT: return "Open >";
	case ACT_PAGE_DOWN: return "More below";
	case ACT_CLOSE: return "Close";
	default: return "";
	}
}
