/* navbodymap: the "Where is your pain?" body map, as the navigation core
 * sees it.
 *
 * The patient picks a body region on the front and back figures (by touch,
 * or arrow keys and Enter), or from a plain numbered list when the terminal
 * draws no pictures, then a topic found under that region.  A region with
 * no topics says so.  Where the picture lies comes from the screen size and
 * figure_fit, the same sum the drawing does, never from curses.  The state
 * lives in struct nav (navcore.h). */
#ifndef KIOSK_NAVBODYMAP_H
#define KIOSK_NAVBODYMAP_H

#include "navcore.h"

/* The size of the bundled picture (BODYMAP_PICTURE), in pixels. */
enum { NAVBODYMAP_PICTURE_WIDTH = 600, NAVBODYMAP_PICTURE_HEIGHT = 600 };

/* Shows the body map with the first region highlighted and no region
 * chosen. */
void navbodymap_open(struct nav *nav);

/* Forgets the chosen region and message (for the next patient). */
void navbodymap_clear(struct nav *nav);

/* Whether the body map shows the picture (else the plain list). */
bool navbodymap_pictures(const struct nav *nav);

/* The screen cells the picture is drawn in: *rows and *cols 0 when it does
 * not fit.  The drawing passes the same space to figdraw_picture. */
void navbodymap_picture_area(const struct nav *nav, int *y, int *x, int *rows,
			     int *cols);

/* The region highlighted: the spot's region with pictures, else the row
 * of the plain list. */
enum content_body_region navbodymap_highlighted(const struct nav *nav);

/* The row of the welcome screen that opens the body map when touched. */
int navbodymap_welcome_row(const struct nav *nav);

/* The topics of the chosen region (nav->bodymap_region): up to max go to
 * out; returns how many there are in all. */
size_t navbodymap_topics(const struct nav *nav, const struct content_topic **out,
			 size_t max);

/* What a key does on the body map: the arrow keys move the highlight from
 * region to region on the picture.  Returns false for keys it leaves to
 * navbodymap_action. */
bool navbodymap_key(struct nav *nav, int key);

/* What an action does on the body map or a region's topic list. */
void navbodymap_action(struct nav *nav, enum nav_action action, int digit);

/* A touch at (row, col), off the buttons: the region there, a row of the
 * plain list, or a topic of the chosen region's list. */
void navbodymap_click(struct nav *nav, int row, int col);

#endif
