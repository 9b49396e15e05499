#include "errors.h"

#include "strset.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum { ERRORS_LINE_MAX = 4096 };

struct problem {
	size_t seq;		/* the log line it came from */
	size_t file;		/* in scopes */
	bool error;
	char *text;		/* "file:line:col: error: message", owned */
};

struct reading {
	struct strset scopes;	/* every file and folder named */
	size_t *checked;	/* by scope: the last "checked" line, 0: none */
	size_t checked_cap;
	struct problem *problems;
	size_t count, cap, compact_at;
};

static size_t scope(struct reading *r, const char *name, size_t len)
{
	size_t i = strset_add(&r->scopes, name, len, NULL);

	if (i >= r->checked_cap) {
		size_t old = r->checked_cap;
		xgrow((void **)&r->checked, &r->checked_cap, i + 1, sizeof *r->checked);
		memset(r->checked + old, 0, (r->checked_cap - old) * sizeof *r->checked);
	}
	return i;
}

/* Whether a later reading of p's file, or of a folder holding it, has
 * replaced p. */
static bool replaced(const struct reading *r, const struct problem *p)
{
	const char *path = r->scopes.keys[p->file];

	if (r->checked[p->file] > p->seq)
		return true;
	for (const char *slash = strchr(path, '/'); slash; slash = strchr(slash + 1, '/')) {
		size_t folder;
		if (strset_find(&r->scopes, path, (size_t)(slash - path), &folder) &&
		    r->checked[folder] > p->seq)
			return true;
	}
	return false;
}

/* Drops replaced problems; runs when the list doubles, so reading stays
 * linear and memory follows what is in force. */
static void compact(struct reading *r)
{
	size_t kept = 0;

	for (size_t i = 0; i < r->count; i++) {
		if (replaced(r, &r->problems[i]))
			free(r->problems[i].text);
		else
			r->problems[kept++] = r->problems[i];
	}
	r->count = kept;
	r->compact_at = kept * 2 > 64 ? kept * 2 : 64;
}

static void add_problem(struct reading *r, size_t seq, char **field, bool error)
{
	struct problem *p;
	size_t n = strlen(field[2]) + strlen(field[3]) + strlen(field[4]) +
		   strlen(field[5]) + 32;

	if (r->count >= r->compact_at)
		compact(r);
	xgrow((void **)&r->problems, &r->cap, r->count + 1, sizeof *r->problems);
	p = &r->problems[r->count++];
	p->seq = seq;
	p->file = scope(r, field[2], strlen(field[2]));
	p->error = error;
	p->text = xmalloc(n);
	if (!strcmp(field[3], "0"))
		snprintf(p->text, n, "%s: %s: %s", field[2],
			 error ? "error" : "warning", field[5]);
	else if (!strcmp(field[4], "0"))
		snprintf(p->text, n, "%s:%s: %s: %s", field[2], field[3],
			 error ? "error" : "warning", field[5]);
	else
		snprintf(p->text, n, "%s:%s:%s: %s: %s", field[2], field[3],
			 field[4], error ? "error" : "warning", field[5]);
}

static void read_line(struct reading *r, size_t seq, char *line)
{
	char *field[6] = { 0 };
	size_t n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	for (char *p = line; p && n < 6; n++) {
		field[n] = p;
		p = strchr(p, '\t');
		if (p && n < 5)
			*p++ = '\0';
	}
	if (n == 3 && !strcmp(field[1], "checked")) {
		size_t checked = scope(r, field[2], strlen(field[2]));
		r->checked[checked] = seq;
	} else if (n == 6 && (!strcmp(field[1], "error") || !strcmp(field[1], "warning")))
		add_problem(r, seq, field, !strcmp(field[1], "error"));
}

int errors_run(FILE *in, FILE *out)
{
	struct reading r = { .compact_at = 64 };
	char line[ERRORS_LINE_MAX];
	size_t seq = 0, errors = 0, warnings = 0;

	while (fgets(line, sizeof line, in)) {
		seq++;
		if (!strchr(line, '\n') && !feof(in)) {
			int c;
			while ((c = fgetc(in)) != EOF && c != '\n')
				;
			continue;
		}
		read_line(&r, seq, line);
	}
	compact(&r);
	for (size_t i = 0; i < r.count; i++) {
		fprintf(out, "%s\n", r.problems[i].text);
		errors += r.problems[i].error;
		warnings += !r.problems[i].error;
		free(r.problems[i].text);
	}
	fprintf(out, "%zu error%s, %zu warning%s in force\n", errors,
		errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	free(r.problems);
	free(r.checked);
	strset_free(&r.scopes);
	return errors ? 1 : 0;
}
