#include "finder.h"

#include "strset.h"
#include "xalloc.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct finder {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;		/* work queued, or quit */
	/* Under lock. */
	struct search *search;
	const struct content_library *lib;	/* the library followed */
	bool glossaries_due;		/* lib's glossaries, before its topics */
	uintptr_t glossaries_indexed;	/* which glossaries: see glossaries_of */
	const struct content_topic **todo;	/* topics to index, in order */
	size_t todo_count, todo_next, todo_cap;
	/* What the index holds: each key ever indexed, numbered, and the
	 * address of the topic version indexed under it (0: not indexed).
	 * Addresses are only compared, never followed: a version differs
	 * from the one indexed when its address does, because the one
	 * indexed is still alive whenever finder_follow compares. */
	struct strset keys;
	uintptr_t *indexed;
	size_t indexed_cap;
	bool quit;
	/* Read without the lock. */
	atomic_bool ready;
	atomic_int waiting;		/* the kiosk's thread wants the lock */
};

/* The kiosk's thread takes the lock before the worker takes it again: the
 * worker lets go after every topic and yields while someone waits. */
static void lock_for_caller(struct finder *f)
{
	atomic_fetch_add(&f->waiting, 1);
	pthread_mutex_lock(&f->lock);
	atomic_fetch_sub(&f->waiting, 1);
}

static bool has_work(const struct finder *f)
{
	return f->glossaries_due || f->todo_next < f->todo_count;
}

static void note_indexed(struct finder *f, const char *key, uintptr_t topic)
{
	size_t n = strset_add(&f->keys, key, strlen(key), NULL);

	if (n >= f->indexed_cap) {
		size_t old = f->indexed_cap;

		xgrow((void **)&f->indexed, &f->indexed_cap, n + 1, sizeof *f->indexed);
		memset(f->indexed + old, 0, (f->indexed_cap - old) * sizeof *f->indexed);
	}
	f->indexed[n] = topic;
}

/* One piece of work, under the lock: the glossaries first (their
 * explanations find the topics that mark their terms), else a topic. */
static void work_once(struct finder *f)
{
	if (f->glossaries_due) {
		for (size_t i = 0; i < f->lib->glossary_count; i++)
			search_update_glossary(f->search, f->lib->glossaries[i]);
		f->glossaries_due = false;
		return;
	}
	const struct content_topic *t = f->todo[f->todo_next++];

	/* A topic SQLite fails on stays out; the next follow tries again. */
	if (search_update_topic(f->search, t))
		note_indexed(f, t->key, (uintptr_t)t);
}

static void *worker(void *arg)
{
	struct finder *f = arg;

	pthread_mutex_lock(&f->lock);
	for (;;) {
		while (!f->quit && !has_work(f))
			pthread_cond_wait(&f->wake, &f->lock);
		if (f->quit)
			break;
		work_once(f);
		if (!has_work(f))
			atomic_store(&f->ready, true);
		pthread_mutex_unlock(&f->lock);
		while (atomic_load(&f->waiting))
			sched_yield();
		pthread_mutex_lock(&f->lock);
	}
	pthread_mutex_unlock(&f->lock);
	return NULL;
}

struct finder *finder_open(void)
{
	struct finder *f = xcalloc(1, sizeof *f);

	atomic_init(&f->ready, false);
	atomic_init(&f->waiting, 0);
	f->search = search_new();
	if (!f->search) {
		free(f);
		return NULL;
	}
	pthread_mutex_init(&f->lock, NULL);
	pthread_cond_init(&f->wake, NULL);
	if (pthread_create(&f->thread, NULL, worker, f) != 0) {
		pthread_cond_destroy(&f->wake);
		pthread_mutex_destroy(&f->lock);
		search_free(f->search);
		free(f);
		return NULL;
	}
	return f;
}

void finder_close(struct finder *f)
{
	if (!f)
		return;
	lock_for_caller(f);
	f->quit = true;
	pthread_cond_signal(&f->wake);
	pthread_mutex_unlock(&f->lock);
	pthread_join(f->thread, NULL);
	pthread_cond_destroy(&f->wake);
	pthread_mutex_destroy(&f->lock);
	search_free(f->search);
	strset_free(&f->keys);
	free(f->indexed);
	free(f->todo);
	free(f);
}

