#include "watch.h"

#include "content.h"
#include "xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

/* What a file looked like: a change in any of these is a change. */
struct signature {
	long long mtime_ns, size, inode;
	bool exists;
};

struct pending {
	char name[WATCH_NAME_MAX];
	enum watch_change what;
	long due_ms;
	struct signature sig;		/* polling: as last seen */
};

struct known {
	char name[WATCH_NAME_MAX];
	struct signature sig;
	bool seen;			/* in the folder at the latest look */
};

struct watch {
	char *dir;
	char *dir_parent, *dir_name;	/* dir_name NULL: no parent to watch */
	char *conf_path;
	char *conf_dir, *conf_name;
	int fd;				/* inotify, or -1 */
	int dir_wd, conf_wd, parent_wd;
	bool dir_lost;			/* the folder went away */
	bool primed;			/* polling: the first look is done */
	long next_poll_ms;
	struct known *known;		/* polling: the folder as last seen */
	size_t known_count, known_cap;
	struct signature conf_sig;
	struct pending *pending;
	size_t pending_count, pending_cap;
};

static struct signature signature_of(const char *path)
{
	struct stat st;
	struct signature s = { 0 };

	if (stat(path, &st) == 0) {
		s.exists = true;
		s.mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
		s.size = (long long)st.st_size;
		s.inode = (long long)st.st_ino;
	}
	return s;
}

static bool same(struct signature a, struct signature b)
{
	return a.exists == b.exists && a.mtime_ns == b.mtime_ns &&
	       a.size == b.size && a.inode == b.inode;
}

/* Queues a change, or pushes back the time of one already queued: a file
 * still being written keeps moving its own deadline. */
static void queue(struct watch *w, enum watch_change what, const char *name,
		  long due_ms, struct signature sig)
{
	for (size_t i = 0; i < w->pending_count; i++) {
		struct pending *p = &w->pending[i];
		if (p->what == what && strcmp(p->name, name) == 0) {
			p->due_ms = due_ms;
			p->sig = sig;
			return;
		}
	}
	xgrow((void **)&w->pending, &w->pending_cap, w->pending_count + 1,
	      sizeof *w->pending);
	struct pending *p = &w->pending[w->pending_count++];
	snprintf(p->name, sizeof p->name, "%s", name);
	p->what = what;
	p->due_ms = due_ms;
	p->sig = sig;
}

static char *path_in(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = xmalloc(n);
	snprintf(path, n, "%s/%s", dir, name);
	return path;
}

static char *copy_span(const char *s, size_t n)
{
	char *copy = xmalloc(n + 1);

	memcpy(copy, s, n);
	copy[n] = '\0';
	return copy;
}

/* Splits path into its folder and last name, both allocated; trailing
 * slashes are ignored.  The folder of "name" is ".", of "/name" "/". */
static void split_path(const char *path, char **parent, char **name)
{
	size_t len = strlen(path), cut;

	while (len > 1 && path[len - 1] == '/')
		len--;
	cut = len;
	while (cut > 0 && path[cut - 1] != '/')
		cut--;
	*name = copy_span(path + cut, len - cut);
	if (cut == 0)
		*parent = xstrdup(".");
	else if (cut == 1)
		*parent = xstrdup("/");
	else
		*parent = copy_span(path, cut - 1);
}

static void poll_files(struct watch *w, long now_ms);

static void add_dir_watch(struct watch *w)
{
	w->dir_wd = inotify_add_watch(w->fd, w->dir, IN_CLOSE_WRITE | IN_MOVED_TO |
				      IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF |
				      IN_MOVE_SELF | IN_ONLYDIR);
	w->dir_lost = w->dir_wd < 0;
}

struct watch *watch_open(const char *dir, const char *conf_path, bool force_polling,
			 long now_ms)
{
	struct watch *w = xcalloc(1, sizeof *w);

	w->dir = xstrdup(dir);
	w->fd = -1;
	w->dir_wd = w->conf_wd = w->parent_wd = -1;
	split_path(dir, &w->dir_parent, &w->dir_name);
	if (!*w->dir_name || !strcmp(w->dir_name, ".") || !strcmp(w->dir_name, "..")) {
		free(w->dir_name);
		w->dir_name = NULL;
	}
	if (conf_path) {
		w->conf_path = xstrdup(conf_path);
		split_path(conf_path, &w->conf_dir, &w->conf_name);
		w->conf_sig = signature_of(conf_path);
	}
	if (!force_polling)
		w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->fd >= 0) {
		add_dir_watch(w);
		/* The folder's name can be given a new folder in one step (a
		 * link swapped with rename(2), as kiosk-pull does), which the
		 * watch on the old folder never sees.  Both watches may land on
		 * the same folder, hence IN_MASK_ADD. */
		if (w->dir_name)
			w->parent_wd = inotify_add_watch(w->fd, w->dir_parent, IN_CREATE |
							 IN_MOVED_TO | IN_MASK_ADD);
		if (conf_path)
			w->conf_wd = inotify_add_watch(w->fd, w->conf_dir, IN_CLOSE_WRITE |
						       IN_MOVED_TO | IN_MASK_ADD);
	}
	/* The fallback starts from the folder as it is now. */
	w->next_poll_ms = now_ms;
	if (w->fd < 0)
		poll_files(w, now_ms);
	return w;
}

