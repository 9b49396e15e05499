/* navsearch: the search screen, as the navigation core sees it.
 *
 * The patient types on the on-screen keyboard (navkeyboard.h) or a real
 * one; after every letter the topics found are asked of the search engine
 * (nav->cfg.search) in the patient's language, best first, and the first
 * is highlighted.  Touch, Enter or a number opens one.  When the words as
 * typed find nothing, the engine's mended words are offered ("Did you
 * mean: bursitis?"): touching that line, or Enter when nothing was found,
 * puts them in place of what was typed.  What was typed is never logged
 * and is forgotten for the next patient.  No curses; the state lives in
 * nav->search (navcore.h). */
#ifndef KIOSK_NAVSEARCH_H
#define KIOSK_NAVSEARCH_H

#include "navcore.h"
#include "navkeyboard.h"

/* Where the parts of the search screen go, from the screen size. */
struct navsearch_geometry {
	int query_row;		/* what was typed */
	int status_row;		/* how many found, or "Did you mean" */
	int results_top, results_rows;
	int rows_per_hit;	/* 2: title and where it matched; 1: title */
	int visible;		/* hits shown at once */
	struct navkeyboard keyboard;	/* count 0 when it does not fit */
};

void navsearch_geometry(const struct nav *nav, struct navsearch_geometry *out);

/* The row of the welcome screen that opens the search when touched. */
int navsearch_welcome_row(const struct nav *nav);

/* Shows the search screen, coming from the screen the patient is on (Back
 * returns there), with what was typed before kept. */
void navsearch_open(struct nav *nav);

/* Forgets what was typed and found (for the next patient). */
void navsearch_clear(struct nav *nav);

/* A key on the search screen that types: a printable character (not a
 * digit, '?' or '/', which open a hit, the help and nothing) or
 * Backspace, which deletes.  Returns false for keys it leaves to
 * navsearch_action. */
bool navsearch_key(struct nav *nav, int key);

/* What an action does on the search screen (Help and Home are nav's, as
 * on every screen); digit for ACT_CHOOSE. */
void navsearch_action(struct nav *nav, enum nav_action action, int digit);

/* A touch off the buttons: a key of the keyboard, a hit, or the "Did you
 * mean" line. */
void navsearch_click(struct nav *nav, int row, int col);

/* Asks again when the index has become ready since the last answer, or
 * the content changed (changed true).  Returns true when the hits may
 * have changed. */
bool navsearch_refresh(struct nav *nav, bool changed);

/* Keeps the highlighted hit among those shown after a resize. */
void navsearch_resize(struct nav *nav);

/* The topic of hit i in the library shown, or NULL. */
const struct content_topic *navsearch_hit_topic(const struct nav *nav, size_t i);

/* Whether the "Did you mean" line is offered: nothing found as typed,
 * and the engine mended the words. */
bool navsearch_offers_suggestion(const struct nav *nav);

#endif
