#include "check.h"

#include "conf.h"
#include "content.h"

#include <unistd.h>

int check_run(const char *conf_path, const char *dir, FILE *out)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	size_t errors, warnings;

	conf_defaults(&conf);
	if (conf_path)
		conf_load(&conf, conf_path, &diag);
	else if (access("kiosk.conf", F_OK) == 0)
		conf_load(&conf, "kiosk.conf", &diag);
	lib = content_library_load(dir ? dir : conf.content_dir, &diag);
	diag_print(&diag, out);
	errors = diag.errors;
	warnings = diag.warnings;
	fprintf(out, "%s: %zu file%s, %zu topic%s, %zu glossar%s: %zu error%s, "
		"%zu warning%s\n", dir ? dir : conf.content_dir,
		lib->files_seen, lib->files_seen == 1 ? "" : "s",
		lib->topic_count, lib->topic_count == 1 ? "" : "s",
		lib->glossary_count, lib->glossary_count == 1 ? "y" : "ies",
		errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	content_library_free(lib);
	diag_clear(&diag);
	conf_free(&conf);
	return errors ? 1 : 0;
}
