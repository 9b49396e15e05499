/* navgroups: the menu's groups of topics, as the navigation core sees them.
 *
 * When library.yaml puts the topics into groups and they do not fit one
 * screen, the menu shows the groups first: the patient touches a group,
 * sees its topics (navmenu), and Back brings the groups again.  With few
 * topics the menu stays one list.  No curses; the state lives in struct
 * nav (navcore.h). */
#ifndef KIOSK_NAVGROUPS_H
#define KIOSK_NAVGROUPS_H

#include "navcore.h"

/* Groups that fit on the screen at once (at least one). */
int navgroups_visible(const struct nav *nav);

/* Highlights group index (kept within the list) and scrolls it into view. */
void navgroups_select(struct nav *nav, long index);

/* What an action does on the groups screen; digit is the key's digit for
 * ACT_CHOOSE. */
void navgroups_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at row, off the buttons: opens the group drawn there, or on the
 * "more groups" line shows the next screenful of groups. */
void navgroups_click(struct nav *nav, int row);

/* Back on the topics of a group: shows the groups again and returns true.
 * Returns false, changing nothing, when the menu shows no group. */
bool navgroups_back(struct nav *nav);

/* After a resize or new content: the groups screen when the topics no
 * longer fit one screen, the one list when they do, keeping the patient's
 * place (the topic highlighted stays highlighted). */
void navgroups_fit(struct nav *nav);

#endif
