/* watch: noticing that content files or kiosk.conf changed on disk.
 *
 * Uses inotify where it can and falls back to looking at the files every
 * couple of seconds.  A change is reported only once the file has settled:
 * after the writer closed it (or renamed it into place) and nothing more
 * happened for a moment, so a file an editor is still writing is never
 * read half-written.  A content folder that is a link swapped for another
 * in one step (kiosk-pull's rename(2)) is followed to its new folder. */
#ifndef KIOSK_WATCH_H
#define KIOSK_WATCH_H

#include <stdbool.h>
#include <stddef.h>

enum {
	WATCH_SETTLE_MS = 300,		/* quiet time before a change counts */
	WATCH_POLL_MS = 2000,		/* how often the fallback looks */
	WATCH_NAME_MAX = 256,
};

enum watch_change {
	WATCH_NONE,
	WATCH_CONTENT_FILE,	/* name: a file in the content folder */
	WATCH_CONF,		/* the settings file */
	WATCH_RESCAN,		/* the folder came back, or its name now leads
				 * to another folder (a swapped link): read
				 * it all */
};

struct watch;

/* Starts watching dir and the file conf_path (may be NULL).  force_polling
 * skips inotify (for tests and odd filesystems).  Never returns NULL. */
struct watch *watch_open(const char *dir, const char *conf_path, bool force_polling,
			 long now_ms);
void watch_close(struct watch *w);

/* The next settled change, or WATCH_NONE.  For WATCH_CONTENT_FILE the file
 * name is copied into name (size WATCH_NAME_MAX).  Never blocks. */
enum watch_change watch_next(struct watch *w, long now_ms, char *name);

/* True when inotify is in use; false when the fallback polls. */
bool watch_uses_inotify(const struct watch *w);

#endif
