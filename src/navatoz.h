/* navatoz: the A to Z list, as the navigation core sees it.
 *
 * Every topic of the patient's language by its title and by each of its
 * other names, in alphabetical order, under a strip of letters: touching a
 * letter, or pressing it, jumps to the first name starting with it (or the
 * next letter that has names).  Touch or Enter opens the topic.  The list
 * points into the library: nav_set_library builds it again.  No curses;
 * the state lives in nav->search (navcore.h). */
#ifndef KIOSK_NAVATOZ_H
#define KIOSK_NAVATOZ_H

#include "navcore.h"
#include "navkeyboard.h"

struct navatoz_geometry {
	struct navkeyboard letters;	/* count 0 when they do not fit */
	int list_top, list_rows;	/* one name a row */
};

void navatoz_geometry(const struct nav *nav, struct navatoz_geometry *out);

/* Shows the list from the top, coming from the screen the patient is on
 * (Back returns there). */
void navatoz_open(struct nav *nav);

/* Builds the list again for the library and language shown, keeping the
 * highlight's place; does nothing while the list is not built. */
void navatoz_rebuild(struct nav *nav);

/* Frees the list. */
void navatoz_free(struct nav *nav);

/* The first letter of a name as a lowercase ASCII letter, or 0 when it
 * starts with anything else. */
int navatoz_letter(const char *name);

/* Whether some name starts with letter ('a' to 'z'). */
bool navatoz_has_letter(const struct nav *nav, int letter);

/* A letter key jumps to it; returns false for other keys. */
bool navatoz_key(struct nav *nav, int key);

/* What an action does on the list (Help and Home are nav's). */
void navatoz_action(struct nav *nav, enum nav_action action);

/* A touch off the buttons: a letter, or a name. */
void navatoz_click(struct nav *nav, int row, int col);

#endif
