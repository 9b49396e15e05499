#include "check.h"

#include "aids.h"
#include "conf.h"
#include "content.h"
#include "handout.h"
#include "quality.h"
#include "speakcheck.h"
#include "translation.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* For a file target: its folder (owned) and the path the loader gives it. */
struct check_target {
	char *dir;
	char *file;	/* NULL when the target is a folder */
};

static void split_target(const char *target, struct check_target *out)
{
	struct stat st;
	const char *slash = strrchr(target, '/');
	size_t n;

	if (stat(target, &st) != 0 || S_ISDIR(st.st_mode)) {
		out->dir = xstrdup(target);
		out->file = NULL;
		return;
	}
	if (!slash) {
		out->dir = xstrdup(".");
	} else {
		n = slash > target ? (size_t)(slash - target) : 1;
		out->dir = xmalloc(n + 1);
		memcpy(out->dir, target, n);
		out->dir[n] = '\0';
	}
	n = strlen(out->dir) + strlen(slash ? slash + 1 : target) + 2;
	out->file = xmalloc(n);
	snprintf(out->file, n, "%s%s%s", out->dir,
		 out->dir[strlen(out->dir) - 1] == '/' ? "" : "/",
		 slash ? slash + 1 : target);
}

int check_run(const struct check_options *opt, FILE *out)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	struct quality_summary *summary;
	struct quality_options quality;
	struct check_target target;
	char shown[256];
	size_t errors, warnings;

	conf_defaults(&conf);
	if (opt->conf_path)
		conf_load(&conf, opt->conf_path, &diag);
	split_target(opt->target ? opt->target : conf.content_dir, &target);
	if (target.file) {
		const char *base = strrchr(target.file, '/') + 1;
		if (!content_is_content_file_name(base))
			diag_add(&diag, DIAG_ERROR, target.file, 0, 0, "the kiosk "
				 "does not read this file: only files named "
				 "ID.yaml are content; rename it");
	}
	/* Warnings about a word or a sentence point at it. */
	content_keep_text_positions(true);
	lib = content_library_load(target.dir, &diag);
	content_keep_text_positions(false);
	if (lib->topic_count == 0 && diag.errors == 0)
		diag_add(&diag, DIAG_ERROR, target.dir, 0, 0, "no topics found in %s; "
			 "put the topic files (ID.yaml) there, or point "
			 "content_dir at the folder that holds them", target.dir);
	quality.target_grade = conf.reading_grade_target;
	quality.today = opt->today;
	summary = quality_check(lib, &quality, &diag);
	translation_check(lib, &diag);
	for (size_t i = 0; i < lib->topic_count; i++)
		summary[i].warnings += aids_check_reading(lib->topics[i],
							  quality.target_grade,
							  &diag);
	/* Take home codes that would not fit the screen; text that reads
	 * badly aloud. */
	handout_check(lib, conf.handout_url, &diag);
	if (conf.speech)
		speakcheck_library(lib, &diag);
	if (target.file)
		diag_keep_path(&diag, target.file);
	diag_print(&diag, out);
	for (size_t i = 0; i < lib->ignored_count && !target.file; i++)
		fprintf(out, "%s%s%s: note: %s%s\n", target.dir,
			target.dir[strlen(target.dir) - 1] == '/' ? "" : "/",
			lib->ignored[i].name,
			strstr(lib->ignored[i].reason, "read like") ? "" :
			"not read: ", lib->ignored[i].reason);
	if (!target.file) {
		quality_print_summary(summary, lib->topic_count, &quality, out);
		translation_print_table(lib, out);
	}
	errors = diag.errors;
	warnings = diag.warnings;
	if (target.file)
		fprintf(out, "%s: %zu error%s, %zu warning%s\n",
			diag_quote(target.file, strlen(target.file), shown, sizeof shown),
			errors, errors == 1 ? "" : "s", warnings,
			warnings == 1 ? "" : "s");
	else
		fprintf(out, "%s: %zu file%s, %zu topic%s, %zu glossar%s: %zu "
			"error%s, %zu warning%s\n",
			diag_quote(target.dir, strlen(target.dir), shown, sizeof shown),
			lib->files_seen, lib->files_seen == 1 ? "" : "s",
			lib->topic_count, lib->topic_count == 1 ? "" : "s",
			lib->glossary_count, lib->glossary_count == 1 ? "y" : "ies",
			errors, errors == 1 ? "" : "s", warnings,
			warnings == 1 ? "" : "s");
	free(summary);
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	free(target.dir);
	free(target.file);
	return errors || (opt->strict && warnings) ? 1 : 0;
}
