/* view_groups: draws the menu's groups (number, title, how many topics),
 * and the heading of the topic list that says which group it shows.  Part
 * of the curses layer; reads the state, never changes it. */
#ifndef KIOSK_VIEW_GROUPS_H
#define KIOSK_VIEW_GROUPS_H

#include "draw.h"

#include <stddef.h>

void view_groups_draw(const struct nav *nav, const struct draw_context *ctx);

/* The topic list's where-am-I line, "Topics: Hip and groin" for a group
 * (written into buf), "Other topics" for the topics in no group, or
 * "Choose a topic" when it shows every topic. */
const char *view_groups_menu_heading(const struct nav *nav, char *buf, size_t size);

#endif
