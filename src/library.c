/* Loading a content folder: reading files safely, then the checks that need
 * more than one file (repeated ids, links between topics). */
#include "content.h"

#include "groups.h"
#include "readfile.h"
#include "suggest.h"
#include "xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Editors' lock, swap and backup files are never content. */
bool content_is_content_file_name(const char *name)
{
	return name[0] != '.' && name[0] != '#' && name[0] != '~' &&
	       (has_suffix(name, ".yaml") || has_suffix(name, ".yml"));
}

static bool has_suffix_nocase(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

static bool contains_nocase(const char *s, const char *part)
{
	size_t m = strlen(part);

	for (; *s; s++)
		if (strncasecmp(s, part, m) == 0)
			return true;
	return false;
}

/* Why a file that looks like content is not read, or NULL when it does
 * not look like content at all (a README) or is read. */
static const char *ignored_reason(const char *name)
{
	if (content_is_content_file_name(name) ||
	    (!contains_nocase(name, ".yaml") && !contains_nocase(name, ".yml")))
		return NULL;
	if (has_suffix(name, ".swp") || has_suffix(name, ".swo") ||
	    has_suffix(name, ".swx"))
		return "an editor's swap file";
	if (name[0] == '.' && name[1] == '#')
		return "an editor's lock file";
	if (name[0] == '#' || name[0] == '~' || has_suffix(name, "~") ||
	    has_suffix_nocase(name, ".bak") || has_suffix_nocase(name, ".orig"))
		return "a backup file";
	if (name[0] == '.')
		return "a hidden file";
	if (has_suffix_nocase(name, ".yaml") || has_suffix_nocase(name, ".yml"))
		return "the name must end in .yaml in small letters; rename it";
	return "the name does not end in .yaml (your editor may have added "
	       "another ending, like .txt); rename it to end in .yaml";
}

static void note_ignored(struct content_library *lib, const char *name,
			 const char *reason)
{
	xgrow((void **)&lib->ignored, &lib->ignored_cap, lib->ignored_count + 1,
	      sizeof *lib->ignored);
	lib->ignored[lib->ignored_count].name = xstrdup(name);
	lib->ignored[lib->ignored_count++].reason = reason;
}

static bool is_glossary_file_name(const char *name)
{
	return strncmp(name, "glossary.", 9) == 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ignored_cmp(const void *a, const void *b)
{
	return strcmp(((const struct content_ignored *)a)->name,
		      ((const struct content_ignored *)b)->name);
}

static char *read_content(const char *path, size_t *len, struct diag *diag)
{
	return readfile(path, CONTENT_MAX_FILE_BYTES, len, diag,
			"split it into smaller topics");
}

/* Past CONTENT_MAX_FILES, the names after the first CONTENT_MAX_FILES in
 * name order are left out, and the message names them. */
static void leave_out(const char *dir, char **names, size_t n, struct diag *diag)
{
	char shown[3][80];
	size_t extra = n - CONTENT_MAX_FILES;

	for (size_t i = 0; i < 3 && i < extra; i++)
		diag_quote(names[CONTENT_MAX_FILES + i], strlen(names[CONTENT_MAX_FILES + i]),
			   shown[i], sizeof shown[i]);
	diag_add(diag, DIAG_ERROR, dir, 0, 0, "%zu content files; only the "
		 "first %d by name are read, so %zu are left out: %s%s%s%s%s%s; "
		 "move some topics to another kiosk's folder", n, CONTENT_MAX_FILES,
		 extra, shown[0], extra > 1 ? ", " : "", extra > 1 ? shown[1] : "",
		 extra > 2 ? ", " : "", extra > 2 ? shown[2] : "",
		 extra > 3 ? " and more" : "");
	for (size_t i = CONTENT_MAX_FILES; i < n; i++)
		free(names[i]);
}

/* The sorted names of the content files in dir, or NULL after reporting.
 * The caller frees each name and the array. */
static char **list_files(struct content_library *lib, const char *dir,
			 size_t *count, struct diag *diag)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;

	*count = 0;
	if (!d) {
		diag_add(diag, DIAG_ERROR, dir, 0, 0, "cannot open the content "
			 "folder: %s; check 'content_dir' in kiosk.conf",
			 strerror(errno));
		return NULL;
	}
	while ((de = readdir(d))) {
		const char *reason = ignored_reason(de->d_name);

		if (reason)
			note_ignored(lib, de->d_name, reason);
		else if (has_suffix(de->d_name, ".yml"))
			note_ignored(lib, de->d_name, "read like a .yaml file; "
				     "the usual ending is .yaml");
		if (!content_is_content_file_name(de->d_name))
			continue;
		xgrow((void **)&names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, name_cmp);
	if (n > CONTENT_MAX_FILES) {
		leave_out(dir, names, n, diag);
		n = CONTENT_MAX_FILES;
	}
	if (lib->ignored_count)
		qsort(lib->ignored, lib->ignored_count, sizeof *lib->ignored,
		      ignored_cmp);
	*count = n;
	return names;
}

static char *join_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = xmalloc(n);

	snprintf(path, n, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", name);
	return path;
}

const struct content_glossary *content_find_glossary(const struct content_library *lib,
						     const char *language)
{
	for (size_t i = 0; i < lib->glossary_count; i++)
		if (strcmp(lib->glossaries[i]->language, language) == 0)
			return lib->glossaries[i];
	return NULL;
}

/* Hash tables of topics, by "language/id" and by file path, so finding a
 * topic costs the same with ten thousand topics as with ten. */

/* A tombstone: a slot whose topic was removed, kept so probing goes on. */
static const struct content_topic removed_slot;

static const char *key_by_id(const struct content_topic *t)
{
	return t->key;
}

static const char *key_by_path(const struct content_topic *t)
{
	return t->path;
}

static size_t hash_string(const char *s)
{
	size_t h = 14695981039346656037ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void table_insert(struct content_table *tab, const struct content_topic *t);

/* Keeps the table at most half full, tombstones included. */
static void table_grow(struct content_table *tab)
{
	const struct content_topic **old = tab->slots;
	size_t old_cap = tab->cap;

	if ((tab->used + 1) * 2 <= tab->cap)
		return;
	tab->cap = old_cap ? old_cap * 2 : 64;
	tab->slots = xcalloc(tab->cap, sizeof *tab->slots);
	tab->used = 0;
	for (size_t i = 0; i < old_cap; i++)
		if (old[i] && old[i] != &removed_slot)
			table_insert(tab, old[i]);
	free(old);
}

static void table_insert(struct content_table *tab, const struct content_topic *t)
{
	size_t mask, i;

	table_grow(tab);
	mask = tab->cap - 1;
	i = hash_string(tab->key(t)) & mask;
	while (tab->slots[i] && tab->slots[i] != &removed_slot)
		i = (i + 1) & mask;
	if (!tab->slots[i])
		tab->used++;
	tab->slots[i] = t;
}

static const struct content_topic **table_find(const struct content_table *tab,
					       const char *key)
{
	size_t mask = tab->cap - 1, i;

	if (!tab->cap)
		return NULL;
	for (i = hash_string(key) & mask; tab->slots[i]; i = (i + 1) & mask)
		if (tab->slots[i] != &removed_slot &&
		    strcmp(tab->key(tab->slots[i]), key) == 0)
			return &tab->slots[i];
	return NULL;
}

static void table_remove(struct content_table *tab, const struct content_topic *t)
{
	const struct content_topic **slot = table_find(tab, tab->key(t));

	if (slot && *slot == t)
		*slot = &removed_slot;
}

const struct content_topic *content_find_topic(const struct content_library *lib,
					       const char *id, const char *language)
{
	char key[CONTENT_TOPIC_KEY_MAX];
	const struct content_topic **slot;

	if (snprintf(key, sizeof key, "%s/%s", language, id) >= (int)sizeof key)
		return NULL;
	slot = table_find(&lib->by_id, key);
	return slot ? *slot : NULL;
}

static int topic_order(const void *a, const void *b)
{
	const struct content_topic *x = *(const struct content_topic *const *)a;
	const struct content_topic *y = *(const struct content_topic *const *)b;
	int c = strcmp(x->language, y->language);

	if (!c)
		c = (x->order > y->order) - (x->order < y->order);
	return c ? c : strcasecmp(x->title, y->title);
}

/* Where t is, or would go, in the sorted topics (a binary search). */
static size_t sorted_position(const struct content_library *lib,
			      const struct content_topic *t)
{
	size_t lo = 0, hi = lib->topic_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (topic_order(&lib->topics[mid], &t) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index in lib->topics of the topic read from path, or -1. */
static long topic_index_by_path(const struct content_library *lib, const char *path)
{
	const struct content_topic **slot = table_find(&lib->by_path, path);

	if (!slot)
		return -1;
	for (size_t i = lib->sorted ? sorted_position(lib, *slot) : 0;
	     i < lib->topic_count; i++)
		if (lib->topics[i] == *slot)
			return (long)i;
	return -1;
}

/* The index of the glossary read from path, or -1. */
static long glossary_index_by_path(const struct content_library *lib, const char *path)
{
	for (size_t i = 0; i < lib->glossary_count; i++)
		if (strcmp(lib->glossaries[i]->path, path) == 0)
			return (long)i;
	return -1;
}

static void retire_topic(struct content_library *lib, size_t i)
{
	xgrow((void **)&lib->retired_topics, &lib->retired_topic_cap,
	      lib->retired_topic_count + 1, sizeof *lib->retired_topics);
	lib->retired_topics[lib->retired_topic_count++] = lib->topics[i];
	lib->bytes -= lib->topics[i]->bytes;
	table_remove(&lib->by_id, lib->topics[i]);
	table_remove(&lib->by_path, lib->topics[i]);
	memmove(lib->topics + i, lib->topics + i + 1,
		(lib->topic_count - i - 1) * sizeof *lib->topics);
	lib->topic_count--;
}

static void retire_glossary(struct content_library *lib, size_t i)
{
	xgrow((void **)&lib->retired_glossaries, &lib->retired_glossary_cap,
	      lib->retired_glossary_count + 1, sizeof *lib->retired_glossaries);
	lib->retired_glossaries[lib->retired_glossary_count++] = lib->glossaries[i];
	lib->bytes -= lib->glossaries[i]->bytes;
	memmove(lib->glossaries + i, lib->glossaries + i + 1,
		(lib->glossary_count - i - 1) * sizeof *lib->glossaries);
	lib->glossary_count--;
}

/* Adds g unless another file already holds its language's glossary. */
static bool add_glossary(struct content_library *lib, struct content_glossary *g,
			 struct diag *diag)
{
	const struct content_glossary *other = content_find_glossary(lib, g->language);

	if (other) {
		diag_add(diag, DIAG_ERROR, g->path, 0, 0, "a second glossary for "
			 "language '%s' (the first is %s); merge them into one "
			 "file", g->language, other->path);
		content_glossary_free(g);
		return false;
	}
	xgrow((void **)&lib->glossaries, &lib->glossary_cap,
	      lib->glossary_count + 1, sizeof *lib->glossaries);
	lib->glossaries[lib->glossary_count++] = g;
	lib->bytes += g->bytes;
	return true;
}

/* Adds t unless another file already holds a topic with its id. */
static bool add_topic(struct content_library *lib, struct content_topic *t,
		      struct diag *diag)
{
	const struct content_topic *other = content_find_topic(lib, t->id, t->language);

	if (other) {
		diag_add(diag, DIAG_ERROR, t->path, 0, 0, "topic id '%s' is "
			 "already used by %s; give each topic its own id, so "
			 "this file is left out", t->id, other->path);
		content_topic_free(t);
		return false;
	}
	xgrow((void **)&lib->topics, &lib->topic_cap, lib->topic_count + 1,
	      sizeof *lib->topics);
	if (lib->sorted) {
		size_t at = sorted_position(lib, t);
		memmove(lib->topics + at + 1, lib->topics + at,
			(lib->topic_count - at) * sizeof *lib->topics);
		lib->topics[at] = t;
		lib->topic_count++;
	} else {
		lib->topics[lib->topic_count++] = t;
	}
	table_insert(&lib->by_id, t);
	table_insert(&lib->by_path, t);
	lib->bytes += t->bytes;
	return true;
}

static void check_link(const struct content_library *lib,
		       const struct content_topic *t,
		       const struct content_link *link, struct diag *diag)
{
	const char **ids;
	const char *best;
	size_t n = 0;

	if (content_find_topic(lib, link->topic_id, t->language))
		return;
	ids = xmalloc((lib->topic_count + 1) * sizeof *ids);
	for (size_t i = 0; i < lib->topic_count; i++)
		if (!strcmp(lib->topics[i]->language, t->language))
			ids[n++] = lib->topics[i]->id;
	best = suggest_closest(link->topic_id, strlen(link->topic_id), ids, n);
	if (best)
		diag_add(diag, DIAG_ERROR, t->path, link->line, link->col,
			 "link to topic '%s', but no %s topic has that id; did "
			 "you mean '%s'?", link->topic_id, t->language, best);
	else
		diag_add(diag, DIAG_ERROR, t->path, link->line, link->col,
			 "link to topic '%s', but no %s topic has that id; "
			 "check the spelling or add the topic", link->topic_id,
			 t->language);
	free(ids);
}

static void check_links(const struct content_library *lib,
			const struct content_topic *t, struct diag *diag)
{
	for (size_t r = 0; r < t->related_count; r++)
		check_link(lib, t, &t->related[r], diag);
	for (size_t s = 0; s < t->section_count; s++)
		for (size_t p = 0; p < t->sections[s].page_count; p++) {
			const struct content_page *page = &t->sections[s].pages[p];
			for (size_t b = 0; b < page->block_count; b++)
				if (page->blocks[b].kind == BLOCK_LINK)
					check_link(lib, t, &page->blocks[b].u.link, diag);
		}
}

static void sort_topics(struct content_library *lib)
{
	if (lib->topic_count)
		qsort(lib->topics, lib->topic_count, sizeof *lib->topics, topic_order);
	lib->sorted = true;
}

/* The first place in [p, end) where c appears twice in a row, or NULL. */
static const char *find_pair(const char *p, const char *end, char c)
{
	for (; p + 1 < end; p++)
		if (p[0] == c && p[1] == c)
			return p;
	return NULL;
}

/* Keeps the glossary marks ("[[...]]") of a topic file that failed to
 * load, so its glossary words are not reported as unused: the file's own
 * errors are the problem to fix. */
static void keep_failed_marks(struct content_library *lib, const char *bytes,
			      size_t len)
{
	const char *p = bytes, *end = bytes + len, *open, *close;
	char *marks = xstrdup("");
	size_t used = 0;

	/* Marks in a file that is not UTF-8 cannot be read: then no entry
	 * can be called unused. */
	if (memchr(bytes, '\0', len))
		lib->failed_unreadable = true;

	while ((open = find_pair(p, end, '[')) && (close = find_pair(open, end, ']'))) {
		size_t n = (size_t)(close + 2 - open);

		marks = xrealloc(marks, used + n + 2);
		memcpy(marks + used, open, n);
		used += n;
		marks[used++] = ' ';
		marks[used] = '\0';
		p = close + 2;
	}
	xgrow((void **)&lib->failed_marks, &lib->failed_mark_cap,
	      lib->failed_mark_count + 1, sizeof *lib->failed_marks);
	lib->failed_marks[lib->failed_mark_count++] = marks;
}

static void retire_groups(struct content_library *lib)
{
	xgrow((void **)&lib->retired_groups, &lib->retired_groups_cap,
	      lib->retired_groups_count + 1, sizeof *lib->retired_groups);
	lib->retired_groups[lib->retired_groups_count++] = lib->groups;
	lib->bytes -= lib->groups->bytes;
	lib->groups = NULL;
}

/* library.yaml: a version that cannot be read at all leaves the groups in
 * force (none on the first load, so the menu is one list) and says so. */
static bool load_groups(struct content_library *lib, const char *path,
			const char *bytes, size_t len, struct diag *diag,
			bool check_ids)
{
	struct content_groups *g = bytes ? groups_parse(path, bytes, len, diag) : NULL;

	if (!g) {
		diag_add(diag, DIAG_WARNING, path, 0, 0, "%s", lib->groups ?
			 "until this file's errors are fixed, the menu keeps the "
			 "groups of its last good version" :
			 "until this file's errors are fixed, the menu shows "
			 "every topic in one list, without groups");
		return false;
	}
	if (lib->groups)
		retire_groups(lib);
	lib->groups = g;
	lib->bytes += len;
	if (check_ids)
		groups_check_ids(g, lib, diag);
	return true;
}

/* Reads and parses one file; on success it replaces whatever the same
 * file held before.  Returns true when the library changed. */
static bool load_file(struct content_library *lib, const char *name,
		      struct diag *diag, bool check_topic_links)
{
	char *path = join_path(lib->dir, name), *bytes;
	long old;
	size_t len;
	bool changed = false;

	if (strcmp(name, GROUPS_FILE_NAME) == 0) {
		bytes = read_content(path, &len, diag);
		changed = load_groups(lib, path, bytes, len, diag, check_topic_links);
	} else if (is_glossary_file_name(name)) {
		old = glossary_index_by_path(lib, path);
		bytes = read_content(path, &len, diag);
		struct content_glossary *g = bytes ?
			content_glossary_parse(path, bytes, len, diag) : NULL;
		const struct content_glossary *clash = g ?
			content_find_glossary(lib, g->language) : NULL;
		if (!g && !lib->failed_glossary)
			lib->failed_glossary = xstrdup(path);
		if (g && old >= 0 && clash && clash != lib->glossaries[old]) {
			/* Now claims another file's language: keep the last
			 * good version rather than lose both. */
			add_glossary(lib, g, diag);
		} else if (g) {
			g->bytes = len;
			if (old >= 0)
				retire_glossary(lib, (size_t)old);
			add_glossary(lib, g, diag);
			changed = true;
		}
	} else {
		old = topic_index_by_path(lib, path);
		bytes = read_content(path, &len, diag);
		struct content_topic *t = bytes ?
			content_topic_parse(path, bytes, len, lib, diag) : NULL;
		const struct content_topic *clash = t ?
			content_find_topic(lib, t->id, t->language) : NULL;
		if (!t && bytes && !lib->sorted)
			keep_failed_marks(lib, bytes, len);
		if (t && old >= 0 && clash && clash != lib->topics[old]) {
			/* The file now claims another file's id: keep the
			 * last good version rather than lose both. */
			add_topic(lib, t, diag);
		} else if (t) {
			t->bytes = len;
			if (old >= 0)
				retire_topic(lib, (size_t)old);
			if (add_topic(lib, t, diag) && check_topic_links)
				check_links(lib, t, diag);
			changed = true;
		}
	}
	free(bytes);
	free(path);
	return changed;
}

bool content_library_reload_file(struct content_library *lib, const char *name,
				 struct diag *diag)
{
	char *path = join_path(lib->dir, name);
	bool changed = false;
	long old;

	if (access(path, F_OK) != 0) {
		/* Gone: what it held goes with it. */
		if ((old = topic_index_by_path(lib, path)) >= 0) {
			retire_topic(lib, (size_t)old);
			changed = true;
		} else if ((old = glossary_index_by_path(lib, path)) >= 0) {
			retire_glossary(lib, (size_t)old);
			changed = true;
		} else if (lib->groups && strcmp(lib->groups->path, path) == 0) {
			retire_groups(lib);
			changed = true;
		}
	} else if (content_is_content_file_name(name)) {
		changed = load_file(lib, name, diag, true);
	}
	free(path);
	return changed;
}

void content_library_release_retired(struct content_library *lib)
{
	for (size_t i = 0; i < lib->retired_topic_count; i++)
		content_topic_free(lib->retired_topics[i]);
	for (size_t i = 0; i < lib->retired_glossary_count; i++)
		content_glossary_free(lib->retired_glossaries[i]);
	for (size_t i = 0; i < lib->retired_groups_count; i++)
		groups_free(lib->retired_groups[i]);
	lib->retired_topic_count = 0;
	lib->retired_glossary_count = 0;
	lib->retired_groups_count = 0;
}

static const volatile sig_atomic_t *stop_flag;

void content_library_stop_on(const volatile sig_atomic_t *flag)
{
	stop_flag = flag;
}

struct content_library *content_library_load(const char *dir, struct diag *diag)
{
	struct content_library *lib = xcalloc(1, sizeof *lib);
	size_t count;
	char **names;

	lib->dir = xstrdup(dir);
	lib->images = xcalloc(1, sizeof *lib->images);
	lib->by_id.key = key_by_id;
	lib->by_path.key = key_by_path;
	names = list_files(lib, dir, &count, diag);
	lib->files_seen = count;
	/* Glossaries first: topics are checked against them. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < count && !(stop_flag && *stop_flag); i++)
			if (is_glossary_file_name(names[i]) == (pass == 0))
				load_file(lib, names[i], diag, false);
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	if (lib->failed_glossary && lib->topic_count)
		diag_add(diag, DIAG_WARNING, lib->failed_glossary, 0, 0,
			 "until this file's errors are fixed, the glossary words "
			 "marked in topics are not checked and show as plain "
			 "text");
	/* Links are checked once every topic is in. */
	for (size_t i = 0; i < lib->topic_count; i++)
		check_links(lib, lib->topics[i], diag);
	groups_check_ids(lib->groups, lib, diag);
	sort_topics(lib);
	return lib;
}

void content_library_free(struct content_library *lib)
{
	if (!lib)
		return;
	content_library_release_retired(lib);
	for (size_t i = 0; i < lib->topic_count; i++)
		content_topic_free(lib->topics[i]);
	for (size_t i = 0; i < lib->glossary_count; i++)
		content_glossary_free(lib->glossaries[i]);
	free(lib->topics);
	free(lib->by_id.slots);
	free(lib->by_path.slots);
	free(lib->glossaries);
	free(lib->retired_topics);
	free(lib->retired_glossaries);
	groups_free(lib->groups);
	free(lib->retired_groups);
	for (size_t i = 0; i < lib->ignored_count; i++)
		free(lib->ignored[i].name);
	for (size_t i = 0; i < lib->failed_mark_count; i++)
		free(lib->failed_marks[i]);
	free(lib->failed_marks);
	free(lib->failed_glossary);
	free(lib->ignored);
	free(lib->dir);
	image_checks_clear(lib->images);
	free(lib->images);
	free(lib);
}
