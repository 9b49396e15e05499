#include "check.h"

#include "aids.h"
#include "conf.h"
#include "content.h"
#include "handout.h"
#include "quality.h"
#include "speakcheck.h"

#include <stdlib.h>
#include <string.h>


int check_run(const struct check_options *opt, FILE *out)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	struct quality_summary *summary;
	struct quality_options quality;
	const char *dir;
	char shown[256];
	size_t errors, warnings;

	conf_defaults(&conf);
	if (opt->conf_path)
		conf_load(&conf, opt->conf_path, &diag);
	dir = opt->dir ? opt->dir : conf.content_dir;
	lib = content_library_load(dir, &diag);
	quality.target_grade = conf.reading_grade_target;
	quality.today = opt->today;
	summary = quality_check(lib, &quality, &diag);
	for (size_t i = 0; i < lib->topic_count; i++)
		summary[i].warnings += aids_check_reading(lib->topics[i],
							  quality.target_grade,
							  &diag);
	/* Take home codes that would not fit the screen; text that reads
	 * badly aloud. */
	handout_check(lib, conf.handout_url, &diag);
	if (conf.speech)
		speakcheck_library(lib, &diag);
	diag_print(&diag, out);
	quality_print_summary(summary, lib->topic_count, &quality, out);
	errors = diag.errors;
	warnings = diag.warnings;
	fprintf(out, "%s: %zu file%s, %zu topic%s, %zu glossar%s: %zu error%s, "
		"%zu warning%s\n", diag_quote(dir, strlen(dir), shown, sizeof shown),
		lib->files_seen, lib->files_seen == 1 ? "" : "s",
		lib->topic_count, lib->topic_count == 1 ? "" : "s",
		lib->glossary_count, lib->glossary_count == 1 ? "y" : "ies",
		errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	free(summary);
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	return errors || (opt->strict && warnings) ? 1 : 0;
}
