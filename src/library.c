/* Loading a content folder: reading files safely, then the checks that need
 * more than one file (repeated ids, links between topics). */
#include "content.h"

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
static bool is_content_file_name(const char *name)
{
	return name[0] != '.' && name[0] != '#' && name[0] != '~' &&
	       (has_suffix(name, ".yaml") || has_suffix(name, ".yml"));
}

static bool is_glossary_file_name(const char *name)
{
	return strncmp(name, "glossary.", 9) == 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a whole regular file of at most CONTENT_MAX_FILE_BYTES.  Returns a
 * malloc'd buffer (caller frees) or NULL after reporting why. */
static char *read_file(const char *path, size_t *len, struct diag *diag)
{
	struct stat st;
	char *buf;
	size_t got = 0;
	/* O_NONBLOCK: a fifo named like a content file must not hang us. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0) {
		diag_add(diag, DIAG_ERROR, path, 0, 0, "cannot open the file: %s; "
			 "check that it exists and that the kiosk may read it",
			 strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag_add(diag, DIAG_ERROR, path, 0, 0, "not a regular file; "
			 "content files must be plain text files");
		close(fd);
		return NULL;
	}
	if (st.st_size > CONTENT_MAX_FILE_BYTES) {
		diag_add(diag, DIAG_ERROR, path, 1, 1, "the file is %lld bytes; "
			 "the limit is %d bytes (2 MB): split it into smaller "
			 "topics", (long long)st.st_size, CONTENT_MAX_FILE_BYTES);
		close(fd);
		return NULL;
	}
	/* One byte more than the limit, in case the file grew since fstat. */
	buf = xmalloc((size_t)CONTENT_MAX_FILE_BYTES + 1);
	for (;;) {
		ssize_t n = read(fd, buf + got, (size_t)CONTENT_MAX_FILE_BYTES + 1 - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			diag_add(diag, DIAG_ERROR, path, 0, 0, "cannot read the "
				 "file: %s", strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		if (n == 0 || got + (size_t)n > (size_t)CONTENT_MAX_FILE_BYTES)
			break;
		got += (size_t)n;
	}
	close(fd);
	if (got > (size_t)CONTENT_MAX_FILE_BYTES) {
		diag_add(diag, DIAG_ERROR, path, 1, 1, "the file is larger than "
			 "the limit of %d bytes (2 MB)", CONTENT_MAX_FILE_BYTES);
		free(buf);
		return NULL;
	}
	*len = got;
	return buf;
}

/* The sorted names of the content files in dir, or NULL after reporting.
 * The caller frees each name and the array. */
static char **list_files(const char *dir, size_t *count, struct diag *diag)
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
		if (!is_content_file_name(de->d_name))
			continue;
		if (n == CONTENT_MAX_FILES) {
			diag_add(diag, DIAG_ERROR, dir, 0, 0, "more than %d content "
				 "files; the rest are left out", CONTENT_MAX_FILES);
			break;
		}
		xgrow((void **)&names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, name_cmp);
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

const struct content_topic *content_find_topic(const struct content_library *lib,
					       const char *id, const char *language)
{
	for (size_t i = 0; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];
		if (strcmp(t->id, id) == 0 && strcmp(t->language, language) == 0)
			return t;
	}
	return NULL;
}

static void add_glossary(struct content_library *lib, struct content_glossary *g,
			 struct diag *diag)
{
	const struct content_glossary *other = content_find_glossary(lib, g->language);

	if (other) {
		diag_add(diag, DIAG_ERROR, g->path, 0, 0, "a second glossary for "
			 "language '%s' (the first is %s); merge them into one "
			 "file", g->language, other->path);
		content_glossary_free(g);
		return;
	}
	lib->glossaries = xrealloc(lib->glossaries,
				   (lib->glossary_count + 1) * sizeof *lib->glossaries);
	lib->glossaries[lib->glossary_count++] = g;
}

static void add_topic(struct content_library *lib, struct content_topic *t,
		      struct diag *diag)
{
	const struct content_topic *other = content_find_topic(lib, t->id, t->language);

	if (other) {
		diag_add(diag, DIAG_ERROR, t->path, 0, 0, "topic id '%s' is "
			 "already used by %s; give each topic its own id, so "
			 "this file is left out", t->id, other->path);
		content_topic_free(t);
		return;
	}
	lib->topics = xrealloc(lib->topics, (lib->topic_count + 1) * sizeof *lib->topics);
	lib->topics[lib->topic_count++] = t;
}

static void check_link(const struct content_library *lib,
		       const struct content_topic *t,
		       const struct content_link *link, struct diag *diag)
{
	if (!content_find_topic(lib, link->topic_id, t->language))
		diag_add(diag, DIAG_ERROR, t->path, link->line, link->col,
			 "link to topic '%s', but no %s topic has that id; "
			 "check the spelling or add the topic", link->topic_id,
			 t->language);
}

static void check_links(const struct content_library *lib, struct diag *diag)
{
	for (size_t i = 0; i < lib->topic_count; i++) {
		const struct content_topic *t = lib->topics[i];

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
}

static int topic_order(const void *a, const void *b)
{
	const struct content_topic *x = *(const struct content_topic *const *)a;
	const struct content_topic *y = *(const struct content_topic *const *)b;
	int c = strcmp(x->language, y->language);

	return c ? c : strcasecmp(x->title, y->title);
}

struct content_library *content_library_load(const char *dir, struct diag *diag)
{
	struct content_library *lib = xmalloc(sizeof *lib);
	size_t count;
	char **names;

	memset(lib, 0, sizeof *lib);
	names = list_files(dir, &count, diag);
	lib->files_seen = count;
	/* Glossaries first: topics are checked against them. */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < count; i++) {
			bool glossary = is_glossary_file_name(names[i]);
			char *path, *bytes;
			size_t len;

			if (glossary != (pass == 0))
				continue;
			path = join_path(dir, names[i]);
			bytes = read_file(path, &len, diag);
			if (bytes && glossary) {
				struct content_glossary *g =
					content_glossary_parse(path, bytes, len, diag);
				if (g)
					add_glossary(lib, g, diag);
			} else if (bytes) {
				struct content_topic *t =
					content_topic_parse(path, bytes, len, lib, diag);
				if (t)
					add_topic(lib, t, diag);
			}
			if (bytes)
				lib->bytes += len;
			free(bytes);
			free(path);
		}
	}
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	check_links(lib, diag);
	if (lib->topic_count)
		qsort(lib->topics, lib->topic_count, sizeof *lib->topics, topic_order);
	return lib;
}

void content_library_free(struct content_library *lib)
{
	if (!lib)
		return;
	for (size_t i = 0; i < lib->topic_count; i++)
		content_topic_free(lib->topics[i]);
	for (size_t i = 0; i < lib->glossary_count; i++)
		content_glossary_free(lib->glossaries[i]);
	free(lib->topics);
	free(lib->glossaries);
	free(lib);
}
