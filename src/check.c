#include "check.h"

#include "conf.h"
#include "content.h"
#include "readability.h"


enum { TARGET_GRADE = 8 };

/* Pages above the reading grade are warnings: staff should see them, but a
 * hard page is better on screen than no page. */
static void check_reading_grades(const struct content_library *lib,
				 struct diag *diag)
{
	for (size_t t = 0; t < lib->topic_count; t++) {
		const struct content_topic *topic = lib->topics[t];

		for (size_t s = 0; s < topic->section_count; s++) {
			const struct content_section *sec = &topic->sections[s];

			for (size_t p = 0; p < sec->page_count; p++) {
				struct readability_counts c = { 0 };
				double grade;

				readability_add_page(&c, &sec->pages[p]);
				grade = readability_fk_grade(&c);
				if (grade > TARGET_GRADE)
					diag_add(diag, DIAG_WARNING, topic->path,
						 sec->pages[p].line, sec->pages[p].col,
						 "page '%s' reads at US grade %.1f "
						 "(Flesch-Kincaid); aim for %d or "
						 "below: shorter sentences, everyday "
						 "words", sec->pages[p].title, grade,
						 TARGET_GRADE);
			}
		}
	}
}

int check_run(const char *conf_path, const char *dir, FILE *out)
{
	struct diag diag = DIAG_INIT;
	struct conf conf;
	struct content_library *lib;
	size_t errors, warnings;

	conf_defaults(&conf);
	if (conf_path)
		conf_load(&conf, conf_path, &diag);
	lib = content_library_load(dir ? dir : conf.content_dir, &diag);
	check_reading_grades(lib, &diag);
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
