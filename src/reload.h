/* reload: taking changed content files and settings while the kiosk runs.
 *
 * A changed file is parsed on its own; if it is good it replaces the old
 * version, and if not the old version stays and the problems go to the
 * log.  Settings work the same way: a kiosk.conf with any error is not
 * taken. */
#ifndef KIOSK_RELOAD_H
#define KIOSK_RELOAD_H

#include "conf.h"
#include "content.h"
#include "log.h"
#include "watch.h"

#include <time.h>

enum { RELOAD_CONTENT = 1, RELOAD_CONF = 2 };

struct reloader {
	struct watch *watch;
	const char *conf_path;		/* NULL: defaults, nothing to watch */
	struct conf *conf;		/* the settings in force */
	struct content_library *lib;	/* the content in force */
	struct content_library *old_lib;	/* replaced whole, not yet freed */
	struct kiosk_log *log;
	/* The problems of the files in force, for the staff screen: each
	 * file's latest, replaced when it is read again. */
	struct diag problems;
	time_t last_reload;		/* when content was last taken */
};

/* Starts watching conf->content_dir and conf_path, as conf->reload says.
 * The content's problems start empty: reload_note_problems adds those of
 * the first load. */
void reload_init(struct reloader *r, const char *conf_path, struct conf *conf,
		 struct content_library *lib, struct kiosk_log *log, long now_ms);
void reload_close(struct reloader *r);

/* Adds copies of the problems found when lib was first loaded. */
void reload_note_problems(struct reloader *r, const struct diag *problems);

/* Applies every settled change.  Returns RELOAD_* flags for what changed.
 * After RELOAD_CONTENT the caller points everything at r->lib and then
 * calls reload_release. */
unsigned reload_poll(struct reloader *r, long now_ms);

/* Frees what a reload replaced. */
void reload_release(struct reloader *r);

#endif
