/* figahead: figure pictures made ahead on a worker thread, so that a page
 * with a picture shows it at once the first time it is turned to.
 *
 * The kiosk's thread says which pictures the screens may show next (the
 * open topic's pages, the body map), and at what sizes (figahead_plan);
 * the worker decodes each PNG and turns it into cells with libchafa
 * (figahead_make), one at a time, in the order given.  A page that
 * draws a picture takes it
 * (figahead_take): ready, or waited for when the worker is making it at
 * that moment, or left to the caller to make when the worker has not
 * started it.  A picture is planned and handed over for its file as it
 * is now (same size and modification time), so a file changed on disk or
 * by a reload is made again, never shown stale.
 *
 * Threads: every function here is called from the kiosk's thread only.
 * The worker starts with every signal blocked (so are libchafa's threads,
 * which it starts), so stop and resize signals reach the kiosk's own
 * thread.  No curses here. */
#ifndef KIOSK_FIGAHEAD_H
#define KIOSK_FIGAHEAD_H

#include "figure.h"
#include "imgcache.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* At most this many pictures are planned at once (more are left out). */
enum { FIGAHEAD_MAX = 8 };

/* A picture to have ready: the PNG at path as the file is now (its
 * modification time and size as stat gives them), for mode, fitted into
 * max_cols x max_rows cells. */
struct figahead_want {
	const char *path;
	long long mtime_ns;
	off_t size;
	enum figure_mode mode;
	int max_cols, max_rows;
};

/* Fills in want's mtime_ns and size from its file; false when it cannot
 * be read (nothing to make then). */
bool figahead_note_file(struct figahead_want *want);

/* Makes want's picture at once, on the calling thread: its file decoded
 * through images (kept there for the next size; NULL: decoded and freed),
 * then turned into cells as figure_picture_make does.  Returns false, out
 * zeroed, when the file cannot be read or decoded or as
 * figure_picture_make.  The caller frees out with figure_picture_free. */
bool figahead_make(struct imgcache *images, const struct figahead_want *want,
		   struct figure_picture *out);

struct figahead;

/* Starts the worker with nothing to do; it decodes files through images
 * (NULL: none; not owned, and it must outlive the worker).  Returns NULL
 * when the thread cannot be started (pictures are then made when drawn).
 * Free with figahead_close. */
struct figahead *figahead_open(struct imgcache *images);

/* Stops the worker (after the picture it is making) and frees a and every
 * picture it holds; a may be NULL. */
void figahead_close(struct figahead *a);

/* Makes the first FIGAHEAD_MAX of wants the pictures to have ready, in
 * that order, in place of any planned before: pictures ready or queued
 * that are no longer wanted are freed (one being made is freed once
 * made), and wanted ones neither ready nor queued are queued.  The paths
 * are copied.  Planning what is already planned costs no new work. */
void figahead_plan(struct figahead *a, const struct figahead_want *wants,
		   size_t count);

/* Hands want's picture over to out (the caller frees it with
 * figure_picture_free) and returns true, when the worker made it from the
 * file as want says it is.  Waits when the worker is making it.  Returns
 * false, out zeroed, when it was not planned (or planned for the file as
 * it was before), not started yet, or could not be made: the caller makes
 * it itself.  Either way the plan lets it go. */
bool figahead_take(struct figahead *a, const struct figahead_want *want,
		   struct figure_picture *out);

/* Waits until the worker has nothing queued or in hand (tests, figures). */
void figahead_wait(struct figahead *a);

/* Pictures the worker has made so far. */
unsigned long figahead_made(struct figahead *a);

#endif