void watch_close(struct watch *w)
{
	if (!w)
		return;
	if (w->fd >= 0)
		close(w->fd);
	free(w->dir);
	free(w->dir_parent);
	free(w->dir_name);
	free(w->conf_path);
	free(w->conf_dir);
	free(w->conf_name);
	free(w->known);
	free(w->pending);
	free(w);
}

bool watch_uses_inotify(const struct watch *w)
{
	return w->fd >= 0;
}

/* The folder's name now leads to another folder: watch that one and read
 * it all.  If it is not there (yet), the lost-folder retry takes over. */
static void follow_new_dir(struct watch *w, long now_ms)
{
	struct signature none = { 0 };

	if (w->dir_wd >= 0)
		inotify_rm_watch(w->fd, w->dir_wd);
	add_dir_watch(w);
	if (!w->dir_lost)
		queue(w, WATCH_RESCAN, "", now_ms + WATCH_SETTLE_MS, none);
}

static void read_inotify(struct watch *w, long now_ms)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t n;
	struct signature none = { 0 };

	while ((n = read(w->fd, buf, sizeof buf)) > 0) {
		for (char *p = buf; p < buf + n; ) {
			const struct inotify_event *ev = (const struct inotify_event *)p;

			p += sizeof *ev + ev->len;
			if (ev->wd == w->dir_wd &&
			    (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED))) {
				inotify_rm_watch(w->fd, w->dir_wd);
				w->dir_wd = -1;
				w->dir_lost = true;
			} else if (ev->wd == w->dir_wd && ev->len &&
				   content_is_content_file_name(ev->name)) {
				queue(w, WATCH_CONTENT_FILE, ev->name,
				      now_ms + WATCH_SETTLE_MS, none);
			} else if (ev->wd == w->parent_wd && ev->len &&
				   strcmp(ev->name, w->dir_name) == 0) {
				follow_new_dir(w, now_ms);
			} else if (ev->wd == w->conf_wd && ev->len &&
				   strcmp(ev->name, w->conf_name) == 0) {
				queue(w, WATCH_CONF, "", now_ms + WATCH_SETTLE_MS, none);
			}
		}
	}
	/* A folder that was removed or replaced is watched again when it
	 * is back, and then read from scratch. */
	if (w->dir_lost && now_ms >= w->next_poll_ms) {
		w->next_poll_ms = now_ms + WATCH_POLL_MS / 2;
		add_dir_watch(w);
		if (!w->dir_lost)
			queue(w, WATCH_RESCAN, "", now_ms + WATCH_SETTLE_MS, none);
	}
}

static struct known *find_known(struct watch *w, const char *name)
{
	for (size_t i = 0; i < w->known_count; i++)
		if (strcmp(w->known[i].name, name) == 0)
			return &w->known[i];
	return NULL;
}

/* The fallback: compares every file with how it looked last time.  A
 * change is queued for the next look, and reported only if the file then
 * looks the same again, that is, once it has stopped changing. */
static void poll_files(struct watch *w, long now_ms)
{
	DIR *d;
	struct dirent *de;
	struct signature conf;

	if (now_ms < w->next_poll_ms)
		return;
	w->next_poll_ms = now_ms + WATCH_POLL_MS;
	for (size_t i = 0; i < w->known_count; i++)
		w->known[i].seen = false;
	d = opendir(w->dir);
	while (d && (de = readdir(d))) {
		char *path;
		struct signature sig;
		struct known *k;

		if (!content_is_content_file_name(de->d_name) ||
		    strlen(de->d_name) >= WATCH_NAME_MAX)
			continue;
		path = path_in(w->dir, de->d_name);
		sig = signature_of(path);
		free(path);
		k = find_known(w, de->d_name);
		if (!k) {
			xgrow((void **)&w->known, &w->known_cap, w->known_count + 1,
			      sizeof *w->known);
			k = &w->known[w->known_count++];
			snprintf(k->name, sizeof k->name, "%s", de->d_name);
			if (w->primed)
				queue(w, WATCH_CONTENT_FILE, de->d_name,
				      now_ms + WATCH_POLL_MS, sig);
		} else if (!same(k->sig, sig)) {
			/* Due after the next look; a further change there
			 * pushes it back again. */
			queue(w, WATCH_CONTENT_FILE, de->d_name,
			      now_ms + WATCH_POLL_MS, sig);
		}
		k->sig = sig;
		k->seen = true;
	}
	if (d)
		closedir(d);
	w->primed = true;
	for (size_t i = 0; i < w->known_count; ) {
		if (!w->known[i].seen) {
			queue(w, WATCH_CONTENT_FILE, w->known[i].name, now_ms,
			      w->known[i].sig);
			w->known[i] = w->known[--w->known_count];
		} else {
			i++;
		}
	}
	if (w->conf_path) {
		conf = signature_of(w->conf_path);
		if (!same(conf, w->conf_sig))
			queue(w, WATCH_CONF, "", now_ms + WATCH_POLL_MS, conf);
		w->conf_sig = conf;
	}
}

enum watch_change watch_next(struct watch *w, long now_ms, char *name)
{
	if (w->fd >= 0)
		read_inotify(w, now_ms);
	else
		poll_files(w, now_ms);
	for (size_t i = 0; i < w->pending_count; i++) {
		struct pending p = w->pending[i];

		if (now_ms < p.due_ms)
			continue;
		w->pending[i] = w->pending[--w->pending_count];
		snprintf(name, WATCH_NAME_MAX, "%s", p.name);
		return p.what;
	}
	return WATCH_NONE;
}
