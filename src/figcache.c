#include "figcache.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void entry_free(struct figcache_entry *e)
{
	free(e->path);
	figure_picture_free(&e->picture);
	memset(e, 0, sizeof *e);
}

/* The index of the entry for path, mode and space, or -1. */
static int find(const struct figcache *c, const char *path,
		enum figure_mode mode, int max_cols, int max_rows)
{
	for (int i = 0; i < FIGCACHE_MAX; i++) {
		const struct figcache_entry *e = &c->entries[i];

		if (e->path && e->mode == mode && e->max_cols == max_cols &&
		    e->max_rows == max_rows && strcmp(e->path, path) == 0)
			return i;
	}
	return -1;
}

/* A free slot, or the least recently used one emptied. */
static struct figcache_entry *slot(struct figcache *c)
{
	struct figcache_entry *oldest = &c->entries[0];

	for (size_t i = 0; i < FIGCACHE_MAX; i++) {
		if (!c->entries[i].path)
			return &c->entries[i];
		if (c->entries[i].last_used < oldest->last_used)
			oldest = &c->entries[i];
	}
	entry_free(oldest);
	return oldest;
}

/* The picture of e, from the worker when it made it ahead. */
static void make(struct figcache *c, struct figcache_entry *e)
{
	struct figahead_want want = {
		.path = e->path, .mtime_ns = e->mtime_ns, .size = e->size,
		.mode = e->mode, .max_cols = e->max_cols, .max_rows = e->max_rows,
	};

	if (c->ahead && figahead_take(c->ahead, &want, &e->picture)) {
		e->made = true;
		c->taken++;
		return;
	}
	e->made = figahead_make(c->images, &want, &e->picture);
}

bool figcache_holds(const struct figcache *c, const struct figahead_want *want)
{
	int i = find(c, want->path, want->mode, want->max_cols, want->max_rows);

	return i >= 0 && c->entries[i].mtime_ns == want->mtime_ns &&
	       c->entries[i].size == want->size;
}

const struct figure_picture *figcache_get(struct figcache *c,
					  const struct content_figure *f,
					  enum figure_mode mode, int max_cols,
					  int max_rows)
{
	struct figcache_entry *e;
	struct stat st;
	long long mtime;
	int i;

	if (mode == FIGURE_NONE || !f->usable || !f->path ||
	    stat(f->path, &st) != 0)
		return NULL;
	mtime = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
	i = find(c, f->path, mode, max_cols, max_rows);
	e = i >= 0 ? &c->entries[i] : NULL;
	if (e && (e->mtime_ns != mtime || e->size != st.st_size))
		entry_free(e);
	else if (e)
		c->hits++;
	if (!e || !e->path) {
		e = slot(c);
		e->path = xstrdup(f->path);
		e->mode = mode;
		e->max_cols = max_cols;
		e->max_rows = max_rows;
		e->mtime_ns = mtime;
		e->size = st.st_size;
		make(c, e);
		c->made++;
	}
	e->last_used = ++c->clock;
	/* The picture on screen keeps its decoded file longest, for the
	 * next resize. */
	if (c->images)
		imgcache_touch(c->images, e->path, e->mtime_ns, e->size);
	return e->made ? &e->picture : NULL;
}

/* A fingerprint of what decides where f's markers go (FNV-1a); never 0. */
static unsigned long long labels_key(const struct content_figure *f)
{
	unsigned long long h = 14695981039346656037ULL;
	const unsigned char *bytes;

	for (size_t i = 0; i < f->label_count; i++) {
		const struct content_figure_label *l = &f->labels[i];
		double where[2] = { l->x, l->y };

		bytes = (const unsigned char *)where;
		for (size_t k = 0; k < sizeof where; k++)
			h = (h ^ bytes[k]) * 1099511628211ULL;
		h = (h ^ l->number) * 1099511628211ULL;
	}
	h = (h ^ f->label_count) * 1099511628211ULL;
	return h ? h : 1;
}

size_t figcache_markers(struct figcache *c, const struct content_figure *f,
			const struct figure_picture *pic,
			struct figure_marker *out)
{
	unsigned long long key = labels_key(f);

	for (size_t i = 0; i < FIGCACHE_MAX; i++) {
		struct figcache_entry *e = &c->entries[i];

		if (!e->path || !e->made || &e->picture != pic)
			continue;
		if (e->markers_key != key) {
			e->marker_count = figure_markers(f, pic, e->markers);
			e->markers_key = key;
		}
		memcpy(out, e->markers, e->marker_count * sizeof *out);
		return e->marker_count;
	}
	return figure_markers(f, pic, out);
}

size_t figcache_bytes(const struct figcache *c)
{
	size_t bytes = sizeof *c;

	for (size_t i = 0; i < FIGCACHE_MAX; i++)
		if (c->entries[i].path)
			bytes += strlen(c->entries[i].path) + 1 +
				 (c->entries[i].made ?
				  figure_picture_bytes(&c->entries[i].picture) : 0);
	return bytes;
}

void figcache_clear(struct figcache *c)
{
	for (size_t i = 0; i < FIGCACHE_MAX; i++)
		entry_free(&c->entries[i]);
	c->clock = 0;
}
