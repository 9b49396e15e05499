#include "staff.h"

#include "xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void add(struct staff_report *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void add(struct staff_report *r, const char *fmt, ...)
{
	va_list ap;

	xgrow((void **)&r->lines, &r->cap, r->count + 1, sizeof *r->lines);
	va_start(ap, fmt);
	r->lines[r->count++] = xvasprintf(fmt, ap);
	va_end(ap);
}

/* The worst problem reported for path: 2 an error, 1 a warning, 0 none. */
static int worst_problem(const struct diag *problems, const char *path)
{
	int worst = 0;

	for (size_t i = 0; i < problems->count; i++)
		if (!strcmp(problems->entries[i].path, path))
			worst = problems->entries[i].severity == DIAG_ERROR ? 2 :
				worst > 1 ? worst : 1;
	return worst;
}

static const char *file_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static void loaded_file(struct staff_report *r, const struct diag *problems,
			const char *path)
{
	static const char *const states[] = {
		"in use", "in use, with warnings",
		"has errors: the last good version is shown",
	};

	add(r, "  %s: %s", file_name(path), states[worst_problem(problems, path)]);
}

/* True when an earlier problem than index i names the same file. */
static bool named_before(const struct diag *problems, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (!strcmp(problems->entries[k].path, problems->entries[i].path))
			return true;
	return false;
}

static bool is_loaded(const struct content_library *lib, const char *path)
{
	if (lib->groups && !strcmp(lib->groups->path, path))
		return true;
	for (size_t i = 0; i < lib->glossary_count; i++)
		if (!strcmp(lib->glossaries[i]->path, path))
			return true;
	for (size_t i = 0; i < lib->topic_count; i++)
		if (!strcmp(lib->topics[i]->path, path))
			return true;
	return false;
}

void staff_report_build(struct staff_report *report,
			const struct content_library *lib,
			const struct diag *problems, time_t last_reload)
{
	char when[64] = "not yet", line[1024];
	struct tm tm;

	staff_report_free(report);
	if (last_reload && localtime_r(&last_reload, &tm))
		strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
	add(report, "Content last taken: %s", when);
	add(report, "%zu topic%s, %zu glossar%s; %zu error%s, %zu warning%s.",
	    lib->topic_count, lib->topic_count == 1 ? "" : "s",
	    lib->glossary_count, lib->glossary_count == 1 ? "y" : "ies",
	    problems->errors, problems->errors == 1 ? "" : "s",
	    problems->warnings, problems->warnings == 1 ? "" : "s");
	add(report, "%s", "");
	add(report, "Files:");
	for (size_t i = 0; i < lib->glossary_count; i++)
		loaded_file(report, problems, lib->glossaries[i]->path);
	if (lib->groups)
		loaded_file(report, problems, lib->groups->path);
	for (size_t i = 0; i < lib->topic_count; i++)
		loaded_file(report, problems, lib->topics[i]->path);
	for (size_t i = 0; i < problems->count; i++) {
		const char *path = problems->entries[i].path;
		if (!named_before(problems, i) && !is_loaded(lib, path) &&
		    worst_problem(problems, path) == 2)
			add(report, "  %s: has errors: not shown", file_name(path));
	}
	if (problems->count) {
		add(report, "%s", "");
		add(report, "Problems:");
	}
	for (size_t i = 0; i < problems->count; i++)
		add(report, "  %s", diag_format(&problems->entries[i], line, sizeof line));
}

void staff_report_free(struct staff_report *report)
{
	for (size_t i = 0; i < report->count; i++)
		free(report->lines[i]);
	free(report->lines);
	*report = (struct staff_report){ 0 };
}
