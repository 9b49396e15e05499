/* navlang: the patient's choice of language on the welcome screen, as the
 * navigation core sees it.
 *
 * The welcome screen lists the languages offered (languages_offered: the
 * ones with topics, limited and ordered by 'languages' in kiosk.conf),
 * each numbered and written in its own name and script ("1 English",
 * "2 Español", "3 العربية").  A touch on one, its number, or the arrow
 * keys or Tab then Enter choose it: the menu, the topics and the glossary
 * follow at once (topics not translated fall back to the default
 * language), and the caller switches the screens' words to nav->language.
 * The choice lasts for the visit: the idle reset goes back to the default.
 * With one language offered there is no list.  No curses; the state lives
 * in struct nav (navcore.h): nav->language, and nav->focus for the
 * language highlighted by the keys (-1: none). */
#ifndef KIOSK_NAVLANG_H
#define KIOSK_NAVLANG_H

#include "navcore.h"

enum {
	NAVLANG_MAX = 9,		/* one digit key each */
	NAVLANG_LABEL_SIZE = 64,
	NAVLANG_MARK_COLS = 2,		/* before the label: a tick and a gap */
};

/* One language on the welcome screen: "2 Español" at (row, col), width
 * columns in all: NAVLANG_MARK_COLS for the tick that marks the language
 * in force, the label, and a column of padding.  code is the language's
 * code; it lives as long as the library and the settings. */
struct navlang_cell {
	const char *code;
	char label[NAVLANG_LABEL_SIZE];
	int row, col, width;
};

/* Sets the patient's language to the default (nav->cfg.language) and
 * rebuilds the menu; the highlight leaves the list.  For the start and
 * the end of each visit. */
void navlang_reset(struct nav *nav);

/* Whether the patient's language is the default one. */
bool navlang_is_default(const struct nav *nav);

/* The languages on the welcome screen, numbered from 1 in the order of
 * out, laid out centred from the list's first row down, as many to a row
 * as fit the width.  Returns how many (0 when only one language is
 * offered: there is nothing to choose). */
size_t navlang_cells(const struct nav *nav, struct navlang_cell out[NAVLANG_MAX]);

/* The first row of the list, and the first row below it that it leaves
 * free (the welcome text goes from there). */
int navlang_top_row(const struct nav *nav);
int navlang_end_row(const struct nav *nav);

/* Whether topic t (NULL: none) is shown in the default language because
 * it is not translated into the patient's: the menu and the page then say
 * so. */
bool navlang_untranslated(const struct nav *nav, const struct content_topic *t);

/* Makes code the patient's language and rebuilds the menu for it.
 * Returns false, changing nothing, for a code too long to keep. */
bool navlang_choose(struct nav *nav, const char *code);

/* What a key does on the welcome screen's list: a language's digit
 * chooses it; Left/Right, Up/Down and Tab/Shift+Tab move the highlight
 * along the list; Enter or Space on a highlighted language not yet in
 * force chooses it.  Returns false for keys it leaves to the welcome
 * screen (which starts the visit), among them Enter on the language
 * already in force. */
bool navlang_key(struct nav *nav, int key);

/* A touch at (row, col): on one of the list's rows it chooses the
 * language nearest to it on that row and returns true; elsewhere it
 * returns false. */
bool navlang_click(struct nav *nav, int row, int col);

#endif
