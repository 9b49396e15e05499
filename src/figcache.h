/* figcache: figure pictures kept per size, so drawing a figure again costs
 * no decoding and no libchafa work.
 *
 * A picture is made on first use (the PNG decoded, then turned into cells)
 * and kept for its file, mode and space; a file changed on disk is made
 * again.  With a worker (figahead) attached, a picture it made ahead is
 * taken from it instead of being made.  With a cache of decoded files
 * (imgcache) attached, a picture made again at another size (a resize)
 * skips decoding.  At most FIGCACHE_MAX pictures are kept; the least
 * recently used goes first.  No curses here. */
#ifndef KIOSK_FIGCACHE_H
#define KIOSK_FIGCACHE_H

#include "figahead.h"
#include "figure.h"

#include <sys/types.h>

enum { FIGCACHE_MAX = 8 };

struct figcache_entry {
	char *path;			/* owned; NULL: the slot is free */
	enum figure_mode mode;
	int max_cols, max_rows;
	long long mtime_ns;
	off_t size;
	bool made;			/* false: the file could not be shown */
	struct figure_picture picture;
	/* The markers last placed on the picture, for labels with key
	 * markers_key (0: none placed yet). */
	struct figure_marker markers[CONTENT_FIGURE_MAX_LABELS];
	size_t marker_count;
	unsigned long long markers_key;
	unsigned long last_used;
};

struct figcache {
	struct figcache_entry entries[FIGCACHE_MAX];
	unsigned long clock;
	unsigned long made, hits;	/* pictures made, and found ready */
	unsigned long taken;		/* of those made, taken from ahead */
	struct figahead *ahead;		/* NULL: none; not owned */
	struct imgcache *images;	/* decoded files; NULL: none; not owned */
};

#define FIGCACHE_INIT { 0 }

/* The picture of figure f for mode, fitted into max_cols x max_rows cells.
 * Returns NULL when there is nothing to draw: mode is FIGURE_NONE, the
 * space is too small, or the picture is not usable or cannot be read now
 * (then the screens show the alt text).  The picture belongs to the cache
 * and stays valid until the next figcache_get or figcache_clear. */
const struct figure_picture *figcache_get(struct figcache *c,
					  const struct content_figure *f,
					  enum figure_mode mode, int max_cols,
					  int max_rows);

/* True when the cache holds want's picture, made from the file as want
 * says it is: figcache_get would find it. */
bool figcache_holds(const struct figcache *c, const struct figahead_want *want);

/* Copies into out (room for CONTENT_FIGURE_MAX_LABELS) the markers of f's
 * labels on pic, a picture figcache_get just returned for f, and returns
 * how many.  They are placed and coloured once and kept with the picture
 * until f's labels change, so a redraw costs no contrast sums. */
size_t figcache_markers(struct figcache *c, const struct content_figure *f,
			const struct figure_picture *pic,
			struct figure_marker *out);

/* Bytes the kept pictures hold, for memory figures. */
size_t figcache_bytes(const struct figcache *c);

/* Frees every kept picture; the cache is empty and reusable afterwards. */
void figcache_clear(struct figcache *c);

#endif
