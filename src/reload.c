#include "reload.h"

#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct watch *open_watch(const struct reloader *r, long now_ms)
{
	if (r->conf->reload == RELOAD_OFF)
		return NULL;
	return watch_open(r->conf->content_dir, r->conf_path,
			  r->conf->reload == RELOAD_POLL, now_ms);
}

void reload_init(struct reloader *r, const char *conf_path, struct conf *conf,
		 struct content_library *lib, struct kiosk_log *log, long now_ms)
{
	memset(r, 0, sizeof *r);
	r->conf_path = conf_path;
	r->conf = conf;
	r->lib = lib;
	r->log = log;
	r->last_reload = time(NULL);
	r->watch = open_watch(r, now_ms);
}

void reload_close(struct reloader *r)
{
	watch_close(r->watch);
	r->watch = NULL;
	diag_clear(&r->problems);
}

void reload_note_problems(struct reloader *r, const struct diag *problems)
{
	diag_copy(&r->problems, problems);
}

/* Replaces the whole library (a new folder, or the folder came back). */
static void load_all(struct reloader *r, long now_ms)
{
	struct diag diag = DIAG_INIT;

	content_library_free(r->old_lib);
	r->old_lib = r->lib;
	r->lib = content_library_load(r->conf->content_dir, &diag);
	log_diag(r->log, now_ms, r->conf->content_dir, &diag);
	diag_clear(&r->problems);
	diag_copy(&r->problems, &diag);
	r->last_reload = time(NULL);
	diag_clear(&diag);
}

static unsigned reload_conf(struct reloader *r, long now_ms)
{
	struct diag diag = DIAG_INIT;
	struct conf fresh;
	bool new_dir;

	conf_defaults(&fresh);
	diag_drop_path(&r->problems, r->conf_path);
	if (!conf_load(&fresh, r->conf_path, &diag)) {
		diag_copy(&r->problems, &diag);
		log_diag(r->log, now_ms, r->conf_path, &diag);
		log_event(r->log, now_ms, "reload", "%s\tkept the last good settings",
			  r->conf_path);
		diag_clear(&diag);
		conf_free(&fresh);
		return 0;
	}
	log_diag(r->log, now_ms, r->conf_path, &diag);
	diag_clear(&diag);
	new_dir = strcmp(fresh.content_dir, r->conf->content_dir) != 0;
	bool new_watch = new_dir || fresh.reload != r->conf->reload;
	conf_free(r->conf);
	*r->conf = fresh;
	log_event(r->log, now_ms, "reload", "%s", r->conf_path);
	if (new_watch) {
		watch_close(r->watch);
		r->watch = open_watch(r, now_ms);
	}
	if (!new_dir)
		return RELOAD_CONF;
	load_all(r, now_ms);
	return RELOAD_CONF | RELOAD_CONTENT;
}

/* The path of content file name, in the content folder (owned by the
 * caller). */
static char *content_path(const struct reloader *r, const char *name)
{
	const char *dir = r->conf->content_dir;
	size_t dir_len = strlen(dir), n = dir_len + strlen(name) + 2;
	char *path = xmalloc(n);

	snprintf(path, n, "%s%s%s", dir, dir_len && dir[dir_len - 1] == '/' ? "" : "/",
		 name);
	return path;
}

/* Logs the problems of the content file name (in the content folder). */
static void log_file_diag(struct reloader *r, long now_ms, const char *name,
			  struct diag *diag)
{
	char *path = content_path(r, name);

	log_diag(r->log, now_ms, path, diag);
	free(path);
}

/* Drops the problems of content file name: it is being read again. */
static void forget_file(struct reloader *r, const char *name)
{
	char *path = content_path(r, name);

	diag_drop_path(&r->problems, path);
	free(path);
}

unsigned reload_poll(struct reloader *r, long now_ms)
{
	char name[WATCH_NAME_MAX];
	unsigned changed = 0;
	enum watch_change what;

	while (r->watch && (what = watch_next(r->watch, now_ms, name)) != WATCH_NONE) {
		struct diag diag = DIAG_INIT;

		switch (what) {
		case WATCH_CONF:
			if (r->conf_path)
				changed |= reload_conf(r, now_ms);
			break;
		case WATCH_RESCAN:
			load_all(r, now_ms);
			changed |= RELOAD_CONTENT;
			break;
		case WATCH_CONTENT_FILE:
			forget_file(r, name);
			if (content_library_reload_file(r->lib, name, &diag)) {
				changed |= RELOAD_CONTENT;
				log_event(r->log, now_ms, "reload", "%s", name);
			} else if (diag.errors) {
				log_event(r->log, now_ms, "reload", "%s\tkept the "
					  "last good version", name);
			}
			diag_copy(&r->problems, &diag);
			r->last_reload = time(NULL);
			log_file_diag(r, now_ms, name, &diag);
			break;
		case WATCH_NONE:
			break;
		}
		diag_clear(&diag);
	}
	return changed;
}

void reload_release(struct reloader *r)
{
	content_library_release_retired(r->lib);
	content_library_free(r->old_lib);
	r->old_lib = NULL;
}
