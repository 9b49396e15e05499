#include "imgcache.h"

#include "xalloc.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct kept {
	struct kept *next;
	char *path;			/* owned */
	long long mtime_ns;
	off_t size;
	struct image img;
	unsigned refs;			/* callers holding img */
	bool dropped;			/* not found again; freed at refs 0 */
	unsigned long last_used;
};

struct imgcache {
	pthread_mutex_t lock;
	struct kept *list;
	size_t max_bytes;
	unsigned long clock, decodes;
};

/* What one kept picture costs, its bookkeeping included. */
static size_t kept_bytes(const struct kept *k)
{
	return sizeof *k + strlen(k->path) + 1 +
	       (size_t)k->img.width * k->img.height * 4;
}

static void unlink_free(struct imgcache *c, struct kept *k)
{
	struct kept **p = &c->list;

	while (*p != k)
		p = &(*p)->next;
	*p = k->next;
	free(k->path);
	image_free(&k->img);
	free(k);
}

static void drop(struct imgcache *c, struct kept *k)
{
	k->dropped = true;
	if (k->refs == 0)
		unlink_free(c, k);
}

static size_t kept_total(const struct imgcache *c)
{
	size_t total = 0;

	for (const struct kept *k = c->list; k; k = k->next)
		if (!k->dropped)
			total += kept_bytes(k);
	return total;
}

/* Drops the least recently used pictures until the rest fit. */
static void fit(struct imgcache *c)
{
	while (kept_total(c) > c->max_bytes) {
		struct kept *oldest = NULL;

		for (struct kept *k = c->list; k; k = k->next)
			if (!k->dropped && (!oldest || k->last_used < oldest->last_used))
				oldest = k;
		drop(c, oldest);
	}
}

/* The picture kept for path as the file is now, or NULL; a picture kept
 * for the file as it was before is dropped. */
static struct kept *find(struct imgcache *c, const char *path,
			 long long mtime_ns, off_t size)
{
	for (struct kept *k = c->list; k; k = k->next) {
		if (k->dropped || strcmp(k->path, path) != 0)
			continue;
		if (k->mtime_ns == mtime_ns && k->size == size)
			return k;
		drop(c, k);
		return NULL;
	}
	return NULL;
}

struct imgcache *imgcache_new(size_t max_bytes)
{
	struct imgcache *c = xcalloc(1, sizeof *c);

	pthread_mutex_init(&c->lock, NULL);
	c->max_bytes = max_bytes;
	return c;
}

void imgcache_free(struct imgcache *c)
{
	if (!c)
		return;
	while (c->list)
		unlink_free(c, c->list);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

const struct image *imgcache_get(struct imgcache *c, const char *path,
				 long long mtime_ns, off_t size, char *why,
				 size_t why_size)
{
	struct kept *k;
	struct image img;

	pthread_mutex_lock(&c->lock);
	k = find(c, path, mtime_ns, size);
	if (k) {
		k->refs++;
		k->last_used = ++c->clock;
		pthread_mutex_unlock(&c->lock);
		return &k->img;
	}
	pthread_mutex_unlock(&c->lock);
	/* Decoded without the lock: the other thread may use the cache
	 * meanwhile (and may decode the same file: the first kept wins). */
	if (!image_load(path, &img, why, why_size))
		return NULL;
	pthread_mutex_lock(&c->lock);
	c->decodes++;
	k = find(c, path, mtime_ns, size);
	if (k) {
		image_free(&img);
	} else {
		k = xcalloc(1, sizeof *k);
		k->path = xstrdup(path);
		k->mtime_ns = mtime_ns;
		k->size = size;
		k->img = img;
		k->next = c->list;
		c->list = k;
		/* Handed to its caller, never kept. */
		k->dropped = kept_bytes(k) > c->max_bytes;
	}
	k->refs++;
	k->last_used = ++c->clock;
	fit(c);
	pthread_mutex_unlock(&c->lock);
	return &k->img;
}

void imgcache_release(struct imgcache *c, const struct image *img)
{
	pthread_mutex_lock(&c->lock);
	for (struct kept *k = c->list; k; k = k->next)
		if (&k->img == img) {
			k->refs--;
			if (k->dropped && k->refs == 0)
				unlink_free(c, k);
			break;
		}
	pthread_mutex_unlock(&c->lock);
}

void imgcache_touch(struct imgcache *c, const char *path, long long mtime_ns,
		    off_t size)
{
	struct kept *k;

	pthread_mutex_lock(&c->lock);
	k = find(c, path, mtime_ns, size);
	if (k)
		k->last_used = ++c->clock;
	pthread_mutex_unlock(&c->lock);
}

unsigned long imgcache_decodes(struct imgcache *c)
{
	unsigned long decodes;

	pthread_mutex_lock(&c->lock);
	decodes = c->decodes;
	pthread_mutex_unlock(&c->lock);
	return decodes;
}

size_t imgcache_bytes(struct imgcache *c)
{
	size_t bytes;

	pthread_mutex_lock(&c->lock);
	bytes = kept_total(c);
	pthread_mutex_unlock(&c->lock);
	return bytes;
}