/* Whether lib has a topic under key ("language/id"). */
static bool library_has(const struct content_library *lib, const char *key)
{
	const char *slash = strchr(key, '/');
	char language[CONTENT_TOPIC_KEY_MAX + 1];
	size_t len = slash ? (size_t)(slash - key) : 0;

	if (!slash || len >= sizeof language)
		return false;
	memcpy(language, key, len);
	language[len] = '\0';
	return content_find_topic(lib, slash + 1, language) != NULL;
}

/* A fingerprint of lib's glossary versions (their addresses, compared
 * like the topics' below); never 0, so the first library indexes them. */
static uintptr_t glossaries_of(const struct content_library *lib)
{
	uintptr_t h = 1 + lib->glossary_count;

	for (size_t i = 0; i < lib->glossary_count; i++)
		h = h * 1000003u ^ (uintptr_t)lib->glossaries[i];
	return h ? h : 1;
}

/* Takes the topic indexed as number n out of the index now, so the index
 * never points at a topic the caller may free after finder_follow. */
static void forget(struct finder *f, size_t n)
{
	search_remove_topic(f->search, f->keys.keys[n]);
	f->indexed[n] = 0;
}

void finder_follow(struct finder *f, const struct content_library *lib)
{
	lock_for_caller(f);
	f->lib = lib;
	/* Still due when the last library's were not indexed yet. */
	f->glossaries_due = f->glossaries_due ||
			    glossaries_of(lib) != f->glossaries_indexed;
	f->glossaries_indexed = glossaries_of(lib);
	f->todo_count = f->todo_next = 0;
	for (size_t i = 0; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];
		size_t n;
		bool known = strset_find(&f->keys, t->key, strlen(t->key), &n);

		if (known && f->indexed[n] == (uintptr_t)t)
			continue;
		if (known && f->indexed[n])
			forget(f, n);
		xgrow((void **)&f->todo, &f->todo_cap, f->todo_count + 1, sizeof *f->todo);
		f->todo[f->todo_count++] = t;
	}
	for (size_t n = 0; n < f->keys.count; n++)
		if (f->indexed[n] && !library_has(lib, f->keys.keys[n]))
			forget(f, n);
	pthread_cond_signal(&f->wake);
	pthread_mutex_unlock(&f->lock);
}

bool finder_ready(struct finder *f)
{
	return atomic_load(&f->ready);
}

bool finder_idle(struct finder *f)
{
	bool idle;

	lock_for_caller(f);
	idle = !has_work(f);
	pthread_mutex_unlock(&f->lock);
	return idle;
}

size_t finder_query(struct finder *f, const char *language, const char *text,
		    struct search_hit *hits, size_t max)
{
	size_t found;

	if (!finder_ready(f))
		return 0;
	lock_for_caller(f);
	found = search_query(f->search, language, text, hits, max);
	pthread_mutex_unlock(&f->lock);
	return found;
}

bool finder_suggest(struct finder *f, const char *text, char *out, size_t outsz)
{
	bool found;

	if (outsz)
		out[0] = '\0';
	if (!finder_ready(f))
		return false;
	lock_for_caller(f);
	found = search_suggest(f->search, text, out, outsz);
	pthread_mutex_unlock(&f->lock);
	return found;
}

static bool engine_ready(void *ctx)
{
	return finder_ready(ctx);
}

static size_t engine_query(void *ctx, const char *language, const char *text,
			   struct search_hit *hits, size_t max)
{
	return finder_query(ctx, language, text, hits, max);
}

static bool engine_suggest(void *ctx, const char *text, char *out, size_t outsz)
{
	return finder_suggest(ctx, text, out, outsz);
}

struct finder_engine finder_engine(struct finder *f)
{
	return (struct finder_engine){
		.ctx = f, .ready = engine_ready, .query = engine_query,
		.suggest = engine_suggest,
	};
}
