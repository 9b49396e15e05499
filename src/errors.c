#include "errors.h"

#include "strset.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum { ERRORS_MAX_KIOSKS = 100 };

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

/* One event (logread.h): "EVENT<TAB>FIELD...". */
static void read_event(struct reading *r, size_t seq, char *line)
{
	char *field[6] = { 0 };
	size_t n = 1;

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

/* A kiosk's readings: its log file, or its kiosk_name in the system log. */
struct kiosk {
	char *shown;
	struct reading r;
};

struct kiosks {
	struct kiosk *list;
	size_t count, cap;
	unsigned long others;	/* events of kiosks past ERRORS_MAX_KIOSKS */
};

static struct reading *reading_of(struct kiosks *ks, const char *input,
				  const struct logread_entry *e)
{
	char shown[LOGREAD_SHOWN_MAX];
	struct kiosk *k;

	logread_kiosk_shown(e, input, shown, sizeof shown);
	for (size_t i = ks->count; i-- > 0;)
		if (!strcmp(ks->list[i].shown, shown))
			return &ks->list[i].r;
	if (ks->count == ERRORS_MAX_KIOSKS) {
		ks->others++;
		return NULL;
	}
	xgrow((void **)&ks->list, &ks->cap, ks->count + 1, sizeof *ks->list);
	k = &ks->list[ks->count++];
	memset(k, 0, sizeof *k);
	k->shown = xstrdup(shown);
	k->r.compact_at = 64;
	return &k->r;
}

/* Prints r's problems in force (r compacted) and frees r; adds them to
 * the counts. */
static void print_reading(struct reading *r, size_t *errors, size_t *warnings,
			  FILE *out)
{
	for (size_t i = 0; i < r->count; i++) {
		fprintf(out, "%s\n", r->problems[i].text);
		*errors += r->problems[i].error;
		*warnings += !r->problems[i].error;
		free(r->problems[i].text);
	}
	free(r->problems);
	free(r->checked);
	strset_free(&r->scopes);
}

int errors_run(const struct logread_input *inputs, size_t count, FILE *out)
{
	struct kiosks ks = { 0 };
	size_t seq = 0, errors = 0, warnings = 0;
	char safe[128];

	for (size_t i = 0; i < count; i++) {
		struct logread *lr = logread_open(inputs[i].in);
		struct logread_entry e;
		struct reading *r;

		while (logread_next(lr, &e))
			if ((r = reading_of(&ks, inputs[i].name, &e)))
				read_event(r, ++seq, e.line);
		logread_close(lr);
	}
	for (size_t i = 0; i < ks.count; i++) {
		if (ks.count > 1)
			fprintf(out, "%s%s:\n", i ? "\n" : "",
				utf8_escape(ks.list[i].shown, strlen(ks.list[i].shown),
					    safe, sizeof safe));
		compact(&ks.list[i].r);
		if (ks.count > 1 && !ks.list[i].r.count)
			fputs("no problems in force\n", out);
		print_reading(&ks.list[i].r, &errors, &warnings, out);
		free(ks.list[i].shown);
	}
	free(ks.list);
	if (ks.count > 1)
		fputc('\n', out);
	fprintf(out, "%zu error%s, %zu warning%s in force", errors,
		errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	if (ks.count > 1)
		fprintf(out, " on %zu kiosks", ks.count);
	fputc('\n', out);
	if (ks.others)
		fprintf(out, "%lu events from kiosks past the first %d not read\n",
			ks.others, ERRORS_MAX_KIOSKS);
	return errors ? 1 : 0;
}
