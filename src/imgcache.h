/* imgcache: decoded pictures kept for a while, so a figure drawn again at
 * another size (after a resize) costs no second PNG decode.
 *
 * A picture is kept for its file as it was when decoded: its path, size
 * and modification time.  Asked for the same path with another size or
 * time (the file changed, say by a reload), the cache drops what it kept
 * and decodes the file again.  Pictures kept never hold more than the
 * bytes given to imgcache_new; the least recently used go first, and a
 * picture bigger than that is decoded for its caller but never kept.
 *
 * Threads: every function may be called from any thread (the kiosk's and
 * the figure worker's share one cache); a picture handed out stays valid,
 * even when dropped meanwhile, until its caller releases it.  No curses
 * here. */
#ifndef KIOSK_IMGCACHE_H
#define KIOSK_IMGCACHE_H

#include "image.h"

#include <stddef.h>
#include <sys/types.h>

struct imgcache;

/* An empty cache that keeps at most max_bytes of decoded pixels.  Free it
 * with imgcache_free once no thread uses it. */
struct imgcache *imgcache_new(size_t max_bytes);

/* Frees c and every picture it keeps; c may be NULL.  Every picture handed
 * out must have been released. */
void imgcache_free(struct imgcache *c);

/* The decoded picture of the file at path, as stat gave its size and
 * modification time (mtime_ns): the one kept, or decoded now (image_load)
 * and kept.  Returns NULL, with why (why_size bytes) saying what is wrong
 * as image_load does, when the file cannot be read or decoded.  The
 * picture belongs to the cache; the caller gives it back with
 * imgcache_release, and must not change it. */
const struct image *imgcache_get(struct imgcache *c, const char *path,
				 long long mtime_ns, off_t size, char *why,
				 size_t why_size);

/* Gives back a picture imgcache_get handed out. */
void imgcache_release(struct imgcache *c, const struct image *img);

/* Counts the picture of path (kept for the file as mtime_ns and size say)
 * as just used, so pictures decoded later push others out first: call it
 * for pictures on screen.  Nothing happens when it is not kept. */
void imgcache_touch(struct imgcache *c, const char *path, long long mtime_ns,
		    off_t size);

/* Files decoded so far, and bytes of pixels kept now (tests, figures). */
unsigned long imgcache_decodes(struct imgcache *c);
size_t imgcache_bytes(struct imgcache *c);

#endif
