#include "figahead.h"

#include "xalloc.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum job_state { JOB_QUEUED, JOB_MAKING, JOB_READY };

struct job {
	char *path;			/* owned; NULL: the slot is free */
	struct figahead_want want;	/* its path is path */
	enum job_state state;
	bool wanted;			/* false: freed once made */
	unsigned long order;		/* queued jobs are made lowest first */
	bool made;			/* READY: false when it could not be */
	struct figure_picture picture;
};

struct figahead {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;		/* work queued, or quit */
	pthread_cond_t done;		/* a job was made */
	bool quit;
	/* One more than planned: the job being made may no longer be. */
	struct job jobs[FIGAHEAD_MAX + 1];
	unsigned long made;
	struct imgcache *images;	/* not owned; NULL: none */
};

static void job_free(struct job *j)
{
	free(j->path);
	figure_picture_free(&j->picture);
	memset(j, 0, sizeof *j);
}

static bool is_want(const struct job *j, const struct figahead_want *w)
{
	const struct figahead_want *o = &j->want;

	return j->path && o->mode == w->mode && o->max_cols == w->max_cols &&
	       o->max_rows == w->max_rows && o->mtime_ns == w->mtime_ns &&
	       o->size == w->size && strcmp(o->path, w->path) == 0;
}

static struct job *find(struct figahead *a, const struct figahead_want *w)
{
	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++)
		if (is_want(&a->jobs[i], w))
			return &a->jobs[i];
	return NULL;
}

static struct job *next_queued(struct figahead *a)
{
	struct job *next = NULL;

	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++) {
		struct job *j = &a->jobs[i];

		if (j->path && j->state == JOB_QUEUED &&
		    (!next || j->order < next->order))
			next = j;
	}
	return next;
}

bool figahead_note_file(struct figahead_want *want)
{
	struct stat st;

	if (stat(want->path, &st) != 0)
		return false;
	want->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL +
			 st.st_mtim.tv_nsec;
	want->size = st.st_size;
	return true;
}

bool figahead_make(struct imgcache *images, const struct figahead_want *want,
		   struct figure_picture *out)
{
	const struct image *img;
	char why[IMAGE_WHY_MAX];
	bool made;

	if (!images)
		return figure_picture_load(want->path, want->mode, want->max_cols,
					   want->max_rows, out);
	memset(out, 0, sizeof *out);
	img = imgcache_get(images, want->path, want->mtime_ns, want->size, why,
			   sizeof why);
	if (!img)
		return false;
	made = figure_picture_make(img, want->mode, want->max_cols,
				   want->max_rows, out);
	imgcache_release(images, img);
	return made;
}

/* Makes j's picture without the lock: while j is being made, only the
 * worker changes it.  A file changed since it was planned is left: the
 * next plan asks for it as it is now. */
static void make(struct figahead *a, struct job *j)
{
	struct figahead_want now = j->want;

	if (!figahead_note_file(&now) || now.mtime_ns != j->want.mtime_ns ||
	    now.size != j->want.size)
		return;
	j->made = figahead_make(a->images, &now, &j->picture);
}

static void *worker(void *arg)
{
	struct figahead *a = arg;
	struct job *j;

	pthread_mutex_lock(&a->lock);
	for (;;) {
		while (!a->quit && !(j = next_queued(a)))
			pthread_cond_wait(&a->wake, &a->lock);
		if (a->quit)
			break;
		j->state = JOB_MAKING;
		pthread_mutex_unlock(&a->lock);
		make(a, j);
		pthread_mutex_lock(&a->lock);
		j->state = JOB_READY;
		a->made++;
		if (!j->wanted)
			job_free(j);
		pthread_cond_broadcast(&a->done);
	}
	pthread_mutex_unlock(&a->lock);
	return NULL;
}

struct figahead *figahead_open(struct imgcache *images)
{
	struct figahead *a = xcalloc(1, sizeof *a);
	sigset_t all, before;
	int err;

	pthread_mutex_init(&a->lock, NULL);
	pthread_cond_init(&a->wake, NULL);
	pthread_cond_init(&a->done, NULL);
	a->images = images;
	/* The worker inherits this mask, and libchafa's threads the
	 * worker's. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &before);
	err = pthread_create(&a->thread, NULL, worker, a);
	pthread_sigmask(SIG_SETMASK, &before, NULL);
	if (err != 0) {
		pthread_cond_destroy(&a->done);
		pthread_cond_destroy(&a->wake);
		pthread_mutex_destroy(&a->lock);
		free(a);
		return NULL;
	}
	return a;
}

void figahead_close(struct figahead *a)
{
	if (!a)
		return;
	pthread_mutex_lock(&a->lock);
	a->quit = true;
	pthread_cond_signal(&a->wake);
	pthread_mutex_unlock(&a->lock);
	pthread_join(a->thread, NULL);
	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++)
		job_free(&a->jobs[i]);
	pthread_cond_destroy(&a->done);
	pthread_cond_destroy(&a->wake);
	pthread_mutex_destroy(&a->lock);
	free(a);
}

static struct job *free_slot(struct figahead *a)
{
	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++)
		if (!a->jobs[i].path)
			return &a->jobs[i];
	return NULL;
}

void figahead_plan(struct figahead *a, const struct figahead_want *wants,
		   size_t count)
{
	if (count > FIGAHEAD_MAX)
		count = FIGAHEAD_MAX;
	pthread_mutex_lock(&a->lock);
	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++)
		a->jobs[i].wanted = false;
	for (size_t i = 0; i < count; i++) {
		struct job *j = find(a, &wants[i]);

		if (j) {
			j->wanted = true;
			j->order = i;
		}
	}
	/* Unwanted slots are freed before new jobs take them. */
	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++)
		if (a->jobs[i].path && !a->jobs[i].wanted &&
		    a->jobs[i].state != JOB_MAKING)
			job_free(&a->jobs[i]);
	for (size_t i = 0; i < count; i++) {
		struct job *j;

		if (find(a, &wants[i]) || !(j = free_slot(a)))
			continue;
		j->path = xstrdup(wants[i].path);
		j->want = wants[i];
		j->want.path = j->path;
		j->state = JOB_QUEUED;
		j->wanted = true;
		j->order = i;
	}
	pthread_cond_signal(&a->wake);
	pthread_mutex_unlock(&a->lock);
}

bool figahead_take(struct figahead *a, const struct figahead_want *want,
		   struct figure_picture *out)
{
	struct job *j;
	bool taken = false;

	memset(out, 0, sizeof *out);
	pthread_mutex_lock(&a->lock);
	while ((j = find(a, want)) && j->state == JOB_MAKING)
		pthread_cond_wait(&a->done, &a->lock);
	if (j && j->state == JOB_READY && j->made) {
		*out = j->picture;
		memset(&j->picture, 0, sizeof j->picture);
		taken = true;
	}
	if (j)
		job_free(j);
	pthread_mutex_unlock(&a->lock);
	return taken;
}

static bool busy(const struct figahead *a)
{
	for (size_t i = 0; i < FIGAHEAD_MAX + 1; i++)
		if (a->jobs[i].path && a->jobs[i].state != JOB_READY)
			return true;
	return false;
}

void figahead_wait(struct figahead *a)
{
	pthread_mutex_lock(&a->lock);
	while (busy(a))
		pthread_cond_wait(&a->done, &a->lock);
	pthread_mutex_unlock(&a->lock);
}

unsigned long figahead_made(struct figahead *a)
{
	unsigned long made;

	pthread_mutex_lock(&a->lock);
	made = a->made;
	pthread_mutex_unlock(&a->lock);
	return made;
}
