/* finder: the search index (search.h) built and kept up to date on a worker
 * thread, so the screens never wait for it.
 *
 * The kiosk's thread hands over the library it shows (finder_follow): the
 * rows of topics replaced or gone leave the index at once (it points into
 * the topics it holds), and the worker indexes the library's glossaries
 * and then, one topic at a time, every topic that is new or was replaced
 * since it was last indexed, so a reload of one file costs one topic's
 * rows.  Until the first
 * library has been indexed whole, finder_ready is false ("getting ready").
 *
 * Threads: every function here is called from the kiosk's thread only.
 * The worker reads topics only while it holds the finder's lock, and
 * finder_follow takes that lock, so once finder_follow has returned the
 * worker no longer looks at any topic of an older library: the caller may
 * free the old content then (never before).  finder_query, finder_suggest
 * and finder_follow wait at most for the one topic being indexed;
 * finder_ready never waits. */
#ifndef KIOSK_FINDER_H
#define KIOSK_FINDER_H

#include "content.h"
#include "search.h"

#include <stdbool.h>
#include <stddef.h>

struct finder;

/* Starts the worker with an empty index.  Returns NULL when the index or
 * the thread cannot be made (no search then).  Free with finder_close. */
struct finder *finder_open(void);

/* Stops the worker (after the topic it is indexing) and frees f and its
 * index; f may be NULL. */
void finder_close(struct finder *f);

/* Makes lib the library to index, in place of any before it: takes the
 * topics lib replaced or no longer has out of the index, and the worker
 * drops what it had still to do and queues lib's glossaries and its new
 * and changed topics.  lib must stay alive until the next finder_follow or
 * finder_close. */
void finder_follow(struct finder *f, const struct content_library *lib);

/* True once the first library followed has been indexed whole; it stays
 * true while later changes are indexed (the old rows answer meanwhile). */
bool finder_ready(struct finder *f);

/* True when the worker has nothing left to do (for tests and figures). */
bool finder_idle(struct finder *f);

/* search_query and search_suggest on the index (see search.h), false or 0
 * before it is ready. */
size_t finder_query(struct finder *f, const char *language, const char *text,
		    struct search_hit *hits, size_t max);
bool finder_suggest(struct finder *f, const char *text, char *out, size_t outsz);

/* The index as a table of functions taking ctx, for a caller that must not
 * depend on the worker (the navigation core: nav_config.search); tests of
 * such a caller fill one in with their own functions. */
struct finder_engine {
	void *ctx;
	bool (*ready)(void *ctx);
	size_t (*query)(void *ctx, const char *language, const char *text,
			struct search_hit *hits, size_t max);
	bool (*suggest)(void *ctx, const char *text, char *out, size_t outsz);
};

/* finder_ready, finder_query and finder_suggest on f, as a table. */
struct finder_engine finder_engine(struct finder *f);

#endif
