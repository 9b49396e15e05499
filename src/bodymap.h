/* bodymap: the "Where is your pain?" body map as data: where each body
 * region lies on the bundled body outlines picture (figures/body-outlines.png:
 * the front of the body on the left half, the back on the right), and the
 * topics a region lists.  The screens draw the picture with figdraw and use
 * this to find the region a touch or an arrow key lands on.  No curses. */
#ifndef KIOSK_BODYMAP_H
#define KIOSK_BODYMAP_H

#include "content.h"

#define BODYMAP_PICTURE "body-outlines.png"

enum bodymap_view { BODYMAP_FRONT, BODYMAP_BACK };

/* A touchable spot: a rectangle in fractions of the whole picture's width
 * and height, from its top left. */
struct bodymap_spot {
	enum content_body_region region;
	enum bodymap_view view;
	double x, y, w, h;
};

/* Every spot, the front's first, each view's from the head down: a static
 * table, *count set to its length. */
const struct bodymap_spot *bodymap_spots(size_t *count);

/* The region under the point (x, y), in fractions of the picture, or -1. */
int bodymap_region_at(double x, double y);

/* The topics in language that name region, in the library's order: up to
 * max of them go to out; returns how many there are in all. */
size_t bodymap_topics(const struct content_library *lib, const char *language,
		      enum content_body_region region,
		      const struct content_topic **out, size_t max);

#endif
